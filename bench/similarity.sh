#!/usr/bin/env bash
# Artifact similarity (issue 5, ADR 015): index query latency against a brute-force scan, and the index's recall.
#
# Builds nothing: it expects target/yagura.jar (mvn -q -B -DskipTests package).
#   bench/similarity.sh                      N=1000000 TLSH digests, embedded H2 in a temporary data directory
#   bench/similarity.sh --postgres           the same in a fresh schema of the PostgreSQL at 127.0.0.1:5432 (db test)
#   N=100000 QUERIES=200 BRUTE=20 bench/similarity.sh
#
# `java -jar yagura.jar artifacts similarity-bench N QUERIES BRUTE` (no server running):
# 1. generates N synthetic TLSH digests, 5 % of them in planted families of 20 near-duplicates (each variant
#    changes 1–60 bucket codes of the family's base by one, sometimes the checksum, length and ratio codes),
#    and stores them into the similarity index (artifact_similarity + artifact_tlsh_band) by JDBC batches;
# 2. QUERIES queries at TLSH distance <= 100 through the index (three quarters from planted families, a quarter
#    random digests), after 20 warm-ups: p50/p99 of the index lookup plus exact verification, in the JVM;
# 3. BRUTE of the same queries by scanning every stored digest from the database and comparing each;
# 4. recall: for each of the QUERIES, the index's answer against an exact comparison with all N digests.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/yagura.jar}
N=${N:-1000000}
QUERIES=${QUERIES:-200}
BRUTE=${BRUTE:-20}
PG=false
[ "${1:-}" = "--postgres" ] && PG=true
[ -f "$JAR" ] || { echo "$JAR not found: mvn -q -B -DskipTests package" >&2; exit 1; }

WORK=$(mktemp -d /tmp/yagura-similarity.XXXXXX)
SCHEMA="bench_sim_$(date +%s)"
cleanup() {
  [ "$PG" = true ] && psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

DB_ENV=()
DB_LABEL="H2 (embedded)"
if [ "$PG" = true ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE SCHEMA $SCHEMA"
  DB_ENV=(YAGURA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA&reWriteBatchedInserts=true" YAGURA_DB_USER=postgres YAGURA_DB_PASSWORD=)
  DB_LABEL="PostgreSQL"
fi
echo "Similarity benchmark: $N digests, $DB_LABEL ..." >&2
OUT=$(env "${DB_ENV[@]}" YAGURA_DATA_DIR="$WORK/data" YAGURA_ADMIN_PASSWORD="Bench-Watchtower-Pass-1" \
  java ${JAVA_OPTS:--Xmx3g} -jar "$JAR" artifacts similarity-bench "$N" "$QUERIES" "$BRUTE")
echo "$OUT" >&2
echo
echo "| measure ($DB_LABEL, N = $N) | result |"
echo "| --- | --- |"
echo "$OUT" | grep -E '^(fill|index|brute|recall)' | sed 's/: /| /; s/^/| /; s/$/ |/'
