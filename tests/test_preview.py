"""Drafts: invisible to the public, seen as they will look by staff and through share links."""

import importlib
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.urls import clear_url_caches, reverse
from django.utils import timezone

import focsite.urls
from coalition.models import ShareLink, Status
from coalition.views.preview import share_path
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return factories.DocumentFactory(status=Status.DRAFT, title_en="Draft statement on AI")


def preview_url(obj, language="en"):
    return f"/{language}/preview/{obj._meta.model_name}/{obj.pk}/"


def test_a_draft_is_not_public(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_see_the_draft_as_it_will_look_never_cached_nor_indexed(secretariat_client, draft):
    response = secretariat_client.get(preview_url(draft))
    assert response.status_code == 200
    html = response.text
    assert "<h1>Draft statement on AI</h1>" in html
    assert "This item is not public" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_preview_works_in_every_language(secretariat_client, draft):
    draft.title_fr = "Projet de déclaration sur l’IA"
    draft.save()
    assert (
        "<h1>Projet de déclaration sur l’IA</h1>"
        in secretariat_client.get(preview_url(draft, "fr")).text
    )


@pytest.mark.parametrize(
    "model",
    ["memberstate", "advisorymember", "subentity", "conference", "partnership", "newsitem", "page"],
)
def test_every_kind_of_draft_can_be_previewed(secretariat_client, model):
    make = {
        "memberstate": lambda: factories.MemberStateFactory(
            country="IT", slug="italy", status=Status.DRAFT
        ),
        "advisorymember": lambda: factories.AdvisoryMemberFactory(status=Status.DRAFT),
        "subentity": lambda: factories.SubEntityFactory(status=Status.DRAFT),
        "conference": lambda: factories.ConferenceFactory(status=Status.DRAFT),
        "partnership": lambda: factories.PartnershipFactory(status=Status.DRAFT),
        "newsitem": lambda: factories.NewsItemFactory(status=Status.DRAFT),
        "page": lambda: factories.PageFactory(status=Status.DRAFT),
    }
    obj = make[model]()
    assert secretariat_client.get(obj.get_absolute_url()).status_code == 404
    assert secretariat_client.get(preview_url(obj)).status_code == 200


@pytest.fixture
def secret_admin_path(settings):
    """The admin at an address of the deployment's own choosing (ADMIN_PATH)."""
    original = settings.ADMIN_PATH
    settings.ADMIN_PATH = "secretariat-4821/"
    importlib.reload(focsite.urls)
    clear_url_caches()
    yield "secretariat-4821"
    settings.ADMIN_PATH = original
    importlib.reload(focsite.urls)
    clear_url_caches()


def assert_as_if_it_did_not_exist(response, secret):
    assert response.status_code == 404
    assert "Location" not in response
    assert secret not in response.text


def test_visitors_get_a_404_that_does_not_reveal_the_admin(client, draft, secret_admin_path):
    assert reverse("admin:index") == f"/{secret_admin_path}/"
    assert_as_if_it_did_not_exist(client.get(preview_url(draft)), secret_admin_path)
    # Even for an address that would exist for secretariat_client, in any language, with any query.
    assert_as_if_it_did_not_exist(
        client.get(preview_url(draft, "ar") + "?next=/x/"), secret_admin_path
    )


def test_signed_in_non_staff_get_a_404(client, draft, secret_admin_path):
    client.force_login(User.objects.create_user("reader", password="a long enough password"))
    assert_as_if_it_did_not_exist(client.get(preview_url(draft)), secret_admin_path)


@pytest.mark.parametrize("path", ["/en/preview/user/1/", "/en/preview/document/999999/"])
def test_unknown_kinds_and_items_are_404(secretariat_client, path):
    assert secretariat_client.get(path).status_code == 404


def test_a_share_link_works_without_an_account(client, draft):
    response = client.get(share_path(draft))
    assert response.status_code == 200
    assert "Draft statement on AI" in response.text
    assert response["Cache-Control"] == "private, no-store"
    assert "The link works for 7 days" in response.text


def expire_every_link():
    ShareLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))


def test_a_share_link_expires(client, draft, settings):
    path = share_path(draft)
    link = ShareLink.objects.get()
    assert link.expires_at - link.created_at == timedelta(days=settings.PREVIEW_LINK_DAYS)
    expire_every_link()
    response = client.get(path)
    assert response.status_code == 410
    assert "This link no longer works" in response.text
    assert "Draft statement on AI" not in response.text


@pytest.mark.parametrize("token", ["nonsense", "a" * 32])
def test_unknown_links_are_404(client, draft, token):
    share_path(draft)
    assert client.get(f"/en/shared/{token}/").status_code == 404


def test_the_admin_offers_preview_and_share_link(secretariat_client, draft):
    url = reverse("admin:coalition_document_change", args=[draft.pk])
    html = secretariat_client.get(url).text
    assert f'href="{preview_url(draft)}"' in html
    assert 'id="share-links"' in html
    secretariat_client.post(reverse("admin:coalition_document_share", args=[draft.pk]))
    assert 'href="http://testserver/en/shared/' in secretariat_client.get(url).text


def test_staff_without_a_second_factor_get_a_404(client, draft, secret_admin_path):
    user = User.objects.create_user("halfway", password="a long enough password", is_staff=True)
    user.groups.add(Group.objects.get(name="Secretariat"))
    client.force_login(user)
    assert_as_if_it_did_not_exist(client.get(preview_url(draft)), secret_admin_path)


PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def draft_with_file(draft, settings):
    path = settings.MEDIA_ROOT / "documents" / "0123" / "draft-statement.pdf"
    path.parent.mkdir(parents=True)
    path.write_bytes(PDF)
    draft.file = "documents/0123/draft-statement.pdf"
    draft.save()
    return draft


def download_link(html):
    match = re.search(r'<a class="button" href="([^"]+)" download>', html)
    assert match, "no download link"
    return match.group(1)


def assert_pdf_never_cached(response):
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="draft-statement.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    assert b"".join(response.streaming_content) == PDF


def test_staff_download_the_file_of_a_draft_from_its_preview(secretariat_client, draft_with_file):
    url = download_link(secretariat_client.get(preview_url(draft_with_file)).text)
    assert url == reverse("admin:coalition_document_file", args=[draft_with_file.pk])
    assert_pdf_never_cached(secretariat_client.get(url))


def test_a_share_link_opens_the_drafts_file_too(client, draft_with_file):
    url = download_link(client.get(share_path(draft_with_file)).text)
    assert url.startswith("/en/shared/")
    assert url.endswith("/download/")
    response = client.get(url)
    assert_pdf_never_cached(response)
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_shared_download_expires_with_its_link(client, draft_with_file):
    url = download_link(client.get(share_path(draft_with_file)).text)
    expire_every_link()
    assert client.get(url).status_code == 410


def test_a_shared_download_is_only_for_a_document_with_a_file(client, draft_with_file):
    news = factories.NewsItemFactory(status=Status.DRAFT)
    link_only = factories.DocumentFactory(status=Status.DRAFT)
    for obj in (news, link_only):
        assert client.get(share_path(obj) + "download/").status_code == 404
    assert client.get("/en/shared/nonsense/download/").status_code == 404
