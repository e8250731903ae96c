"""A client-side deadline for PostgreSQL queries.

psycopg waits for the server's answer as long as it takes; a server that has accepted a
query and then hangs (stopped, swapping, a network path that drops packets silently)
would hold the worker until gunicorn kills it. The watchdog is one daemon thread per
process: each query registers the socket of its connection with a deadline, and if the
answer has not come by then, the watchdog shuts the socket down. psycopg then fails at
once with an OperationalError ("server closed the connection"); Django discards the
connection at the end of the request. shutdown(), unlike close(), leaves the file
descriptor to its owner, so no other file can take its number meanwhile.
"""

import contextlib
import heapq
import itertools
import logging
import os
import socket
import threading
import time

logger = logging.getLogger(__name__)


class Watchdog:
    def __init__(self):
        self._condition = threading.Condition()
        self._deadlines = []  # heap of (deadline, ticket, file descriptor)
        self._active = {}  # ticket -> Watch, for the queries still waiting for their answer
        self._tickets = itertools.count()
        self._thread = None

    @contextlib.contextmanager
    def watch(self, connection, seconds):
        """Bound what happens inside to `seconds` on `connection` (a psycopg connection).
        Yields a Watch whose `cut` says afterwards whether the deadline passed."""
        watch = Watch()
        fd = _socket_of(connection)
        if fd is None or not seconds:
            yield watch
            return
        ticket = next(self._tickets)
        with self._condition:
            self._start()
            self._active[ticket] = watch
            heapq.heappush(self._deadlines, (time.monotonic() + seconds, ticket, fd))
            self._condition.notify()
        try:
            yield watch
        finally:
            with self._condition:
                self._active.pop(ticket, None)

    def _start(self):
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="query-watchdog", daemon=True)
            self._thread.start()

    def _run(self):
        with self._condition:
            while True:
                # Forget the queries that have their answer.
                while self._deadlines and self._deadlines[0][1] not in self._active:
                    heapq.heappop(self._deadlines)
                if not self._deadlines:
                    self._condition.wait()
                    continue
                deadline, ticket, fd = self._deadlines[0]
                now = time.monotonic()
                if now < deadline:
                    self._condition.wait(deadline - now)
                    continue
                heapq.heappop(self._deadlines)
                self._active.pop(ticket).cut = True
                _shut_down(fd)


class Watch:
    cut = False


def _socket_of(connection):
    try:
        return None if connection is None or connection.closed else connection.pgconn.socket
    except Exception:  # no socket (yet, or any more): nothing to watch
        return None


def _shut_down(fd):
    logger.error("Database: no answer in time; the connection is cut.")
    try:
        duplicate = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    with contextlib.suppress(OSError):
        duplicate.shutdown(socket.SHUT_RDWR)
    duplicate.close()


watchdog = Watchdog()
