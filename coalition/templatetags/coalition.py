"""Template helpers for translated content."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import conditional_escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi

from ..models import Page
from ..models.common import year_range as span_of_years

register = template.Library()


def shown_language(obj, field):
    """The language a translated field is shown in: the page's, or English as fallback."""
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return language
    own = getattr(obj, f"{field}_{language}", None)
    return language if own not in (None, "") else settings.LANGUAGE_CODE


@register.simple_tag
def translated(obj, field, element="span", paragraphs=False):
    """Render a translated field; text that fell back to English is marked lang="en".

    {% translated page "intro" "div" paragraphs=True %} renders paragraphs. A fallback
    is wrapped in `element` with lang (and dir on right-to-left pages) so that screen
    readers switch voice and Arabic pages keep the English words in order.
    """
    value = getattr(obj, field) or ""
    if paragraphs:
        content = mark_safe(linebreaks(value, autoescape=True))  # escaped by linebreaks
    else:
        content = conditional_escape(value)
    if shown_language(obj, field) == get_language():
        return content
    direction = mark_safe(' dir="ltr"') if get_language_bidi() else ""
    return format_html(
        '<{} lang="{}"{}>{}</{}>', element, settings.LANGUAGE_CODE, direction, content, element
    )


@register.simple_tag
def state_link(state):
    """{% state_link state %}: a member state's flag and name, linked to its page. Written in
    Python rather than as an included template: the members page shows dozens of them."""
    return format_html(
        '<a class="state-link" href="{}"><img src="{}" alt="" width="16" height="11"'
        ' loading="lazy"> {}</a>',
        state.get_absolute_url(),
        state.country.flag,
        state.name,
    )


@register.simple_tag
def year_range(start, end=None):
    """{% year_range start end %}: "2018–2020", "Since 2018" or "2018", in the page's
    language (coalition.models.common.year_range)."""
    return span_of_years(start, end)


@register.simple_tag
def navigation_pages():
    """Pages that staff chose to show in the main navigation, in their order."""
    return Page.objects.published().in_navigation().only("slug", *_title_columns())


@register.simple_tag
def footer_pages():
    """Every published page, for the footer's list of links."""
    return Page.objects.published().only("slug", *_title_columns())


def _title_columns():
    return [f"title_{code}" for code, _name in settings.LANGUAGES]


@register.simple_tag
def preview_links(obj):
    """Staff preview and expiring share link of an item that has a public page, if any."""
    from ..views.preview import PUBLIC_VIEWS, share_path

    if obj is None or obj.pk is None or obj._meta.model_name not in PUBLIC_VIEWS:
        return None
    return {
        "preview": reverse(
            "coalition:preview", kwargs={"model_name": obj._meta.model_name, "pk": obj.pk}
        ),
        "share": share_path(obj),
    }
