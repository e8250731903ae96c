"""What every public view shares: its address in every language, its breadcrumbs, and the
query parameters it reads."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from .. import sections, structured_data
from ..cache import canonical_query
from ..languages import language_name
from ..models import FormerSlug
from ..querystring import StrictPageMixin, is_later_page
from ..rich_text import plain_text
from ..templatetags.coalition import item_name


class PublicPageMixin:
    """Gives a page its own address in every language (language switcher, hreflang) and a
    trail of breadcrumbs. Views add their own crumbs with `get_breadcrumbs()`.

    `query_parameters` names the query parameters the page reads, each with the test a value
    must pass, in the order its own links write them. Any other query string is redirected
    to the page's clean address (coalition/cache.py), so that `?x=1`, `?x=2`… are one page
    in the cache, not one each. None: the view reads its query string itself and marks
    every response to one as not for a shared cache (search).
    """

    query_parameters = {}

    def get(self, request, *args, **kwargs):
        """A detail page whose slug changed answers its old address with a permanent
        redirect to the new one (in the same language)."""
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            if "slug" not in kwargs:
                raise
            moved = FormerSlug.objects.target(self.get_queryset().model, kwargs["slug"])
            if moved is None:
                raise
            return HttpResponsePermanentRedirect(moved.get_absolute_url())

    def get_alternate_urls(self):
        """(code, name, address) of this page in every language: the same item (its slug is
        the same in every language) with the same query string, so that switching language
        keeps the filters, the sort and the page (only the parameters the page reads, in its
        own order: coalition/cache.py canonical_query)."""
        match = self.request.resolver_match
        query = canonical_query(self.request, self.query_parameters or {})
        suffix = f"?{query}" if query else ""
        urls = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
                urls.append((code, language_name(code), url + suffix))
        return urls

    def get_breadcrumbs(self):
        """(label, url) pairs after Home; the last one is the current page (url None)."""
        return []

    def get_page_title(self):
        """The page's own title, before the site's name; None on the home page."""
        return None

    def get_meta_description(self):
        """One or two sentences for search engines and link previews; None for the default."""
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["alternate_urls"] = self.get_alternate_urls()
        context["page_title"] = self.get_page_title()
        context["meta_description"] = self.get_meta_description()
        breadcrumbs = self.get_breadcrumbs()
        if breadcrumbs:
            context["breadcrumbs"] = [(_("Home"), reverse("coalition:home")), *breadcrumbs]
        return context


class SectionMixin(PublicPageMixin):
    """A list or a detail page inside a section such as Members or Documents."""

    section_key = None  # the section's key in coalition/sections.py (urls.py sets it)

    @cached_property
    def section(self):
        return sections.by_key()[self.section_key]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["current_section"] = self.section.list_url_name
        return context

    def get_breadcrumbs(self):
        obj = getattr(self, "object", None)
        if obj is None:
            return [(self.section.heading, None)]
        titles = self.section.search.get("titles")
        return [
            (self.section.heading, reverse(self.section.list_url_name)),
            (item_name(obj, titles[0] if titles else None), None),
        ]

    def get_page_title(self):
        obj = getattr(self, "object", None)
        return str(obj) if obj is not None else self.section.heading

    def get_meta_description(self):
        obj = getattr(self, "object", None)
        summary = plain_text(getattr(obj, "summary", None) or getattr(obj, "profile", None))
        return Truncator(summary).chars(200) if summary else None


class PublishedMixin:
    """The published items of the view's model, loaded as its queryset's with_relations()
    says, where the model's queryset has one (the model owns its loading)."""

    def get_queryset(self):
        published = self.model.objects.published()
        return published.with_relations() if hasattr(published, "with_relations") else published


class ContentListView(SectionMixin, PublishedMixin, StrictPageMixin, ListView):
    """A kind of content without a list view of its own (coalition/sections.py)."""

    paginate_by = 20
    query_parameters = {"page": is_later_page}


class ContentDetailView(SectionMixin, PublishedMixin, DetailView):
    """A kind of content without a detail view of its own (coalition/sections.py).

    Its page describes the item as schema.org JSON-LD where its kind has a description
    (coalition/structured_data.py: conferences, news, documents)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = structured_data.describe(self.request, self.object)
        return context
