"""Cache backends that neither fail the site nor grow without bound.

FailSoftRedisCache: Django's Redis backend, made to fail soft. A cache is an optimisation:
if Redis does not answer (down, or hung: settings give each call CACHE_TIMEOUT_SECONDS),
the site must still serve pages, by rendering them. Django's backend raises the error
instead, which would turn a cache outage into a site outage. This one behaves like an
empty cache, and after a failure does not call Redis at all for CACHE_RETRY_SECONDS (the
cache breaker, coalition/outage.py), so that a hung Redis costs one short wait per process,
not one per cache call; the breaker logs the outage once.

BoundedLocMemCache: Django's local-memory cache, bounded by the bytes it holds rather than
by a count of entries (a count says nothing when one page weighs 100 KB). The least
recently used entries go first.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from . import outage


def _soft(method, fallback):
    def wrapper(self, *args, **kwargs):
        if outage.cache.is_open():
            return fallback(*args, **kwargs) if callable(fallback) else fallback
        try:
            result = method(self, *args, **kwargs)
        except RedisError as error:
            outage.cache.trip(error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback
        outage.cache.close()
        return result

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class FailSoftRedisCache(RedisCache):
    get = _soft(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _soft(RedisCache.get_many, {})
    has_key = _soft(RedisCache.has_key, False)
    add = _soft(RedisCache.add, False)
    set = _soft(RedisCache.set, None)
    set_many = _soft(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    touch = _soft(RedisCache.touch, False)
    delete = _soft(RedisCache.delete, False)
    delete_many = _soft(RedisCache.delete_many, None)
    clear = _soft(RedisCache.clear, None)


class BoundedLocMemCache(LocMemCache):
    """OPTIONS["MAX_BYTES"]: the most that the pickled values may weigh together."""

    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_bytes = int((params.get("OPTIONS") or {}).get("MAX_BYTES", 32 * 2**20))
        # The sizes live beside the store, which every instance of this name shares.
        self._sizes = _sizes.setdefault(name, _Sizes())

    @property
    def size_in_bytes(self):
        return self._sizes.total

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        self._sizes.forget(key)
        if len(value) > self.max_bytes:  # larger than the whole cache: never kept
            self._cache.pop(key, None)
            self._expire_info.pop(key, None)
            return
        super()._set(key, value, timeout)
        self._sizes.note(key, len(value))
        while self._sizes.total > self.max_bytes and self._cache:
            old_key, _value = self._cache.popitem()  # the least recently used
            self._expire_info.pop(old_key, None)
            self._sizes.forget(old_key)

    def _cull(self):
        super()._cull()
        for key in set(self._sizes.by_key) - set(self._cache):
            self._sizes.forget(key)

    def _delete(self, key):
        self._sizes.forget(key)
        return super()._delete(key)

    def incr(self, key, delta=1, version=None):
        value = super().incr(key, delta, version)
        full_key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if full_key in self._cache:
                self._sizes.forget(full_key)
                self._sizes.note(full_key, len(self._cache[full_key]))
        return value

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.by_key.clear()
            self._sizes.total = 0


class _Sizes:
    def __init__(self):
        self.by_key = {}
        self.total = 0

    def note(self, key, size):
        self.by_key[key] = size
        self.total += size

    def forget(self, key):
        self.total -= self.by_key.pop(key, 0)


_sizes = {}
