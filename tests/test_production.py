"""Ready for the Internet: headers and cookies, the page cache that is never stale,
conditional GET, /healthz and the 503 page when the database is gone, check --deploy."""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from coalition.models import Document, Status
from tests.factories import DocumentFactory, MemberStateFactory, NewsItemFactory, PageFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def site():
    MemberStateFactory(country="NL", slug="netherlands")
    DocumentFactory(slug="tallinn-agenda", title_en="Tallinn Agenda")
    NewsItemFactory(slug="a-news-item", title_en="A news item")
    PageFactory(slug="contact", title_en="Contact")


PUBLIC_PATHS = [
    "/en/",
    "/ar/",
    "/fr/members/",
    "/en/documents/",
    "/en/documents/tallinn-agenda/",
    "/en/news/",
    "/en/search/?q=agenda",
    "/en/contact/",
    "/en/news/feed/",
    "/sitemap.xml",
    "/robots.txt",
]


def directives(header):
    return {
        part.split()[0]: part.split()[1:]
        for part in (piece.strip() for piece in header.split(";"))
        if part
    }


def assert_security_headers(response):
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert not any("unsafe" in source for sources in policy.values() for source in sources)
    hsts = dict(
        part.strip().partition("=")[::2]
        for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= 365 * 24 * 3600
    assert "includeSubDomains" in hsts
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


class TestHeadersAndCookies:
    @pytest.mark.parametrize("path", PUBLIC_PATHS)
    def test_public_pages_set_no_cookie_and_do_not_vary_on_it(self, site, path):
        client = Client()
        for attempt in ("rendered", "from the cache"):
            response = client.get(path, secure=True)
            assert response.status_code == 200, (path, attempt)
            assert not response.cookies, (path, attempt)
            assert "Cookie" not in response.get("Vary", ""), (path, attempt)
            assert_security_headers(response)

    def test_plain_http_is_sent_to_https(self, site, settings):
        settings.SECURE_SSL_REDIRECT = True
        response = Client().get("/en/news/")
        assert response.status_code == 301
        assert response["Location"] == "https://testserver/en/news/"

    def test_admin_responses_and_their_cookies(self, admin_user):
        client = Client()
        login = client.get(reverse("admin:login"), secure=True)
        assert login.status_code == 200
        assert_security_headers(login)
        csrf = login.cookies["csrftoken"]
        assert (csrf["secure"], csrf["httponly"], csrf["samesite"]) == (True, True, "Lax")
        response = client.post(
            reverse("admin:login"),
            {"username": admin_user.username, "password": "password"},
            secure=True,
        )
        assert response.status_code == 302
        session = response.cookies["sessionid"]
        assert (session["secure"], session["httponly"], session["samesite"]) == (True, True, "Lax")

    def test_the_language_cookie(self):
        response = Client().post(
            reverse("set_language"), {"language": "fr", "next": "/fr/"}, secure=True
        )
        cookie = response.cookies["django_language"]
        assert (cookie["secure"], cookie["httponly"], cookie["samesite"]) == (True, True, "Lax")


class TestPageCache:
    def test_a_repeated_request_is_served_from_the_cache(
        self, site, client, django_assert_num_queries
    ):
        assert client.get("/en/documents/")["X-Cache"] == "miss"
        with django_assert_num_queries(0):  # the content version comes from the beacon
            response = client.get("/en/documents/")
        assert response["X-Cache"] == "hit"
        assert "Tallinn Agenda" in response.text

    def test_a_hit_carries_the_same_policy_and_etag_as_the_page_rendered(self, site, client):
        from csp.utils import build_policy

        rendered = client.get("/en/documents/", secure=True)
        hit = client.get("/en/documents/", secure=True)
        assert (rendered["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
        assert hit["Content-Security-Policy"] == rendered["Content-Security-Policy"]
        assert hit["Content-Security-Policy"] == build_policy()  # django-csp's own
        assert hit["ETag"] == rendered["ETag"]
        assert_security_headers(hit)

    def test_without_a_beacon_a_hit_reads_the_version_from_the_database(
        self, site, client, settings, django_assert_num_queries
    ):
        settings.CONTENT_VERSION_BEACON = "none"
        assert client.get("/en/documents/")["X-Cache"] == "miss"
        with django_assert_num_queries(1):  # the content version, nothing else
            assert client.get("/en/documents/")["X-Cache"] == "hit"

    def test_each_language_has_its_own_page(self, site, client):
        client.get("/en/documents/")
        response = client.get("/fr/documents/")
        assert response["X-Cache"] == "miss"
        assert '<html lang="fr"' in response.text

    def test_a_change_is_visible_at_once(self, site, client):
        assert "Tallinn Agenda" in client.get("/en/documents/").text
        document = Document.objects.get(slug="tallinn-agenda")
        document.title_en = "Tallinn Agenda (revised)"
        document.save()
        response = client.get("/en/documents/")
        assert response["X-Cache"] == "miss"
        assert "Tallinn Agenda (revised)" in response.text

    def test_unpublishing_and_deleting_are_visible_at_once(self, site, client):
        assert client.get("/en/documents/tallinn-agenda/").status_code == 200
        Document.objects.get(slug="tallinn-agenda").delete()
        assert client.get("/en/documents/tallinn-agenda/").status_code == 404
        news = NewsItemFactory(slug="short-lived", title_en="Short-lived")
        assert "Short-lived" in client.get("/en/news/").text
        news.status = Status.DRAFT
        news.save()
        assert "Short-lived" not in client.get("/en/news/").text

    def test_a_change_in_the_admin_is_visible_at_once(self, site, client, admin_client):
        document = Document.objects.get(slug="tallinn-agenda")
        assert "Tallinn Agenda" in client.get("/en/documents/").text
        admin_client.post(
            reverse("admin:coalition_document_changelist"),
            {"action": "unpublish", "_selected_action": [document.pk]},
        )
        assert Document.objects.get(pk=document.pk).status == Status.DRAFT
        assert "Tallinn Agenda" not in client.get("/en/documents/").text

    def test_a_many_to_many_change_is_visible_at_once(self, site, client):
        document = Document.objects.get(slug="tallinn-agenda")
        client.get("/en/documents/tallinn-agenda/")
        document.lead_states.add(MemberStateFactory(country="EE", slug="estonia"))
        assert "Estonia" in client.get("/en/documents/tallinn-agenda/").text

    def test_a_scheduled_publication_appears_on_time(self, site, client, monkeypatch):
        at = timezone.now() + datetime.timedelta(hours=2)
        NewsItemFactory(slug="scheduled", title_en="Scheduled news", published_at=at)
        assert "Scheduled news" not in client.get("/en/news/").text
        assert client.get("/en/news/")["X-Cache"] == "hit"

        later = at + datetime.timedelta(seconds=1)
        monkeypatch.setattr(timezone, "now", lambda: later)
        response = client.get("/en/news/")
        assert response["X-Cache"] == "miss"
        assert "Scheduled news" in response.text

    def test_previews_contact_and_admin_are_never_cached(self, site, client):
        from coalition.views.preview import share_path

        draft = NewsItemFactory(slug="draft-news", title_en="Draft news", status=Status.DRAFT)
        preview = share_path(draft)
        for path in (preview, "/en/contact/", reverse("admin:login")):
            assert client.get(path).status_code == 200, path
            assert "X-Cache" not in client.get(path), path
        assert "Draft news" in client.get(preview).text

    def test_the_cache_can_be_turned_off(self, site, client, settings):
        settings.PAGE_CACHE_SECONDS = 0
        client.get("/en/news/")
        assert "X-Cache" not in client.get("/en/news/")


class TestConditionalGet:
    def test_an_unchanged_page_is_a_304(self, site, client):
        first = client.get("/en/news/")
        assert first["Cache-Control"] == "no-cache"
        etag = first["ETag"]
        again = client.get("/en/news/", headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""

    def test_a_changed_page_is_sent_again(self, site, client):
        etag = client.get("/en/news/")["ETag"]
        NewsItemFactory(slug="new", title_en="Something new")
        response = client.get("/en/news/", headers={"If-None-Match": etag})
        assert response.status_code == 200
        assert "Something new" in response.text


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as if the database server were gone, until the test ends."""

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused (simulated)")

    def down():
        monkeypatch.setattr(connection, "_cursor", refuse)

    def back():
        monkeypatch.undo()

    return down, back


class TestDatabaseOutage:
    def test_healthz(self, client, database_down):
        down, back = database_down
        response = client.get("/healthz")
        assert (response.status_code, response.json()) == (
            200,
            {"status": "ok", "database": True, "cache": True},
        )
        assert response["Cache-Control"] == "no-store"
        down()
        response = client.get("/healthz", HTTP_HOST="10.0.0.7")  # probed by address
        assert response.status_code == 503
        assert response.json() == {"status": "unavailable", "database": False, "cache": True}
        back()
        assert client.get("/healthz").status_code == 200

    def test_visitors_get_a_translated_503_and_the_site_recovers(
        self, site, database_down, settings
    ):
        settings.DATABASE_RETRY_SECONDS = 0.2
        down, back = database_down
        client = Client(raise_request_exception=False)
        down()
        response = client.get("/fr/members/")
        assert response.status_code == 503
        assert "Temporairement indisponible" in response.text
        assert '<html lang="fr"' in response.text
        assert "Traceback" not in response.text
        assert response["Retry-After"] == "1"
        assert response["Cache-Control"] == "no-store"
        back()
        time.sleep(0.25)  # DATABASE_RETRY_SECONDS: then the next request tries again
        assert client.get("/fr/members/").status_code == 200

    def test_cached_pages_are_still_served(self, site, database_down):
        down, back = database_down
        client = Client(raise_request_exception=False)
        client.get("/en/news/")
        down()
        response = client.get("/en/news/")
        assert (response.status_code, response["X-Cache"]) == (200, "hit")
        back()


class TestMedia:
    def test_photos_are_served_with_safe_headers(self, client, settings, tmp_path):
        (tmp_path / "media" / "network").mkdir(parents=True)
        (tmp_path / "media" / "network" / "a1b2.webp").write_bytes(b"RIFF\x00\x00\x00\x00WEBP")
        response = client.get("/media/network/a1b2.webp")
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert "immutable" in response["Cache-Control"]

    @pytest.mark.parametrize(
        "path",
        [
            "/media/documents/abc/draft.pdf",  # documents go through their download view
            "/media/network/../documents/abc/draft.pdf",
            "/media/network/missing.webp",
        ],
    )
    def test_other_files_are_not_found(self, client, path):
        assert client.get(path).status_code == 404


PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k3y-for-the-deploy-check-" + "x7Qp2Lm9" * 6,
    "ALLOWED_HOSTS": "freedomonlinecoalition.example",
}


def production_environment(**env):
    """This environment without what tests set (the browser tests allow async-unsafe
    calls, the suite turns off the HTTPS redirect), and with production's settings."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("SECURE_", "DEBUG", "ADMIN_PATH", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
        )
    }
    return {**clean, "DJANGO_SETTINGS_MODULE": "focsite.settings", **PRODUCTION, **env}


def run_django(code, **env):
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=production_environment(**env),
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_deploy_reports_nothing():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_admin_lives_where_the_environment_says():
    result = run_django(
        "from django.urls import reverse, resolve, Resolver404;"
        "print(reverse('admin:index'));"
        'exec(\'try:\\n resolve("/admin/"); print("found")\\nexcept Resolver404: print("none")\')',
        ADMIN_PATH="/secretariat-4821/",
    )
    assert result.stdout.split() == ["/secretariat-4821/", "none"], result.stderr


def test_redis_is_the_cache_when_redis_url_is_set():
    result = run_django(
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.stdout.strip() == "coalition.cache_backends.FailSoftRedisCache", result.stderr
    result = run_django(
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    )
    assert result.stdout.strip() == "coalition.cache_backends.BoundedLocMemCache"


def test_a_redis_outage_slows_pages_down_but_never_breaks_them(site, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "coalition.cache_backends.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    client = Client(raise_request_exception=False)
    for _attempt in range(2):
        response = client.get("/en/members/")
        assert response.status_code == 200
        assert "Netherlands" in response.text
    assert "Cache unavailable" in caplog.text
