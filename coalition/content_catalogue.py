"""Content translations as gettext catalogues, and how complete the translations are.

Translators who work in CAT tools (Poedit, OmegaT, Weblate, …) get the content the same
way as the interface: one .po file per language, with the English text as msgid and the
translation as msgstr. Each entry's msgctxt is a stable reference to one field of one
item, "<app>.<model>:<natural key>:<field>" (e.g. "coalition.newsitem:annual-meeting:title"):
the item's slug, or what else names it for good (a chairship's year, a page section's page
and position), never its database id, so that a file exported from one database (staging)
imports into another (production), and two items with the same English title are two
entries. Entries whose English changed since their translation was written come out fuzzy:
the translator reviews them, and an entry imported without the flag, with the current
English, confirms the translation (coalition/translation_state.py).

An import is planned before anything is written (`plan_import`): for each entry, the item,
the field, the value now and the value the file brings, or why the entry cannot be taken.
A file that cannot be read, or that is for another language than the one the person
importing names (by its header, or by the language its texts are written in), is refused as
a whole. The command refuses any file with a problem; the admin shows the plan and applies
the entries that can be taken. Only fields whose value changes are saved, in one revision of
the history (django-reversion) that says where they came from and who imported them.
"""

import re
from collections import Counter
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
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from . import translation_state
from .languages import language_name_translated
from .models import TranslationStatus
from .rich_text import RichTextField, plain_text

SOURCE_LANGUAGE = translation_state.SOURCE_LANGUAGE
target_languages = translation_state.target_languages


def is_short(model_field):
    """Names, titles, abbreviations and summaries: the fields every listing shows.

    Long texts (profiles, bios, mandates, bodies) may fall back to English for a while;
    short ones are what the completeness target is measured on.
    """
    return isinstance(model_field, models.CharField) or model_field.name == "summary"


def translatable_fields():
    """(model, field name) for every translated field, in a stable order."""
    return [
        (model, name)
        for model, names in translation_state.translated_models().values()
        for name in names
    ]


# Natural keys --------------------------------------------------------------------------

# What names an item for good, where it has no slug.
NATURAL_KEY_FIELDS = {
    "coalition.chairship": ("year",),
    "coalition.cohort": ("start_year",),
    "coalition.regionalconsultation": ("region", "year"),
}


def keyed_items(model):
    """{natural key: item} for every item of `model`, drafts included, in a stable order."""
    label = model._meta.label_lower
    if label == "coalition.pagesection":
        # A section is its page's first, second… section, in the order the page shows them.
        found, position = {}, Counter()
        for section in model._base_manager.select_related("page").order_by(
            "page_id", "order", "pk"
        ):
            position[section.page_id] += 1
            found[f"{section.page.slug}/{position[section.page_id]}"] = section
        return found
    names = NATURAL_KEY_FIELDS.get(label)
    if names is None:
        names = ("slug",) if any(f.name == "slug" for f in model._meta.fields) else ("pk",)
    return {
        "-".join(str(getattr(obj, name)) for name in names): obj
        for obj in model._base_manager.order_by("pk")
    }


def reference(obj, field_name, key=None):
    """The msgctxt of one field of one item."""
    if key is None:
        key = next(k for k, item in keyed_items(type(obj)).items() if item.pk == obj.pk)
    return f"{obj._meta.label_lower}:{key}:{field_name}"


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
    if isinstance(model_field, RichTextField):
        text += (
            ". Rich text (HTML): keep the tags (<p>, <strong>, <a href=…>…) around your "
            "translation and every href as it is"
        )
    url = _admin_url(obj)
    return f"{text}. Admin: {url}" if url else f"{text}."


def export_catalogue(language, only_missing=False, only_to_do=False, may_change=None):
    """A POFile of every content field that has an English text, for one language (of the
    models that `may_change(model)` allows, when given: what the person may translate).

    Entries whose English changed since the translation was written are fuzzy (review
    them); fields marked "no translation needed" say so in their comment, and are left out
    of a file of what is missing. `only_to_do`: what is missing or outdated.
    """
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.header = (
        f"Content of the Freedom Online Coalition website, in English and {language}.\n"
        "Translate the msgstr of each entry; leave msgctxt (where the text belongs) as it is.\n"
        "A fuzzy entry's English changed since it was translated: check the translation, then "
        "remove the fuzzy flag.\n"
        "Bring it back in the admin (Translations, Import a .po file), or with: "
        f"manage.py import_content_po FILE --language {language} --user YOUR_USER_NAME"
    )
    catalogue.metadata = {
        "Project-Id-Version": "Freedom Online Coalition website content",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    states = {
        (row.model, row.object_id, row.field): row
        for row in translation_state.TranslationState.objects.filter(language=language)
    }
    fields_by_model = {}
    for model, name in translatable_fields():
        if may_change is None or may_change(model):
            fields_by_model.setdefault(model, []).append(name)
    for model, names in fields_by_model.items():
        items = keyed_items(model)
        for name in names:
            model_field = model._meta.get_field(name)
            source = build_localized_fieldname(name, SOURCE_LANGUAGE)
            target = build_localized_fieldname(name, language)
            for key, obj in items.items():
                english = getattr(obj, source)
                if not english:
                    continue
                translation = getattr(obj, target) or ""
                state = states.get((model._meta.label_lower, obj.pk, name))
                status = state.status if state else None
                if (only_missing or only_to_do) and status == TranslationStatus.NOT_NEEDED:
                    continue
                if only_missing and translation:
                    continue
                if only_to_do and translation and status != TranslationStatus.OUTDATED:
                    continue
                comment = _describe(obj, model_field)
                if status == TranslationStatus.NOT_NEEDED:
                    comment += " No translation needed (a name): the site shows the English."
                entry = polib.POEntry(
                    msgctxt=reference(obj, name, key),
                    msgid=english,
                    msgstr=translation,
                    comment=comment,
                )
                if status == TranslationStatus.OUTDATED:
                    entry.flags.append("fuzzy")
                catalogue.append(entry)
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


# Import ------------------------------------------------------------------------------


class CatalogueError(Exception):
    """The file is refused as a whole; nothing was changed."""

    def __init__(self, problems):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(problem) for problem in self.problems))


# What an import does with one entry.
CHANGE = "change"  # writes a new translation
CONFIRM = "confirm"  # the translation stays, confirmed for the English as it is now
UNCHANGED = "unchanged"
UNTRANSLATED = "untranslated"  # empty or fuzzy: left as it is
STALE = "stale"  # translates an English text that has changed since: skipped
ERROR = "error"  # an unknown item or field, a value the field refuses: skipped


@dataclass
class PlannedEntry:
    reference: str
    action: str
    model: type | None = None
    obj: object = None
    field: str = ""
    old: str = ""
    new: str = ""
    problem: str = ""
    value: object = None

    @property
    def field_label(self):
        if self.model is None:
            return self.field
        return capfirst(self.model._meta.get_field(self.field).verbose_name)

    @property
    def kind_label(self):
        return capfirst(self.model._meta.verbose_name) if self.model else ""


@dataclass
class ImportPlan:
    language: str
    entries: list = field(default_factory=list)
    file_problems: list = field(default_factory=list)  # the file is refused as a whole

    def having(self, *actions):
        return [entry for entry in self.entries if entry.action in actions]

    @property
    def changes(self):
        return self.having(CHANGE, CONFIRM)

    @property
    def errors(self):
        return self.having(ERROR)

    @property
    def stale(self):
        return self.having(STALE)

    @property
    def can_apply(self):
        return not self.file_problems and bool(self.changes)


@dataclass
class ImportResult:
    language: str
    changed: list = field(default_factory=list)  # references written
    confirmed: list = field(default_factory=list)  # references confirmed as still right
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


def parse_catalogue(text):
    """A POFile from the text of an uploaded file; CatalogueError when it is not one.

    polib reads a text that names a file as that file: a .po file has several lines, so a
    text of one line (such as a path on the server) is refused before polib sees it."""
    if "\n" not in text.strip():
        raise CatalogueError(_("This is not a readable .po file."))
    try:
        catalogue = polib.pofile(text)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CatalogueError(_("This is not a readable .po file.")) from error
    return catalogue


def registered_fields(model):
    return translator.get_options_for_model(model).fields


def clean_value(model, column, text, obj):
    """The value a translation is stored as, or ValidationError. The one step where an
    imported text is checked and cleaned before it is written."""
    return model._meta.get_field(column).clean(text, obj)


class Resolver:
    """Finds the item and field of a reference, loading each model's items once."""

    def __init__(self, may_change=None):
        self.registered = {model._meta.label_lower: model for model, _name in translatable_fields()}
        self.may_change = may_change
        self.items = {}

    def __call__(self, ref):
        """(model, field name, item), or the problem as a string."""
        label, _sep, rest = ref.partition(":")
        key, _sep, name = rest.rpartition(":")
        if not (label and key and name):
            return _("“%(reference)s” is not a reference of the form app.model:key:field") % {
                "reference": ref
            }
        model = self.registered.get(label)
        if model is None or name not in registered_fields(model):
            return _("“%(reference)s”: no translated field “%(field)s” on “%(model)s”") % {
                "reference": ref,
                "field": name,
                "model": label,
            }
        if self.may_change is not None and not self.may_change(model):
            return _("“%(reference)s”: you may not change %(kinds)s") % {
                "reference": ref,
                "kinds": model._meta.verbose_name_plural,
            }
        if label not in self.items:
            self.items[label] = keyed_items(model)
        obj = self.items[label].get(key)
        if obj is None:
            return _("“%(reference)s”: there is no %(model)s “%(key)s” (unknown item)") % {
                "reference": ref,
                "model": model._meta.verbose_name,
                "key": key,
            }
        return model, name, obj


def check_language(catalogue, language):
    """The problems with the file's language header (empty when it is for `language`)."""
    # "fr", "fr_FR" and "fr-CA" are all French to us: content has one French version.
    declared = (catalogue.metadata.get("Language") or "").strip().lower()
    declared = declared.replace("_", "-").split("-")[0]
    if not declared:
        return [_("The file does not say its language (no “Language” header).")]
    if declared != language:
        return [
            _("The file is for “%(found)s”, not for “%(language)s”: nothing was imported.")
            % {"found": declared, "language": language}
        ]
    if declared not in target_languages():
        return [
            _("“%(found)s” is not a language content is translated into (%(languages)s).")
            % {"found": declared, "languages": ", ".join(target_languages())}
        ]
    return []


def plan_import(catalogue, language, may_change=None):
    """What importing the catalogue would do, entry by entry; writes nothing.

    `language` is the one the person importing says the file is in: the file's header
    and its texts must agree with it. An entry of a model that `may_change(model)` refuses
    (when given) is an error: what the person may not change in the admin, a file does not
    change either.
    """
    plan = ImportPlan(language, file_problems=check_language(catalogue, language))
    if plan.file_problems:
        return plan
    resolve = Resolver(may_change)
    states = {
        (row.model, row.object_id, row.field): row
        for row in translation_state.TranslationState.objects.filter(language=language)
    }
    texts = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        ref = entry.msgctxt or ""
        resolved = resolve(ref)
        if isinstance(resolved, str):
            plan.entries.append(PlannedEntry(ref, ERROR, new=entry.msgstr, problem=resolved))
            continue
        model, name, obj = resolved
        column = build_localized_fieldname(name, language)
        old = getattr(obj, column) or ""
        planned = PlannedEntry(ref, UNTRANSLATED, model, obj, name, old, entry.msgstr)
        plan.entries.append(planned)
        if entry.fuzzy or not entry.msgstr:
            continue
        texts.append(plain_text(entry.msgstr))  # words, not rich text's markup
        english = getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE)) or ""
        if entry.msgid != english:
            planned.action = STALE
            continue
        try:
            planned.value = clean_value(model, column, entry.msgstr, obj)
        except ValidationError as error:
            planned.action, planned.problem = ERROR, " ".join(error.messages)
            continue
        if getattr(obj, column) != planned.value:
            planned.action = CHANGE
            continue
        state = states.get((model._meta.label_lower, obj.pk, name))
        outdated = state is not None and state.status == TranslationStatus.OUTDATED
        planned.action = CONFIRM if outdated else UNCHANGED
    looks = guess_language(texts)
    if looks is not None and looks != language:
        plan.file_problems.append(
            _(
                "The translations are written in %(found)s, not in %(language)s as the file "
                "says. Export the %(language)s file again and translate that one."
            )
            % {
                "found": language_name_translated(looks),
                "language": language_name_translated(language),
            }
        )
    return plan


def apply_import(plan, user, origin="a .po file"):
    """Write the plan's changes and confirmations (never when the file is refused)."""
    if plan.file_problems:
        raise CatalogueError(plan.file_problems)
    result = ImportResult(plan.language)
    result.unchanged = len(plan.having(UNCHANGED))
    result.untranslated = len(plan.having(UNTRANSLATED))
    result.stale = [entry.reference for entry in plan.stale]
    writes = {}
    for entry in plan.having(CHANGE):
        column = build_localized_fieldname(entry.field, plan.language)
        writes.setdefault((entry.model, entry.obj.pk), (entry.obj, {}))[1][column] = entry.value
        result.changed.append(entry.reference)
    with transaction.atomic():
        if writes:
            with reversion.create_revision():
                reversion.set_user(user)
                reversion.set_comment(
                    f"Translations ({plan.language}) imported from {origin} "
                    f"by {user.get_username()}."
                )
                for obj, values in writes.values():
                    for column, value in values.items():
                        setattr(obj, column, value)
                    update_fields = [*values]
                    if any(f.name == "updated_at" for f in obj._meta.concrete_fields):
                        update_fields.append("updated_at")
                    obj.save(update_fields=update_fields)
        confirmations = plan.having(CONFIRM)
        states = translation_state.states_of_items([entry.obj for entry in confirmations])
        for entry in confirmations:
            rows = states[(entry.obj._meta.label_lower, entry.obj.pk)]
            translation_state.confirm(entry.obj, entry.field, plan.language, rows)
            result.confirmed.append(entry.reference)
    return result


def import_catalogue(catalogue, language, user, origin="a .po file"):
    """Import the whole catalogue, or nothing when any entry has a problem (the command's
    rule); see the module's docstring."""
    plan = plan_import(catalogue, language)
    problems = [
        *plan.file_problems,
        *(
            f"“{entry.reference}”: {entry.problem}" if entry.model else entry.problem
            for entry in plan.errors
        ),
    ]
    if problems:
        raise CatalogueError(problems)
    return apply_import(plan, user, origin)
