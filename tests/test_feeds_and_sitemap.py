import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from coalition import sections
from coalition.feeds import FEED_LENGTH
from coalition.models import Document, NewsItem, Status
from tests import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGUAGES = ["en", "fr", "es", "ar"]
TOMORROW = timezone.now() + datetime.timedelta(days=1)


def url_in(language, url_name, **kwargs):
    with translation.override(language):
        return reverse(url_name, kwargs=kwargs)


def read_feed(client, url_name, language):
    response = client.get(url_in(language, url_name))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    return feed


def entries(feed):
    return feed.findall(f"{ATOM}entry")


def entry_link(entry):
    return entry.find(f"{ATOM}link[@rel='alternate']").get("href")


def entry_date(entry, element):
    return datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}{element}"))


class TestNewsFeed:
    def test_latest_published_news_first_with_absolute_language_links(self, client):
        for day in range(1, FEED_LENGTH + 4):
            factories.NewsItemFactory(
                date=datetime.date(2024, 1, day), title_en=f"News of 2024-01-{day:02}"
            )
        feed = read_feed(client, "news_feed", "en")

        assert feed.get(XML_LANG) == "en"
        assert feed.findtext(f"{ATOM}title") == "Freedom Online Coalition: news"
        assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Freedom Online Coalition"
        assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == (
            "http://testserver/en/news/"
        )
        assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
            "http://testserver/en/news/feed/"
        )
        items = entries(feed)
        assert len(items) == FEED_LENGTH
        assert [entry.findtext(f"{ATOM}title") for entry in items[:2]] == [
            f"News of 2024-01-{FEED_LENGTH + 3:02}",
            f"News of 2024-01-{FEED_LENGTH + 2:02}",
        ]
        newest = NewsItem.objects.get(title_en=f"News of 2024-01-{FEED_LENGTH + 3:02}")
        assert entry_link(items[0]) == f"http://testserver/en/news/{newest.slug}/"
        assert items[0].findtext(f"{ATOM}id") == entry_link(items[0])

    def test_entry_dates_are_the_news_date_and_the_last_change(self, client):
        news = factories.NewsItemFactory(date=datetime.date(2023, 8, 29), summary_en="Korea joins.")
        (entry,) = entries(read_feed(client, "news_feed", "en"))
        assert entry_date(entry, "published") == datetime.datetime(2023, 8, 29, tzinfo=datetime.UTC)
        assert entry_date(entry, "updated") == news.updated_at
        assert entry.findtext(f"{ATOM}summary") == "Korea joins."

    def test_french_feed_is_in_french_with_english_fallback(self, client):
        factories.NewsItemFactory(
            title_en="Colombia joins",
            title_fr="La Colombie rejoint la coalition",
            date=datetime.date(2024, 9, 2),
        )
        untranslated = factories.NewsItemFactory(
            title_en="Slovenia joins", date=datetime.date(2024, 9, 1)
        )
        feed = read_feed(client, "news_feed", "fr")
        assert feed.get(XML_LANG) == "fr"
        assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == (
            "http://testserver/fr/news/"
        )
        assert [entry.findtext(f"{ATOM}title") for entry in entries(feed)] == [
            "La Colombie rejoint la coalition",
            "Slovenia joins",
        ]
        assert entry_link(entries(feed)[1]) == f"http://testserver/fr/news/{untranslated.slug}/"
        # The entry in English says so; the translated one is in the feed's language.
        assert [entry.get(XML_LANG) for entry in entries(feed)] == [None, "en"]

    def test_empty_feed_is_still_valid(self, client):
        feed = read_feed(client, "news_feed", "ar")
        assert feed.get(XML_LANG) == "ar"
        assert entries(feed) == []
        assert feed.findtext(f"{ATOM}updated")


@pytest.mark.parametrize(
    ("factory", "feed_name"),
    [(factories.NewsItemFactory, "news_feed"), (factories.DocumentFactory, "document_feed")],
)
def test_drafts_and_future_items_are_left_out(client, factory, feed_name):
    factory(title_en="Public")
    factory(title_en="Draft", status=Status.DRAFT)
    factory(title_en="Tomorrow", published_at=TOMORROW)
    feed = read_feed(client, feed_name, "en")
    assert [entry.findtext(f"{ATOM}title") for entry in entries(feed)] == ["Public"]


class TestDocumentFeed:
    def test_latest_documents_with_kind_dates_and_language_links(self, client):
        for day in range(1, FEED_LENGTH + 3):
            factories.DocumentFactory(date=datetime.date(2022, 3, day))
        feed = read_feed(client, "document_feed", "es")
        assert feed.get(XML_LANG) == "es"
        assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == (
            "http://testserver/es/documents/"
        )
        items = entries(feed)
        assert len(items) == FEED_LENGTH
        newest = Document.objects.get(date=datetime.date(2022, 3, FEED_LENGTH + 2))
        assert entry_link(items[0]) == f"http://testserver/es/documents/{newest.slug}/"
        assert entry_date(items[0], "published") == datetime.datetime(
            2022, 3, FEED_LENGTH + 2, tzinfo=datetime.UTC
        )
        assert entry_date(items[0], "updated") == newest.updated_at
        assert items[0].find(f"{ATOM}category").get("term") == "Declaración conjunta"


@pytest.fixture
def published_content():
    """One published object of each kind with a page, and drafts or future ones beside them."""
    conference = factories.ConferenceFactory(slug="foc-2014")
    content = [
        factories.MemberStateFactory(country="NL", slug="netherlands"),
        conference.host,
        factories.AdvisoryMemberFactory(slug="access-now"),
        factories.SubEntityFactory(slug="task-force-on-ai"),
        conference,
        factories.PartnershipFactory(slug="digital-defenders"),
        factories.DocumentFactory(slug="tallinn-agenda"),
        factories.NewsItemFactory(slug="korea-joins"),
        factories.PageFactory(slug="about"),
    ]
    hidden = [
        factories.MemberStateFactory(country="FI", slug="finland-draft", status=Status.DRAFT),
        factories.AdvisoryMemberFactory(slug="network-draft", status=Status.DRAFT),
        factories.SubEntityFactory(slug="task-force-draft", status=Status.DRAFT),
        factories.PartnershipFactory(slug="partnership-future", published_at=TOMORROW),
        factories.DocumentFactory(slug="document-draft", status=Status.DRAFT),
        factories.NewsItemFactory(slug="news-future", published_at=TOMORROW),
        factories.PageFactory(slug="page-draft", status=Status.DRAFT),
    ]
    return content, hidden


def read_sitemap(client):
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    urlset = ET.fromstring(response.content)
    assert urlset.tag == f"{SITEMAP}urlset"
    return {url.findtext(f"{SITEMAP}loc"): url for url in urlset.findall(f"{SITEMAP}url")}


def alternates(url):
    return {
        link.get("hreflang"): link.get("href")
        for link in url.findall(f"{XHTML}link[@rel='alternate']")
    }


class TestSitemap:
    def test_is_outside_the_language_prefixes(self):
        assert reverse("sitemap") == "/sitemap.xml"

    def test_every_section_in_every_language_with_alternates(self, client):
        urls = read_sitemap(client)
        list_pages = [url_name for url_name, _title in sections.navigation()]
        for url_name in ["coalition:home", *list_pages]:
            expected = {code: f"http://testserver{url_in(code, url_name)}" for code in LANGUAGES}
            for code in LANGUAGES:
                assert alternates(urls[expected[code]]) == {
                    **expected,
                    "x-default": expected["en"],
                }

    def test_every_published_object_in_every_language_and_no_draft(self, client, published_content):
        content, hidden = published_content
        urls = read_sitemap(client)
        for obj in content:
            expected = {}
            for code in LANGUAGES:
                with translation.override(code):
                    expected[code] = f"http://testserver{obj.get_absolute_url()}"
            assert expected["ar"].startswith("http://testserver/ar/")
            for code in LANGUAGES:
                url = urls[expected[code]]
                assert alternates(url) == {**expected, "x-default": expected["en"]}
                assert url.findtext(f"{SITEMAP}lastmod") == obj.updated_at.date().isoformat()
        assert len(urls) == 4 * (8 + len(content))
        for obj in hidden:
            assert not any(f"/{obj.slug}/" in loc for loc in urls)

    @pytest.mark.parametrize("rows", [5, 50])
    def test_query_count_does_not_grow_with_content(self, client, rows, django_assert_num_queries):
        factories.DocumentFactory.create_batch(rows)
        factories.NewsItemFactory.create_batch(rows)
        # The content version (page cache), and one for each of the eight kinds of content.
        with django_assert_num_queries(9):
            assert len(read_sitemap(client)) == 4 * (8 + 2 * rows)


class TestRobots:
    def test_allows_all_and_points_at_the_sitemap_without_naming_the_admin(self, client):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response.text.splitlines() == [
            "User-agent: *",
            "Allow: /",
            "",
            "Sitemap: http://testserver/sitemap.xml",
        ]

    def test_sitemap_address_follows_the_request(self, client):
        response = client.get("/robots.txt", secure=True, headers={"host": "localhost"})
        assert "Sitemap: https://localhost/sitemap.xml" in response.text.splitlines()

    def test_only_reads(self, client):
        assert client.post("/robots.txt").status_code == 405
