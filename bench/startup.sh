#!/usr/bin/env bash
# Start-up and footprint benchmark of the embedded shape (DESIGN.md: ready <= 8 s, RSS <= 400 MB).
#
# Builds nothing: it expects target/yagura.jar (mvn -q -B -DskipTests package).
#   bench/startup.sh                 Yagura only
#   bench/startup.sh --with-rt       also Request Tracker 5 (Debian request-tracker5, SQLite) for comparison
#   bench/startup.sh --requests 5000 number of authenticated API requests (default 1000)
#   bench/startup.sh --with-minimal  also the floor of the stack: bench/minimal-spring (the same Spring Boot and
#                                    core starters, one entity, one endpoint; built here if missing), run as
#                                    java -jar and unpacked (java -Djarmode=tools extract)
#   bench/startup.sh --cds           Spring Boot's class-data-sharing recipe: the jar extracted
#                                    (java -Djarmode=tools extract) and a class-data-sharing archive
#                                    made by a training run (not timed) before the measured start
#   bench/startup.sh --aot           the same with a JDK 25 ahead-of-time cache (-XX:AOTCacheOutput, then
#                                    -XX:AOTCache); needs JDK 25 first on PATH
#   JAVA_OPTS="-XX:+UseSerialGC" bench/startup.sh   JVM options for Yagura (default: none)
#   YAGURA_UNPACK=false bench/startup.sh             the start before YaguraLauncher: classes from the nested jars
#
# Yagura starts on an empty temporary data directory with YAGURA_ADMIN_PASSWORD and
# YAGURA_BOOTSTRAP_TOKEN set, so the admin's API token is known. Measured: time from process start to
# the first 200 on /actuator/health, VmRSS after start, N x GET /api/v1/me with the bearer token (curl,
# one process, one kept-alive connection), VmRSS after the requests. Prints a Markdown table; the
# servers' logs are kept in target/bench/.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=target/yagura.jar
# free_port: the first port from a random start that nothing listens on
free_port() {
  local p=$(( 20000 + RANDOM % 20000 ))
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$(( p + 1 )); done
  echo "$p"
}
PORT=${PORT:-$(free_port)}
RT_PORT=${RT_PORT:-$(free_port)}
REQUESTS=1000
WITH_RT=false
WITH_MINIMAL=false
CDS=false
AOT=false
while [ $# -gt 0 ]; do
  case "$1" in
    --with-rt) WITH_RT=true ;;
    --with-minimal) WITH_MINIMAL=true ;;
    --cds) CDS=true ;;
    --aot) AOT=true ;;
    --requests) REQUESTS=$2; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

[ -f "$JAR" ] || { echo "$JAR not found: build it first with 'mvn -q -B -DskipTests package'" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

WORK=$(mktemp -d /tmp/yagura-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# wait_ready URL PID TIMEOUT_S: polls until URL answers 200; prints nothing, returns 1 on timeout/exit
wait_ready() {
  local url=$1 pid=$2 deadline=$(( $(date +%s) + $3 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true)" = "200" ] && return 0
    sleep 0.05
  done
  return 1
}

# send_requests URL AUTH_HEADER N: N GETs in one curl process (keep-alive); prints "<ok> <ms>"
send_requests() {
  local url=$1 header=$2 n=$3 config="$WORK/curl-$RANDOM.conf" start end
  {
    echo "header = \"$header\""
    echo "silent"
    echo "write-out = \"%{http_code}\\n\""
    for _ in $(seq 1 "$n"); do
      echo "url = \"$url\""
      echo "output = /dev/null"
    done
  } > "$config"
  start=$(now_ms)
  local codes
  codes=$(curl --config "$config" || true)
  end=$(now_ms)
  echo "$(grep -c '^200$' <<< "$codes" || true) $(( end - start )) $(grep -v '^200$' <<< "$codes" | sort | uniq -c | tr -s ' ' | tr '\n' ';' || true)"
}

RUN_JAR=$JAR
CDS_OPTS=""
LABEL="Yagura (embedded, H2), java -jar"
[ "${YAGURA_UNPACK:-}" = false ] && LABEL="Yagura (embedded, H2), java -jar with YAGURA_UNPACK=false (classes read from the nested jars)"
if [ "$CDS" = true ]; then
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
  RUN_JAR="$WORK/app/$(basename "$JAR")"
  YAGURA_DATA_DIR="$WORK/training-data" java -XX:ArchiveClassesAtExit="$WORK/app/yagura.jsa" \
    -Dspring.context.exit=onRefresh -jar "$RUN_JAR" > "$WORK/training.log" 2>&1 || true
  [ -f "$WORK/app/yagura.jsa" ] || { echo "CDS training run made no archive" >&2; tail -n 20 "$WORK/training.log" >&2; exit 1; }
  CDS_OPTS="-XX:SharedArchiveFile=$WORK/app/yagura.jsa"
  LABEL="Yagura (embedded, H2), extracted jar + CDS archive"
fi
if [ "$AOT" = true ]; then
  # JDK 24+ ahead-of-time cache (JEP 483/514/515): one training run writes the cache, later starts map it
  java -XX:AOTCacheOutput=/dev/null -version > /dev/null 2>&1 \
    || { echo "--aot needs a JDK with -XX:AOTCacheOutput (25 or later): put it first on PATH" >&2; exit 2; }
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
  RUN_JAR="$WORK/app/$(basename "$JAR")"
  YAGURA_DATA_DIR="$WORK/training-data" java -XX:AOTCacheOutput="$WORK/app/yagura.aot" \
    -Dspring.context.exit=onRefresh -jar "$RUN_JAR" > "$WORK/training.log" 2>&1 || true
  [ -f "$WORK/app/yagura.aot" ] || { echo "AOT training run made no cache" >&2; tail -n 20 "$WORK/training.log" >&2; exit 1; }
  CDS_OPTS="-XX:AOTCache=$WORK/app/yagura.aot"
  LABEL="Yagura (embedded, H2), extracted jar + AOT cache"
fi

echo "== $(java -version 2>&1 | head -n 1); $(nproc) cores; load average before: $(cut -d" " -f1-3 /proc/loadavg); jar $(du -h "$JAR" | cut -f1)"
TOKEN="ygr_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$WORK/yagura-data"
START=$(now_ms)
SERVER_PORT=$PORT YAGURA_DATA_DIR="$WORK/yagura-data" \
  YAGURA_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  YAGURA_BOOTSTRAP_TOKEN="$TOKEN" \
  java $CDS_OPTS ${JAVA_OPTS:-} -jar "$RUN_JAR" > "$WORK/yagura.log" 2>&1 &
SERVER_PID=$!
sleep 0.05
kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/yagura.log" >&2; exit 1; }
if ! wait_ready "http://127.0.0.1:$PORT/actuator/health" "$SERVER_PID" 120; then
  echo "Yagura did not become healthy; last lines of its log:" >&2
  tail -n 30 "$WORK/yagura.log" >&2
  exit 1
fi
READY_MS=$(( $(now_ms) - START ))
grep -q "started on port $PORT" "$WORK/yagura.log" || { echo "port $PORT answered, but not from our server" >&2; exit 1; }
sleep 2 # let start-up work that follows readiness settle before reading RSS
RSS_START=$(rss_mb "$SERVER_PID")
read -r OK ELAPSED OTHER <<< "$(send_requests "http://127.0.0.1:$PORT/api/v1/me" "Authorization: Bearer $TOKEN" "$REQUESTS")"
RSS_AFTER=$(rss_mb "$SERVER_PID")
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
mkdir -p target/bench && cp "$WORK/yagura.log" target/bench/yagura.log
echo "Spring: $(grep -o 'Started YaguraApplication in .*' target/bench/yagura.log || echo 'no start line')"

if [ "$OK" -lt "$REQUESTS" ]; then
  echo "note: only $OK of $REQUESTS API requests answered 200 (others: ${OTHER:-none});" \
       "is YAGURA_BOOTSTRAP_TOKEN implemented in this build?" >&2
fi

ROWS="| $LABEL${JAVA_OPTS:+, $JAVA_OPTS} | ${READY_MS} ms | ${RSS_START} MB | ${OK}/${REQUESTS} in ${ELAPSED} ms | ${RSS_AFTER} MB |"

# measure_minimal LABEL JAR: the minimal Spring Boot service, measured as Yagura is (HTTP basic auth)
measure_minimal() {
  local label=$1 jar=$2 port password start pid ready rss_start ok elapsed other rss_after
  port=$(free_port)
  password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  mkdir -p "$WORK/minimal-data-$port"
  start=$(now_ms)
  SERVER_PORT=$port DATA_DIR="$WORK/minimal-data-$port" BENCH_PASSWORD="$password" \
    java ${JAVA_OPTS:-} -jar "$jar" > "$WORK/minimal.log" 2>&1 &
  pid=$!
  SERVER_PID=$pid
  wait_ready "http://127.0.0.1:$port/actuator/health" "$pid" 120 || { tail -n 30 "$WORK/minimal.log" >&2; exit 1; }
  ready=$(( $(now_ms) - start ))
  sleep 2
  rss_start=$(rss_mb "$pid")
  read -r ok elapsed other <<< "$(send_requests "http://127.0.0.1:$port/api/v1/me" \
    "Authorization: Basic $(printf 'bench:%s' "$password" | base64 -w0)" "$REQUESTS")"
  rss_after=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  SERVER_PID=""
  echo "| $label | ${ready} ms | ${rss_start} MB | ${ok}/${REQUESTS} in ${elapsed} ms | ${rss_after} MB |"
}

if [ "$WITH_MINIMAL" = true ]; then
  MINIMAL_JAR=bench/minimal-spring/target/minimal-spring.jar
  [ -f "$MINIMAL_JAR" ] || mvn -q -B -f bench/minimal-spring/pom.xml -DskipTests package
  ROWS+=$'\n'"$(measure_minimal "minimal Spring Boot service (bench/minimal-spring), java -jar" "$MINIMAL_JAR")"
  java -Djarmode=tools -jar "$MINIMAL_JAR" extract --destination "$WORK/minimal" > /dev/null
  ROWS+=$'\n'"$(measure_minimal "minimal Spring Boot service, unpacked jar" "$WORK/minimal/minimal-spring.jar")"
fi

if [ "$WITH_RT" = true ]; then
  ROWS+=$'\n'"$(bash bench/rt.sh "$RT_PORT" "$REQUESTS" "$WORK")"
  cp "$WORK/rt.log" target/bench/rt.log
fi

echo
echo "| server | ready | RSS after start | ${REQUESTS} authenticated requests | RSS after requests |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "$ROWS"
echo
echo "budget (DESIGN.md): ready <= 8000 ms, RSS <= 400 MB"
