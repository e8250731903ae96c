#!/usr/bin/env bash
# Varnish in front (deploy/varnish/default.vcl): how fast it serves a cached page compared
# with a static file served by the same Varnish (the stylesheet, from WhiteNoise, kept by
# Varnish). Target: cached pages >= 0.50 of the static file's rate. See bench/README.md.
#
#   bash bench/front.sh [--duration S (10, at most 60)] [--connections N (16, at most 256)]
#
# A throwaway SQLite database with the demo content, gunicorn (2 sync workers) and varnishd
# on free ports of 127.0.0.1; all load goes to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=10 connections=16
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$duration" -ge 1 ] && [ "$duration" -le 60 ] || { echo "--duration: 1 to 60" >&2; exit 2; }
[ "$connections" -ge 1 ] && [ "$connections" -le 256 ] || { echo "--connections: 1 to 256" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
varnishd="$(command -v varnishd || echo /usr/sbin/varnishd)"
[ -x "$varnishd" ] || { echo "varnishd is needed (apt-get install varnish varnish-modules)" >&2; exit 1; }
[ -x .venv/bin/python ] || make setup

work="$(mktemp -d)"
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

export DEBUG=false ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false SECURE_COOKIES=false
export SECRET_KEY="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export DATABASE_URL="sqlite:///$work/bench.sqlite3" MEDIA_ROOT="$work/media" LOG_LEVEL=WARNING
unset REDIS_URL PAGE_CACHE_SECONDS FRAGMENT_CACHE_SECONDS GUNICORN_CMD_ARGS GUNICORN_THREADS
backend_port="$(free_port)" front_port="$(free_port)"
export FRONT_CACHE_URLS="http://127.0.0.1:$front_port/" FRONT_CACHE_SECONDS=120
export WEB_CONCURRENCY=2 GUNICORN_ACCESS_LOG=/dev/null GUNICORN_BIND="127.0.0.1:$backend_port"

echo "==> Database, demo content, static files"
for command in compile_catalogues "migrate --no-input" load_demo_content \
  "collectstatic --no-input --verbosity 0"; do
  # shellcheck disable=SC2086
  .venv/bin/python manage.py $command >"$work/step.log" 2>&1 || { tail -n 30 "$work/step.log"; exit 1; }
done

echo "==> gunicorn on 127.0.0.1:$backend_port, Varnish on 127.0.0.1:$front_port"
.venv/bin/gunicorn -c focsite/gunicorn.conf.py focsite.wsgi >"$work/gunicorn.log" 2>&1 &
pids+=($!)
mkdir -p "$work/conf"
printf 'backend default { .host = "127.0.0.1"; .port = "%s"; }\nacl purgers { "127.0.0.1"; }\n' \
  "$backend_port" >"$work/conf/site.vcl"
"$varnishd" -F -j none -n "$work/varnish" -a "127.0.0.1:$front_port" \
  -f "$PWD/deploy/varnish/default.vcl" -p vcl_path="$work/conf" -s malloc,128m \
  >"$work/varnish.log" 2>&1 &
pids+=($!)
base="http://127.0.0.1:$front_port"
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null --max-time 5 "$base/en/" 2>/dev/null && break
  sleep 0.5
done

css="$(curl -fsS --max-time 10 "$base/en/" | grep -o '<link rel="stylesheet" href="[^"]*"' |
  head -n 1 | sed 's/.*href="//; s/"$//')"
rate() { # path: requests per second through Varnish, after a check that it is a hit
  local path=$1 cache
  curl -s -o /dev/null "$base$path"
  cache="$(curl -s -o /dev/null -D - "$base$path" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" { print $2 }')"
  [ "$cache" = hit ] || { echo "$path is not a hit in Varnish ($cache)" >&2; exit 1; }
  timeout $((duration + 30)) wrk -t1 -c"$connections" -d"${duration}s" --timeout 10s "$base$path" |
    awk '/^Requests\/sec/ { print $2 }'
}

echo "==> wrk -t1 -c$connections -d${duration}s through Varnish"
static="$(rate "$css")"
printf '  %-38s %10s req/s\n' "static file ($css)" "$static"
paths=(/en/ /en/members/ /en/documents/ /ar/members/ /en/news/colombia-becomes-41st-member/)
rates=()
for path in "${paths[@]}"; do
  rates+=("$(rate "$path")")
  printf '  %-38s %10s req/s\n' "$path" "${rates[-1]}"
done
static_end="$(rate "$css")"
printf '  %-38s %10s req/s\n' "static file, again" "$static_end"
# Each page against the mean of the static file's two measurements, before and after.
echo "==> Cached pages as a share of the static file's rate (mean of both measurements)"
lowest=""
for i in "${!paths[@]}"; do
  ratio="$(awk -v a="${rates[$i]}" -v b="$static" -v c="$static_end" 'BEGIN { printf "%.2f", 2 * a / (b + c) }')"
  printf '  %-38s %s\n' "${paths[$i]}" "$ratio"
  if [ -z "$lowest" ] || awk -v r="$ratio" -v l="$lowest" 'BEGIN { exit !(r < l) }'; then lowest=$ratio; fi
done
echo "==> lowest $lowest (target >= 0.50); load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v r="$lowest" 'BEGIN { exit !(r >= 0.50) }'
