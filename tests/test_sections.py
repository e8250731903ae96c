"""The public sections: every list and detail page, its content, its 404s and its query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from coalition import sections
from coalition.models import (
    AdvisoryMember,
    Document,
    MembershipStatus,
    NewsItem,
    Role,
    Sector,
    Status,
    SubEntity,
)
from tests import factories

pytestmark = pytest.mark.django_db

COUNTRIES = ["NL", "CA", "EE", "GH", "DE", "FI", "SE", "FR", "GB", "KE"]


@pytest.fixture
def site():
    """The fixed part of the content: states, a chairship, a cohort, a conference, a partnership."""
    states = [factories.MemberStateFactory(country=code, slug=code.lower()) for code in COUNTRIES]
    factories.ChairshipFactory(year=2024).chairs.add(states[0])
    cohort = factories.CohortFactory(start_year=2024, end_year=2026)
    conference = factories.ConferenceFactory(edition=1, slug="c-1", host=states[0])
    partnership = factories.PartnershipFactory(slug="ddp")
    partnership.supporting_states.add(*states)
    return {
        "states": states,
        "cohort": cohort,
        "conference": conference,
        "partnership": partnership,
    }


def add_rows(site, rows):
    """`rows` more of everything, related the way real content is."""
    for i in range(rows):
        state = site["states"][i % len(site["states"])]
        member = factories.AdvisoryMemberFactory(sector=Sector.values[i % 4])
        member.cohorts.add(site["cohort"])
        sub_entity = factories.SubEntityFactory(start_year=2013, end_year=2017 if i % 2 else None)
        sub_entity.state_roles.create(member_state=state, role=Role.CHAIR)
        sub_entity.network_roles.create(advisory_member=member)
        document = factories.DocumentFactory(conference=site["conference"], sub_entity=sub_entity)
        document.lead_states.add(state)
        news = factories.NewsItemFactory()
        news.member_states.add(state)
        news.sub_entities.add(sub_entity)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    assert len(response.content) < 60_000, url
    return len(captured)


# Every section's list page, from the one list of sections (coalition/sections.py).
LIST_PAGES = [url_name for url_name, _title in sections.navigation()]


@pytest.mark.parametrize("url_name", LIST_PAGES)
def test_list_pages_use_the_same_few_queries_with_5_and_50_rows(client, site, url_name):
    add_rows(site, 5)
    with_5 = queries(client, reverse(url_name))
    add_rows(site, 45)
    with_50 = queries(client, reverse(url_name))
    assert with_5 == with_50 <= 12


def detail_urls(site):
    return [
        site["states"][0].get_absolute_url(),
        AdvisoryMember.objects.first().get_absolute_url(),
        SubEntity.objects.first().get_absolute_url(),
        site["conference"].get_absolute_url(),
        site["partnership"].get_absolute_url(),
        Document.objects.first().get_absolute_url(),
        NewsItem.objects.first().get_absolute_url(),
    ]


def test_detail_pages_use_the_same_few_queries_with_5_and_50_rows(client, site):
    add_rows(site, 5)
    with_5 = [queries(client, url) for url in detail_urls(site)]
    add_rows(site, 45)
    with_50 = [queries(client, url) for url in detail_urls(site)]
    assert with_5 == with_50
    assert max(with_50) <= 12


@pytest.mark.parametrize(
    "path",
    [
        "/en/members/atlantis/",
        "/en/advisory-network/nobody/",
        "/en/task-forces-and-working-groups/none/",
        "/en/conferences/never/",
        "/en/partnerships/none/",
        "/en/documents/none/",
        "/en/news/none/",
    ],
)
def test_unknown_slugs_are_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_unpublished_items_are_404_and_absent_from_lists(client, site):
    draft_document = factories.DocumentFactory(status=Status.DRAFT, title_en="Secret draft")
    draft_news = factories.NewsItemFactory(status=Status.DRAFT, title_en="Embargoed news")
    draft_state = factories.MemberStateFactory(country="IT", slug="italy", status=Status.DRAFT)
    draft_member = factories.AdvisoryMemberFactory(status=Status.DRAFT, name_en="Hidden org")
    for obj in (draft_document, draft_news, draft_state, draft_member):
        assert client.get(obj.get_absolute_url()).status_code == 404
    assert "Secret draft" not in client.get(reverse("coalition:document_list")).text
    assert "Embargoed news" not in client.get(reverse("coalition:news_list")).text
    assert "Italy" not in client.get(reverse("coalition:member_list")).text
    assert "Hidden org" not in client.get(reverse("coalition:network_list")).text


class TestMembers:
    def test_members_by_region_observers_and_former_members(self, client):
        factories.MemberStateFactory(
            country="GH", slug="ghana", region="sub-saharan-africa", year_joined=2011
        )
        factories.MemberStateFactory(
            country="TW",
            slug="taiwan",
            region="asia-pacific",
            status_in_coalition=MembershipStatus.OBSERVER,
            year_joined=2024,
        )
        factories.MemberStateFactory(
            country="US",
            slug="united-states",
            region="north-america",
            status_in_coalition=MembershipStatus.WITHDRAWN,
            year_left=2026,
        )
        page = client.get(reverse("coalition:member_list")).text
        assert "The coalition has 1 member state" in page
        html = page[page.index('id="by-region"') :]  # the list, after the map
        assert html.index("Sub-Saharan Africa") < html.index("Ghana") < html.index("Observers")
        assert html.index("Observers") < html.index("Taiwan") < html.index("Former members")
        assert "member from 2011 to 2026" in html

    @pytest.mark.parametrize(
        ("sort", "first", "second"),
        [("name", "Austria", "Switzerland"), ("year", "Switzerland", "Austria")],
    )
    def test_sorting_by_name_or_year(self, client, sort, first, second):
        factories.MemberStateFactory(
            country="CH", slug="switzerland", year_joined=2019, join_order=31
        )
        factories.MemberStateFactory(country="AT", slug="austria", year_joined=2025)
        query = {"sort": sort} if sort != "name" else {}  # by name: the list's own address
        html = client.get(reverse("coalition:member_list"), query).text
        assert html.index(f"> {first}<") < html.index(f"> {second}<")

    def test_a_bad_sort_goes_to_the_clean_address(self, client):
        factories.MemberStateFactory(country="CH", slug="switzerland")
        url = reverse("coalition:member_list")
        response = client.get(url, {"sort": "'; drop table"}, follow=True)
        assert response.redirect_chain == [(url, 301)]
        assert response.context["sort"] == "name"

    def test_member_page_shows_rank_chairs_and_relations(self, client, site):
        add_rows(site, 2)
        state = site["states"][0]
        state.join_order = 31
        state.save()
        html = client.get(state.get_absolute_url()).text
        assert "the coalition’s 31st member" in html
        assert "2024" in html  # chair year
        assert site["conference"].title in html
        assert "Digital Defenders Partnership" in html
        assert Document.objects.filter(lead_states=state).first().title in html

    def test_member_names_are_translated(self, client, site):
        html = client.get(site["states"][4].get_absolute_url().replace("/en/", "/fr/")).text
        heading = html[html.index("<h1") : html.index("</h1>")]
        assert "Allemagne" in heading


class TestAdvisoryNetwork:
    def test_grouped_by_sector_with_filter_links(self, client):
        factories.AdvisoryMemberFactory(name_en="Access Now", sector=Sector.CIVIL_SOCIETY)
        factories.AdvisoryMemberFactory(name_en="Microsoft", sector=Sector.PRIVATE_SECTOR)
        html = client.get(reverse("coalition:network_list")).text
        civil, private = (
            html.index('id="sector-civil-society"'),
            html.index('id="sector-private-sector"'),
        )
        assert civil < html.index("Access Now") < private < html.index("Microsoft")
        assert 'href="?sector=academia"' in html

    def test_filter_by_sector(self, client):
        factories.AdvisoryMemberFactory(name_en="Access Now", sector=Sector.CIVIL_SOCIETY)
        factories.AdvisoryMemberFactory(name_en="Microsoft", sector=Sector.PRIVATE_SECTOR)
        html = client.get(reverse("coalition:network_list"), {"sector": "private-sector"}).text
        assert "Microsoft" in html
        assert "Access Now" not in html

    @pytest.mark.parametrize("bad", ["nonsense", "", "<script>", "civil-society'"])
    def test_unknown_sector_shows_everyone(self, client, bad):
        factories.AdvisoryMemberFactory(name_en="Access Now", sector=Sector.CIVIL_SOCIETY)
        url = reverse("coalition:network_list")
        response = client.get(url, {"sector": bad}, follow=True)
        assert response.redirect_chain == [(url, 301)]
        assert "Access Now" in response.text


class TestDocuments:
    def test_filter_by_kind_and_year(self, client):
        import datetime

        factories.DocumentFactory(
            title_en="Report 2015", kind="report", date=datetime.date(2015, 11, 1)
        )
        factories.DocumentFactory(
            title_en="Statement 2015", kind="joint-statement", date=datetime.date(2015, 6, 1)
        )
        factories.DocumentFactory(
            title_en="Report 2023", kind="report", date=datetime.date(2023, 1, 1)
        )
        html = client.get(
            reverse("coalition:document_list"), {"kind": "report", "year": "2015"}
        ).text
        assert "Report 2015" in html
        assert "Statement 2015" not in html
        assert "Report 2023" not in html
        assert "1 document" in html

    @pytest.mark.parametrize(
        "query",
        [{"kind": "x"}, {"year": "abc"}, {"year": "99999"}, {"year": "-1"}, {"year": "²"}],
    )
    def test_malformed_filters_go_to_the_clean_address(self, client, query):
        factories.DocumentFactory(title_en="Visible")
        url = reverse("coalition:document_list")
        response = client.get(url, query, follow=True)
        assert response.redirect_chain == [(url, 301)]
        assert "Visible" in response.text

    def test_pagination_keeps_the_filters(self, client):
        factories.DocumentFactory.create_batch(25, kind="report")
        html = client.get(reverse("coalition:document_list"), {"kind": "report"}).text
        assert 'href="?kind=report&amp;page=2"' in html
        assert (
            client.get(
                reverse("coalition:document_list"), {"kind": "report", "page": "2"}
            ).status_code
            == 200
        )

    def test_a_page_that_does_not_exist_is_404(self, client):
        factories.DocumentFactory()
        assert client.get(reverse("coalition:document_list"), {"page": "99"}).status_code == 404

    @pytest.mark.parametrize("page", ["abc", "0", "²", "1e3", "-1"])
    def test_a_page_number_that_is_no_number_goes_to_the_clean_address(self, client, page):
        factories.DocumentFactory()
        response = client.get(reverse("coalition:document_list"), {"page": page})
        assert response.status_code == 301
        assert response["Location"] == reverse("coalition:document_list")

    def test_download_shows_format_and_size(self, client):
        from django.core.files.base import ContentFile

        document = factories.DocumentFactory.build(external_url="")
        document.file.save(
            "statement.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 2048)
        )  # saves the document
        html = client.get(document.get_absolute_url()).text
        assert "PDF, 2.0" in html
        download = reverse("coalition:document_download", args=[document.slug])
        assert f'href="{download}"' in html

    def test_a_missing_file_does_not_break_the_page(self, client):
        document = factories.DocumentFactory.build(external_url="", file="documents/gone.pdf")
        document.save()
        response = client.get(document.get_absolute_url())
        assert response.status_code == 200
        assert "PDF" in response.text


class TestOtherSections:
    def test_sub_entities_current_and_previous(self, client):
        factories.SubEntityFactory(name_en="Ongoing Task Force", start_year=2020)
        factories.SubEntityFactory(name_en="Working Group 1", start_year=2013, end_year=2017)
        html = client.get(reverse("coalition:sub_entity_list")).text
        assert (
            html.index("Current")
            < html.index("Ongoing Task Force")
            < html.index("Previous")
            < html.index("Working Group 1")
        )

    def test_sub_entity_page_has_mandate_leads_and_documents(self, client, site):
        add_rows(site, 1)
        sub_entity = SubEntity.objects.get()
        sub_entity.mandate_en = "To end shutdowns."
        sub_entity.save()
        html = client.get(sub_entity.get_absolute_url()).text
        assert "To end shutdowns." in html
        assert "Netherlands" in html
        assert Document.objects.get().title in html

    def test_conference_page_has_host_theme_and_outcome_documents(self, client, site):
        conference = site["conference"]
        conference.theme_en = "Free and Secure Internet for All"
        conference.save()
        factories.DocumentFactory(title_en="Tallinn Agenda", conference=conference)
        html = client.get(conference.get_absolute_url()).text
        assert "Free and Secure Internet for All" in html
        assert "Tallinn Agenda" in html
        assert "Netherlands" in html

    def test_partnership_page_marks_its_external_link(self, client, site):
        html = client.get(site["partnership"].get_absolute_url()).text
        assert 'href="https://www.digitaldefenders.org/" rel="external"' in html
        assert "(external website)" in html
        assert "Hivos" in html

    def test_news_page_links_related_content(self, client, site):
        add_rows(site, 1)
        html = client.get(NewsItem.objects.get().get_absolute_url()).text
        assert site["states"][0].get_absolute_url() in html
        assert SubEntity.objects.get().get_absolute_url() in html


class TestEveryPage:
    def test_breadcrumbs_titles_and_descriptions(self, client, site):
        add_rows(site, 1)
        document = Document.objects.get()
        document.summary_en = "A short summary."
        document.save()
        html = client.get(document.get_absolute_url()).text
        assert f"<title>{document.title} | Freedom Online Coalition</title>" in html
        assert '<meta name="description" content="A short summary.">' in html
        assert '<meta property="og:description" content="A short summary.">' in html
        assert '<nav class="wrap breadcrumbs" aria-label="Breadcrumb">' in html
        assert f'<span aria-current="page">{document.title}</span>' in html

    def test_section_is_marked_current_in_the_navigation(self, client, site):
        html = client.get(site["partnership"].get_absolute_url()).text
        assert f'<a href="{reverse("coalition:partnership_list")}" aria-current="true">' in html
        html = client.get(reverse("coalition:partnership_list")).text
        assert f'<a href="{reverse("coalition:partnership_list")}" aria-current="page">' in html
