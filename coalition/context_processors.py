from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import sections
from .cache import request_content_version


def site(request):
    """What every template needs: the languages offered and the sections of the site, and
    what fragments are cached under ({% cache FRAGMENT_CACHE_SECONDS name content_version
    LANGUAGE_CODE %}: the content version, read once per request, only if a template asks)."""
    return {
        "SITE_LANGUAGES": settings.LANGUAGES,
        "SECTIONS": sections.navigation(),
        "PREVIEW_LINK_DAYS": settings.PREVIEW_LINK_DAYS,
        "FRAGMENT_CACHE_SECONDS": settings.FRAGMENT_CACHE_SECONDS,
        "content_version": SimpleLazyObject(lambda: request_content_version(request)),
    }
