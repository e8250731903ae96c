#!/usr/bin/env bash
# Runs a command against the site served as `make serve` serves it: gunicorn with
# focsite/gunicorn.conf.py on 127.0.0.1:$PORT (default 8000), started here in the
# background and stopped when the command ends. `make serve-setup` must have run (the
# Makefile's screenshots and lighthouse targets do it first).
#   bash bench/with_server.sh COMMAND [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
export DEBUG=false SECURE_SSL_REDIRECT=false SECURE_COOKIES=false
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECRET_KEY="${SECRET_KEY:-$(cat var/secret_key)}"
export GUNICORN_BIND="127.0.0.1:${PORT}" WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}"
export GUNICORN_ACCESS_LOG=/dev/null
.venv/bin/gunicorn -c focsite/gunicorn.conf.py focsite.wsgi &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  if curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/healthz"; then break; fi
  sleep 0.2
done
"$@"
