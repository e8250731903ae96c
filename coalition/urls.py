from django.urls import path

from .views import (
    conferences,
    documents,
    members,
    network,
    news,
    pages,
    partnerships,
    preview,
    subentities,
)
from .views.contact import ContactView
from .views.search import SearchView

app_name = "coalition"

urlpatterns = [
    path("", pages.HomeView.as_view(), name="home"),
    path("members/", members.MemberListView.as_view(), name="member_list"),
    path("members/<slug:slug>/", members.MemberDetailView.as_view(), name="member_detail"),
    path("advisory-network/", network.NetworkListView.as_view(), name="network_list"),
    path(
        "advisory-network/<slug:slug>/",
        network.NetworkMemberDetailView.as_view(),
        name="network_member_detail",
    ),
    path(
        "task-forces-and-working-groups/",
        subentities.SubEntityListView.as_view(),
        name="sub_entity_list",
    ),
    path(
        "task-forces-and-working-groups/<slug:slug>/",
        subentities.SubEntityDetailView.as_view(),
        name="sub_entity_detail",
    ),
    path("conferences/", conferences.ConferenceListView.as_view(), name="conference_list"),
    path(
        "conferences/<slug:slug>/",
        conferences.ConferenceDetailView.as_view(),
        name="conference_detail",
    ),
    path("partnerships/", partnerships.PartnershipListView.as_view(), name="partnership_list"),
    path(
        "partnerships/<slug:slug>/",
        partnerships.PartnershipDetailView.as_view(),
        name="partnership_detail",
    ),
    path("documents/", documents.DocumentListView.as_view(), name="document_list"),
    path("documents/<slug:slug>/", documents.DocumentDetailView.as_view(), name="document_detail"),
    path("documents/<slug:slug>/download/", documents.document_download, name="document_download"),
    path("news/", news.NewsListView.as_view(), name="news_list"),
    path("news/<slug:slug>/", news.NewsDetailView.as_view(), name="news_detail"),
    # --- search, feeds and contact (added by their modules) ---
    path("search/", SearchView.as_view(), name="search"),
    path("contact/", ContactView.as_view(), name="contact"),
    path("preview/<str:model_name>/<int:pk>/", preview.staff_preview, name="preview"),
    path("shared/<str:token>/", preview.shared_preview, name="shared_preview"),
    path("shared/<str:token>/download/", preview.shared_download, name="shared_download"),
    # Editable pages last: any other route wins over a page's slug.
    path("<slug:slug>/", pages.PageView.as_view(), name="page"),
]
