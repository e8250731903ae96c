"""Public pages kept by an HTTP cache in front of the site (Varnish, deploy/varnish/), and
purged there when content changes.

The front cache keeps only what Django marks `Cache-Control: public, max-age=0, s-maxage=N`:
the pages that our own page cache keeps (coalition/cache.py), never previews, the admin,
the contact form, a search with a query, a response that sets a cookie or varies on one.
Browsers still revalidate every time (max-age=0, then a 304 from the ETag); only shared
caches keep the page, for N seconds at most, where N is the smallest of
FRONT_CACHE_SECONDS, PAGE_CACHE_SECONDS, the time left until the next scheduled
publication and the time left until midnight (what is "current" depends on the date). So a
scheduled item appears on time without a purge, and if a purge cannot be sent, a page is
stale for N seconds at most.

Each such page carries an `xkey` header: the content models whose rows it shows, found by
noting the tables its queries read while it renders ("document", "newsitem", ...), plus the
keys that each fragment served from the fragment cache noted when it was rendered
({% cached_fragment %}: a fragment read from the cache runs no query), plus "all". When
content is saved or deleted, once the transaction commits, the site asks every front cache
in FRONT_CACHE_URLS to purge the pages keyed with that model (every language at once); a
change that names no model (a queryset.update(), a many-to-many change) purges "all".
Purges are sent from a background thread with a short timeout: a save never waits on, or
fails because of, a front cache; one that cannot be reached costs one log line.
"""

import datetime
import functools
import logging
import re
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from . import cache, outage

logger = logging.getLogger(__name__)

EVERYTHING = "all"

# Table names as Django quotes them in SQL, on SQLite and PostgreSQL alike.
_TABLE = re.compile(r'"(coalition_[a-z0-9_]+)"')


def model_key(model):
    """The key of the pages that show rows of `model`."""
    return model._meta.model_name


@functools.cache
def _keys_by_table():
    """db_table -> key, for every public model of the site (many-to-many tables included)."""
    return {
        model._meta.db_table: model_key(model)
        for model in apps.get_app_config("coalition").get_models(include_auto_created=True)
        if model._meta.model_name not in cache.NOT_PUBLIC
    }


@contextmanager
def noting_keys():
    """Yields the set of keys of the content tables that the queries run inside read."""
    tables = set()

    def note_tables(execute, sql, params, many, context):
        tables.update(_TABLE.findall(sql))
        return execute(sql, params, many, context)

    keys = set()
    with connection.execute_wrapper(note_tables):
        yield keys
    keys_by_table = _keys_by_table()
    keys.update(keys_by_table[t] for t in tables if t in keys_by_table)


@contextmanager
def declaring_apart(request):
    """Yields the set of keys that fragments declare inside (then declared for the page
    too), whatever the page declared before."""
    inner = set()
    page_keys = getattr(request, "front_cache_keys", None)
    if page_keys is None:
        yield inner
        return
    request.front_cache_keys = inner
    try:
        yield inner
    finally:
        request.front_cache_keys = page_keys | inner


def declare_keys(request, keys):
    """What a template fragment showed, when it comes from the fragment cache without a
    query ({% cached_fragment %} in coalition/templatetags/coalition.py)."""
    if request is not None and hasattr(request, "front_cache_keys"):
        request.front_cache_keys.update(keys)


def is_front_cacheable(request, response):
    """Whether our page cache keeps this response: only then may a shared cache keep it."""
    return (
        request.method in ("GET", "HEAD")
        and cache.is_cacheable_path(request.path_info)
        and cache.is_cacheable_response(response)
    )


class FrontCacheKeysMiddleware:
    """Notes what a public page shows while it renders, as its `xkey` header.

    It sits right after PublicPageCacheMiddleware, so that the header is stored with the
    page in our page cache and comes back with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.FRONT_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if not cache.is_cacheable_path(request.path_info):
            return self.get_response(request)
        request.front_cache_keys = {EVERYTHING}
        with noting_keys() as shown:
            response = self.get_response(request)
        if is_front_cacheable(request, response):
            response["xkey"] = " ".join(sorted(request.front_cache_keys | shown))
        return response


class FrontCacheControlMiddleware:
    """Lets shared caches keep a public page for a bounded time (the module's docstring).

    It sits right before PublicPageCacheMiddleware: the time is worked out for every
    response sent, including those served from our page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keys = response.get("xkey")
        if keys is None:
            return response
        del response["xkey"]
        if response.get("Cache-Control") != "no-cache":
            return response
        if not is_front_cacheable(request, response):
            return response
        seconds = shared_cache_seconds()
        if seconds > 0:
            response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
            response["xkey"] = keys
        return response


def shared_cache_seconds(now=None):
    """How long a shared cache may keep a page rendered now (0: not at all)."""
    now = now or timezone.now()
    limits = [settings.FRONT_CACHE_SECONDS, settings.PAGE_CACHE_SECONDS]
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    limits.append((midnight - now).total_seconds())
    if outage.database.is_open():
        return 0
    try:
        from .models import ContentVersion

        next_publication = (
            ContentVersion.objects.filter(pk=1)
            .values_list("next_publication_at", flat=True)
            .first()
        )
    except DatabaseError:
        return 0
    if next_publication is not None:
        limits.append((next_publication - now).total_seconds())
    return max(int(min(limits)), 0)


# Purges -------------------------------------------------------------------------------------


def connect_signals():
    cache.public_content_changed.connect(content_changed, dispatch_uid="coalition.front_cache")


def content_changed(sender=None, instance=None, **kwargs):
    """Content changed (cache.public_content_changed): purge its pages once it is committed."""
    if not settings.FRONT_CACHE_URLS:
        return
    key = EVERYTHING if instance is None else model_key(type(instance))
    transaction.on_commit(lambda: purge_soon([key]), robust=True)


_pending = set()
_lock = threading.Lock()
_sender = None


def purge_soon(keys):
    """Queue keys to purge; one background thread sends what is queued, in one request per
    front cache, so that a burst of saves (an import) is a few purges, not thousands."""
    global _sender
    with _lock:
        _pending.update(keys)
        if _sender is not None:
            return  # it takes these keys too before it stops
        _sender = threading.Thread(target=_send_pending, name="front-cache-purge", daemon=True)
        _sender.start()


def wait_for_purges(timeout=5):
    """Until the queued purges are sent (tests, commands that exit at once)."""
    sender = _sender
    if sender is not None:
        sender.join(timeout)


def _send_pending():
    global _sender
    while True:
        with _lock:
            keys = sorted(_pending)
            _pending.clear()
            if not keys:
                _sender = None
                return
        for url in settings.FRONT_CACHE_URLS:
            send_purge(url, keys)


def send_purge(url, keys):
    """Ask one front cache to drop the pages with any of these keys; True when it did."""
    request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": " ".join(keys)})
    try:
        with urllib.request.urlopen(request, timeout=settings.FRONT_CACHE_PURGE_TIMEOUT):
            return True
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        logger.warning(
            "Front cache %s not purged of %s (%s); its pages are stale for %s s at most.",
            url,
            " ".join(keys),
            reason,
            min(settings.FRONT_CACHE_SECONDS, settings.PAGE_CACHE_SECONDS),
        )
        return False
