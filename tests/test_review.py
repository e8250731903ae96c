"""Review of changes to published items, the admin's home page, share links and ordering.

Changes go through the admin as a browser sends them (tests.test_history_and_groups.submit).
"""

import datetime
import logging
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

import coalition.mail
from coalition import models, translation_state
from coalition.admin.dashboard import DASHBOARD_ITEMS
from coalition.models import PendingChange, ReviewState, ShareLink, Status, TranslationStatus
from tests import factories
from tests.test_history_and_groups import admin_url, form_data, submit
from tests.test_html_validity import checker_messages, describe
from tests.test_translation_workflow import status as translation_status
from tests.test_uploads import PDF, upload_document

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def people(otp_login):
    """An editor and a publisher, each with a client of their own, and their e-mails."""

    def person(username, *groups):
        user = User.objects.create_user(
            username,
            password="a long enough password",
            is_staff=True,
            email=f"{username}@example.org",
        )
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user, otp_login(Client(), user)

    editor, editor_client = person("amina", "Secretariat editor")
    publisher, publisher_client = person("pierre", "Publisher")
    return {
        "editor": editor,
        "editor_client": editor_client,
        "publisher": publisher,
        "publisher_client": publisher_client,
    }


@pytest.fixture
def news():
    return factories.NewsItemFactory(
        title_en="Old title", title_fr="Ancien titre", slug="chairs-statement"
    )


def send_for_review(client, obj, reviewer="", note="", **changes):
    url = admin_url(obj, "change", obj.pk)
    data = form_data(client.get(url), **changes)
    del data["_save"]
    data.update(_send_for_review="Send for review", review_reviewer=reviewer, review_note=note)
    return client.post(url, data)


def review_url(change):
    return reverse("admin:review_change", args=[change.pk])


# Sending ----------------------------------------------------------------------------------


def test_an_editor_sends_a_change_and_the_published_item_stays(people, news, client):
    response = send_for_review(
        people["editor_client"], news, title_en="New title", title_fr="Nouveau titre"
    )
    assert response.status_code == 302
    news.refresh_from_db()
    assert (news.title_en, news.title_fr, news.status) == ("Old title", "Ancien titre", "published")
    assert "Old title" in client.get(news.get_absolute_url()).text

    change = PendingChange.objects.get()
    assert change.proposed == {"title_en": "New title", "title_fr": "Nouveau titre"}
    assert change.original == {"title_en": "Old title", "title_fr": "Ancien titre"}
    assert (change.author, change.reviewer, change.state) == (people["editor"], None, "pending")
    # Nothing was saved: no version, no log entry.
    assert not Version.objects.get_for_object(news).exists()
    assert not LogEntry.objects.exists()


def test_with_review_required_the_editor_sees_send_for_review_not_save(people, news):
    html = people["editor_client"].get(admin_url(news, "change", news.pk)).text
    assert 'name="_send_for_review"' in html
    assert 'name="_save"' not in html
    assert 'name="_continue"' not in html
    options = re.findall(
        r'<option value="(\d*)">([^<]*)</option>', html.split('<select name="review_reviewer"')[1]
    )
    assert ("", "Any publisher") in options
    assert (str(people["publisher"].pk), "pierre") in options
    assert str(people["editor"].pk) not in dict(options)


def test_a_plain_save_by_the_editor_is_sent_for_review_too(people, news):
    response = submit(people["editor_client"], admin_url(news, "change", news.pk), title_en="X")
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.title_en == "Old title"
    assert PendingChange.objects.get().proposed == {"title_en": "X"}


def test_without_the_setting_editors_save_or_choose_to_send(people, news, settings):
    settings.PUBLISHED_CHANGES_NEED_REVIEW = False
    client = people["editor_client"]
    html = client.get(admin_url(news, "change", news.pk)).text
    assert 'name="_save"' in html
    assert 'name="_send_for_review"' in html
    assert send_for_review(client, news, title_en="Reviewed").status_code == 302
    news.refresh_from_db()
    assert news.title_en == "Old title"
    submit(client, admin_url(news, "change", news.pk), title_en="Direct")
    news.refresh_from_db()
    assert news.title_en == "Direct"


def test_drafts_and_publishers_are_not_reviewed(people, news):
    draft = factories.NewsItemFactory(status=Status.DRAFT, title_en="Draft")
    submit(people["editor_client"], admin_url(draft, "change", draft.pk), title_en="Draft 2")
    submit(people["publisher_client"], admin_url(news, "change", news.pk), title_en="By publisher")
    draft.refresh_from_db()
    news.refresh_from_db()
    assert (draft.title_en, news.title_en) == ("Draft 2", "By publisher")
    assert not PendingChange.objects.exists()


def test_nothing_changed_is_not_sent(people, news):
    assert send_for_review(people["editor_client"], news).status_code == 302
    assert not PendingChange.objects.exists()


def test_the_editors_waiting_change_is_where_the_form_starts(people, news):
    """A second change sent while the first waits replaces it: so the form starts from the
    first, and the second carries both."""
    send_for_review(people["editor_client"], news, title_en="New title")
    page = people["editor_client"].get(admin_url(news, "change", news.pk))
    assert page.context["adminform"].form["title_en"].value() == "New title"
    assert "your change that waits for review" in page.text
    send_for_review(people["editor_client"], news, summary_en="A summary")
    change = PendingChange.objects.pending().get()
    assert change.proposed["title_en"] == "New title"
    assert change.proposed["summary_en"] == "A summary"
    # The publisher sees the published version.
    shown = people["publisher_client"].get(admin_url(news, "change", news.pk))
    assert shown.context["adminform"].form["title_en"].value() == "Old title"


def test_sending_again_keeps_the_marks_and_what_a_colleague_published_meanwhile(people, news):
    """The second change replaces the first: it keeps the first's translation marks, and
    a title a publisher changed between the two is still shown to the reviewer as changed
    since the editor started."""
    key = f"coalition.newsitem:{news.pk}"
    send_with_boxes(
        people["editor_client"],
        news,
        {"_translation_not_needed": [f"{key}:title:es"]},
        title_en="Editor's title",
    )
    submit(people["publisher_client"], admin_url(news, "change", news.pk), title_en="Fixed")
    send_for_review(people["editor_client"], news, summary_en="A summary")
    change = PendingChange.objects.pending().get()
    assert change.translation_decisions["not_needed"] == [f"{key}:title:es"]
    assert change.proposed["title_en"] == "Editor's title"
    assert change.original["title_en"] == "Old title"
    review_page = people["publisher_client"].get(review_url(change))
    assert [row.label for row in review_page.context["conflicts"]] == ["Title (English)"]


def test_a_new_change_replaces_the_editors_earlier_one(people, news):
    send_for_review(people["editor_client"], news, title_en="First")
    send_for_review(people["editor_client"], news, title_en="Second")
    states = dict(PendingChange.objects.values_list("proposed__title_en", "state"))
    assert states == {"First": ReviewState.WITHDRAWN, "Second": ReviewState.PENDING}


def send_page_rows(client, page, **changes):
    url = admin_url(page, "change", page.pk)
    data = form_data(client.get(url), **changes)
    del data["_save"]
    data["_send_for_review"] = "Send for review"
    return client.post(url, data)


# The first of a page's two sections retitled, the second deleted, a third added.
QUERIES_OF_A_REVIEW_PAGE = 8
EDITED_SECTIONS = {
    "sections-0-heading_en": "Aims",
    "sections-1-DELETE": "on",
    "sections-TOTAL_FORMS": "3",
    "sections-2-heading_en": "Members",
    "sections-2-order": "3",
    "sections-2-heading_level": "2",
}


def test_rows_edited_on_the_page_go_for_review_too(people):
    page = factories.PageFactory(title_en="About")
    mandate = models.PageSection.objects.create(page=page, heading_en="Mandate", order=1)
    history = models.PageSection.objects.create(page=page, heading_en="History", order=2)
    response = send_page_rows(people["editor_client"], page, **EDITED_SECTIONS)
    assert response.status_code == 302
    assert list(page.sections.values_list("heading_en", flat=True)) == ["Mandate", "History"]
    change = PendingChange.objects.get()
    assert change.proposed == {}
    assert [(row["pk"], row["delete"]) for row in change.rows] == [
        (mandate.pk, False),
        (history.pk, True),
        (None, False),
    ]

    review_page = people["publisher_client"].get(review_url(change))
    assert "Section “Mandate”" in review_page.text
    assert "Section “History” deleted" in review_page.text
    assert "New section" in review_page.text
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert list(page.sections.values_list("heading_en", flat=True)) == ["Aims", "Members"]
    version = Version.objects.get_for_object(page).first()
    assert version.revision.comment == "Change sent by amina, approved by pierre."


def test_a_sent_back_change_gives_its_rows_back_to_the_editor(people):
    """Reopened from the review, the page's form holds the sections as the editor left
    them: the changed one changed, the deleted one ticked for deletion, the new one there;
    saving it again sends the same rows."""
    page = factories.PageFactory(title_en="About")
    mandate = models.PageSection.objects.create(page=page, heading_en="Mandate", order=1)
    models.PageSection.objects.create(page=page, heading_en="History", order=2)
    send_page_rows(people["editor_client"], page, **EDITED_SECTIONS)
    change = PendingChange.objects.get()
    people["publisher_client"].post(
        review_url(change), {"action": "return", "comment": "Keep the history."}
    )
    editor = people["editor_client"]
    reopened = editor.get(admin_url(page, "change", page.pk) + f"?from_review={change.pk}")
    formset = next(
        f for f in reopened.context["inline_admin_formsets"] if f.formset.prefix == "sections"
    )
    forms = formset.formset.forms
    assert forms[0].instance == mandate
    assert forms[0]["heading_en"].value() == "Aims"
    # The form refilled is the whole form: the English beside each translation too.
    assert 'name="_translation_shown"' in reopened.text
    assert forms[1]["DELETE"].value() is True
    assert [form["heading_en"].value() for form in forms[2:]][:1] == ["Members"]
    assert str(forms[2]["order"].value()) == "3"
    # Without ?from_review= the form shows the published sections.
    plain = editor.get(admin_url(page, "change", page.pk))
    sections = next(
        f for f in plain.context["inline_admin_formsets"] if f.formset.prefix == "sections"
    ).formset.forms
    assert [form["heading_en"].value() for form in sections[:2]] == ["Mandate", "History"]
    assert not sections[1]["DELETE"].value()
    # Sent again as it comes back, it carries the same rows.
    url = admin_url(page, "change", page.pk)
    data = form_data(reopened)
    del data["_save"]
    data["_send_for_review"] = "Send for review"
    assert editor.post(url, data).status_code == 302
    again = PendingChange.objects.pending().get()
    assert [(row["pk"], row["delete"]) for row in again.rows] == [
        (row["pk"], row["delete"]) for row in change.rows
    ]


def test_the_editors_translation_decisions_go_with_the_change(people, news):
    """ "Still right" and "no translation needed", ticked on a change sent for review, are
    kept with it and take effect when it is approved: the French title stays current though
    its English changed."""
    key = f"coalition.newsitem:{news.pk}"
    url = admin_url(news, "change", news.pk)
    data = form_data(people["editor_client"].get(url), title_en="New title")
    del data["_save"]
    data.update(
        _send_for_review="Send for review",
        _translation_confirm=[f"{key}:title:fr"],
        _translation_not_needed=[f"{key}:title:es"],
    )
    assert f"{key}:title:fr" in data["_translation_shown"]
    people["editor_client"].post(url, data)
    change = PendingChange.objects.get()
    review_page = people["publisher_client"].get(review_url(change)).text
    assert "<li>Title (French): still right</li>" in review_page
    assert "<li>Title (Spanish): no translation needed</li>" in review_page
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    news.refresh_from_db()
    assert news.title_en == "New title"
    assert translation_status(news, "title", "fr") == TranslationStatus.CURRENT
    assert translation_status(news, "title", "es") == TranslationStatus.NOT_NEEDED


@pytest.mark.parametrize(
    ("make", "changes"),
    [
        (
            lambda: factories.MemberStateFactory(country="NO", slug="norway"),
            {"website": "https://n.no"},
        ),
        (lambda: factories.AdvisoryMemberFactory(country="KE"), {"website": "https://k.ke"}),
        (lambda: factories.ConferenceFactory(), {"venue_en": "Congress hall"}),
        (lambda: factories.DocumentFactory(), {"title_en": "Renamed"}),
        (lambda: factories.SubEntityFactory(), {"name_en": "Renamed"}),
        (lambda: factories.PartnershipFactory(), {"name_en": "Renamed"}),
    ],
)
def test_every_kind_of_published_item_goes_for_review_and_back(people, make, changes):
    """Each kind's values (countries, dates, choices…) are kept as the change and applied."""
    item = make()
    response = send_for_review(people["editor_client"], item, **changes)
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert people["publisher_client"].get(review_url(change)).status_code == 200
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    item.refresh_from_db()
    for name, value in changes.items():
        assert getattr(item, name) == value
    assert PendingChange.objects.get().state == ReviewState.APPROVED


def test_approving_a_change_naming_an_item_deleted_since_says_so(people):
    norway, chile = (
        factories.MemberStateFactory(country=code, slug=code.lower()) for code in ("NO", "CL")
    )
    news = factories.NewsItemFactory(title_en="About two states")
    url = admin_url(news, "change", news.pk)
    data = form_data(
        people["editor_client"].get(url), member_states=[str(norway.pk), str(chile.pk)]
    )
    del data["_save"]
    data["_send_for_review"] = "Send"
    people["editor_client"].post(url, data)
    change = PendingChange.objects.get()
    chile.delete()
    response = people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert response.status_code == 400
    assert "An item chosen for “Member states” has been deleted since." in response.text
    assert list(news.member_states.all()) == []
    assert PendingChange.objects.get().state == ReviewState.PENDING


def test_a_new_file_is_not_sent_for_review_and_nothing_typed_is_lost(people, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = factories.DocumentFactory(title_en="Annual report")
    url = admin_url(document, "change", document.pk)
    data = form_data(people["editor_client"].get(url), title_en="Annual report 2024")
    del data["_save"]
    data["_send_for_review"] = "Send for review"
    data["file"] = SimpleUploadedFile("report.pdf", PDF)
    response = people["editor_client"].post(url, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["file"] == [
        "A new file cannot be sent for review: ask a publisher to upload it, and send your "
        "other changes without it."
    ]
    assert 'value="Annual report 2024"' in response.text
    assert not PendingChange.objects.exists()


def test_only_publishers_edit_published_pages_from_the_list(people):
    page = factories.PageFactory(title_en="About", order=1)
    url = admin_url(page, "changelist")
    assert people["editor_client"].get(url).context["cl"].list_editable == ()
    assert people["publisher_client"].get(url).context["cl"].list_editable
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(page.pk),
        "form-0-order": "7",
        "_save": "Save",
    }
    people["editor_client"].post(url, data)
    page.refresh_from_db()
    assert page.order == 1


def test_removing_a_file_can_wait_for_review(people, settings, tmp_path, secretariat_client):
    settings.MEDIA_ROOT = tmp_path
    document = factories.DocumentFactory(title_en="Annual report")
    upload_document(secretariat_client, document, PDF)
    document.refresh_from_db()
    assert document.file
    response = send_for_review(people["editor_client"], document, **{"file-clear": "on"})
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert change.proposed["file"] == ""


def send_with_boxes(client, obj, boxes, **changes):
    url = admin_url(obj, "change", obj.pk)
    data = form_data(client.get(url), **changes)
    del data["_save"]
    data.update(_send_for_review="Send for review", **boxes)
    return client.post(url, data)


def test_a_change_carries_only_the_boxes_its_editor_changed(people, news):
    """A change waits while colleagues work: approving it leaves alone the marks that its
    editor did not touch, though the form showed them (here one set while it waited)."""
    key = f"coalition.newsitem:{news.pk}"
    send_with_boxes(people["editor_client"], news, {}, title_en="New title")
    translation_state.set_not_needed(news, "title", "ar", True)  # a colleague, meanwhile
    change = PendingChange.objects.get()
    assert change.translation_decisions == {}
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert translation_status(news, "title", "ar") == TranslationStatus.NOT_NEEDED
    # Unticking a mark is a decision too, shown to the reviewer and applied.
    send_with_boxes(people["editor_client"], news, {"_translation_not_needed": []}, title_en="X")
    change = PendingChange.objects.pending().get()
    assert change.translation_decisions["needed"] == [f"{key}:title:ar"]
    page = people["publisher_client"].get(review_url(change)).text
    assert "<li>Title (Arabic): needs a translation</li>" in page
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert translation_status(news, "title", "ar") == TranslationStatus.MISSING


def test_still_right_is_not_applied_to_english_the_editor_did_not_see(people, news):
    key = f"coalition.newsitem:{news.pk}"
    send_with_boxes(
        people["editor_client"],
        news,
        {"_translation_confirm": [f"{key}:title:fr"]},
        summary_en="A new summary",
    )
    change = PendingChange.objects.get()
    submit(people["publisher_client"], admin_url(news, "change", news.pk), title_en="Rewritten")
    assert translation_status(news, "title", "fr") == TranslationStatus.OUTDATED
    response = people["publisher_client"].post(
        review_url(change), {"action": "approve"}, follow=True
    )
    assert "the English changed since the editor saw it" in response.text
    news.refresh_from_db()
    assert news.summary_en == "A new summary"
    assert translation_status(news, "title", "fr") == TranslationStatus.OUTDATED


def test_boxes_ticked_alone_need_no_review(people, news):
    key = f"coalition.newsitem:{news.pk}"
    url = admin_url(news, "change", news.pk)
    data = form_data(people["editor_client"].get(url))
    del data["_save"]
    data.update(_send_for_review="Send for review", _translation_not_needed=[f"{key}:title:es"])
    response = people["editor_client"].post(url, data, follow=True)
    assert "Your translation marks were saved" in response.text
    assert not PendingChange.objects.exists()
    assert translation_status(news, "title", "es") == TranslationStatus.NOT_NEEDED


@pytest.mark.parametrize("sections", [1, 4])
def test_the_review_page_takes_the_same_queries_however_many_rows_changed(
    people, sections, django_assert_num_queries
):
    """Rows and the items their fields name are read a kind at a time, not one by one."""
    page = factories.PageFactory(title_en="About")
    norway, chile = (
        factories.MemberStateFactory(country=code, slug=code.lower()) for code in ("NO", "CL")
    )
    edits = {"sections-TOTAL_FORMS": str(sections)}
    for number in range(sections):
        models.PageSection.objects.create(page=page, heading_en=f"Part {number}", order=number)
        edits[f"sections-{number}-heading_en"] = f"New part {number}"
    send_page_rows(people["editor_client"], page, **edits)
    change = PendingChange.objects.get()
    assert len(change.rows) == sections
    news = factories.NewsItemFactory(title_en="About Norway")
    news.member_states.set([norway])
    url = admin_url(news, "change", news.pk)
    data = form_data(people["editor_client"].get(url), member_states=[str(chile.pk)])
    del data["_save"]
    data["_send_for_review"] = "Send"
    people["editor_client"].post(url, data)
    client = people["publisher_client"]
    client.get(review_url(change))  # the session and content types, read once
    with django_assert_num_queries(QUERIES_OF_A_REVIEW_PAGE):
        client.get(review_url(change))
    about_norway = PendingChange.objects.exclude(pk=change.pk).get()
    # One more: the member states' names, before and after, read in one query.
    with django_assert_num_queries(QUERIES_OF_A_REVIEW_PAGE + 1):
        response = client.get(review_url(about_norway))
    [row] = response.context["rows"]
    assert (row.current, row.proposed) == ("Norway", "Chile")


def test_a_row_deleted_since_is_a_conflict(people):
    page = factories.PageFactory(title_en="About")
    section = models.PageSection.objects.create(page=page, heading_en="Mandate", order=1)
    send_page_rows(people["editor_client"], page, **{"sections-0-heading_en": "Aims"})
    change = PendingChange.objects.get()
    section.delete()
    publisher = people["publisher_client"]
    response = publisher.post(review_url(change), {"action": "approve"})
    assert response.status_code == 400
    assert "Deleted since the change was sent." in response.text
    response = publisher.post(review_url(change), {"action": "approve", "confirm_conflicts": "1"})
    assert response.status_code == 400  # it cannot be applied: said so, and kept
    assert "has been deleted since" in response.text
    change.refresh_from_db()
    assert change.state == ReviewState.PENDING


def test_the_reviewer_is_emailed_when_the_site_sends_mail(
    people, news, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_EMAIL = "secretariat@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        send_for_review(
            people["editor_client"], news, reviewer=str(people["publisher"].pk), title_en="T"
        )
    assert coalition.mail.drain(timeout=10)
    assert [message.to for message in mail.outbox] == [["pierre@example.org"]]
    change = PendingChange.objects.get()
    assert change.reviewer == people["publisher"]
    assert review_url(change) in mail.outbox[0].body


def test_a_mail_server_failure_is_logged_and_the_change_kept(
    people, news, settings, caplog, django_capture_on_commit_callbacks
):
    """The reviewer's e-mail goes from the mail queue's thread, after the response: a mail
    server that fails is logged there, and the change waits on the home page as sent."""
    settings.CONTACT_EMAIL = "secretariat@example.org"
    settings.EMAIL_BACKEND = "tests.test_contact.FailingBackend"
    with caplog.at_level(logging.ERROR, logger="coalition.mail"):
        with django_capture_on_commit_callbacks(execute=True):
            response = send_for_review(people["editor_client"], news, title_en="T")
        assert coalition.mail.drain(timeout=10)
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert change.state == ReviewState.PENDING
    [record] = [record for record in caplog.records if record.name == "coalition.mail"]
    assert record.getMessage() == f"Could not e-mail the review request for change {change.pk}."
    assert mail.outbox == []


def test_no_mail_without_the_sites_mail_settings(
    people, news, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_EMAIL = ""
    with django_capture_on_commit_callbacks(execute=True):
        send_for_review(people["editor_client"], news, title_en="T")
    assert mail.outbox == []


def test_an_editor_cannot_restore_an_earlier_version_of_a_published_item(people, news):
    publisher = people["publisher_client"]
    submit(publisher, admin_url(news, "change", news.pk), title_en="Second")
    version = Version.objects.get_for_object(news).first()
    url = reverse("admin:coalition_newsitem_revision", args=[news.pk, version.pk])
    response = people["editor_client"].post(url, {})
    assert response.status_code == 302
    assert response.url == admin_url(news, "history", news.pk)
    news.refresh_from_db()
    assert news.title_en == "Second"


# Reviewing --------------------------------------------------------------------------------


def test_the_publisher_sees_what_would_change_in_each_language(people, news):
    send_for_review(people["editor_client"], news, title_en="New title", title_fr="Nouveau titre")
    response = people["publisher_client"].get(review_url(PendingChange.objects.get()))
    assert response.status_code == 200
    rows = [(row.label, row.current, row.proposed) for row in response.context["rows"]]
    assert rows == [
        ("Title (English)", "Old title", "New title"),
        ("Title (French)", "Ancien titre", "Nouveau titre"),
    ]
    assert 'lang="fr" dir="ltr">Nouveau titre' in response.text
    assert "review-conflicts" not in response.text


def test_approving_applies_publishes_and_records_both_names(people, news, client):
    send_for_review(people["editor_client"], news, title_en="New title")
    change = PendingChange.objects.get()
    response = people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert response.status_code == 302
    news.refresh_from_db()
    assert (news.title_en, news.status) == ("New title", Status.PUBLISHED)
    assert "New title" in client.get(news.get_absolute_url()).text
    change.refresh_from_db()
    assert (change.state, change.decided_by) == (ReviewState.APPROVED, people["publisher"])
    version = Version.objects.get_for_object(news).first()
    assert version.revision.user == people["publisher"]
    assert version.revision.comment == "Change sent by amina, approved by pierre."
    assert LogEntry.objects.get().get_change_message() == version.revision.comment


def test_approving_sets_related_items(people):
    norway = factories.MemberStateFactory(country="NO", slug="norway")
    news = factories.NewsItemFactory(title_en="About Norway")
    url = admin_url(news, "change", news.pk)
    data = form_data(people["editor_client"].get(url), member_states=[str(norway.pk)])
    del data["_save"]
    data["_send_for_review"] = "Send"
    people["editor_client"].post(url, data)
    change = PendingChange.objects.get()
    assert change.proposed == {"member_states": [norway.pk]}
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert list(news.member_states.all()) == [norway]


def test_sending_back_needs_a_comment_and_keeps_the_published_item(people, news):
    send_for_review(people["editor_client"], news, title_en="New title")
    change = PendingChange.objects.get()
    publisher = people["publisher_client"]
    response = publisher.post(review_url(change), {"action": "return", "comment": " "})
    assert response.status_code == 400
    assert "Say what should change" in response.text
    response = publisher.post(
        review_url(change), {"action": "return", "comment": "Please keep the date in it."}
    )
    assert response.status_code == 302
    change.refresh_from_db()
    news.refresh_from_db()
    assert (change.state, change.comment) == (ReviewState.RETURNED, "Please keep the date in it.")
    assert news.title_en == "Old title"

    # The editor finds it on the home page, and gets their work back in the form.
    editor = people["editor_client"]
    home = editor.get(reverse("admin:index")).text
    assert "Please keep the date in it." in home
    form = editor.get(admin_url(news, "change", news.pk) + f"?from_review={change.pk}")
    assert 'value="New title"' in form.text
    assert "Please keep the date in it." in form.text


def test_a_conflict_is_shown_and_must_be_confirmed(people, news):
    send_for_review(people["editor_client"], news, title_en="Editor's title")
    change = PendingChange.objects.get()
    publisher = people["publisher_client"]
    submit(publisher, admin_url(news, "change", news.pk), title_en="Publisher's title")

    response = publisher.get(review_url(change))
    assert 'id="review-conflicts"' in response.text
    [row] = response.context["rows"]
    assert (row.original, row.current, row.proposed, row.conflict) == (
        "Old title",
        "Publisher's title",
        "Editor's title",
        True,
    )
    response = publisher.post(review_url(change), {"action": "approve"})
    assert response.status_code == 400
    news.refresh_from_db()
    assert news.title_en == "Publisher's title"
    change.refresh_from_db()
    assert change.state == ReviewState.PENDING  # the editor's work is still there

    publisher.post(review_url(change), {"action": "approve", "confirm_conflicts": "1"})
    news.refresh_from_db()
    assert news.title_en == "Editor's title"


def test_only_publishers_decide(people, news, staff):
    send_for_review(people["editor_client"], news, title_en="New title")
    change = PendingChange.objects.get()
    editor = people["editor_client"]
    assert editor.get(review_url(change)).status_code == 200  # their own change
    assert editor.post(review_url(change), {"action": "approve"}).status_code == 403
    translator = staff("Translator", username="tomas")
    assert translator.post(review_url(change), {"action": "approve"}).status_code == 403
    news.refresh_from_db()
    assert news.title_en == "Old title"
    assert Client().get(review_url(change)).status_code == 302  # to the sign-in page


def test_a_decided_change_cannot_be_decided_again(people, news):
    send_for_review(people["editor_client"], news, title_en="New title")
    change = PendingChange.objects.get()
    publisher = people["publisher_client"]
    publisher.post(review_url(change), {"action": "return", "comment": "No."})
    again = publisher.post(review_url(change), {"action": "approve"})
    assert again.status_code == 400
    assert "This change was decided or replaced since you opened it" in again.text
    news.refresh_from_db()
    assert news.title_en == "Old title"
    # Someone who may not publish is still refused.
    assert (
        people["editor_client"].post(review_url(change), {"action": "approve"}).status_code == 403
    )


def test_an_unknown_change_is_404(people):
    assert people["publisher_client"].get("/admin/review/999/").status_code == 404


# The home page ----------------------------------------------------------------------------


def save_as(client, obj, **changes):
    assert submit(client, admin_url(obj, "change", obj.pk), **changes).status_code == 302


def test_the_home_page_shows_each_persons_work(people, settings):
    editor, publisher = people["editor_client"], people["publisher_client"]
    mine = factories.NewsItemFactory(status=Status.DRAFT, title_en="Amina's draft")
    theirs = factories.DocumentFactory(status=Status.DRAFT, title_en="Pierre's draft")
    save_as(editor, mine)
    save_as(publisher, theirs)
    factories.NewsItemFactory(
        title_en="Scheduled news",
        published_at=datetime.datetime(2030, 7, 1, 12, 0, tzinfo=datetime.UTC),
    )
    published = factories.NewsItemFactory(title_en="Published news")
    send_for_review(editor, published, title_en="Better news")

    html = editor.get(reverse("admin:index")).text
    your_drafts = html.split("Your drafts")[1].split("Others’ drafts")[0]
    others_drafts = html.split("Others’ drafts")[1].split("Scheduled")[0]
    assert "Amina&#x27;s draft" in your_drafts
    assert "Pierre" not in your_drafts
    assert "Pierre&#x27;s draft" in others_drafts
    assert "pierre" in others_drafts
    scheduled = html.split('id="dashboard-scheduled"')[1].split("</section>")[0]
    assert "Times are in London time (GMT/BST)." in scheduled
    assert "Scheduled news" in scheduled
    assert 'datetime="2030-07-01T13:00:00+01:00"' in scheduled  # summer time in London
    waiting = html.split('id="mine-waiting"')[1].split("</ul>")[0]
    assert "Published news" in waiting
    assert "Waiting for review" in waiting
    recent = html.split('id="dashboard-recent"')[1].split("</section>")[0]
    assert "Pierre&#x27;s draft" in recent
    assert "Amina" not in recent

    to_review = publisher.get(reverse("admin:index")).text.split('id="to-review"')[1]
    assert "Published news" in to_review.split("</ul>")[0]


def test_the_time_zone_is_a_setting(people, settings):
    settings.SECRETARIAT_TIME_ZONE = "Europe/Brussels"
    factories.NewsItemFactory(
        title_en="Scheduled", published_at=datetime.datetime(2030, 1, 1, 12, tzinfo=datetime.UTC)
    )
    html = people["editor_client"].get(reverse("admin:index")).text
    assert "Times are in the time zone Europe/Brussels." in html
    assert 'datetime="2030-01-01T13:00:00+01:00"' in html


def make_work(editor, publisher, count):
    for n in range(count):
        draft = factories.NewsItemFactory(status=Status.DRAFT, title_en=f"Draft {n}")
        save_as(editor if n % 2 else publisher, draft)
        factories.DocumentFactory(status=Status.DRAFT, title_en=f"Document {n}")
        factories.NewsItemFactory(published_at=timezone.now() + datetime.timedelta(days=n + 1))
        send_for_review(editor, factories.NewsItemFactory(title_en=f"Published {n}"), title_en="N")


@pytest.mark.parametrize("count", [1, DASHBOARD_ITEMS + 2])
def test_the_home_page_takes_a_fixed_number_of_queries(people, count, django_assert_num_queries):
    editor, publisher = people["editor_client"], people["publisher_client"]
    make_work(editor, publisher, count)
    url = reverse("admin:index")
    assert publisher.get(url).status_code == 200  # content types and sessions warmed up
    # Session, user, device; permissions (2); one query per kind of content (9); who saved
    # the drafts; changes to review, one's own; recent changes; the translation summary;
    # the admin's log.
    with django_assert_num_queries(20):
        response = publisher.get(url)
    # However many wait, the home page lists a few and links to the list of them all.
    assert len(response.context["dashboard"]["to_review"]) == min(count, DASHBOARD_ITEMS)
    assert reverse("admin:coalition_pendingchange_changelist") in response.text


@pytest.fixture
def technical_viewer(staff):
    """A staff member who was given the right to see sign-in records and devices."""
    client = staff("Secretariat editor", username="ines")
    user = User.objects.get(username="ines")
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["axes", "otp_totp", "otp_static"],
            codename__startswith="view_",
        )
    )
    return client


def test_no_technical_labels_on_the_home_page_for_staff(technical_viewer):
    html = technical_viewer.get(reverse("admin:index")).text
    for label in (
        "Axes",
        "AXES",
        "OTP_TOTP",
        "OTP_STATIC",
        "Django OTP",
        "TOTP",
        "Coalition content",
    ):
        assert label not in html, label
    assert "Website content" in html


def test_superusers_still_see_the_technical_apps(admin_client):
    html = admin_client.get(reverse("admin:index")).text
    assert "Axes" in html or "AXES" in html
    assert "Website content" in html


def test_the_translation_summary_is_included_only_when_it_exists(people, monkeypatch):
    from coalition.admin import dashboard

    client = people["editor_client"]
    html = client.get(reverse("admin:index")).text
    assert 'id="translation-summary-heading"' in html
    monkeypatch.setattr(dashboard, "TRANSLATION_SUMMARY", "admin/includes/no-such.html")
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "translation-summary" not in response.text


# Share links -------------------------------------------------------------------------------


@pytest.fixture
def draft():
    return factories.NewsItemFactory(status=Status.DRAFT, title_en="Draft news")


def make_link(client, obj):
    response = client.post(reverse("admin:coalition_newsitem_share", args=[obj.pk]))
    assert response.status_code == 302
    return ShareLink.objects.latest("pk")


def test_staff_make_a_share_link_to_copy(secretariat_client, draft):
    link = make_link(secretariat_client, draft)
    assert link.creator.username == "editor"
    html = secretariat_client.get(admin_url(draft, "change", draft.pk)).text
    url = f"http://testserver/en/shared/{link.token}/"
    # Without JavaScript, the link is text to select; the copy button waits for the script.
    assert (
        f'<a href="{url}" class="share-link-url" id="share-link-{link.pk}" dir="ltr">{url}</a>'
        in html
    )
    assert re.search(
        rf'<button type="button" class="button copy-link" data-copy-target="share-link-{link.pk}"'
        r' data-copied="Link copied" hidden>Copy link</button>',
        html,
    )
    assert re.search(r'<script src="/static/js/admin-tools.js" defer></script>', html)


def test_making_a_link_needs_a_post(secretariat_client, draft):
    url = reverse("admin:coalition_newsitem_share", args=[draft.pk])
    assert secretariat_client.get(url).status_code == 405
    assert not ShareLink.objects.exists()


def test_a_revoked_link_says_it_no_longer_works(secretariat_client, draft, client):
    link = make_link(secretariat_client, draft)
    public = f"/en/shared/{link.token}/"
    assert client.get(public).status_code == 200
    revoke = reverse("admin:coalition_newsitem_share_revoke", args=[draft.pk, link.pk])
    assert secretariat_client.post(revoke).status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None
    response = client.get(public)
    assert response.status_code == 410
    assert "This link no longer works" in response.text
    assert "Draft news" not in response.text
    assert response["Cache-Control"] == "private, no-store"
    assert client.get(f"/ar/shared/{link.token}/").status_code == 410
    # Revoked links are no longer listed.
    assert link.token not in secretariat_client.get(admin_url(draft, "change", draft.pk)).text


def test_a_link_of_another_item_cannot_be_revoked_through_this_one(secretariat_client, draft):
    link = make_link(secretariat_client, draft)
    other = factories.NewsItemFactory(status=Status.DRAFT)
    url = reverse("admin:coalition_newsitem_share_revoke", args=[other.pk, link.pk])
    assert secretariat_client.post(url).status_code == 404


def test_only_staff_who_may_change_the_item_share_it(staff, draft):
    client = staff("Publisher", username="viewer")
    Group.objects.get(name="Publisher").permissions.remove(
        Permission.objects.get(codename="change_newsitem")
    )
    url = reverse("admin:coalition_newsitem_share", args=[draft.pk])
    assert client.post(url).status_code == 403


# Ordering ----------------------------------------------------------------------------------


def test_orderable_fields_get_the_ordering_tools_and_stay_number_fields(secretariat_client):
    page = factories.PageFactory()
    models.PageSection.objects.create(page=page, heading_en="A", order=1)
    html = secretariat_client.get(admin_url(page, "change", page.pk)).text
    field = re.search(r'<input type="number" name="sections-0-order"[^>]*>', html).group(0)
    assert 'value="1"' in field
    assert "data-order-field" in field
    assert 'data-move-up="Move up"' in field
    assert 'data-moved="Moved to position %(position)s of %(count)s."' in field
    changelist = secretariat_client.get(admin_url(page, "changelist")).text
    assert re.search(r'<input type="number" name="form-0-order"[^>]*data-order-field', changelist)
    assert "/static/js/admin-tools.js" in changelist
    sub_entity = factories.SubEntityFactory()
    html = secretariat_client.get(admin_url(sub_entity, "change", sub_entity.pk)).text
    assert re.search(r'name="state_roles-__prefix__-order"[^>]*data-order-field', html)


def test_a_new_order_of_sections_is_saved(secretariat_client):
    page = factories.PageFactory(status=Status.DRAFT)
    first = models.PageSection.objects.create(page=page, heading_en="First", order=1)
    second = models.PageSection.objects.create(page=page, heading_en="Second", order=2)
    url = admin_url(page, "change", page.pk)
    data = form_data(
        secretariat_client.get(url), **{"sections-0-order": "2", "sections-1-order": "1"}
    )
    assert secretariat_client.post(url, data).status_code == 302
    assert list(page.sections.all()) == [second, first]


def test_the_order_of_pages_is_saved_from_the_list(secretariat_client):
    one = factories.PageFactory(title_en="One", order=1)
    two = factories.PageFactory(title_en="Two", order=2)
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-0-id": str(one.pk),
        "form-0-order": "2",
        "form-1-id": str(two.pk),
        "form-1-order": "1",
        "_save": "Save",
    }
    response = secretariat_client.post(admin_url(one, "changelist"), data)
    assert response.status_code == 302
    assert list(models.Page.objects.values_list("title_en", flat=True)) == ["Two", "One"]


@pytest.mark.parametrize("object_id", ["abc", "999999"])
def test_posting_to_an_item_that_does_not_exist_is_no_error(people, object_id):
    url = f"/admin/coalition/newsitem/{object_id}/change/"
    response = people["editor_client"].post(url, {"_send_for_review": "Send"})
    assert response.status_code == 302  # to the admin's home, saying it does not exist
    assert not PendingChange.objects.exists()


def test_the_editor_is_emailed_the_decision(
    people, news, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_EMAIL = "secretariat@example.org"
    send_for_review(people["editor_client"], news, title_en="New title")
    change = PendingChange.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        people["publisher_client"].post(
            review_url(change), {"action": "return", "comment": "Shorter, please."}
        )
    assert coalition.mail.drain(timeout=10)
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject == "Your change to “Old title” was sent back"
    assert "Shorter, please." in message.body
    assert review_url(change) in message.body


def test_the_review_pages_and_the_gone_page_are_valid_html(people, news, client, java, tmp_path):
    """The Nu HTML Checker on what this feature adds (Django's own admin pages aside)."""
    send_for_review(people["editor_client"], news, title_en="New", title_ar="جديد")
    change = PendingChange.objects.get()
    link = ShareLink.objects.create(
        content_type_id=change.content_type_id,
        object_id=change.object_id,
        expires_at=timezone.now(),
    )
    page = factories.PageFactory(title_en="About")
    models.PageSection.objects.create(page=page, heading_en="Mandate", order=1)
    models.PageSection.objects.create(page=page, heading_en="History", order=2)
    send_page_rows(
        people["editor_client"],
        page,
        **{"sections-0-heading_en": "Aims", "sections-1-DELETE": "on"},
    )
    rows_change = PendingChange.objects.latest("pk")
    pages = {
        "review": people["publisher_client"].get(review_url(change)),
        "review-rows": people["publisher_client"].get(review_url(rows_change)),
        "home": people["publisher_client"].get(reverse("admin:index")),
        "gone-en": client.get(f"/en/shared/{link.token}/"),
        "gone-ar": client.get(f"/ar/shared/{link.token}/"),
    }
    messages = checker_messages(
        java, tmp_path, {name: response.content for name, response in pages.items()}
    )
    errors = [describe(message) for message in messages if message["type"] == "error"]
    assert not errors, "\n".join(errors)


def test_an_editor_cannot_delete_a_published_item_but_can_delete_a_draft(people, news):
    client = people["editor_client"]
    assert client.post(admin_url(news, "delete", news.pk), {"post": "yes"}).status_code == 403
    response = client.post(
        admin_url(news, "changelist"),
        {"action": "delete_selected", "_selected_action": [news.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert models.NewsItem.objects.filter(pk=news.pk).exists()
    draft = factories.NewsItemFactory(status=Status.DRAFT)
    assert client.post(admin_url(draft, "delete", draft.pk), {"post": "yes"}).status_code == 302
    assert not models.NewsItem.objects.filter(pk=draft.pk).exists()


def test_a_change_asked_of_one_publisher_is_on_their_home_page_only(people, news, otp_login):
    marie = User.objects.create_user("marie", password="a long enough password", is_staff=True)
    marie.groups.add(Group.objects.get(name="Publisher"))
    marie_client = otp_login(Client(), marie)
    send_for_review(
        people["editor_client"], news, reviewer=str(people["publisher"].pk), title_en="N"
    )
    assert (
        len(
            people["publisher_client"].get(reverse("admin:index")).context["dashboard"]["to_review"]
        )
        == 1
    )
    assert marie_client.get(reverse("admin:index")).context["dashboard"]["to_review"] == []
    send_for_review(people["editor_client"], news, title_en="For anyone")
    assert len(marie_client.get(reverse("admin:index")).context["dashboard"]["to_review"]) == 1


def test_the_reviewer_and_note_come_back_with_an_invalid_form(people, news):
    response = send_for_review(
        people["editor_client"],
        news,
        reviewer=str(people["publisher"].pk),
        note="Please check the date.",
        date="not a date",
    )
    assert response.status_code == 200
    assert f'<option value="{people["publisher"].pk}" selected>' in response.text
    assert ">Please check the date.</textarea>" in response.text
    assert not PendingChange.objects.exists()


def test_the_list_of_changes_for_review_shows_each_person_what_they_may_see(people, news, staff):
    """Besides the home page, a list of every change sent (Website content › Changes for
    review): filtered by state and by "waiting for me", each row opening its review page;
    nobody adds, edits or deletes one there; staff who may not see the item's kind see only
    their own changes."""
    send_for_review(people["editor_client"], news, title_en="Proposed title")
    change = PendingChange.objects.get()
    url = reverse("admin:coalition_pendingchange_changelist")
    assert f'href="{url}"' in people["publisher_client"].get(reverse("admin:index")).text

    listed = people["publisher_client"].get(url)
    assert listed.status_code == 200
    assert list(listed.context["cl"].result_list) == [change]
    assert f'href="{review_url(change)}"' in listed.text
    waiting = people["publisher_client"].get(url, {"waiting": "me"})
    assert list(waiting.context["cl"].result_list) == [change]
    people["publisher_client"].post(review_url(change), {"action": "approve"})
    assert (
        list(people["publisher_client"].get(url, {"waiting": "me"}).context["cl"].result_list) == []
    )
    approved = people["publisher_client"].get(url, {"state": ReviewState.APPROVED})
    assert list(approved.context["cl"].result_list) == [change]
    news_items = people["publisher_client"].get(url, {"kind": "newsitem"})
    assert list(news_items.context["cl"].result_list) == [change]
    assert ">News items</a>" in news_items.text
    assert (
        list(people["publisher_client"].get(url, {"kind": "page"}).context["cl"].result_list) == []
    )

    # The editor sees their own change; nobody may add, change or delete one here.
    assert list(people["editor_client"].get(url).context["cl"].result_list) == [change]
    assert people["editor_client"].get(url + "add/").status_code == 403
    change_page = people["editor_client"].get(
        reverse("admin:coalition_pendingchange_change", args=[change.pk])
    )
    assert change_page.status_code == 302
    assert change_page["Location"] == review_url(change)
    no_such = reverse("admin:coalition_pendingchange_change", args=["not-a-number"])
    assert people["editor_client"].get(no_such).status_code == 404
    # A translator may view news items: they see the change; a member of no group sees none.
    assert list(staff("Translator", username="tina").get(url).context["cl"].result_list) == [change]
    assert staff(username="nobody").get(url).status_code == 403
