"""When a slug changes, the old address redirects permanently to the new one, in every language."""

import pytest

from coalition.models import FormerSlug, Status
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_old_address_redirects_permanently_in_every_language(client, language):
    document = factories.DocumentFactory(slug="tallinn-agenda")
    document.slug = "tallinn-agenda-2014"
    document.save()
    response = client.get(f"/{language}/documents/tallinn-agenda/")
    assert response.status_code == 301
    assert response["Location"] == f"/{language}/documents/tallinn-agenda-2014/"
    assert client.get(response["Location"]).status_code == 200


def test_every_kind_of_page_keeps_its_old_address(client):
    items = [
        factories.MemberStateFactory(country="KR", slug="korea"),
        factories.AdvisoryMemberFactory(slug="old-name"),
        factories.SubEntityFactory(slug="tf-old"),
        factories.ConferenceFactory(slug="conf-old"),
        factories.PartnershipFactory(slug="p-old"),
        factories.NewsItemFactory(slug="n-old"),
        factories.PageFactory(slug="page-old"),
    ]
    for item in items:
        old_url = item.get_absolute_url()
        item.slug = item.slug + "-new"
        item.save()
        response = client.get(old_url)
        assert response.status_code == 301, old_url
        assert response["Location"] == item.get_absolute_url()


def test_a_chain_of_renames_leads_to_the_latest_address(client):
    news = factories.NewsItemFactory(slug="first")
    for slug in ("second", "third"):
        news.slug = slug
        news.save()
    assert client.get("/en/news/first/")["Location"] == "/en/news/third/"
    assert client.get("/en/news/second/")["Location"] == "/en/news/third/"


def test_a_reused_slug_belongs_to_its_new_owner(client):
    old = factories.NewsItemFactory(slug="annual-report")
    old.slug = "annual-report-2024"
    old.save()
    newer = factories.NewsItemFactory(slug="annual-report", title_en="The new one")
    assert not FormerSlug.objects.filter(slug="annual-report").exists()
    assert "The new one" in client.get(newer.get_absolute_url()).text


def test_no_redirect_to_an_unpublished_item(client):
    draft = factories.NewsItemFactory(slug="before")
    draft.slug = "after"
    draft.status = Status.DRAFT
    draft.save()
    assert client.get("/en/news/before/").status_code == 404


def test_unknown_addresses_stay_404(client):
    assert client.get("/en/news/never-existed/").status_code == 404
    assert client.get("/en/documents/?page=99").status_code == 404
