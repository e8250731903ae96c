"""The translation gate: every interface string is in the catalogues, translated, and with
the placeholders of its English."""

import gettext
import os
import re
import shutil
import subprocess
from collections import Counter
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


# A directive of Python's % operator (%(count)d, %s, %.1f, %%), and of str.format ({name}).
PERCENT_DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>.?)"
)
BRACE_DIRECTIVE = re.compile(r"\{(?P<name>[^{}!:]*)[^{}]*\}")
# The kinds of argument a % directive takes; %(count)s where the English has %(count)d is
# a different directive for msgfmt too.
ARGUMENT_KINDS = {
    **dict.fromkeys("diouxX", "integer"),
    **dict.fromkeys("eEfFgG", "number"),
    "c": "character",
    **dict.fromkeys("sra", "any"),
}
# msgfmt counts a plural form as serving "many" numbers when the plural formula gives it at
# least 5 of the numbers 0 to 1000.
MANY = 5


def directives(text, brace=False):
    """{placeholder: kind} of a message; unnamed % directives are "#1", "#2"… in order."""
    if brace:
        unescaped = text.replace("{{", "").replace("}}", "")
        return {match["name"]: "any" for match in BRACE_DIRECTIVE.finditer(unescaped)}
    found, position = {}, 0
    for match in PERCENT_DIRECTIVE.finditer(text):
        if match["type"] == "%":
            continue
        if match["name"] is None:
            position += 1
        name = match["name"] if match["name"] is not None else f"#{position}"
        found[name] = ARGUMENT_KINDS.get(match["type"], f"invalid “%{match['type']}”")
    return found


def forms_for_few_numbers(plural_forms):
    """The plural forms that serve only a few numbers (Arabic 0, 1 and 2; French 0 and 1).
    As with msgfmt -c, their translation may leave a placeholder out: “نتيجتان” for 2
    results, “une minute”."""
    count = int(re.search(r"nplurals\s*=\s*(\d+)", plural_forms)[1])
    plural = gettext.c2py(plural_forms.split("plural=", 1)[1].strip().rstrip(";"))
    served = Counter(plural(n) for n in range(1001))
    return {form for form in range(count) if served[form] < MANY}


def placeholder_errors(po):
    """What msgfmt -c (--check-format) reports of python-format entries, in Python, for
    every entry: a placeholder of the translation that the English lacks (a misspelt
    %(cout)d), one of the English that the translation lacks, or a different kind
    (%(count)s for %(count)d). Entries with a placeholder are checked whether or not
    makemessages flagged them."""
    few = forms_for_few_numbers(po.metadata.get("Plural-Forms", "nplurals=2; plural=(n != 1);"))
    errors = []
    for entry in po.translated_entries():
        brace = "python-brace-format" in entry.flags
        if not brace and "python-format" not in entry.flags and "%(" not in entry.msgid:
            continue
        english = directives(entry.msgid, brace) | directives(entry.msgid_plural, brace)
        translations = (
            {int(form): text for form, text in entry.msgstr_plural.items()}
            if entry.msgid_plural
            else {None: entry.msgstr}
        )
        for form, text in translations.items():
            where = entry.msgid if form is None else f"{entry.msgid} [form {form}]"
            translated = directives(text, brace)
            for name, kind in translated.items():
                if name not in english:
                    errors.append(f"{where}: “{name}” is not in the English")
                elif kind != english[name]:
                    errors.append(f"{where}: “{name}” takes {kind}, in the English {english[name]}")
            if form not in few:
                errors += [
                    f"{where}: “{name}” is missing" for name in english if name not in translated
                ]
    return errors


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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_english(language):
    assert placeholder_errors(catalogue(ROOT / "locale", language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_msgfmt_finds_no_error_in_the_catalogue(language):
    """GNU msgfmt's own checks (formats, plural forms, header), where it is installed."""
    if not shutil.which("msgfmt"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (msgfmt) is needed in CI to check the catalogues.")
        pytest.skip("GNU gettext is not installed; CI runs this check.")
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


BROKEN_CATALOGUE = """\
msgid ""
msgstr ""
"Language: ar\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 "
"&& n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;\\n"

#, python-format
msgid "%(count)d result"
msgid_plural "%(count)d results"
msgstr[0] "%(count)d نتيجة"
msgstr[1] "نتيجة واحدة"
msgstr[2] "نتيجتان"
msgstr[3] "%(cout)d نتائج"
msgstr[4] "%(count)d نتيجةً"
msgstr[5] "%(count)d نتيجة"

#, python-format
msgid "Welcome, %(name)s."
msgstr "مرحبًا."

msgid "Chair in %(year)s: %(chair)s"
msgstr "الرئاسة في عام %(year)s: %(chair)d"

#, python-brace-format
msgid "Enter a year between {earliest} and {latest}."
msgstr "أدخل سنة بين {earliest} و{lastest}."
"""


def test_a_misspelt_or_missing_placeholder_fails_the_gate(tmp_path):
    """The gate's own proof: a catalogue with broken placeholders does not pass."""
    po_path = tmp_path / "django.po"
    po_path.write_text(BROKEN_CATALOGUE, encoding="utf-8")
    assert placeholder_errors(polib.pofile(str(po_path))) == [
        "%(count)d result [form 3]: “cout” is not in the English",
        "%(count)d result [form 3]: “count” is missing",
        "Welcome, %(name)s.: “name” is missing",
        "Chair in %(year)s: %(chair)s: “chair” takes integer, in the English any",
        "Enter a year between {earliest} and {latest}.: “lastest” is not in the English",
        "Enter a year between {earliest} and {latest}.: “latest” is missing",
    ]
    if shutil.which("msgfmt"):
        result = subprocess.run(
            ["msgfmt", "--check-format", "--output-file=/dev/null", str(po_path)],
            capture_output=True,
            check=False,
        )
        assert result.returncode != 0


def test_the_dual_and_the_one_may_leave_the_number_out():
    """Arabic forms 0, 1 and 2 each serve one number (نتيجتان needs no digit); French form
    0 serves 0 and 1; English form 0 serves 1."""
    arabic = (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 && n%100<=99 ? 4 : 5;"
    )
    assert forms_for_few_numbers(arabic) == {0, 1, 2}
    assert forms_for_few_numbers("nplurals=2; plural=(n > 1);") == {0}
    assert forms_for_few_numbers("nplurals=2; plural=(n != 1);") == {0}


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
