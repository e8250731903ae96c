"""What one request for each page costs on its own, without gunicorn or any concurrency:
the number of database queries, the median time to answer and the time the last answer
spent in the database, in one process, through Django's test client and the whole
middleware stack, in three conditions:

- hit: page cache on, the page already in it;
- uncached: PAGE_CACHE_SECONDS=0, the fragment caches on and already filled;
- cold: PAGE_CACHE_SECONDS=0 and FRAGMENT_CACHE_SECONDS=0 (cache emptied first).

Run by bench/run.sh on its throwaway database, before gunicorn starts (the settings come
from the environment, DJANGO_SETTINGS_MODULE=bench.settings). Prints one JSON line per
page and condition:

    python bench/queries.py [--repeat 5] PATH ...
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

CONDITIONS = {
    "hit": {},
    "uncached": {"PAGE_CACHE_SECONDS": 0},
    "cold": {"PAGE_CACHE_SECONDS": 0, "FRAGMENT_CACHE_SECONDS": 0},
}


class DatabaseTime:
    """Times every query run through Django's connection (execute_wrapper)."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def measure(client, path, repeat):
    """One request to warm up (fills the page or fragment cache where it is on), then
    `repeat` timed ones; the queries and the database's time are those of the last."""
    response = client.get(path)
    times = []
    for _ in range(repeat):
        database = DatabaseTime()
        with CaptureQueriesContext(connection) as queries, connection.execute_wrapper(database):
            started = time.perf_counter()
            response = client.get(path)
            times.append(time.perf_counter() - started)
    return {
        "status": response.status_code,
        "x_cache": response.get("X-Cache", ""),
        "queries": len(queries.captured_queries),
        "ms_median": round(1000 * statistics.median(times), 1),
        "db_ms": round(1000 * database.seconds, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    for condition, settings in CONDITIONS.items():
        if condition == "cold":
            for cache in caches.all():
                cache.clear()
        with override_settings(**settings):
            for path in args.paths:
                result = measure(client, path, args.repeat)
                print(json.dumps({"condition": condition, "path": path, **result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
