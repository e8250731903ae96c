import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone, translation

from coalition.models import HeadingLevel, LiveList, Role, Status
from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("ar", "rtl")]


@pytest.fixture
def collaboration_page():
    """A Multistakeholder-style page: text, two live lists and a partnership link."""
    page = factories.PageFactory(
        slug="multistakeholder-collaboration", title_en="Multistakeholder Collaboration"
    )
    sub = HeadingLevel.SUBSECTION
    for order, (heading, values) in enumerate(
        [
            ("FOC Sub-Entities", {"body_en": "Task forces."}),
            (
                "Current FOC Sub-Entities",
                {"heading_level": sub, "live_list": LiveList.CURRENT_SUB_ENTITIES},
            ),
            (
                "Previous FOC Sub-Entities",
                {"heading_level": sub, "live_list": LiveList.PREVIOUS_SUB_ENTITIES},
            ),
            ("Digital Defenders Partnership", {"partnership": factories.PartnershipFactory()}),
        ],
        start=1,
    ):
        factories.PageSectionFactory(page=page, order=order, heading_en=heading, **values)
    return page


def section_html(html, heading, next_heading):
    start = html.index(heading)
    return html[start : html.index(next_heading, start)]


class TestLanguages:
    @pytest.mark.parametrize(("code", "direction"), LANGUAGES)
    def test_home_page_carries_its_language_and_direction(self, client, code, direction):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}" dir="{direction}">' in response.text

    def test_bare_root_redirects_to_a_language(self, client):
        response = client.get("/", headers={"accept-language": "fr"})
        assert response.status_code == 302
        assert response["Location"] == "/fr/"

    def test_switcher_and_alternates_point_at_the_same_page(self, client, collaboration_page):
        response = client.get("/es/multistakeholder-collaboration/")
        for code in ("en", "fr", "es", "ar"):
            assert (
                f'href="/{code}/multistakeholder-collaboration/" lang="{code}" hreflang="{code}"'
                in response.text
            )
            assert (
                f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/multistakeholder-collaboration/">'
                in response.text
            )
        assert (
            '<link rel="canonical" href="http://testserver/es/multistakeholder-collaboration/">'
            in response.text
        )
        assert 'lang="ar" hreflang="ar">العربية</a>' in response.text

    def test_unknown_address_is_a_real_404_in_the_visitors_language(self, client):
        response = client.get("/fr/no-such-page/")
        assert response.status_code == 404
        assert '<html lang="fr"' in response.text
        assert "Page non trouvée" in response.text

    @pytest.mark.parametrize(
        ("code", "dates", "size"),
        [
            ("en", "28 April 2014 – 29 April 2014", "1.5\xa0MB"),
            ("fr", "28 avril 2014 – 29 avril 2014", "1,5\xa0Mio"),
            ("es", "28 de abril de 2014 – 29 de abril de 2014", "1,5\xa0MB"),
            ("ar", "28 إبريل 2014 – 29 إبريل 2014", "1.5\xa0م.ب"),
        ],
    )
    def test_dates_and_numbers_follow_the_language(self, client, code, dates, size):
        conference = factories.ConferenceFactory(slug="tallinn-2014")
        with translation.override(code):
            html = client.get(conference.get_absolute_url()).text
        start, end = dates.split(" – ")
        assert (
            f'<time datetime="2014-04-28">{start}</time> – <time datetime="2014-04-29">{end}</time>'
            in html
        )
        with translation.override(code):
            assert Template("{{ n|filesizeformat }}").render(Context({"n": 1_572_864})) == size


class TestHomePage:
    def test_figures_are_computed_from_the_data(self, client):
        factories.MemberStateFactory.create_batch(3)
        factories.MemberStateFactory(
            country="US", slug="us", status_in_coalition="withdrawn", year_left=2026
        )
        factories.MemberStateFactory(country="TW", slug="tw", status_in_coalition="observer")
        serving = factories.CohortFactory(
            start_year=timezone.now().year - 1, end_year=timezone.now().year + 1
        )
        earlier = factories.CohortFactory(start_year=2018, end_year=2020)
        for member in factories.AdvisoryMemberFactory.create_batch(2):
            member.cohorts.set([earlier, serving])
        factories.AdvisoryMemberFactory().cohorts.set([earlier])  # a former member: not counted
        factories.AdvisoryMemberFactory(status=Status.DRAFT).cohorts.set([serving])
        factories.SubEntityFactory(start_year=2020, end_year=None)
        factories.SubEntityFactory(start_year=2013, end_year=2017)
        response = client.get(reverse("coalition:home"))
        # Callables: computed only when the (cached) fragment is rendered.
        assert response.context["member_count"]() == 3
        assert response.context["network_count"]() == 2
        assert response.context["current_sub_entity_count"]() == 1
        figures = response.text.split('<ul class="figures">')[1].split("</ul>")[0]
        assert [int(n) for n in re.findall(r'<span class="figure">(\d+)</span>', figures)] == [
            3,
            2,
            1,
        ]

    def test_calls_to_action_lead_to_joining_the_latest_statement_and_the_next_conference(
        self, client
    ):
        import datetime

        factories.PageFactory(slug="how-to-join", title_en="How to join")
        factories.DocumentFactory(title_en="Older statement", date=datetime.date(2023, 1, 1))
        factories.DocumentFactory(
            title_en="Newest statement", slug="newest", date=datetime.date(2025, 3, 1)
        )
        factories.DocumentFactory(
            title_en="A newer report", kind="report", date=datetime.date(2025, 6, 1)
        )
        factories.DocumentFactory(
            title_en="A draft statement", date=datetime.date(2026, 1, 1), status=Status.DRAFT
        )
        today = timezone.localdate()
        factories.ConferenceFactory(
            slug="past", start_date=datetime.date(2019, 5, 1), end_date=datetime.date(2019, 5, 2)
        )
        factories.ConferenceFactory(
            slug="later",
            title_en="Later conference",
            start_date=today + datetime.timedelta(days=400),
            end_date=today + datetime.timedelta(days=401),
        )
        factories.ConferenceFactory(
            slug="soon",
            title_en="Soon conference",
            start_date=today + datetime.timedelta(days=30),
            end_date=today + datetime.timedelta(days=31),
        )
        html = client.get("/en/").text
        actions = html.split('<ul class="actions">')[1].split("</ul>")[0]
        assert re.findall(r'href="([^"]+)"', actions) == [
            "/en/how-to-join/",
            "/en/documents/newest/",
        ]
        highlights = html.split('<ul class="highlights">')[1].split("</ul>")[0]
        assert "Newest statement" in highlights
        assert "Next conference" in highlights
        assert "/en/conferences/soon/" in highlights
        assert "later" not in highlights

    def test_without_an_upcoming_conference_the_latest_is_shown(self, client):
        import datetime

        factories.ConferenceFactory(slug="old", start_date=datetime.date(2014, 4, 28))
        factories.ConferenceFactory(
            slug="newer", start_date=datetime.date(2019, 5, 1), end_date=datetime.date(2019, 5, 2)
        )
        html = client.get("/en/").text
        assert "Latest conference" in html
        assert "/en/conferences/newer/" in html
        assert '<ul class="actions">' not in html  # no join page, no statement: no buttons

    def test_current_chair_is_shown(self, client):
        from coalition.models.common import current_year

        chair = factories.MemberStateFactory(country="CH", slug="switzerland")
        factories.ChairshipFactory(year=current_year()).chairs.add(chair)
        response = client.get("/en/")
        assert "Switzerland" in response.text

    @pytest.mark.parametrize("rows", [5, 50])
    def test_query_count_does_not_grow_with_content(self, client, rows, django_assert_num_queries):
        from coalition.models.common import current_year

        factories.ChairshipFactory(year=current_year()).chairs.add(
            factories.MemberStateFactory(country="CH", slug="ch")
        )
        factories.AdvisoryMemberFactory.create_batch(rows)
        factories.SubEntityFactory.create_batch(rows)
        factories.NewsItemFactory.create_batch(rows)
        factories.DocumentFactory.create_batch(rows)
        # the content version (page cache), three figures, the map's states, the chairship
        # and its chairs, news, documents, navigation, footer (pages, site settings and
        # their social links: two more since the footer shows the secretariat's settings);
        # and the calls to action: the join page, the latest statement, the next (or
        # latest) conference (3 more, in a cached fragment: a page served after the first
        # one runs none of them)
        with django_assert_num_queries(16):
            assert client.get("/en/").status_code == 200


class TestMultistakeholderPage:
    def test_lists_are_drawn_live_from_sub_entities(self, client, collaboration_page):
        lead = factories.MemberStateFactory(country="GB", slug="united-kingdom")
        partner = factories.AdvisoryMemberFactory(name_en="Access Now")
        current = factories.SubEntityFactory(
            name_en="Task Force on Internet Shutdowns", abbreviation_en="TFIS", start_year=2021
        )
        current.state_roles.create(member_state=lead, role=Role.CHAIR)
        current.network_roles.create(advisory_member=partner, role=Role.MEMBER)
        factories.SubEntityFactory(name_en="Working Group 1", start_year=2013, end_year=2017)
        factories.SubEntityFactory(
            name_en="Hidden draft group", start_year=2020, status=Status.DRAFT
        )

        html = client.get("/en/multistakeholder-collaboration/").text
        current_part = section_html(html, "Current FOC Sub-Entities", "Previous FOC Sub-Entities")
        previous_part = section_html(
            html, "Previous FOC Sub-Entities", "Digital Defenders Partnership"
        )
        assert "Task Force on Internet Shutdowns" in current_part
        assert "United Kingdom</a> (chair)" in current_part
        assert "Access Now" in current_part
        assert "Working Group 1" not in current_part
        assert "Working Group 1" in previous_part
        assert "Task Force on Internet Shutdowns" not in previous_part
        assert "Hidden draft group" not in html

    def test_sub_entity_that_ends_moves_to_previous(self, client, collaboration_page, monkeypatch):
        import datetime

        from django.utils import timezone

        factories.SubEntityFactory(
            name_en="Strategic Review Working Group", start_year=2015, end_year=2016
        )
        monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2016, 6, 1))
        html = client.get("/en/multistakeholder-collaboration/").text
        assert "Strategic Review Working Group" in section_html(html, "Current FOC", "Previous FOC")
        monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2017, 1, 1))
        html = client.get("/en/multistakeholder-collaboration/").text
        assert "Strategic Review Working Group" in section_html(
            html, "Previous FOC", "Digital Defenders"
        )

    def test_partnership_section_links_out(self, client, collaboration_page):
        html = client.get("/en/multistakeholder-collaboration/").text
        assert 'href="https://www.digitaldefenders.org/" rel="external"' in html
        assert "(external website)" in html

    def test_empty_lists_say_so(self, client, collaboration_page):
        html = client.get("/en/multistakeholder-collaboration/").text
        assert "There are no current task forces or working groups." in html
        assert "There are no previous task forces or working groups." in html

    @pytest.mark.parametrize("rows", [5, 50])
    def test_query_count_does_not_grow_with_content(
        self, client, collaboration_page, rows, django_assert_num_queries
    ):
        states = [
            factories.MemberStateFactory(country=code, slug=f"s-{code}")
            for code in ("NL", "DE", "GH")
        ]
        for index in range(rows):
            sub_entity = factories.SubEntityFactory(
                start_year=2013, end_year=2017 if index % 2 else None
            )
            sub_entity.state_roles.create(member_state=states[index % 3], role=Role.CO_CHAIR)
            sub_entity.network_roles.create(advisory_member=factories.AdvisoryMemberFactory())
        # the content version (page cache), page, sections, navigation, footer (pages,
        # site settings, social links), (current, previous) x (sub-entities, states, network)
        with django_assert_num_queries(13):
            response = client.get("/en/multistakeholder-collaboration/")
        assert response.status_code == 200

    def test_draft_page_is_not_found(self, client):
        factories.PageFactory(slug="draft-page", status=Status.DRAFT)
        assert client.get("/en/draft-page/").status_code == 404


class TestTranslationFallback:
    def render(self, obj, field, language, **options):
        template = Template('{% load coalition %}{% translated obj field "span" %}')
        with translation.override(language):
            return template.render(Context({"obj": obj, "field": field}))

    def test_untranslated_text_is_english_and_marked_so(self):
        sub_entity = factories.SubEntityFactory(name_en="Task Force on Digital Equality")
        assert (
            self.render(sub_entity, "name", "fr")
            == '<span lang="en">Task Force on Digital Equality</span>'
        )

    def test_in_arabic_the_fallback_keeps_left_to_right(self):
        sub_entity = factories.SubEntityFactory(name_en="Task Force on Digital Equality")
        assert (
            self.render(sub_entity, "name", "ar")
            == '<span lang="en" dir="ltr">Task Force on Digital Equality</span>'
        )

    def test_translated_text_is_not_marked(self):
        sub_entity = factories.SubEntityFactory(
            name_en="Task Force on Digital Equality", name_fr="Groupe sur l’égalité numérique"
        )
        assert self.render(sub_entity, "name", "fr") == "Groupe sur l’égalité numérique"
        assert self.render(sub_entity, "name", "en") == "Task Force on Digital Equality"

    def test_text_is_escaped(self):
        sub_entity = factories.SubEntityFactory(name_en="<script>alert(1)</script>")
        assert "<script>" not in self.render(sub_entity, "name", "en")
        sub_entity.name_ar = "فرقة <script>alert(1)</script> & co"
        assert "<script>" not in self.render(sub_entity, "name", "ar")
        assert "&amp;" in self.render(sub_entity, "name", "ar")

    def test_latin_names_and_acronyms_in_arabic_are_isolated(self):
        sub_entity = factories.SubEntityFactory(
            name_en="Task Force on Internet Shutdowns (TFIS)",
            name_ar="فرقة العمل المعنية بقطع الإنترنت (TFIS) مع ARTICLE 19 وAccess Now.",
        )
        assert self.render(sub_entity, "name", "ar") == (
            'فرقة العمل المعنية بقطع الإنترنت (<bdi class="nowrap">TFIS</bdi>) مع'
            " <bdi>ARTICLE 19</bdi> و<bdi>Access Now</bdi>."
        )
        # A name written only in Latin script is isolated whole, brackets included.
        sub_entity.name_ar = "Center for Democracy & Technology (CDT)"
        assert self.render(sub_entity, "name", "ar") == (
            "<bdi>Center for Democracy &amp; Technology (CDT)</bdi>"
        )
        # Other languages are left alone.
        sub_entity.name_fr = "Équipe spéciale (TFIS)"
        assert self.render(sub_entity, "name", "fr") == "Équipe spéciale (TFIS)"

    def test_arabic_paragraphs_keep_their_breaks(self):
        page = factories.PageFactory(intro_en="One.\n\nTwo", intro_ar="أولاً Hivos.\n\nثانياً\nسطر")
        template = Template('{% load coalition %}{% rich_text page "intro" %}')
        with translation.override("ar"):
            html = template.render(Context({"page": page}))
        assert html == '<p>أولاً <bdi class="nowrap">Hivos</bdi>.</p><p>ثانياً<br>سطر</p>'

    def test_page_marks_fallback_paragraphs(self, client, collaboration_page):
        collaboration_page.intro_en = "First paragraph.\n\nSecond paragraph."
        collaboration_page.title_fr = "Collaboration multipartite"
        collaboration_page.save()
        html = client.get("/fr/multistakeholder-collaboration/").text
        assert '<div lang="en"><p>First paragraph.</p><p>Second paragraph.</p></div>' in html
        assert "<h1>Collaboration multipartite</h1>" in html


def test_the_500_page_needs_no_database(client, settings, django_db_blocker):
    """The error page renders in the visitor's language with the database out of reach."""
    from django.template.loader import render_to_string

    with django_db_blocker.block(), translation.override("fr"):
        html = render_to_string("500.html")
    assert '<html lang="fr" dir="ltr">' in html
    assert "<h1>" in html


def test_style_sheets_stay_small():
    """All the CSS a page loads stays under 30 KB (uncompressed)."""
    from pathlib import Path

    css = Path(__file__).resolve().parent.parent / "static" / "css"
    screen = [css / "site.css", css / "charts.css"]
    assert sum(path.stat().st_size for path in screen) < 30_000


class TestBrand:
    """The coalition's icons, web app manifest and link-preview card, in each language."""

    @pytest.mark.parametrize(
        ("code", "name", "direction"),
        [
            ("en", "Freedom Online Coalition", "ltr"),
            ("fr", "Coalition pour la liberté en ligne", "ltr"),
            ("es", "Coalición para la Libertad en Línea", "ltr"),
            ("ar", "ائتلاف الحرية على الإنترنت", "rtl"),
        ],
    )
    def test_manifest_names_the_coalition_in_the_language(self, client, code, name, direction):
        from django.contrib.staticfiles import finders

        response = client.get(f"/{code}/manifest.webmanifest")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/manifest+json"
        manifest = response.json()
        assert (manifest["name"], manifest["lang"], manifest["dir"]) == (name, code, direction)
        assert manifest["start_url"] == f"/{code}/"
        assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512", "any"}
        for icon in manifest["icons"]:
            assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]

    @pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
    def test_pages_link_the_icons_the_manifest_and_a_preview_card(self, client, code):
        from django.contrib.staticfiles import finders
        from PIL import Image

        html = client.get(f"/{code}/").text
        assert f'<link rel="manifest" href="/{code}/manifest.webmanifest">' in html
        card = re.search(
            r'<meta property="og:image" content="http://testserver/static/([^"]+)">', html
        )
        assert card
        assert card.group(1) == f"img/og/foc-{code}.png"
        with Image.open(finders.find(card.group(1))) as image:
            assert image.size == (1200, 630)
        for icon, size in (
            ("favicon-32.png", 32),
            ("apple-touch-icon.png", 180),
            ("icon-192.png", 192),
            ("icon-512.png", 512),
        ):
            with Image.open(finders.find(f"img/icons/{icon}")) as image:
                assert image.size == (size, size)
        assert '<link rel="icon" href="/static/img/icons/mark.svg" type="image/svg+xml">' in html
        assert '<link rel="apple-touch-icon" href="/static/img/icons/apple-touch-icon.png">' in html
        assert 'href="/static/img/icons/favicon-32.png" sizes="32x32"' in html

    def test_the_brand_is_named_in_the_language_and_the_menu_works_without_script(self, client):
        html = client.get("/ar/").text
        brand = html.split('<a class="brand"')[1].split("</a>")[0]
        assert '<span class="brand__name">ائتلاف الحرية على الإنترنت</span>' in brand
        assert 'aria-hidden="true"' in brand.split("<svg")[1].split(">")[0]  # the mark
        # the sections are inside a <details>, which opens without JavaScript
        menu = html.split('<details class="menu"')[1].split("</details>")[0]
        assert "<summary" in menu
        assert 'class="site-nav"' in menu


def test_pages_neither_link_to_nor_name_related_items_that_are_not_public(client):
    """A published item whose conference, task force, host state, outcome document or
    partnership is a draft: no link to a 404, and the draft's name is not given away
    (a host state, a fact of the conference, is named without a link)."""
    draft = {"status": Status.DRAFT}
    host = factories.MemberStateFactory(country="FI", slug="finland", **draft)
    conference = factories.ConferenceFactory(host=host, title_en="Secret conference", **draft)
    sub_entity = factories.SubEntityFactory(name_en="Secret task force", **draft)
    document = factories.DocumentFactory(conference=conference, sub_entity=sub_entity)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    page = response.text
    assert document.title_en in page
    assert "Secret conference" not in page
    assert "Secret task force" not in page

    shown = factories.ConferenceFactory(host=host)
    page = client.get(shown.get_absolute_url()).text
    assert "Finland" in page
    assert host.get_absolute_url() not in page

    outcome = factories.DocumentFactory(title_en="Secret outcome", **draft)
    factories.RegionalConsultationFactory(outcome_document=outcome)
    page = client.get(reverse("coalition:conference_list")).text
    assert "the Ottawa Agenda" in page
    assert outcome.get_absolute_url() not in page

    partnership = factories.PartnershipFactory(name_en="Secret partnership", **draft)
    section = factories.PageSectionFactory(partnership=partnership)
    page = client.get(section.page.get_absolute_url()).text
    assert section.heading_en in page
    assert "Secret partnership" not in page
    assert partnership.website not in page


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://www.accessnow.org/", "www.accessnow.org"),
        ("http://example.org/en/about/", "example.org/en/about"),
        ("https://example.org/" + "a" * 80, "example.org/" + "a" * 47 + "…"),
        ("", ""),
    ],
)
def test_web_addresses_read_as_written_in_every_direction(url, shown):
    """Without scheme or closing slash, its path kept, isolated left to right (an Arabic
    page would otherwise show "/www.accessnow.org")."""
    html = Template("{% load coalition %}{{ url|web_address }}").render(Context({"url": url}))
    assert html == (f'<bdi dir="ltr">{shown}</bdi>' if shown else "")


def test_a_members_website_is_isolated_on_arabic_pages(client):
    member = factories.AdvisoryMemberFactory(website="https://www.accessnow.org/")
    html = client.get(member.get_absolute_url().replace("/en/", "/ar/")).text
    assert '<bdi dir="ltr">www.accessnow.org</bdi>' in html


def test_the_breadcrumb_names_the_item_as_its_heading_does(client):
    """English shown on a French page is marked as English there too; on an Arabic page a
    Latin name is isolated; the JSON-LD trail has the name as text."""
    factories.NewsItemFactory(title_en="Untranslated news", slug="untranslated")
    html = client.get("/fr/news/untranslated/").text
    assert '<span aria-current="page"><span lang="en">Untranslated news</span></span>' in html
    from tests.test_navigation import of_type

    trail = of_type(html, "BreadcrumbList")["itemListElement"]
    assert trail[-1]["name"] == "Untranslated news"
    member = factories.AdvisoryMemberFactory(name_en="Access Now", name_ar="")
    html = client.get(f"/ar/advisory-network/{member.slug}/").text
    assert '<span aria-current="page"><span lang="en" dir="ltr">Access Now</span></span>' in html


def test_link_previews_name_the_locale_as_open_graph_does(client):
    html = client.get("/ar/").text
    assert '<meta property="og:locale" content="ar_AR">' in html
    for locale in ("en_GB", "fr_FR", "es_ES"):
        assert f'<meta property="og:locale:alternate" content="{locale}">' in html
