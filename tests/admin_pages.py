"""The admin pages staff use, in one list: the browser tests (axe-core, overflow) and the
markup tests open each of them, in English and in Arabic.

A new admin page is one more AdminPage(...) in ADMIN_PAGES: its name, who opens it, and a
function that gives its address from the `objects` that admin_objects() prepares (add to
that function what a new page needs).
"""

from collections.abc import Callable
from dataclasses import dataclass

import reversion
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from coalition import models

# Who opens a page: the signed-in Secretariat member ("secretariat"), a superuser (the
# staff accounts), one who passed the password but not the second factor ("password only":
# with an authenticator app; "no app": without one), or nobody ("anonymous").
SECRETARIAT, SUPERUSER, PASSWORD_ONLY, NO_APP, ANONYMOUS = (
    "secretariat",
    "superuser",
    "password only",
    "no app",
    "anonymous",
)
SIGNED_IN = (SECRETARIAT, SUPERUSER)
ADMIN_LANGUAGES = ["en", "ar"]


@dataclass(frozen=True)
class AdminPage:
    name: str
    who: str
    path: Callable[[dict], str]
    status: int = 200

    def __str__(self):
        return self.name


def url(name, *args):
    return lambda objects: reverse(f"admin:{name}", args=[a(objects) for a in args])


def pk(key):
    """The key of admin_objects()[key] ("sub-entity" names objects["sub_entity"])."""
    return lambda objects: objects[key.replace("-", "_")].pk


def admin_url(model, view, *args):
    return url(f"{model._meta.app_label}_{model._meta.model_name}_{view}", *args)


# The content changelists (with their filters, search and actions), in the order of the
# admin's registry: every model of the coalition app that has an admin.
CONTENT_MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label == models.Document._meta.app_label
]

CHANGE_FORMS = {
    "document": models.Document,
    "page": models.Page,
    "sub-entity": models.SubEntity,
    "network-member": models.AdvisoryMember,
    "conference": models.Conference,
    "member-state": models.MemberState,
}

ADMIN_PAGES = [
    AdminPage("login", ANONYMOUS, url("login")),
    AdminPage("two-factor", PASSWORD_ONLY, url("two_factor")),
    # Without an app and without an enrolment link: the page that says whom to ask.
    AdminPage("two-factor-no-link", NO_APP, url("two_factor_setup"), status=403),
    AdminPage("index", SECRETARIAT, url("index")),
    AdminPage("app-index", SECRETARIAT, url("app_list", lambda o: "coalition")),
    *(
        AdminPage(f"{model._meta.model_name}-list", SECRETARIAT, admin_url(model, "changelist"))
        for model in CONTENT_MODELS
    ),
    AdminPage(
        "document-list-searched-filtered",
        SECRETARIAT,
        lambda o: (
            reverse("admin:coalition_document_changelist") + "?q=agenda&status__exact=published"
        ),
    ),
    # Add forms: one of each make (autocompletes and dates, tabular inlines, a stacked
    # inline with its own language tabs, a many-to-many autocomplete); the change forms below.
    *(
        AdminPage(f"{model._meta.model_name}-add", SECRETARIAT, admin_url(model, "add"))
        for model in (models.Document, models.SubEntity, models.Page, models.AdvisoryMember)
    ),
    # Change forms, each of the item that admin_objects() gives under the page's name.
    *(
        AdminPage(f"{name}-change", SECRETARIAT, admin_url(model, "change", pk(name)))
        for name, model in CHANGE_FORMS.items()
    ),
    # A document's history: the list, a version compared, a version to revert to.
    *(
        AdminPage(f"document-{view}", SECRETARIAT, admin_url(models.Document, view, *keys))
        for view, keys in [
            ("history", [pk("document")]),
            ("changes", [pk("document"), pk("version")]),
            ("revision", [pk("document"), pk("version")]),
        ]
    ),
    AdminPage("document-recover-list", SECRETARIAT, admin_url(models.Document, "recoverlist")),
    AdminPage(
        "document-recover", SECRETARIAT, admin_url(models.Document, "recover", pk("deleted"))
    ),
    AdminPage("document-delete", SECRETARIAT, admin_url(models.Document, "delete", pk("document"))),
    AdminPage("review", SECRETARIAT, url("review_change", pk("pending_change"))),
    AdminPage("translations", SECRETARIAT, url("translations")),
    AdminPage("translations-import", SECRETARIAT, url("translations_import")),
    AdminPage("password-change", SECRETARIAT, url("password_change")),
    AdminPage("password-change-done", SECRETARIAT, url("password_change_done")),
    AdminPage("user-list", SUPERUSER, url("auth_user_changelist")),
    AdminPage("user-add", SUPERUSER, url("auth_user_add")),
    AdminPage("user-change", SUPERUSER, url("auth_user_change", pk("editor"))),
    AdminPage("user-password", SUPERUSER, url("auth_user_password_change", pk("editor"))),
    AdminPage("user-enrolment-link", SUPERUSER, url("auth_user_enrolment_link", pk("newcomer"))),
    AdminPage(
        "user-reset-second-factor", SUPERUSER, url("auth_user_reset_second_factor", pk("editor"))
    ),
    AdminPage("group-list", SUPERUSER, url("auth_group_changelist")),
    AdminPage("group-change", SUPERUSER, url("auth_group_change", pk("group"))),
]


def admin_objects(users):
    """What the pages' addresses name, from the demo content (loaded before): an item of
    each kind, a version in a document's history, a deleted document to recover, and the
    signed-in users ({"editor": ..., "superuser": ...})."""
    document = models.Document.objects.get(slug="tallinn-agenda")
    with reversion.create_revision():
        document.save()
    with reversion.create_revision():
        document.save()
    gone = models.Document.objects.exclude(pk=document.pk).filter(conference=None).first()
    with reversion.create_revision():
        gone.save()
    gone_pk = gone.pk
    gone.delete()
    version = reversion.models.Version.objects.get_for_object(document).first()
    # A change sent for review, in the list of changes and on its review page.
    pending_change = models.PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(document),
        object_id=str(document.pk),
        object_repr=str(document),
        proposed={"title_en": "Tallinn Agenda, revised", "title_ar": "أجندة تالين، منقحة"},
        original={"title_en": document.title_en, "title_ar": document.title_ar},
        author=users[SECRETARIAT],
        note="The title says that it was revised.",
    )
    deleted = reversion.models.Version.objects.get_deleted(models.Document).get(
        object_id=str(gone_pk)
    )
    return {
        "editor": users[SECRETARIAT],
        "newcomer": users[NO_APP],
        "document": document,
        "version": version,
        "pending_change": pending_change,
        "deleted": deleted,
        "page": models.Page.objects.filter(sections__isnull=False).first(),
        "sub_entity": models.SubEntity.objects.filter(state_roles__isnull=False).first(),
        "network_member": models.AdvisoryMember.objects.first(),
        "conference": models.Conference.objects.first(),
        "member_state": models.MemberState.objects.first(),
        "group": Group.objects.get(name="Secretariat"),
    }


def admin_users():
    """One user per kind of visitor but the anonymous one: {who: user}."""
    User = get_user_model()
    password = "a long enough password"
    editor = User.objects.create_user("editor", password=password, is_staff=True)
    editor.groups.add(Group.objects.get(name="Secretariat"))
    waiting = User.objects.create_user("waiting", password=password, is_staff=True)
    TOTPDevice.objects.create(user=waiting, name="Phone")
    return {
        SECRETARIAT: editor,
        SUPERUSER: User.objects.create_superuser("root", password=password),
        PASSWORD_ONLY: waiting,
        NO_APP: User.objects.create_user("newcomer", password=password, is_staff=True),
    }


def session_key(who, user):
    """A session signed in as the user: with the second factor too, unless `who` is one
    who has passed the password only."""
    client = Client()
    client.force_login(user)
    if who in SIGNED_IN:
        device = TOTPDevice.objects.create(user=user, name="Test app")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client.session.session_key
