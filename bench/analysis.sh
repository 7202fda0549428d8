#!/usr/bin/env bash
# Analysis engine benchmark (issue 5): the engine's full profile of every file (MD5, SHA-1, SHA-256,
# SHA-512, ssdeep, TLSH, entropy and type, one read per file) against the command-line tools run one
# after another over the same files, and against sha256sum alone.
#
# Builds nothing: it expects target/classes (mvn -q -B -DskipTests compile).
#   bench/analysis.sh              1 GiB of real files copied from this machine into
#                                  target/bench/real-corpus (made once): system binaries (/usr/bin,
#                                  /usr/sbin), shared libraries (/usr/lib/x86_64-linux-gnu), text
#                                  (/usr/share/doc, /usr/include, /usr/share/perl) and archives (.deb, .jar, .gz)
#   bench/analysis.sh --synthetic  target/bench/analysis-corpus: 4 x 32 MiB random, 4 x 32 MiB base64 text
#   bench/analysis.sh DIR          the regular files of DIR
#   ROUNDS=5 bench/analysis.sh     rounds per side (default 3); the best round counts
#
# Page cache warm. Each tool alone is timed once for the record; then bench/analysis/ProfileBench.java runs
# ROUNDS rounds, each of: the tool chain one after another over all files
#   md5sum DIR/*; sha1sum DIR/*; sha256sum DIR/*; sha512sum DIR/*; ssdeep -s DIR/*; tlsh -r DIR
# then sha256sum DIR/* alone, then org.yagura.analysis.FileProfiler over the same files (one read per
# file computes all of the above plus entropy; files over 256 KiB on two threads, and two files at a
# time, as the artifact analysis jobs run; after a 200 MB warm-up). The best round of each side counts.
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
case "${1:-}" in
  --synthetic) DIR=target/bench/analysis-corpus; MODE=synthetic ;;
  "") DIR=target/bench/real-corpus; MODE=real ;;
  *) DIR=$1; MODE=given ;;
esac
[ -d target/classes/org/yagura/analysis ] || { echo "compile first: mvn -q -B -DskipTests compile" >&2; exit 1; }
for tool in md5sum sha1sum sha256sum sha512sum ssdeep tlsh; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: coreutils, ssdeep, tlsh-tools)" >&2; exit 1; }
done

# copy_share NAME BYTES FIND-ARGS...: copies regular files found by find (sorted, 1 byte to 64 MiB)
# into $DIR as NAME-NNNNN-basename until BYTES are copied
copy_share() {
  local name=$1 budget=$2 copied=0 i=0 size file
  shift 2
  while IFS= read -r -d '' file; do
    size=$(stat -c %s "$file")
    [ $(( copied + size )) -le "$budget" ] || continue
    cp "$file" "$DIR/$name-$(printf %05d $i)-$(basename "$file")"
    copied=$(( copied + size )); i=$(( i + 1 ))
  done < <(find "$@" -type f -size +0 -size -65537k -print0 2>/dev/null | sort -z)
  echo "  $name: $i files, $copied bytes"
}

if [ "$MODE" = synthetic ] && [ ! -d "$DIR" ]; then
  mkdir -p "$DIR"
  for i in 1 2 3 4; do
    head -c 33554432 /dev/urandom > "$DIR/random-$i"
    head -c 25165824 /dev/urandom | base64 > "$DIR/text-$i"
  done
fi
if [ "$MODE" = real ] && [ ! -d "$DIR" ]; then
  echo "making $DIR (1 GiB of this machine's files)"
  mkdir -p "$DIR.tmp"
  DIR="$DIR.tmp"
  MIB=1048576
  copy_share binaries $(( 330 * MIB )) /usr/bin /usr/sbin
  copy_share libraries $(( 380 * MIB )) /usr/lib/x86_64-linux-gnu
  copy_share text $(( 150 * MIB )) /usr/share/doc /usr/include /usr/share/perl /usr/share/common-licenses \
    -not -name '*.gz'
  copy_share archives $(( 1024 * MIB - $(du -sb "$DIR" | cut -f1) )) /var/cache/apt/archives /usr/share/java \
    /usr/share/doc /usr/lib/jvm \( -name '*.deb' -o -name '*.jar' -o -name '*.zip' -o -name '*.gz' -size +16k \)
  DIR=${DIR%.tmp}
  mv "$DIR.tmp" "$DIR"
fi
cat "$DIR"/* > /dev/null
FILES=$(find "$DIR" -maxdepth 1 -type f | wc -l)
BYTES=$(find "$DIR" -maxdepth 1 -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "corpus: $DIR, $FILES files, $BYTES bytes"

# each tool alone, once, for the record
for tool in md5sum sha1sum sha256sum sha512sum "ssdeep -s" "tlsh -r"; do
  start=$(date +%s.%N)
  if [ "$tool" = "tlsh -r" ]; then tlsh -r "$DIR" > /dev/null 2>&1; else $tool "$DIR"/* > /dev/null; fi
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "  $tool alone: $t s, $(echo "scale=1; $BYTES / 1000000 / $t" | bc) MB/s"
done
# the chain, sha256sum alone and the engine take turns within each round (ProfileBench --tools)
java -cp target/classes bench/analysis/ProfileBench.java "$DIR" "$ROUNDS" 2 --tools
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
