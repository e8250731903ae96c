import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from coalition.models import PageSection, Status
from coalition.views.search import MAX_QUERY_LENGTH, RESULTS_PER_GROUP, read_query, search
from tests.factories import (
    AdvisoryMemberFactory,
    ConferenceFactory,
    DocumentFactory,
    MemberStateFactory,
    NewsItemFactory,
    PageFactory,
    PageSectionFactory,
    PartnershipFactory,
    SubEntityFactory,
)

pytestmark = pytest.mark.django_db

SECTION_URL_NAMES = [
    "coalition:member_list",
    "coalition:sub_entity_list",
    "coalition:network_list",
    "coalition:conference_list",
    "coalition:partnership_list",
    "coalition:document_list",
    "coalition:news_list",
]


def search_url(language="en"):
    with translation.override(language):
        return reverse("coalition:search")


def get(client, query=None, language="en", **params):
    data = {"q": query} if query is not None else {}
    return client.get(search_url(language), {**data, **params})


def found(response, key):
    """The items found in one group (an empty list when the group is not shown)."""
    for group in response.context["groups"]:
        if group.key == key:
            return group.items
    return []


def result_links(response):
    main = response.text.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.findall(r'<li>\s*<a href="([^"]+)">', main)


@pytest.fixture
def one_of_each():
    """One published item of every kind that mentions Tallinn, and drafts that do too."""
    estonia = MemberStateFactory(country="EE", slug="estonia")
    items = {
        "task-forces-and-working-groups": SubEntityFactory(
            name_en="Task Force on Tallinn Principles"
        ),
        "advisory-network": AdvisoryMemberFactory(name_en="Tallinn Digital Rights Lab"),
        "conferences": ConferenceFactory(host=estonia, city_en="Tallinn"),
        "partnerships": PartnershipFactory(
            name_en="Tallinn Partnership", abbreviation_en="TP", slug="tallinn-partnership"
        ),
        "documents": DocumentFactory(title_en="Tallinn Agenda"),
        "news": NewsItemFactory(title_en="Members meet in Tallinn"),
        "pages": PageFactory(title_en="About Tallinn"),
    }
    DocumentFactory(title_en="Tallinn draft declaration", status=Status.DRAFT)
    NewsItemFactory(
        title_en="Tallinn news of tomorrow",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    SubEntityFactory(name_en="Tallinn draft group", status=Status.DRAFT)
    PageFactory(title_en="Tallinn draft page", status=Status.DRAFT)
    return items


class TestForm:
    def test_without_a_query_shows_the_form_and_a_hint(self, client):
        response = get(client)
        assert response.status_code == 200
        assert response.templates[0].name == "coalition/search.html"
        html = response.text
        assert '<form class="filters search-form" role="search" method="get"' in html
        assert '<label for="search-query">Words to search for</label>' in html
        assert '<input type="search" id="search-query" name="q" value=""' in html
        assert "Enter one or more words" in html
        assert response.context["groups"] == []
        assert "<title>Search | Freedom Online Coalition</title>" in html

    @pytest.mark.parametrize("query", ["", "   ", "\t\n ", "\u200f\u200e"])
    def test_blank_query_is_treated_as_no_query(self, client, query):
        response = get(client, query)
        assert response.status_code == 200
        assert response.context["query"] == ""
        assert "Enter one or more words" in response.text
        assert "Nothing was found" not in response.text

    def test_scope_mentions_english_only_on_other_languages(self, client):
        assert "in this language and in English" not in get(client).text
        assert "en español y en inglés." in get(client, language="es").text

    def test_results_page_is_not_indexed_and_its_title_names_the_query(self, client):
        html = get(client, "Tallinn").text
        assert '<meta name="robots" content="noindex">' in html
        assert "<title>Search results for “Tallinn” | Freedom Online Coalition</title>" in html

    def test_query_is_kept_in_the_box_and_escaped(self, client):
        html = get(client, '<b>"Tallinn"</b>').text
        assert 'value="&lt;b&gt;&quot;Tallinn&quot;&lt;/b&gt;"' in html
        assert "<b>" not in html.split('<main id="main"', 1)[1]

    def test_other_languages_keep_the_query(self, client):
        html = get(client, "Tallinn agenda", language="fr").text
        for code in ("en", "fr", "es", "ar"):
            assert f'href="/{code}/search/?q=Tallinn+agenda"' in html

    def test_breadcrumbs_end_with_search(self, client):
        response = get(client, "Tallinn")
        assert response.context["breadcrumbs"][-1] == ("Search", None)


class TestResults:
    def test_every_kind_of_content_is_found_in_its_group(self, client, one_of_each):
        response = get(client, "tallinn")
        assert response.status_code == 200
        for key, item in one_of_each.items():
            assert found(response, key) == [item], key
        assert [state.slug for state in found(get(client, "estonia"), "member-states")] == [
            "estonia"
        ]
        html = response.text
        for heading in (
            "Task forces and working groups",
            "Advisory Network members",
            "Freedom Online Conferences",
            "Partnerships",
            "Documents",
            "News",
            "Pages",
        ):
            assert re.search(rf"{heading}\s*<span class=\"meta\">\(1 result\)</span>", html)
        assert "7 results for “<bdi>tallinn</bdi>”." in html
        for item in one_of_each.values():
            assert f'<a href="{item.get_absolute_url()}">' in html

    def test_drafts_and_future_items_never_appear(self, client, one_of_each):
        MemberStateFactory(country="FI", slug="finland", status=Status.DRAFT)
        html = get(client, "tallinn").text
        assert "draft" not in html.lower().split("<main", 1)[1]
        assert "tomorrow" not in html
        assert found(get(client, "finland"), "member-states") == []

    def test_context_lines(self, client, one_of_each):
        html = get(client, "tallinn").text
        assert "Task force ·" in html
        assert "Since 2020" in html
        assert "Tallinn, Estonia · 2014" in html
        assert "<bdi>TP</bdi> · " in html
        assert 'Joint statement · <time datetime="2023-05-01">1 May 2023</time>' in html
        assert '<time datetime="2024-09-01">1 September 2024</time>' in html

    def test_every_word_must_occur_somewhere_in_the_item(self, client):
        both = DocumentFactory(title_en="Tallinn Agenda", summary_en="On internet freedom.")
        DocumentFactory(title_en="Tallinn Agenda, second edition")
        assert found(get(client, "tallinn freedom"), "documents") == [both]

    def test_search_ignores_case(self, client):
        document = DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, "TALLINN aGeNdA"), "documents") == [document]

    def test_title_matches_come_first(self, client):
        in_summary = DocumentFactory(
            title_en="A report", summary_en="About cybercrime.", date=datetime.date(2024, 1, 1)
        )
        in_title = DocumentFactory(title_en="Cybercrime convention", date=datetime.date(2015, 1, 1))
        assert found(get(client, "cybercrime"), "documents") == [in_title, in_summary]

    def test_pages_are_found_by_the_text_of_their_sections(self, client):
        page = PageFactory(title_en="Multistakeholder Collaboration")
        PageSectionFactory(page=page, heading_en="Sub-entities", body_en="Shutdowns are tracked.")
        assert found(get(client, "shutdowns"), "pages") == [page]

    def test_a_group_shows_its_best_results_and_links_to_the_rest(self, client):
        DocumentFactory.create_batch(RESULTS_PER_GROUP + 3, title_en="Annual report")
        response = get(client, "annual report")
        group = response.context["groups"][0]
        assert (group.key, group.count, len(group.items)) == (
            "documents",
            RESULTS_PER_GROUP + 3,
            RESULTS_PER_GROUP,
        )
        assert f"Showing the {RESULTS_PER_GROUP} best matches of {RESULTS_PER_GROUP + 3}." in (
            " ".join(response.text.split())
        )
        assert f'<a href="{reverse("coalition:document_list")}">Browse all: Documents</a>' in (
            response.text
        )

    def test_nothing_found_says_so_and_suggests_the_sections(self, client, one_of_each):
        response = get(client, "zyzzyva")
        assert response.status_code == 200
        assert response.context["groups"] == []
        html = response.text
        assert "Nothing was found for “<bdi>zyzzyva</bdi>”." in html
        assert "Try other or fewer words" in html
        for url_name in SECTION_URL_NAMES:
            assert f'<li><a href="{reverse(url_name)}">' in html


class TestLanguages:
    def test_french_page_finds_untranslated_english_text_and_marks_it(self, client):
        document = DocumentFactory(title_en="Tallinn Agenda")
        response = get(client, "Tallinn", language="fr")
        assert found(response, "documents") == [document]
        assert '<a href="/fr/documents/' in response.text
        assert '<span lang="en">Tallinn Agenda</span>' in response.text

    def test_french_page_finds_french_text_shown_in_french(self, client):
        document = DocumentFactory(
            title_en="Stockholm Declaration", title_fr="Déclaration de Stockholm"
        )
        response = get(client, "déclaration", language="fr")
        assert found(response, "documents") == [document]
        assert f'<a href="/fr/documents/{document.slug}/">Déclaration de Stockholm</a>' in (
            response.text
        )
        # The English words of a translated item still find it on the French page.
        assert found(get(client, "Declaration", language="fr"), "documents") == [document]
        # French is not searched on the English page.
        assert found(get(client, "déclaration", language="en"), "documents") == []

    def test_country_names_are_matched_in_the_page_language_and_in_english(self, client):
        germany = MemberStateFactory(country="DE", slug="germany")
        assert found(get(client, "Allemagne", language="fr"), "member-states") == [germany]
        assert found(get(client, "germany", language="fr"), "member-states") == [germany]
        assert found(get(client, "Allemagne", language="en"), "member-states") == []
        assert "République de Corée" not in get(client, "Allemagne", language="fr").text

    def test_country_names_ignore_accents(self, client):
        korea = MemberStateFactory(country="KR", slug="republic-of-korea")
        assert found(get(client, "coree", language="fr"), "member-states") == [korea]

    def test_arabic_query_finds_arabic_text(self, client):
        news = NewsItemFactory(
            title_en="Colombia becomes the 41st member",
            title_ar="كولومبيا تصبح العضو الحادي والأربعين",
        )
        canada = MemberStateFactory(country="CA", slug="canada")
        response = get(client, "كولومبيا", language="ar")
        assert response.status_code == 200
        assert found(response, "news") == [news]
        assert '<html lang="ar" dir="rtl">' in response.text
        assert found(get(client, "كندا", language="ar"), "member-states") == [canada]

    def test_direction_marks_around_an_arabic_query_are_ignored(self, client):
        news = NewsItemFactory(title_en="Colombia joins", title_ar="كولومبيا تنضم")
        response = get(client, "\u200fكولومبيا\u200f", language="ar")
        assert response.context["query"] == "كولومبيا"
        assert found(response, "news") == [news]


class TestAwkwardQueries:
    @pytest.mark.parametrize(
        "query",
        ["%", "_", "%%", "'", '"', "\\", "\\%", "' OR 1=1 --", "🙂", "(a|b)*", "&<>", "\u202e"],
    )
    def test_odd_characters_are_searched_literally_and_calmly(self, client, query):
        DocumentFactory(title_en="Tallinn Agenda")
        response = get(client, query)
        assert response.status_code == 200
        assert response.context["groups"] == []

    def test_percent_and_underscore_match_only_themselves(self, client):
        document = DocumentFactory(title_en="A 100% open_internet")
        DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, "100%"), "documents") == [document]
        assert found(get(client, "open_internet"), "documents") == [document]

    def test_a_nul_is_a_bad_request(self, client):
        """No address of the site holds one (coalition/bad_requests.py)."""
        ConferenceFactory(city_en="Tallinn")
        response = get(client, "Tal\x00linn")
        assert response.status_code == 400

    def test_emoji_in_content_is_found(self, client):
        news = NewsItemFactory(title_en="Launch 🚀 of the new website")
        assert found(get(client, "🚀"), "news") == [news]

    def test_quotes_around_words_are_ignored(self, client):
        document = DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, '"Tallinn" «Agenda»'), "documents") == [document]

    def test_very_long_query_is_cut_and_says_so(self, client):
        response = get(client, "Tallinn " + "x" * 500)
        assert response.status_code == 200
        assert len(response.context["query"]) == MAX_QUERY_LENGTH
        assert "was cut to its first 200 characters" in " ".join(response.text.split())
        assert f'value="Tallinn {"x" * (MAX_QUERY_LENGTH - 8)}"' in response.text

    def test_query_given_twice_uses_the_first_that_is_not_blank(self, client):
        document = DocumentFactory(title_en="Tallinn Agenda")
        response = client.get(search_url(), {"q": ["", "Tallinn", "Ottawa"]})
        assert response.status_code == 200
        assert response.context["query"] == "Tallinn"
        assert found(response, "documents") == [document]

    def test_read_query(self):
        assert read_query(["  a \t b\x00c\x07 \u200f"]) == ("a bc", False)
        assert read_query(["x" * 201]) == ("x" * 200, True)
        assert read_query([]) == ("", False)


@pytest.mark.parametrize("rows", [5, 50])
def test_query_count_does_not_grow_with_content(client, rows, django_assert_num_queries, settings):
    # The search's own queries: without the page and fragment caches.
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 0
    for country in ("NL", "FI", "CH"):  # Netherlands, Finland, Switzerland: "land"
        MemberStateFactory(country=country, slug=f"state-{country.lower()}")
    ConferenceFactory.create_batch(rows, city_en="Lands End")
    AdvisoryMemberFactory.create_batch(rows, name_en="Landmark Institute")
    SubEntityFactory.create_batch(rows, name_en="Task Force on Landlines")
    PartnershipFactory.create_batch(rows, name_en="Landscape Partnership")
    DocumentFactory.create_batch(rows, title_en="Land rights")
    NewsItemFactory.create_batch(rows, title_en="News from the land")
    for page in PageFactory.create_batch(rows, title_en="Landing"):
        PageSectionFactory(page=page, body_en="Land")

    # One query per group: member states and the seven kinds of content in the database.
    with django_assert_num_queries(8), translation.override("fr"):
        groups = search("land", "fr")
    assert [group.count for group in groups] == [3, *[rows] * 7]

    # The whole page adds only what every page's header and footer need.
    with CaptureQueriesContext(connection) as page_without_results:
        get(client, language="fr")
    with django_assert_num_queries(len(page_without_results) + 8):
        response = get(client, "land", language="fr")
    assert response.status_code == 200
    assert len(result_links(response)) == 3 + 7 * min(rows, RESULTS_PER_GROUP)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text rank needs PostgreSQL")
def test_postgresql_ranks_more_relevant_items_first(client):
    once = NewsItemFactory(title_en="A statement", body_en="The coalition on shutdowns.")
    title = NewsItemFactory(title_en="Shutdowns", date=datetime.date(2015, 1, 1))
    twice = NewsItemFactory(title_en="A report", body_en="Shutdowns and more shutdowns.")
    assert found(get(client, "shutdowns"), "news") == [title, twice, once]


def test_page_sections_of_draft_pages_are_not_found(client):
    page = PageFactory(title_en="Hidden", status=Status.DRAFT)
    PageSection.objects.create(page=page, heading_en="Secret plans")
    assert found(get(client, "secret"), "pages") == []
