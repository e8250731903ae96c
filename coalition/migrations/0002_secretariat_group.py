"""The "Secretariat" group: staff who keep the site's content.

It may add, change, delete and view every coalition content model, and nothing else
(no users, no groups, no permissions).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Secretariat"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so that the
    # group gets them on a fresh database too.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="coalition"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
