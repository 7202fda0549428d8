#!/usr/bin/env bash
# Incident list and full-text search under load (issue: p99 <= 150 ms with 100,000 incidents and
# 20 concurrent clients, on H2 and on PostgreSQL).
#
# Builds nothing: it expects target/yagura.jar (mvn -q -B -DskipTests package).
#   bench/incidents.sh                  embedded H2 in a temporary data directory
#   bench/incidents.sh --postgres       a fresh schema in the PostgreSQL at 127.0.0.1:5432 (db test)
#   N=20000 CLIENTS=20 DURATION=30 WARMUP=60 bench/incidents.sh
#
# 1. `java -jar target/yagura.jar generate incidents N` fills the database (Japanese and English titles,
#    2-8 journal entries and 1-4 tasks per incident, 10,000 per year) and builds the full-text index;
# 2. the server starts on that data; WARMUP seconds (default 60) of each workload first, so that the JIT has
#    compiled the hot paths (a server runs for days; the first minute says little about it);
# 3. wrk with bench/urls.lua (bench/Load.java without wrk) runs CLIENTS closed-loop clients for DURATION
#    seconds against the filtered, paginated list
#    (five filter combinations and a second page), then against full-text searches (Japanese words
#    inside compounds, English words, an IP address). Latency is measured per request by the client.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/yagura.jar
N=${N:-100000}
CLIENTS=${CLIENTS:-20}
SECONDS_PER_RUN=${DURATION:-30}  # not SECONDS: bash keeps its own clock in that name
WARMUP=${WARMUP:-60}
PG=false
[ "${1:-}" = "--postgres" ] && PG=true
[ -f "$JAR" ] || { echo "$JAR not found: mvn -q -B -DskipTests package" >&2; exit 1; }
WORK=$(mktemp -d /tmp/yagura-incidents.XXXXXX)
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
ENV=(YAGURA_DATA_DIR="$WORK/data" YAGURA_ADMIN_PASSWORD=Bench-Password-1234567 YAGURA_BOOTSTRAP_TOKEN="$TOKEN")
DB_LABEL="H2 (embedded)"
if [ "$PG" = true ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $SCHEMA"
  ENV+=(YAGURA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" YAGURA_DB_USER=postgres YAGURA_DB_PASSWORD=)
  DB_LABEL="PostgreSQL 15"
fi

echo "generating $N incidents ($DB_LABEL)…" >&2
env "${ENV[@]}" java -jar "$JAR" generate incidents "$N" 2>&1 | grep -E "^(generated|indexed)" >&2

env "${ENV[@]}" SERVER_PORT="$PORT" java -jar "$JAR" > "$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
BASE="http://127.0.0.1:$PORT/api/v1/incidents"
AUTH="Authorization: Bearer $TOKEN"
NEXT=$(curl -sf -H "$AUTH" "$BASE?queue=ALL&limit=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
cat > "$WORK/list.txt" <<URLS
$BASE?queue=OPEN&limit=50
$BASE?queue=ALL&classKey=fraud&limit=50
$BASE?queue=ALL&priority=P2&tlp=AMBER&limit=50
$BASE?queue=RECENTLY_CLOSED&limit=50
$BASE?queue=ALL&constituency=Finance&from=2020-01-01T00:00:00Z&limit=50
$BASE?queue=ALL&limit=50&cursor=$NEXT
URLS
enc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
cat > "$WORK/search.txt" <<URLS
$BASE?queue=ALL&limit=50&q=$(enc 侵害)
$BASE?queue=ALL&limit=50&q=$(enc 漏えい)
$BASE?queue=ALL&limit=50&q=phishing
$BASE?queue=OPEN&limit=50&q=$(enc "C2サーバ")
$BASE?queue=ALL&limit=50&q=198.51.100.7
$BASE?queue=ALL&limit=50&q=$(enc "メモリダンプ")
URLS
# load URL_FILE SECONDS: wrk (apt-get install wrk) when present, which leaves the two cores to the server
# (bench/Load.java, the fallback, takes about 0.6 of a core at 350 requests/s)
load() {
  if command -v wrk >/dev/null; then
    sed "s#^http://127.0.0.1:$PORT##" "$1" > "$1.paths"
    wrk -t2 -c"$CLIENTS" -d"$2"s --timeout 10s -s bench/urls.lua -H "$AUTH" "http://127.0.0.1:$PORT" -- "$1.paths" | tail -1
  else
    java bench/Load.java "$1" "$CLIENTS" "$2" "$AUTH"
  fi
}
CLIENT=$(command -v wrk >/dev/null && echo "wrk" || echo "bench/Load.java")
load "$WORK/list.txt" "$WARMUP" >/dev/null
load "$WORK/search.txt" "$WARMUP" >/dev/null
LIST=$(load "$WORK/list.txt" "$SECONDS_PER_RUN")
SEARCH=$(load "$WORK/search.txt" "$SECONDS_PER_RUN")
row() { echo "$2" | awk -v what="$1" -v db="$DB_LABEL" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
  printf "| %s | %s | %s | %s | %s | %s ms | %s ms | %s ms |\n", db, what, v["requests"], v["errors"], v["throughput"], v["p50"], v["p95"], v["p99"] }'; }
echo "| database | workload ($N incidents, $CLIENTS clients of $CLIENT, ${SECONDS_PER_RUN} s) | requests | errors | throughput | p50 | p95 | p99 |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
row "filtered, paginated list" "$LIST"
row "full-text search" "$SEARCH"
