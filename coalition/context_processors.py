from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import sections
from .cache import request_content_version
from .languages import OPEN_GRAPH_LOCALES


def site(request):
    """What every template needs: the languages offered and the sections of the site, and
    the content version that {% cached_fragment %} keeps fragments under (read once per
    request, only if a template asks)."""
    return {
        "SITE_LANGUAGES": settings.LANGUAGES,
        "SECTIONS": sections.navigation(),
        "PREVIEW_LINK_DAYS": settings.PREVIEW_LINK_DAYS,
        "content_version": SimpleLazyObject(lambda: request_content_version(request)),
        "OPEN_GRAPH_LOCALES": OPEN_GRAPH_LOCALES,
    }
