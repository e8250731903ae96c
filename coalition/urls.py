from django.apps import apps
from django.urls import path
from django.utils.module_loading import import_string

from . import sections
from .views import conferences, documents, pages, preview
from .views.contact import ContactView
from .views.search import SearchView

app_name = "coalition"


def view(name, section):
    """A section's view; one that does not name its model or section learns them here."""
    view_class = import_string(f"coalition.views.{name}")
    given = {"model": apps.get_model("coalition", section.model), "section_key": section.key}
    return view_class.as_view(
        **{key: value for key, value in given.items() if getattr(view_class, key, "") is None}
    )


def section_urls(section):
    """A section's list at its path, and each item at <path><slug>/."""
    detail = view(section.detail_view, section)
    urls = [path(f"{section.path}<slug:slug>/", detail, name=section.detail_name)]
    if section.list_view:
        listing = view(section.list_view, section)
        urls.insert(0, path(section.path, listing, name=section.list_name))
    return urls


# Editable pages ("<slug>/") come last: any other route wins over a page's slug.
with_prefix = [section for section in sections.SECTIONS if section.path]
without_prefix = [section for section in sections.SECTIONS if not section.path]

urlpatterns = [
    path("", pages.HomeView.as_view(), name="home"),
    path("manifest.webmanifest", pages.web_app_manifest, name="manifest"),
    path("documents/<slug:slug>/download/", documents.document_download, name="document_download"),
    path("conferences/calendar.ics", conferences.conference_calendar, name="conference_calendar"),
    *(url for section in with_prefix for url in section_urls(section)),
    path("search/", SearchView.as_view(), name="search"),
    path("contact/", ContactView.as_view(), name="contact"),
    path("preview/<str:model_name>/<int:pk>/", preview.staff_preview, name="preview"),
    path("shared/<str:token>/", preview.shared_preview, name="shared_preview"),
    path("shared/<str:token>/download/", preview.shared_download, name="shared_download"),
    *(url for section in without_prefix for url in section_urls(section)),
]
