"""Rich text (coalition/rich_text.py): sanitised on save and on render, internal links that
follow their target, the migration from plain text, the .po round trip, and news photos."""

import datetime
import importlib
import re

import polib
import pytest
from django.apps import apps as global_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import Client
from django.utils import timezone, translation

from coalition import models, rich_text
from coalition.content_catalogue import export_catalogue, import_catalogue, reference
from coalition.models import Status
from tests import factories
from tests.test_history_and_groups import admin_url, form_data
from tests.test_uploads import jpeg, stored_files

pytestmark = pytest.mark.django_db

migration = importlib.import_module("coalition.migrations.0018_rich_text")

# (what an attacker or a careless paste writes, what is kept)
ATTACKS = [
    ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
    ('<p><a href="javascript:alert(1)">x</a></p>', "<p>x</p>"),
    ('<p><a href="JaVaScRiPt:alert(1)">x</a></p>', "<p>x</p>"),
    ('<p><a href="jav&#x09;ascript:alert(1)">x</a></p>', "<p>x</p>"),
    ('<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>', "<p>x</p>"),
    ('<p><a href="vbscript:msgbox">x</a></p>', "<p>x</p>"),
    ('<p onclick="alert(1)" style="color:red">x</p>', "<p>x</p>"),
    ('<p><img src="x" onerror="alert(1)">x</p>', "<p>x</p>"),
    ('<p>x<iframe src="https://evil.example/"></iframe></p>', "<p>x</p>"),
    ("<p>x<style>body{display:none}</style></p>", "<p>x</p>"),
    ("<p><svg><script>alert(1)</script></svg>x</p>", "<p>x</p>"),
    (
        '<p><a href="https://example.org/" target="_blank" onmouseover="x">ok</a></p>',
        '<p><a href="https://example.org/">ok</a></p>',
    ),
    ("<p><!-- a comment -->x</p>", "<p>x</p>"),
    ('<h1>Title</h1><h4>deep</h4><p class="x" id="y">t</p>', "Titledeep<p>t</p>"),
    (
        "<p><b>bold</b> <strong>strong</strong> <em>em</em></p>",
        "<p>bold <strong>strong</strong> <em>em</em></p>",
    ),
    (
        "<ul><li>a</li></ul><ol><li>b</li></ol><h2>S</h2><h3>s</h3><p>a<br>b</p>",
        "<ul><li>a</li></ul><ol><li>b</li></ol><h2>S</h2><h3>s</h3><p>a<br>b</p>",
    ),
    (
        '<p><a href="item:page:3">kept</a> <a href="mailto:a@example.org">mail</a></p>',
        '<p><a href="item:page:3">kept</a> <a href="mailto:a@example.org">mail</a></p>',
    ),
    ("<p><form><input name=x></form>t</p>", "t"),
]


@pytest.mark.parametrize(("dirty", "clean"), ATTACKS)
def test_sanitiser_keeps_only_the_small_format(dirty, clean):
    assert rich_text.sanitize(dirty) == clean


@pytest.mark.parametrize(("dirty", "clean"), ATTACKS)
def test_attacks_are_removed_on_save_and_on_render(dirty, clean):
    page = factories.PageFactory(intro_en=dirty)
    page.refresh_from_db()
    assert page.intro_en == clean
    # Written past the model (raw SQL, an old backup): the page still shows it sanitised.
    models.Page.objects.filter(pk=page.pk).update(intro_en=dirty)
    page.refresh_from_db()
    html = Template('{% load coalition %}{% rich_text page "intro" %}').render(
        Context({"page": page})
    )
    for bad in ("<script", "javascript:", "onclick", "onerror", "<iframe", "style=", "data:"):
        assert bad not in html.lower()


def test_plain_text_becomes_paragraphs_and_back():
    text = "First <para> & more.\nSecond line.\n\nSecond paragraph."
    html = rich_text.plain_to_html(text)
    assert html == ("<p>First &lt;para&gt; &amp; more.<br>Second line.</p><p>Second paragraph.</p>")
    assert rich_text.html_to_plain(html) == text
    assert rich_text.plain_text("<ul><li>a</li><li>b &amp; c</li></ul>") == "- a - b & c"


def render(obj, field, language="en", under=1):
    with translation.override(language):
        return Template("{% load coalition %}{% rich_text obj field under=under %}").render(
            Context({"obj": obj, "field": field, "under": under})
        )


class TestInternalLinks:
    def test_a_link_follows_its_target_in_every_language(self):
        document = factories.DocumentFactory(slug="terms")
        page = factories.PageFactory(
            intro_en=f'<p>Read the <a href="item:document:{document.pk}">terms</a>.</p>',
            intro_fr=f'<p>Lisez les <a href="item:document:{document.pk}">termes</a>.</p>',
        )
        assert '<a href="/en/documents/terms/">terms</a>' in render(page, "intro")
        assert '<a href="/fr/documents/terms/">termes</a>' in render(page, "intro", "fr")
        # Spanish falls back to English, and links in Spanish.
        assert '<a href="/es/documents/terms/">terms</a>' in render(page, "intro", "es")
        document.slug = "terms-of-reference"
        document.save()
        page.refresh_from_db()
        assert '<a href="/en/documents/terms-of-reference/">terms</a>' in render(page, "intro")
        assert '<a href="/ar/documents/terms-of-reference/">' in render(page, "intro", "ar")

    def test_lists_and_the_contact_page(self):
        page = factories.PageFactory(
            intro_en='<p><a href="item:list:member-states">members</a>, '
            '<a href="item:list:contact">write to us</a>, <a href="item:list:nope">x</a></p>'
        )
        html = render(page, "intro", "fr")
        assert '<a href="/fr/members/">members</a>' in html
        assert '<a href="/fr/contact/">write to us</a>' in html
        assert "nope" not in html
        assert ", x</p>" in html

    @pytest.mark.parametrize("state", ["draft", "future", "deleted", "unknown kind"])
    def test_a_link_to_what_the_public_cannot_see_is_plain_text(self, state):
        document = factories.DocumentFactory(slug="secret")
        reference = f"item:document:{document.pk}"
        if state == "draft":
            document.status = Status.DRAFT
            document.save()
        elif state == "future":
            document.published_at = timezone.now() + datetime.timedelta(days=1)
            document.save()
        elif state == "deleted":
            document.delete()
        else:
            reference = "item:user:1"
        page = factories.PageFactory(intro_en=f'<p>See <a href="{reference}">this</a>.</p>')
        assert render(page, "intro") == "<p>See this.</p>"

    def test_the_public_page_shows_links_with_a_fixed_number_of_queries(
        self, client, django_assert_num_queries
    ):
        documents = [factories.DocumentFactory() for _ in range(5)]
        links = "".join(f'<a href="item:document:{d.pk}">d{d.pk}</a> ' for d in documents)
        page = factories.PageFactory(
            slug="linked", intro_en=f'<p>{links}<a href="item:page:1">p</a></p>'
        )
        for number in range(3):
            factories.PageSectionFactory(page=page, body_en=f"<p>{links}</p>", order=number)
        # the content version, page, sections, navigation, footer (pages, site settings,
        # social links), then the links: one query per kind of item for the whole page
        # (documents, pages), however many links and sections.
        with django_assert_num_queries(9):
            html = client.get("/en/linked/").text
        assert html.count(f'href="{documents[0].get_absolute_url()}"') == 4

    def test_subheadings_sit_under_the_heading_above_them(self, client):
        page = factories.PageFactory(slug="headed", intro_en="<h2>A</h2><h3>B</h3><p>t</p>")
        factories.PageSectionFactory(page=page, heading_level=2, body_en="<h2>C</h2><h3>D</h3>")
        factories.PageSectionFactory(page=page, heading_level=3, body_en="<h2>E</h2>", order=2)
        html = client.get("/en/headed/").text
        assert "<h2>A</h2><h3>B</h3>" in html
        assert "<h3>C</h3><h4>D</h4>" in html
        assert "<h4>E</h4>" in html

    def test_arabic_isolates_latin_names_inside_markup(self):
        page = factories.PageFactory(
            intro_en="<p>x</p>", intro_ar="<p>تدير <strong>Hivos</strong> الشراكة</p>"
        )
        assert render(page, "intro", "ar") == (
            "<p>تدير <strong><bdi>Hivos</bdi></strong> الشراكة</p>"
        )

    def test_english_fallback_is_marked(self):
        page = factories.PageFactory(intro_en="<p>Only <em>English</em>.</p>")
        html = render(page, "intro", "ar")
        assert '<div lang="en" dir="ltr"><p>Only <em>English</em>.</p></div>' in html
        assert 'class="fallback-note"' in html


class TestDataMigration:
    def test_plain_text_to_rich_text_and_back(self):
        plain = "One <b> & two.\nA line.\n\nAnother paragraph."
        page = factories.PageFactory()
        section = factories.PageSectionFactory(page=page)
        # As stored before the migration: plain text, written past the model's save.
        models.Page.objects.filter(pk=page.pk).update(intro_en=plain, intro_fr="Un.")
        models.PageSection.objects.filter(pk=section.pk).update(body_ar="سطر\nآخر")
        migration.plain_to_rich(global_apps, None)
        page.refresh_from_db()
        section.refresh_from_db()
        assert page.intro_en == (
            "<p>One &lt;b&gt; &amp; two.<br>A line.</p><p>Another paragraph.</p>"
        )
        assert page.intro_fr == "<p>Un.</p>"
        assert section.body_ar == "<p>سطر<br>آخر</p>"
        assert page.intro_es in (None, "")
        migration.rich_to_plain(global_apps, None)
        page.refresh_from_db()
        section.refresh_from_db()
        assert (page.intro_en, page.intro_fr, section.body_ar) == (plain, "Un.", "سطر\nآخر")


class TestCatalogue:
    def test_rich_text_goes_out_as_html_and_comes_back_sanitised(self, admin_user):
        document = factories.DocumentFactory(
            title_en="Terms", summary_en="<p>The <strong>terms</strong>.</p><ul><li>a</li></ul>"
        )
        catalogue = export_catalogue("fr")
        entry = catalogue.find(reference(document, "summary"), by="msgctxt")
        assert entry.msgid == "<p>The <strong>terms</strong>.</p><ul><li>a</li></ul>"
        assert "Rich text (HTML)" in entry.comment
        entry.msgstr = (
            "<p>Les <strong>termes</strong> de la coalition.<script>alert(1)</script></p>"
            '<ul><li onclick="x">a</li></ul><p><a href="javascript:x">lien</a> et le texte.</p>'
        )
        import_catalogue(polib.pofile(str(catalogue)), "fr", admin_user)
        document.refresh_from_db()
        assert document.summary_fr == (
            "<p>Les <strong>termes</strong> de la coalition.</p><ul><li>a</li></ul>"
            "<p>lien et le texte.</p>"
        )
        # Exported again, the translation is what was stored: the round trip is stable.
        again = export_catalogue("fr").find(entry.msgctxt, by="msgctxt")
        assert again.msgstr == document.summary_fr


def test_search_and_meta_descriptions_read_words_not_markup(client):
    factories.DocumentFactory(
        slug="marked", title_en="Marked", summary_en="<p>A <strong>bold</strong> claim.</p>"
    )
    html = client.get("/en/documents/marked/").text
    assert '<meta name="description" content="A bold claim.">' in html
    entry = models.SearchEntry.objects.get(language="en", kind="documents")
    assert "strong" not in entry.words
    assert "bold" in entry.words


# News photos ---------------------------------------------------------------------------


@pytest.fixture
def news_item():
    return factories.NewsItemFactory(slug="with-photo", title_en="With a photo")


def upload(client, item, content, name="photo.jpg", **changes):
    url = admin_url(item, "change", item.pk)
    data = form_data(client.get(url), **changes)
    data["photo"] = SimpleUploadedFile(name, content)
    return client.post(url, data)


class TestNewsPhoto:
    def test_a_file_that_is_not_an_image_is_refused(self, secretariat_client, news_item):
        response = upload(secretariat_client, news_item, b"%PDF-1.4 not an image", "x.jpg")
        assert response.status_code == 200
        assert "Upload a JPEG, PNG or WebP image." in response.text
        news_item.refresh_from_db()
        assert not news_item.photo

    def test_alt_text_is_required_unless_decorative(self, secretariat_client, news_item):
        response = upload(secretariat_client, news_item, jpeg())
        assert "Describe the photo" in str(response.context["adminform"].form.errors)
        response = upload(secretariat_client, news_item, jpeg(), photo_decorative="on")
        assert response.status_code == 302

    def test_a_photo_gets_renditions_and_shows_everywhere(self, secretariat_client, news_item):
        response = upload(
            secretariat_client,
            news_item,
            jpeg(size=(1200, 800)),
            photo_alt_en="Delegates in a hall",
            photo_alt_fr="Des délégués dans une salle",
        )
        assert response.status_code == 302
        news_item.refresh_from_db()
        assert (news_item.photo_width, news_item.photo_height) == (1200, 800)
        names = {path.name for path in stored_files()}
        stem = news_item.photo.name.rsplit("/", 1)[-1].removesuffix(".jpg")
        assert {f"{stem}-320w.webp", f"{stem}-640w.webp"} <= names
        client = secretariat_client.__class__()
        detail = client.get("/en/news/with-photo/").text
        img = re.search(r'<img class="news-photo"[^>]*>', detail).group()
        assert 'width="1200"' in img
        assert 'height="800"' in img
        assert 'alt="Delegates in a hall"' in img
        assert "320w" in img
        assert re.search(r'<meta property="og:image" content="http://testserver/media/', detail)
        assert '<meta name="twitter:image" content="http://testserver/media/' in detail
        assert '<meta property="og:image:alt" content="Delegates in a hall">' in detail
        listing = client.get("/fr/news/").text
        assert re.search(
            r'<img class="item__photo"[^>]*alt="Des délégués dans une salle"[^>]*'
            r'width="1200" height="800"',
            listing,
        )

    def test_a_decorative_photo_has_an_empty_alt(self, client):
        item = factories.NewsItemFactory(slug="deco", photo_decorative=True)
        models.NewsItem.objects.filter(pk=item.pk).update(
            photo="news/x.jpg", photo_width=10, photo_height=5, photo_alt_en="ignored"
        )
        html = client.get("/en/news/deco/").text
        assert re.search(r'<img class="news-photo"[^>]*alt=""', html)
        assert "og:image:alt" not in html
        assert html.count('property="og:image"') == 1  # the photo, not the coalition's card too

    @pytest.mark.parametrize("rows", [3, 12])
    def test_news_pages_keep_their_query_counts(self, client, rows, django_assert_num_queries):
        for index in range(rows):
            item = factories.NewsItemFactory(body_en=f"<p>Body {index}</p>")
            models.NewsItem.objects.filter(pk=item.pk).update(
                photo=f"news/{index}.jpg", photo_width=100, photo_height=50, photo_alt_en="A"
            )
        # the content version, the count, the page of items, navigation, footer (pages,
        # site settings, social links); photos are columns of the item: no query of their own
        with django_assert_num_queries(7):
            assert client.get("/en/news/").status_code == 200
        # the item, its member states and groups (the content version comes from the beacon, the
        # navigation and footer from the fragment cache filled by the list)
        with django_assert_num_queries(3):
            assert client.get(f"/en/news/{item.slug}/").status_code == 200


class TestAdmin:
    def test_the_change_form_has_the_editor_and_sanitises(self, secretariat_client):
        page = factories.PageFactory(intro_en="<p>Old</p>")
        url = admin_url(page, "change", page.pk)
        response = secretariat_client.get(url)
        html = response.text
        assert 'data-rich-text="' in html
        assert '<script src="/static/coalition/rich_text_editor.js" type="module">' in html
        assert 'type="importmap"' not in html  # no inline script: the CSP stays strict
        assert re.search(r'<textarea[^>]*name="intro_ar"[^>]*dir="rtl"', html) or re.search(
            r'<textarea[^>]*dir="rtl"[^>]*name="intro_ar"', html
        )
        data = form_data(
            response,
            intro_en='<p>New <a href="item:list:contact" onclick="x">text</a></p><script>x</script>',
        )
        assert secretariat_client.post(url, data).status_code == 302
        page.refresh_from_db()
        assert page.intro_en == '<p>New <a href="item:list:contact">text</a></p>'

    def test_the_items_a_link_may_point_to(self, secretariat_client):
        document = factories.DocumentFactory(title_en="Terms of Reference")
        response = secretariat_client.get("/admin/rich-text/links/")
        groups = {g["label"]: g["items"] for g in response.json()["groups"]}
        assert {"ref": f"item:document:{document.pk}", "label": "Terms of Reference"} in groups[
            "Documents"
        ]
        assert {"ref": "item:list:contact", "label": "Contact page"} in groups["Lists and forms"]
        assert Client().get("/admin/rich-text/links/").status_code == 302  # staff only


def test_translators_see_the_english_rich_text_as_text_not_tags():
    html = Template("{% load coalition %}{{ source|source_text }}").render(
        Context({"source": "<p>The <strong>terms</strong><script>x</script></p>"})
    )
    assert html == "<p>The <strong>terms</strong></p>"
    plain = Template("{% load coalition %}{{ source|source_text }}").render(
        Context({"source": "a <b>\nb"})
    )
    assert plain == "a &lt;b&gt;<br>b"
