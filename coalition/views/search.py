"""Site search: one box over everything the public may see.

A search is one query on the search index (coalition/search_index.py: one entry per
published item and language, with its words folded and the fields its results line shows),
whatever the amount of content. A French page finds an item by the French text it shows and
by its English text. Every word of the query must be found in the item: words are compared
folded (case, accents, Arabic hamza forms, alef maqsura, taa marbuta, tatweel and vowel
marks, typographic apostrophes and dashes: coalition/text.py); a word of three letters or
more matches the beginning of a word ("declar" finds "declaration"), a shorter one a whole
word only ("AI" is not in "Spain"); "T.F.A.I.R." and "TF-AIR" find "TFAIR". On PostgreSQL
the words' stems in the page's language also match (full-text search). Title matches come
first in each group; then, on PostgreSQL, the full-text rank; then the kind's own order.
"""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django.views.generic import TemplateView

from .. import sections
from ..search_index import find, kinds
from ..text import query_terms
from .base import PublicPageMixin

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
RESULTS_PER_GROUP = 20
# Invisible characters that a pasted query may carry: direction marks and embeddings,
# the Arabic letter mark, the byte order mark. They would stop any match.
INVISIBLE = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)


def read_query(values):
    """The query from ?q= (the first that is not blank, if given twice), made safe to search.

    Returns (query, shortened): NUL and other control characters go (PostgreSQL rejects NUL
    in text), and so do invisible direction marks; tabs and runs of spaces become one space;
    a query longer than MAX_QUERY_LENGTH is cut.
    """
    for value in values:
        cleaned = "".join(
            char
            for char in unicodedata.normalize("NFC", value.translate(INVISIBLE))
            if char.isspace() or unicodedata.category(char) != "Cc"
        )
        query = " ".join(cleaned.split())
        if query:
            return query[:MAX_QUERY_LENGTH].strip(), len(query) > MAX_QUERY_LENGTH
    return "", False


@dataclass
class Found:
    """One group of results, as the template shows it."""

    key: str
    heading: str
    title_field: str | None
    list_url_name: str | None
    items: list
    count: int

    @property
    def more(self):
        return self.count > len(self.items)


def search(query, language):
    """Every group, in order, with what it found (possibly nothing) for `query`: one query."""
    terms = query_terms(query, MAX_TERMS)
    items, totals, kinds_found = defaultdict(list), {}, kinds()
    if terms:
        for kind, object_id, shown, position, total in find(terms, language, RESULTS_PER_GROUP):
            items[kind].append((position, kinds_found[kind].item(object_id, shown)))
            totals[kind] = total
    return [
        Found(
            section.key,
            section.results,
            kinds_found[section.key].title_field,
            section.list_url_name,
            [item for _position, item in sorted(items[section.key], key=lambda pair: pair[0])],
            totals.get(section.key, 0),
        )
        for section in sections.SECTIONS
    ]


class SearchView(PublicPageMixin, TemplateView):
    template_name = "coalition/search.html"
    # Reads its own query string (read_query), and no page with one is kept by a cache.
    query_parameters = None

    def get(self, request, *args, **kwargs):
        self.query, self.shortened = read_query(request.GET.getlist("q"))
        response = super().get(request, *args, **kwargs)
        if request.META.get("QUERY_STRING"):
            # Results are not kept by the page cache or a shared cache in front: there is
            # one page per query, and a flood of made-up queries would push the pages
            # everyone reads out of the cache. Only the empty form is.
            patch_cache_control(response, private=True)
        return response

    def get_alternate_urls(self):
        """The same search in every language."""
        urls = super().get_alternate_urls()
        if not self.query:
            return urls
        suffix = "?" + urlencode({"q": self.query})
        return [(code, name, url + suffix) for code, name, url in urls]

    def get_breadcrumbs(self):
        return [(pgettext("noun: the heading of the search page", "Search"), None)]

    def get_page_title(self):
        if self.query:
            return _("Search results for “%(query)s”") % {"query": self.query}
        return pgettext("noun: the heading of the search page", "Search")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = search(self.query, translation.get_language()) if self.query else []
        context.update(
            query=self.query,
            shortened=self.shortened,
            max_length=MAX_QUERY_LENGTH,
            groups=[group for group in groups if group.count],
            total=sum(group.count for group in groups),
            sections=[section for section in sections.SECTIONS if section.list_url_name],
        )
        return context
