"""The admin's home page: what each staff member has to do and what others did, and the
list of apps in staff's words (SecureAdminSite.index and get_app_list, site.py)."""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from ..models import PendingChange, Publishable, ReviewState, Status
from ..staff_groups import may
from .review import admin_url, review_url

TRANSLATION_SUMMARY = "admin/includes/translation_summary.html"
# How long a change sent back stays on its editor's home page.
RETURNED_SHOWN_DAYS = 30
DASHBOARD_ITEMS = 10


def time_zone_label(name):
    if name == "Europe/London":
        return _("Times are in London time (GMT/BST).")
    return _("Times are in the time zone %(zone)s.") % {"zone": name}


def translation_summary():
    """How complete each language is (coalition/translation_state.py), for the summary's
    template; None where that template does not exist, and the block shows nothing."""
    try:
        get_template(TRANSLATION_SUMMARY)
    except TemplateDoesNotExist:
        return None
    from .. import translation_state

    return translation_state.summary()


class Entry:
    """An item on the home page: its name, kind, admin link and when and by whom."""

    def __init__(self, name, kind, url, when=None, who=None):
        self.name, self.kind, self.url, self.when, self.who = name, kind, url, when, who


def dashboard(request, site):
    """The home page's blocks, in a fixed number of queries however much there is."""
    user = request.user
    now = timezone.now()
    models = [
        model
        for model in apps.get_app_config("coalition").get_models()
        if issubclass(model, Publishable) and model in site._registry and may(user, "view", model)
    ]
    content_types = ContentType.objects.get_for_models(*models)

    drafts, scheduled = [], []
    for model in models:
        items = model._default_manager.filter(
            Q(status=Status.DRAFT) | Q(status=Status.PUBLISHED, published_at__gt=now)
        ).order_by("-updated_at")[: DASHBOARD_ITEMS * 2]
        for item in items:
            (drafts if item.status == Status.DRAFT else scheduled).append((model, item))

    # Whose draft: who saved its latest version.
    keys = Q(pk__in=[])
    for model in {model for model, _item in drafts}:
        keys |= Q(
            content_type=content_types[model],
            object_id__in=[str(item.pk) for m, item in drafts if m is model],
        )
    last_saved_by = {}
    for ct_id, object_id, user_id, username in (
        Version.objects.filter(keys)
        .order_by("revision__date_created", "pk")
        .values_list(
            "content_type_id", "object_id", "revision__user_id", "revision__user__username"
        )
    ):
        last_saved_by[(ct_id, object_id)] = (user_id, username)

    def entry(model, item, when=None, who=None):
        return Entry(
            str(item),
            model._meta.verbose_name,
            admin_url(site, model, "change", item.pk),
            when,
            who,
        )

    my_drafts, others_drafts = [], []
    for model, item in sorted(drafts, key=lambda pair: pair[1].updated_at, reverse=True):
        saver_id, saver = last_saved_by.get((content_types[model].pk, str(item.pk)), (None, None))
        target = my_drafts if saver_id == user.pk else others_drafts
        target.append(entry(model, item, item.updated_at, saver))
    scheduled.sort(key=lambda pair: pair[1].published_at)

    may_publish = [content_types[model] for model in models if may(user, "publish", model)]
    pending = PendingChange.objects.select_related("author", "reviewer", "content_type")
    to_review = pending.waiting_for(user, may_publish)
    mine = pending.filter(author=user).filter(
        Q(state=ReviewState.PENDING)
        | Q(state=ReviewState.RETURNED, decided_at__gte=now - timedelta(days=RETURNED_SHOWN_DAYS))
    )
    recent = (
        Version.objects.filter(content_type__in=content_types.values())
        .exclude(revision__user=user)
        .select_related("revision__user", "content_type")
        .order_by("-revision__date_created", "-pk")[:DASHBOARD_ITEMS]
    )
    recent_entries = []
    for version in recent:
        model = version.content_type.model_class()
        recent_entries.append(
            Entry(
                version.object_repr,
                model._meta.verbose_name,
                admin_url(site, model, "change", version.object_id),
                version.revision.date_created,
                version.revision.user.get_username() if version.revision.user else None,
            )
        )
    return {
        "dashboard": {
            "my_drafts": my_drafts[:DASHBOARD_ITEMS],
            "others_drafts": others_drafts[:DASHBOARD_ITEMS],
            # Shown in the secretariat's time zone by the template ({% timezone %}).
            "scheduled": [
                entry(model, item, item.published_at) for model, item in scheduled[:DASHBOARD_ITEMS]
            ],
            "time_zone": settings.SECRETARIAT_TIME_ZONE,
            "time_zone_label": time_zone_label(settings.SECRETARIAT_TIME_ZONE),
            # The rest are in the list of changes, which the block links to.
            "to_review": [
                (change, review_url(site, change.pk)) for change in to_review[:DASHBOARD_ITEMS]
            ],
            "mine_waiting": [
                (change, review_url(site, change.pk)) for change in mine[:DASHBOARD_ITEMS]
            ],
            "recent": recent_entries,
            "translation_summary": translation_summary(),
        }
    }


# Apps named for staff, technical ones only for superusers ---------------------------------

TECHNICAL_APPS = {"axes", "django_otp", "otp_totp", "otp_static", "reversion", "sites"}
STAFF_APP_NAMES = {
    "coalition": _("Website content"),
    "auth": _("Staff accounts"),
}


def staff_app_list(app_list, user):
    """The home page's list of apps: named in staff's words; sign-in records and second-
    factor devices only for superusers."""
    shown = []
    for app in app_list:
        if app["app_label"] in TECHNICAL_APPS and not user.is_superuser:
            continue
        if app["app_label"] in STAFF_APP_NAMES:
            app = {**app, "name": STAFF_APP_NAMES[app["app_label"]]}
        shown.append(app)
    return shown
