"""/healthz for load balancers and monitoring.

It answers before every other middleware but the one that bounds database waits: a load
balancer probes each host by its address (not one of ALLOWED_HOSTS) and over plain HTTP
(no redirect to HTTPS), and the answer must never come from a cache.

- database: the query that every page needs (the content version, coalition/cache.py),
  so that a database user without the rights the site needs is reported as well as a
  database that is down. It is asked even while the database breaker is open, and within
  DATABASE_WAIT_SECONDS (coalition/database/). 503 when it fails: this host cannot serve.
- cache: a write and a read of a key of its own. A cache that fails is reported
  ("status": "degraded") with 200: pages are still served without it, and with a shared
  Redis every host would fail together, so taking hosts out of the load balancer for it
  would turn a slower site into no site.
"""

import logging
import uuid

from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse

from . import outage

logger = logging.getLogger(__name__)

PATHS = {"/healthz", "/healthz/"}
# Each process writes and reads a key of its own, so that hosts sharing a Redis do not mix up
# their probes.
PROBE_KEY = f"healthz.{uuid.uuid4().hex}"


def database_answers():
    from .models import ContentVersion

    try:
        ContentVersion.objects.values_list("token", flat=True).first()
    except DatabaseError as error:
        outage.database.trip(error)
        logger.warning("Health check: the database does not answer (%s)", error)
        # Drop a broken connection: the next request connects again (never inside a
        # transaction, which closing would break).
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        return False
    outage.database.close()
    return True


def cache_answers():
    if outage.cache.is_open():
        return False
    cache = caches["default"]
    probe = uuid.uuid4().hex
    cache.set(PROBE_KEY, probe, 30)
    return cache.get(PROBE_KEY) == probe


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info not in PATHS:
            return self.get_response(request)
        database, cache = database_answers(), cache_answers()
        status = "unavailable" if not database else "ok" if cache else "degraded"
        response = JsonResponse(
            {"status": status, "database": database, "cache": cache},
            status=200 if database else 503,
        )
        response["Cache-Control"] = "no-store"
        return response
