"""Bad input never costs more than a clean answer: made-up query strings are one page in the
cache, not one each; paths that climb out of a media folder find nothing; a NUL gets a
translated 400; robots.txt does not give the admin's address away."""

import pytest
from django.core.cache import caches
from django.test import Client

from tests.factories import DocumentFactory, MemberStateFactory, NewsItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    MemberStateFactory(country="NL", slug="netherlands")
    DocumentFactory(slug="tallinn-agenda", title_en="Tallinn Agenda", kind="declaration")
    NewsItemFactory(slug="a-news-item", title_en="A news item")


@pytest.fixture
def local_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "coalition.cache_backends.BoundedLocMemCache",
            "LOCATION": "flood-test",
            "OPTIONS": {"MAX_BYTES": 4 * 2**20},
        }
    }
    cache = caches["default"]
    cache.clear()
    return cache


class TestQueryStrings:
    @pytest.mark.parametrize(
        ("asked", "clean"),
        [
            ("/en/documents/?x=1", "/en/documents/"),
            ("/en/documents/?kind=declaration&utm_source=mail", "/en/documents/?kind=declaration"),
            ("/en/documents/?kind=nonsense&year=2011", "/en/documents/?year=2011"),
            ("/en/documents/?year=%C2%B2", "/en/documents/"),  # superscript two
            ("/en/documents/?year=%E2%91%A1%E2%91%A0", "/en/documents/"),  # circled digits
            ("/en/documents/?year=%D9%A2%D9%A0%D9%A1%D9%A1", "/en/documents/"),  # Arabic-Indic
            ("/en/documents/?year=0&page=%C2%B2", "/en/documents/"),
            ("/en/documents/?page=2&kind=declaration", "/en/documents/?kind=declaration&page=2"),
            ("/en/documents/?kind=declaration&kind=statement", "/en/documents/?kind=declaration"),
            ("/fr/news/?page=2&x=2", "/fr/news/?page=2"),
            # A default value is the page's own address: one address per content.
            ("/fr/news/?page=1", "/fr/news/"),
            ("/en/documents/?kind=declaration&page=1", "/en/documents/?kind=declaration"),
            ("/en/members/?sort=name", "/en/members/"),
            ("/en/members/?sort=year&x", "/en/members/?sort=year"),
            ("/ar/advisory-network/?sector=nonsense", "/ar/advisory-network/"),
            ("/en/?fbclid=abc", "/en/"),
            ("/en/documents/tallinn-agenda/?x=1", "/en/documents/tallinn-agenda/"),
            ("/en/news/feed/?x=1", "/en/news/feed/"),
            ("/sitemap.xml?x=1", "/sitemap.xml"),
            ("/robots.txt?x=1", "/robots.txt"),
        ],
    )
    def test_a_query_string_the_page_does_not_read_goes_to_its_clean_address(
        self, site, asked, clean
    ):
        response = Client().get(asked)
        assert response.status_code == 301
        assert response["Location"] == clean

    @pytest.mark.parametrize(
        "path",
        [
            "/en/documents/?kind=declaration",
            "/en/documents/?kind=declaration&year=2011",
            "/en/members/?sort=year",
            "/en/advisory-network/?sector=academia",
            "/en/search/?q=agenda",
            "/en/documents/",
        ],
    )
    def test_the_pages_own_links_are_served(self, site, path):
        assert Client().get(path).status_code == 200

    def test_a_flood_of_made_up_query_strings_does_not_grow_the_cache(self, site, local_cache):
        client = Client()
        for path in ("/en/", "/en/documents/", "/sitemap.xml"):
            assert client.get(path).status_code == 200
        size = local_cache.size_in_bytes
        assert size > 0
        for number in range(300):
            for path in ("/en/", "/en/documents/", "/sitemap.xml"):
                assert client.get(f"{path}?x={number}").status_code == 301
        assert local_cache.size_in_bytes == size

    def test_search_results_are_not_kept_in_the_page_cache(self, site, local_cache):
        client = Client()
        for number in range(20):
            response = client.get(f"/en/search/?q=agenda{number}")
            assert response.status_code == 200
            assert "private" in response["Cache-Control"]
            assert "X-Cache" not in response
        assert client.get("/en/search/").status_code == 200  # the empty form is cached

    def test_the_local_cache_is_bounded_by_bytes_least_recently_used_first(self, local_cache):
        megabyte = b"x" * 2**20
        for name in ("a", "b", "c"):
            local_cache.set(name, megabyte)
        local_cache.get("a")  # used: "b" is now the oldest
        local_cache.set("d", megabyte)
        assert local_cache.size_in_bytes <= 4 * 2**20
        assert local_cache.get("b") is None
        assert all(local_cache.get(name) == megabyte for name in ("a", "c", "d"))
        local_cache.set("huge", b"y" * 5 * 2**20)  # more than the whole cache: never kept
        assert local_cache.get("huge") is None
        local_cache.delete("a")
        assert local_cache.size_in_bytes <= 2 * 2**20 + 1024


class TestMediaPaths:
    @pytest.fixture
    def files(self, tmp_path):
        media = tmp_path / "media"
        (media / "network").mkdir(parents=True)
        (media / "network" / "a1b2.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBP")
        (media / "documents" / "k3y").mkdir(parents=True)
        (media / "documents" / "k3y" / "draft.pdf").write_bytes(b"%PDF-1.7 a draft")
        return media

    @pytest.mark.parametrize(
        "path",
        [
            "/media/network/../documents/k3y/draft.pdf",
            "/media/network/%2e%2e/documents/k3y/draft.pdf",
            "/media/network/%2E%2E%2Fdocuments/k3y/draft.pdf",
            "/media/network/..%2fdocuments/k3y/draft.pdf",
            "/media/network/./../documents/k3y/draft.pdf",
            "/media/network//../documents/k3y/draft.pdf",
            "/media/partnerships/../../media/documents/k3y/draft.pdf",
            "/media/network/..%5cdocuments/k3y/draft.pdf",
            "/media/documents/k3y/draft.pdf",
        ],
    )
    def test_no_path_reaches_a_document(self, files, path):
        response = Client().get(path)
        assert response.status_code == 404
        assert b"a draft" not in b"".join(getattr(response, "streaming_content", [b""]))

    def test_a_photo_is_still_served(self, files):
        assert Client().get("/media/network/a1b2.webp").status_code == 200


class TestNul:
    @pytest.mark.parametrize(
        "path",
        ["/en/documents/?kind=%00", "/en/search/?q=a%00b", "/en/news/?%00=1", "/en/news%00/"],
    )
    def test_a_nul_gets_a_400(self, site, path):
        response = Client().get(path)
        assert response.status_code == 400
        assert "Bad request" in response.text

    def test_the_400_page_speaks_the_pages_language(self, site):
        response = Client().get("/fr/search/?q=a%00b")
        assert response.status_code == 400
        assert '<html lang="fr"' in response.text

    @pytest.mark.parametrize(
        "query", ["q=%00", "status__exact=%00", "kind__exact=a%00", "year=%00"]
    )
    def test_in_an_admin_filter_too(self, admin_client, query):
        response = admin_client.get(f"/admin/coalition/document/?{query}")
        assert response.status_code == 400


def test_robots_txt_does_not_name_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "admin" not in response.text.lower()
    assert "Disallow" not in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_admin_pages_ask_not_to_be_indexed(admin_client):
    assert '<meta name="robots" content="noindex, nofollow">' in admin_client.get("/admin/").text
