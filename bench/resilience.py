"""Faults and floods against the site as production runs it (gunicorn, PostgreSQL, Redis).

    .venv/bin/python bench/resilience.py            # both parts, about 2 minutes
    .venv/bin/python bench/resilience.py faults     # hung Redis, hung PostgreSQL
    .venv/bin/python bench/resilience.py flood      # made-up query strings: memory before/after
    .venv/bin/python bench/resilience.py --local-cache   # the same without Redis

It makes a throwaway PostgreSQL database (focresilience on 127.0.0.1:5432, user postgres)
with the demo content, and serves it with gunicorn (2 sync workers) on a free port of
127.0.0.1, reaching PostgreSQL and Redis (127.0.0.1:6379, when one answers) through proxies
that can hang (tests/fault_servers.py). All traffic goes to 127.0.0.1; every loop is bounded
in requests and seconds. Exits 1 if a request took longer than the limit (2 s) or a cached
page was not served during a fault.
"""

import argparse
import http.client
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fault_servers import HangingProxy  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LIMIT = 2.0  # seconds: no request may take longer, whatever fails
DATABASE = "focresilience"
CACHED = ["/en/", "/fr/members/", "/en/documents/", "/ar/news/"]  # warmed before the faults
# Asked for the first time while PostgreSQL hangs: nothing to serve them from.
NEVER_ASKED = ["/es/conferences/", "/ar/partnerships/", "/fr/task-forces-and-working-groups/"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class Site:
    """gunicorn serving the throwaway database, through the proxies."""

    def __init__(self, work, database_port, redis_port):
        self.port = free_port()
        self.work = work
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("GUNICORN_", "REDIS"))},
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "MEDIA_ROOT": str(work / "media"),
            "STATIC_ROOT": str(work / "static"),
            "LOG_LEVEL": "WARNING",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
            "WEB_CONCURRENCY": "2",
            "GUNICORN_ACCESS_LOG": "/dev/null",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
        }
        self.serve_env = {
            **self.env,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{database_port}/{DATABASE}",
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/14" if redis_port else "",
        }
        self.process = None

    def manage(self, *args):
        subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def prepare(self):
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE], check=True
        )
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
        for command in (
            ["compile_catalogues"],
            ["migrate", "--no-input"],
            ["load_demo_content"],
            ["collectstatic", "--no-input", "-v0"],
        ):
            self.manage(*command)

    def start(self):
        self.log = open(self.work / "gunicorn.log", "w")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "focsite/gunicorn.conf.py", "focsite.wsgi"],
            cwd=ROOT,
            env=self.serve_env,
            stderr=self.log,
        )
        for _attempt in range(100):
            try:
                if self.get("/healthz")[0] in (200, 503):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("gunicorn did not start: see " + str(self.work / "gunicorn.log"))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.log.close()

    def get(self, path, timeout=10):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            return response.status, response.getheader("X-Cache")
        finally:
            connection.close()

    def timed_get(self, path):
        started = time.monotonic()
        try:
            status, cache = self.get(path)
        except OSError as error:
            status, cache = type(error).__name__, None
        return status, cache, time.monotonic() - started

    def worker_memory_kib(self):
        total = 0
        for child in (
            Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        ):
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total


def probe(site, seconds, label, paths=()):
    """The pages for `seconds`, one request at a time; prints and returns the slow ones."""
    worst, failures, seen = 0.0, [], {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for path in [*CACHED, *paths, "/healthz"]:
            status, cache, elapsed = site.timed_get(path)
            worst = max(worst, elapsed)
            seen.setdefault(path, set()).add(f"{status}{'/' + cache if cache else ''}")
            if elapsed > LIMIT:
                failures.append(f"{label}: {path} took {elapsed:.2f} s")
    print(f"\n{label}: slowest request {worst * 1000:.0f} ms")
    for path, answers in seen.items():
        print(f"  {path:40} {', '.join(sorted(answers))}")
    return failures


def faults(site, database, redis):
    failures = []
    for path in CACHED:
        site.get(path)
    failures += probe(site, 3, "all well")
    if redis:
        redis.hang()
        failures += probe(site, 8, "Redis hung (accepts, never answers)")
        redis.resume()
        time.sleep(6)  # CACHE_RETRY_SECONDS
        for path in CACHED:
            site.get(path)
    database.hang()
    failures += probe(site, 10, "PostgreSQL hung (accepts, never answers)", NEVER_ASKED)
    database.resume()
    started, in_a_row = time.monotonic(), 0
    while in_a_row < 20 and time.monotonic() - started < 30:  # both workers, 10 each or so
        in_a_row = in_a_row + 1 if site.timed_get("/es/members/")[0] == 200 else 0
        time.sleep(0.05)
    print(
        f"\nPostgreSQL back: every worker renders pages again after "
        f"{time.monotonic() - started:.1f} s (DATABASE_RETRY_SECONDS: 5)"
    )
    time.sleep(6)  # and every worker has tried again
    failures += probe(site, 3, "after the faults", NEVER_ASKED)
    return failures


def flood(site, redis_url_used):
    paths = ["/en/", "/fr/members/", "/en/documents/", "/ar/news/", "/sitemap.xml"]
    for _round in range(20):  # every worker has rendered and cached each page
        for path in paths:
            site.get(path)
    print("\nFlood: worker memory (RSS, 2 workers) and cache size before and after")
    before = site.worker_memory_kib()
    redis_before = redis_memory() if redis_url_used else None
    counts = {}

    def send(start):
        for number in range(start, 20_000, 8):
            path = f"{paths[number % len(paths)]}?x={number}"
            status = site.get(path)[0]
            counts[status] = counts.get(status, 0) + 1

    threads = [threading.Thread(target=send, args=(start,)) for start in range(8)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    elapsed = time.monotonic() - started
    after = site.worker_memory_kib()
    print(f"  20,000 requests with ?x=N over 5 pages in {elapsed:.1f} s: statuses {counts}")
    print(f"  workers' RSS: {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB after")
    if redis_before is not None:
        print(
            f"  Redis used_memory: {redis_before / 2**20:.1f} MiB before, "
            f"{redis_memory() / 2**20:.1f} MiB after"
        )
    return [] if after < before * 1.2 + 4096 else ["worker memory grew by more than 20 %"]


def redis_memory():
    with socket.create_connection(("127.0.0.1", 6379), timeout=2) as sock:
        sock.sendall(b"INFO memory\r\n")
        data = sock.recv(65536).decode()
    for line in data.splitlines():
        if line.startswith("used_memory:"):
            return int(line.split(":")[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", choices=["faults", "flood", "all"], default="all")
    parser.add_argument(
        "--local-cache", action="store_true", help="each process's own cache, not Redis"
    )
    args = parser.parse_args()
    if shutil.which("createdb") is None:
        raise SystemExit("needs PostgreSQL's client tools (createdb) and a server on 127.0.0.1")
    work = Path(tempfile.mkdtemp(prefix="focresilience."))
    use_redis = redis_answers() and not args.local_cache
    database = HangingProxy(("127.0.0.1", 5432))
    redis = HangingProxy(("127.0.0.1", 6379)) if use_redis else None
    database.start()
    if redis:
        redis.start()
    site = Site(work, database.port, redis.port if redis else None)
    failures = []
    try:
        site.prepare()
        site.start()
        print(f"gunicorn on 127.0.0.1:{site.port}, cache: {'Redis' if redis else 'local memory'}")
        if args.part in ("faults", "all"):
            failures += faults(site, database, redis)
        if args.part in ("flood", "all"):
            failures += flood(site, bool(redis))
    finally:
        site.stop()
        database.stop()
        if redis:
            redis.stop()
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE], check=False
        )
        log = (work / "gunicorn.log").read_text() if (work / "gunicorn.log").exists() else ""
        print(
            "\nThe site's log (errors and warnings):\n"
            + "\n".join(log.splitlines()[-int(os.environ.get("LOG_TAIL", "40")) :])
        )
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + ("\n".join(failures) if failures else f"Every request answered within {LIMIT} s."))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
