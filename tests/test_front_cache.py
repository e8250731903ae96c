"""Varnish in front of the site (deploy/varnish/default.vcl, coalition/front_cache.py).

The tests marked `front_cache` run a real varnishd with the repository's VCL in front of the
live test server: skipped where varnishd is not installed, but failing in CI (CI=true),
which installs it (.ci/run)."""

import datetime
import http.client
import logging
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from coalition import front_cache
from coalition.models import Status
from tests import factories

LANGUAGES = ["en", "fr", "es", "ar"]
VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Front:
    """A varnishd with the repository's VCL, in front of a backend on 127.0.0.1."""

    def __init__(self, workdir, backend_port):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        conf = workdir / "conf"
        conf.mkdir(parents=True)
        (conf / "site.vcl").write_text(
            f'backend default {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
            'acl purgers { "127.0.0.1"; }\n'
        )
        self.process = subprocess.Popen(
            [
                shutil.which("varnishd") or "/usr/sbin/varnishd",
                *("-F", "-j", "none", "-n", str(workdir / "instance")),
                *("-a", f"127.0.0.1:{self.port}", "-f", str(VCL)),
                *("-p", f"vcl_path={conf}", "-s", "malloc,32m"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.1)
        raise RuntimeError("varnishd did not start")

    def get(self, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read().decode()
        connection.close()
        return response.status, response.headers, body

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def varnishd_installed():
    return shutil.which("varnishd") or os.path.exists("/usr/sbin/varnishd")


@pytest.fixture(scope="session")
def varnish(live_server, tmp_path_factory):
    if not varnishd_installed():
        if os.environ.get("CI") == "true":
            pytest.fail("varnishd is missing: CI installs varnish and varnish-modules (.ci/run)")
        pytest.skip("varnishd is not installed (apt-get install varnish varnish-modules)")
    port = int(live_server.url.rsplit(":", 1)[1])
    front = Front(tmp_path_factory.mktemp("varnish"), port)
    yield front
    front.stop()


@pytest.fixture
def front(varnish, settings, transactional_db):
    """The front cache, empty, purged by the site; shared caches may keep pages 60 s."""
    settings.FRONT_CACHE_URLS = [varnish.url]
    settings.FRONT_CACHE_SECONDS = 60
    assert front_cache.send_purge(varnish.url, [front_cache.EVERYTHING])
    return varnish


def cached_in_every_language(front, path):
    """Requests the page in every language until the front cache holds it."""
    for language in LANGUAGES:
        status, _, _ = front.get(f"/{language}{path}")
        assert status == 200
        assert front.get(f"/{language}{path}")[1]["X-Cache"] == "hit"


def eventually(front, path, test, within=1.0):
    """The page's response once `test` passes on it, within `within` seconds of now."""
    deadline = time.monotonic() + within
    while True:
        response = front.get(path)
        if test(response):
            return response
        assert time.monotonic() < deadline, f"{path} still {response[0]} {response[1]['X-Cache']}"
        time.sleep(0.05)


def shows(text):
    return lambda response: response[0] == 200 and text in response[2]


def is_not_found(response):
    return response[0] == 404


@pytest.mark.front_cache
class TestThroughVarnish:
    def test_a_public_page_is_served_from_the_front_cache_in_every_language(self, front):
        factories.DocumentFactory(slug="statement")
        for language in LANGUAGES:
            path = f"/{language}/documents/statement/"
            status, first, _ = front.get(path)
            assert (status, first["X-Cache"]) == (200, "miss")
            assert first["Cache-Control"] == "public, max-age=0, s-maxage=60"
            _, second, _ = front.get(path)
            assert second["X-Cache"] == "hit"
            assert "Age" in second
            assert "xkey" not in second

    def test_a_save_refreshes_what_shows_it_in_every_language_and_nothing_else(self, front):
        document = factories.DocumentFactory(slug="statement")
        factories.PartnershipFactory(slug="partners")
        for path in ["/documents/statement/", "/documents/", "/partnerships/partners/"]:
            cached_in_every_language(front, path)
        for language in LANGUAGES:
            setattr(document, f"title_{language}", f"Renamed statement {language}")
        document.save()
        for language in LANGUAGES:
            new_title = f"Renamed statement {language}"
            eventually(front, f"/{language}/documents/statement/", shows(new_title))
            eventually(front, f"/{language}/documents/", shows(new_title))
            assert front.get(f"/{language}/partnerships/partners/")[1]["X-Cache"] == "hit"

    def test_a_deleted_or_unpublished_item_is_gone_in_every_language(self, front):
        deleted = factories.NewsItemFactory(slug="deleted", title_en="Deleted item")
        unpublished = factories.NewsItemFactory(slug="unpublished", title_en="Withdrawn item")
        for path in ["/news/deleted/", "/news/unpublished/", "/news/"]:
            cached_in_every_language(front, path)
        deleted.delete()
        unpublished.status = Status.DRAFT
        unpublished.save()
        for language in LANGUAGES:
            eventually(front, f"/{language}/news/deleted/", is_not_found)
            eventually(front, f"/{language}/news/unpublished/", is_not_found)
            news = eventually(front, f"/{language}/news/", lambda r: "Withdrawn item" not in r[2])
            assert "Deleted item" not in news[2]

    def test_a_scheduled_item_appears_on_time_without_a_purge(self, front):
        publishes_at = timezone.now() + datetime.timedelta(seconds=3)
        factories.NewsItemFactory(
            slug="later", title_en="Scheduled item", published_at=publishes_at
        )
        for language in LANGUAGES:
            _, headers, body = front.get(f"/{language}/news/")
            assert "Scheduled item" not in body
            assert int(headers["Cache-Control"].rsplit("=", 1)[1]) <= 3
            assert front.get(f"/{language}/news/")[1]["X-Cache"] == "hit"
        time.sleep(max((publishes_at - timezone.now()).total_seconds(), 0))
        for language in LANGUAGES:
            eventually(front, f"/{language}/news/", shows("Scheduled item"))
            eventually(front, f"/{language}/news/later/", shows("Scheduled item"))

    def test_admin_previews_contact_and_searches_are_never_cached(self, front, otp_login):
        draft = factories.DocumentFactory(status=Status.DRAFT, title_en="Draft statement")
        user = User.objects.create_superuser("chief", password="a long enough password")
        session = otp_login(Client(), user).cookies["sessionid"].value
        signed_in = {"Cookie": f"sessionid={session}"}
        for path, headers in [
            ("/admin/login/", {}),
            ("/admin/", signed_in),
            (f"/en/preview/document/{draft.pk}/", signed_in),
            ("/en/contact/", {}),
            ("/en/search/?q=statement", {}),
        ]:
            for _ in range(3):
                status, response, _ = front.get(path, headers)
                assert response["X-Cache"] == "pass", (path, status)
        # The preview is shown to its staff member only, never to the next visitor.
        assert front.get(f"/en/preview/document/{draft.pk}/")[0] in (302, 403, 404)

    def test_no_cookie_or_private_header_leaks_from_a_cached_page(self, front, otp_login):
        factories.DocumentFactory(slug="statement")
        user = User.objects.create_superuser("chief", password="a long enough password")
        session = otp_login(Client(), user).cookies["sessionid"].value
        # A signed-in member of staff asks first; an anonymous visitor gets the same page.
        status, first, _ = front.get("/en/documents/statement/", {"Cookie": f"sessionid={session}"})
        assert status == 200
        _, second, _ = front.get("/en/documents/statement/")
        assert second["X-Cache"] == "hit"
        for headers in (first, second):
            assert "Set-Cookie" not in headers
            assert "cookie" not in headers.get("Vary", "").lower()
            assert "private" not in headers["Cache-Control"]


@pytest.mark.django_db(transaction=True)
def test_a_save_succeeds_and_logs_one_line_when_the_front_cache_is_down(settings, caplog):
    settings.FRONT_CACHE_URLS = [f"http://127.0.0.1:{free_port()}/"]
    settings.FRONT_CACHE_SECONDS = 60
    with caplog.at_level(logging.WARNING, logger="coalition.front_cache"):
        document = factories.DocumentFactory(title_en="Saved all the same")
        front_cache.wait_for_purges()
    document.refresh_from_db()
    assert document.title_en == "Saved all the same"
    assert len(caplog.records) == 1
    assert "not purged of document" in caplog.records[0].getMessage()


@pytest.mark.django_db
def test_pages_declare_what_their_cached_fragments_show(settings, client):
    """A page whose fragments come from the fragment cache has the keys of one that
    rendered them: each {% cached_fragment %} keeps the keys of what it showed, the items
    that its rich text links to included (their addresses are in it)."""
    settings.FRONT_CACHE_SECONDS = 60
    # Without the page cache, every request renders the page; the fragments stay cached.
    settings.MIDDLEWARE = [
        name
        for name in settings.MIDDLEWARE
        if name
        not in (
            "coalition.cache.PublicPageCacheMiddleware",
            "coalition.front_cache.FrontCacheControlMiddleware",
        )
    ]
    news = factories.NewsItemFactory()
    network_member = factories.AdvisoryMemberFactory()
    state = factories.MemberStateFactory(
        slug="estonia",
        country="EE",
        profile_en=f'<p>Read <a href="item:newsitem:{news.pk}">the news</a> and meet '
        f'<a href="item:advisorymember:{network_member.pk}">a member</a>.</p>',
    )
    factories.ConferenceFactory(host=state)
    factories.SubEntityFactory(slug="task-force")
    factories.DocumentFactory()
    paths = ["/en/", "/en/members/", "/en/members/estonia/", "/en/advisory-network/"]
    paths += ["/en/task-forces-and-working-groups/", "/en/conferences/", "/en/news/"]
    for path in paths:
        rendered = client.get(path)
        from_fragments = client.get(path)
        assert rendered.status_code == 200, path
        assert "page" in rendered["xkey"].split(), path
        assert set(from_fragments["xkey"].split()) >= set(rendered["xkey"].split()), path
    estonia = client.get("/en/members/estonia/")
    assert 'href="/en/news/' in estonia.text
    assert {"newsitem", "advisorymember"} <= set(estonia["xkey"].split())


@pytest.mark.django_db
def test_only_public_pages_say_a_shared_cache_may_keep_them(settings, client):
    settings.FRONT_CACHE_SECONDS = 60
    factories.DocumentFactory(slug="statement")
    page = client.get("/en/documents/statement/")
    assert page["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert set(page["xkey"].split()) >= {"all", "document", "page"}
    search = client.get("/en/search/?q=statement")
    assert "public" not in search["Cache-Control"]
    assert "xkey" not in search
    settings.FRONT_CACHE_SECONDS = 0
    assert client.get("/en/documents/").get("Cache-Control") == "no-cache"


@pytest.mark.django_db
def test_shared_caches_keep_a_page_no_later_than_the_next_scheduled_publication(settings):
    settings.FRONT_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 600
    now = timezone.now()
    factories.NewsItemFactory(published_at=now + datetime.timedelta(seconds=42))
    assert 0 < front_cache.shared_cache_seconds(now) <= 42
