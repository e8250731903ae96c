"""Least-privilege groups for staff, beside the full "Secretariat" group (0002, 0004).

- "Secretariat editor": adds, changes, deletes and views content; cannot publish.
- "Publisher": views and changes content, and publishes or unpublishes it.
- "Translator": views and changes content; the admin then lets them edit only the
  translated columns (coalition/admin.py, TranslationOnlyMixin).
- "Secretariat" keeps everything it had and gets the new "publish" permissions (0005).

Content is every coalition model but contact messages, which only "Secretariat" reads.
No group gets any permission on users, groups or permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NOT_CONTENT = ["contactmessage"]
GROUPS = {
    "Secretariat editor": ["add", "change", "delete", "view"],
    "Publisher": ["view", "change", "publish"],
    "Translator": ["view", "change"],
}


def content_permissions(apps, actions):
    Permission = apps.get_model("auth", "Permission")
    return (
        Permission.objects.filter(content_type__app_label="coalition")
        .exclude(content_type__model__in=NOT_CONTENT)
        .filter(codename__regex=rf"^({'|'.join(actions)})_")
    )


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so that the
    # groups get them on a fresh database too (and the "publish" ones added by 0005).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    for name, actions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*content_permissions(apps, actions))
    secretariat, _created = Group.objects.get_or_create(name="Secretariat")
    secretariat.permissions.add(*content_permissions(apps, ["publish"]))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=GROUPS).delete()
    for group in Group.objects.filter(name="Secretariat"):
        group.permissions.remove(*content_permissions(apps, ["publish"]))


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0005_publish_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
