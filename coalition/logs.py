"""The site's log: one line per event, and no flood.

A log that an attacker or an outage can fill is a second outage: one bad Host header used
to write a 2 KB traceback, and an unreachable Redis a megabyte of warnings in 15 seconds.

- OneLineFormatter writes each record on one line: an exception becomes its type and
  message. Only a server error (500, a bug in the site) keeps its traceback, which is
  what one needs to fix it.
- RateLimitFilter lets through `burst` records of the same kind (logger, level, message
  before its arguments) per `seconds`, drops the rest, and says how many it dropped on the
  next line of that kind it lets through.
"""

import logging
import threading
import time

MAX_KINDS = 1000  # kinds of message remembered at once


class OneLineFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record):
        message = " | ".join(record.getMessage().splitlines())
        dropped = getattr(record, "dropped_before", 0)
        if dropped:
            message += f" [{dropped} more like this not written]"
        text = f"{self.formatTime(record)} {record.levelname} {record.name}: {message}"
        if record.exc_info and record.exc_info[1] is not None:
            if keeps_traceback(record):
                return text + "\n" + self.formatException(record.exc_info)
            error = record.exc_info[1]
            detail = " ".join(str(error).split())[:300]
            text += f" ({type(error).__name__}{': ' + detail if detail else ''})"
        return text


def keeps_traceback(record):
    return record.name == "django.request" and getattr(record, "status_code", None) == 500


class RateLimitFilter(logging.Filter):
    def __init__(self, burst=10, seconds=60):
        super().__init__()
        self.burst, self.seconds = burst, seconds
        self._kinds = {}  # kind -> [window start, records let through, records dropped]
        self._lock = threading.Lock()

    def filter(self, record):
        kind = (record.name, record.levelno, str(record.msg))
        now = time.monotonic()
        with self._lock:
            window = self._kinds.get(kind)
            if window is None or now - window[0] >= self.seconds:
                if window is None and len(self._kinds) >= MAX_KINDS:
                    self._kinds.clear()
                record.dropped_before = window[2] if window else 0
                self._kinds[kind] = [now, 1, 0]
                return True
            if window[1] < self.burst:
                window[1] += 1
                return True
            window[2] += 1
            return False
