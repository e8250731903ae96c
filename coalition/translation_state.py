"""Where each content translation stands, kept in step with the content.

For every translated field of every item and every language but English, one
TranslationState row says whether the translation is missing, up to date, outdated (the
English changed since it was translated) or not needed (a proper name, as staff decide), or
that the English is empty (nothing to translate, not counted).

"Outdated" needs no copy of the old English: the row keeps a digest of the English text as
it was when the translation was written, and a digest of that translation. A save whose
translation differs from the one the row knows is a new translation of the current English;
a save whose English differs from the one the row knows, with the same translation, makes it
outdated, until the translation is written again or a translator confirms it (`confirm`).

Rows follow the content through Django's signals, as the search index does: any save (the
admin, a command, an import, a revert) and any delete. A queryset.update() or bulk_create()
sends none: run `manage.py rebuild_translation_states` after one.
"""

import functools
import hashlib
import itertools
from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language_info
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .languages import language_name_translated
from .models import TranslationState, TranslationStatus
from .models.translations import DONE

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    """The languages content is translated into (all but the English source)."""
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


@functools.cache
def translated_models():
    """{label: (model, translated field names)} for the app's registered models, in order."""
    found = {}
    for model in translator.get_registered_models():
        if model._meta.app_label == "coalition":
            fields = tuple(sorted(translator.get_options_for_model(model).fields))
            found[model._meta.label_lower] = (model, fields)
    return dict(sorted(found.items()))


# Items edited on another item's page: their state counts for that item in its list's
# filters ("a page with a section missing in French is missing in French").
PARTS = {"coalition.page": (("coalition.pagesection", "page"),)}


def digest(text):
    return hashlib.sha256((text or "").encode()).hexdigest()[:32] if text else ""


def derive_status(english, translation, row):
    """The status of a row whose hashes are up to date, for these texts."""
    if not (english or "").strip():
        return TranslationStatus.NO_SOURCE
    if row.no_translation_needed:
        return TranslationStatus.NOT_NEEDED
    if not translation:
        return TranslationStatus.MISSING
    if row.source_hash == digest(english):
        return TranslationStatus.CURRENT
    return TranslationStatus.OUTDATED


def follow(row, english, translation):
    """Update `row` for the texts an item now holds; True when anything changed."""
    before = (row.status, row.source_hash, row.translation_hash)
    if not translation:
        row.source_hash = row.translation_hash = ""
    elif digest(translation) != row.translation_hash:
        # A translation the row has not seen: written for the English the item has now.
        row.source_hash, row.translation_hash = digest(english), digest(translation)
    row.status = derive_status(english, translation, row)
    return row.pk is None or before != (row.status, row.source_hash, row.translation_hash)


def texts(obj, name, language):
    english = getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE)) or ""
    return english, getattr(obj, build_localized_fieldname(name, language)) or ""


def rows_for(items, label, fields, state_model=TranslationState):
    """(new rows, changed rows) that bring the items' states in step with their texts."""
    existing = {
        (row.object_id, row.field, row.language): row
        for row in state_model.objects.filter(model=label, object_id__in=[i.pk for i in items])
    }
    new, changed = [], []
    for obj in items:
        for name in fields:
            for language in target_languages():
                row = existing.get((obj.pk, name, language))
                if row is None:
                    row = state_model(model=label, object_id=obj.pk, field=name, language=language)
                if follow(row, *texts(obj, name, language)):
                    (new if row.pk is None else changed).append(row)
    return new, changed


STATE_FIELDS = ["status", "source_hash", "translation_hash"]


def write(new, changed, state_model=TranslationState):
    state_model.objects.bulk_create(new, batch_size=500)
    state_model.objects.bulk_update(changed, STATE_FIELDS, batch_size=500)


def update_item(obj):
    """Bring one item's rows in step with its texts (one query when nothing changed)."""
    entry = translated_models().get(obj._meta.label_lower)
    if entry is None or obj.pk is None:
        return
    with transaction.atomic():
        write(*rows_for([obj], obj._meta.label_lower, entry[1]))


def rebuild(apps=global_apps):
    """Every item's rows, for content changed without signals (and the migration that made
    the table: `apps` are then its models). Returns the number of rows written."""
    state_model = apps.get_model("coalition", "TranslationState")
    written = 0
    with transaction.atomic():
        for label, (_model, fields) in translated_models().items():
            # In a migration, the models as they were then: a kind or a field added later
            # is not there yet (the rows follow when its items are saved, or on a rebuild).
            try:
                historical = apps.get_model(label)
            except LookupError:
                continue
            columns = {field.name for field in historical._meta.get_fields()}
            fields = [
                name
                for name in fields
                if build_localized_fieldname(name, SOURCE_LANGUAGE) in columns
                and all(
                    build_localized_fieldname(name, code) in columns for code in target_languages()
                )
            ]
            items = list(historical._base_manager.all())
            new, changed = rows_for(items, label, fields, state_model)
            write(new, changed, state_model)
            ids = [item.pk for item in items]
            gone = state_model.objects.filter(model=label).exclude(object_id__in=ids)
            gone._raw_delete(gone.db)
            written += len(new) + len(changed)
    return written


# What translators and staff decide ------------------------------------------------------


def _row(obj, name, language, rows=None):
    """The row of one field of one item in one language, from `rows` (states_of) when
    given, else from the database; a new, unsaved one if there is none."""
    if rows is not None:
        row = rows.get((name, language))
    else:
        row = TranslationState.objects.filter(
            model=obj._meta.label_lower, object_id=obj.pk, field=name, language=language
        ).first()
    if row is None:
        row = TranslationState(
            model=obj._meta.label_lower, object_id=obj.pk, field=name, language=language
        )
        follow(row, *texts(obj, name, language))
    return row


def confirm(obj, name, language, rows=None):
    """The translation is still right for the English as it is now."""
    english, translation = texts(obj, name, language)
    row = _row(obj, name, language, rows)
    if translation:
        row.source_hash, row.translation_hash = digest(english), digest(translation)
    row.status = derive_status(english, translation, row)
    row.save()
    return row


def set_not_needed(obj, name, language, needed_not, rows=None):
    """Staff say that English is right in this language too (a proper name), or no longer.
    Writes only when that changes."""
    row = _row(obj, name, language, rows)
    if row.no_translation_needed == needed_not and row.pk is not None:
        return row
    row.no_translation_needed = needed_not
    follow(row, *texts(obj, name, language))
    row.save()
    return row


def states_of_items(items):
    """{(label, id): {(field, language): row}} of several items, in one query."""
    found = {(obj._meta.label_lower, obj.pk): {} for obj in items}
    if not items:
        return found
    # One condition a model (not one an item: SQLite refuses a thousand ORs).
    query = Q()
    for label, pks in itertools.groupby(sorted(found), key=lambda pair: pair[0]):
        query |= Q(model=label, object_id__in=[pk for _label, pk in pks])
    for row in TranslationState.objects.filter(query):
        found.setdefault((row.model, row.object_id), {})[(row.field, row.language)] = row
    return found


def states_of(obj):
    """{(field, language): row} of one item."""
    return states_of_items([obj])[(obj._meta.label_lower, obj.pk)]


# Reading --------------------------------------------------------------------------------


def items_in_status(model, language, status):
    """A Q for a changelist: the items of `model` with a field (or a part's field) in
    `status` in `language`. Subqueries only: the list stays one query."""
    q = Q(pk__in=TranslationState.objects.object_ids(model, language, status))
    for part_label, parent in PARTS.get(model._meta.label_lower, ()):
        part = global_apps.get_model(part_label)
        q |= Q(
            pk__in=part._base_manager.filter(
                pk__in=TranslationState.objects.object_ids(part, language, status)
            ).values(f"{parent}_id")
        )
    return q


@dataclass
class KindSummary:
    """How complete one kind of content is in one language."""

    model: type
    total: int = 0
    done: int = 0
    missing: int = 0
    outdated: int = 0
    not_needed: int = 0

    @property
    def percent(self):
        return 100 if self.total == 0 else int(100 * self.done / self.total)

    @property
    def label(self):
        return self.model._meta.verbose_name_plural


@dataclass
class LanguageSummary:
    code: str
    kinds: list = field(default_factory=list)

    @property
    def name(self):
        return language_name_translated(self.code)

    @property
    def name_local(self):
        return get_language_info(self.code)["name_local"]

    @property
    def bidi(self):
        return get_language_info(self.code)["bidi"]

    def _sum(self, attribute):
        return sum(getattr(kind, attribute) for kind in self.kinds)

    @property
    def total(self):
        return self._sum("total")

    @property
    def done(self):
        return self._sum("done")

    @property
    def missing(self):
        return self._sum("missing")

    @property
    def outdated(self):
        return self._sum("outdated")

    @property
    def percent(self):
        return 100 if self.total == 0 else int(100 * self.done / self.total)


def summary(languages=None):
    """Per language, per kind of content: fields done of total, missing and outdated. One
    query."""
    languages = languages or target_languages()
    counts = {
        (row["model"], row["language"]): row
        for row in TranslationState.objects.counted()
        .filter(language__in=languages)
        .values("model", "language")
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(status__in=DONE)),
            missing=Count("pk", filter=Q(status=TranslationStatus.MISSING)),
            outdated=Count("pk", filter=Q(status=TranslationStatus.OUTDATED)),
            not_needed=Count("pk", filter=Q(status=TranslationStatus.NOT_NEEDED)),
        )
        .order_by()
    }
    result = []
    for language in languages:
        entry = LanguageSummary(language)
        for label, (model, _fields) in translated_models().items():
            row = counts.get((label, language), {})
            entry.kinds.append(
                KindSummary(
                    model,
                    **{
                        key: row.get(key, 0)
                        for key in ("total", "done", "missing", "outdated", "not_needed")
                    },
                )
            )
        result.append(entry)
    return result


# Following the content ---------------------------------------------------------------------


def _on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    entry = translated_models().get(sender._meta.label_lower)
    # A migration's historical model (sender is not the registered class) may save before
    # the states' table exists: its rows come from the migration that makes the table.
    if entry is None or raw or entry[0] is not sender:
        return
    if update_fields is not None:
        columns = {
            build_localized_fieldname(name, code)
            for name in entry[1]
            for code in (SOURCE_LANGUAGE, *target_languages())
        } | set(entry[1])
        if not columns & set(update_fields):
            return  # e.g. publishing: no text changed
    update_item(instance)


def _on_delete(sender, instance, **kwargs):
    if sender._meta.label_lower in translated_models():
        # Without Django's collector, whose signals would be taken for a change of content.
        rows = TranslationState.objects.filter(
            model=sender._meta.label_lower, object_id=instance.pk
        )
        rows._raw_delete(rows.db)


def connect_signals():
    post_save.connect(_on_save, dispatch_uid="coalition.translation_state.save")
    post_delete.connect(_on_delete, dispatch_uid="coalition.translation_state.delete")
