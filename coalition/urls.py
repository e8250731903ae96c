from django.urls import path

from . import views

app_name = "coalition"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    # Editable pages last: any other route wins over a page's slug.
    path("<slug:slug>/", views.PageView.as_view(), name="page"),
]
