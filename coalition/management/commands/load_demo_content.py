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

import textwrap
from datetime import UTC, datetime, time

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
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
from coalition.search_index import rebuild as rebuild_search_index

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


def pdf_text(text):
    """A PDF literal string in WinAnsi encoding (Helvetica's), with non-ASCII bytes escaped."""
    escaped = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            escaped += b"\\" + bytes([byte])
        elif byte > 126:
            escaped += b"\\%03o" % byte
        else:
            escaped.append(byte)
    return bytes(escaped + b")")


def placeholder_pdf(title, on):
    """A minimal one-page PDF that stands in for a document's official file in the demo."""
    lines = [(18, line) for line in textwrap.wrap(title, 50)]
    lines += [
        (12, f"{on.day} {on:%B %Y}"),
        (11, "Demonstration placeholder: this is not the official text."),
        (11, "The official text is kept by the Freedom Online Coalition"),
        (11, "at https://freedomonlinecoalition.com/."),
    ]
    content = bytearray()
    top = 770
    for size, line in lines:
        content += b"BT /F1 %d Tf 72 %d Td %s Tj ET\n" % (size, top, pdf_text(line))
        top -= size + 10
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), bytes(content)),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(pdf)


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


class DemoLoader:
    def __init__(self, *, update):
        self.update = update
        self.created = self.updated = self.unchanged = 0
        self.found = {}

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
                    setattr(obj, column, in_language(value, language))
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

    def load(self):
        states = self.load_member_states()
        self.load_chairships(states)
        network_members = self.load_advisory_network()
        sub_entities = self.load_sub_entities(states, network_members)
        conferences = self.load_conferences(states)
        partnerships_by_slug = self.load_partnerships(states)
        documents_by_slug = self.load_documents(states, conferences, sub_entities)
        self.load_consultations(documents_by_slug)
        self.load_news(states, sub_entities)
        self.load_pages(partnerships_by_slug)

    def load_member_states(self):
        states = {}
        for record in members.MEMBER_STATES:
            values = {
                "status_in_coalition": models.MembershipStatus.MEMBER,
                "joined_on": None,
                "join_order": None,
                "year_left": None,
                "profile": "",
                "website": "",
                **record,
                **published(),
            }
            state, _ = self.save(models.MemberState, {"country": record["country"]}, values)
            states[record["country"]] = state
        return states

    def load_chairships(self, states):
        for record in members.CHAIRSHIPS:
            values = {"group_name": "", "note": "", **without(record, "chairs")}
            chairship, written = self.save(models.Chairship, {"year": record["year"]}, values)
            if written:
                chairship.chairs.set([states[code] for code in record["chairs"]])

    def load_advisory_network(self):
        cohorts = {}
        for record in network.COHORTS:
            values = {"note": "", **record}
            cohort, _ = self.save(models.Cohort, {"start_year": record["start_year"]}, values)
            cohorts[cohort.start_year] = cohort
        network_members = {}
        for record in network.ADVISORY_MEMBERS:
            values = {
                "kind": models.MemberKind.ORGANISATION,
                "organisation": "",
                "country": "",
                "website": "",
                "bio": "",
                **without(record, "cohorts"),
                **published(),
            }
            member, written = self.save(models.AdvisoryMember, {"slug": record["slug"]}, values)
            if written:
                member.cohorts.set([cohorts[year] for year in record["cohorts"]])
            network_members[record["slug"]] = member
        for record in network.CO_CHAIR_TERMS:
            member = network_members[record["member"]]
            key = {"member": member, "start_year": record["start_year"]}
            self.save(models.CoChairTerm, key, {"end_year": record["end_year"]})
        return network_members

    def load_sub_entities(self, states, network_members):
        sub_entities = {}
        for record in subentities.SUB_ENTITIES:
            values = {
                "abbreviation": "",
                "end_year": None,
                "mandate": "",
                "outputs": "",
                **without(record, "states", "network"),
                **published(),
            }
            sub_entity, written = self.save(models.SubEntity, {"slug": record["slug"]}, values)
            if written:
                sub_entity.state_roles.all().delete()
                models.SubEntityState.objects.bulk_create(
                    models.SubEntityState(
                        sub_entity=sub_entity, member_state=states[code], role=role, order=order
                    )
                    for order, (code, role) in enumerate(record.get("states", []), start=1)
                )
                sub_entity.network_roles.all().delete()
                models.SubEntityNetworkMember.objects.bulk_create(
                    models.SubEntityNetworkMember(
                        sub_entity=sub_entity,
                        advisory_member=network_members[slug],
                        role=role,
                        order=order,
                    )
                    for order, (slug, role) in enumerate(record.get("network", []), start=1)
                )
            sub_entities[record["slug"]] = sub_entity
        return sub_entities

    def load_conferences(self, states):
        conferences = {}
        for record in events.CONFERENCES:
            values = {
                "venue": "",
                "theme": "",
                "format": models.ConferenceFormat.IN_PERSON,
                "summary": "",
                **record,
                "host": states[record["host"]],
                **published(record["start_date"]),
            }
            conference, _ = self.save(models.Conference, {"edition": record["edition"]}, values)
            conferences[record["edition"]] = conference
        return conferences

    def load_partnerships(self, states):
        partnerships_by_slug = {}
        for record in partnerships.PARTNERSHIPS:
            values = {
                "abbreviation": "",
                "managing_organisation": "",
                "end_year": None,
                "description": "",
                "website": "",
                **without(record, "supporting_states"),
                **published(),
            }
            partnership, written = self.save(models.Partnership, {"slug": record["slug"]}, values)
            if written:
                partnership.supporting_states.set(
                    [states[code] for code in record["supporting_states"]]
                )
            partnerships_by_slug[record["slug"]] = partnership
        return partnerships_by_slug

    def load_documents(self, states, conferences, sub_entities):
        documents_by_slug = {}
        for record in documents.DOCUMENTS:
            values = {
                "summary": "",
                "external_url": "",
                "date_precision": models.DatePrecision.DAY,
                **without(record, "lead_states"),
                "conference": conferences.get(record.get("conference")),
                "sub_entity": sub_entities.get(record.get("sub_entity")),
                **published(record["date"]),
            }
            document, written = self.save(
                models.Document, {"slug": record["slug"]}, values, prepare=attach_placeholder
            )
            if written:
                document.lead_states.set([states[code] for code in record.get("lead_states", [])])
            documents_by_slug[record["slug"]] = document
        return documents_by_slug

    def load_consultations(self, documents_by_slug):
        for record in events.REGIONAL_CONSULTATIONS:
            values = {
                "start_date": None,
                "end_date": None,
                "summary": "",
                **record,
                "outcome_document": documents_by_slug[record["outcome_document"]],
                **published(),
            }
            key = {"region": record["region"], "year": record["year"]}
            self.save(models.RegionalConsultation, key, values)

    def load_news(self, states, sub_entities):
        for record in news.NEWS_ITEMS:
            values = {
                "summary": "",
                "body": "",
                **without(record, "member_states", "sub_entities"),
                **published(record["date"]),
            }
            item, written = self.save(models.NewsItem, {"slug": record["slug"]}, values)
            if written:
                item.member_states.set([states[code] for code in record.get("member_states", [])])
                item.sub_entities.set(
                    [sub_entities[slug] for slug in record.get("sub_entities", [])]
                )

    def load_pages(self, partnerships_by_slug):
        for record in pages.PAGES:
            values = {
                "summary": "",
                "intro": "",
                "order": 0,
                "show_in_navigation": False,
                **without(record, "sections"),
                **published(),
            }
            page, written = self.save(models.Page, {"slug": record["slug"]}, values)
            if not written:
                continue
            for order, section in enumerate(record["sections"], start=1):
                values = {
                    "heading_level": models.HeadingLevel.SECTION,
                    "body": "",
                    "live_list": models.LiveList.NONE,
                    **section,
                    "partnership": partnerships_by_slug.get(section.get("partnership")),
                }
                self.save(models.PageSection, {"page": page, "order": order}, values)


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
