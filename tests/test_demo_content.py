"""The demo content and its loader (manage.py load_demo_content)."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone, translation

from coalition.demo import pages as demo_pages
from coalition.models import (
    AdvisoryMember,
    Chairship,
    CoChairTerm,
    Cohort,
    Conference,
    ConferenceFormat,
    Document,
    HeadingLevel,
    LiveList,
    MemberKind,
    MemberState,
    NewsItem,
    Page,
    Partnership,
    Region,
    RegionalConsultation,
    Status,
    SubEntity,
)
from coalition.rich_text import html_to_plain, plain_to_html

pytestmark = pytest.mark.django_db

# The client's copy of the Multistakeholder Collaboration page, word for word.
EXPECTED_INTRO = (
    "The Coalition’s Member States are committed to inclusive and open multistakeholder "
    "governance of digital technologies, including the Internet, and to foster sustained "
    "dialogue with external stakeholders to share knowledge and expertise."
    "\n\n"
    "To facilitate engagement with external stakeholders, the Coalition identified the "
    "development of a strong mechanism for ongoing multistakeholder engagement as a "
    "priority during the 6th Freedom Online Conference in Costa Rica. In 2018, the FOC "
    "Advisory Network (FOC-AN) was established to play that role through regular "
    "engagement with FOC governments."
    "\n\n"
    "In addition to engaging with the FOC-AN, the Coalition has welcomed input from "
    "external stakeholders including those from civil society, academia, industry, media, "
    "and the technical community through various activities and events. These include the "
    "periodic Freedom Online Conference, and through regional consultations, which were "
    "most recently held with stakeholders in the Asia-Pacific, Europe, Latin America, "
    "North America, Sub-Saharan Africa, and Middle East and North Africa regions during "
    "2022 to support the development of the FOC Ottawa Agenda."
)
EXPECTED_ADVISORY_NETWORK = (
    "The FOC Advisory Network (FOC-AN) is an independent multistakeholder group composed "
    "of civil society, academia and private sector representatives who provide advice on "
    "aims, objectives and activities, as well as support the FOC’s mission of advancing "
    "Internet freedom and human rights online through its working methods."
)
EXPECTED_SUB_ENTITIES = (
    "The FOC’s Task Forces & Working Groups provide a mechanism for focused and "
    "issue-based engagement, supporting the implementation of FOC statements, other "
    "outputs, and recommendations. Task Forces and Working Groups are led by FOC Member "
    "States, often in collaboration with Advisory Network Members, and facilitate "
    "capacity building, coordination on key policy issues, and are a channel for regular "
    "communication, enabling tangible outcomes."
)
EXPECTED_DIGITAL_DEFENDERS = (
    "Through the Digital Defenders Partnership (DDP), several Coalition countries support "
    "efforts to respond to digital threats and to create resilient and sustainable "
    "networks of support to human rights defenders. DDP is managed by the Dutch NGO "
    "Hivos. Further information can be found by visiting:"
)


def load_demo(*options):
    output = StringIO()
    call_command("load_demo_content", *options, stdout=output)
    return output.getvalue()


def primary_keys():
    """Every row of the coalition app, by model: what a second run must not add to."""
    return {
        model.__name__: set(model.objects.values_list("pk", flat=True))
        for model in apps.get_app_config("coalition").get_models()
    }


@pytest.fixture
def demo():
    return load_demo()


def test_member_states_with_the_withdrawn_united_states_and_the_observer(demo):
    assert MemberState.objects.count() == 42
    assert MemberState.objects.members().count() == 40
    (united_states,) = MemberState.objects.withdrawn()
    assert (united_states.country.code, united_states.year_joined, united_states.year_left) == (
        "US",
        2011,
        2026,
    )
    (taiwan,) = MemberState.objects.observers()
    assert (taiwan.country.code, taiwan.region) == ("TW", Region.ASIA_PACIFIC)
    assert MemberState.objects.get(country="ES").year_joined == 2015
    assert MemberState.objects.filter(year_joined=2011, join_order=None).count() == 15
    in_order = MemberState.objects.exclude(join_order=None).in_joining_order()
    assert [state.country.code for state in in_order][-3:] == ["CV", "SI", "CO"]
    assert MemberState.objects.get(join_order=41).country.code == "CO"


def test_chairships(demo):
    assert Chairship.objects.count() == 15
    assert not Chairship.objects.filter(year=2020).exists()
    interim = Chairship.objects.get(year=2017)
    assert not interim.chairs.exists()
    assert interim.group_name_en == "Friends of the Chair"
    assert "interim" in interim.note_en
    chairs = {
        chairship.year: sorted(state.country.code for state in chairship.chairs.all())
        for chairship in Chairship.objects.prefetch_related("chairs")
    }
    assert chairs[2023] == ["US"]
    assert chairs[2026] == ["CH"]


def test_conferences(demo):
    assert list(Conference.objects.order_by("edition").values_list("edition", flat=True)) == list(
        range(1, 10)
    )
    tallinn = Conference.objects.get(edition=4)
    assert tallinn.title_en == "Freedom Online Conference 2014"
    assert tallinn.host.country.code == "EE"
    assert tallinn.city_fr == "Tallinn"
    helsinki = Conference.objects.get(edition=9)
    assert helsinki.format == ConferenceFormat.VIRTUAL
    assert (helsinki.start_date.isoformat(), helsinki.end_date.isoformat()) == (
        "2021-11-30",
        "2021-12-03",
    )


def test_advisory_network(demo):
    assert Cohort.objects.count() == 4
    assert AdvisoryMember.objects.count() >= 22
    assert not AdvisoryMember.objects.exclude(kind=MemberKind.ORGANISATION).exists()
    assert not AdvisoryMember.objects.exclude(photo="").exists()
    assert AdvisoryMember.objects.get(slug="media-rights-agenda").country.code == "NG"
    current_cohort = Cohort.objects.get(start_year=2024)
    assert current_cohort.members.filter(slug="global-network-initiative").exists()
    assert CoChairTerm.objects.filter(member__slug="global-network-initiative", start_year=2025)


def test_documents_each_have_a_file_or_a_link(demo):
    assert Document.objects.count() >= 20
    assert not Document.objects.filter(file="", external_url="").exists()
    assert Document.objects.get(slug="hague-declaration").conference.edition == 1
    assert Document.objects.get(slug="nairobi-terms-of-reference").conference.edition == 2
    assert Document.objects.get(slug="tallinn-agenda").conference.edition == 4
    assert Document.objects.get(slug="san-jose-statement").conference.edition == 6
    assert Document.objects.get(slug="helsinki-declaration").conference.edition == 9
    expected_sub_entities = {
        "joint-statement-ai-and-human-rights": "tfair",
        "donor-principles-human-rights-digital-age": "funding-coordination-group",
        "safeguarding-trustworthy-global-information-ecosystem": "tftio",
        "joint-statement-internet-shutdowns-and-elections": "tfis",
    }
    for slug, sub_entity in expected_sub_entities.items():
        assert Document.objects.get(slug=slug).sub_entity.slug == sub_entity


def test_digital_defenders_partnership(demo):
    ddp = Partnership.objects.get(abbreviation_en="DDP")
    assert ddp.name_en == "Digital Defenders Partnership"
    assert ddp.managing_organisation_en == "Hivos"
    assert ddp.start_year == 2012
    assert ddp.website == "https://www.digitaldefenders.org/"
    assert {state.country.code for state in ddp.supporting_states.all()} == {
        "NL",
        "EE",
        "GB",
        "FI",
    }


def test_the_six_regional_consultations_fed_the_ottawa_agenda(demo):
    consultations = RegionalConsultation.objects.filter(year=2022)
    assert {consultation.region for consultation in consultations} == set(Region.values)
    ottawa = Document.objects.get(slug="foc-ottawa-agenda")
    assert ottawa.title_en == "FOC Ottawa Agenda"
    assert all(consultation.outcome_document == ottawa for consultation in consultations)
    assert all(consultation.process_en == "FOC Ottawa Agenda" for consultation in consultations)


def test_news(demo):
    assert 5 <= NewsItem.objects.count() <= 6
    colombia = NewsItem.objects.get(slug="colombia-becomes-41st-member")
    assert [state.country.code for state in colombia.member_states.all()] == ["CO"]
    assert NewsItem.objects.filter(member_states__country="US").exists()


def test_current_and_previous_sub_entities_in_2026(demo):
    current = set(SubEntity.objects.current(2026).values_list("slug", flat=True))
    previous = set(SubEntity.objects.previous(2026).values_list("slug", flat=True))
    assert current == {"tfair", "tfis", "tfde", "tftio", "funding-coordination-group"}
    assert previous == {
        "working-group-1",
        "working-group-2",
        "working-group-3",
        "strategic-review-working-group",
    }
    tfair = SubEntity.objects.get(slug="tfair")
    assert {(role.member_state.country.code, role.role) for role in tfair.state_roles.all()} == {
        ("NL", "co-chair"),
        ("DE", "co-chair"),
    }
    assert [role.advisory_member.slug for role in tfair.network_roles.all()] == ["icnl"]
    tfis = SubEntity.objects.get(slug="tfis")
    assert [(role.member_state.country.code, role.role) for role in tfis.state_roles.all()] == [
        ("GB", "chair")
    ]


def test_everything_is_published_in_the_past(demo):
    now = timezone.now()
    for model in (
        MemberState,
        AdvisoryMember,
        SubEntity,
        Conference,
        RegionalConsultation,
        Partnership,
        Document,
        NewsItem,
        Page,
    ):
        assert model.objects.published(now).count() == model.objects.count() > 0, model
        assert not model.objects.exclude(status=Status.PUBLISHED).exists()


def test_multistakeholder_page_is_the_clients_copy(demo):
    page = Page.objects.get(slug="multistakeholder-collaboration")
    assert page.show_in_navigation
    assert page.title_en == "Multistakeholder Collaboration"
    # Stored as rich text: the client's paragraphs, each its own <p>, word for word.
    assert page.intro_en == plain_to_html(EXPECTED_INTRO)
    assert html_to_plain(page.intro_en) == "\n\n".join(demo_pages.MULTISTAKEHOLDER_INTRO)
    assert page.intro_en.startswith("<p>The Coalition’s Member States are committed")
    sections = [
        (
            section.heading_en,
            section.heading_level,
            html_to_plain(section.body_en),
            section.live_list,
        )
        for section in page.sections.all()
    ]
    assert sections == [
        ("FOC Advisory Network", HeadingLevel.SECTION, EXPECTED_ADVISORY_NETWORK, ""),
        ("FOC Sub-Entities", HeadingLevel.SECTION, EXPECTED_SUB_ENTITIES, ""),
        ("Current FOC Sub-Entities", HeadingLevel.SUBSECTION, "", LiveList.CURRENT_SUB_ENTITIES),
        ("Previous FOC Sub-Entities", HeadingLevel.SUBSECTION, "", LiveList.PREVIOUS_SUB_ENTITIES),
        ("Digital Defenders Partnership", HeadingLevel.SECTION, EXPECTED_DIGITAL_DEFENDERS, ""),
    ]
    assert "support the FOC’s mission of advancing Internet freedom" in sections[0][2]
    assert sections[1][2].startswith("The FOC’s Task Forces & Working Groups provide")
    assert sections[4][2].endswith("Further information can be found by visiting:")
    assert page.sections.get(heading_en="Digital Defenders Partnership").partnership.slug == (
        "digital-defenders-partnership"
    )
    assert Page.objects.in_navigation().filter(slug="about").exists()


def test_pages_and_the_short_main_navigation(demo):
    assert Page.objects.count() == 6
    assert set(Page.objects.values_list("slug", flat=True)) == {
        "about",
        "multistakeholder-collaboration",
        "how-to-join",
        "contact",
        "accessibility",
        "privacy",
    }
    # How to join, the accessibility statement and the privacy notice are linked from the footer.
    assert list(Page.objects.in_navigation().values_list("slug", flat=True)) == [
        "about",
        "multistakeholder-collaboration",
        "contact",
    ]
    expected_sections = {"how-to-join": 4, "contact": 2, "accessibility": 4, "privacy": 6}
    for slug, count in expected_sections.items():
        page = Page.objects.get(slug=slug)
        assert page.sections.count() == count, slug
        assert page.summary_en, slug
        assert page.intro_en, slug
        for language in ("fr", "es", "ar"):
            assert getattr(page, f"title_{language}"), (slug, language)
            for section in page.sections.all():
                assert getattr(section, f"heading_{language}"), (slug, language, section)


def test_new_pages_say_what_they_must(demo):
    def text(slug):
        page = Page.objects.get(slug=slug)
        return "\n".join([page.intro_en, *(section.body_en for section in page.sections.all())])

    join = text("how-to-join")
    assert "Support Unit" in join
    assert "Chair" in join
    assert "geographic balance" in join
    assert "observer status" in join
    contact = text("contact")
    assert "Support Unit" in contact
    accessibility = text("accessibility")
    for words in (
        "WCAG) 2.2",
        "keyboard",
        "landmarks",
        "axe-core",
        "right-to-left",
        "contact page",
    ):
        assert words in accessibility, words
    privacy = text("privacy")
    for words in ("twelve months", "no analytics", "cookie", "data controller", "Support Unit"):
        assert words in privacy, words
    for slug in ("how-to-join", "contact", "accessibility", "privacy"):
        assert "@" not in text(slug), slug  # no e-mail addresses, personal or otherwise
    with translation.override("ar"):
        assert Page.objects.get(slug="privacy").title == "إشعار الخصوصية"
        assert Page.objects.get(slug="contact").sections.first().heading == "من يجيب"


def test_short_fields_and_main_pages_are_translated_and_profiles_fall_back(demo):
    tallinn_agenda = Document.objects.get(slug="tallinn-agenda")
    page = Page.objects.get(slug="multistakeholder-collaboration")
    with translation.override("fr"):
        assert Conference.objects.get(edition=1).city == "La Haye"
        assert page.title == "Collaboration multipartite"
        assert tallinn_agenda.title.startswith("Agenda de Tallinn")
        assert page.intro.startswith("<p>Les États membres de la coalition")
        assert page.intro.count("<p>") == EXPECTED_INTRO.count("\n\n") + 1
    with translation.override("es"):
        assert (
            SubEntity.objects.get(slug="tfis").name
            == "Equipo de Tareas sobre los Cortes de Internet"
        )
    with translation.override("ar"):
        assert Conference.objects.get(edition=4).title == "مؤتمر الحرية على الإنترنت 2014"
        assert SubEntity.objects.get(slug="tfair").abbreviation == "TFAIR"
    # Member-state profiles stay in English, to show the marked fallback.
    assert MemberState.objects.get(country="CA").profile_fr is None


def test_the_demo_meets_the_translation_target(demo):
    """translation_status: the interface complete, the short fields at 95 % or more."""
    out = StringIO()
    call_command("translation_status", "--fail-under", "95", stdout=out)
    assert "Every language is at 95% or more." in out.getvalue()
    for name in ("about", "multistakeholder-collaboration", "how-to-join"):
        page = Page.objects.get(slug=name)
        for language in ("fr", "es", "ar"):
            assert getattr(page, f"intro_{language}"), (name, language)
            for section in page.sections.exclude(body_en=""):
                assert getattr(section, f"body_{language}"), (name, section.heading_en)


def test_placeholder_pdfs_are_in_the_media_folder(demo):
    media_root = Path(settings.MEDIA_ROOT)
    for document in Document.objects.all():
        assert document.file.name == f"documents/{document.slug}.pdf"
        path = Path(document.file.path)
        assert path.is_relative_to(media_root)
        pdf = path.read_bytes()
        assert pdf.startswith(b"%PDF-")
        assert pdf.rstrip().endswith(b"%%EOF")
        xref_at = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))
        assert pdf[xref_at:].startswith(b"xref")
        assert b"Demonstration placeholder" in pdf


def test_placeholder_pdf_shows_the_title_and_date(demo):
    pdf = Path(Document.objects.get(slug="san-jose-statement").file.path).read_bytes()
    assert b"(San Jos\\351 Statement and Work Plan) Tj" in pdf
    assert b"(17 October 2016) Tj" in pdf


def test_a_second_run_creates_nothing(demo):
    assert re.match(r"Demo content: \d+ created, 0 updated, 0 left as they were", demo)
    before = primary_keys()
    output = load_demo()
    assert output.startswith("Demo content: 0 created, 0 updated,")
    assert primary_keys() == before


def test_edits_survive_a_rerun_and_update_restores_the_demo_values(demo):
    canada = MemberState.objects.get(country="CA")
    demo_profile = canada.profile_en
    canada.profile_en = "Edited by staff."
    canada.save()
    Chairship.objects.get(year=2026).chairs.clear()
    tfair = SubEntity.objects.get(slug="tfair")
    tfair.name_fr = "Nom modifié"
    tfair.save()
    tfair.state_roles.filter(member_state__country="DE").delete()
    Document.objects.get(slug="tallinn-agenda").delete()

    load_demo()
    canada.refresh_from_db()
    tfair.refresh_from_db()
    assert canada.profile_en == "<p>Edited by staff.</p>"  # rich text, from plain text
    assert not Chairship.objects.get(year=2026).chairs.exists()
    assert tfair.name_fr == "Nom modifié"
    assert tfair.state_roles.count() == 1
    assert Document.objects.filter(slug="tallinn-agenda").exists()

    assert "0 created" in load_demo("--update")
    canada.refresh_from_db()
    tfair.refresh_from_db()
    assert canada.profile_en == demo_profile
    assert [state.country.code for state in Chairship.objects.get(year=2026).chairs.all()] == ["CH"]
    assert tfair.name_fr.startswith("Équipe spéciale")
    assert tfair.state_roles.count() == 2


def test_update_keeps_a_file_that_staff_uploaded(demo):
    document = Document.objects.get(slug="foc-ottawa-agenda")
    document.file.save("ottawa-agenda-official.pdf", ContentFile(b"%PDF-1.7 official"))
    uploaded = document.file.name  # documents/<random>/ottawa-agenda-official.pdf
    load_demo("--update")
    document.refresh_from_db()
    assert document.file.name == uploaded
    assert re.fullmatch(r"documents/[0-9a-f]{32}/ottawa-agenda-official\.pdf", uploaded)
