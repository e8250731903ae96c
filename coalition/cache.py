"""Public pages served from a cache that is never stale.

Every cached page is stored under the *content version*: a random token in the database
(ContentVersion, one row) that changes whenever anything the public may see changes. Any
save or delete of the coalition's content, from the admin, a command or a data import,
changes it through Django's signals; so does the arrival of a scheduled publication time,
which the row also records. The next request after a change therefore finds no page under
the new token and renders a fresh one; the old pages are never read again and age out of
the cache. The key also carries the date, since "current" task forces and the chair depend
on the year. The costliest fragments of pages ({% cache %} in the templates: the world map,
the members' and task forces' lists, the footer) are kept under the same version, so they
are never stale either.

The token's truth is the database row, so that every gunicorn worker and every host agrees
on it even with per-process local-memory caches. Reading the row on every request cost
half of a cache hit, so a copy is kept in a *beacon* (coalition/beacon.py: a Redis key, or a
file shared by the workers of one host) that a change marks out of date at once; a request
reads the row only when the beacon says so, or every CONTENT_VERSION_RECHECK seconds. If
the database does not answer, the last token this process saw is used, so that cached
pages are still served during an outage (and, while the database breaker is open, without
waiting on it: coalition/outage.py).

Only anonymous-looking GET requests for public pages are cached, and only responses that
are 200, not streamed, set no cookie and do not vary on cookies. They are stored for
PAGE_CACHE_SECONDS at most; browsers are told to revalidate (Cache-Control: no-cache) and
get a 304 from the ETag when nothing changed (ConditionalGetMiddleware).
"""

import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import F, Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.cache import (
    get_cache_key,
    has_vary_header,
    learn_cache_key,
    set_response_etag,
)
from django.utils.http import urlencode

from . import beacon, outage
from .models.freshness import new_token

# Sent by content_changed(), before the new version is written: the front cache
# (coalition/front_cache.py) purges what it keeps. instance is None when anything may have
# changed.
public_content_changed = Signal()

logger = logging.getLogger(__name__)

# The last content version this process read: used while the database does not answer.
_last_known_version = "none"

# Models whose changes never show on a public page.
NOT_PUBLIC = {
    "contentversion",
    "contactmessage",
    "removedlinks",
    "searchentry",
    "translationstate",
}
# Review and sharing (coalition/models/review.py): nothing the public sees.
NOT_PUBLIC |= {"pendingchange", "sharelink"}


def _row():
    from .models import ContentVersion

    return ContentVersion.objects.filter(pk=1)


def content_version():
    """The token cached pages are stored under: from the beacon (coalition/beacon.py) when
    it has a current one, otherwise from the database (one query), then told to the beacon.

    While the database is known to be down (the breaker in coalition/outage.py), the last
    token this process saw, without asking."""
    global _last_known_version
    if outage.database.is_open():
        return _last_known_version
    now = timezone.now().timestamp()  # the clock the scheduled publications are read by
    found = beacon.current()
    state = found.read() if found is not None else None
    if state is not None and state.usable(now):
        _last_known_version = state.token
        return state.token
    try:
        row = _row().values_list("token", "next_publication_at", "generation").first()
        if row is None:
            token = content_changed()
        elif row[1] is not None and row[1] <= timezone.now():
            token = publication_due()
        else:
            token = row[0]
            next_time = row[1].timestamp() if row[1] is not None else None
            beacon.publish(beacon.State(row[2], token, next_time, now))
    except DatabaseError as error:
        outage.database.trip(error)
        return _last_known_version
    outage.database.close()
    _last_known_version = token
    return token


def request_content_version(request):
    """What pages and fragments are cached under in this request: the content version
    (read at most once per request) and the date, since "current" depends on the year."""
    if not hasattr(request, "content_version"):
        request.content_version = f"{content_version()}.{timezone.localdate().isoformat()}"
    return request.content_version


def content_changed(instance=None):
    """Public content may have changed: pages rendered before are out of date.

    Called by the signals below; call it yourself after a queryset.update() or a
    bulk_create() on content, which send no signal. Returns the new token.
    """
    from .models import ContentVersion

    public_content_changed.send(
        sender=type(instance) if instance is not None else None, instance=instance
    )
    now, token = timezone.now(), new_token()
    if not _row().update(token=token, changed_at=now, generation=F("generation") + 1):
        ContentVersion.objects.get_or_create(
            pk=1, defaults={"token": token, "next_publication_at": next_publication(now)}
        )
    publishes_at = getattr(instance, "published_at", None)
    if publishes_at is not None and publishes_at > now:
        # Remember the earliest scheduled time; a later one is found when this one comes.
        _row().filter(
            Q(next_publication_at__isnull=True) | Q(next_publication_at__gt=publishes_at)
        ).update(next_publication_at=publishes_at)
    return _moved_on()


def publication_due():
    """A scheduled publication time has come: a new version, and the next time to watch."""
    now, token = timezone.now(), new_token()
    _row().update(
        token=token,
        changed_at=now,
        next_publication_at=next_publication(now),
        generation=F("generation") + 1,
    )
    return _moved_on()


def _moved_on():
    """Tell the beacon that the version moved on, now and again once the change is
    committed (until then, other processes must not use the new token: they would cache
    pages of the content as it was before the change under it). Returns the new token."""
    token, generation = _row().values_list("token", "generation").first()

    def tombstone():
        beacon.publish(beacon.State(generation, None, None, timezone.now().timestamp()))

    tombstone()
    transaction.on_commit(tombstone)
    return token


def next_publication(now):
    """The earliest publication time after `now` among published items, or None."""
    from .models import Publishable, Status

    times = []
    for model in apps.get_app_config("coalition").get_models():
        if issubclass(model, Publishable):
            found = model._base_manager.filter(
                status=Status.PUBLISHED, published_at__gt=now
            ).aggregate(first=Min("published_at"))["first"]
            if found is not None:
                times.append(found)
    return min(times, default=None)


def _on_change(sender, instance=None, **kwargs):
    if sender._meta.app_label == "coalition" and sender._meta.model_name not in NOT_PUBLIC:
        content_changed(instance)


def _on_m2m_change(sender, instance=None, action="", **kwargs):
    if action.startswith("post_") and instance._meta.app_label == "coalition":
        content_changed()


def connect_signals():
    post_save.connect(_on_change, dispatch_uid="coalition.cache.save")
    post_delete.connect(_on_change, dispatch_uid="coalition.cache.delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="coalition.cache.m2m")


# The middleware ------------------------------------------------------------------------


def is_cacheable_path(path):
    excluded = [f"/{settings.ADMIN_PATH}", *settings.PAGE_CACHE_EXCLUDED_PATHS]
    if any(path.startswith(prefix) for prefix in excluded):
        return False
    parts = path.split("/")
    # /<language>/preview/… and /<language>/contact/: staff previews and the contact form
    # (whose anti-spam field holds the time the form was shown) are always rendered anew.
    return not (len(parts) > 2 and parts[2] in settings.PAGE_CACHE_EXCLUDED_SECTIONS)


def is_cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if has_vary_header(response, "Cookie") or has_vary_header(response, "*"):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store"))


def canonical_query(request, parameters):
    """The query string of the parameters a view reads (`parameters`, name -> test of a
    value), each once, with a value that passes its test, in the view's order."""
    pairs = []
    for name, is_valid in parameters.items():
        values = request.GET.getlist(name)
        if values and is_valid(values[0]):
            pairs.append((name, values[0]))
    return urlencode(pairs)


class PublicPageCacheMiddleware:
    """Serve public pages from the cache; see the module's docstring. It sits after
    LocaleMiddleware (the key has the page's language) and before everything that only
    a rendered page needs (CSRF, authentication, messages)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if not is_cacheable_path(request.path_info):
            return self.get_response(request)
        cache = caches[settings.PAGE_CACHE_ALIAS]
        prefix = f"page.{request_content_version(request)}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        if key is not None:
            response = cache.get(key)
            if response is not None:
                response["X-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if request.method == "GET" and is_cacheable_response(response):
            if not response.has_header("Cache-Control"):
                # Browsers and proxies may keep the page but must ask before reusing it:
                # the ETag then makes the answer a short 304.
                response["Cache-Control"] = "no-cache"
            # The ETag is kept with the page, not computed again on every hit.
            set_response_etag(response)
            key = learn_cache_key(request, response, seconds, prefix, cache=cache)
            cache.set(key, response, seconds)
            response["X-Cache"] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A public page asked for with a query string that it does not read all of (an
        unknown parameter, a value that means nothing, a parameter twice) is redirected to
        its clean address: pages are cached by address, so every page has one address per
        content, and a flood of made-up query strings is one page in the cache."""
        if request.method not in ("GET", "HEAD") or not is_cacheable_path(request.path_info):
            return None
        view = getattr(view_func, "view_class", view_func)
        parameters = getattr(view, "query_parameters", {})
        if parameters is None:  # the view reads its own, and caches no page with one
            return None
        query = canonical_query(request, parameters)
        if query == request.META.get("QUERY_STRING", ""):
            return None
        response = HttpResponsePermanentRedirect(
            f"{request.path}?{query}" if query else request.path
        )
        response["Cache-Control"] = "public, max-age=86400"
        return response
