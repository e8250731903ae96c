"""Load the demo content of coalition/demo into the database.

Safe to run again and again (`make run` does): objects are found by natural key (a member
state by its country, a chairship by its year, a conference by its edition, a consultation
by region and year, a cohort by its first year, a co-chair term by member and first year,
everything else by slug). Missing objects are created with their relations; objects that
exist are left as they are, so staff edits survive. With --update, the demo values are
written over the demo objects' fields and relations.

A page's sections belong to it: they are written with their page (new, or with --update)
and otherwise left alone, so that staff may reorder or remove them.
"""

import functools
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, time

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import FileField
from django.utils import translation
from modeltranslation.manager import get_translatable_fields_for_model
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from modeltranslation.utils import build_localized_fieldname

from coalition import models
from coalition.cache import content_changed
from coalition.demo import (
    documents,
    events,
    members,
    network,
    news,
    pages,
    partnerships,
    subentities,
)
from coalition.management.placeholder_pdf import placeholder_pdf
from coalition.search_index import rebuild as rebuild_search_index

# A link from a demo text to a demo item by its natural key (an earlier kind's slug).
DEMO_LINK = re.compile(r'href="demo:([a-z]+):([a-z0-9-]+)"')

# Demo objects that have no date of their own are published from this (past) time on.
PUBLISHED_SINCE = datetime(2024, 1, 1, 12, tzinfo=UTC)


def published(on=None):
    """Published fields: from noon (UTC) of the item's date, or from PUBLISHED_SINCE."""
    at = datetime.combine(on, time(12), tzinfo=UTC) if on else PUBLISHED_SINCE
    return {"status": models.Status.PUBLISHED, "published_at": at}


def without(record, *names):
    return {name: value for name, value in record.items() if name not in names}


def in_language(value, language):
    """A demo text in one language: a dict gives each language; a plain string is English."""
    if isinstance(value, dict):
        return value.get(language)
    return value if language == DEFAULT_LANGUAGE else None


def attach_placeholder(document):
    """Give a document without a file its placeholder PDF, at documents/<slug>.pdf."""
    if document.file:
        return
    # Written straight to storage: uploads get a random folder (document_upload_to), but
    # the demo's public placeholders keep a fixed name, so that loading again reuses them.
    name = f"documents/{document.slug}.pdf"
    storage = document.file.storage
    if not storage.exists(name):
        storage.save(name, ContentFile(placeholder_pdf(document.title_en, document.date)))
    document.file.name = name


@functools.cache
def defaults(model):
    """What a record that leaves a field out means, so that --update resets it: the
    field's own default, else empty. Files, what describes them (a photo's text
    alternative) and relations are left as they are. Read-only: callers copy it."""
    fields = model._meta.concrete_fields
    files = tuple(f"{f.name}_" for f in fields if isinstance(f, FileField))
    values = {}
    for field_ in fields:
        if (
            field_.primary_key
            or field_.is_relation
            or not field_.editable
            or isinstance(field_, FileField)
            or field_.name.startswith(files)
            or hasattr(field_, "translated_field")  # modeltranslation's per-language copy
        ):
            continue
        if field_.has_default():
            if not callable(field_.default):  # publication fields: see published()
                values[field_.name] = field_.default
        elif field_.null or field_.blank:
            values[field_.name] = None if field_.null else ""
    return values


@dataclass(frozen=True)
class Kind:
    """How the demo records of one model become objects.

    key: the fields that find an existing object (a record's natural key). refers_to: the
    foreign keys a record gives as another kind's natural key, {field: model name};
    many: the same for many-to-many fields, given as lists. published_on: the record's
    date field that publication starts from, "" for PUBLISHED_SINCE, None for a model that
    is not published on its own. prepare(obj) runs before saving; children(loader, obj,
    record) writes the rows that belong to a written object, from the record's entries
    named in record_only (which are not fields).
    """

    model: type
    records: list
    key: tuple
    refers_to: dict = field(default_factory=dict)
    many: dict = field(default_factory=dict)
    published_on: str | None = ""
    prepare: object = None
    children: object = None
    record_only: tuple = ()

    @property
    def name(self):
        return self.model._meta.model_name

    @property
    def defaults(self):
        return defaults(self.model)


def sub_entity_roles(loader, sub_entity, record):
    """A task force's or working group's member states and network members, in order."""
    for related_name, role_model, field_name, target, entries in [
        ("state_roles", models.SubEntityState, "member_state", "memberstate", "states"),
        (
            "network_roles",
            models.SubEntityNetworkMember,
            "advisory_member",
            "advisorymember",
            "network",
        ),
    ]:
        getattr(sub_entity, related_name).all().delete()
        role_model.objects.bulk_create(
            role_model(
                sub_entity=sub_entity,
                role=role,
                order=order,
                **{field_name: loader.loaded[target][key]},
            )
            for order, (key, role) in enumerate(record.get(entries, []), start=1)
        )


def page_sections(loader, page, record):
    for order, section in enumerate(record["sections"], start=1):
        values = {
            **without(defaults(models.PageSection), "order"),
            **section,
            "partnership": loader.loaded["partnership"].get(section.get("partnership")),
        }
        loader.save(models.PageSection, {"page": page, "order": order}, values)


# In the order they are loaded: each kind refers only to kinds above it.
KINDS = [
    Kind(
        models.MemberState,
        members.MEMBER_STATES,
        key=("country",),
    ),
    Kind(
        models.Chairship,
        members.CHAIRSHIPS,
        key=("year",),
        many={"chairs": "memberstate"},
        published_on=None,
    ),
    Kind(
        models.Cohort,
        network.COHORTS,
        key=("start_year",),
        published_on=None,
    ),
    Kind(
        models.AdvisoryMember,
        network.ADVISORY_MEMBERS,
        key=("slug",),
        many={"cohorts": "cohort"},
    ),
    Kind(
        models.CoChairTerm,
        network.CO_CHAIR_TERMS,
        key=("member", "start_year"),
        refers_to={"member": "advisorymember"},
        published_on=None,
    ),
    Kind(
        models.SubEntity,
        subentities.SUB_ENTITIES,
        key=("slug",),
        children=sub_entity_roles,
        record_only=("states", "network"),
    ),
    Kind(
        models.Conference,
        events.CONFERENCES,
        key=("edition",),
        refers_to={"host": "memberstate"},
        published_on="start_date",
    ),
    Kind(
        models.Partnership,
        partnerships.PARTNERSHIPS,
        key=("slug",),
        many={"supporting_states": "memberstate"},
    ),
    Kind(
        models.Document,
        documents.DOCUMENTS,
        key=("slug",),
        refers_to={"conference": "conference", "sub_entity": "subentity"},
        many={"lead_states": "memberstate"},
        published_on="date",
        prepare=attach_placeholder,
    ),
    Kind(
        models.RegionalConsultation,
        events.REGIONAL_CONSULTATIONS,
        key=("region", "year"),
        refers_to={"outcome_document": "document"},
    ),
    Kind(
        models.NewsItem,
        news.NEWS_ITEMS,
        key=("slug",),
        many={"member_states": "memberstate", "sub_entities": "subentity"},
        published_on="date",
    ),
    Kind(
        models.Page,
        pages.PAGES,
        key=("slug",),
        published_on="",
        children=page_sections,
        record_only=("sections",),
    ),
]


class DemoLoader:
    def __init__(self, *, update):
        self.update = update
        self.created = self.updated = self.unchanged = 0
        self.found = {}
        # {model name: {natural key: object}}: what records of later kinds refer to.
        self.loaded = {}

    def find(self, model, key):
        """The object with this natural key, if any: one query per model, not per object."""
        if model not in self.found:
            columns = [model._meta.get_field(name).attname for name in key]
            self.found[model] = {
                tuple(str(getattr(obj, column)) for column in columns): obj
                for obj in model.objects.all()
            }
        return self.found[model].get(
            tuple(str(getattr(value, "pk", value)) for value in key.values())
        )

    def save(self, model, key, values, prepare=None):
        """Find the object by its natural key, then create it or, with --update, overwrite it.

        Returns the object and whether it was written (and so needs its relations set).
        """
        obj = self.find(model, key)
        if obj is not None and not self.update:
            self.unchanged += 1
            return obj, False
        created = obj is None
        if created:
            obj = model(**key)
        translated = get_translatable_fields_for_model(model) or ()
        for name, value in values.items():
            if name in translated:
                for language in AVAILABLE_LANGUAGES:
                    column = build_localized_fieldname(name, language)
                    setattr(obj, column, self.internal_links(in_language(value, language)))
            else:
                setattr(obj, name, value)
        if prepare:
            prepare(obj)
        # The database checks the constraints and the loader picks the related objects; this
        # catches bad choices and lengths early.
        relations = [field.name for field in model._meta.fields if field.is_relation]
        obj.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)
        obj.save()
        if created:
            self.created += 1
        else:
            self.updated += 1
        return obj, True

    def internal_links(self, text):
        """Rich text's links to demo items, `demo:<model>:<natural key>`, as the references
        that the site keeps (`item:<model>:<pk>`, coalition/rich_text.py)."""
        if not isinstance(text, str) or "demo:" not in text:
            return text
        return DEMO_LINK.sub(
            lambda m: f'href="item:{m[1]}:{self.loaded[m[1]][m[2]].pk}"',
            text,
        )

    def load(self):
        for kind in KINDS:
            self.loaded[kind.name] = {}
            for record in kind.records:
                self.load_record(kind, record)

    def load_record(self, kind, record):
        refers_to = {
            name: self.loaded[target].get(record.get(name))
            for name, target in kind.refers_to.items()
        }
        values = {**kind.defaults, **without(record, *kind.many, *kind.record_only), **refers_to}
        if kind.published_on is not None:
            values.update(published(record[kind.published_on] if kind.published_on else None))
        key = {name: values[name] for name in kind.key}
        obj, written = self.save(kind.model, key, without(values, *kind.key), kind.prepare)
        if written:
            for name, target in kind.many.items():
                getattr(obj, name).set([self.loaded[target][each] for each in record.get(name, [])])
            if kind.children:
                kind.children(self, obj, record)
        natural_key = tuple(record[name] for name in kind.key)
        self.loaded[kind.name][natural_key[0] if len(natural_key) == 1 else natural_key] = obj


class Command(BaseCommand):
    help = "Load the demo content: create what is missing and leave existing objects alone."

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Overwrite the demo objects' fields and relations with the demo values.",
        )

    def handle(self, *args, update=False, verbosity=1, **options):
        loader = DemoLoader(update=update)
        with translation.override(DEFAULT_LANGUAGE), transaction.atomic():
            loader.load()
            # Some rows are written with bulk_create, which sends no signal: say it once,
            # and write the whole search index (manage.py rebuild_search_index) again.
            content_changed()
            rebuild_search_index()
        if verbosity:
            self.stdout.write(
                f"Demo content: {loader.created} created, {loader.updated} updated, "
                f"{loader.unchanged} left as they were."
            )
