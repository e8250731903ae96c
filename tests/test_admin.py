import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from coalition import models
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each():
    """One saved object of every model registered in the admin."""
    state = factories.MemberStateFactory(country="NL", slug="netherlands")
    chairship = factories.ChairshipFactory(year=2024)
    chairship.chairs.add(state)
    cohort = factories.CohortFactory()
    member = factories.AdvisoryMemberFactory()
    member.cohorts.add(cohort)
    models.CoChairTerm.objects.create(member=member, start_year=2025)
    sub_entity = factories.SubEntityFactory()
    sub_entity.state_roles.create(member_state=state, role=models.Role.CHAIR)
    sub_entity.network_roles.create(advisory_member=member)
    conference = factories.ConferenceFactory()
    document = factories.DocumentFactory(conference=conference, sub_entity=sub_entity)
    document.lead_states.add(state)
    consultation = factories.RegionalConsultationFactory(outcome_document=document)
    partnership = factories.PartnershipFactory()
    partnership.supporting_states.add(state)
    news = factories.NewsItemFactory()
    section = factories.PageSectionFactory(partnership=partnership)
    return [
        state,
        chairship,
        cohort,
        member,
        sub_entity,
        conference,
        document,
        consultation,
        partnership,
        news,
        section.page,
    ]


def admin_url(obj_or_model, view, *args):
    meta = obj_or_model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def test_every_content_model_is_in_the_admin(one_of_each):
    registered = {model for model in admin.site._registry if model._meta.app_label == "coalition"}
    # Contact messages come from visitors, not staff: tests/test_contact.py covers their admin.
    # The site settings are one row, never added: tests/test_navigation.py covers their admin.
    # Changes for review are listed, never edited: tests/test_review.py covers their list.
    assert {type(obj) for obj in one_of_each} == registered - {
        models.ContactMessage,
        models.SiteSettings,
        models.PendingChange,
    }


def test_secretariat_sees_every_changelist_add_and_change_page(secretariat_client, one_of_each):
    for obj in one_of_each:
        for url in (
            admin_url(obj, "changelist"),
            admin_url(obj, "add"),
            admin_url(obj, "change", obj.pk),
        ):
            response = secretariat_client.get(url)
            assert response.status_code == 200, url


def test_change_pages_have_a_tab_per_language(secretariat_client, one_of_each):
    page = one_of_each[-1]
    html = secretariat_client.get(admin_url(page, "change", page.pk)).text
    for code in ("en", "fr", "es", "ar"):
        assert f'name="title_{code}"' in html
    assert "/static/admin/js/language_tabs.js" in html  # the language tabs (our own)
    assert "googleapis" not in html


def test_search_covers_every_language(secretariat_client, one_of_each):
    sub_entity = one_of_each[4]
    sub_entity.name_ar = "فرقة العمل المعنية بالمساواة الرقمية"
    sub_entity.save()
    response = secretariat_client.get(admin_url(sub_entity, "changelist"), {"q": "المساواة"})
    assert list(response.context["cl"].result_list) == [sub_entity]


def test_member_states_can_be_found_by_country_name(secretariat_client, one_of_each):
    response = secretariat_client.get(admin_url(models.MemberState, "changelist"), {"q": "nether"})
    assert [str(state) for state in response.context["cl"].result_list] == ["Netherlands"]


@pytest.mark.parametrize(
    ("period", "expected"), [("current", ["Ongoing"]), ("previous", ["Ended"])]
)
def test_current_or_previous_filter(secretariat_client, period, expected):
    factories.SubEntityFactory(name_en="Ongoing", start_year=2020)
    factories.SubEntityFactory(name_en="Ended", start_year=2013, end_year=2017)
    response = secretariat_client.get(admin_url(models.SubEntity, "changelist"), {"period": period})
    assert [obj.name for obj in response.context["cl"].result_list] == expected


def test_inline_lead_states_are_saved_with_the_sub_entity(secretariat_client):
    state = factories.MemberStateFactory(country="GB", slug="united-kingdom")
    data = {
        "kind": models.SubEntityKind.TASK_FORCE,
        "name_en": "Task Force on Internet Shutdowns",
        "abbreviation_en": "TFIS",
        "slug": "tfis",
        "start_year": "2021",
        "status": "published",
        "published_at_0": "2021-12-01",
        "published_at_1": "10:00:00",
        "state_roles-TOTAL_FORMS": "1",
        "state_roles-INITIAL_FORMS": "0",
        "state_roles-0-member_state": str(state.pk),
        "state_roles-0-role": "chair",
        "state_roles-0-order": "0",
        "network_roles-TOTAL_FORMS": "0",
        "network_roles-INITIAL_FORMS": "0",
    }
    response = secretariat_client.post(admin_url(models.SubEntity, "add"), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    sub_entity = models.SubEntity.objects.get(slug="tfis")
    assert [(r.member_state, r.role) for r in sub_entity.state_roles.all()] == [(state, "chair")]


def test_bad_years_get_a_form_error_and_nothing_is_saved(secretariat_client):
    data = {
        "kind": "task-force",
        "name_en": "Backwards",
        "slug": "backwards",
        "start_year": "2020",
        "end_year": "2019",
        "status": "draft",
        "published_at_0": "2021-12-01",
        "published_at_1": "10:00:00",
        "state_roles-TOTAL_FORMS": "0",
        "state_roles-INITIAL_FORMS": "0",
        "network_roles-TOTAL_FORMS": "0",
        "network_roles-INITIAL_FORMS": "0",
    }
    response = secretariat_client.post(admin_url(models.SubEntity, "add"), data)
    assert response.status_code == 200
    assert "The last year cannot come before the first year." in response.text
    assert not models.SubEntity.objects.exists()


def test_publish_action(secretariat_client):
    draft = factories.DocumentFactory(status=models.Status.DRAFT)
    secretariat_client.post(
        admin_url(models.Document, "changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == models.Status.PUBLISHED


def test_secretariat_group_may_edit_content_and_nothing_else():
    permissions = Group.objects.get(name="Secretariat").permissions.all()
    assert {p.content_type.app_label for p in permissions} == {"coalition"}
    codenames = set(permissions.values_list("codename", flat=True))
    for model in ("memberstate", "subentity", "document", "page", "pagesection"):
        for action in ("add", "change", "delete", "view"):
            assert f"{action}_{model}" in codenames
    assert not Permission.objects.filter(
        group__name="Secretariat", codename__contains="user"
    ).exists()


def test_secretariat_cannot_manage_users(secretariat_client):
    assert secretariat_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_view_on_site_for_pages(secretariat_client):
    page = factories.PageFactory(slug="about")
    html = secretariat_client.get(admin_url(page, "change", page.pk)).text
    assert "View on site" in html


def test_each_language_input_carries_its_language_and_direction(secretariat_client, one_of_each):
    page = one_of_each[-1]
    html = secretariat_client.get(admin_url(page, "change", page.pk)).text
    assert re.search(r'<input[^>]*name="title_ar"[^>]*>', html).group(0).count('dir="rtl"') == 1
    assert 'lang="ar"' in re.search(r'<input[^>]*name="title_ar"[^>]*>', html).group(0)
    assert 'dir="ltr"' in re.search(r'<input[^>]*name="title_fr"[^>]*>', html).group(0)
    section_body = re.search(r'<textarea[^>]*name="sections-0-body_ar"[^>]*>', html).group(0)
    assert 'dir="rtl"' in section_body


def object_addresses(model_admin, object_id):
    """Every page of `model_admin` about one item (change, history, delete, a version's
    changes, share links…), for the item `object_id`; an id a page takes besides is 1."""
    for pattern in model_admin.urls:
        route = str(pattern.pattern)
        if "<path:object_id>" not in route or not pattern.name:
            continue
        extra = route.count("<int:")
        yield reverse(f"admin:{pattern.name}", args=[object_id, *[1] * extra])


@pytest.mark.parametrize("object_id", ["999999", "abc"])
def test_no_page_about_an_item_that_does_not_exist_is_an_error(admin_client, object_id):
    """Every admin page of every model, for an item that is not there: the admin's home
    page saying so, or a 404; never a server error (the history page was one)."""
    visited = 0
    for model_admin in admin.site._registry.values():
        for url in object_addresses(model_admin, object_id):
            for response in (
                admin_client.get(url, follow=True),
                admin_client.post(url, {}, follow=True),
            ):
                assert response.status_code in (200, 403, 404, 405), (url, response.status_code)
                if response.status_code == 200:
                    assert response.redirect_chain[-1][0] == reverse("admin:index"), url
                    assert "doesn’t exist" in response.text, url
            visited += 1
    assert visited > 60
