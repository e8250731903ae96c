"""Drafts: invisible to the public, seen as they will look by staff and through share links."""

import importlib
import time

import pytest
from django.contrib.auth.models import Group, User
from django.core import signing
from django.urls import clear_url_caches, reverse

import focsite.urls
from coalition.models import Status
from coalition.views.preview import SHARE_SALT, share_path
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return factories.DocumentFactory(status=Status.DRAFT, title_en="Draft statement on AI")


@pytest.fixture
def staff(client, otp_login):
    user = User.objects.create_user("editor", password="a long enough password", is_staff=True)
    user.groups.add(Group.objects.get(name="Secretariat"))
    return otp_login(client, user)


def preview_url(obj, language="en"):
    return f"/{language}/preview/{obj._meta.model_name}/{obj.pk}/"


def test_a_draft_is_not_public(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_see_the_draft_as_it_will_look_never_cached_nor_indexed(staff, draft):
    response = staff.get(preview_url(draft))
    assert response.status_code == 200
    html = response.text
    assert "<h1>Draft statement on AI</h1>" in html
    assert "This item is not public" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_preview_works_in_every_language(staff, draft):
    draft.title_fr = "Projet de déclaration sur l’IA"
    draft.save()
    assert "<h1>Projet de déclaration sur l’IA</h1>" in staff.get(preview_url(draft, "fr")).text


@pytest.mark.parametrize(
    "model",
    ["memberstate", "advisorymember", "subentity", "conference", "partnership", "newsitem", "page"],
)
def test_every_kind_of_draft_can_be_previewed(staff, model):
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
    assert staff.get(obj.get_absolute_url()).status_code == 404
    assert staff.get(preview_url(obj)).status_code == 200


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
    # Even for an address that would exist for staff, in any language, with any query.
    assert_as_if_it_did_not_exist(
        client.get(preview_url(draft, "ar") + "?next=/x/"), secret_admin_path
    )


def test_signed_in_non_staff_get_a_404(client, draft, secret_admin_path):
    client.force_login(User.objects.create_user("reader", password="a long enough password"))
    assert_as_if_it_did_not_exist(client.get(preview_url(draft)), secret_admin_path)


@pytest.mark.parametrize("path", ["/en/preview/user/1/", "/en/preview/document/999999/"])
def test_unknown_kinds_and_items_are_404(staff, path):
    assert staff.get(path).status_code == 404


def test_a_share_link_works_without_an_account(client, draft):
    response = client.get(share_path(draft))
    assert response.status_code == 200
    assert "Draft statement on AI" in response.text
    assert response["Cache-Control"] == "private, no-store"
    assert "The link works for 7 days" in response.text


def test_a_share_link_expires(client, draft, settings, monkeypatch):
    path = share_path(draft)
    days = settings.PREVIEW_LINK_DAYS
    later = time.time() + days * 24 * 60 * 60 + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.dumps(["document", 1], salt="another.salt"),
        signing.dumps(["user", 1], salt=SHARE_SALT),
        signing.dumps("document", salt=SHARE_SALT),
    ],
)
def test_forged_links_are_404(client, draft, token):
    assert client.get(f"/en/shared/{token}/").status_code == 404


def test_the_admin_offers_preview_and_share_link(staff, draft):
    html = staff.get(reverse("admin:coalition_document_change", args=[draft.pk])).text
    assert f'href="{preview_url(draft)}"' in html
    assert 'href="/en/shared/' in html


def test_staff_without_a_second_factor_get_a_404(client, draft, secret_admin_path):
    user = User.objects.create_user("halfway", password="a long enough password", is_staff=True)
    user.groups.add(Group.objects.get(name="Secretariat"))
    client.force_login(user)
    assert_as_if_it_did_not_exist(client.get(preview_url(draft)), secret_admin_path)
