"""The search index: what each kind of content is found by, and keeping it up to date.

Every published item has one SearchEntry per language of the site, holding its words folded
as a query is (coalition/text.py): the title fields apart, then every field, each in the
entry's language as the page shows it (the English text where a field is untranslated) and,
where the field is translated, in English too, so that a French page still finds an item by
its English name. The entry also holds the fields that the results list shows, so that a
search is one query however many items it finds (coalition/views/search.py).

Entries follow the content through Django's signals, as the page cache does
(coalition/cache.py): saving an item (from the admin, a command, a history revert or a
translation import) writes its entries again, or removes them when it is a draft; deleting it
removes them; a page's sections and a conference's host state are part of what they are found
by, so their changes write the page's or the conference's entries again. Nothing indexed
comes from a many-to-many relation (lead states, supporters, cohorts), so those changes need
nothing. A queryset.update() or bulk_create() on content sends no signal: call
update_entries() (or `manage.py rebuild_search_index`) after one.

A scheduled item has its entries from the moment it is saved; a search keeps to entries
whose publication time has come, so it is found from that time on, with no job to run.

On PostgreSQL each entry also has a `tsvector` (GIN-indexed) that holds every word as it is
(for the whole-word and word-start match) and the words' stems in the language's text search
configuration (english, french, spanish, arabic), title words weighted above the rest, for
stemmed matches and for ranking.
"""

import datetime
import functools
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchQueryField,
    SearchVector,
    SearchVectorCombinable,
    SearchVectorField,
)
from django.core.exceptions import FieldDoesNotExist
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.models import (
    DEFERRED,
    BooleanField,
    Case,
    Count,
    F,
    FloatField,
    Func,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from . import sections
from .models import Conference, MemberState, PageSection, SearchEntry, Status
from .rich_text import is_html, plain_text
from .text import PREFIX_MIN_LENGTH, fold, index_words

ENGLISH = settings.LANGUAGE_CODE
# PostgreSQL's text search configuration of each language (its snowball stemmer and stop
# words); any other language is searched with "simple" (no stemming).
TEXT_SEARCH_CONFIGURATIONS = {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic"}


def languages():
    return [code for code, _name in settings.LANGUAGES]


def is_translated(model, field):
    try:
        model._meta.get_field(build_localized_fieldname(field, ENGLISH))
    except FieldDoesNotExist:
        return False
    return True


def shown_text(item, field, language):
    """A translated field as the page in `language` shows it: its own text, else English."""
    own = getattr(item, build_localized_fieldname(field, language))
    return (
        own if own not in (None, "") else getattr(item, build_localized_fieldname(field, ENGLISH))
    )


def texts(item, fields, language):
    """The text of `fields` that a search in `language` matches: as the page shows it and,
    where translated, the English text too."""
    found = []
    for field in fields:
        if not is_translated(type(item), field):
            found.append(getattr(item, field))
            continue
        shown = shown_text(item, field, language)
        found.append(shown)
        english = getattr(item, build_localized_fieldname(field, ENGLISH))
        if english != shown:
            found.append(english)
    # Rich text is searched by its words, not its markup (coalition/rich_text.py).
    return [plain_text(text) if is_html(text) else text for text in found if text]


def spaced_words(strings):
    """ " word word … ": the folded words of `strings`, with a space at both ends."""
    words = [word for text in strings for word in index_words(text)]
    return f" {' '.join(words)} " if words else " "


def sortable(value, descending=False):
    """`value` as text that sorts like the value: numbers and dates of fixed width
    (complemented to sort descending), text folded (ascending only, and last)."""
    if isinstance(value, datetime.datetime):
        number, width = int(value.timestamp()), 12
    elif isinstance(value, datetime.date):
        number, width = value.toordinal(), 7
    elif isinstance(value, int):
        number, width = value, 10
    else:
        if descending:
            raise ValueError("Text sorts ascending only in the search index.")
        return fold(value or "")
    return f"{10**width - 1 - number if descending else number:0{width}d}"


def json_value(field, item):
    """A field's value as the index stores it: JSON's own types as they are, anything else
    (a date, a country) as the field writes it to text."""
    value = field.value_from_object(item)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return field.value_to_string(item)


@dataclass(frozen=True)
class Kind:
    """A kind of content in the index: `titles` weigh most, `texts` are searched too,
    `shown` are the other fields that its line in the results needs, `related` the
    fields of a foreign key's object that it needs ((field, (its fields…)), …)."""

    key: str
    model_name: str
    titles: tuple
    texts: tuple = ()
    shown: tuple = ()
    related: tuple = ()

    @property
    def title_field(self):
        return self.titles[0]

    def model(self, apps=global_apps):
        return apps.get_model("coalition", self.model_name)

    def published(self, apps=global_apps):
        """What the index holds: published items, the publication time checked at search."""
        found = self.model(apps)._base_manager.filter(status=Status.PUBLISHED)
        return found.select_related(*(name for name, _fields in self.related))

    def title_texts(self, item, language):
        return texts(item, self.titles, language)

    def other_texts(self, item, language):
        return texts(item, self.texts, language)

    def sort_key(self, item, language):
        """The model's own order (Meta.ordering), translated fields as they are shown."""
        keys = []
        for name in item._meta.ordering:
            field = name.lstrip("-")
            value = (
                shown_text(item, field, language)
                if is_translated(type(item), field)
                else getattr(item, field)
            )
            keys.append(sortable(value, descending=name.startswith("-")))
        return " ".join(keys)

    def shown_values(self, item, language):
        """The fields the results list shows, in `language` and English."""
        values = {}
        for name in ("slug", *self.titles, *self.shown):
            if is_translated(type(item), name):
                for code in dict.fromkeys((language, ENGLISH)):
                    column = build_localized_fieldname(name, code)
                    values[column] = getattr(item, column)
            else:
                values[name] = json_value(item._meta.get_field(name), item)
        for name, fields in self.related:
            related = getattr(item, name)
            values[name] = {
                field: json_value(related._meta.get_field(field), related) for field in fields
            }
        return values

    def entries(self, item, entry_model):
        """The item's entry in every language (unsaved)."""
        found = []
        for language in languages():
            with translation.override(language):
                titles = self.title_texts(item, language)
                title_words = spaced_words(titles)
                words = spaced_words([*titles, *self.other_texts(item, language)])
                found.append(
                    entry_model(
                        kind=self.key,
                        object_id=item.pk,
                        language=language,
                        published_at=item.published_at,
                        title_words=title_words,
                        words=words,
                        sort_key=self.sort_key(item, language)[:300],
                        shown=self.shown_values(item, language),
                        vector=word_vector(title_words, words, language),
                    )
                )
        return found

    def item(self, object_id, shown):
        """The item as if loaded with only() its entry's `shown` fields: what the results
        list needs (its address, title and line, by the model's own methods), no query. Any
        other field is deferred: reading one would cost a query, which the query-count
        tests would catch."""
        model = self.model()
        values = {model._meta.pk.attname: object_id}
        related = {}
        for name, value in shown.items():
            field = model._meta.get_field(name)
            if field.is_relation:
                related[field] = loaded(field.related_model, value)
            else:
                values[field.attname] = value
        item = loaded(model, values)
        for field, value in related.items():
            field.set_cached_value(item, value)  # as select_related() would
        return item


def loaded(model, values):
    """An instance of `model` as the database would give it with only these fields."""
    fields = model._meta.concrete_fields
    return model.from_db(
        DEFAULT_DB_ALIAS,
        [field.attname for field in fields],
        [
            field.to_python(values[field.attname]) if field.attname in values else DEFERRED
            for field in fields
        ],
    )


def country_names(state):
    """A member state's name in the active language and in English."""
    with translation.override(ENGLISH):
        english = str(state.country.name)
    return list(dict.fromkeys((str(state.country.name), english)))


class MemberStateKind(Kind):
    """Member states are named by django-countries in each language, as the site shows
    them, and sorted by that name."""

    @property
    def title_field(self):
        return None

    def title_texts(self, item, language):
        return country_names(item)

    def sort_key(self, item, language):
        return fold(item.country.name)


class ConferenceKind(Kind):
    """A conference is also found by its host state's name."""

    def other_texts(self, item, language):
        return [
            *super().other_texts(item, language),
            *country_names(item.host),
        ]


class PageKind(Kind):
    """A page is also found by the headings and text of its sections."""

    def published(self, apps=global_apps):
        return super().published(apps).prefetch_related("sections")

    def other_texts(self, item, language):
        sections = [
            text
            for section in item.sections.all()
            for text in texts(section, ("heading", "body"), language)
        ]
        return [*super().other_texts(item, language), *sections]


# The kinds whose entries need more than their fields; any other is a plain Kind.
SPECIAL_KINDS = {"MemberState": MemberStateKind, "Conference": ConferenceKind, "Page": PageKind}


def kind_of(section):
    return SPECIAL_KINDS.get(section.model, Kind)(section.key, section.model, **section.search)


def kinds():
    """{key: Kind} of every kind of content, read from the sections each time (cheap): a
    kind added there is indexed and found without more."""
    return {section.key: kind_of(section) for section in sections.SECTIONS}


# PostgreSQL's vector ----------------------------------------------------------------------


class ExactWords(SearchVectorCombinable, Func):
    """Every word of a column of spaced words as it is (no stemming, no positions)."""

    template = "array_to_tsvector(string_to_array(btrim(%(expressions)s), ' '))"
    output_field = SearchVectorField()
    config = None


def word_vector(title_words, words, language):
    """PostgreSQL: an entry's tsvector, written with its words (None elsewhere): the stems
    of its title words (weight A) and of all its words (B) in the language's text search
    configuration, and every word as it is."""
    if connection.vendor != "postgresql":
        return None
    configuration = Value(TEXT_SEARCH_CONFIGURATIONS.get(language, "simple"))
    return (
        SearchVector(Value(title_words), config=configuration, weight="A")
        + SearchVector(Value(words), config=configuration, weight="B")
        + ExactWords(Value(words))
    )


# Finding ---------------------------------------------------------------------------------


def word_pattern(word):
    """What a query word is looked up as in spaced words: a word's beginning, or for a short
    word the whole word."""
    return f" {word}" if len(word) >= PREFIX_MIN_LENGTH else f" {word} "


def all_found(column, terms):
    """Q: every term is found in `column` (spaced words)."""
    return reduce(
        and_,
        (
            reduce(
                or_,
                (
                    reduce(
                        and_, (Q(**{f"{column}__contains": word_pattern(word)}) for word in words)
                    )
                    for words in term.alternatives
                ),
            )
            for term in terms
        ),
    )


def lexeme(word):
    """A query word in PostgreSQL's tsquery syntax, as it is (no normalisation)."""
    quoted = "'{}'".format(word.replace("\\", "\\\\").replace("'", "''"))
    return f"{quoted}:*" if len(word) >= PREFIX_MIN_LENGTH else quoted


class TsQuery(Func):
    """A tsquery written out, taken as it is."""

    template = "CAST(%(expressions)s AS tsquery)"
    output_field = SearchQueryField()


def infix(name, operator, output_field):
    """An SQL expression of its arguments joined by `operator`, in brackets."""
    attributes = {
        "template": "(%(expressions)s)",
        "arg_joiner": f" {operator} ",
        "output_field": output_field,
    }
    return type(name, (Func,), attributes)


AnyOf = infix("AnyOf", "||", SearchQueryField())
AllOf = infix("AllOf", "&&", SearchQueryField())
Matches = infix("Matches", "@@", BooleanField())


def full_text_query(terms, language):
    """PostgreSQL: every term, as its words as they are (or their beginnings), or as the
    stems of the language's configuration."""
    configuration = TEXT_SEARCH_CONFIGURATIONS.get(language, "simple")
    return AllOf(
        *(
            AnyOf(
                TsQuery(
                    Value(
                        " | ".join(
                            "({})".format(" & ".join(lexeme(word) for word in words))
                            for words in term.alternatives
                        )
                    )
                ),
                SearchQuery(term.text, config=configuration, search_type="plain"),
            )
            for term in terms
        )
    )


def find(terms, language, limit):
    """One query: for each kind of content, the first `limit` entries in `language` that
    match every term, and how many match. Title matches come first; then, on PostgreSQL,
    the full-text rank; then the kind's own order.

    Returns (kind, object_id, shown, position, total) rows."""
    entries = SearchEntry.objects.published().filter(language=language)
    if connection.vendor == "postgresql":
        query = full_text_query(terms, language)
        entries = entries.filter(Matches(F("vector"), query)).annotate(
            relevance=Func(F("vector"), query, function="ts_rank", output_field=FloatField())
        )
    else:
        entries = entries.filter(all_found("words", terms)).annotate(relevance=Value(0.0))
    in_title = Case(When(all_found("title_words", terms), then=Value(1)), default=Value(0))
    order = [F("in_title").desc(), F("relevance").desc(), F("sort_key").asc(), F("object_id").asc()]
    return (
        entries.annotate(in_title=in_title)
        .annotate(
            position=Window(RowNumber(), partition_by=F("kind"), order_by=order),
            total=Window(Count("pk"), partition_by=F("kind")),
        )
        .filter(position__lte=limit)
        .values_list("kind", "object_id", "shown", "position", "total")
    )


# Writing entries --------------------------------------------------------------------------


def delete_entries(entries):
    """Delete without Django's collector, which would load every row and send a signal for
    each (that coalition/cache.py would take for a change of content): entries have no
    relations."""
    entries._raw_delete(entries.db)


# What an entry holds, besides its key (kind, object_id, language) and the vector made from it.
ENTRY_FIELDS = ("published_at", "title_words", "words", "sort_key", "shown")


def write_entries(entry_model, entries, current):
    """Make the rows of `current` (a queryset of entries) be `entries`, writing only what
    differs: saving an item without changing what is indexed, or rebuilding an index that is
    up to date, writes nothing (and leaves PostgreSQL no dead rows to vacuum)."""
    rows = {
        (row.kind, row.object_id, row.language): row
        for row in current.only("kind", "object_id", "language", *ENTRY_FIELDS)
    }
    new, changed = [], []
    for entry in entries:
        row = rows.pop((entry.kind, entry.object_id, entry.language), None)
        if row is None:
            new.append(entry)
        elif any(getattr(row, name) != getattr(entry, name) for name in ENTRY_FIELDS):
            entry.pk = row.pk
            changed.append(entry)
    if rows:
        delete_entries(entry_model.objects.filter(pk__in=[row.pk for row in rows.values()]))
    entry_model.objects.bulk_create(new, batch_size=500)
    entry_model.objects.bulk_update(changed, [*ENTRY_FIELDS, "vector"], batch_size=500)


def update_entries(kind, object_ids, apps=global_apps):
    """Write the entries of these items again: those published get theirs, the others none."""
    if not object_ids:
        return
    entry_model = apps.get_model("coalition", "SearchEntry")
    with transaction.atomic():
        items = kind.published(apps).filter(pk__in=object_ids)
        write_entries(
            entry_model,
            [entry for item in items for entry in kind.entries(item, entry_model)],
            entry_model.objects.filter(kind=kind.key, object_id__in=object_ids),
        )


def rebuild(apps=global_apps):
    """The whole index again, in one transaction (searches meanwhile see the old one): only
    the entries that differ from what the content gives are written. Returns the number of
    entries."""
    entry_model = apps.get_model("coalition", "SearchEntry")
    with transaction.atomic():
        entries = [
            entry
            for kind in kinds().values()
            for item in kind.published(apps).iterator(chunk_size=200)
            for entry in kind.entries(item, entry_model)
        ]
        write_entries(entry_model, entries, entry_model.objects.all())
        return len(entries)


# Following the content ---------------------------------------------------------------------


@functools.cache
def kinds_by_model():
    return {kind.model(): kind for kind in kinds().values()}


def _on_save(sender, instance, **kwargs):
    kind = kinds_by_model().get(sender)
    if kind is not None:
        update_entries(kind, [instance.pk])
    if sender is PageSection:
        update_entries(kinds()["pages"], [instance.page_id])
    if sender is MemberState:
        hosted = Conference._base_manager.filter(host_id=instance.pk).values_list("pk", flat=True)
        update_entries(kinds()["conferences"], list(hosted))


def _on_delete(sender, instance, **kwargs):
    kind = kinds_by_model().get(sender)
    if kind is not None:
        delete_entries(SearchEntry.objects.filter(kind=kind.key, object_id=instance.pk))
    if sender is PageSection:
        update_entries(kinds()["pages"], [instance.page_id])


def connect_signals():
    post_save.connect(_on_save, dispatch_uid="coalition.search_index.save")
    post_delete.connect(_on_delete, dispatch_uid="coalition.search_index.delete")
