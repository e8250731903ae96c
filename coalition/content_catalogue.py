"""Content translations as gettext catalogues, and how complete the translations are.

Translators who work in CAT tools (Poedit, OmegaT, Weblate, …) get the content the same
way as the interface: one .po file per language, with the English text as msgid and the
translation as msgstr. Each entry's msgctxt is a stable reference to one field of one
object, "<app>.<model>:<pk>:<field>", so that two objects with the same English title are
two entries, and the import knows where each translation goes.

The import checks the whole file before it writes anything: a file that cannot be read,
that is for another language than the one the person importing names (by its header, or
by the language its texts are written in), that refers to an object or field that does
not exist or that holds a value the field refuses changes nothing. Only fields whose value
changes are saved, in one revision of the history (django-reversion) that says where they
came from and who imported them.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    """The languages content is translated into (all but the English source)."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def is_short(model_field):
    """Names, titles, abbreviations and summaries: the fields every listing shows.

    Long texts (profiles, bios, mandates, bodies) may fall back to English for a while;
    short ones are what the completeness target is measured on.
    """
    return isinstance(model_field, models.CharField) or model_field.name == "summary"


def translatable_fields():
    """(model, field name) for every translated field, in a stable order."""
    pairs = []
    for model in translator.get_registered_models():
        if model._meta.app_label != "coalition":
            continue
        for name in sorted(translator.get_options_for_model(model).fields):
            pairs.append((model, name))
    return sorted(pairs, key=lambda pair: (pair[0]._meta.label_lower, pair[1]))


def reference(obj, field_name):
    return f"{obj._meta.label_lower}:{obj.pk}:{field_name}"


# Completeness ------------------------------------------------------------------------


@dataclass
class FieldStatus:
    model: type
    field: str
    short: bool
    total: int = 0
    translated: dict = field(default_factory=dict)

    @property
    def label(self):
        return f"{self.model._meta.model_name}.{self.field}"


def content_status(languages):
    """One FieldStatus per translated field: how many objects have an English text, and
    how many of those have a translation in each language."""
    statuses = []
    for model, name in translatable_fields():
        source = build_localized_fieldname(name, SOURCE_LANGUAGE)
        status = FieldStatus(model, name, is_short(model._meta.get_field(name)))
        with_source = model._base_manager.exclude(**{f"{source}__isnull": True}).exclude(
            **{source: ""}
        )
        status.total = with_source.count()
        for language in languages:
            column = build_localized_fieldname(name, language)
            status.translated[language] = (
                with_source.exclude(**{f"{column}__isnull": True}).exclude(**{column: ""}).count()
            )
        statuses.append(status)
    return statuses


def percent(done, total):
    return 100.0 if total == 0 else 100.0 * done / total


def interface_catalogue(language):
    """The interface's .po catalogue of a language (the first of LOCALE_PATHS that has it)."""
    for locale_path in settings.LOCALE_PATHS:
        path = Path(locale_path) / language / "LC_MESSAGES" / "django.po"
        if path.exists():
            return path
    return None


def interface_status(language):
    """(translated, total) entries of the language's interface catalogue; fuzzy and
    empty entries count as not translated."""
    path = interface_catalogue(language)
    if path is None:
        return 0, 0
    catalogue = polib.pofile(str(path))
    entries = [entry for entry in catalogue if not entry.obsolete]
    return len(catalogue.translated_entries()), len(entries)


# Export ------------------------------------------------------------------------------


def _admin_url(obj):
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:  # edited inline on its parent's page (e.g. a page section)
        return None


def _describe(obj, model_field):
    text = f"{capfirst(obj._meta.verbose_name)} “{obj}”, field “{model_field.verbose_name}”"
    if getattr(model_field, "max_length", None):
        text += f" (at most {model_field.max_length} characters)"
    url = _admin_url(obj)
    return f"{text}. Admin: {url}" if url else f"{text}."


def export_catalogue(language, only_missing=False):
    """A POFile of every content field that has an English text, for one language."""
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.header = (
        f"Content of the Freedom Online Coalition website, in English and {language}.\n"
        "Translate the msgstr of each entry; leave msgctxt (where the text belongs) as it is.\n"
        "Bring it back with: manage.py import_content_po FILE "
        f"--language {language} --user YOUR_USER_NAME"
    )
    catalogue.metadata = {
        "Project-Id-Version": "Freedom Online Coalition website content",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for model, name in translatable_fields():
        model_field = model._meta.get_field(name)
        source = build_localized_fieldname(name, SOURCE_LANGUAGE)
        target = build_localized_fieldname(name, language)
        for obj in model._base_manager.order_by("pk"):
            english = getattr(obj, source)
            if not english:
                continue
            translation = getattr(obj, target) or ""
            if only_missing and translation:
                continue
            catalogue.append(
                polib.POEntry(
                    msgctxt=reference(obj, name),
                    msgid=english,
                    msgstr=translation,
                    comment=_describe(obj, model_field),
                )
            )
    return catalogue


# The language of the texts ---------------------------------------------------------

# Short words that are frequent in running text of one language and rare in the others'.
# Words that French and Spanish (or English) share, such as "de", "la", "en", "que", "son"
# or "entre", are left out: they would count for both.
SHORT_WORDS = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the of and to is are was for with that this from by its it be an at have has "
        "will their which",
        "fr": "le les des du et est une pour dans sur au aux qui avec ce cette ses leur leurs "
        "sont pas nous ou été aussi il elle",
        "es": "el los las del y es una para con por su sus al como sobre este esta fue también "
        "lo más",
    }.items()
}
WORD = re.compile(r"[^\W\d_]+")
ARABIC_LETTER = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06fc\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"
)
LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")
# Below this much, texts are too short to tell (names, acronyms, a title or two).
ENOUGH_LETTERS = 40
ENOUGH_WORDS = 5


def guess_language(texts):
    """The language `texts` are clearly written in ("ar", "fr", "es", "en"), or None.

    Arabic is told by its script: a fifth of the letters, since Arabic translations keep
    Latin names ("ARTICLE 19", "FOC-AN") and no other language here writes in it. The
    others by how often each one's short words occur: at least a few, and twice as many
    as any other language's. Names and acronyms alone say nothing, and then nor does this.
    """
    text = "\n".join(texts)
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if arabic + latin < ENOUGH_LETTERS:
        return None
    if arabic * 5 >= arabic + latin:
        return "ar"
    words = [word.lower() for word in WORD.findall(text)]
    counts = sorted(
        ((sum(word in short for word in words), code) for code, short in SHORT_WORDS.items()),
        reverse=True,
    )
    (best, code), (second, _other) = counts[0], counts[1]
    return code if best >= ENOUGH_WORDS and best >= 2 * second else None


def language_name(code):
    return get_language_info(code)["name"]


# Import ------------------------------------------------------------------------------


class CatalogueError(Exception):
    """The file is refused as a whole; nothing was changed."""

    def __init__(self, problems):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(self.problems))


@dataclass
class ImportResult:
    language: str
    changed: list = field(default_factory=list)  # references written
    unchanged: int = 0
    untranslated: int = 0  # empty or fuzzy entries, left as they are
    stale: list = field(default_factory=list)  # English changed since the export: skipped


def read_catalogue(path):
    # polib takes a string that names no file for the text of a catalogue: check first.
    if not Path(path).is_file():
        raise CatalogueError(f"There is no file {path}.")
    try:
        return polib.pofile(str(path))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{path} is not a readable .po file: {error}") from error


def _resolve(ref, registered):
    """(model, field name, object) for a reference, or a problem as a string."""
    try:
        label, pk, name = ref.split(":")
    except ValueError:
        return f"“{ref}” is not a reference of the form app.model:id:field"
    model = registered.get(label)
    if model is None or name not in registered_fields(model):
        return f"“{ref}”: no translated field “{name}” on “{label}”"
    try:
        obj = model._base_manager.filter(pk=int(pk)).first()
    except ValueError:
        obj = None
    if obj is None:
        return f"“{ref}”: there is no {label} with id {pk}"
    return model, name, obj


def registered_fields(model):
    return translator.get_options_for_model(model).fields


def import_catalogue(catalogue, language, user, origin="a .po file"):
    """Write the catalogue's translations into the content; see the module's docstring.

    `language` is the one the person importing says the file is in: the file's header
    and its texts must agree with it. `user` is who imports it, for the history.
    """
    # "fr", "fr_FR" and "fr-CA" are all French to us: content has one French version.
    declared = (catalogue.metadata.get("Language") or "").strip().lower()
    declared = declared.replace("_", "-").split("-")[0]
    if not declared:
        raise CatalogueError("The file does not say its language (no “Language” header).")
    if declared != language:
        raise CatalogueError(
            f"The file is for “{declared}”, not for “{language}”: nothing was imported."
        )
    if declared not in target_languages():
        raise CatalogueError(
            f"“{declared}” is not a language content is translated into "
            f"({', '.join(target_languages())})."
        )
    registered = {model._meta.label_lower: model for model, _name in translatable_fields()}
    result = ImportResult(declared)
    problems, writes, texts = [], {}, []
    for entry in catalogue:
        if entry.obsolete:
            continue
        resolved = _resolve(entry.msgctxt or "", registered)
        if isinstance(resolved, str):
            problems.append(resolved)
            continue
        model, name, obj = resolved
        if entry.fuzzy or not entry.msgstr:
            result.untranslated += 1
            continue
        texts.append(entry.msgstr)
        english = getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE)) or ""
        if entry.msgid != english:
            result.stale.append(entry.msgctxt)
            continue
        column = build_localized_fieldname(name, declared)
        try:
            value = model._meta.get_field(column).clean(entry.msgstr, obj)
        except ValidationError as error:
            problems.append(f"“{entry.msgctxt}”: {' '.join(error.messages)}")
            continue
        if getattr(obj, column) == value:
            result.unchanged += 1
            continue
        key = (model, obj.pk)
        writes.setdefault(key, (obj, {}))[1][column] = value
        result.changed.append(entry.msgctxt)
    looks = guess_language(texts)
    if looks is not None and looks != declared:
        problems.insert(
            0,
            f"The translations are written in {language_name(looks)}, not in "
            f"{language_name(declared)} as the file and --language say. Export the "
            f"{language_name(declared)} file again (export_content_po --language {declared}) "
            "and translate that one.",
        )
    if problems:
        raise CatalogueError(problems)
    if writes:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(
                f"Translations ({declared}) imported from {origin} by {user.get_username()}."
            )
            for obj, values in writes.values():
                for column, value in values.items():
                    setattr(obj, column, value)
                update_fields = [*values]
                if any(f.name == "updated_at" for f in obj._meta.concrete_fields):
                    update_fields.append("updated_at")
                obj.save(update_fields=update_fields)
    return result
