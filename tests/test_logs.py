"""The log says each event on one line, and a flood of one kind of event is cut short."""

import io
import logging

import pytest
from django.test import Client

from coalition.logs import OneLineFormatter, RateLimitFilter


@pytest.fixture
def console():
    """What the site's console handler (settings.LOGGING) writes during the test."""
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h.formatter, OneLineFormatter)
    )
    stream = io.StringIO()
    saved = handler.setStream(stream)
    limiter = next(f for f in handler.filters if isinstance(f, RateLimitFilter))
    limiter._kinds.clear()
    yield stream
    handler.setStream(saved)
    limiter._kinds.clear()


def record(message="Invalid HTTP_HOST header: %r.", *args, exc_info=None, name="x"):
    return logging.LogRecord(name, logging.ERROR, __file__, 1, message, args, exc_info)


@pytest.mark.django_db
def test_a_bad_host_header_is_one_line(console):
    for _request in range(3):
        response = Client(raise_request_exception=False).get("/en/", HTTP_HOST="evil.example")
        assert response.status_code == 400
    lines = console.getvalue().splitlines()
    assert len(lines) == 3
    assert all("DisallowedHost" in line and "evil.example" in line for line in lines)
    assert "Traceback" not in console.getvalue()


def test_an_exception_becomes_its_type_and_message():
    try:
        raise ValueError("bad\nvalue")
    except ValueError as error:
        text = OneLineFormatter().format(record("Oops", exc_info=(ValueError, error, None)))
    assert text.endswith("ERROR x: Oops (ValueError: bad value)")
    assert "\n" not in text


def test_a_server_error_keeps_its_traceback():
    try:
        raise KeyError("missing")
    except KeyError as error:
        line = record("Internal Server Error: %s", "/en/", name="django.request")
        line.exc_info, line.status_code = (KeyError, error, error.__traceback__), 500
        assert "Traceback" in OneLineFormatter().format(line)


def test_a_flood_of_one_kind_is_cut_and_counted(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("coalition.logs.time.monotonic", lambda: now[0])
    limiter = RateLimitFilter(burst=10, seconds=60)
    passed = [limiter.filter(record("Cache unavailable: %s", n)) for n in range(500)]
    assert passed.count(True) == 10
    assert limiter.filter(record("Another kind")) is True
    now[0] += 61
    later = record("Cache unavailable: %s", "again")
    assert limiter.filter(later) is True
    assert "[490 more like this not written]" in OneLineFormatter().format(later)
