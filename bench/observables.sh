#!/usr/bin/env bash
# Observables: bulk insertion, bulk match and correlation panel latency (issue 4).
#
# Builds nothing: it expects target/yagura.jar (mvn -q -B -DskipTests package).
#   bench/observables.sh                 N=100000 observables, embedded H2 in a temporary data directory
#   N=10000000 bench/observables.sh --postgres    a fresh schema in the PostgreSQL at 127.0.0.1:5432 (db test)
#
# 1. `java -jar yagura.jar observables generate N MATCH_FILE` (no server running): stores N synthetic values
#    (IPv4, domain, SHA-256 in turn) through ObservableService in transactions of 10,000, then the same rows with a
#    plain JDBC batch into a scratch table; then a plain SQL join of 100,000 values (10 % stored) as the baseline.
# 2. Starts the server and links a few stored values to three reports.
# 3. POST /api/v1/observables/match with the 100,000 values, end to end over HTTP (RUNS times, after one warm-up).
# 4. The correlation fragment of a report (GET /observables/records/report/KEY/correlation), 50 times after 5 warm-ups;
#    with wrk installed also 20 concurrent clients for DURATION seconds (default 30) after a 10 s warm-up.
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/yagura.jar
N=${N:-100000}
RUNS=${RUNS:-3}
PG=false
[ "${1:-}" = "--postgres" ] && PG=true
[ -f "$JAR" ] || { echo "$JAR not found: mvn -q -B -DskipTests package" >&2; exit 1; }

WORK=$(mktemp -d /tmp/yagura-observables.XXXXXX)
PORT=$(( 20000 + RANDOM % 20000 ))
TOKEN="ygr_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SCHEMA="bench_obs_$(date +%s)"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && { wait "$PID" 2>/dev/null || true; }
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
  DB_LABEL="PostgreSQL"
fi
ENV=("${DB_ENV[@]}" YAGURA_DATA_DIR="$WORK/data" YAGURA_ADMIN_PASSWORD="Bench-Watchtower-Pass-1" YAGURA_BOOTSTRAP_TOKEN="$TOKEN")

echo "Generating $N observables ($DB_LABEL) ..." >&2
GEN=$(env "${ENV[@]}" java ${JAVA_OPTS:-} -jar "$JAR" observables generate "$N" "$WORK/match.json" | grep -E '^(insert|plain)')
echo "$GEN" >&2

env "${ENV[@]}" SERVER_PORT=$PORT java ${JAVA_OPTS:-} -jar "$JAR" > "$WORK/yagura.log" 2>&1 &
PID=$!
for _ in $(seq 1 2400); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" || true)" = 200 ] && break
  sleep 0.05
done
API="http://127.0.0.1:$PORT/api/v1"
AUTH="Authorization: Bearer $TOKEN"
report() {
  curl -s -H "$AUTH" -H 'Content-Type: application/json' -d '{"reporter":"bench","summary":"observables bench"}' "$API/reports" | jq -r .key
}
A=$(report); B=$(report); C=$(report)
# values 0 (1.0.0.0), 1 (d1.bench…) and 3 (1.0.0.3) were stored by the generator; 1.0.0.0/24 relates by containment
curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' "$API/observables/records/report/$A" \
  -d '[{"value":"1.0.0.0"},{"value":"d1.bench.yagura-test.jp"},{"type":"cidr","value":"1.0.0.0/24"}]'
curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' "$API/observables/records/report/$B" \
  -d '[{"value":"1.0.0.0"},{"value":"d1.bench.yagura-test.jp"}]'
curl -s -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' "$API/observables/records/report/$C" \
  -d '[{"value":"1.0.0.3"},{"value":"https://d1.bench.yagura-test.jp/login"}]'

match() {
  curl -s -o "$WORK/match-result.json" -w '%{http_code} %{time_total}\n' -H "$AUTH" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/match.json" "$API/observables/match"
}
match > /dev/null
MATCH_TIMES=()
for _ in $(seq 1 "$RUNS"); do
  read -r code secs < <(match)
  [ "$code" = 200 ] || { echo "match answered $code" >&2; exit 1; }
  MATCH_TIMES+=("$secs")
done
KNOWN=$(jq '[.results[] | select(.known)] | length' "$WORK/match-result.json")
WITH_RECORDS=$(jq '[.results[] | select(.records | length > 0)] | length' "$WORK/match-result.json")

panel() { curl -s -o /dev/null -w '%{time_total}\n' -H "$AUTH" -H 'HX-Request: true' "http://127.0.0.1:$PORT/observables/records/report/$C/correlation"; }
for _ in 1 2 3 4 5; do panel > /dev/null; done
PANEL=$(for _ in $(seq 1 50); do panel; done | sort -n)
P50=$(echo "$PANEL" | sed -n 25p)
P95=$(echo "$PANEL" | sed -n 48p)
RELATED=$(curl -s -H "$AUTH" "$API/observables/records/report/$C/correlation" | jq '.records | length')
# the issue's measure: 20 concurrent clients (wrk with bench/urls.lua, 10 s warm-up, then DURATION seconds)
CONCURRENT="wrk not installed (apt-get install wrk)"
if command -v wrk >/dev/null; then
  echo "/observables/records/report/$C/correlation" > "$WORK/panel.paths"
  wrk -t2 -c20 -d10s --timeout 10s -s bench/urls.lua -H "$AUTH" -H 'HX-Request: true' "http://127.0.0.1:$PORT" -- "$WORK/panel.paths" > /dev/null
  CONCURRENT=$(wrk -t2 -c20 -d"${DURATION:-30}"s --timeout 10s -s bench/urls.lua -H "$AUTH" -H 'HX-Request: true' \
    "http://127.0.0.1:$PORT" -- "$WORK/panel.paths" | tail -1)
fi

ms() { awk -v s="$1" 'BEGIN { printf "%d", s * 1000 }'; }
echo
echo "| measure ($DB_LABEL, N = $N) | result |"
echo "| --- | --- |"
echo "$GEN" | sed -n 1p | sed 's/^/| /; s/: service/ | service/; s/$/ |/'
echo "$GEN" | sed -n 2p | sed 's/^/| /; s/: / (baseline for the match) | /; s/$/ |/'
printf '| match 100,000 values end to end over HTTP (%s runs) | %s ms; %s stored, %s with records |\n' "$RUNS" \
  "$(for t in "${MATCH_TIMES[@]}"; do printf '%s ' "$(ms "$t")"; done)" "$KNOWN" "$WITH_RECORDS"
printf '| correlation fragment of a report (50 requests, one client) | p50 %s ms, p95 %s ms; %s related records |\n' "$(ms "$P50")" "$(ms "$P95")" "$RELATED"
printf '| correlation fragment, 20 concurrent clients (wrk) | %s |\n' "$CONCURRENT"
