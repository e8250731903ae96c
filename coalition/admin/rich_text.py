"""The list of the site's items that a rich text's link may point to, for the admin's
rich-text editor (coalition/rich_text.py, static/coalition/rich_text_editor.js)."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

from .. import rich_text, sections


def internal_links(request):
    """The items a link may point to, by kind: [{"label", "items": [{"ref", "label"}]}]."""
    groups = []
    lists = [
        {"ref": f"item:list:{key}", "label": str(label)} for key, label in _list_labels().items()
    ]
    groups.append({"label": _("Lists and forms"), "items": lists})
    for section in sections.SECTIONS:
        model = rich_text.linkable_models()[section.model.lower()]
        items = [
            {"ref": f"item:{section.model.lower()}:{obj.pk}", "label": str(obj)}
            for obj in model.objects.order_by("pk")
        ]
        if items:
            groups.append(
                {"label": str(model._meta.verbose_name_plural).capitalize(), "items": items}
            )
    return JsonResponse({"groups": groups}, json_dumps_params={"ensure_ascii": False})


def _list_labels():
    labels = {s.key: s.heading for s in sections.SECTIONS if s.list_url_name}
    return {**labels, "contact": _("Contact page"), "home": _("Home")}
