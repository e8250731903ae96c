"""Where a process reads the content version without asking the database.

The database row (ContentVersion) stays the truth. Reading it costs a query on every
request, which was half the cost of serving a page from the cache. So its state is also
kept where reading costs next to nothing, a *beacon*:

- with Redis (REDIS_URL), one key in Redis, shared by every worker and host;
- otherwise a small file (CONTENT_VERSION_FILE, in var/ by default), shared by the
  workers of this host: a stat() per request, a read when it changed.

A change writes a *tombstone* to the beacon at once (inside the saving transaction) and
again after the commit: "the version has moved to generation G; ask the database". A
reader that finds a tombstone, no beacon, an entry older than CONTENT_VERSION_RECHECK
seconds, or a scheduled publication that has come, reads the row and publishes what it
read. Entries only move forward: a write of an older generation than the beacon holds
is refused (compare and set, under a lock or in one Redis script), so a reader that read
the row just before a change cannot put the old version back. The recheck bounds what
nothing else can catch (a database restored from a backup, a change made with SQL).
"""

import contextlib
import fcntl
import json
import logging
import os
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone
from redis.exceptions import RedisError

from . import outage

logger = logging.getLogger(__name__)

KEY = "content-version-beacon"


@dataclass(frozen=True)
class State:
    generation: int
    token: str | None  # None: a tombstone
    next_publication: float | None  # a POSIX time
    checked: float  # when it was read from the database (or the tombstone written)

    def usable(self, now):
        return (
            self.token is not None
            and now - self.checked < settings.CONTENT_VERSION_RECHECK
            and (self.next_publication is None or self.next_publication > now)
        )

    def may_replace(self, old, now):
        """Entries move forward; a tombstone left by a change that was rolled back gives
        way once it is older than the recheck time."""
        if old is None or self.generation > old.generation:
            return True
        if self.generation == old.generation:
            return old.token is None or self.checked > old.checked
        return old.token is None and now - old.checked >= settings.CONTENT_VERSION_RECHECK

    def dumps(self):
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def loads(cls, text):
        try:
            return cls(**json.loads(text))
        except (TypeError, ValueError):
            return None


class FileBeacon:
    def __init__(self, path):
        self.path = str(path)
        self._seen = (None, None)  # (mtime_ns and size, State) of the last read

    def read(self):
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if stamp != self._seen[0]:
            try:
                with open(self.path, encoding="utf-8") as file:
                    self._seen = (stamp, State.loads(file.read()))
            except OSError:
                return None
        return self._seen[1]

    def publish(self, state):
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        with open(f"{self.path}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                with open(self.path, encoding="utf-8") as file:
                    old = State.loads(file.read())
            except OSError:
                old = None
            if not state.may_replace(old, timezone.now().timestamp()):
                return False
            temporary = f"{self.path}.{os.getpid()}.tmp"
            with open(temporary, "w", encoding="utf-8") as file:
                file.write(state.dumps())
            os.replace(temporary, self.path)  # readers see the old file or the new, whole
        return True


# Compare and set in one step: KEYS[1] the beacon; ARGV[1] the new state (JSON), ARGV[2] its
# generation, ARGV[3] its time checked, ARGV[4] now, ARGV[5] the recheck time, ARGV[6] a
# time to live.
_COMPARE_AND_SET = """
local old = redis.call('GET', KEYS[1])
local generation, checked, now = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
if old then
  local o = cjson.decode(old)
  if generation < o.generation then
    if o.token ~= cjson.null or now - o.checked < tonumber(ARGV[5]) then return 0 end
  elseif generation == o.generation then
    if o.token ~= cjson.null and checked <= o.checked then return 0 end
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[6]))
return 1
"""


class RedisBeacon:
    def __init__(self, alias):
        self.cache = caches[alias]

    def _client(self, write):
        key = self.cache.make_and_validate_key(KEY)
        return key, self.cache._cache.get_client(key, write=write)

    def read(self):
        if outage.cache.is_open():
            return None
        try:
            key, client = self._client(write=False)
            text = client.get(key)
        except RedisError as error:
            outage.cache.trip(error)
            return None
        return State.loads(text) if text else None

    def publish(self, state):
        if outage.cache.is_open():
            return False
        try:
            key, client = self._client(write=True)
            return bool(
                client.eval(
                    _COMPARE_AND_SET,
                    1,
                    key,
                    state.dumps(),
                    state.generation,
                    state.checked,
                    timezone.now().timestamp(),
                    settings.CONTENT_VERSION_RECHECK,
                    max(int(settings.PAGE_CACHE_SECONDS), 60),
                )
            )
        except RedisError as error:
            outage.cache.trip(error)
            return False


_file_beacons = {}


def current():
    """The beacon of this configuration, or None (CONTENT_VERSION_BEACON = "none"). With
    "auto", Redis when the page cache is Redis, else the file."""
    kind = settings.CONTENT_VERSION_BEACON
    if kind == "none":
        return None
    if kind == "auto":
        is_redis = isinstance(caches[settings.PAGE_CACHE_ALIAS], RedisCache)
        kind = "redis" if is_redis else "file"
    if kind == "redis":
        return RedisBeacon(settings.PAGE_CACHE_ALIAS)
    path = str(settings.CONTENT_VERSION_FILE)
    if path not in _file_beacons:  # kept: it remembers what it last read
        _file_beacons[path] = FileBeacon(path)
    return _file_beacons[path]


def publish(state):
    """Write to the beacon, if any; a beacon that fails is only a slower page."""
    beacon = current()
    if beacon is None:
        return
    with contextlib.suppress(OSError):
        beacon.publish(state)
