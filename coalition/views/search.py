"""Site search: one box over everything the public may see.

Each translated field is matched in the page's language and in English, so a French visitor
finds an item whose French title is written and one that is still only in English
(modeltranslation rewrites `title__icontains` to the active language only). Every word must
occur somewhere in the item. On PostgreSQL each group is ordered by full-text rank over the
text as shown (the language's column, else English); elsewhere, title matches come first,
then the model's own order. One query per group, whatever the amount of content.
"""

import functools
import unicodedata
from dataclasses import dataclass
from functools import reduce
from operator import and_, or_
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Count, Exists, F, OuterRef, Q, TextField, Value, When, Window
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django.views.generic import TemplateView
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from ..models import (
    AdvisoryMember,
    Conference,
    Document,
    MemberState,
    NewsItem,
    Page,
    PageSection,
    Partnership,
    SubEntity,
)
from ..text import fold
from .base import PublicPageMixin
from .members import name_key

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
RESULTS_PER_GROUP = 20
# Invisible characters that a pasted query may carry: direction marks and embeddings,
# the Arabic letter mark, the byte order mark. They would stop any match.
INVISIBLE = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
QUOTES = "\"'“”‘’«»„‚"


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


def search_terms(query):
    """The words that must all occur, without the quotes around them."""
    words = (word.strip(QUOTES) for word in query.split())
    return [word for word in words if word][:MAX_TERMS]


def columns(field, language):
    """The database columns of a translated field to match: the language's and English."""
    return dict.fromkeys(
        build_localized_fieldname(field, code) for code in (language, settings.LANGUAGE_CODE)
    )


def shown_text(field, language):
    """The field as the page shows it: the language's text, else the English one."""
    own, english = (
        build_localized_fieldname(field, code) for code in (language, settings.LANGUAGE_CODE)
    )
    if own == english:
        return F(english)
    return Coalesce(NullIf(F(own), Value("")), F(english), output_field=TextField())


def contains(fields, term, language):
    """Q: `term` occurs in one of `fields`, in the language's column or the English one."""
    return reduce(
        or_,
        (
            Q(**{f"{column}__icontains": term})
            for field in fields
            for column in columns(field, language)
        ),
    )


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


@dataclass(frozen=True)
class ContentGroup:
    """A kind of content searched in the database: its title fields weigh most."""

    key: str
    heading: str
    model: type
    titles: tuple
    texts: tuple = ()
    list_url_name: str | None = None
    related: tuple = ()  # foreign keys that the result's context line shows

    @property
    def fields(self):
        return self.titles + self.texts

    def queryset(self):
        found = self.model.objects.published()
        return found.select_related(*self.related) if self.related else found

    def matches(self, term, language):
        return contains(self.fields, term, language)

    def rank(self, query, language):
        vectors = [
            SearchVector(shown_text(field, language), weight=weight, config="simple")
            for fields, weight in ((self.titles, "A"), (self.texts, "B"))
            for field in fields
        ]
        return SearchRank(
            reduce(lambda left, right: left + right, vectors),
            SearchQuery(query, config="simple", search_type="plain"),
        )

    def order(self, language):
        """The model's own order, with translated fields sorted as they are shown."""
        for name in self.model._meta.ordering:
            field = name.lstrip("-")
            expression = shown_text(field, language) if field in self.fields else F(field)
            yield expression.desc() if name.startswith("-") else expression.asc()

    def find(self, query, terms, language):
        found = self.queryset().filter(
            reduce(and_, (self.matches(term, language) for term in terms))
        )
        if connection.vendor == "postgresql":
            found = found.annotate(relevance=self.rank(query, language))
        else:
            in_title = reduce(and_, (contains(self.titles, term, language) for term in terms))
            found = found.annotate(relevance=Case(When(in_title, then=1), default=0))
        items = list(
            found.annotate(total=Window(Count("pk"))).order_by(
                F("relevance").desc(), *self.order(language)
            )[:RESULTS_PER_GROUP]
        )
        return Found(
            self.key,
            self.heading,
            self.titles[0],
            self.list_url_name,
            items,
            items[0].total if items else 0,
        )


@dataclass(frozen=True)
class PageGroup(ContentGroup):
    """Pages match in their own fields or in the heading or text of one of their sections."""

    def matches(self, term, language):
        in_sections = PageSection.objects.filter(
            contains(("heading", "body"), term, language), page=OuterRef("pk")
        )
        return super().matches(term, language) | Q(Exists(in_sections))


@functools.cache
def folded_country_names(language):
    """(code, name folded for matching) of every country, in one language. Country names
    do not change while the site runs, so each language's list is made once per process."""
    with translation.override(language):
        return [(country.code, fold(country.name)) for country in countries]


@dataclass(frozen=True)
class MemberStateGroup:
    """Member states are named by django-countries, in the page's language or in English."""

    key: str
    heading: str
    list_url_name: str

    def find(self, query, terms, language):
        wanted = [fold(term) for term in terms]
        codes = {
            code
            for name_language in dict.fromkeys((language, settings.LANGUAGE_CODE))
            for code, name in folded_country_names(name_language)
            if all(term in name for term in wanted)
        }
        states = list(MemberState.objects.published().filter(country__in=codes)) if codes else []
        states.sort(key=lambda state: (not fold(state.name).startswith(wanted[0]), name_key(state)))
        return Found(self.key, self.heading, None, self.list_url_name, states, len(states))


GROUPS = [
    MemberStateGroup("member-states", _("Member states"), "coalition:member_list"),
    ContentGroup(
        "task-forces-and-working-groups",
        _("Task forces and working groups"),
        SubEntity,
        titles=("name", "abbreviation"),
        texts=("mandate", "outputs"),
        list_url_name="coalition:sub_entity_list",
    ),
    ContentGroup(
        "advisory-network",
        _("Advisory Network members"),
        AdvisoryMember,
        titles=("name",),
        texts=("organisation", "bio"),
        list_url_name="coalition:network_list",
    ),
    ContentGroup(
        "conferences",
        _("Freedom Online Conferences"),
        Conference,
        titles=("title",),
        texts=("city", "theme", "summary"),
        list_url_name="coalition:conference_list",
        related=("host",),
    ),
    ContentGroup(
        "partnerships",
        _("Partnerships"),
        Partnership,
        titles=("name", "abbreviation"),
        texts=("description",),
        list_url_name="coalition:partnership_list",
    ),
    ContentGroup(
        "documents",
        _("Documents"),
        Document,
        titles=("title",),
        texts=("summary",),
        list_url_name="coalition:document_list",
    ),
    ContentGroup(
        "news",
        _("News"),
        NewsItem,
        titles=("title",),
        texts=("summary", "body"),
        list_url_name="coalition:news_list",
    ),
    PageGroup("pages", _("Pages"), Page, titles=("title",), texts=("summary", "intro")),
]


def search(query, language):
    """Every group, in order, with what it found (possibly nothing) for `query`."""
    terms = search_terms(query)
    if not terms:
        return [Found(g.key, g.heading, None, g.list_url_name, [], 0) for g in GROUPS]
    return [group.find(" ".join(terms), terms, language) for group in GROUPS]


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
            sections=[group for group in GROUPS if group.list_url_name],
        )
        return context
