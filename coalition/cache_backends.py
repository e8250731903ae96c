"""Django's Redis cache backend, made to fail soft.

A cache is an optimisation: if Redis does not answer, the site must still serve pages, by
rendering them. Django's backend raises the connection error instead, which would turn a
cache outage into a site outage. This one logs it and behaves like an empty cache.
"""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _soft(method, fallback):
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning(
                "Cache unavailable (%s): %s; going on without it.", method.__name__, error
            )
            return fallback(*args, **kwargs) if callable(fallback) else fallback

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
