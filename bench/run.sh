#!/usr/bin/env bash
# Benchmark: GET /api/v1/releases/{id} with an API key against /health/liveness, on the embedded default.
# Builds the server, starts it with a throw-away data directory, loads releases, runs wrk, prints req/s, p50, p99
# and the ratio read/liveness. Not a test: CI does not run it.
#   bench/run.sh [duration=20s] [connections=64] [threads=2]
# The request limits stay on (BENCH_RATE_LIMITS=off turns them off): the bench organization is FREE, so its limit
# is raised (BENCH_TIER_LIMIT, default 100,000,000 an hour) to let the load through while the limiter does its full
# work (batches of 50 from the shared counter). bench/rate-limits.sh measures what the limiter costs.
# BENCH_JAVA_OPTS adds JVM options to the server, e.g. to profile it:
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/read.jfr,settings=profile' bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DURATION=${1:-20s}
CONNECTIONS=${2:-64}
THREADS=${3:-2}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT/api/v1

bench_prepare
RATE_LIMITS=$([ "${BENCH_RATE_LIMITS:-on}" = off ] && echo false || echo true)
bench_start "$PORT" "$RATE_LIMITS"
bench_load "$PORT" "${BENCH_RELEASES:-200}"
echo "loaded ${BENCH_RELEASES:-200} releases; reading $BENCH_ID"

run() { # name, label, wrk args...
  local name=$1 label=$2 rps p50 p99; shift 2
  read -r rps p50 p99 < <(bench_wrk "$BENCH_DATA/$name.txt" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@")
  printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$label" "$rps" "$p50" "$p99"
  echo "$rps" > "$BENCH_DATA/$name.rps"
}
# warm up the JIT, then measure
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "X-API-Key: $BENCH_KEY" "$BASE/releases/$BENCH_ID" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/health/liveness" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, rate limits enabled: $RATE_LIMITS"
run read "GET /releases/{id}" -H "X-API-Key: $BENCH_KEY" "$BASE/releases/$BENCH_ID"
run liveness "GET /health/liveness" "http://127.0.0.1:$PORT/health/liveness"
awk -v a="$(cat "$BENCH_DATA/read.rps")" -v b="$(cat "$BENCH_DATA/liveness.rps")" \
  'BEGIN { printf "ratio read/liveness          %10.2f\n", a / b }'
