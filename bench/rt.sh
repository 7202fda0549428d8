#!/usr/bin/env bash
# Request Tracker 5 for comparison (called by startup.sh --with-rt): bench/rt.sh PORT REQUESTS WORKDIR
# Installs Debian's request-tracker5 with the SQLite backend and its standalone server if missing,
# starts /usr/share/request-tracker5/libexec/rt-server (Plack, Starlet prefork: a parent and workers),
# measures the time to the first 200 of an authenticated REST 2 call, memory after start and after
# REQUESTS x GET /REST/2.0/user/root with HTTP basic auth, and prints one Markdown table row.
# Memory of RT is a process tree: reported as the sum of PSS (shared pages counted once, split
# between the processes sharing them) and, for reference, the naive sum of RSS.
# With RT_TICKETS=N it also creates N tickets over REST 2 with 2 clients (for bench/intake.sh's comparison):
#   RT_TICKETS=200 bench/rt.sh 18080 0 "$(mktemp -d)"
set -euo pipefail
PORT=$1 REQUESTS=$2 WORK=$3
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_PASSWORD=bench-root-password

if [ ! -x "$RT_SERVER" ] || ! dpkg-query -W -f='${Status}' rt5-db-sqlite 2>/dev/null | grep -q "ok installed"; then
  echo "installing request-tracker5 (SQLite, standalone server)" >&2
  debconf-set-selections <<PRESEED
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/rtname string rt.bench.local
request-tracker5 request-tracker5/initial-root-password password $RT_PASSWORD
request-tracker5 request-tracker5/install-cronjobs boolean false
PRESEED
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends request-tracker5 rt5-standalone rt5-db-sqlite dbconfig-sqlite3 >&2
fi

tree_pids() { echo "$1"; ps -o pid= --ppid "$1" | tr -d ' '; }
pss_mb() { local t=0 p; for p in $(tree_pids "$1"); do
    t=$(( t + $(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) )); done
  echo $(( t / 1024 )); }
rss_sum_mb() { local t=0 p; for p in $(tree_pids "$1"); do
    t=$(( t + $(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0) )); done
  echo $(( t / 1024 )); }
now_ms() { date +%s%3N; }

URL="http://127.0.0.1:$PORT/REST/2.0/user/root"
START=$(now_ms)
"$RT_SERVER" --port "$PORT" > "$WORK/rt.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
deadline=$(( $(date +%s) + 120 ))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -u "root:$RT_PASSWORD" "$URL" || true)" = 200 ]; do
  if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$PID" 2>/dev/null; then
    echo "RT did not answer 200 on $URL; log:" >&2; tail -n 20 "$WORK/rt.log" >&2; exit 1
  fi
  sleep 0.1
done
READY_MS=$(( $(now_ms) - START ))
sleep 2
WORKERS=$(( $(tree_pids "$PID" | wc -l) - 1 ))
PSS_START=$(pss_mb "$PID"); RSS_START=$(rss_sum_mb "$PID")

config="$WORK/rt-curl.conf"
{
  echo "user = \"root:$RT_PASSWORD\""
  echo "silent"
  echo "write-out = \"%{http_code}\\n\""
  for _ in $(seq 1 "$REQUESTS"); do echo "url = \"$URL\""; echo "output = /dev/null"; done
} > "$config"
t0=$(now_ms)
OK=$(curl --config "$config" | grep -c '^200$' || true)
ELAPSED=$(( $(now_ms) - t0 ))
PSS_AFTER=$(pss_mb "$PID"); RSS_AFTER=$(rss_sum_mb "$PID")

# RT_TICKETS=N: also N tickets created over REST 2 by 2 curl clients in parallel (the report intake's comparison)
TICKETS=${RT_TICKETS:-0}
if [ "$TICKETS" -gt 0 ]; then
  for c in a b; do
    # one block per request, separated by "next" (options, data above all, do not carry over between blocks)
    for i in $(seq 1 $(( TICKETS / 2 ))); do
      [ "$i" -gt 1 ] && echo "next"
      echo "url = \"http://127.0.0.1:$PORT/REST/2.0/ticket\""
      echo "user = \"root:$RT_PASSWORD\""
      echo "header = \"Content-Type: application/json\""
      echo "data = \"{\\\"Queue\\\":\\\"General\\\",\\\"Subject\\\":\\\"Phishing report $c-$i\\\",\\\"Content\\\":\\\"Received a mail asking to log in\\\"}\""
      echo "output = /dev/null"
      echo "write-out = \"%{http_code}\\n\""
      echo "silent"
    done > "$WORK/rt-tickets-$c.conf"
  done
  t0=$(now_ms)
  curl --config "$WORK/rt-tickets-a.conf" > "$WORK/rt-tickets-a.out" &
  FIRST=$!
  curl --config "$WORK/rt-tickets-b.conf" > "$WORK/rt-tickets-b.out"
  wait "$FIRST" || true
  T_ELAPSED=$(( $(now_ms) - t0 ))
  T_OK=$(cat "$WORK/rt-tickets-a.out" "$WORK/rt-tickets-b.out" | grep -c '^201$' || true)
  echo "RT ticket creation over REST 2, 2 clients: ${T_OK}/${TICKETS} in ${T_ELAPSED} ms = $(awk -v n="$T_OK" -v ms="$T_ELAPSED" 'BEGIN { printf "%.1f", n * 1000 / ms }') tickets/s"
fi

echo "| Request Tracker 5.0.3 (rt-server, $WORKERS workers, SQLite) | ${READY_MS} ms | ${PSS_START} MB PSS (${RSS_START} MB RSS summed) | ${OK}/${REQUESTS} in ${ELAPSED} ms | ${PSS_AFTER} MB PSS (${RSS_AFTER} MB RSS summed) |"
