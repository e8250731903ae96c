"""The sitemap (every public page in every language, with its alternates) and robots.txt."""

from collections.abc import Mapping

from django.apps import apps
from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import sections


class MultilingualSitemap(Sitemap):
    """Each page once per language, each entry listing all of them and x-default.

    Django's x-default is the unprefixed address, which only redirects; the pages' own
    <link rel="alternate" hreflang="x-default"> name the English address, and so does this.
    """

    i18n = True
    alternates = True
    x_default = True

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            by_language = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            by_language["x-default"]["location"] = by_language[settings.LANGUAGE_CODE]["location"]
        return urls


class SectionSitemap(MultilingualSitemap):
    """The home page and the list page of each section."""

    def items(self):
        return ["coalition:home", *(url_name for url_name, _label in sections.navigation())]

    def location(self, item):
        return reverse(item)


class ContentSitemap(MultilingualSitemap):
    """Every published object of one model; its page's address comes from the model."""

    def __init__(self, model_name):
        self.model = apps.get_model("coalition", model_name)

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class Sitemaps(Mapping):
    """The home page and sections, and every kind of content (coalition/sections.py), read
    from the sections at each request, so that a kind added there is in the sitemap."""

    def all(self):
        sitemaps = {section.key: ContentSitemap(section.model) for section in sections.SECTIONS}
        return {"sections": SectionSitemap(), **sitemaps}

    def __getitem__(self, key):
        return self.all()[key]

    def __iter__(self):
        return iter(self.all())

    def __len__(self):
        return len(self.all())

    # One object, equal to itself only: reverse("sitemap") compares the URL's default
    # arguments with themselves, and two readings of the sections are two sets of sitemaps.
    __eq__ = object.__eq__
    __hash__ = object.__hash__


SITEMAPS = Sitemaps()


@require_GET
def robots_txt(request):
    """Crawlers may read everything, and learn where the sitemap is.

    The admin is not named: robots.txt is public, and naming the admin's address (which
    ADMIN_PATH keeps out of sight) would tell everyone where to knock. Its pages are not
    indexed anyway: they need a sign-in and say noindex (X-Robots-Tag).
    """
    lines = [
        "User-agent: *",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
