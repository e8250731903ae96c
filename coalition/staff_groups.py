"""The staff groups and what each may do, kept in step with the models after every migrate.

- "Secretariat": everything on content, and reads, marks handled and deletes contact
  messages (never adds them: they come from the contact form only); edits the site's
  settings (one row: never added or deleted) and their social network links.
- "Secretariat editor": adds, changes, deletes and views content; cannot publish.
- "Publisher": views and changes content, and publishes or unpublishes it.
- "Translator": views and changes content; the admin then lets them edit only the
  translated columns (coalition/admin/base.py, TranslationOnlyMixin).

"Secretariat" and "Translator" may also export and import content as .po files in the admin
(translate_content).

Content is every model of this app but those in NOT_CONTENT, so that a new kind of content
reaches every group without a migration of its own. No group gets any permission on users,
groups or permissions. The migrations 0002, 0004 and 0006 made the groups first; this module
is what they are now: sync() gives each group exactly its permissions, on every `migrate`.
"""

import logging

from django.apps import apps
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission

log = logging.getLogger(__name__)

# Models that are not content: the contact form's messages, and the site's own records.
NOT_CONTENT = {
    "contactmessage",
    "contentimport",
    "contentversion",
    "formerslug",
    "removedlinks",
    "searchentry",
    "sitesettings",
    "sociallink",
    "translationstate",
}
# Review and sharing (coalition/models/review.py): not content either.
NOT_CONTENT |= {"pendingchange", "sharelink"}

CONTENT_ACTIONS = {
    "Secretariat": ["add", "change", "delete", "view", "publish"],
    "Secretariat editor": ["add", "change", "delete", "view"],
    "Publisher": ["view", "change", "publish"],
    "Translator": ["view", "change"],
}
OTHER_PERMISSIONS = {
    "Secretariat": {
        "contactmessage": ["view", "change", "delete"],
        "sitesettings": ["view", "change"],
        "sociallink": ["add", "change", "delete", "view"],
    },
}
# Permissions of the app named by their whole codename: exporting and importing content as
# .po files in the admin (coalition/admin/translating.py).
NAMED_PERMISSIONS = {
    "Secretariat": ["translate_content"],
    "Translator": ["translate_content"],
}


def content_models():
    return [
        model
        for model in apps.get_app_config("coalition").get_models()
        if model._meta.model_name not in NOT_CONTENT
    ]


def codenames(group_name):
    """The "<action>_<model>" permissions the group should hold."""
    wanted = set()
    for model in content_models():
        model_name = model._meta.model_name
        # Only what the model has: "publish" is for Publishable models (default_permissions).
        actions = set(CONTENT_ACTIONS[group_name]) & set(model._meta.default_permissions)
        wanted.update(f"{action}_{model_name}" for action in actions)
    for model_name, actions in OTHER_PERMISSIONS.get(group_name, {}).items():
        wanted.update(f"{action}_{model_name}" for action in actions)
    wanted.update(NAMED_PERMISSIONS.get(group_name, []))
    return wanted


def sync(**kwargs):
    """Give each group exactly the permissions this module names (a post_migrate receiver)."""
    for name in CONTENT_ACTIONS:
        group, created = Group.objects.get_or_create(name=name)
        wanted = Permission.objects.filter(
            content_type__app_label="coalition", codename__in=codenames(name)
        )
        before = set(group.permissions.values_list("pk", flat=True))
        group.permissions.set(wanted)
        after = set(group.permissions.values_list("pk", flat=True))
        if not created and before != after:
            log.info(
                "Staff group %r: %d permission(s) added, %d removed",
                name,
                len(after - before),
                len(before - after),
            )


def may(user, action, model):
    """Whether `user` may `action` ("view", "change", "publish"…) the items of `model`."""
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")
