#!/usr/bin/env bash
# Benchmark: GET /api/v1/releases/{id} with an API key against /health/liveness, on the embedded default.
# Builds the server, starts it with a throw-away data directory, loads releases, runs wrk, prints req/s, p50, p99
# and the ratio read/liveness. Not a test: CI does not run it.
#   bench/run.sh [duration=20s] [connections=64] [threads=2]
# The request limits stay on (BENCH_RATE_LIMITS=off turns them off): the bench organization is FREE, so its limit
# is raised (BENCH_TIER_LIMIT, default 100,000,000 an hour) to let the load through while the limiter does its full
# work (batches of 50 from the shared counter).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20s}
CONNECTIONS=${2:-64}
THREADS=${3:-2}
PORT=${BENCH_PORT:-18080}
RELEASES=${BENCH_RELEASES:-200}
BASE=http://127.0.0.1:$PORT/api/v1

if ! command -v wrk >/dev/null; then
  echo "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ -f bootstrap/target/soundport-server.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || mvn -q -B -DskipTests package

DATA=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
RATE_LIMITS=$([ "${BENCH_RATE_LIMITS:-on}" = off ] && echo false || echo true)
SOUNDPORT_DATA_DIR=$DATA PORT=$PORT SOUNDPORT_SECURITY_BCRYPT_COST=10 \
  SOUNDPORT_RATE_LIMITS_ENABLED=$RATE_LIMITS SOUNDPORT_RATE_LIMIT_FREE=${BENCH_TIER_LIMIT:-100000000} \
  java -Xmx512m -jar bootstrap/target/soundport-server.jar > "$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:$PORT/health/readiness >/dev/null && break; sleep 1; done

json='Content-Type: application/json'
curl -sf -X POST $BASE/auth/register -H "$json" \
  -d '{"email":"bench@example.com","password":"bench password 1","name":"Bench","organization_name":"Bench Records"}' >/dev/null
TOKEN=$(curl -sf -X POST $BASE/auth/login -H "$json" -d '{"email":"bench@example.com","password":"bench password 1"}' \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
APP=$(curl -sf -X POST $BASE/apps -H "Authorization: Bearer $TOKEN" -H "$json" -d '{"name":"bench"}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
KEY=$(curl -sf -X POST $BASE/apps/$APP/api-keys -H "Authorization: Bearer $TOKEN" -H "$json" \
  -d '{"name":"bench","scopes":["read","write"]}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
for i in $(seq 1 "$RELEASES"); do
  ID=$(curl -sf -X POST $BASE/releases -H "X-API-Key: $KEY" -H "$json" \
    -d "{\"title\":\"Bench $i\",\"artist_name\":\"Bench Artist\",\"release_date\":\"2026-12-04\",\"tracks\":[{\"title\":\"One\",\"duration_ms\":200000},{\"title\":\"Two\",\"duration_ms\":180000}]}" \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/')
done
echo "loaded $RELEASES releases; reading $ID"

run() { # file key, label, wrk args...
  local name=$1 label=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$DATA/$name.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$DATA/$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$DATA/$name.txt")
  if grep -q "Non-2xx" "$DATA/$name.txt"; then echo "WARNING: $name had non-2xx answers"; grep "Non-2xx" "$DATA/$name.txt"; fi
  printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$label" "$rps" "$p50" "$p99"
  echo "$rps" > "$DATA/$name.rps"
}
# warm up the JIT, then measure
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "X-API-Key: $KEY" "$BASE/releases/$ID" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/health/liveness" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, rate limits enabled: $RATE_LIMITS"
run read "GET /releases/{id}" -H "X-API-Key: $KEY" "$BASE/releases/$ID"
run liveness "GET /health/liveness" "http://127.0.0.1:$PORT/health/liveness"
awk -v a="$(cat "$DATA/read.rps")" -v b="$(cat "$DATA/liveness.rps")" \
  'BEGIN { printf "ratio read/liveness          %10.2f\n", a / b }'
