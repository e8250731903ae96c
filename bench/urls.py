"""Every URL of the site, and /bench/ceiling/: a trivial Django view that returns a fixed
30 KB page from memory. Served by the same gunicorn, through the same middleware, it is
the most this machine can do at that moment, which the pages are measured against."""

from django.http import HttpResponse
from django.urls import path

from focsite.urls import handler500  # noqa: F401
from focsite.urls import urlpatterns as site_urlpatterns

BODY = ("<!DOCTYPE html><title>ceiling</title><p>" + "x" * 30_000 + "</p>").encode()


def ceiling(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench/ceiling/", ceiling), *site_urlpatterns]
