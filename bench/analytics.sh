#!/usr/bin/env bash
# The analytics benchmark of issue 17: builds the server, starts it on a throw-away data directory, loads a catalog
# of 200 tracks, POSTs 1,000,000 stream events to /analytics/streams in batches of 1,000 (a year of dates, 30
# countries, 5 stores, revenue on half), then times the reads of the rollups: the year's overview, one track's
# year by day, its last hour. Prints the table and writes it to bench/results-analytics.md
# (bench/results-analytics-dynamodb.md with --persistence dynamodb). Not a test: CI does not run it.
#   bench/analytics.sh [--persistence embedded|dynamodb] [events=1000000] [clients=4] [reads=200]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

PERSISTENCE=embedded
ARGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --persistence) PERSISTENCE=${2:?--persistence needs embedded or dynamodb}; shift 2 ;;
    --persistence=*) PERSISTENCE=${1#*=}; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
case $PERSISTENCE in embedded|dynamodb) ;; *) echo "--persistence is embedded or dynamodb, not $PERSISTENCE" >&2; exit 2 ;; esac
EVENTS=${ARGS[0]:-1000000}
CLIENTS=${ARGS[1]:-4}
READS=${ARGS[2]:-200}
BATCH=1000
PORT=${BENCH_PORT:-18080}
SUFFIX=$([ "$PERSISTENCE" = dynamodb ] && echo -dynamodb || echo)
RESULTS=bench/results-analytics$SUFFIX.md

bench_prepare
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d)
BENCH_DIRS+=("$WORK")
javac -d "$WORK/classes" bench/java/Latencies.java bench/java/StreamIngest.java
if [ "$PERSISTENCE" = dynamodb ]; then
  echo "starting DynamoDB Local"
  bench_dynamodb_local "$WORK"
fi
bench_start "$PORT" false
echo "loading 200 tracks"
bench_load "$PORT" 100
echo "sending $EVENTS stream events in batches of $BATCH from $CLIENTS clients"
java -cp "$WORK/classes" StreamIngest "http://127.0.0.1:$PORT/api/v1" "$BENCH_KEY" "$EVENTS" "$BATCH" "$CLIENTS" \
  "$READS" > "$WORK/figures" &
BENCH_HELPERS+=($!)
wait $!
RSS=$(( $(awk '/VmRSS/ {print $2}' "/proc/$BENCH_PID/status") / 1024 ))

row() { awk -v n="$1" '$1 == n' "$WORK/figures"; }
read -r _ RECORDED ELAPSED RATE BP50 BP99 <<< "$(row ingest)"
read -r _ OP50 OP99 <<< "$(row overview)"
read -r _ TP50 TP99 <<< "$(row track)"
read -r _ RP50 RP99 <<< "$(row realtime)"
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet && echo || echo " (with local changes)")
{
  echo "# Analytics benchmark ($PERSISTENCE)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), commit $COMMIT, load average before the run $LOAD."
  echo "Command: \`bench/analytics.sh --persistence $PERSISTENCE $EVENTS $CLIENTS $READS\`. The load generator and the"
  echo "database share the cores with the server (\`-Xmx512m\`); reads run one at a time after the ingestion."
  echo
  echo "| what | figure |"
  echo "| --- | --- |"
  echo "| ingestion: $EVENTS events, batches of $BATCH, $CLIENTS clients | $RECORDED counted in $ELAPSED s: **$RATE events/s**; a batch p50 $BP50 ms, p99 $BP99 ms |"
  echo "| \`GET /analytics/overview\` over a year (200 tracks) | p50 $OP50 ms, p99 $OP99 ms |"
  echo "| \`GET /analytics/tracks/{id}\` over a year, by day | p50 $TP50 ms, p99 $TP99 ms |"
  echo "| \`GET /streaming/realtime/{track_id}\` | p50 $RP50 ms, p99 $RP99 ms |"
  echo "| server RSS after the run | $RSS MB |"
} > "$RESULTS"
cat "$RESULTS"
