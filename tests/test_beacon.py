"""The content version without a query (coalition/beacon.py): a hit reads the beacon, a
change marks it out of date at once, nobody can put an older version back, and the
database is asked again when the beacon is old, gone or unreadable."""

import time

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone

from coalition import beacon
from coalition.beacon import FileBeacon, State
from coalition.cache import content_changed, content_version
from coalition.models import ContentVersion
from tests.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["file", "redis"])
def kind(request, settings):
    if request.param == "redis":
        if not settings.REDIS_URL:
            pytest.skip("Redis: REDIS_URL is not set")
        settings.CACHES = {
            "default": {
                **settings.CACHES["default"],
                "BACKEND": "coalition.cache_backends.FailSoftRedisCache",
                "LOCATION": settings.REDIS_URL,
            }
        }
    settings.CONTENT_VERSION_BEACON = request.param
    return request.param


def test_a_hit_costs_no_query_and_a_change_is_seen_at_once(kind, django_assert_num_queries):
    NewsItemFactory(slug="first", title_en="First news")
    client = Client()
    assert client.get("/en/news/")["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get("/en/news/")["X-Cache"] == "hit"
    NewsItemFactory(slug="second", title_en="Second news")
    response = client.get("/en/news/")
    assert response["X-Cache"] == "miss"
    assert "Second news" in response.text


def test_an_older_version_cannot_be_put_back(kind):
    found = beacon.current()
    now = time.time()
    assert found.publish(State(7, "seven", None, now))
    assert not found.publish(State(6, "six", None, now))
    assert found.read().token == "seven"
    assert found.publish(State(8, None, None, now))  # a change: a tombstone
    assert not found.publish(State(7, "seven", None, now + 1))  # read just before it
    assert found.read().token is None
    assert found.publish(State(8, "eight", None, now + 1))  # read after it
    assert found.read().token == "eight"


def test_a_tombstone_of_a_change_rolled_back_gives_way_after_the_recheck_time(kind, settings):
    found = beacon.current()
    now = time.time()
    found.publish(State(3, None, None, now - settings.CONTENT_VERSION_RECHECK - 1))
    assert found.publish(State(2, "two", None, now))


def test_a_change_inside_a_transaction_is_not_told_before_it_commits(
    kind, django_capture_on_commit_callbacks
):
    content_version()
    found = beacon.current()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        token = content_changed()
        state = found.read()
        # Not the new token: another process would cache the old content under it.
        assert state.token is None
    assert len(callbacks) == 1
    assert found.read().token is None  # the tombstone again, after the commit
    assert content_version() == token  # the next reader asks the database
    assert found.read().token == token


def test_the_database_is_asked_again_when_the_beacon_is_old(kind, settings):
    content_version()  # makes the row: a change, so a tombstone
    content_version()  # reads it, and tells the beacon
    found = beacon.current()
    assert found.read().usable(time.time())
    assert not found.read().usable(time.time() + settings.CONTENT_VERSION_RECHECK + 1)


def test_a_scheduled_publication_is_not_hidden_by_the_beacon(kind, monkeypatch):
    later = timezone.now() + timezone.timedelta(hours=1)
    NewsItemFactory(slug="soon", title_en="Coming soon", published_at=later)
    client = Client()
    assert "Coming soon" not in client.get("/en/news/").text
    assert client.get("/en/news/")["X-Cache"] == "hit"
    monkeypatch.setattr(timezone, "now", lambda: later + timezone.timedelta(seconds=1))
    assert "Coming soon" in client.get("/en/news/").text


def test_an_unreadable_beacon_file_means_asking_the_database(settings, tmp_path):
    settings.CONTENT_VERSION_BEACON = "file"
    settings.CONTENT_VERSION_FILE = tmp_path / "beacon.json"
    (tmp_path / "beacon.json").write_text("{not json")
    assert FileBeacon(tmp_path / "beacon.json").read() is None
    token = content_version()
    assert token == content_version() == ContentVersion.objects.get().token
    assert FileBeacon(tmp_path / "beacon.json").read().token == token


def test_commands_change_the_version_for_every_process(settings, tmp_path):
    """A command (another process) changes content: this process's next request sees it."""
    settings.CONTENT_VERSION_BEACON = "file"
    first = content_version()
    with transaction.atomic():
        second = content_changed()
    assert second != first
    assert content_version() == second
