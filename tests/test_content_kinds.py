"""Adding a kind of content takes its model, its templates and one entry in
coalition/sections.py: its list, its pages, search, the sitemap and previews follow."""

import importlib

import pytest
from django.apps import apps
from django.db import connection, models
from django.urls import clear_url_caches, reverse

import coalition.urls
import focsite.urls
from coalition import sections
from coalition.models import Publishable, Status
from coalition.search_index import rebuild

STATEMENTS = sections.Section(
    "statements",
    "Statement",
    "Statements",
    "statements/",
    "statement_list",
    "statement_detail",
    search={"titles": ("title",), "texts": ("summary",), "shown": ("summary",)},
)


def read_addresses_again():
    importlib.reload(coalition.urls)
    importlib.reload(focsite.urls)
    clear_url_caches()


def statement_model():
    """A kind of content that exists only in this test: its model is made here, with its
    table, and taken out of the app registry again after the test."""

    class Statement(Publishable):
        title = models.CharField(max_length=200)
        slug = models.SlugField(unique=True)
        summary = models.TextField(blank=True)

        class Meta(Publishable.Meta):
            app_label = "coalition"
            ordering = ["title"]

        def __str__(self):
            return self.title

        def get_absolute_url(self):
            return reverse("coalition:statement_detail", kwargs={"slug": self.slug})

    return Statement


@pytest.fixture
def Statement(settings, tmp_path, monkeypatch, transactional_db):
    """The Statement model with its table and templates, and its one entry in the sections."""
    Statement = statement_model()
    templates = tmp_path / "templates" / "coalition"
    templates.mkdir(parents=True)
    (templates / "statement_list.html").write_text(
        "{% for statement in object_list %}<a href='{{ statement.get_absolute_url }}'>"
        "{{ statement.title }}</a>{% endfor %}"
    )
    (templates / "statement_detail.html").write_text("<h1>{{ object.title }}</h1>")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates", *settings.TEMPLATES[0]["DIRS"]]}
    ]
    with connection.schema_editor() as editor:
        editor.create_model(Statement)
    monkeypatch.setattr(sections, "SECTIONS", [*sections.SECTIONS, STATEMENTS])
    # The addresses are read when the URLconf is imported, as a server does when it starts.
    read_addresses_again()
    yield Statement
    monkeypatch.undo()
    read_addresses_again()
    with connection.schema_editor() as editor:
        editor.delete_model(Statement)
    del apps.all_models["coalition"]["statement"]
    apps.clear_cache()


def test_a_kind_added_to_the_sections_alone_is_served_everywhere(
    Statement, client, django_user_model, otp_login
):
    Statement.objects.create(
        title="Statement on encryption",
        slug="encryption",
        summary="Strong encryption keeps defenders safe.",
        status=Status.PUBLISHED,
    )
    draft = Statement.objects.create(title="Draft on spyware", slug="spyware")
    rebuild()

    listing = client.get("/en/statements/")
    assert listing.status_code == 200
    assert "/en/statements/encryption/" in listing.text
    assert "spyware" not in listing.text
    assert "<h1>Statement on encryption</h1>" in client.get("/en/statements/encryption/").text
    assert client.get("/en/statements/spyware/").status_code == 404

    results = client.get("/en/search/", {"q": "encryption"}).text
    assert 'id="results-statements"' in results
    assert "/en/statements/encryption/" in results

    sitemap = client.get("/sitemap.xml").text
    assert "/en/statements/encryption/" in sitemap
    assert "/fr/statements/" in sitemap

    staff = django_user_model.objects.create_superuser("boss", password="a long enough password")
    otp_login(client, staff)
    preview = client.get(f"/en/preview/statement/{draft.pk}/")
    assert preview.status_code == 200
    assert "<h1>Draft on spyware</h1>" in preview.text
