"""Two people editing one item: the second to save does not silently undo the first.

The change form carries a digest of the item as it was stored when the form was opened
(its fields, its many-to-many links and the rows edited on its page). Saving checks it
against the item as stored now: if a colleague saved in between, the form comes back with
everything typed, says who saved and when, and carries the new digest, so that saving again,
once the person has looked, goes through. The same check stops a change sent for review
from carrying values the editor never saw (coalition/admin/review.py).
"""

import hashlib

from django.contrib.admin.utils import unquote
from django.core import serializers
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from reversion.models import Version

STATE_FIELD = "_stored_state"


class EditConflictMixin:
    """For a ModelAdmin (with django-reversion's history): see the module's docstring."""

    def stored_state(self, request, obj):
        """A digest of the item as stored, with the rows edited on its page."""
        fresh = self.model._base_manager.filter(pk=obj.pk).first()
        if fresh is None:
            return ""
        rows = [fresh]
        for inline in self.get_inline_instances(request, fresh):
            fk = inline.get_formset(request, fresh).fk
            rows += inline.model._base_manager.filter(**{fk.name: fresh}).order_by("pk")
        return hashlib.sha256(serializers.serialize("json", rows).encode()).hexdigest()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request._edit_conflict = False
        if object_id and request.method == "POST" and not getattr(request, "_reverting", False):
            obj = self.get_object(request, unquote(object_id))
            loaded = request.POST.get(STATE_FIELD)
            if obj is not None and loaded is not None and "_saveasnew" not in request.POST:
                request._stored_state = self.stored_state(request, obj)
                request._edit_conflict = loaded != request._stored_state
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        request._reverting = True  # a revert or a recovery restores a version on purpose
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        # Wrapped in place, not subclassed: see ReviewMixin.get_form.
        form = super().get_form(request, obj, **kwargs)
        form_clean = form.clean
        conflict = self.conflict_message

        def clean(form_self):
            data = form_clean(form_self)
            if getattr(request, "_edit_conflict", False):
                raise ValidationError(conflict(obj))
            return data

        form.clean = clean
        return form

    def conflict_message(self, obj):
        version = (
            Version.objects.get_for_object(obj).select_related("revision__user").first()
            if obj is not None
            else None
        )
        if version is None or version.revision.user is None:
            return gettext(
                "This item was saved by someone else after you opened it. What you typed is "
                "kept below: compare it with the item's history, then save again to replace "
                "their version with yours."
            )
        when = timezone.localtime(version.revision.date_created)
        return gettext(
            "%(who)s saved this item after you opened it (%(when)s). What you typed is kept "
            "below: compare it with the item's history, then save again to replace their "
            "version with yours."
        ) % {
            "who": version.revision.user.get_username(),
            "when": date_format(when, "DATETIME_FORMAT"),
        }

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            state = getattr(request, "_stored_state", None) or self.stored_state(request, obj)
            context["stored_state"] = (STATE_FIELD, state)
        return super().render_change_form(request, context, add, change, form_url, obj)
