"""The translation gate: every interface string is in the catalogues, and translated."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fr", "es", "ar"]
IGNORED = ["coalition/demo/*"]


def catalogue(locale_dir, language):
    return polib.pofile(str(locale_dir / language / "LC_MESSAGES" / "django.po"))


def keys(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    po = catalogue(ROOT / "locale", language)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    plural_forms = po.metadata["Plural-Forms"]
    for entry in po.translated_entries():
        if entry.msgid_plural:
            expected = int(plural_forms.split("nplurals=")[1].split(";")[0])
            assert len([form for form in entry.msgstr_plural.values() if form]) == expected, (
                entry.msgid
            )


def test_catalogues_are_not_behind_the_code(tmp_path, settings, monkeypatch):
    """makemessages finds no string that the committed catalogues lack (or no longer need)."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is needed in CI to check the catalogues.")
        pytest.skip("GNU gettext is not installed; CI runs this check.")
    # makemessages writes into the catalogues next to the sources it reads: work on a copy.
    for folder in ("coalition", "focsite", "templates", "locale"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.mo", "__pycache__")
        )
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command(
        "makemessages",
        locale=LANGUAGES,
        no_location=True,
        no_obsolete=True,
        ignore_patterns=IGNORED,
        verbosity=0,
    )
    for language in LANGUAGES:
        fresh = keys(catalogue(tmp_path / "locale", language))
        committed = keys(catalogue(ROOT / "locale", language))
        assert sorted(fresh - committed, key=str) == [], (
            f"{language}: run `make messages` and translate"
        )
        assert sorted(committed - fresh, key=str) == [], f"{language}: run `make messages`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_not_older_than_its_source(language):
    """The .mo that Django reads says what the .po says (`make test` and `make run` compile;
    a .po edited since then needs `manage.py compile_catalogues`)."""
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{language}: run `manage.py compile_catalogues`"
    assert mo_path.stat().st_mtime >= po_path.stat().st_mtime, (
        f"{language}: the .mo is older than the .po; run `manage.py compile_catalogues`"
    )

    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
            for entry in catalogue.translated_entries()
            if entry.msgid
        }

    assert messages(polib.mofile(str(mo_path))) == messages(catalogue(ROOT / "locale", language))
