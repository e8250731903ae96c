"""History (django-reversion) and the staff groups of migration 0006.

Every change goes through the admin as a browser would send it: `submit()` reads the
form the admin rendered and posts it back, with the changes a person would type.
"""

from html.parser import HTMLParser

import pytest
import reversion
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import models as db
from django.urls import reverse
from reversion.models import Version

from coalition import models, staff_groups
from tests import factories

pytestmark = pytest.mark.django_db


class FormReader(HTMLParser):
    """The fields of the admin's main form (`<form id="…_form">`) and their values."""

    def __init__(self):
        super().__init__()
        self.data, self.in_form, self.select, self.textarea = [], False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id", "").endswith("_form")
        elif not self.in_form or "disabled" in attrs:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "file"):
                self.data.append(
                    (attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
                )
        elif tag == "select":
            self.select = (attrs["name"], "multiple" in attrs, [], [])
        elif tag == "option" and self.select:
            self.select[2].append(attrs.get("value", ""))
            if "selected" in attrs:
                self.select[3].append(attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = (attrs["name"], [])

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select" and self.select:
            name, multiple, options, selected = self.select
            # With nothing selected, a browser sends a single select's first option.
            values = selected or ([] if multiple else options[:1])
            self.data += [(name, value) for value in values]
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, parts = self.textarea
            self.data.append((name, "".join(parts).removeprefix("\n")))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1].append(data)


def form_data(response, **changes):
    """What the browser posts back from this admin page, with `changes` typed in."""
    assert response.status_code == 200, response
    reader = FormReader()
    reader.feed(response.text)
    data = {}
    for name, value in reader.data:
        data.setdefault(name, []).append(value)
    data.update(changes)
    data["_save"] = "Save"
    return data


def submit(client, url, **changes):
    return client.post(url, form_data(client.get(url), **changes))


def admin_url(obj_or_model, view, *args):
    meta = obj_or_model._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=args)


def readonly_contents(response):
    """What an admin change page shows read-only: {field name: text}."""
    return {
        field.field["name"]: str(field.contents())
        for fieldset in response.context["adminform"]
        for line in fieldset
        for field in line
        if field.is_readonly
    }


def history(client, obj):
    return client.get(admin_url(obj, "history", obj.pk)).context["action_list"]


# History ---------------------------------------------------------------------------------


def test_each_save_is_in_the_history_with_who_made_it(staff):
    client = staff("Secretariat", username="amina")
    sub_entity = factories.SubEntityFactory(name_en="Task Force on Internet Shutdowns")
    url = admin_url(sub_entity, "change", sub_entity.pk)
    assert submit(client, url, name_fr="Groupe de travail").status_code == 302
    assert submit(client, url, name_es="Grupo de trabajo").status_code == 302

    actions = history(client, sub_entity)
    assert [action["revision"].user.username for action in actions] == ["amina", "amina"]
    html = client.get(admin_url(sub_entity, "history", sub_entity.pk)).text
    assert html.count("amina") >= 2


def test_revert_brings_back_every_language_and_the_sections(staff):
    client = staff("Secretariat")
    page = factories.PageFactory(title_en="About", title_fr="À propos", title_ar="من نحن")
    factories.PageSectionFactory(page=page, heading_en="Members", heading_fr="Membres")
    factories.PageSectionFactory(page=page, heading_en="History", heading_fr="Histoire")
    url = admin_url(page, "change", page.pk)
    assert submit(client, url).status_code == 302  # the first version, as it was
    changed = {"title_en": "About us", "title_fr": "Qui sommes-nous", "sections-1-DELETE": "on"}
    assert submit(client, url, **changed).status_code == 302
    page.refresh_from_db()
    assert (page.title_en, page.sections.count()) == ("About us", 1)

    # Staff working in French revert to the first version: every language comes back.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    first = history(client, page)[0]["url"]
    revision = client.get(first)
    assert revision.context["adminform"].form["title_en"].value() == "About"
    assert "admin/js/language_tabs.js" in revision.text  # the language tabs
    assert submit(client, first).status_code == 302

    page.refresh_from_db()
    assert (page.title_en, page.title_fr, page.title_ar) == ("About", "À propos", "من نحن")
    assert [(s.heading_en, s.heading_fr) for s in page.sections.all()] == [
        ("Members", "Membres"),
        ("History", "Histoire"),
    ]
    assert len(history(client, page)) == 3


def test_revert_restores_many_to_many_links(staff):
    client = staff("Secretariat")
    netherlands = factories.MemberStateFactory(country="NL")
    canada = factories.MemberStateFactory(country="CA")
    document = factories.DocumentFactory(title_en="Joint Statement on Spyware")
    url = admin_url(document, "change", document.pk)
    lead_states = [str(netherlands.pk), str(canada.pk)]
    assert submit(client, url, lead_states=lead_states).status_code == 302
    assert submit(client, url, lead_states=[str(canada.pk)]).status_code == 302
    assert list(document.lead_states.all()) == [canada]

    assert submit(client, history(client, document)[0]["url"]).status_code == 302
    assert set(document.lead_states.all()) == {netherlands, canada}


def delete_and_recover(client, obj):
    assert client.post(admin_url(obj, "delete", obj.pk), {"post": "yes"}).status_code == 302
    assert not type(obj).objects.filter(pk=obj.pk).exists()
    deleted = client.get(admin_url(obj, "recoverlist")).context["deleted"]
    assert [version.object_id for version in deleted] == [str(obj.pk)]
    return submit(client, admin_url(obj, "recover", deleted[0].pk))


def test_recover_a_deleted_sub_entity_with_its_member_states(staff):
    client = staff("Secretariat")
    sub_entity = factories.SubEntityFactory(name_en="Digital Equality", name_fr="Égalité")
    for order, country in enumerate(["GH", "EE"]):
        state = factories.MemberStateFactory(country=country)
        sub_entity.state_roles.create(member_state=state, role=models.Role.CO_CHAIR, order=order)
    sub_entity.network_roles.create(advisory_member=factories.AdvisoryMemberFactory())
    assert submit(client, admin_url(sub_entity, "change", sub_entity.pk)).status_code == 302

    assert delete_and_recover(client, sub_entity).status_code == 302

    recovered = models.SubEntity.objects.get(pk=sub_entity.pk)
    assert (recovered.name_en, recovered.name_fr) == ("Digital Equality", "Égalité")
    roles = [(role.member_state.country.code, role.role) for role in recovered.state_roles.all()]
    assert roles == [("GH", "co-chair"), ("EE", "co-chair")]
    assert recovered.network_roles.count() == 1


def test_recover_a_deleted_page_with_its_sections(staff):
    client = staff("Secretariat")
    page = factories.PageFactory(title_en="Contact", title_es="Contacto")
    factories.PageSectionFactory(page=page, heading_en="Write to us", heading_ar="راسلونا")
    factories.PageSectionFactory(page=page, heading_en="Press")
    assert submit(client, admin_url(page, "change", page.pk)).status_code == 302

    assert delete_and_recover(client, page).status_code == 302

    page = models.Page.objects.get(pk=page.pk)
    assert page.title_es == "Contacto"
    headings = [(s.heading_en, s.heading_ar) for s in page.sections.all()]
    assert headings == [("Write to us", "راسلونا"), ("Press", None)]


def test_recover_a_deleted_network_member_with_its_co_chair_terms(staff):
    client = staff("Secretariat")
    member = factories.AdvisoryMemberFactory(name_en="Access Now")
    member.co_chair_terms.create(start_year=2022, end_year=2023)
    assert submit(client, admin_url(member, "change", member.pk)).status_code == 302

    assert delete_and_recover(client, member).status_code == 302
    assert models.CoChairTerm.objects.filter(member_id=member.pk).count() == 1


def test_recovering_a_task_force_brings_back_its_links_from_documents_and_news(staff):
    """The reviewers' case: the task force came back with its member states, but the
    document and the news item that named it had lost it for good."""
    client = staff("Secretariat")
    sub_entity = factories.SubEntityFactory(name_en="Task Force on Internet Shutdowns")
    sub_entity.state_roles.create(member_state=factories.MemberStateFactory(country="GH"))
    document = factories.DocumentFactory(title_en="Old title", sub_entity=sub_entity)
    news = factories.NewsItemFactory(title_en="Shutdowns report")
    news.sub_entities.add(sub_entity)
    other = factories.SubEntityFactory(name_en="Task Force on AI")
    moved = factories.DocumentFactory(title_en="Moved on", sub_entity=sub_entity)
    for obj in (sub_entity, document):
        assert submit(client, admin_url(obj, "change", obj.pk)).status_code == 302

    # The delete page says, in words, what loses its link and how to bring it back.
    page = client.get(admin_url(sub_entity, "delete", sub_entity.pk))
    notice = page.text[page.text.index('id="lost-links"') :]
    assert "Document “Old title”" in notice
    assert "News item “Shutdowns report”" in notice
    assert "Recover deleted" in notice

    assert (
        client.post(admin_url(sub_entity, "delete", sub_entity.pk), {"post": "yes"}).status_code
        == 302
    )
    document.refresh_from_db()
    assert document.sub_entity is None
    assert not news.sub_entities.exists()
    # Meanwhile, staff go on working: a later edit of the document must survive the
    # recovery, and a document given another task force keeps it.
    assert (
        submit(client, admin_url(document, "change", document.pk), title_en="New title").status_code
        == 302
    )
    models.Document.objects.filter(pk=moved.pk).update(sub_entity=other)

    deleted = client.get(admin_url(sub_entity, "recoverlist")).context["deleted"]
    assert submit(client, admin_url(sub_entity, "recover", deleted[0].pk)).status_code == 302

    document.refresh_from_db()
    assert (document.sub_entity_id, document.title_en) == (sub_entity.pk, "New title")
    assert list(news.sub_entities.all()) == [models.SubEntity.objects.get(pk=sub_entity.pk)]
    assert models.Document.objects.get(pk=moved.pk).sub_entity == other
    assert models.SubEntity.objects.get(pk=sub_entity.pk).state_roles.count() == 1


def test_recovering_a_member_state_brings_back_every_link_to_it(staff):
    client = staff("Secretariat")
    ghana = factories.MemberStateFactory(country="GH", slug="ghana")
    document = factories.DocumentFactory(title_en="Accra Declaration")
    document.lead_states.add(ghana)
    news = factories.NewsItemFactory(title_en="Ghana joins")
    news.member_states.add(ghana)
    partnership = factories.PartnershipFactory(name_en="Digital Defenders Partnership")
    partnership.supporting_states.add(ghana)
    chairship = factories.ChairshipFactory(year=2024)
    chairship.chairs.add(ghana)
    sub_entity = factories.SubEntityFactory(name_en="Task Force on Digital Equality")
    sub_entity.state_roles.create(member_state=ghana, role=models.Role.CO_CHAIR, order=3)
    gone = factories.NewsItemFactory(title_en="Deleted later")
    gone.member_states.add(ghana)
    assert submit(client, admin_url(ghana, "change", ghana.pk)).status_code == 302

    html = client.get(admin_url(ghana, "delete", ghana.pk)).text
    notice = html[html.index('id="lost-links"') :]
    for text in (
        "Accra Declaration",
        "Ghana joins",
        "Digital Defenders Partnership",
        "2024",
        "Task Force on Digital Equality",
    ):
        assert text in notice

    assert client.post(admin_url(ghana, "delete", ghana.pk), {"post": "yes"}).status_code == 302
    assert not sub_entity.state_roles.exists()
    gone.delete()  # a linked item deleted meanwhile: the others come back all the same
    deleted = client.get(admin_url(ghana, "recoverlist")).context["deleted"]
    assert submit(client, admin_url(ghana, "recover", deleted[0].pk)).status_code == 302

    ghana = models.MemberState.objects.get(pk=ghana.pk)
    assert list(ghana.led_documents.all()) == [document]
    assert list(ghana.news_items.all()) == [news]
    assert list(ghana.partnerships.all()) == [partnership]
    assert list(ghana.chairships.all()) == [chairship]
    role = sub_entity.state_roles.get()
    assert (role.member_state, role.role, role.order) == (ghana, models.Role.CO_CHAIR, 3)


def test_recovering_brings_back_links_for_every_kind_of_item(staff):
    """A conference (its outcome documents), a document (its regional consultations), a
    partnership (the page sections about it), a cohort (its members) and a network member
    (the task forces it works in)."""
    client = staff("Secretariat")
    conference = factories.ConferenceFactory()
    outcome = factories.DocumentFactory(conference=conference)
    document = factories.DocumentFactory()
    consultation = factories.RegionalConsultationFactory(outcome_document=document)
    partnership = factories.PartnershipFactory()
    section = factories.PageSectionFactory(partnership=partnership)
    cohort = factories.CohortFactory()
    member = factories.AdvisoryMemberFactory()
    member.cohorts.add(cohort)
    network_member = factories.AdvisoryMemberFactory()
    sub_entity = factories.SubEntityFactory()
    sub_entity.network_roles.create(advisory_member=network_member)
    links = [
        (conference, lambda: models.Document.objects.get(pk=outcome.pk).conference_id),
        (
            document,
            lambda: models.RegionalConsultation.objects.get(pk=consultation.pk).outcome_document_id,
        ),
        (partnership, lambda: models.PageSection.objects.get(pk=section.pk).partnership_id),
        (cohort, lambda: models.AdvisoryMember.objects.get(pk=member.pk).cohorts.get().pk),
        (network_member, lambda: sub_entity.network_roles.get().advisory_member_id),
    ]
    for obj, linked in links:
        assert submit(client, admin_url(obj, "change", obj.pk)).status_code == 302
        assert delete_and_recover(client, obj).status_code == 302, obj
        assert linked() == obj.pk, obj


def test_deleting_several_items_from_the_list_says_which_links_go_too(staff):
    client = staff("Secretariat")
    sub_entity = factories.SubEntityFactory(name_en="Task Force on AI")
    factories.DocumentFactory(title_en="Statement on AI", sub_entity=sub_entity)
    alone = factories.SubEntityFactory(name_en="Working Group without links")
    response = client.post(
        admin_url(sub_entity, "changelist"),
        {"action": "delete_selected", "_selected_action": [sub_entity.pk, alone.pk]},
    )
    assert response.status_code == 200
    notice = response.text[response.text.index('id="lost-links"') :]
    assert "Document “Statement on AI”" in notice
    assert "“Task Force on AI”" in notice
    assert "Working Group without links" not in notice.split("</ul>")[0]


def publish_together_then_edit(client):
    """Two drafts published in one go (one revision for both), then one of them edited."""
    first = factories.NewsItemFactory(title_en="First", status=models.Status.DRAFT)
    second = factories.NewsItemFactory(title_en="Second", status=models.Status.DRAFT)
    response = client.post(
        admin_url(first, "changelist"),
        {"action": "publish", "_selected_action": [first.pk, second.pk]},
    )
    assert response.status_code == 302
    assert Version.objects.get_for_object(first).get().revision.version_set.count() == 2
    url = admin_url(second, "change", second.pk)
    assert submit(client, url, title_en="Second, edited later").status_code == 302
    return first, second


def test_recovering_one_item_never_reverts_another_saved_in_the_same_revision(staff):
    client = staff("Secretariat")
    first, second = publish_together_then_edit(client)
    assert delete_and_recover(client, first).status_code == 302
    second.refresh_from_db()
    assert second.title_en == "Second, edited later"
    assert models.NewsItem.objects.get(pk=first.pk).title_en == "First"


def test_reverting_one_item_never_reverts_another_saved_in_the_same_revision(staff):
    client = staff("Secretariat")
    first, second = publish_together_then_edit(client)
    url = admin_url(first, "change", first.pk)
    assert submit(client, url, title_en="First, edited later").status_code == 302
    assert submit(client, history(client, first)[0]["url"]).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title_en, first.status) == ("First", models.Status.PUBLISHED)
    assert second.title_en == "Second, edited later"


def test_every_relation_a_deletion_removes_is_remembered():
    """Deleting an item removes other items' links to it: many-to-many links (their rows
    go) and foreign keys set to NULL. Both are remembered (coalition/recovery.py); rows
    that cascade are either an item's own, brought back by its history (reversion's
    "follow"), or those of a many-to-many link. A new kind of relation fails here."""
    from reversion.revisions import _get_options

    for model in reversion.get_registered_models():
        follow = set(_get_options(model).follow)
        throughs = {rel.through for rel in model._meta.related_objects if rel.many_to_many}
        for rel in model._meta.related_objects:
            if rel.many_to_many or rel.on_delete in (db.SET_NULL, db.PROTECT):
                continue
            assert rel.on_delete is db.CASCADE, rel
            assert rel.get_accessor_name() in follow or rel.related_model in throughs, rel


def test_items_older_than_the_history_get_a_first_version(staff):
    """After deploying, `manage.py createinitialrevisions` gives existing items a version."""
    client = staff("Secretariat")
    page = factories.PageFactory(title_en="Privacy", title_fr="Confidentialité")
    factories.PageSectionFactory(page=page, heading_en="Cookies")
    call_command("createinitialrevisions", "coalition", verbosity=0)

    assert delete_and_recover(client, page).status_code == 302
    page = models.Page.objects.get(pk=page.pk)
    assert (page.title_fr, page.sections.get().heading_en) == ("Confidentialité", "Cookies")


def test_change_pages_keep_their_tabs_and_link_the_history(staff):
    client = staff("Secretariat")
    page = factories.PageFactory()
    html = client.get(admin_url(page, "change", page.pk)).text
    assert 'name="title_fr"' in html
    assert "/static/admin/js/language_tabs.js" in html  # the language tabs (our own)
    assert admin_url(page, "history", page.pk) in html
    changelist = client.get(admin_url(page, "changelist")).text
    assert admin_url(page, "recoverlist") in changelist
    assert "Recover deleted pages" in changelist


def test_publishing_from_the_list_is_in_the_history(staff):
    client = staff("Publisher", username="pat")
    draft = factories.NewsItemFactory(status=models.Status.DRAFT)
    client.post(
        admin_url(draft, "changelist"), {"action": "publish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.status == models.Status.PUBLISHED
    [action] = history(client, draft)
    assert action["revision"].user.username == "pat"


# Groups ----------------------------------------------------------------------------------


def codenames(group):
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def test_the_four_groups():
    editor, publisher, translator = (
        codenames(name) for name in ("Secretariat editor", "Publisher", "Translator")
    )
    assert {"add_page", "change_page", "delete_page", "view_page", "delete_pagesection"} <= editor
    assert not any(codename.startswith("publish_") for codename in editor)
    assert {"view_page", "change_page", "publish_page", "publish_subentity"} <= publisher
    assert not any(codename.startswith(("add_", "delete_")) for codename in publisher)
    assert translator == {
        *(codename for codename in publisher if not codename.startswith("publish")),
        "translate_content",  # content .po files in the admin
    }
    assert "publish_document" in codenames("Secretariat")
    for group in ("Secretariat editor", "Publisher", "Translator"):
        assert not any("contactmessage" in codename for codename in codenames(group))
    assert (
        not Permission.objects.filter(group__isnull=False)
        .exclude(content_type__app_label="coalition")
        .exists()
    )


def published_item_data(**changes):
    return {"status": models.Status.PUBLISHED, "published_at_0": "2030-01-01", **changes}


def test_an_editor_adds_drafts_and_cannot_publish(staff):
    client = staff("Secretariat editor")
    response = submit(
        client,
        admin_url(models.NewsItem, "add"),
        title_en="Chair's statement",
        slug="chairs-statement",
        date="2025-01-10",
        **published_item_data(),
    )
    assert response.status_code == 302
    news = models.NewsItem.objects.get(slug="chairs-statement")
    assert news.status == models.Status.DRAFT

    url = admin_url(news, "change", news.pk)
    assert submit(client, url, **published_item_data(title_en="Statement")).status_code == 302
    news.refresh_from_db()
    assert (news.title_en, news.status) == ("Statement", models.Status.DRAFT)

    changelist = client.get(admin_url(news, "changelist"))
    assert "publish" not in dict(changelist.context["action_form"].fields["action"].choices)
    client.post(changelist.request["PATH_INFO"], {"action": "publish", "_selected_action": news.pk})
    news.refresh_from_db()
    assert news.status == models.Status.DRAFT


def test_an_editor_cannot_move_a_published_item(staff, settings):
    # Editors' changes to published items are saved, not sent for review (tests/test_review.py).
    settings.PUBLISHED_CHANGES_NEED_REVIEW = False
    client = staff("Secretariat editor")
    news = factories.NewsItemFactory()  # published in 2020
    url = admin_url(news, "change", news.pk)
    response = submit(client, url, title_en="Corrected", **published_item_data(status="draft"))
    assert response.status_code == 302
    news.refresh_from_db()
    assert (news.title_en, news.status, news.published_at) == (
        "Corrected",
        models.Status.PUBLISHED,
        factories.PAST,
    )


def test_an_editor_reverting_leaves_publication_alone(staff, settings):
    # Editors' changes to published items are saved, not sent for review (tests/test_review.py).
    settings.PUBLISHED_CHANGES_NEED_REVIEW = False
    client = staff("Secretariat editor")
    page = factories.PageFactory(title_en="Old", status=models.Status.PUBLISHED)
    url = admin_url(page, "change", page.pk)
    assert submit(client, url).status_code == 302
    page.status = models.Status.DRAFT  # a publisher unpublished it since
    page.save()
    assert submit(client, history(client, page)[0]["url"]).status_code == 302
    page.refresh_from_db()
    assert page.status == models.Status.DRAFT

    # A recovered item comes back as a draft, for a publisher to put back online.
    page.status = models.Status.PUBLISHED
    page.save()
    assert submit(client, url).status_code == 302
    assert delete_and_recover(client, page).status_code == 302
    assert models.Page.objects.get(pk=page.pk).status == models.Status.DRAFT


def test_an_editor_cannot_manage_users(staff):
    client = staff("Secretariat editor")
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_a_publisher_publishes_but_neither_adds_nor_deletes(staff):
    client = staff("Publisher")
    news = factories.NewsItemFactory(status=models.Status.DRAFT, title_en="Draft")
    url = admin_url(news, "change", news.pk)
    response = submit(client, url, title_en="Final", **published_item_data())
    assert response.status_code == 302
    news.refresh_from_db()
    assert (news.title_en, news.status) == ("Final", models.Status.PUBLISHED)
    assert news.published_at.year == 2030

    assert client.get(admin_url(news, "add")).status_code == 403
    assert client.post(admin_url(news, "delete", news.pk), {"post": "yes"}).status_code == 403
    assert models.NewsItem.objects.filter(pk=news.pk).exists()


def test_a_translator_changes_translations_only(staff):
    client = staff("Translator")
    sub_entity = factories.SubEntityFactory(name_en="AI", slug="ai", start_year=2020)
    mandate = sub_entity.mandate_en
    sub_entity.state_roles.create(member_state=factories.MemberStateFactory(country="FR"))
    url = admin_url(sub_entity, "change", sub_entity.pk)
    response = submit(
        client,
        url,
        name_fr="Groupe de travail sur l'IA",
        name_en="Changed by a translator",
        mandate_en="Changed too",
        start_year="2012",
        status="draft",
        slug="changed",
        **{"state_roles-0-role": "member"},
    )
    assert response.status_code == 302
    sub_entity.refresh_from_db()
    assert sub_entity.name_fr == "Groupe de travail sur l'IA"
    # The English text is the source of every translation: read-only, like the rest.
    assert (sub_entity.name_en, sub_entity.mandate_en) == ("AI", mandate)
    assert (sub_entity.start_year, sub_entity.status, sub_entity.slug) == (2020, "published", "ai")
    assert sub_entity.state_roles.get().role == models.Role.CHAIR

    page = client.get(url)
    form = page.context["adminform"].form
    assert {"name_fr", "name_es", "name_ar", "mandate_ar"} <= set(form.fields)
    assert not {"name", "name_en", "mandate_en", "start_year", "status", "slug"} & set(form.fields)
    assert readonly_contents(page)["name_en"] == "AI"


def test_a_translator_edits_section_text_but_not_the_page_structure(staff):
    client = staff("Translator")
    section = factories.PageSectionFactory(heading_en="Members", order=1)
    page = section.page
    title = page.title_en
    response = submit(
        client,
        admin_url(page, "change", page.pk),
        **{
            "sections-0-heading_fr": "Membres",
            "sections-0-heading_en": "Changed",
            "sections-0-order": "9",
            "order": "5",
            "title_en": "Changed",
        },
    )
    assert response.status_code == 302
    section.refresh_from_db()
    page.refresh_from_db()
    assert (section.heading_fr, section.order, page.order) == ("Membres", 1, 0)
    assert (section.heading_en, page.title_en) == ("Members", title)

    # Nor from the list of pages, where others may edit the order in place.
    changelist = client.get(admin_url(page, "changelist"))
    assert changelist.context["cl"].list_editable == ()


def test_a_translator_neither_adds_deletes_reverts_nor_reaches_users(staff):
    client = staff("Translator")
    partnership = factories.PartnershipFactory()
    assert client.get(admin_url(partnership, "add")).status_code == 403
    delete = admin_url(partnership, "delete", partnership.pk)
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert models.Partnership.objects.filter(pk=partnership.pk).exists()
    assert client.get(admin_url(partnership, "recoverlist")).status_code == 403
    with reversion.create_revision():
        partnership.save()
    version = Version.objects.get_for_object(partnership).get()
    revert = admin_url(partnership, "revision", partnership.pk, version.pk)
    assert client.get(revert).status_code == 403
    assert client.get(admin_url(partnership, "history", partnership.pk)).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    changelist = client.get(admin_url(partnership, "changelist"))
    assert changelist.context["action_form"] is None  # no publishing, no deleting


def test_a_translator_who_is_also_an_editor_edits_everything(staff, settings):
    # Editors' changes to published items are saved, not sent for review (tests/test_review.py).
    settings.PUBLISHED_CHANGES_NEED_REVIEW = False
    client = staff("Translator", "Secretariat editor")
    sub_entity = factories.SubEntityFactory(start_year=2020)
    url = admin_url(sub_entity, "change", sub_entity.pk)
    assert submit(client, url, start_year="2021").status_code == 302
    sub_entity.refresh_from_db()
    assert sub_entity.start_year == 2021


def test_the_secretariat_still_does_everything(staff):
    client = staff("Secretariat")
    news = factories.NewsItemFactory(status=models.Status.DRAFT)
    url = admin_url(news, "change", news.pk)
    assert submit(client, url, **published_item_data()).status_code == 302
    news.refresh_from_db()
    assert news.status == models.Status.PUBLISHED
    assert client.get(admin_url(news, "add")).status_code == 200
    assert client.get(admin_url(models.ContactMessage, "changelist")).status_code == 200
    assert client.post(admin_url(news, "delete", news.pk), {"post": "yes"}).status_code == 302


def test_what_each_version_changed_field_by_field_in_every_language(staff):
    client = staff("Secretariat", username="amina")
    # A first version made outside the admin (as createinitialrevisions does for the demo
    # content), with NULL for missing translations; the admin saves them as "", which is
    # not a change worth listing.
    sub_entity = factories.SubEntityFactory(
        name_en="Task Force on Internet Shutdowns", mandate_fr=None
    )
    with reversion.create_revision():
        sub_entity.save()
    url = admin_url(sub_entity, "change", sub_entity.pk)
    assert (
        submit(client, url, name_fr="Équipe spéciale sur les coupures d’Internet").status_code
        == 302
    )

    actions = history(client, sub_entity)  # oldest first
    response = client.get(actions[-1]["changes_url"])
    assert response.status_code == 200
    rows = response.context["rows"]
    assert [(str(name), before, after) for name, before, after in rows] == [
        ("name [fr]", None, "Équipe spéciale sur les coupures d’Internet")
    ]
    assert "Équipe spéciale sur les coupures d’Internet" in response.text
    # The first version shows every field it set.
    first = client.get(actions[0]["changes_url"])
    assert first.context["is_first"]
    assert "Task Force on Internet Shutdowns" in first.text


def test_what_changed_needs_the_right_to_see_the_item(staff, client):
    sub_entity = factories.SubEntityFactory()
    editor = staff("Secretariat", username="amina")
    assert submit(editor, admin_url(sub_entity, "change", sub_entity.pk)).status_code == 302
    changes_url = history(editor, sub_entity)[0]["changes_url"]
    editor.logout()
    staff(username="nobody")  # staff, in no group
    assert client.get(changes_url).status_code == 403


def test_every_model_is_content_or_named_as_not_content():
    """A new model reaches the staff groups as content unless staff_groups names it."""
    names = {model._meta.model_name for model in apps.get_app_config("coalition").get_models()}
    assert names >= staff_groups.NOT_CONTENT
    assert "page" in {model._meta.model_name for model in staff_groups.content_models()}


def test_the_groups_hold_exactly_what_the_code_names():
    for name in staff_groups.CONTENT_ACTIONS:
        assert codenames(name) == staff_groups.codenames(name)
    assert codenames("Translator") == {
        f"{action}_{model._meta.model_name}"
        for model in staff_groups.content_models()
        for action in ("view", "change")
    } | {"translate_content"}


def test_a_migrate_puts_back_a_permission_taken_from_a_group():
    publisher = Group.objects.get(name="Publisher")
    publisher.permissions.remove(Permission.objects.get(codename="publish_page"))
    publisher.permissions.add(Permission.objects.get(codename="delete_page"))
    call_command("migrate", verbosity=0)
    assert "publish_page" in codenames("Publisher")
    assert "delete_page" not in codenames("Publisher")


# Two people on one item ---------------------------------------------------------------


def test_a_save_over_a_colleagues_newer_save_is_stopped_and_loses_nothing(staff, colleague):
    """Amina and Omar open the same news item; Amina saves a new summary; Omar's save of a
    new title would put the old summary back. It is stopped: his form comes back with what
    he typed and says what happened; saved again (having seen it), it goes through."""
    news = factories.NewsItemFactory(title_en="Old title", summary_en="Old summary")
    url = admin_url(news, "change", news.pk)
    amina = staff("Secretariat", username="amina")
    omar = colleague("omar", "Secretariat")
    omars_form = form_data(omar.get(url), title_en="Omar's title")
    assert submit(amina, url, summary_en="Amina's summary").status_code == 302

    response = omar.post(url, omars_form)
    assert response.status_code == 200
    assert "amina saved this item after you opened it" in response.text
    assert 'value="Omar&#x27;s title"' in response.text
    news.refresh_from_db()
    assert (news.title_en, news.summary_en) == ("Old title", "Amina's summary")

    again = form_data(response, title_en="Omar's title")
    assert omar.post(url, again).status_code == 302
    news.refresh_from_db()
    assert news.title_en == "Omar's title"


def test_what_the_form_cannot_write_is_no_conflict(staff, colleague):
    """Renaming a task force a news item links to (which reorders its links) or editing
    a conference's outcome document (shown read-only on its page) is no newer save of them;
    and after one's own earlier save, the sentence names nobody wrongly."""
    alpha = factories.SubEntityFactory(name_en="Alpha", slug="alpha")
    beta = factories.SubEntityFactory(name_en="Beta", slug="beta")
    news = factories.NewsItemFactory(title_en="Old title")
    news.sub_entities.set([alpha, beta])
    amina = staff("Secretariat", username="amina")
    url = admin_url(news, "change", news.pk)
    assert submit(amina, url, title_en="Amina's title").status_code == 302
    form = form_data(amina.get(url), title_en="Second title")
    alpha.name_en = "Zeta"
    alpha.save()
    assert amina.post(url, form).status_code == 302

    conference = factories.ConferenceFactory()
    outcome = factories.DocumentFactory(conference=conference)
    url = admin_url(conference, "change", conference.pk)
    form = form_data(amina.get(url), city_en="Accra")
    outcome.title_en = "Renamed outcome"
    outcome.save()
    assert amina.post(url, form).status_code == 302


def test_unpublishing_meanwhile_counts_as_a_newer_save(staff, colleague):
    news = factories.NewsItemFactory(title_en="Published")
    url = admin_url(news, "change", news.pk)
    amina = staff("Secretariat", username="amina")
    form = form_data(amina.get(url), title_en="Retitled")
    news.status = models.Status.DRAFT
    news.save()
    assert amina.post(url, form).status_code == 200
    news.refresh_from_db()
    assert news.status == models.Status.DRAFT


def test_sections_saved_meanwhile_count_as_a_newer_save(staff, colleague):
    page = factories.PageFactory(title_en="About")
    models.PageSection.objects.create(page=page, heading_en="Mandate", order=1)
    url = admin_url(page, "change", page.pk)
    amina = staff("Secretariat", username="amina")
    omar = colleague("omar", "Secretariat")
    omars_form = form_data(omar.get(url), title_en="About us")
    submit(amina, url, **{"sections-0-heading_en": "Aims"})
    assert omar.post(url, omars_form).status_code == 200
    assert list(page.sections.values_list("heading_en", flat=True)) == ["Aims"]
