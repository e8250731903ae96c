#!/usr/bin/env bash
# Benchmark: serves the site with gunicorn (DEBUG off, as in production) on a throwaway
# database holding the demo content, and measures one URL per page type with wrk.
# Not part of the tests or CI. See bench/README.md.
#
#   bash bench/run.sh [--db sqlite|postgres] [--duration 10] [--connections 16]
#                     [--workers 2] [--threads 1] [--warmup 1] [--only REGEX]
#
# --duration and --warmup are seconds per page; --threads is wrk's; --only keeps the pages
# whose name matches REGEX (grep -E). Results: printed, and written to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

db=sqlite duration=10 connections=16 workers=2 threads=1 warmup=1 only=""
pg_host=127.0.0.1 pg_port=5432 pg_user=postgres pg_name=focbench

usage() { sed -n '6,10p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }
step() { printf '==> %s\n' "$*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --db | --duration | --connections | --workers | --threads | --warmup | --only)
      [ $# -ge 2 ] || die "$1 needs a value"
      name="${1#--}"
      printf -v "$name" '%s' "$2"
      shift 2 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

case "$db" in sqlite | postgres) ;; *) die "--db is sqlite or postgres, not '$db'" ;; esac
for n in duration connections workers threads; do
  [[ "${!n}" =~ ^[1-9][0-9]*$ ]] || die "--$n must be a positive whole number"
done
[[ "$warmup" =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds"
# The load stays bounded: at most a minute per page and 256 connections, on 127.0.0.1 only.
[ "$duration" -le 60 ] || die "--duration is at most 60 seconds per page"
[ "$warmup" -le 10 ] || die "--warmup is at most 10 seconds per page"
[ "$connections" -le 256 ] || die "--connections is at most 256"
[ "$threads" -le "$connections" ] || die "--threads cannot exceed --connections"

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
gunicorn_pid="" db_created=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
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
    wait "$gunicorn_pid" 2>/dev/null || true
  fi
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
export DEBUG=false
export ALLOWED_HOSTS=127.0.0.1
SECRET_KEY="$("$py" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY
export MEDIA_ROOT="$work/media"
export LOG_LEVEL=WARNING
export CONN_MAX_AGE=60
unset GUNICORN_CMD_ARGS CSRF_TRUSTED_ORIGINS

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
settings_used=focsite.settings
quietly "$py" manage.py collectstatic --no-input --verbosity 0

# --- gunicorn --------------------------------------------------------------------------------
port="$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
step "gunicorn focsite.wsgi: $workers sync workers on $base"
.venv/bin/gunicorn focsite.wsgi --workers "$workers" --worker-class sync \
  --bind "127.0.0.1:$port" --timeout 30 --log-level warning \
  --error-logfile "$work/gunicorn.log" &
gunicorn_pid=$!
for _ in $(seq 1 60); do
  kill -0 "$gunicorn_pid" 2>/dev/null || { cat "$work/gunicorn.log" >&2; die "gunicorn exited"; }
  curl -fsS -o /dev/null --max-time 5 "$base/en/" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null --max-time 5 "$base/en/" || { cat "$work/gunicorn.log" >&2; die "no answer"; }

# The stylesheet's hashed name, from the manifest, as the home page links it.
css="$(curl -fsS --max-time 10 "$base/en/" | grep -o '<link rel="stylesheet" href="[^"]*"' |
  head -n 1 | sed 's/.*href="//; s/"$//' || true)"
[ -n "$css" ] || die "no stylesheet link found on /en/"
[[ "$css" =~ \.[0-9a-f]{12}\.css$ ]] || echo "note: $css has no hashed name (no manifest?)" >&2

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
  "stylesheet (static)|$css"
)
pages=()
for entry in "${all_pages[@]}"; do
  if [ -z "$only" ] || grep -Eq -- "$only" <<<"${entry%%|*}"; then pages+=("$entry"); fi
done
[ "${#pages[@]}" -gt 0 ] || die "--only '$only' matches no page"

step "Checking that each page answers 200"
failed=0
for entry in "${pages[@]}"; do
  path="${entry#*|}"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base$path" || true)"
  if [ "$code" != 200 ]; then
    echo "  $path: $code" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || { tail -n 40 "$work/gunicorn.log" >&2; die "some pages do not answer 200"; }

# --- measure -----------------------------------------------------------------------------------
total=${#pages[@]}
step "Measuring $total pages: ${warmup}s warm-up + ${duration}s each, $connections connections, $threads wrk thread(s)"
# When wrk stops, up to --connections requests it sent are still queued at gunicorn, whose
# sync workers serve them all the same: one more request, queued behind them, waits until
# they are done, so that they do not slow the next page down.
drain() { curl -s -o /dev/null --max-time 120 "$base$css" || true; }
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/runs.jsonl"
i=0
for entry in "${pages[@]}"; do
  i=$((i + 1))
  name="${entry%%|*}" path="${entry#*|}"
  printf '  [%2d/%d] %-24s %s\n' "$i" "$total" "$name" "$path"
  if [ "$warmup" -gt 0 ]; then
    timeout $((warmup + 30)) wrk -t1 -c"$connections" -d"${warmup}s" --timeout 10s \
      "$base$path" >/dev/null
    drain
  fi
  timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s \
    -s bench/report.lua "$base$path" >"$work/wrk.out"
  drain
  line="$(grep '^{' "$work/wrk.out" | tail -n 1)" || { cat "$work/wrk.out" >&2; die "no result"; }
  printf '{"page": "%s", "path": "%s", "wrk": %s}\n' "$name" "$path" "$line" >>"$work/runs.jsonl"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report (while gunicorn still runs: it reads the workers' memory) ---------------------------
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git --no-optional-locks status --porcelain 2>/dev/null)" ] || commit="$commit+changes"
if [ "$db" = postgres ]; then
  db_version="$(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_name" -Atc 'show server_version' | cut -d' ' -f1)"
else
  db_version="$("$py" -c 'import sqlite3; print(sqlite3.sqlite_version)')"
fi
echo
"$py" bench/report.py "$work/runs.jsonl" --master-pid "$gunicorn_pid" --out-dir bench/results \
  --meta "db=$db" --meta "version=$db_version" --meta "duration=${duration}s" \
  --meta "connections=$connections" --meta "gunicorn workers=$workers (sync)" \
  --meta "wrk threads=$threads" --meta "cores=$(nproc)" \
  --meta "load average before=$load_before" --meta "load average after=$load_after" \
  --meta "commit=$commit" --meta "settings=$settings_used"
