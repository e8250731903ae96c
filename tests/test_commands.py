import re
from io import StringIO

import polib
import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command


@pytest.mark.django_db
def test_local_admin_is_created_once_with_a_random_password(rf):
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    password = re.search(r"password: (\S+)", out.getvalue()).group(1)
    assert len(password) >= 20
    assert authenticate(rf.post("/admin/login/"), username="admin", password=password).is_superuser

    again = StringIO()
    call_command("ensure_local_admin", stdout=again)
    assert "password:" not in again.getvalue()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


@pytest.mark.django_db
def test_two_fresh_databases_get_different_passwords():
    first, second = StringIO(), StringIO()
    call_command("ensure_local_admin", stdout=first)
    get_user_model().objects.all().delete()
    call_command("ensure_local_admin", stdout=second)
    pattern = r"password: (\S+)"
    assert re.search(pattern, first.getvalue()).group(1) != re.search(
        pattern, second.getvalue()
    ).group(1)


def test_catalogues_compile_without_gettext(settings, tmp_path):
    messages = tmp_path / "fr" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    catalogue.append(polib.POEntry(msgid="Member state", msgstr="État membre"))
    catalogue.save(str(messages / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]

    call_command("compile_catalogues", stdout=StringIO())

    compiled = polib.mofile(str(messages / "django.mo"))
    assert compiled.find("Member state").msgstr == "État membre"
