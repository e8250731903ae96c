"""PostgreSQL as Django's backend, with every wait on the server bounded.

ENGINE "coalition.database" (settings.py sets it for a postgres:// DATABASE_URL). A server
that accepts connections but never answers (hung, overloaded, half a network away) would
otherwise hold a request until gunicorn kills the worker: psycopg waits 130 s to connect
and forever for an answer. See base.py.
"""
