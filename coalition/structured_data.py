"""schema.org descriptions of pages as JSON-LD, for search engines and link previews.

Each function returns a plain dict; `script()` writes it into the page as
<script type="application/ld+json">. A browser never runs such a block (the CSP's
script-src is about scripts that run), and its text is escaped so that nothing in the
content, not even "</script>", can end it early: <, > and & are written as JSON escapes.

Addresses are absolute and in the page's language; names and texts are those the page shows
(the language's, or English where a text is not translated yet, marked with its inLanguage).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .languages import shown_language
from .rich_text import plain_text

CONTEXT = "https://schema.org"
# JSON escapes for the characters that could close the script element or start markup.
ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
ATTENDANCE_MODES = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "virtual": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def script(data):
    """`data` as a JSON-LD script element, safe to put in any page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    text = text.translate(ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def machine_date(item):
    """The item's date as precisely as it is known: 2025-01-31, 2025-01 or 2025."""
    return format_date(item.date, item.machine_date_format)


def coalition(request, members=None):
    """The coalition itself; with `members`, the member states as its members."""
    home = request.build_absolute_uri(reverse("coalition:home"))
    data = {
        "@type": "Organization",
        "@id": f"{home}#organization",
        "name": gettext("Freedom Online Coalition"),
        "alternateName": "FOC",
        "url": home,
    }
    if members is not None:
        data["member"] = [
            {
                "@type": "GovernmentOrganization",
                "name": str(state.name),
                "url": request.build_absolute_uri(state.get_absolute_url()),
            }
            for state in members
        ]
    return data


def with_context(data):
    return {"@context": CONTEXT, **data}


def conference(request, event):
    place = {
        "@type": "Place",
        "name": event.venue or event.city,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": event.city,
            "addressCountry": event.host.country.code,
        },
    }
    data = {
        "@type": "Event",
        "name": event.title,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": event.start_date.isoformat(),
        "endDate": event.end_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[event.format],
        "location": place,
        "inLanguage": shown_language(event, "title"),
        "organizer": coalition(request),
    }
    if event.format == "virtual":
        data["location"] = {"@type": "VirtualLocation", "url": data["url"]}
    if event.theme or event.summary:
        data["description"] = event.theme or plain_text(event.summary)
    return with_context(data)


def news_article(request, item):
    url = request.build_absolute_uri(item.get_absolute_url())
    data = {
        "@type": "NewsArticle",
        "headline": item.title,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": machine_date(item),
        "dateModified": item.updated_at.isoformat(),
        "inLanguage": shown_language(item, "title"),
        "publisher": coalition(request),
        "author": coalition(request),
    }
    if item.summary:
        data["description"] = plain_text(item.summary)
    return with_context(data)


def document(request, item):
    data = {
        "@type": "Report" if item.kind == "report" else "DigitalDocument",
        "name": item.title,
        "url": request.build_absolute_uri(item.get_absolute_url()),
        "datePublished": machine_date(item),
        "dateModified": item.updated_at.isoformat(),
        "inLanguage": shown_language(item, "title"),
        "genre": str(item.get_kind_display()),
        "publisher": coalition(request),
    }
    if item.summary:
        data["description"] = plain_text(item.summary)
    if item.file:
        download = reverse("coalition:document_download", args=[item.slug])
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": request.build_absolute_uri(download),
            "encodingFormat": "application/pdf",
        }
    elif item.external_url:
        data["sameAs"] = item.external_url
    return with_context(data)


# The description of an item's page, by its model's name (ContentDetailView).
DESCRIPTIONS = {"conference": conference, "newsitem": news_article, "document": document}


def describe(request, item):
    """The item's schema.org description, or None for a kind without one."""
    description = DESCRIPTIONS.get(item._meta.model_name)
    return description(request, item) if description else None


def breadcrumbs(request, crumbs):
    """The trail of (label, url) pairs; the last one (url None) is the current page."""
    items = []
    for position, (label, url) in enumerate(crumbs, start=1):
        address = request.build_absolute_uri(url if url is not None else request.path)
        items.append(
            {"@type": "ListItem", "position": position, "name": str(label), "item": address}
        )
    return with_context({"@type": "BreadcrumbList", "itemListElement": items})
