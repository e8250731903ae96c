#!/usr/bin/env bash
# Benchmark: serves the site with gunicorn (focsite/gunicorn.conf.py, DEBUG off, as in
# production) on a throwaway database holding the demo content, and measures one URL per
# page type with wrk, against a ceiling (/bench/ceiling/, a trivial view) measured in the
# same run. Not part of the tests or CI. See bench/README.md.
#
#   bash bench/run.sh [--db sqlite|postgres] [--duration 10] [--connections 16]
#                     [--workers 2] [--threads 1] [--warmup 1] [--only REGEX]
#                     [--endurance 60] [--endurance-connections 64] [--cold]
#                     [--max-requests N]
#
# Phases, each on its own gunicorn start: cached (page cache on), endurance (--endurance
# seconds of mixed traffic over every page at --endurance-connections; 0 skips it), uncached
# (PAGE_CACHE_SECONDS=0) and, with --cold, cold (page and fragment caches off).
# --duration and --warmup are seconds per page; --threads is wrk's; --only keeps the pages
# whose name matches REGEX (grep -E); --max-requests sets GUNICORN_MAX_REQUESTS, after
# which gunicorn replaces a worker (0: never), for diagnosis only. Results: printed, and
# written to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
command_line="bash bench/run.sh${*:+ $(printf '%q ' "$@")}"
command_line="${command_line% }"

db=sqlite duration=10 connections=16 workers=2 threads=1 warmup=1 only=""
endurance=60 endurance_connections=64 cold="" max_requests="" front=yes
pg_host=127.0.0.1 pg_port=5432 pg_user=postgres pg_name=focbench

usage() { sed -n '7,18p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }
step() { printf '==> %s\n' "$*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --cold) cold=yes; shift ;;
    --no-front) front=""; shift ;;
    --db | --duration | --connections | --workers | --threads | --warmup | --only | \
      --endurance | --endurance-connections | --max-requests)
      [ $# -ge 2 ] || die "$1 needs a value"
      name="${1#--}"
      printf -v "${name//-/_}" '%s' "$2"
      shift 2 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

case "$db" in sqlite | postgres) ;; *) die "--db is sqlite or postgres, not '$db'" ;; esac
for n in duration connections workers threads endurance_connections; do
  [[ "${!n}" =~ ^[1-9][0-9]*$ ]] || die "--${n//_/-} must be a positive whole number"
done
[[ "$warmup" =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds"
[[ "$endurance" =~ ^[0-9]+$ ]] || die "--endurance must be a whole number of seconds"
[[ "$max_requests" =~ ^[0-9]*$ ]] || die "--max-requests must be a whole number"
# The load stays bounded: at most a minute per page or for the endurance run, and 256
# connections, on 127.0.0.1 only.
[ "$duration" -le 60 ] || die "--duration is at most 60 seconds per page"
[ "$warmup" -le 10 ] || die "--warmup is at most 10 seconds per page"
[ "$endurance" -le 60 ] || die "--endurance is at most 60 seconds"
[ "$connections" -le 256 ] || die "--connections is at most 256"
[ "$endurance_connections" -le 256 ] || die "--endurance-connections is at most 256"
[ "$workers" -le 16 ] || die "--workers is at most 16"
[ "$threads" -le "$connections" ] || die "--threads cannot exceed --connections"
[ "$threads" -le "$endurance_connections" ] || die "--threads cannot exceed --endurance-connections"

# --- tools -------------------------------------------------------------------------------
[ -x .venv/bin/python ] || { step "Python environment (make setup)"; make setup; }
py=.venv/bin/python
[ -x .venv/bin/gunicorn ] || die "gunicorn is missing from .venv (make setup installs it)"
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing wrk (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
  else
    die "wrk is missing: install it with 'sudo apt-get install wrk'"
  fi
fi
command -v curl >/dev/null 2>&1 || die "curl is missing"

# --- throwaway state, removed on exit ------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/focbench.XXXXXX")"
gunicorn_pid="" sampler_pid="" db_created=""

# Stops the memory sampler, then gunicorn (TERM; KILL after 10 s), each by its PID.
stop_gunicorn() {
  if [ -n "$sampler_pid" ]; then
    kill -TERM "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=""
  fi
  if [ -n "$gunicorn_pid" ] && kill -0 "$gunicorn_pid" 2>/dev/null; then
    local worker_pids
    worker_pids="$(pgrep -P "$gunicorn_pid" || true)"
    kill -TERM "$gunicorn_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$gunicorn_pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$gunicorn_pid" 2>/dev/null; then
      echo "gunicorn did not stop in 10 s: killing it (pid $gunicorn_pid) and its workers" >&2
      # shellcheck disable=SC2086
      kill -KILL "$gunicorn_pid" $worker_pids 2>/dev/null || true
    fi
  fi
  if [ -n "$gunicorn_pid" ]; then
    wait "$gunicorn_pid" 2>/dev/null || true
  fi
  gunicorn_pid=""
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_gunicorn
  if [ -n "$db_created" ]; then
    dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$pg_name" ||
      echo "bench/run.sh: could not drop the database $pg_name" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a set-up command quietly; shows its output if it fails.
quietly() {
  "$@" >"$work/step.log" 2>&1 || { tail -n 40 "$work/step.log" >&2; die "failed: $*"; }
}

# --- settings: production-like, from the environment ---------------------------------------
export DJANGO_SETTINGS_MODULE=bench.settings
export DEBUG=false
export ALLOWED_HOSTS=127.0.0.1
SECRET_KEY="$("$py" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY
export MEDIA_ROOT="$work/media"
export LOG_LEVEL=WARNING
export CONN_MAX_AGE=60
# Plain HTTP on the loopback: no redirect to HTTPS, no Secure-only cookies.
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false
# focsite/gunicorn.conf.py's knobs: N sync workers, no access log worth keeping.
export WEB_CONCURRENCY="$workers" GUNICORN_ACCESS_LOG=/dev/null
# Nothing from the caller's environment changes what is measured: the cache is each
# process's local memory, the page and fragment caches have their defaults unless a phase
# says otherwise.
unset GUNICORN_CMD_ARGS GUNICORN_THREADS GUNICORN_TIMEOUT GUNICORN_MAX_REQUESTS \
  CSRF_TRUSTED_ORIGINS REDIS_URL PAGE_CACHE_SECONDS FRAGMENT_CACHE_SECONDS TRUSTED_PROXY_COUNT

if [ "$db" = sqlite ]; then
  export DATABASE_URL="sqlite:///$work/bench.sqlite3"
else
  pg_isready -q -h "$pg_host" -p "$pg_port" || die "PostgreSQL does not answer on $pg_host:$pg_port"
  # A database of this name is only ever this script's: one left by a killed run goes.
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$pg_name"
  createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$pg_name"
  db_created=yes
  export DATABASE_URL="postgres://$pg_user@$pg_host:$pg_port/$pg_name"
fi

step "Database ($db), demo content, catalogues, static files"
quietly "$py" manage.py compile_catalogues
quietly "$py" manage.py migrate --no-input
quietly "$py" manage.py load_demo_content
# Into var/static (STATIC_ROOT), hashed and compressed as in production.
quietly "$py" manage.py collectstatic --no-input --verbosity 0

# --- gunicorn --------------------------------------------------------------------------------
port="" base=""

# Records, every second, each worker's RSS and peak RSS (VmHWM) while gunicorn runs:
# workers are replaced after max_requests (gunicorn.conf.py), so the workers alive at the
# end of a phase are not the only ones that served it.
sample_memory() {
  local master=$1 out=$2 pid
  while kill -0 "$master" 2>/dev/null; do
    for pid in $(pgrep -P "$master" || true); do
      awk -v pid="$pid" '$1 == "VmRSS:" { rss = $2 } $1 == "VmHWM:" { hwm = $2 }
        END { if (hwm) print pid, rss, hwm }' "/proc/$pid/status" 2>/dev/null || true
    done
    sleep 1
  done >>"$out"
}

# start_gunicorn PHASE [NAME=VALUE ...]: gunicorn with the project's configuration and the
# bench settings (the site plus /bench/ceiling/), on a free port, with the given settings.
start_gunicorn() {
  local phase=$1
  shift
  port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  base="http://127.0.0.1:$port"
  step "Phase '$phase': gunicorn -c focsite/gunicorn.conf.py bench.wsgi, $workers sync workers on $base${max_requests:+, GUNICORN_MAX_REQUESTS=$max_requests}${*:+, $*}"
  env "$@" ${max_requests:+GUNICORN_MAX_REQUESTS="$max_requests"} GUNICORN_BIND="127.0.0.1:$port" \
    .venv/bin/gunicorn -c focsite/gunicorn.conf.py bench.wsgi >"$work/gunicorn-$phase.log" 2>&1 &
  gunicorn_pid=$!
  local _
  for _ in $(seq 1 60); do
    kill -0 "$gunicorn_pid" 2>/dev/null || { cat "$work/gunicorn-$phase.log" >&2; die "gunicorn exited"; }
    curl -fsS -o /dev/null --max-time 5 "$base/bench/ceiling/" 2>/dev/null && break
    sleep 0.5
  done
  curl -fsS -o /dev/null --max-time 5 "$base/bench/ceiling/" ||
    { cat "$work/gunicorn-$phase.log" >&2; die "no answer from $base/bench/ceiling/"; }
  : >"$work/memory-samples-$phase.txt"
  sample_memory "$gunicorn_pid" "$work/memory-samples-$phase.txt" &
  sampler_pid=$!
}

# Checks that every page (and the ceiling) answers 200.
check_pages() {
  local entry path code failed=0
  for entry in "${measured[@]}"; do
    path="${entry##*|}"
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base$path" || true)"
    if [ "$code" != 200 ]; then
      echo "  $path: $code" >&2
      failed=1
    fi
  done
  [ "$failed" = 0 ] || { tail -n 40 "$work/gunicorn-$phase.log" >&2; die "some pages do not answer 200"; }
}

# Reads the workers' memory while this gunicorn still runs, then stops it.
end_phase() {
  local phase=$1
  "$py" bench/report.py memory --master-pid "$gunicorn_pid" --phase "$phase" \
    --samples "$work/memory-samples-$phase.txt" >>"$work/memory.jsonl"
  stop_gunicorn
}

# When wrk stops, up to its connections' requests are still queued at gunicorn, whose sync
# workers serve them all the same: one more request, queued behind them, waits until they
# are done, so that they do not slow the next measurement down.
drain() { curl -s -o /dev/null --max-time 120 "$base$css" || true; }

# Requests a page enough times that it is most probably in each worker's cache (the cache
# is each process's own memory, and which worker takes a request is up to them).
prime() {
  local _
  for _ in $(seq 1 $((2 * workers))); do
    curl -s -o /dev/null --max-time 30 "$base$1" || true
  done
}

# measure PHASE: the ceiling, every page, the stylesheet, the ceiling again.
measure() {
  local phase=$1 entry kind name path line i=0 total=${#measured[@]}
  step "Phase '$phase': $total measurements, ${warmup}s warm-up + ${duration}s each, $connections connections, $threads wrk thread(s)"
  for entry in "${measured[@]}"; do
    i=$((i + 1))
    kind="${entry%%|*}" name="${entry#*|}" path="${entry##*|}"
    name="${name%|*}"
    printf '  [%2d/%d] %-24s %s\n' "$i" "$total" "$name" "$path"
    [ "$phase" != cached ] || prime "$path"
    if [ "$warmup" -gt 0 ]; then
      timeout $((warmup + 30)) wrk -t1 -c"$connections" -d"${warmup}s" --timeout 10s \
        "$base$path" >/dev/null
      drain
    fi
    timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s \
      -s bench/report.lua "$base$path" >"$work/wrk.out"
    drain
    line="$(grep '^{' "$work/wrk.out" | tail -n 1)" || { cat "$work/wrk.out" >&2; die "no result"; }
    printf '{"phase": "%s", "kind": "%s", "page": "%s", "path": "%s", "wrk": %s}\n' \
      "$phase" "$kind" "$name" "$path" "$line" >>"$work/runs.jsonl"
  done
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
phase_load() { # phase before|after
  printf '{"phase": "%s", "%s": "%s"}\n' "$1" "$2" "$(load)" >>"$work/load.jsonl"
}

: >"$work/runs.jsonl"
: >"$work/memory.jsonl"
: >"$work/load.jsonl"
: >"$work/queries.jsonl"
load_before="$(load)"
started=$SECONDS

# --- pages: name|path ----------------------------------------------------------------------
all_pages=(
  "home|/en/"
  "members|/en/members/"
  "member|/en/members/netherlands/"
  "advisory network|/en/advisory-network/"
  "task forces|/en/task-forces-and-working-groups/"
  "task force|/en/task-forces-and-working-groups/tfis/"
  "conferences|/en/conferences/"
  "conference|/en/conferences/freedom-online-conference-2021/"
  "partnerships|/en/partnerships/"
  "partnership|/en/partnerships/digital-defenders-partnership/"
  "documents|/en/documents/"
  "documents, one kind|/en/documents/?kind=joint-statement"
  "document|/en/documents/joint-statement-hrc-58/"
  "news|/en/news/"
  "news item|/en/news/colombia-becomes-41st-member/"
  "page (multistakeholder)|/en/multistakeholder-collaboration/"
  "members (Arabic)|/ar/members/"
  "search|/en/search/?q=agenda"
)
pages=() page_paths=()
for entry in "${all_pages[@]}"; do
  if [ -z "$only" ] || grep -Eq -- "$only" <<<"${entry%%|*}"; then
    pages+=("$entry")
    page_paths+=("${entry#*|}")
  fi
done

# --- one request at a time, in one process: queries and time per page ---------------------
if [ "${#page_paths[@]}" -gt 0 ]; then
  step "Queries and time of one request per page, in one process (bench/queries.py)"
  "$py" bench/queries.py "${page_paths[@]}" >"$work/queries.jsonl" 2>"$work/step.log" ||
    { tail -n 40 "$work/step.log" >&2; die "bench/queries.py failed"; }
fi

# --- phase 1: cached ---------------------------------------------------------------------------
phase=cached
start_gunicorn "$phase"

# The stylesheet's hashed name, from the manifest, as the home page links it.
css="$(curl -fsS --max-time 10 "$base/en/" | grep -o '<link rel="stylesheet" href="[^"]*"' |
  head -n 1 | sed 's/.*href="//; s/"$//' || true)"
[ -n "$css" ] || die "no stylesheet link found on /en/"
[[ "$css" =~ \.[0-9a-f]{12}\.css$ ]] || echo "note: $css has no hashed name (no manifest?)" >&2

# What each phase measures, kind|name|path: the ceiling first and last, every page, and the
# stylesheet as a reference (not a page).
measured=("ceiling|ceiling (start)|/bench/ceiling/" "floor|floor (start)|/bench/floor/")
for entry in "${pages[@]}"; do measured+=("page|$entry"); done
if [ -z "$only" ] || grep -Eq -- "$only" <<<"stylesheet (static)"; then
  measured+=("static|stylesheet (static)|$css")
fi
measured+=("floor|floor (end)|/bench/floor/" "ceiling|ceiling (end)|/bench/ceiling/")
[ "${#measured[@]}" -gt 4 ] || die "--only '$only' matches no page"

step "Checking that each page answers 200"
check_pages
phase_load "$phase" before
measure "$phase"
phase_load "$phase" after
end_phase "$phase"

# --- phase 2: endurance --------------------------------------------------------------------------
if [ "$endurance" -gt 0 ] && [ "${#page_paths[@]}" -gt 0 ]; then
  phase=endurance
  start_gunicorn "$phase"
  for path in "${page_paths[@]}"; do prime "$path"; done
  phase_load "$phase" before
  step "Phase '$phase': ${endurance}s, $endurance_connections connections, ${#page_paths[@]} pages in turn"
  timeout $((endurance + 30)) wrk -t"$threads" -c"$endurance_connections" -d"${endurance}s" \
    --timeout 10s -s bench/mix.lua "$base" -- "${page_paths[@]}" >"$work/wrk.out"
  drain
  phase_load "$phase" after
  line="$(grep '^{' "$work/wrk.out" | tail -n 1)" || { cat "$work/wrk.out" >&2; die "no result"; }
  printf '{"phase": "%s", "kind": "mix", "page": "%d pages in turn", "path": "%s", "wrk": %s}\n' \
    "$phase" "${#page_paths[@]}" "${page_paths[*]}" "$line" >>"$work/runs.jsonl"
  end_phase "$phase"
fi

# --- phase 3: uncached (fragment caches stay on) -------------------------------------------------
phase=uncached
start_gunicorn "$phase" PAGE_CACHE_SECONDS=0
check_pages
phase_load "$phase" before
measure "$phase"
phase_load "$phase" after
end_phase "$phase"

# --- phase 4 (--cold): neither page nor fragment caches ------------------------------------------
if [ -n "$cold" ]; then
  phase=cold
  start_gunicorn "$phase" PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0
  check_pages
  phase_load "$phase" before
  measure "$phase"
  phase_load "$phase" after
  end_phase "$phase"
fi
load_after="$(load)"

# --- report ------------------------------------------------------------------------------------
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git --no-optional-locks status --porcelain 2>/dev/null)" ] || commit="$commit+changes"
if [ "$db" = postgres ]; then
  db_version="$(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_name" -Atc 'show server_version' | cut -d' ' -f1)"
else
  db_version="$("$py" -c 'import sqlite3; print(sqlite3.sqlite_version)')"
fi
echo
"$py" bench/report.py report "$work/runs.jsonl" --memory "$work/memory.jsonl" \
  --load "$work/load.jsonl" --queries "$work/queries.jsonl" --out-dir bench/results \
  --meta "db=$db" --meta "version=$db_version" --meta "duration=${duration}s" \
  --meta "warm-up=${warmup}s" --meta "connections=$connections" \
  --meta "gunicorn workers=$workers (sync)" --meta "wrk threads=$threads" \
  --meta "endurance=${endurance}s" --meta "endurance connections=$endurance_connections" \
  --meta "only=$only" --meta "max requests per worker=$max_requests" --meta "cores=$(nproc)" \
  --meta "load average before=$load_before" --meta "load average after=$load_after" \
  --meta "elapsed=$(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s" \
  --meta "commit=$commit" --meta "settings=$DJANGO_SETTINGS_MODULE" \
  --meta "command=$command_line"

# --- the cache in front: Varnish, cached pages against a static file (bench/front.sh) -------
if [ -n "$front" ]; then
  if command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; then
    step "Varnish in front (bench/front.sh --duration $duration): cached pages against a static file"
    bash bench/front.sh --duration "$duration" --connections "$connections"
  else
    echo "Varnish is not installed: the front cache was not measured (apt-get install varnish varnish-modules)."
  fi
fi
