from django.db import migrations


def rebuild_index(apps, schema_editor):
    """News results now show their date as precisely as it is known (its precision is kept
    with each entry): the entries are written again."""
    from coalition.search_index import rebuild

    rebuild(apps)


class Migration(migrations.Migration):
    dependencies = [("coalition", "0021_content_import_waits_in_a_table")]

    operations = [migrations.RunPython(rebuild_index, migrations.RunPython.noop)]
