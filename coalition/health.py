"""/healthz for load balancers: 200 when the database answers, 503 when it does not.

It answers before every other middleware: a load balancer probes each host by its address
(not one of ALLOWED_HOSTS) and over plain HTTP (no redirect to HTTPS), and the answer must
never come from a cache.
"""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PATHS = {"/healthz", "/healthz/"}


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.warning("Health check: the database does not answer (%s)", error)
        # Drop a broken connection: the next request connects again (never inside a
        # transaction, which closing would break).
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        return False
    return True


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info not in PATHS:
            return self.get_response(request)
        healthy = database_answers()
        response = JsonResponse(
            {"status": "ok" if healthy else "unavailable", "database": healthy},
            status=200 if healthy else 503,
        )
        response["Cache-Control"] = "no-store"
        return response
