#!/usr/bin/env bash
# Analysis engine benchmark (DESIGN.md: all hashes and fuzzy hashes of a file in one read, faster than
# running the equivalent command-line tools one after another).
#
# Builds nothing: it expects target/classes (mvn -q -B -DskipTests compile).
#   bench/analysis.sh            generates target/bench/analysis-corpus (4 x 32 MiB random, 4 x 32 MiB base64 text)
#   bench/analysis.sh DIR        uses the regular files of DIR instead
#   ROUNDS=5 bench/analysis.sh   rounds per side (default 3); the best round counts
#
# Side 1, the tools, one after another over all files, page cache warm:
#   md5sum DIR/*; sha1sum DIR/*; sha256sum DIR/*; sha512sum DIR/*; ssdeep -s DIR/*; tlsh -r DIR
# Side 2: bench/analysis/ProfileBench.java, org.yagura.analysis.FileProfiler over the same files (one
# read per file computes all of the above plus entropy; two threads), after a 200 MB warm-up.
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
DIR=${1:-target/bench/analysis-corpus}
[ -d target/classes/org/yagura/analysis ] || { echo "compile first: mvn -q -B -DskipTests compile" >&2; exit 1; }
for tool in md5sum sha1sum sha256sum sha512sum ssdeep tlsh; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: coreutils, ssdeep, tlsh-tools)" >&2; exit 1; }
done
if [ $# -eq 0 ] && [ ! -d "$DIR" ]; then
  mkdir -p "$DIR"
  for i in 1 2 3 4; do
    head -c 33554432 /dev/urandom > "$DIR/random-$i"
    head -c 25165824 /dev/urandom | base64 > "$DIR/text-$i"
  done
fi
cat "$DIR"/* > /dev/null
BYTES=$(find "$DIR" -maxdepth 1 -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

best=""
for round in $(seq "$ROUNDS"); do
  start=$(date +%s.%N)
  md5sum "$DIR"/* > /dev/null
  sha1sum "$DIR"/* > /dev/null
  sha256sum "$DIR"/* > /dev/null
  sha512sum "$DIR"/* > /dev/null
  ssdeep -s "$DIR"/* > /dev/null
  tlsh -r "$DIR" > /dev/null 2>&1
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "tools round $round: $t s"
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
echo "tools: $(echo "scale=1; $BYTES / 1000000" | bc) MB, best $best s, $(echo "scale=1; $BYTES / 1000000 / $best" | bc) MB/s"
for tool in md5sum sha1sum sha256sum sha512sum "ssdeep -s" "tlsh -f"; do
  start=$(date +%s.%N)
  if [ "$tool" = "tlsh -f" ]; then tlsh -r "$DIR" > /dev/null 2>&1; else $tool "$DIR"/* > /dev/null; fi
  end=$(date +%s.%N)
  echo "  $tool alone: $(echo "$end - $start" | bc) s"
done
java -cp target/classes bench/analysis/ProfileBench.java "$DIR" "$ROUNDS"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
