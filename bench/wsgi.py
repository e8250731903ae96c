"""The site's WSGI application, plus the benchmark's floor: /bench/floor/ goes to a Django
handler built with no middleware at all (bench/urls.py), in the same gunicorn process."""

import os

from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
site = get_wsgi_application()
with override_settings(MIDDLEWARE=[]):
    bare = WSGIHandler()  # reads MIDDLEWARE once, here


def application(environ, start_response):
    if environ.get("PATH_INFO") == "/bench/floor/":
        return bare(environ, start_response)
    return site(environ, start_response)
