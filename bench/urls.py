"""Every URL of the site, and /bench/ceiling/: a trivial Django view that returns a fixed
30 KB page from memory. Served by the same gunicorn, through the same middleware, it is
the most this machine can do at that moment, which the pages are measured against.

/bench/floor/ returns the same bytes through Django with no middleware at all (bench/wsgi.py
routes it to a handler without any): the cost of Django and gunicorn alone, which cached
pages are also measured against (issue 15: at least half of it)."""

from django.http import HttpResponse
from django.urls import path

from focsite.urls import handler500  # noqa: F401
from focsite.urls import urlpatterns as site_urlpatterns

BODY = ("<!DOCTYPE html><title>ceiling</title><p>" + "x" * 30_000 + "</p>").encode()


def ceiling(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [
    path("bench/ceiling/", ceiling),
    path("bench/floor/", ceiling, name="floor"),
    *site_urlpatterns,
]
