"""Ordering rows where staff order them (page sections, a page list's order, the states and
network members of a task force): the number field stays, and static/js/admin-tools.js adds
a drag handle and "Move up"/"Move down" buttons that renumber it, announced to screen
readers. Without JavaScript staff type the numbers; either way the form saves them."""

from django import forms
from django.utils.translation import gettext


class OrderWidget(forms.NumberInput):
    class Media:
        js = ["js/admin-tools.js"]
        css = {"all": ["css/admin-tools.css"]}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # Translated when rendered, in the staff member's language.
        context["widget"]["attrs"].update(
            {
                "data-order-field": "",
                "data-move-up": gettext("Move up"),
                "data-move-down": gettext("Move down"),
                "data-moved": gettext("Moved to position %(position)s of %(count)s."),
            }
        )
        return context


class OrderableMixin:
    """The admin or inline's "order" field gets the ordering widget."""

    order_field = "order"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == self.order_field:
            kwargs["widget"] = OrderWidget(attrs={"class": "vIntegerField", "min": 0})
        return super().formfield_for_dbfield(db_field, request, **kwargs)
