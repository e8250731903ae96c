"""The "Secretariat" group reads contact messages, marks them handled and deletes them.

It may not add them: messages come from the public contact form only.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Secretariat"
CODENAMES = ["view_contactmessage", "change_contactmessage", "delete_contactmessage"]


def contact_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="coalition", codename__in=CODENAMES)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so that the
    # group gets them on a fresh database too.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*contact_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=GROUP_NAME):
        group.permissions.remove(*contact_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0003_contact_message"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
