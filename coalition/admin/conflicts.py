"""Two people editing one item: the second to save does not silently undo the first.

The change form carries a digest of the item as it was stored when the form was opened
(what the form can write: its fields, its links and the rows edited on its page), with the
latest version of its history then, to name who saved since. Saving checks it
against the item as stored now: if a colleague saved in between, the form comes back with
everything typed, says who saved and when, and carries the new digest, so that saving again,
once the person has looked, goes through. The same check stops a change sent for review
from carrying values the editor never saw (coalition/admin/review.py).
"""

import hashlib
import json

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from reversion.models import Version

from .. import review

STATE_FIELD = "_stored_state"


def writable_fields(model, names=None):
    """The fields of `model` a form can write (among `names`, a form's, when given): its
    publication status and time included."""
    opts = model._meta
    return [
        field
        for field in (*opts.concrete_fields, *opts.many_to_many)
        if field.editable and not field.primary_key and (names is None or field.name in names)
    ]


class EditConflictMixin:
    """For a ModelAdmin (with django-reversion's history): see the module's docstring."""

    def stored_state(self, request, obj):
        """ "<latest version id>:<digest>" of the item as stored: the values its form can
        write (links as sorted ids, so that renaming a linked item changes nothing) and those
        of the rows edited on its page."""
        fresh = self.model._base_manager.filter(pk=obj.pk).first()
        if fresh is None:
            return ""
        stored = {"item": review.current_values(fresh, writable_fields(self.model))}
        for inline in self.get_inline_instances(request, fresh):
            formset = inline.get_formset(request, fresh)
            fields = writable_fields(inline.model, formset.form.base_fields)
            if fields:  # rows shown read-only are not the form's to write
                rows = inline.model._base_manager.filter(**{formset.fk.name: fresh}).order_by("pk")
                stored[inline.model._meta.label_lower] = [
                    (row.pk, review.current_values(row, fields)) for row in rows
                ]
        text = json.dumps(stored, cls=DjangoJSONEncoder, sort_keys=True)
        latest = Version.objects.get_for_object(fresh).values_list("pk", flat=True).first()
        return f"{latest or 0}:{hashlib.sha256(text.encode()).hexdigest()}"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request._edit_conflict = None
        if object_id and request.method == "POST" and not getattr(request, "_reverting", False):
            obj = self.get_object(request, unquote(object_id))
            loaded = request.POST.get(STATE_FIELD)
            if obj is not None and loaded is not None and "_saveasnew" not in request.POST:
                request._stored_state = self.stored_state(request, obj)
                if loaded.partition(":")[2] != request._stored_state.partition(":")[2]:
                    request._edit_conflict = (obj, loaded.partition(":")[0])
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        request._reverting = True  # a revert or a recovery restores a version on purpose
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        # Wrapped in place, not subclassed: see ReviewMixin.get_form.
        form = super().get_form(request, obj, **kwargs)
        form_clean = form.clean
        conflict_message = self.conflict_message

        def clean(form_self):
            data = form_clean(form_self)
            if getattr(request, "_edit_conflict", None):
                raise ValidationError(conflict_message(*request._edit_conflict))
            return data

        form.clean = clean
        return form

    def conflict_message(self, obj, loaded_version):
        """Who saved since the form was opened (the first version newer than the one it was
        opened on), or a sentence that names nobody."""
        newer = (
            Version.objects.get_for_object(obj)
            .filter(pk__gt=int(loaded_version) if loaded_version.isdigit() else 0)
            .select_related("revision__user")
            .order_by("pk")
            .first()
        )
        if newer is None or newer.revision.user is None:
            return gettext(
                "This item was saved by someone else after you opened it. What you typed is "
                "kept below: compare it with the item's history, then save again to replace "
                "their version with yours."
            )
        when = timezone.localtime(newer.revision.date_created)
        return gettext(
            "%(who)s saved this item after you opened it (%(when)s). What you typed is kept "
            "below: compare it with the item's history, then save again to replace their "
            "version with yours."
        ) % {
            "who": newer.revision.user.get_username(),
            "when": date_format(when, "DATETIME_FORMAT"),
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            state = getattr(request, "_stored_state", None) or self.stored_state(request, obj)
            context["stored_state"] = (STATE_FIELD, state)
        return super().render_change_form(request, context, add, change, form_url, obj)
