"""gunicorn's configuration for the site (`make serve`, bench/run.sh, production).

    gunicorn -c focsite/gunicorn.conf.py focsite.wsgi

Everything can be set from the environment: GUNICORN_BIND (default 127.0.0.1:$PORT, PORT
8000), WEB_CONCURRENCY (worker processes, default 2 per core + 1), GUNICORN_THREADS
(threads per worker, default 1: sync workers), GUNICORN_TIMEOUT (seconds, default 30).
Behind a reverse proxy, set FORWARDED_ALLOW_IPS to its address so that gunicorn believes
its X-Forwarded-Proto.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS") or 1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (with jitter, so not all at once): memory
# cannot creep up over weeks. High, because a new worker starts with an empty local cache
# (and a restart costs the requests waiting for it); measured memory is flat (bench/).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 100_000)
max_requests_jitter = max_requests // 10
# The application is loaded once in the master and shared by the workers (copy on write).
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# No request line or header of unusual size.
limit_request_line = 4094
limit_request_fields = 100
