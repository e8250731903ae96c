#!/usr/bin/env bash
# The site with Varnish in front, in the foreground (`make front`, after `make serve`'s
# set-up): gunicorn on 127.0.0.1:$PORT (8000), Varnish on 127.0.0.1:$FRONT_PORT (8080) with
# deploy/varnish/default.vcl, as an unprivileged process with its work directory in
# var/varnish. Ctrl-C stops both. Django purges it through FRONT_CACHE_URLS.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8000}"
front_port="${FRONT_PORT:-8080}"
work="$PWD/var/varnish"
varnishd="$(command -v varnishd || echo /usr/sbin/varnishd)"
[ -x "$varnishd" ] || { echo "varnishd not found: apt-get install varnish varnish-modules" >&2; exit 1; }

# This deployment's part of the VCL: the backend is this gunicorn; only this host purges.
mkdir -p "$work/conf"
cat >"$work/conf/site.vcl" <<VCL
backend default {
    .host = "127.0.0.1";
    .port = "$port";
    .first_byte_timeout = 35s;
    .probe = { .url = "/healthz"; .interval = 2s; .timeout = 1s; .window = 5; .threshold = 3; }
}
acl purgers { "127.0.0.1"; "::1"; }
VCL

pids=()
stop() {
  trap - INT TERM EXIT
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

PORT="$port" .venv/bin/gunicorn -c focsite/gunicorn.conf.py focsite.wsgi &
pids+=($!)
"$varnishd" -F -j none -n "$work/instance" -a "127.0.0.1:$front_port" \
  -f "$PWD/deploy/varnish/default.vcl" -p vcl_path="$work/conf" \
  -s "malloc,${FRONT_CACHE_MEMORY:-256m}" &
pids+=($!)
echo "Varnish on http://127.0.0.1:$front_port/ in front of gunicorn on 127.0.0.1:$port (Ctrl-C stops both)"
# When either stops, both stop.
wait -n
