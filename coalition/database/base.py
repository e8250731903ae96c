"""Django's PostgreSQL backend with bounded waits (see the package's docstring).

Within a request (outside one, in commands and migrations, nothing changes), each wait on
the server is given DATABASE_WAIT_SECONDS (coalition.outage.wait_limit()):

- connecting, in a helper thread (libpq's own connect_timeout, also set, cannot go below
  2 s, and a request may not wait that long);
- each query, and the health check Django runs on a kept connection, on the client's side
  (watchdog.py), since the server's statement_timeout (also set) means nothing to a server
  that does not answer at all.
- Any such failure opens the database breaker (coalition/outage.py), so that the requests
  that follow do not wait again.
"""

import threading

from django.conf import settings
from django.db import OperationalError
from django.db.backends.postgresql import base

from .. import outage
from .watchdog import watchdog


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self._bounded_query)

    def get_new_connection(self, conn_params):
        seconds = outage.wait_limit()
        if seconds is None:  # a command, not a request: libpq's connect_timeout only
            return super().get_new_connection(conn_params)
        if outage.database.is_open():  # known to be down: not tried until the time is up
            raise OperationalError("the database is unavailable (not tried again yet)")
        state = {"abandoned": False}
        lock = threading.Lock()

        def connect():
            try:
                connection = super(DatabaseWrapper, self).get_new_connection(conn_params)
            except Exception as error:
                state["error"] = error
                return
            with lock:
                if state["abandoned"]:
                    connection.close()  # too late: nobody waits for it any more
                else:
                    state["connection"] = connection

        thread = threading.Thread(target=connect, name="database-connect", daemon=True)
        thread.start()
        thread.join(seconds)
        with lock:
            if "connection" in state:
                return state["connection"]
            if thread.is_alive():
                state["abandoned"] = True
                error = OperationalError(f"no connection within {seconds} s (connect timeout)")
            else:
                error = state["error"]
        if isinstance(error, OperationalError | base.Database.OperationalError):
            outage.database.trip(error)
        raise error

    def is_usable(self):
        if self.connection is None:
            return False
        # Also between requests (Django checks a connection that had an error): SELECT 1
        # never needs long.
        with watchdog.watch(self.connection, settings.DATABASE_WAIT_SECONDS) as watch:
            usable = super().is_usable()
        if watch.cut:
            # Not a connection gone stale (a reconnection fixes that), but a server that
            # does not answer: a reconnection would wait again.
            outage.database.trip(OperationalError("a kept connection got no answer in time"))
        return usable

    def _bounded_query(self, execute, sql, params, many, context):
        with watchdog.watch(self.connection, outage.wait_limit()):
            try:
                return execute(sql, params, many, context)
            except base.Database.OperationalError as error:
                # The connection failed (or the watchdog cut it): not a mistake in the query.
                if self.connection is None or self.connection.closed or self.connection.broken:
                    outage.database.trip(error)
                raise
