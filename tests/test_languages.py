"""Numbers, dates and names as each language writes them (locale/GLOSSARY.md): ordinals,
dates, lists, the Arabic dual, alphabetical order, country names, the observer, the names
of organisations and of languages. English stays as it was."""

import datetime
import importlib
import re
from pathlib import Path

import polib
import pytest
from django.core.files.base import ContentFile
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.data import COUNTRIES

from coalition import demo
from coalition.countries import NAMES
from coalition.demo import members, network, partnerships
from coalition.languages import (
    FEMININE,
    MASCULINE,
    edition_number,
    format_date,
    join_list,
    member_rank,
    ordinal,
)
from coalition.text import sort_key
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "fr", "es", "ar"]


def page(client, language, url_or_object):
    """The text of a public page in one language."""
    with translation.override(language):
        url = url_or_object if isinstance(url_or_object, str) else url_or_object.get_absolute_url()
        if url.startswith("coalition:"):
            url = reverse(url)
        return client.get(url).text


def in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


class TestOrdinals:
    @pytest.mark.parametrize(
        ("number", "written"),
        [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (21, "21st"),
            (31, "31st"),
            (41, "41st"),
            (101, "101st"),
            (111, "111th"),
            (112, "112th"),
        ],
    )
    def test_english(self, number, written):
        assert ordinal(number, language="en") == written

    @pytest.mark.parametrize(
        ("number", "gender", "written"),
        [
            (1, MASCULINE, "1ᵉʳ"),
            (1, FEMININE, "1ʳᵉ"),
            (2, MASCULINE, "2ᵉ"),
            (9, FEMININE, "9ᵉ"),
            (21, MASCULINE, "21ᵉ"),
            (31, MASCULINE, "31ᵉ"),
            (41, MASCULINE, "41ᵉ"),
            (101, FEMININE, "101ᵉ"),
        ],
    )
    def test_french_writes_1er_only_for_the_first(self, number, gender, written):
        assert ordinal(number, gender, "fr") == written

    @pytest.mark.parametrize(
        ("number", "gender", "written"),
        [
            (1, MASCULINE, "1.º"),
            (31, MASCULINE, "31.º"),
            (1, FEMININE, "1.ª"),
            (9, FEMININE, "9.ª"),
            (41, MASCULINE, "41.º"),
        ],
    )
    def test_spanish_has_the_period_and_the_gender(self, number, gender, written):
        assert ordinal(number, gender, "es") == written

    @pytest.mark.parametrize(
        ("number", "masculine", "feminine"),
        [
            (1, "الأول", "الأولى"),
            (2, "الثاني", "الثانية"),
            (3, "الثالث", "الثالثة"),
            (8, "الثامن", "الثامنة"),
            (9, "التاسع", "التاسعة"),
            (10, "العاشر", "العاشرة"),
            (11, "الحادي عشر", "الحادية عشرة"),
            (12, "الثاني عشر", "الثانية عشرة"),
            (19, "التاسع عشر", "التاسعة عشرة"),
            (20, "العشرون", "العشرون"),
            (21, "الحادي والعشرون", "الحادية والعشرون"),
            (31, "الحادي والثلاثون", "الحادية والثلاثون"),
            (38, "الثامن والثلاثون", "الثامنة والثلاثون"),
            (41, "الحادي والأربعون", "الحادية والأربعون"),
            (60, "الستون", "الستون"),
            (99, "التاسع والتسعون", "التاسعة والتسعون"),
            (100, "رقم 100", "رقم 100"),
        ],
    )
    def test_arabic_in_words_agreeing_with_the_noun(self, number, masculine, feminine):
        assert ordinal(number, MASCULINE, "ar") == masculine
        assert ordinal(number, FEMININE, "ar") == feminine

    @pytest.mark.parametrize(
        ("language", "rank", "edition"),
        [
            ("en", "31st", "9"),
            ("fr", "31ᵉ", "9ᵉ"),
            ("es", "31.º", "9.ª"),
            ("ar", "الحادي والثلاثون", "التاسعة"),
        ],
    )
    def test_a_member_is_masculine_an_edition_feminine(self, language, rank, edition):
        assert in_language(language, member_rank, 31) == rank
        assert in_language(language, edition_number, 9) == edition

    @pytest.mark.parametrize(
        ("language", "phrase"),
        [
            ("en", "the coalition’s 31st member"),
            ("fr", "le 31ᵉ membre de la coalition"),
            ("es", "el 31.º miembro de la coalición"),
            ("ar", "العضو الحادي والثلاثون في الائتلاف"),
        ],
    )
    def test_the_member_page_gives_the_rank(self, client, db, language, phrase):
        state = factories.MemberStateFactory(country="CH", slug="switzerland", join_order=31)
        assert phrase in page(client, language, state)

    def test_the_first_member_is_1er_in_french(self, client, db):
        state = factories.MemberStateFactory(country="CH", slug="switzerland", join_order=1)
        assert "le 1ᵉʳ membre de la coalition" in page(client, "fr", state)
        assert "العضو الأول في الائتلاف" in page(client, "ar", state)

    @pytest.mark.parametrize(
        ("language", "edition", "kicker"),
        [
            ("en", 9, "Edition 9"),
            ("fr", 9, "9ᵉ édition"),
            ("fr", 1, "1ʳᵉ édition"),
            ("es", 9, "9.ª edición"),
            ("ar", 9, "الدورة التاسعة"),
            ("ar", 11, "الدورة الحادية عشرة"),
        ],
    )
    def test_the_conference_page_gives_the_edition(self, client, db, language, edition, kicker):
        conference = factories.ConferenceFactory(edition=edition)
        assert f'<p class="kicker">{kicker}</p>' in page(client, language, conference)

    def test_no_template_writes_an_ordinal_with_humanize(self):
        """Django's `ordinal` writes 31ᵉʳ and 31º: templates use member_rank and
        edition_number instead."""
        templates = (ROOT / "templates").rglob("*.html")
        assert [path.name for path in templates if "|ordinal" in path.read_text()] == []


class TestDates:
    @pytest.mark.parametrize(
        ("language", "first", "twelfth"),
        [
            ("en", "1 January 2026", "12 February 2026"),
            ("fr", "1ᵉʳ janvier 2026", "12 février 2026"),
            ("es", "1 de enero de 2026", "12 de febrero de 2026"),
            ("ar", "1 يناير 2026", "12 فبراير 2026"),
        ],
    )
    def test_a_date(self, language, first, twelfth):
        assert in_language(language, format_date, datetime.date(2026, 1, 1)) == first
        assert in_language(language, format_date, datetime.date(2026, 2, 12)) == twelfth

    @pytest.mark.parametrize(
        ("language", "month_and_day", "month"),
        [
            ("en", "1 March", "March 2019"),
            ("fr", "1ᵉʳ mars", "mars 2019"),
            ("es", "1 de marzo", "marzo de 2019"),
            ("ar", "1 مارس", "مارس 2019"),
        ],
    )
    def test_a_day_of_a_month_and_a_month(self, language, month_and_day, month):
        day = datetime.date(2019, 3, 1)
        assert in_language(language, format_date, day, "MONTH_DAY_FORMAT") == month_and_day
        assert in_language(language, format_date, day, "YEAR_MONTH_FORMAT") == month

    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "1 August 2013, 12:00"),
            ("fr", "1ᵉʳ août 2013 à 12:00"),
            ("es", "1 de agosto de 2013 a las 12:00"),
            ("ar", "1 أغسطس 2013، 12:00"),
        ],
    )
    def test_a_date_and_time(self, language, written):
        noon = datetime.datetime(2013, 8, 1, 12, 0)
        assert in_language(language, format_date, noon, "DATETIME_FORMAT") == written

    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "12 February 2026, 14:30"),
            ("fr", "12 février 2026 à 14:30"),
            ("es", "12 de febrero de 2026 a las 14:30"),
            ("ar", "12 فبراير 2026، 14:30"),
        ],
    )
    def test_the_admin_formats(self, language, written):
        """The admin writes dates with Django's formats (focsite/formats/): no comma before
        the Arabic year, a 24-hour clock, and never the American "فبراير 12, 2026"."""
        moment = datetime.datetime(2026, 2, 12, 14, 30)
        with translation.override(language):
            assert formats.date_format(moment, "DATETIME_FORMAT") == written
            if language != "en":  # English keeps Django's "2:30 p.m."
                assert formats.time_format(moment) == "14:30"
            assert formats.date_format(moment, "SHORT_DATE_FORMAT").replace("\u200f", "") == (
                "12/02/2026"
            )

    def test_the_admin_in_arabic_lists_times_in_arabic_order(self, admin_client, db):
        factories.NewsItemFactory(
            title_en="Launch", published_at=timezone.make_aware(datetime.datetime(2013, 8, 1, 12))
        )
        response = admin_client.get(
            reverse("admin:coalition_newsitem_changelist"), HTTP_ACCEPT_LANGUAGE="ar"
        )
        assert "1 أغسطس 2013، 12:00" in response.text
        assert "أغسطس 1, 2013" not in response.text

    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "1 January 2026"),
            ("fr", "1ᵉʳ janvier 2026"),
            ("es", "1 de enero de 2026"),
            ("ar", "1 يناير 2026"),
        ],
    )
    def test_pages_write_the_first_of_a_month(self, client, db, language, written):
        item = factories.NewsItemFactory(date=datetime.date(2026, 1, 1))
        html = page(client, language, item)
        assert f'<time datetime="2026-01-01">{written}</time>' in html
        html = page(client, language, "coalition:news_list")
        assert f'<time datetime="2026-01-01">{written}</time>' in html

    def test_a_document_dated_by_its_month(self, client, db):
        document = factories.DocumentFactory(date=datetime.date(2026, 2, 1), date_precision="month")
        assert ">febrero de 2026</time>" in page(client, "es", document)
        assert ">فبراير 2026</time>" in page(client, "ar", document)

    def test_every_date_a_reader_sees_goes_through_local_date(self):
        """Django's `date` filter cannot write 1ᵉʳ: public templates use `local_date`, and
        `date` only for machine-readable values (the datetime attribute, a year)."""
        readable = re.compile(
            r"\|date:(?!'Y-m-d'|\"Y\"|[\w.]*machine_date_format)|\{\{ [\w.]*date \}\}"
        )
        public = [
            path for path in (ROOT / "templates").rglob("*.html") if "admin" not in path.parts
        ]
        assert [path.name for path in public if readable.search(path.read_text())] == []


class TestLists:
    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "Tallinn, Estonia"),
            ("fr", "Tallinn, Estonie"),
            ("es", "Tallin, Estonia"),
            ("ar", "تالين، إستونيا"),
        ],
    )
    def test_a_place(self, client, db, language, written):
        factories.ConferenceFactory(city_fr="Tallinn", city_es="Tallin", city_ar="تالين")
        assert f'<span class="meta">{written}</span>' in page(
            client, language, "coalition:conference_list"
        )

    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "PDF, 2.0\xa0KB"),
            ("fr", "PDF, 2,0\xa0Kio"),
            ("es", "PDF, 2,0\xa0KB"),
            ("ar", "PDF، 2.0\xa0ك.ب"),
        ],
    )
    def test_a_file_format_and_size(self, client, db, language, written):
        document = factories.DocumentFactory()
        document.file.save("statement.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 2039))
        assert f'<span class="meta">{written}</span>' in page(client, language, document)

    @pytest.mark.parametrize(
        ("language", "written"),
        [
            ("en", "2013, 2025"),
            ("fr", "2013, 2025"),
            ("es", "2013, 2025"),
            ("ar", "2013، 2025"),
        ],
    )
    def test_the_years_a_state_chaired(self, client, db, language, written):
        estonia = factories.MemberStateFactory(country="EE", slug="estonia")
        for year in (2013, 2025):
            factories.ChairshipFactory(year=year).chairs.add(estonia)
        assert f"<dd>{written}</dd>" in page(client, language, estonia)

    def test_join_list_leaves_out_empty_items(self):
        assert in_language("ar", join_list, ["لاهاي", "", None, "هولندا"]) == "لاهاي، هولندا"
        assert in_language("fr", join_list, ["La Haye", "Pays-Bas"]) == "La Haye, Pays-Bas"

    def test_join_list_escapes_in_templates(self):
        template = Template("{% load coalition %}{{ items|join_list }} {% join_items a b %}")
        with translation.override("ar"):
            rendered = template.render(Context({"items": ["<b>", "x"], "a": "A&B", "b": "ج"}))
        assert rendered == "&lt;b&gt;، x A&amp;B، ج"

    def test_no_template_types_a_comma_between_two_values(self):
        """Every list separator comes from the catalogue (`join_items`, `join_list`,
        `list_separator`): a comma typed between two values would stay Latin in Arabic."""
        typed_comma = re.compile(r"(\}\}|%\}), (\{\{|\{%)")
        templates = (ROOT / "templates").rglob("*.html")
        found = [path.name for path in templates if typed_comma.search(path.read_text())]
        assert found == []


NOT_COUNTS = {"query", "expiry", "username", "name"}


class TestArabicPlurals:
    @staticmethod
    def arabic_catalogue():
        return polib.pofile(str(ROOT / "locale" / "ar" / "LC_MESSAGES" / "django.po"))

    # The count is not the number of a noun here: "من أصل 2" ("out of 2") is right.
    NO_COUNTED_NOUN = {"Showing the %(shown)s best matches of %(counter)s."}
    # Placeholders that are not the number counted (a query, a date, a name) may stay.

    def test_one_and_two_are_said_in_words(self):
        """Form 1 (one) and form 2 (the dual) never show the digit: نتيجة واحدة, نتيجتان,
        not "1 نتيجة", "2 نتيجة"."""
        with_digit = [
            (entry.msgid, form)
            for entry in self.arabic_catalogue()
            if entry.msgid_plural and entry.msgid not in self.NO_COUNTED_NOUN
            for form in ("1", "2")
            if set(re.findall(r"%\((\w+)\)", entry.msgstr_plural[int(form)])) - NOT_COUNTS
        ]
        assert with_digit == []

    def test_every_other_form_keeps_the_digit(self):
        """Forms 3 to 5 (3-10, 11-99, 100…) show the number. Form 0 is used for zero alone,
        so it may say it in words ("لن تُكتب أي ترجمة", "no translation will be written")."""
        missing = [
            (entry.msgid, form)
            for entry in self.arabic_catalogue()
            if entry.msgid_plural and re.search(r"%\(\w+\)", entry.msgid_plural)
            for form in (3, 4, 5)
            if not re.search(r"%\(\w+\)", entry.msgstr_plural[form])
        ]
        assert missing == []

    @pytest.mark.parametrize(
        ("count", "written"),
        [
            (0, "لمدة 0 يوم."),
            (1, "لمدة يوم واحد."),
            (2, "لمدة يومين."),
            (3, "لمدة 3 أيام."),
            (11, "لمدة 11 يومًا."),
            (100, "لمدة 100 يوم."),
        ],
    )
    def test_a_number_of_days(self, count, written):
        with translation.override("ar"):
            text = ngettext(
                "The link works for %(days)s day from when it was made.",
                "The link works for %(days)s days from when it was made.",
                count,
            ) % {"days": count}
        assert text.startswith("يعمل الرابط " + written.removesuffix("."))

    @pytest.mark.parametrize(
        ("count", "written"),
        [(1, "وثيقة واحدة"), (2, "وثيقتان"), (3, "3 وثائق"), (12, "12 وثيقةً")],
    )
    def test_the_document_list_counts_its_documents(self, client, db, count, written):
        factories.DocumentFactory.create_batch(count)
        html = page(client, "ar", "coalition:document_list")
        assert f'<p class="result-count" role="status">{written}</p>' in html

    def test_the_members_page_counts_two_states_in_the_dual(self, client, db):
        factories.MemberStateFactory.create_batch(2)
        html = page(client, "ar", "coalition:member_list")
        assert "يضم الائتلاف دولتين عضوين من جميع مناطق العالم." in html


class TestAlphabeticalOrder:
    def test_arabic_ignores_the_article_and_the_hamza(self):
        """The UN's Arabic order: أستراليا، إستونيا، ألبانيا، ألمانيا، آيرلندا، الدانمرك،
        السويد (ألبانيا and ألمانيا keep their first letters: أل there is no article)."""
        names = ["السويد", "الدانمرك", "آيرلندا", "ألمانيا", "إستونيا", "ألبانيا", "أستراليا"]
        assert sorted(names, key=sort_key) == [
            "أستراليا",
            "إستونيا",
            "ألبانيا",
            "ألمانيا",
            "آيرلندا",
            "الدانمرك",
            "السويد",
        ]

    def test_accents_are_ignored(self):
        names = ["Finlande", "États-Unis d’Amérique", "Estonie", "Espagne"]
        assert sorted(names, key=sort_key) == [
            "Espagne",
            "Estonie",
            "États-Unis d’Amérique",
            "Finlande",
        ]

    @pytest.mark.parametrize(
        ("language", "order"),
        [
            ("en", ["Denmark", "Estonia", "Ireland", "Sweden"]),
            ("fr", ["Danemark", "Estonie", "Irlande", "Suède"]),
            ("es", ["Dinamarca", "Estonia", "Irlanda", "Suecia"]),
            ("ar", ["إستونيا", "آيرلندا", "الدانمرك", "السويد"]),
        ],
    )
    def test_the_members_page(self, client, db, language, order):
        for code in ("SE", "DK", "IE", "EE"):
            factories.MemberStateFactory(country=code)
        html = page(client, language, "coalition:member_list")
        positions = [html.index(f"> {name}</a>") for name in order]
        assert positions == sorted(positions)

    def test_the_states_that_led_a_document(self, client, db):
        document = factories.DocumentFactory()
        document.lead_states.add(
            *(factories.MemberStateFactory(country=code) for code in ("SE", "DK", "EE"))
        )
        html = page(client, "ar", document)
        positions = [html.index(f">{name}</a>") for name in ("إستونيا", "الدانمرك", "السويد")]
        assert positions == sorted(positions)


def demo_texts(language):
    """Every text of the demo content in one language."""
    found = []

    def walk(value):
        if isinstance(value, dict) and "en" in value and set(value) <= set(LANGUAGES):
            text = value.get(language, "")
            found.append(text if isinstance(text, str) else "\n\n".join(text))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for module in demo_modules():
        for name in dir(module):
            if name.isupper():
                walk(getattr(module, name))
    return [text for text in found if text]


# The states of the demo content: the coalition's members, its observer and the states
# that withdrew, and the countries of its Advisory Network members.
DEMO_COUNTRIES = sorted(
    {state["country"] for state in members.MEMBER_STATES}
    | {member["country"] for member in network.ADVISORY_MEMBERS if member.get("country")}
)


class TestCountryNames:
    def test_every_state_has_a_name_in_every_language(self):
        for language in LANGUAGES:
            assert sorted(NAMES[language]) == sorted(NAMES["en"]), language
        assert set(DEMO_COUNTRIES) <= set(NAMES["en"])

    @pytest.mark.parametrize("language", LANGUAGES)
    @pytest.mark.parametrize("code", DEMO_COUNTRIES)
    def test_the_site_shows_the_un_name(self, language, code):
        assert in_language(language, countries.name, code) == NAMES[language][code]

    @pytest.mark.parametrize(
        ("language", "code", "name"),
        [
            ("en", "US", "United States of America"),
            ("en", "KR", "Republic of Korea"),
            ("en", "MD", "Moldova"),
            ("fr", "CV", "Cabo Verde"),
            ("fr", "MD", "Moldova"),
            ("fr", "US", "États-Unis d’Amérique"),
            ("fr", "CZ", "Tchéquie"),
            ("es", "KE", "Kenya"),
            ("es", "NZ", "Nueva Zelandia"),
            ("es", "MD", "Moldova"),
            ("ar", "EE", "إستونيا"),
            ("ar", "ES", "إسبانيا"),
            ("ar", "NZ", "نيوزيلندا"),
            ("ar", "LU", "لكسمبرغ"),
            ("ar", "MD", "مولدوفا"),
            ("ar", "DK", "الدانمرك"),
            ("ar", "MV", "ملديف"),
            ("ar", "ZA", "جنوب أفريقيا"),
        ],
    )
    def test_names_the_reviewers_checked(self, language, code, name):
        assert in_language(language, countries.name, code) == name

    def test_french_names_have_the_typographic_apostrophe(self):
        assert [name for name in NAMES["fr"].values() if "'" in name] == []

    def test_a_state_page_is_headed_with_its_un_name(self, client, db):
        state = factories.MemberStateFactory(country="US", slug="united-states")
        assert "États-Unis d’Amérique</h1>" in page(client, "fr", state)
        assert "Estados Unidos de América</h1>" in page(client, "es", state)

    @pytest.mark.parametrize("language", ["fr", "es", "ar"])
    def test_the_demo_content_uses_the_same_names(self, language):
        """No demo text names a state as django-countries does where the UN does not (a
        shortened name in running text, "Estados Unidos", is fine)."""
        with translation.override(language):
            other_names = {
                code: str(COUNTRIES[code])
                for code, name in NAMES[language].items()
                if code in COUNTRIES
                and str(COUNTRIES[code]) != name
                and not name.startswith(str(COUNTRIES[code]))
            }
        texts = demo_texts(language)
        assert texts
        found = [
            (code, other) for code, other in other_names.items() for text in texts if other in text
        ]
        assert found == []


class TestObserversAndOrganisations:
    @pytest.mark.parametrize(
        ("language", "heading"),
        [("en", "Observers"), ("fr", "Observateurs"), ("es", "Observadores"), ("ar", "المراقبون")],
    )
    def test_the_observers_are_not_called_states(self, client, db, language, heading):
        factories.MemberStateFactory(country="TW", slug="taiwan", status_in_coalition="observer")
        html = page(client, language, "coalition:member_list")
        assert f'<h2 id="observers">{heading}</h2>' in html
        assert "الدول المراقبة" not in html

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_digital_defenders_partnership_keeps_its_name(self, language):
        partnership = partnerships.PARTNERSHIPS[0]
        assert partnership["name"][language] == "Digital Defenders Partnership"
        translated_names = ("défenseurs numériques", "Defensores Digitales", "المدافعين الرقميين")
        texts = demo_texts(language)
        assert [text for text in texts if any(name in text for name in translated_names)] == []
        assert any("Digital Defenders Partnership" in text for text in texts)


class TestLanguageSwitcher:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_each_language_is_named_as_it_writes_itself(self, client, db, language):
        html = page(client, language, "coalition:home")
        switcher = html[html.index('<nav class="language-switcher"') :]
        switcher = switcher[: switcher.index("</nav>")]
        names = re.findall(r'hreflang="(\w+)"[^>]*>([^<]+)</a>', switcher)
        assert names == [
            ("en", "English"),
            ("fr", "Français"),
            ("es", "Español"),
            ("ar", "العربية"),
        ]


def demo_modules():
    """Every module of coalition/demo: a new kind's texts are checked without a list here."""
    folder = Path(demo.__file__).parent
    names = sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__")
    return [importlib.import_module(f"coalition.demo.{name}") for name in names]
