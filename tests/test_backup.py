"""The documented backup path (docs/backup.md): dump the content, load it into an empty
database, and get back every object, translation, relation and file reference."""

import datetime
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

from coalition.models import Document, SearchEntry, SubEntity

pytestmark = pytest.mark.django_db(transaction=True)


def comparable(value):
    """Django's JSON keeps times to the millisecond, which is all a backup needs."""
    if isinstance(value, datetime.datetime):
        value = value.replace(microsecond=value.microsecond // 1000 * 1000)
    return str(value)


def snapshot():
    """Every row of every coalition model, all columns (every language's), and every
    many-to-many link, by natural values rather than primary keys where they differ."""
    rows = {}
    for model in apps.get_app_config("coalition").get_models():
        if model._meta.model_name in ("contentversion", "searchentry"):
            continue
        fields = [field.attname for field in model._meta.concrete_fields]
        rows[model._meta.label] = sorted(
            tuple(comparable(value) for value in row) for row in model.objects.values_list(*fields)
        )
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            columns = [f.attname for f in through._meta.concrete_fields if f.attname != "id"]
            rows[through._meta.label] = sorted(through.objects.values_list(*columns))
    return rows


def test_dump_and_load_into_an_empty_database_gives_everything_back(tmp_path):
    call_command("load_demo_content", verbosity=0)
    before, entries = snapshot(), SearchEntry.objects.count()
    assert Document.objects.exclude(file="").count() > 20
    assert SubEntity.objects.exclude(name_fr=None).exclude(name_fr="").exists()

    backup = tmp_path / "content.json"
    out = StringIO()
    call_command(
        "dumpdata",
        "coalition",
        "--exclude",
        "coalition.ContentVersion",  # the page cache's state, not content
        "--exclude",
        "coalition.SearchEntry",  # the search index, made from the content
        "--natural-foreign",
        "--indent",
        "1",
        stdout=out,
    )
    backup.write_text(out.getvalue(), encoding="utf-8")

    call_command("flush", "--no-input", verbosity=0)
    assert Document.objects.count() == 0

    call_command("loaddata", str(backup), verbosity=0)
    assert snapshot() == before
    # The search index, rebuilt from the content as the documentation says, is whole again.
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.count() == entries
