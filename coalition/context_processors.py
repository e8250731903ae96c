from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from .cache import request_content_version

# The public site's sections, in the order of the main navigation.
SECTIONS = [
    ("coalition:member_list", _("Members")),
    ("coalition:network_list", _("Advisory Network")),
    ("coalition:sub_entity_list", _("Task forces and working groups")),
    ("coalition:conference_list", _("Conferences")),
    ("coalition:partnership_list", _("Partnerships")),
    ("coalition:document_list", _("Documents")),
    ("coalition:news_list", _("News")),
]


def site(request):
    """What every template needs: the languages offered and the sections of the site, and
    what fragments are cached under ({% cache FRAGMENT_CACHE_SECONDS name content_version
    LANGUAGE_CODE %}: the content version, read once per request, only if a template asks)."""
    return {
        "SITE_LANGUAGES": settings.LANGUAGES,
        "SECTIONS": SECTIONS,
        "PREVIEW_LINK_DAYS": settings.PREVIEW_LINK_DAYS,
        "FRAGMENT_CACHE_SECONDS": settings.FRAGMENT_CACHE_SECONDS,
        "content_version": SimpleLazyObject(lambda: request_content_version(request)),
    }
