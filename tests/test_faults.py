"""Nothing hangs: a database or a cache that accepts connections and then says nothing (the
hardest failure: no error to react to) costs a request one short wait, not one each; cached
pages are still served, /healthz tells the truth within 2 s, and the site recovers by
itself. The servers that fail are in tests/fault_servers.py."""

import logging
import time

import pytest
from django.db import connection
from django.test import Client

from coalition import outage
from coalition.cache import content_version
from tests.factories import MemberStateFactory, NewsItemFactory
from tests.fault_servers import HangingProxy

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a network database: PostgreSQL"
)


def timed_get(client, path):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


@pytest.fixture
def site(db):
    MemberStateFactory(country="NL", slug="netherlands")
    NewsItemFactory(slug="a-news-item", title_en="A news item")


@pytest.fixture
def hung_redis(settings):
    """The cache is a Redis that accepts connections and never answers."""
    with HangingProxy() as server:
        settings.CACHES = {
            "default": {
                "BACKEND": "coalition.cache_backends.FailSoftRedisCache",
                "LOCATION": f"redis://127.0.0.1:{server.port}/0",
                "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
            }
        }
        yield server


class TestHungRedis:
    def test_pages_are_served_and_only_the_first_cache_call_waits(self, site, hung_redis, caplog):
        client = Client(raise_request_exception=False)
        response, first = timed_get(client, "/en/members/")
        assert response.status_code == 200
        assert "Netherlands" in response.text
        assert first < 2  # one wait of CACHE_TIMEOUT_SECONDS, and the page rendered
        for path in ("/en/members/", "/en/news/", "/fr/"):
            response, elapsed = timed_get(client, path)
            assert response.status_code == 200
            assert elapsed < 1  # the cache breaker is open: Redis is not asked
        outage_lines = [r for r in caplog.records if r.name == "coalition.outage"]
        assert len(outage_lines) == 1
        assert outage_lines[0].getMessage().startswith("Cache unavailable")

    def test_healthz_reports_the_cache_without_taking_the_host_out(self, site, hung_redis):
        response, elapsed = timed_get(Client(), "/healthz")
        assert elapsed < 2
        assert response.status_code == 200
        assert response.json() == {"status": "degraded", "database": True, "cache": False}


@pytest.fixture
def database_behind_proxy(transactional_db, settings):
    """The test database, reached through a proxy that can hang (PostgreSQL)."""
    settings.DATABASE_RETRY_SECONDS = 0.5
    saved = {key: connection.settings_dict[key] for key in ("HOST", "PORT")}
    target = (saved["HOST"] or "127.0.0.1", int(saved["PORT"] or 5432))
    with HangingProxy(target) as proxy:
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(proxy.port))
        try:
            yield proxy
        finally:
            proxy.resume()
            connection.close()
            connection.settings_dict.update(saved)


@on_postgresql
class TestHungDatabase:
    def test_cached_pages_are_served_others_get_503_at_once_and_the_site_recovers(
        self, database_behind_proxy
    ):
        MemberStateFactory(country="NL", slug="netherlands")
        NewsItemFactory(slug="a-news-item", title_en="A news item")
        client = Client(raise_request_exception=False)
        assert client.get("/en/news/").status_code == 200

        database_behind_proxy.hang()
        response, elapsed = timed_get(client, "/en/news/")
        assert (response.status_code, response["X-Cache"]) == (200, "hit")
        assert elapsed < 2
        for path in ("/en/members/", "/fr/news/", "/healthz"):
            response, elapsed = timed_get(client, path)
            assert response.status_code == 503, path
            assert elapsed < 2, path
        assert client.get("/healthz").json()["database"] is False

        database_behind_proxy.resume()
        time.sleep(0.6)  # DATABASE_RETRY_SECONDS
        assert client.get("/en/members/").status_code == 200
        assert client.get("/healthz").status_code == 200

    def test_a_server_that_never_answers_fails_a_new_connection_within_the_limit(
        self, database_behind_proxy
    ):
        database_behind_proxy.hang()
        connection.close()  # the next request must connect: the proxy accepts, then nothing
        response, elapsed = timed_get(Client(raise_request_exception=False), "/healthz")
        assert response.status_code == 503
        assert elapsed < 2

    def test_commands_keep_the_drivers_timeouts(self, database_behind_proxy):
        """Outside a request (migrations, commands) no client-side deadline applies."""
        assert outage.wait_limit() is None
        assert content_version()


@on_postgresql
def test_healthz_reports_a_database_user_without_rights(transactional_db):
    with connection.cursor() as cursor:
        cursor.execute("DROP ROLE IF EXISTS foc_no_rights")
        cursor.execute("CREATE ROLE foc_no_rights LOGIN")
    saved = connection.settings_dict["USER"]
    connection.close()
    connection.settings_dict["USER"] = "foc_no_rights"
    try:
        response = Client().get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"] is False
    finally:
        connection.close()
        connection.settings_dict["USER"] = saved
        with connection.cursor() as cursor:
            cursor.execute("DROP ROLE foc_no_rights")


def test_a_broken_database_is_logged_once_not_per_request(site, monkeypatch, caplog):
    from django.db import OperationalError

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused (simulated)")

    client = Client(raise_request_exception=False)
    client.get("/en/news/")
    with monkeypatch.context() as patch, caplog.at_level(logging.INFO):
        patch.setattr(connection, "_cursor", refuse)
        for _request in range(20):
            client.get("/en/members/")
    outage_lines = [r for r in caplog.records if r.name == "coalition.outage"]
    assert [r.getMessage().split(" (")[0] for r in outage_lines] == ["Database unavailable"]


def test_the_admin_may_wait_longer_than_a_visitor(settings, rf):
    settings.DATABASE_WAIT_SECONDS, settings.DATABASE_ADMIN_WAIT_SECONDS = 1, 10
    seen = {}

    def view(request):
        seen[request.path] = outage.wait_limit()
        return None

    middleware = outage.BoundedWaitsMiddleware(view)
    for path in ("/en/members/", "/admin/coalition/document/", "/healthz"):
        middleware(rf.get(path))
    assert seen == {"/en/members/": 1, "/admin/coalition/document/": 10, "/healthz": 1}
    assert outage.wait_limit() is None  # outside a request again
