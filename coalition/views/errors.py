"""The error pages that Django's handlers call (focsite/urls.py)."""

import sys

from django.db import DatabaseError
from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import page_not_found

from .. import outage


@requires_csrf_token
def server_error(request):
    """500, or 503 "temporarily unavailable" when the database does not answer.

    Called while the exception is being handled, so sys.exc_info() tells which. Neither
    page touches the database, and neither may be kept by a cache: the site recovers by
    itself when the database is back.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        outage.database.trip(error)
        return outage.unavailable_response()
    response = HttpResponseServerError(loader.get_template("500.html").render())
    response["Cache-Control"] = "no-store"
    return response


def not_found_preview(request):
    """The designed 404 page, as visitors see it, at /<lang>/errors/404/. Only with DEBUG
    on (focsite/urls.py), where any other unknown address shows Django's debug page."""
    return page_not_found(request, exception=None)
