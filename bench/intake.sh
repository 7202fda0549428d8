#!/usr/bin/env bash
# Report intake throughput (issue: single POST /api/v1/reports >= 500 reports/s with 2 clients,
# bulk >= 5,000 reports/s), durably: every 2xx is answered after the commit.
#
# Builds nothing: it expects target/yagura.jar (mvn -q -B -DskipTests package).
#   bench/intake.sh                     embedded H2 in a temporary data directory
#   bench/intake.sh --postgres          a fresh schema in the PostgreSQL at 127.0.0.1:5432 (db test)
#   SINGLE=4000 BULK_CALLS=40 bench/intake.sh
#
# Single: SINGLE reports split over 2 curl processes, each one kept-alive connection, run in parallel.
# Bulk: BULK_CALLS calls of 1,000 reports each from one client. A warm-up of 500 single and 2 bulk
# calls runs first and is not counted. Prints a Markdown table.
# With wrk installed (apt-get install wrk) the single reports come from wrk and bench/reports.lua instead:
# 2 connections, WARMUP seconds (default 60) not counted, then DURATION seconds (default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/yagura.jar
SINGLE=${SINGLE:-4000}
BULK_CALLS=${BULK_CALLS:-20}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
PG=false
[ "${1:-}" = "--postgres" ] && PG=true
[ -f "$JAR" ] || { echo "$JAR not found: mvn -q -B -DskipTests package" >&2; exit 1; }

WORK=$(mktemp -d /tmp/yagura-intake.XXXXXX)
PORT=$(( 20000 + RANDOM % 20000 ))
TOKEN="ygr_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SCHEMA="bench_$(date +%s)"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ "$PG" = true ] && psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }

DB_ENV=()
DB_LABEL="H2 (embedded)"
if [ "$PG" = true ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $SCHEMA"
  DB_ENV=(YAGURA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" YAGURA_DB_USER=postgres YAGURA_DB_PASSWORD=)
  DB_LABEL="PostgreSQL 15"
fi
env "${DB_ENV[@]}" SERVER_PORT=$PORT YAGURA_DATA_DIR="$WORK/data" YAGURA_ADMIN_PASSWORD="Bench-Watchtower-Pass-1" \
  YAGURA_BOOTSTRAP_TOKEN="$TOKEN" java ${JAVA_OPTS:-} -jar "$JAR" > "$WORK/yagura.log" 2>&1 &
PID=$!
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true)" = 200 ] && break
  sleep 0.05
done

# single_config FILE N TAG: N single-report POSTs in one curl config
single_config() {
  : > "$1"
  for i in $(seq 1 "$2"); do
    [ "$i" -gt 1 ] && echo next >> "$1"
    printf 'url = "http://127.0.0.1:%s/api/v1/reports"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata = "{\\"reporter\\":\\"bench-%s\\",\\"summary\\":\\"Phishing report %s-%s\\",\\"body\\":\\"Received a mail asking to log in at hxxp://example[.]test/%s\\"}"\noutput = /dev/null\nwrite-out = "%%{http_code}\\n"\nsilent\n' \
      "$PORT" "$TOKEN" "$3" "$3" "$i" "$i" >> "$1"
  done
}
# bulk_body FILE TAG: one JSON array of 1,000 reports
bulk_body() {
  { printf '['
    for i in $(seq 1 1000); do
      [ "$i" -gt 1 ] && printf ','
      printf '{"reporter":"sensor-%s","summary":"IDS alert %s","source":"bench-%s","externalReference":"%s-%s","body":"ET POLICY suspicious outbound connection"}' "$2" "$i" "$2" "$2" "$i"
    done
    printf ']'; } > "$1"
}
count_2xx() { grep -cE '^20[01]$' "$1" || true; }

single_config "$WORK/warm.conf" 500 warm
curl -s --config "$WORK/warm.conf" > /dev/null
for w in 1 2; do bulk_body "$WORK/warm-$w.json" "warm$w"; curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "@$WORK/warm-$w.json" "http://127.0.0.1:$PORT/api/v1/reports/bulk"; done

if command -v wrk >/dev/null; then
  # wrk: WARMUP seconds not counted (the JIT needs about a minute), then DURATION seconds with 2 connections
  wrk -t2 -c2 -d"${WARMUP}s" --timeout 10s -s bench/reports.lua -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT" -- warm > /dev/null
  line=$(wrk -t2 -c2 -d"${DURATION}s" --timeout 10s -s bench/reports.lua -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT" -- run | tail -1)
  SINGLE=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$line")
  SINGLE_OK=$(( SINGLE - $(sed -E 's/.*errors=([0-9]+).*/\1/' <<< "$line") ))
  SINGLE_MS=$(( DURATION * 1000 ))
  echo "wrk, 2 connections: $line"
  # the audit entries are written after the answers: how long until the trail has caught up
  DONE_MS=$(now_ms)
  previous=-1
  while :; do
    entries=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/audit/verify" \
      | sed -E 's/.*"entries":([0-9]+).*/\1/')
    [ "$entries" = "$previous" ] && break
    previous=$entries
    sleep 1
  done
  echo "audit trail: $entries entries, intact and stable $(( $(now_ms) - DONE_MS - 1000 )) ms after the load stopped"
else
  HALF=$(( SINGLE / 2 ))
  single_config "$WORK/a.conf" "$HALF" a
  single_config "$WORK/b.conf" "$HALF" b
  START=$(now_ms)
  curl -s --config "$WORK/a.conf" > "$WORK/a.out" &
  A=$!
  curl -s --config "$WORK/b.conf" > "$WORK/b.out" &
  B=$!
  wait $A $B
  SINGLE_MS=$(( $(now_ms) - START ))
  SINGLE_OK=$(( $(count_2xx "$WORK/a.out") + $(count_2xx "$WORK/b.out") ))
fi

for c in $(seq 1 "$BULK_CALLS"); do bulk_body "$WORK/bulk-$c.json" "run$c-$RANDOM"; done
START=$(now_ms)
BULK_OK=0
for c in $(seq 1 "$BULK_CALLS"); do
  created=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary "@$WORK/bulk-$c.json" "http://127.0.0.1:$PORT/api/v1/reports/bulk" | grep -o '"status":"created"' | wc -l)
  BULK_OK=$(( BULK_OK + created ))
done
BULK_MS=$(( $(now_ms) - START ))

echo "== $(java -version 2>&1 | head -n 1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); database: $DB_LABEL"
echo
echo "| database | single POST, 2 clients | bulk, 1,000 per call |"
echo "| --- | ---: | ---: |"
printf '| %s | %s/%s in %s ms = **%s reports/s** | %s/%s in %s ms = **%s reports/s** |\n' "$DB_LABEL" \
  "$SINGLE_OK" "$SINGLE" "$SINGLE_MS" "$(( SINGLE_OK * 1000 / (SINGLE_MS > 0 ? SINGLE_MS : 1) ))" \
  "$BULK_OK" "$(( BULK_CALLS * 1000 ))" "$BULK_MS" "$(( BULK_OK * 1000 / (BULK_MS > 0 ? BULK_MS : 1) ))"
