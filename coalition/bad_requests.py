"""Requests that no page can answer are refused up front, with a translated 400 page.

A NUL character (%00) in the address or the query string reaches the database as text
(an admin filter, a search), and PostgreSQL refuses NUL in text: the request used to end
in an error page. No address or parameter of the site ever holds one.
"""

from django.http import HttpResponseBadRequest
from django.template import loader


def has_nul(request):
    if "\x00" in request.path:
        return True
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in request.GET.lists()
    )


def bad_request_response():
    response = HttpResponseBadRequest(loader.get_template("400.html").render())
    response["Cache-Control"] = "no-store"
    return response


class RejectMalformedRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul(request):
            return bad_request_response()
        return self.get_response(request)
