"""What the site does while the database or the cache does not answer.

A failed or hung backend must cost one short wait, not one per request: each is guarded by a
*breaker* (one per process). The first failure opens it for a few seconds; while it is open,
nothing waits on that backend: cached pages are still served under the last content version
this process saw, other public pages and the admin get the translated 503 page at once, and
the cache behaves as if empty. When the time is up, the next request tries again (and opens
the breaker again if the backend still fails): the site recovers by itself.
"""

import contextvars
import logging
import math
import threading
import time

from django.conf import settings
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)


class Breaker:
    """Open for `seconds` after a failure; closed again after a success."""

    def __init__(self, name, seconds_setting):
        self.name = name
        self.seconds_setting = seconds_setting
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def seconds(self):
        return getattr(settings, self.seconds_setting)

    def is_open(self):
        return time.monotonic() < self._open_until

    def trip(self, error):
        """Record a failure; returns True when this opened the breaker (log it once)."""
        if not is_outage(error):
            return False
        with self._lock:
            was_open = self.is_open()
            self._open_until = time.monotonic() + self.seconds
        if not was_open:
            logger.error(
                "%s unavailable (%s); not tried again for %s s.",
                self.name,
                _one_line(error),
                self.seconds,
            )
        return not was_open

    def close(self):
        if self._open_until:
            with self._lock:
                if self._open_until:
                    self._open_until = 0.0
                    logger.warning("%s answers again.", self.name)


def is_outage(error):
    """Whether an error says that a backend does not answer, rather than that one request
    was wrong (bad data, a constraint): only the first may stop other requests."""
    from django.db import DataError, IntegrityError, NotSupportedError, ProgrammingError

    return not isinstance(error, DataError | IntegrityError | NotSupportedError | ProgrammingError)


def _one_line(error):
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:200]}" if text else type(error).__name__


# How long one wait on the database may last in the current request; None outside requests
# (commands, migrations), which keep the drivers' own timeouts.
_wait_limit = contextvars.ContextVar("database_wait_limit", default=None)


def wait_limit():
    return _wait_limit.get()


class BoundedWaitsMiddleware:
    """First of all: every wait on the database in this request is bounded.

    Public pages wait DATABASE_WAIT_SECONDS at most: a visitor is better served by the
    cached page or the 503 page at once. The admin waits DATABASE_ADMIN_WAIT_SECONDS: a
    staff member saving a long text can wait a few seconds more, and a slow admin query
    (a long history, a search over every language) must not be taken for an outage."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin = request.path_info.startswith(f"/{settings.ADMIN_PATH}")
        seconds = settings.DATABASE_ADMIN_WAIT_SECONDS if admin else settings.DATABASE_WAIT_SECONDS
        token = _wait_limit.set(seconds or None)
        try:
            return self.get_response(request)
        finally:
            _wait_limit.reset(token)


database = Breaker("Database", "DATABASE_RETRY_SECONDS")
cache = Breaker("Cache", "CACHE_RETRY_SECONDS")


def unavailable_response():
    """The translated "temporarily unavailable" page: it needs neither database nor cache,
    and no cache may keep it."""
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(max(math.ceil(database.seconds), 1))
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    """While the database breaker is open, answer 503 at once instead of waiting on it.

    It sits after the page cache, so that cached pages are still served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if database.is_open():
            return unavailable_response()
        return self.get_response(request)
