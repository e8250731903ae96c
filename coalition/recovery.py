"""Recovering a deleted item brings back the links other items had to it.

Deleting an item takes more than the item: other items' many-to-many links to it lose their
rows (a news item's task forces, a task force's member states) and their foreign keys to it
are set to NULL (a document's task force). django-reversion recovers the item with its own
fields and rows, not these links, which belong to the other items; and reverting those
items instead would undo every edit made to them since.

So, just before an item is deleted, the links to it are written down (RemovedLinks); when
reversion recovers it, they are made again to the items that still exist, and nothing else
of those items changes. A link that staff have set otherwise since (a document given
another task force) is left as they set it. The delete page lists the links that will go.

Likewise, reverting or recovering one item brings back that item and its own rows only,
never the other items that were saved in the same revision (revert_item_only).
"""

from types import SimpleNamespace

import reversion
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models.signals import post_save, pre_delete
from django.utils.text import capfirst
from reversion.models import Revision
from reversion.revisions import _get_options

from .cache import content_changed
from .models import RemovedLinks


def relations_to(obj):
    """(relation, what holds a link to `obj` through it) for every relation of another
    model that deleting `obj` undoes: the rows of many-to-many links, and the items whose
    foreign key to it would be set to NULL. Cascading rows of an item's own (a page's
    sections) are in its history, and PROTECT forbids the deletion."""
    for rel in obj._meta.related_objects:
        if rel.many_to_many:
            target = rel.field.m2m_reverse_field_name()
            yield rel, rel.through._base_manager.filter(**{target: obj.pk})
        elif rel.on_delete is models.SET_NULL:
            yield rel, rel.related_model._base_manager.filter(**{rel.field.name: obj.pk})


def links_to(obj):
    """What deleting `obj` would remove, in a form that JSON keeps."""
    links = []
    for rel, held in relations_to(obj):
        if rel.many_to_many:
            rows = list(held.values())
            if rows:
                links.append({"through": rel.through._meta.label_lower, "rows": rows})
        else:
            pks = list(held.values_list("pk", flat=True))
            if pks:
                links.append(
                    {
                        "model": rel.related_model._meta.label_lower,
                        "field": rel.field.name,
                        "pks": pks,
                    }
                )
    return links


def lost_links(objs):
    """For the delete page: [(item to delete, [{"kind", "item", "field"}, …]), …], the other
    items that will lose their link to it, and in which of their fields."""
    groups = []
    for obj in objs:
        found = []
        for rel, held in relations_to(obj):
            items = held
            if rel.many_to_many:
                items = rel.related_model._base_manager.filter(**{rel.field.name: obj.pk})
            found += [
                {
                    "kind": capfirst(item._meta.verbose_name),
                    "item": item,
                    "field": rel.field.verbose_name,
                }
                for item in items
            ]
        if found:
            groups.append((obj, found))
    return groups


def restore_row(through, row):
    """One many-to-many link again, if both items still exist and it was not made anew.

    The row keeps its id (the history of the item that holds it refers to it) unless
    another row has taken it."""
    relations = {
        field.attname: row[field.attname]
        for field in through._meta.concrete_fields
        if field.is_relation
    }
    for field in through._meta.concrete_fields:
        if (
            field.is_relation
            and not field.related_model._base_manager.filter(pk=row[field.attname]).exists()
        ):
            return False
    if through._base_manager.filter(**relations).exists():
        return False
    pk = through._meta.pk.attname
    if through._base_manager.filter(pk=row[pk]).exists():
        row = {name: value for name, value in row.items() if name != pk}
    try:
        with transaction.atomic():
            through(**row).save(force_insert=True)
    except IntegrityError:  # e.g. a constraint that a later row now takes
        return False
    return True


def restore_links(obj, links):
    """Make the links that deleting `obj` removed again; see the module's docstring."""
    changed = False
    for link in links:
        if "through" in link:
            through = apps.get_model(link["through"])
            for row in link["rows"]:
                changed |= restore_row(through, row)
        else:
            model = apps.get_model(link["model"])
            column = model._meta.get_field(link["field"]).attname
            changed |= bool(
                model._base_manager.filter(
                    pk__in=link["pks"], **{f"{column}__isnull": True}
                ).update(**{column: obj.pk})
            )
    if changed:
        content_changed()  # update() sends no signal


def remember_links(sender, instance, **kwargs):
    """pre_delete: write down the links that the deletion is about to remove."""
    if not reversion.is_registered(sender):
        return
    links = links_to(instance)
    if links:
        RemovedLinks.objects.create(
            content_type=ContentType.objects.get_for_model(sender),
            object_id=str(instance.pk),
            links=links,
        )


def give_links_back(sender, instance, created, raw, **kwargs):
    """post_save: reversion recovers a deleted item with a raw save that creates it again
    (in the admin, and in Version.revert()); the links it lost come back with it."""
    if not (raw and created) or not reversion.is_registered(sender):
        return
    records = RemovedLinks.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=str(instance.pk)
    ).order_by("pk")
    for record in records:
        restore_links(instance, record.links)
    records.delete()


def connect_signals():
    pre_delete.connect(remember_links, dispatch_uid="coalition.recovery.remember")
    post_save.connect(give_links_back, dispatch_uid="coalition.recovery.give_back")


# One item at a time ------------------------------------------------------------------


def own_versions(version, versions):
    """`version` and, among `versions`, those of the rows it follows (reversion's "follow":
    a task force's member states, a page's sections), recursively."""
    own, queue = [version], [version]
    while queue:
        parent = queue.pop()
        for name in _get_options(parent._model).follow:
            rel = parent._model._meta.get_field(name)
            if not rel.one_to_many:  # only rows pointing at their item are followed here
                continue
            for candidate in versions:
                if (
                    candidate not in own
                    and candidate._model is rel.related_model
                    and str(candidate.field_dict.get(rel.field.attname)) == parent.object_id
                ):
                    own.append(candidate)
                    queue.append(candidate)
    return own


class VersionSubset:
    """Stands in for a revision that holds only some of its versions: reversion's own
    Revision.revert reads nothing of a revision but its version_set."""

    def __init__(self, versions):
        self.version_set = SimpleNamespace(iterator=lambda: iter(versions))


def revert_item_only(version):
    """Make reverting (or recovering) the item of `version` revert that item and its own
    rows only.

    One revision may hold several items: publishing from a list saves every selected
    item in one, and so does a .po import. Reverting the whole revision, as reversion
    does, would take every other item back to that moment too, and silently undo what
    staff did to them since.
    """
    revision = version.revision
    versions = list(revision.version_set.all())

    def revert(delete=False):
        Revision.revert(VersionSubset(own_versions(version, versions)), delete=delete)

    revision.revert = revert
