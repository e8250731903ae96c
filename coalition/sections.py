"""The public site's kinds of content, listed once.

Every part of the site that goes through the kinds of content reads this list: the
addresses (coalition/urls.py), the main navigation (context_processors.py), the search
index and the groups of search results (search_index.py, views/search.py), the sitemap
(sitemaps.py), and previews (views/preview.py, which finds an item's view from its
address). Adding a kind of content takes its model (a Publishable with a slug and a
get_absolute_url), its two templates, and one entry here.

Views are named by their path under coalition.views, so that this module imports nothing
of the app and every other module may import it.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# Django's own defaults for a kind without views of its own: a list of the published items
# and a page per item (coalition/views/base.py), with the templates
# coalition/<model>_list.html and coalition/<model>_detail.html.
GENERIC_LIST_VIEW = "base.ContentListView"
GENERIC_DETAIL_VIEW = "base.ContentDetailView"


@dataclass(frozen=True)
class Section:
    key: str  # names the kind in the search index, the sitemap and the results
    model: str  # the model's name in the coalition app
    title: str  # in the main navigation
    path: str  # the list's address, and the prefix of its items' addresses
    list_name: str | None  # URL names, in the "coalition" namespace
    detail_name: str
    list_view: str | None = GENERIC_LIST_VIEW
    detail_view: str = GENERIC_DETAIL_VIEW
    page_title: str | None = None  # the section's name on its own pages (default: title)
    results_heading: str | None = None  # its group of search results (default: page_title)
    # What search reads (coalition/search_index.py, Kind): `titles` weigh most, `texts`
    # are searched too, `shown` and `related` are what a line of results shows.
    search: dict = field(default_factory=dict)
    in_navigation: bool = True

    @property
    def heading(self):
        return self.page_title or self.title

    @property
    def results(self):
        return self.results_heading or self.heading

    @property
    def list_url_name(self):
        return f"coalition:{self.list_name}" if self.list_name else None


SECTIONS = [
    Section(
        "member-states",
        "MemberState",
        _("Members"),
        "members/",
        "member_list",
        "member_detail",
        "members.MemberListView",
        "members.MemberDetailView",
        page_title=_("Member states"),
        search={"titles": (), "shown": ("country", "status_in_coalition", "region")},
    ),
    Section(
        "advisory-network",
        "AdvisoryMember",
        _("Advisory Network"),
        "advisory-network/",
        "network_list",
        "network_member_detail",
        "network.NetworkListView",
        "network.NetworkMemberDetailView",
        results_heading=_("Advisory Network members"),
        search={
            "titles": ("name",),
            "texts": ("organisation", "bio"),
            "shown": ("sector", "organisation"),
        },
    ),
    Section(
        "task-forces-and-working-groups",
        "SubEntity",
        _("Task forces and working groups"),
        "task-forces-and-working-groups/",
        "sub_entity_list",
        "sub_entity_detail",
        "subentities.SubEntityListView",
        "subentities.SubEntityDetailView",
        search={
            "titles": ("name", "abbreviation"),
            "texts": ("mandate", "outputs"),
            "shown": ("kind", "start_year", "end_year"),
        },
    ),
    Section(
        "conferences",
        "Conference",
        _("Conferences"),
        "conferences/",
        "conference_list",
        "conference_detail",
        "conferences.ConferenceListView",
        results_heading=_("Freedom Online Conferences"),
        search={
            "titles": ("title",),
            "texts": ("city", "theme", "summary"),
            "shown": ("city", "start_date"),
            "related": (("host", ("country",)),),
        },
    ),
    Section(
        "partnerships",
        "Partnership",
        _("Partnerships"),
        "partnerships/",
        "partnership_list",
        "partnership_detail",
        "partnerships.PartnershipListView",
        search={
            "titles": ("name", "abbreviation"),
            "texts": ("managing_organisation", "description"),
            "shown": ("start_year", "end_year"),
        },
    ),
    Section(
        "documents",
        "Document",
        _("Documents"),
        "documents/",
        "document_list",
        "document_detail",
        "documents.DocumentListView",
        "documents.DocumentDetailView",
        search={
            "titles": ("title",),
            "texts": ("summary",),
            "shown": ("kind", "date", "date_precision"),
        },
    ),
    Section(
        "news",
        "NewsItem",
        _("News"),
        "news/",
        "news_list",
        "news_detail",
        "news.NewsListView",
        "news.NewsDetailView",
        search={
            "titles": ("title",),
            "texts": ("summary", "body"),
            "shown": ("date", "date_precision", "summary"),
        },
    ),
    # Editable pages: no list, and their addresses come last (coalition/urls.py), so that
    # any other route wins over a page's slug.
    Section(
        "pages",
        "Page",
        _("Pages"),
        "",
        None,
        "page",
        None,
        "pages.PageView",
        search={"titles": ("title",), "texts": ("summary", "intro"), "shown": ("summary",)},
        in_navigation=False,
    ),
]


def by_key():
    return {section.key: section for section in SECTIONS}


def navigation():
    """(URL name, label) of each section in the main navigation, in order."""
    return [(section.list_url_name, section.title) for section in SECTIONS if section.in_navigation]


def content_model(model_name):
    """The model of a kind of content by its lower-case name ("newsitem"), or None."""
    for section in SECTIONS:
        model = apps.get_model("coalition", section.model)
        if model._meta.model_name == model_name:
            return model
    return None
