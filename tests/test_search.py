import datetime
import re
from io import StringIO

import pytest
import reversion
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from reversion.models import Version

from coalition.models import Document, PageSection, SearchEntry, Status
from coalition.search_index import kinds, rebuild
from coalition.text import fold, index_words, query_terms
from coalition.views.search import MAX_QUERY_LENGTH, RESULTS_PER_GROUP, read_query, search
from tests import factories

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
    estonia = factories.MemberStateFactory(country="EE", slug="estonia")
    items = {
        "task-forces-and-working-groups": factories.SubEntityFactory(
            name_en="Task Force on Tallinn Principles"
        ),
        "advisory-network": factories.AdvisoryMemberFactory(name_en="Tallinn Digital Rights Lab"),
        "conferences": factories.ConferenceFactory(host=estonia, city_en="Tallinn"),
        "partnerships": factories.PartnershipFactory(
            name_en="Tallinn Partnership", abbreviation_en="TP", slug="tallinn-partnership"
        ),
        "documents": factories.DocumentFactory(title_en="Tallinn Agenda"),
        "news": factories.NewsItemFactory(title_en="Members meet in Tallinn"),
        "pages": factories.PageFactory(title_en="About Tallinn"),
    }
    factories.DocumentFactory(title_en="Tallinn draft declaration", status=Status.DRAFT)
    factories.NewsItemFactory(
        title_en="Tallinn news of tomorrow",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
    factories.SubEntityFactory(name_en="Tallinn draft group", status=Status.DRAFT)
    factories.PageFactory(title_en="Tallinn draft page", status=Status.DRAFT)
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
        assert 'name="robots"' not in get(client).text  # the bare search page may be indexed
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
        factories.MemberStateFactory(country="FI", slug="finland", status=Status.DRAFT)
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
        both = factories.DocumentFactory(
            title_en="Tallinn Agenda", summary_en="On internet freedom."
        )
        factories.DocumentFactory(title_en="Tallinn Agenda, second edition")
        assert found(get(client, "tallinn freedom"), "documents") == [both]

    def test_search_ignores_case(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, "TALLINN aGeNdA"), "documents") == [document]

    def test_title_matches_come_first(self, client):
        in_summary = factories.DocumentFactory(
            title_en="A report", summary_en="About cybercrime.", date=datetime.date(2024, 1, 1)
        )
        in_title = factories.DocumentFactory(
            title_en="Cybercrime convention", date=datetime.date(2015, 1, 1)
        )
        assert found(get(client, "cybercrime"), "documents") == [in_title, in_summary]

    def test_pages_are_found_by_the_text_of_their_sections(self, client):
        page = factories.PageFactory(title_en="Multistakeholder Collaboration")
        factories.PageSectionFactory(
            page=page, heading_en="Sub-entities", body_en="Shutdowns are tracked."
        )
        assert found(get(client, "shutdowns"), "pages") == [page]

    def test_a_group_shows_its_best_results_and_links_to_the_rest(self, client):
        factories.DocumentFactory.create_batch(RESULTS_PER_GROUP + 3, title_en="Annual report")
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
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        response = get(client, "Tallinn", language="fr")
        assert found(response, "documents") == [document]
        assert '<a href="/fr/documents/' in response.text
        assert '<span lang="en">Tallinn Agenda</span>' in response.text

    def test_french_page_finds_french_text_shown_in_french(self, client):
        document = factories.DocumentFactory(
            title_en="Stockholm Declaration", title_fr="Déclaration de Stockholm"
        )
        response = get(client, "déclaration", language="fr")
        assert found(response, "documents") == [document]
        assert f'<a href="/fr/documents/{document.slug}/">Déclaration de Stockholm</a>' in (
            response.text
        )
        # The English words of a translated item still find it on the French page.
        assert found(get(client, "Declaration", language="fr"), "documents") == [document]
        # French is not searched on the English page: "de" is only in the French title.
        # ("déclaration" would find it: accents are ignored, and it is "Declaration".)
        assert found(get(client, "de Stockholm", language="en"), "documents") == []

    def test_country_names_are_matched_in_the_page_language_and_in_english(self, client):
        germany = factories.MemberStateFactory(country="DE", slug="germany")
        assert found(get(client, "Allemagne", language="fr"), "member-states") == [germany]
        assert found(get(client, "germany", language="fr"), "member-states") == [germany]
        assert found(get(client, "Allemagne", language="en"), "member-states") == []
        assert "République de Corée" not in get(client, "Allemagne", language="fr").text

    def test_country_names_ignore_accents(self, client):
        korea = factories.MemberStateFactory(country="KR", slug="republic-of-korea")
        assert found(get(client, "coree", language="fr"), "member-states") == [korea]

    def test_arabic_query_finds_arabic_text(self, client):
        news = factories.NewsItemFactory(
            title_en="Colombia becomes the 41st member",
            title_ar="كولومبيا تصبح العضو الحادي والأربعين",
        )
        canada = factories.MemberStateFactory(country="CA", slug="canada")
        response = get(client, "كولومبيا", language="ar")
        assert response.status_code == 200
        assert found(response, "news") == [news]
        assert '<html lang="ar" dir="rtl">' in response.text
        assert found(get(client, "كندا", language="ar"), "member-states") == [canada]

    def test_direction_marks_around_an_arabic_query_are_ignored(self, client):
        news = factories.NewsItemFactory(title_en="Colombia joins", title_ar="كولومبيا تنضم")
        response = get(client, "\u200fكولومبيا\u200f", language="ar")
        assert response.context["query"] == "كولومبيا"
        assert found(response, "news") == [news]


class TestAwkwardQueries:
    @pytest.mark.parametrize(
        "query",
        ["%", "_", "%%", "'", '"', "\\", "\\%", "' OR 1=1 --", "🙂", "(a|b)*", "&<>", "\u202e"],
    )
    def test_odd_characters_are_searched_literally_and_calmly(self, client, query):
        factories.DocumentFactory(title_en="Tallinn Agenda")
        response = get(client, query)
        assert response.status_code == 200
        assert response.context["groups"] == []

    def test_percent_and_underscore_match_only_themselves(self, client):
        document = factories.DocumentFactory(title_en="A 100% open_internet")
        factories.DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, "100%"), "documents") == [document]
        assert found(get(client, "open_internet"), "documents") == [document]

    def test_a_nul_is_a_bad_request(self, client):
        """No address of the site holds one (coalition/bad_requests.py)."""
        factories.ConferenceFactory(city_en="Tallinn")
        response = get(client, "Tal\x00linn")
        assert response.status_code == 400

    def test_emoji_in_content_is_found(self, client):
        news = factories.NewsItemFactory(title_en="Launch 🚀 of the new website")
        assert found(get(client, "🚀"), "news") == [news]

    def test_quotes_around_words_are_ignored(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        assert found(get(client, '"Tallinn" «Agenda»'), "documents") == [document]

    def test_very_long_query_is_cut_and_says_so(self, client):
        response = get(client, "Tallinn " + "x" * 500)
        assert response.status_code == 200
        assert len(response.context["query"]) == MAX_QUERY_LENGTH
        assert "was cut to its first 200 characters" in " ".join(response.text.split())
        assert f'value="Tallinn {"x" * (MAX_QUERY_LENGTH - 8)}"' in response.text

    def test_query_given_twice_uses_the_first_that_is_not_blank(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        response = client.get(search_url(), {"q": ["", "Tallinn", "Ottawa"]})
        assert response.status_code == 200
        assert response.context["query"] == "Tallinn"
        assert found(response, "documents") == [document]

    def test_read_query(self):
        assert read_query(["  a \t b\x00c\x07 \u200f"]) == ("a bc", False)
        assert read_query(["x" * 201]) == ("x" * 200, True)
        assert read_query([]) == ("", False)


@pytest.mark.parametrize("rows", [5, 50])
def test_a_search_is_one_query_whatever_it_finds(client, rows, django_assert_num_queries, settings):
    # The search's own queries: without the page and fragment caches.
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 0
    for country in ("NZ", "PG"):  # New Zealand, Papua New Guinea
        factories.MemberStateFactory(country=country, slug=f"state-{country.lower()}")
    factories.ConferenceFactory.create_batch(rows, city_en="Newcastle")
    factories.AdvisoryMemberFactory.create_batch(rows, name_en="New Media Institute")
    factories.SubEntityFactory.create_batch(rows, name_en="Task Force on New Technologies")
    factories.PartnershipFactory.create_batch(rows, name_en="Newfound Partnership")
    factories.DocumentFactory.create_batch(rows, title_en="New rights")
    factories.NewsItemFactory.create_batch(rows, title_en="News from the members")
    for page in factories.PageFactory.create_batch(rows, title_en="Landing"):
        factories.PageSectionFactory(page=page, body_en="New")

    # One query on the search index for every kind of content, its items and their count.
    with django_assert_num_queries(1), translation.override("fr"):
        groups = search("new", "fr")
    assert [group.count for group in groups] == [2, *[rows] * 7]
    assert [len(group.items) for group in groups] == [2, *[min(rows, RESULTS_PER_GROUP)] * 7]

    # The whole page adds only what every page's header and footer need (the content
    # version comes from its beacon once a first request has read it).
    get(client, language="fr")
    with CaptureQueriesContext(connection) as page_without_results:
        get(client, language="fr")
    with django_assert_num_queries(len(page_without_results) + 1):
        response = get(client, "new", language="fr")
    assert response.status_code == 200
    assert len(result_links(response)) == 2 + 7 * min(rows, RESULTS_PER_GROUP)


def test_nothing_found_is_one_query_too(django_assert_num_queries, one_of_each):
    with django_assert_num_queries(1):
        assert not any(group.count for group in search("zyzzyva", "en"))
    with django_assert_num_queries(0):
        assert not any(group.count for group in search("% & ?", "en"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text rank needs PostgreSQL")
def test_postgresql_ranks_more_relevant_items_first(client):
    once = factories.NewsItemFactory(title_en="A statement", body_en="The coalition on shutdowns.")
    title = factories.NewsItemFactory(title_en="Shutdowns", date=datetime.date(2015, 1, 1))
    twice = factories.NewsItemFactory(title_en="A report", body_en="Shutdowns and more shutdowns.")
    assert found(get(client, "shutdowns"), "news") == [title, twice, once]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
@pytest.mark.parametrize(
    ("language", "written", "query"),
    [
        ("en", "A right to privacy", "rights"),
        ("en", "Shutdown", "shutdowns"),
        ("fr", "Le droit en ligne", "droits"),
        ("es", "Un derecho", "derechos"),
        ("ar", "حرية التعبير", "الحرية"),  # the article: the Arabic stemmer
    ],
)
def test_postgresql_also_matches_the_stems_of_the_page_language(client, language, written, query):
    news = factories.NewsItemFactory(**{"title_en": "News", f"title_{language}": written})
    assert found(get(client, query, language=language), "news") == [news]


def test_page_sections_of_draft_pages_are_not_found(client):
    page = factories.PageFactory(title_en="Hidden", status=Status.DRAFT)
    PageSection.objects.create(page=page, heading_en="Secret plans")
    assert found(get(client, "secret"), "pages") == []


def titles(response, key):
    return [str(item) for item in found(response, key)]


class TestFolding:
    """Text and query are folded and split the same way (coalition/text.py)."""

    @pytest.mark.parametrize(
        ("written", "folded"),
        [
            ("Liberté ÉQUIPE Coalición Straße", "liberte equipe coalicion strasse"),
            ("Œuvre", "oeuvre"),
            ("أمن إنترنت آمن ٱلحرية", "امن انترنت امن الحريه"),  # hamza forms, alef wasla
            ("مؤتمر رئيس", "موتمر رييس"),  # ؤ → و, ئ → ي
            ("أعضاء شيء", "اعضا شي"),  # standalone hamza left out
            ("مصطفى", "مصطفي"),  # alef maqsura → yeh
            ("الحرية", "الحريه"),  # taa marbuta → heh
            ("العـــربية", "العربيه"),  # tatweel
            ("الحُرِّيَّةُ", "الحريه"),  # vowel marks
            ("٢٠٢٤ ۲۰۲۴", "2024 2024"),  # Arabic-Indic digits
            ("l’Internet “free” FOC–AN", 'l\'internet "free" foc-an'),  # typography
        ],
    )
    def test_fold(self, written, folded):
        assert fold(written) == folded

    def test_index_words(self):
        assert index_words("T.F.A.I.R. (TF-AIR), l’Internet!") == [
            *["t", "f", "a", "i", "r", "tfair"],
            *["tf", "air", "tfair"],
            *["l", "internet", "linternet"],
        ]
        assert index_words("Launch 🚀 of a 100% open_internet") == [
            *["launch", "🚀", "of", "a", "100"],
            *["open", "internet", "openinternet"],
        ]

    def test_arabic_words_are_also_indexed_without_a_glued_article(self):
        assert index_words("الإنترنت والإنترنت للإنترنت") == [
            *["الانترنت", "انترنت"],
            *["والانترنت", "الانترنت", "انترنت"],
            *["للانترنت", "الانترنت", "انترنت"],
        ]

    def test_query_terms(self):
        assert [term.alternatives for term in query_terms("T.F.A.I.R. TF-AIR l'internet", 10)] == [
            [["tfair"]],
            [["tfair"], ["tf", "air"]],
            [["linternet"], ["internet"]],
        ]
        assert [term.alternatives for term in query_terms("بالإنترنت", 10)] == [
            [["بالانترنت"], ["الانترنت"], ["انترنت"]]
        ]
        assert query_terms("% & -- ?", 10) == []
        assert len(query_terms("a b c d e", 3)) == 3


def test_results_give_a_date_as_precisely_as_it_is_known(client):
    """As the item's own page and its list do: a news item of January 2025 is not dated
    the first of January."""
    factories.NewsItemFactory(
        title_en="Cybercrime talks", date=datetime.date(2025, 1, 1), date_precision="month"
    )
    factories.DocumentFactory(
        title_en="Cybercrime report", date=datetime.date(2024, 1, 1), date_precision="year"
    )
    html = get(client, "cybercrime", language="fr").text
    assert '<time datetime="2025-01">janvier 2025</time>' in html
    assert '<time datetime="2024">2024</time>' in html


class TestWords:
    """What a word of the query finds: folded on both sides, whole words or their beginning."""

    @pytest.mark.parametrize("query", ["liberte", "liberté", "LIBERTÉ", "Liberte"])
    def test_accents_and_case_are_ignored_on_both_sides(self, client, query):
        document = factories.DocumentFactory(
            title_en="On freedom", title_fr="Sur la liberté en ligne"
        )
        assert found(get(client, query, language="fr"), "documents") == [document]

    def test_spanish_without_accents(self, client):
        news = factories.NewsItemFactory(
            title_en="Coalition meets", title_es="Reunión de la Coalición en Bogotá"
        )
        for query in ("coalicion", "Coalición", "reunion bogota"):
            assert found(get(client, query, language="es"), "news") == [news], query

    def test_french_words_without_accents(self, client):
        task_force = factories.SubEntityFactory(
            name_en="Task Force on Internet Shutdowns",
            name_fr="Équipe spéciale sur les coupures d’Internet",
        )
        for query in ("equipe speciale", "Équipe spéciale", "EQUIPE SPECIALE"):
            assert found(get(client, query, language="fr"), "task-forces-and-working-groups") == [
                task_force
            ], query

    @pytest.mark.parametrize(
        "query",
        [
            "الإنترنت",
            "الانترنت",  # without the hamza: the common spelling
            "الأنترنت",
            "انترنت",  # without the article
            "الإنتَرْنِت",  # with vowel marks
            "الإنـــترنت",  # with tatweel
            "بالإنترنت",  # with a preposition glued on, as the text is not
            "للإنترنت",
            "والإنترنت",
        ],
    )
    def test_arabic_spellings_of_a_word_find_each_other(self, client, query):
        news = factories.NewsItemFactory(title_en="Shutdowns", title_ar="قطع الإنترنت")
        glued = factories.NewsItemFactory(
            title_en="Freedom", title_ar="الحرية", body_ar="حقوق الإنسان والإنترنت"
        )
        assert found(get(client, query, language="ar"), "news") == [news, glued]

    @pytest.mark.parametrize(
        ("written", "query"),
        [
            ("مصطفى", "مصطفي"),  # alef maqsura
            ("مصطفي", "مصطفى"),
            ("الحرية", "الحريه"),  # taa marbuta
            ("الحريه", "الحرية"),
            ("مؤتمر", "موتمر"),  # hamza on waw
            ("هيئة", "هيئه"),
            ("رئيس", "رييس"),  # hamza on yeh
            ("الأعضاء", "الاعضا"),  # standalone hamza
            ("العـــربية", "العربية"),  # tatweel
            ("٢٠٢٤", "2024"),
            ("2024", "٢٠٢٤"),
        ],
    )
    def test_arabic_letter_variants(self, client, written, query):
        document = factories.DocumentFactory(title_en="A report", title_ar=f"تقرير {written}")
        assert found(get(client, query, language="ar"), "documents") == [document]

    def test_short_words_match_whole_words_only(self, client):
        factories.MemberStateFactory(country="ES", slug="spain")
        factories.MemberStateFactory(country="TW", slug="taiwan")
        factories.NewsItemFactory(title_en="Spain joins", body_en="Taiwan welcomes Spain.")
        ai = factories.DocumentFactory(title_en="Joint statement on AI and human rights")
        response = get(client, "AI")
        assert found(response, "documents") == [ai]
        assert found(response, "member-states") == found(response, "news") == []
        assert response.context["total"] == 1
        assert found(get(client, "ai spain"), "news") == []
        assert found(get(client, "in"), "news") == []

    def test_longer_words_match_the_beginning_of_words(self, client):
        document = factories.DocumentFactory(title_en="Declarations of the coalition")
        for query in ("declar", "declarations", "coal", "the"):
            assert found(get(client, query), "documents") == [document], query
        for query in ("clarations", "ecl", "oalition", "declarationsx"):
            assert found(get(client, query), "documents") == [], query

    @pytest.mark.parametrize(
        "query", ["TFAIR", "tfair", "T.F.A.I.R.", "T.F.A.I.R", "TF-AIR", "TF–AIR", "tfa"]
    )
    def test_task_force_abbreviations_however_written(self, client, query):
        task_force = factories.SubEntityFactory(
            name_en="Task Force on Artificial Intelligence and Human Rights",
            abbreviation_en="TFAIR",
        )
        assert found(get(client, query), "task-forces-and-working-groups") == [task_force]
        assert found(get(client, query, language="ar"), "task-forces-and-working-groups") == [
            task_force
        ]

    @pytest.mark.parametrize("query", ["TFIS", "T.F.I.S.", "TF-IS", "tf-is"])
    def test_an_abbreviation_written_with_dots_or_hyphens_is_found_without(self, client, query):
        task_force = factories.SubEntityFactory(
            name_en="Task Force on Internet Shutdowns", abbreviation_en="TF-IS"
        )
        assert found(get(client, query), "task-forces-and-working-groups") == [task_force]

    def test_typographic_apostrophes_and_quotes(self, client):
        curly = factories.DocumentFactory(title_en="Report", title_fr="L’Agenda d’Ottawa")
        straight = factories.DocumentFactory(title_en="Note", title_fr="L'état d'Internet")
        for query, expected in [
            ("l'agenda", [curly]),
            ("L’Agenda", [curly]),
            ("d'ottawa", [curly]),
            ("ottawa", [curly]),
            ("d’internet", [straight]),
            ("internet", [straight]),
            ("« agenda »", [curly]),
        ]:
            assert found(get(client, query, language="fr"), "documents") == expected, query

    def test_the_english_page_does_not_search_other_languages(self, client):
        factories.DocumentFactory(title_en="Report", title_fr="Rapport", title_ar="تقرير")
        assert found(get(client, "rapport"), "documents") == []
        assert found(get(client, "تقرير"), "documents") == []

    def test_spanish_page_finds_spanish_and_english_text(self, client):
        document = factories.DocumentFactory(title_en="Ottawa Agenda", title_es="Agenda de Ottawa")
        untranslated = factories.DocumentFactory(title_en="Tallinn Agenda")
        response = get(client, "agenda", language="es")
        assert found(response, "documents") == [document, untranslated]
        assert '<a href="/es/documents/' in response.text
        assert '<span lang="en">Tallinn Agenda</span>' in response.text
        assert ">Agenda de Ottawa</a>" in response.text


class TestCountryNames:
    """Member states are found by the names the site shows, in each language."""

    @pytest.mark.parametrize(
        ("language", "query"),
        [
            ("en", "Spain"),
            ("en", "spa"),
            ("fr", "Espagne"),
            ("fr", "espagne"),
            ("fr", "Spain"),  # English names work on every page
            ("es", "España"),
            ("es", "espana"),
            ("ar", "إسبانيا"),
            ("ar", "اسبانيا"),
            ("ar", "أسبانيا"),
        ],
    )
    def test_a_member_state_by_its_name_in_the_page_language(self, client, language, query):
        spain = factories.MemberStateFactory(country="ES", slug="spain")
        response = get(client, query, language=language)
        assert found(response, "member-states") == [spain]
        with translation.override(language):
            assert f'<a href="{spain.get_absolute_url()}">{spain.name}</a>' in response.text

    def test_names_in_other_languages_are_not_searched(self, client):
        factories.MemberStateFactory(country="DE", slug="germany")
        assert found(get(client, "Allemagne", language="es"), "member-states") == []
        assert found(get(client, "Alemania", language="fr"), "member-states") == []

    def test_names_of_several_words(self, client):
        korea = factories.MemberStateFactory(country="KR", slug="republic-of-korea")
        netherlands = factories.MemberStateFactory(country="NL", slug="netherlands")
        assert found(get(client, "republique coree", language="fr"), "member-states") == [korea]
        assert found(get(client, "korea"), "member-states") == [korea]
        assert found(get(client, "Pays-Bas", language="fr"), "member-states") == [netherlands]
        assert found(get(client, "pays bas", language="fr"), "member-states") == [netherlands]
        assert found(get(client, "Países Bajos", language="es"), "member-states") == [netherlands]

    def test_member_states_are_listed_by_name_in_the_page_language(self, client):
        for country in ("KR", "DO", "CF"):
            factories.MemberStateFactory(country=country, slug=f"state-{country.lower()}")
        assert titles(get(client, "republic"), "member-states") == [
            "Central African Republic",
            "Dominican Republic",
            "Republic of Korea",
        ]
        assert titles(get(client, "république", language="fr"), "member-states") == [
            "République centrafricaine",
            "République de Corée",
            "République dominicaine",
        ]

    def test_conferences_are_found_by_their_host_state(self, client):
        conference = factories.ConferenceFactory(city_en="Tallinn")
        assert found(get(client, "Estonie", language="fr"), "conferences") == [conference]
        assert found(get(client, "إستونيا", language="ar"), "conferences") == [conference]


class TestIndexFreshness:
    """The index follows every change to what the public may see, at once."""

    def test_a_new_item_is_found_in_every_language(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        for language in ("en", "fr", "es", "ar"):
            assert found(get(client, "tallinn", language=language), "documents") == [document]
        assert SearchEntry.objects.filter(object_id=document.pk, kind="documents").count() == 4

    def test_saving_a_change_replaces_the_old_words(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        document.title_en = "Ottawa Agenda"
        document.save()
        assert found(get(client, "tallinn"), "documents") == []
        assert found(get(client, "ottawa"), "documents") == [document]
        assert ">Ottawa Agenda</a>" in get(client, "ottawa").text

    def test_a_translation_added_later_is_found_and_shown(self, client):
        document = factories.DocumentFactory(title_en="Ottawa Agenda")
        response = get(client, "agenda", language="fr")
        assert '<span lang="en">Ottawa Agenda</span>' in response.text
        assert found(get(client, "programme", language="fr"), "documents") == []
        document.title_fr = "Programme d’Ottawa"
        document.save()
        response = get(client, "programme", language="fr")
        assert found(response, "documents") == [document]
        assert ">Programme d’Ottawa</a>" in response.text
        # Only the French page has it.
        assert found(get(client, "programme", language="es"), "documents") == []

    def test_a_deleted_item_is_gone(self, client):
        document = factories.DocumentFactory(title_en="Tallinn Agenda")
        document.delete()
        assert found(get(client, "tallinn"), "documents") == []
        assert not SearchEntry.objects.exists()

    def test_unpublishing_and_publishing_again(self, client):
        news = factories.NewsItemFactory(title_en="Tallinn meeting")
        news.status = Status.DRAFT
        news.save()
        assert found(get(client, "tallinn"), "news") == []
        assert not SearchEntry.objects.exists()
        news.status = Status.PUBLISHED
        news.save()
        assert found(get(client, "tallinn"), "news") == [news]

    def test_the_admin_actions_publish_and_unpublish(self, client, admin_client):
        draft = factories.DocumentFactory(title_en="Tallinn Agenda", status=Status.DRAFT)
        changelist = reverse("admin:coalition_document_changelist")
        admin_client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
        assert found(get(client, "tallinn"), "documents") == [draft]
        admin_client.post(changelist, {"action": "unpublish", "_selected_action": [draft.pk]})
        assert found(get(client, "tallinn"), "documents") == []

    def test_a_scheduled_item_is_found_when_its_time_comes(self, client, monkeypatch):
        at = timezone.now() + datetime.timedelta(days=1)
        news = factories.NewsItemFactory(title_en="Tallinn meeting", published_at=at)
        assert found(get(client, "tallinn"), "news") == []
        later = at + datetime.timedelta(seconds=1)
        monkeypatch.setattr(timezone, "now", lambda: later)
        assert found(get(client, "tallinn"), "news") == [news]

    def test_moving_the_publication_time_to_the_future_hides_it(self, client):
        news = factories.NewsItemFactory(title_en="Tallinn meeting")
        news.published_at = timezone.now() + datetime.timedelta(hours=1)
        news.save()
        assert found(get(client, "tallinn"), "news") == []

    def test_page_sections_added_changed_and_deleted(self, client):
        page = factories.PageFactory(title_en="About")
        section = factories.PageSectionFactory(page=page, heading_en="Shutdowns")
        assert found(get(client, "shutdowns"), "pages") == [page]
        section.heading_en = "Elections"
        section.save()
        assert found(get(client, "shutdowns"), "pages") == []
        assert found(get(client, "elections"), "pages") == [page]
        section.delete()
        assert found(get(client, "elections"), "pages") == []
        assert found(get(client, "about"), "pages") == [page]

    def test_a_conference_follows_its_host_state(self, client):
        estonia = factories.MemberStateFactory(country="EE", slug="estonia")
        conference = factories.ConferenceFactory(host=estonia, city_en="Tallinn")
        estonia.country = "LV"  # corrected by staff: Latvia
        estonia.save()
        assert found(get(client, "latvia"), "conferences") == [conference]
        assert "Tallinn, Latvia" in get(client, "latvia").text
        assert found(get(client, "estonia"), "conferences") == []

    def test_reverting_to_an_earlier_version(self, client):
        """django-reversion writes the old version back with raw saves: still indexed."""
        with reversion.create_revision():
            document = factories.DocumentFactory(title_en="Tallinn Agenda")
        document.title_en = "Ottawa Agenda"
        document.save()
        Version.objects.get_for_object(document).last().revision.revert()
        assert found(get(client, "tallinn"), "documents") == [document]
        assert found(get(client, "ottawa"), "documents") == []

    def test_items_of_every_kind_are_kept_up_to_date(self, client, one_of_each):
        for item in one_of_each.values():
            item.status = Status.DRAFT
            item.save()
        assert get(client, "tallinn").context["groups"] == []
        assert SearchEntry.objects.filter(kind="member-states").count() == 4  # Estonia


class TestRebuild:
    def test_the_command_rebuilds_the_whole_index(self, client, one_of_each):
        # Rows written without signals (bulk_create, queryset.update()) are not indexed…
        Document.objects.bulk_create(
            [
                Document(
                    title_en="Tallinn notes",
                    slug="notes",
                    date=datetime.date(2024, 1, 1),
                    kind="report",
                    external_url="https://example.org/",
                    status=Status.PUBLISHED,
                )
            ]
        )
        SearchEntry.objects.filter(kind="news").delete()
        assert len(found(get(client, "tallinn"), "documents")) == 1
        out = StringIO()
        call_command("rebuild_search_index", stdout=out)
        # … until the index is rebuilt: every published item in four languages (seven
        # items, Estonia, the scheduled news item and the new document).
        assert out.getvalue() == "Search index: 40 entries.\n"
        assert len(found(get(client, "tallinn"), "documents")) == 2
        assert found(get(client, "tallinn"), "news") == [one_of_each["news"]]

    def test_an_index_that_is_up_to_date_is_left_as_it_is(self, one_of_each):
        """Rebuilding once per release, or saving an item unchanged, writes nothing."""
        before = set(SearchEntry.objects.values_list("pk", "kind", "object_id", "language"))
        with CaptureQueriesContext(connection) as queries:
            rebuild()
            one_of_each["documents"].save()
        writes = [
            query["sql"]
            for query in queries.captured_queries
            if "searchentry" in query["sql"]
            and query["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")
        ]
        assert writes == []
        assert set(SearchEntry.objects.values_list("pk", "kind", "object_id", "language")) == (
            before
        )

    def test_load_demo_content_fills_the_index(self, client):
        call_command("load_demo_content", stdout=StringIO())
        assert SearchEntry.objects.count() == 4 * sum(
            kind.published().count() for kind in kinds().values()
        )
        assert titles(get(client, "TFAIR"), "task-forces-and-working-groups") == [
            "Task Force on Artificial Intelligence and Human Rights (TFAIR)"
        ]

    def test_the_migration_fills_the_index_with_its_own_models(self, one_of_each):
        """Migration 0014 builds the entries from the models as they were then."""
        SearchEntry.objects.all().delete()
        state = MigrationExecutor(connection).loader.project_state(
            ("coalition", "0014_search_index")
        )
        assert rebuild(state.apps) == 36  # seven items, Estonia, the scheduled news item
        assert search("tallinn", "en")[1].count == 1
