"""Changes to published items sent for review: what they change, and applying them.

An editor without the right to publish (coalition/staff_groups.py) who changes a published
item may, or with PUBLISHED_CHANGES_NEED_REVIEW must, send the change for review: it is
kept as a PendingChange (the fields the editor changed, and what they were), the published
item stays as it is, and a publisher approves it (it is applied, in the item's history under
both names) or sends it back with a comment. The admin's side is coalition/admin/review.py.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .languages import language_name_translated
from .models import PendingChange, ReviewState
from .staff_groups import may

# The fields a review never carries: publication is the publisher's decision, and the
# times are the item's own records.
NOT_REVIEWED = {"status", "published_at", "created_at", "updated_at"}


def review_required():
    return settings.PUBLISHED_CHANGES_NEED_REVIEW


def reviewed_fields(model, names):
    """The model's own and many-to-many fields among `names` (a form's fields)."""
    opts = model._meta
    return [
        field
        for field in (*opts.concrete_fields, *opts.many_to_many)
        if field.editable
        and not field.primary_key
        and field.name in names
        and field.name not in NOT_REVIEWED
    ]


def stored_value(field, value):
    """A value as JSON keeps it: related items by their keys, files by their names."""
    if field.many_to_many:
        return sorted(item.pk if hasattr(item, "pk") else item for item in value or [])
    if field.is_relation:
        return getattr(value, "pk", value)
    if hasattr(value, "name") and field.get_internal_type() in {"FileField", "ImageField"}:
        return value.name or ""
    if _needs_encoding(value):
        value = field.get_prep_value(value)  # a Country as its code
    encoded = DjangoJSONEncoder().default(value) if _needs_encoding(value) else value
    return "" if encoded is None and field.empty_strings_allowed and not field.null else encoded


def _needs_encoding(value):
    return value is not None and not isinstance(value, (str, int, float, bool, list, dict))


def current_values(obj, fields):
    """Each field's value on the saved item, as stored."""
    values = {}
    for field in fields:
        if field.many_to_many:
            values[field.name] = (
                sorted(getattr(obj, field.name).values_list("pk", flat=True)) if obj.pk else []
            )
        else:
            values[field.name] = stored_value(field, field.value_from_object(obj))
    return values


def same(a, b):
    """An empty value is empty, stored as NULL or as ""."""
    return (None if a == "" else a) == (None if b == "" else b)


def changes(before, after):
    return {name: value for name, value in after.items() if not same(before.get(name), value)}


def proposed_values(form, fields):
    """What the editor's valid form would save, field by field."""
    instance = form.instance
    values = {}
    for field in fields:
        if field.many_to_many:
            values[field.name] = stored_value(field, form.cleaned_data.get(field.name))
        else:
            values[field.name] = stored_value(field, field.value_from_object(instance))
    return values


def row_changes(formsets):
    """What the inline formsets would save: each changed, added or deleted row."""
    rows = []
    for formset in formsets:
        model, fk = formset.model, formset.fk
        fields = [f for f in reviewed_fields(model, formset.form.base_fields) if f.name != fk.name]
        for form in formset.forms:
            if not form.has_changed():
                continue
            pk = form.instance.pk if not form.instance._state.adding else None
            entry = {"model": model._meta.label_lower, "fk": fk.name, "pk": pk, "delete": False}
            if formset.can_delete and form.cleaned_data.get("DELETE"):
                if pk is not None:
                    rows.append({**entry, "delete": True, "label": str(form.instance)[:200]})
                continue
            proposed = proposed_values(form, fields)
            if pk is None:
                rows.append({**entry, "label": "", "proposed": proposed, "original": {}})
                continue
            before = current_values(model._default_manager.get(pk=pk), fields)
            changed = changes(before, proposed)
            if changed:
                rows.append(
                    {
                        **entry,
                        "label": str(form.instance)[:200],
                        "proposed": changed,
                        "original": {name: before[name] for name in changed},
                    }
                )
    return rows


def send(obj, form, author, reviewer=None, note="", formsets=(), translation_decisions=None):
    """Keep the form's changes to `obj` (saved, published), and to the rows edited on its
    page, for review, with the editor's translation boxes; the item is untouched.

    Returns the PendingChange, or None when the form changes nothing. A change the same
    editor sent earlier for the same item and that is still waiting is replaced.
    """
    model = type(obj)
    fields = reviewed_fields(model, form.fields)
    saved = model._default_manager.get(pk=obj.pk)
    before = current_values(saved, fields)
    proposed = changes(before, proposed_values(form, fields))
    rows = row_changes(formsets)
    if not proposed and not rows:
        return None
    waiting = PendingChange.objects.for_object(saved).pending().filter(author=author)
    original = {name: before[name] for name in proposed}
    for earlier in waiting:
        # The editor started from what their earlier change started from: a value published
        # meanwhile stays a difference for the reviewer to see.
        original.update(
            {name: earlier.original[name] for name in proposed if name in earlier.original}
        )
    waiting.update(state=ReviewState.WITHDRAWN)
    return PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=str(obj.pk),
        object_repr=str(saved)[:300],
        proposed=proposed,
        original=original,
        rows=rows,
        translation_decisions=translation_decisions or {},
        author=author,
        reviewer=reviewer,
        note=note,
    )


def refilled_formset(formset_class, rows):
    """The inline formset, as the editor left it in a change sent back: changed rows with
    their proposed values, deleted rows ticked for deletion, added rows as extra forms."""
    label = formset_class.model._meta.label_lower
    own = [row for row in rows if row["model"] == label]
    if not own:
        return formset_class
    edited = {row["pk"]: row for row in own if row["pk"] is not None}
    added = [row["proposed"] for row in own if row["pk"] is None]

    class RefilledFormSet(formset_class):
        extra = max(formset_class.extra, len(added))

        def __init__(self, *args, **kwargs):
            kwargs["initial"] = added
            super().__init__(*args, **kwargs)

        def _construct_form(self, i, **kwargs):
            form = super()._construct_form(i, **kwargs)
            row = edited.get(form.instance.pk) if i < self.initial_form_count() else None
            if row is not None:
                form.initial.update(row.get("proposed", {}))
                form.initial["DELETE"] = row["delete"]
            return form

    RefilledFormSet.__name__ = formset_class.__name__
    return RefilledFormSet


def field_label(field):
    """ "Title (French)" for a translated column, the field's own name otherwise."""
    language = getattr(field, "language", None)
    original = getattr(field, "translated_field", None)
    if language and original is not None:
        return _("%(field)s (%(language)s)") % {
            "field": str(original.verbose_name).capitalize(),
            "language": language_name_translated(language),
        }
    return str(field.verbose_name).capitalize()


def related_names(pairs):
    """{(model, pk): name} of the items that (field, value) pairs name, a query a model."""
    wanted = {}
    for field, value in pairs:
        if field.is_relation and value not in (None, "", []):
            values = value if field.many_to_many else [value]
            wanted.setdefault(field.related_model, set()).update(values)
    return {
        (model, item.pk): str(item)
        for model, pks in wanted.items()
        for item in model._default_manager.filter(pk__in=pks)
    }


def shown(field, value, names):
    """A stored value as staff read it: choices by their label, related items by name
    (from `names`, related_names)."""
    if value is None or value == "" or value == []:
        return None
    if field.many_to_many:
        # In the related model's order, as the query read them.
        chosen = {(field.related_model, pk) for pk in value}
        return ", ".join(name for key, name in names.items() if key in chosen)
    if field.is_relation:
        return names.get((field.related_model, value), value)
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return value


class Row:
    """One changed field: as published now, as proposed, and whether it changed since."""

    def __init__(self, field, original, current, proposed):
        self.field = field
        self.values = (original, current, proposed)
        self.label = field_label(field)
        self.conflict = not same(original, current)
        self.language = getattr(field, "language", None)
        self.direction = (
            ("rtl" if get_language_info(self.language)["bidi"] else "ltr")
            if self.language
            else "auto"
        )

    def name_values(self, names):
        """The values as staff read them, once the names of related items are read."""
        self.original, self.current, self.proposed = (
            shown(self.field, value, names) for value in self.values
        )


def named(rows):
    """`rows`, their values shown, the items they name read a kind at a time."""
    names = related_names((row.field, value) for row in rows for value in row.values)
    for row in rows:
        row.name_values(names)
    return rows


def comparison(change, obj):
    """The rows of the review page, in the model's order of fields."""
    fields = reviewed_fields(change.model, change.proposed)
    current = current_values(obj, fields)
    return named(
        [
            Row(
                field,
                change.original.get(field.name),
                current[field.name],
                change.proposed[field.name],
            )
            for field in fields
        ]
    )


class RowChange:
    """A row edited on the item's page: added, changed or deleted, field by field.
    `saved` is the row as it is now, None if new or deleted since."""

    def __init__(self, row, saved):
        self.model = apps.get_model(row["model"])
        self.kind = self.model._meta.verbose_name
        self.delete = row["delete"]
        self.new = row["pk"] is None
        self.label = str(saved) if saved is not None else row["label"]
        self.gone = not self.new and saved is None  # deleted since the change was sent
        fields = reviewed_fields(self.model, row.get("proposed", {}))
        current = current_values(saved, fields) if saved is not None else {}
        self.fields = [
            Row(
                field,
                row["original"].get(field.name),
                current.get(field.name) if not self.new else None,
                row["proposed"][field.name],
            )
            for field in fields
        ]
        if self.new:
            for field_row in self.fields:
                field_row.conflict = False
        self.conflict = self.gone or any(field_row.conflict for field_row in self.fields)


def row_comparison(change, obj):
    """The rows edited on the item's page, each beside its row as it is now (read a kind
    of row at a time)."""
    pks = {}
    for row in change.rows:
        if row["pk"] is not None:
            pks.setdefault((row["model"], row["fk"]), []).append(row["pk"])
    saved = {
        (label, item.pk): item
        for (label, fk), ids in pks.items()
        for item in apps.get_model(label)._default_manager.filter(pk__in=ids, **{fk: obj})
    }
    changes = [RowChange(row, saved.get((row["model"], row["pk"]))) for row in change.rows]
    named([field_row for row_change in changes for field_row in row_change.fields])
    return changes


def apply_rows(change, obj):
    for row in change.rows:
        model = apps.get_model(row["model"])
        owned = model._default_manager.filter(**{row["fk"]: obj})
        if row["delete"]:
            owned.filter(pk=row["pk"]).delete()
            continue
        if row["pk"] is None:
            item = model(**{row["fk"]: obj})
        else:
            item = owned.filter(pk=row["pk"]).first()
            if item is None:
                raise ValidationError(
                    _("A %(kind)s changed in it has been deleted since.")
                    % {"kind": model._meta.verbose_name}
                )
        set_values(
            item, reviewed_fields(model, row["proposed"]), row["proposed"], new=row["pk"] is None
        )


def set_values(item, fields, values, new=False):
    many = []
    for field in fields:
        value = values[field.name]
        if field.many_to_many:
            many.append((field, value))
        else:
            setattr(item, field.attname, field.to_python(value) if value is not None else None)
    exclude = [] if new else [f.name for f in type(item)._meta.fields if f.name not in values]
    item.full_clean(exclude=exclude)
    for field, value in many:
        found = field.related_model._default_manager.filter(pk__in=value).count()
        if found != len(set(value)):
            raise ValidationError(
                _("An item chosen for “%(field)s” has been deleted since.")
                % {"field": field_label(field)}
            )
    item.save()
    for field, value in many:
        getattr(item, field.name).set(value)


def apply(change, obj):
    """Set the proposed values on `obj` and its rows, and save them (in the caller's
    revision)."""
    set_values(obj, reviewed_fields(change.model, change.proposed), change.proposed)
    apply_rows(change, obj)


def publishers(model):
    """The active staff who may publish `model`'s items: who may review a change to one."""
    codename = get_permission_codename("publish", model._meta)
    perm = Q(codename=codename, content_type__app_label=model._meta.app_label)
    from django.contrib.auth.models import Permission

    permissions = Permission.objects.filter(perm)
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=permissions)
            | Q(user_permissions__in=permissions)
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def may_review(user, change):
    model = change.model
    return model is not None and may(user, "publish", model)
