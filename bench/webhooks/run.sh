#!/usr/bin/env bash
# Webhook pipeline bench on the embedded default, against a fast loopback receiver (HTTP/1.1 keep-alive, 204 at
# once); not run by CI. Figures are indicative on a shared machine.
#   throughput: EVENTS events are raised with the workers off, the server restarts with them on, and the receiver
#               times the deliveries (EVENTS x ENDPOINTS) from the first to the last;
#   latency:    RATE events a second for SECONDS seconds with the workers on, event -> delivery p50/p99.
# usage: bench/webhooks/run.sh [events] [endpoints] [rate] [seconds]   (defaults 10000 1 1000 20)
# BENCH_JAR picks another server jar (to compare with an older build); BENCH_REBUILD=0 keeps a built one.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
EVENTS=${1:-10000} ENDPOINTS=${2:-1} RATE=${3:-1000} SECONDS_RUN=${4:-20}
PORT=${BENCH_PORT:-18090} RECEIVER_PORT=${BENCH_RECEIVER_PORT:-18091}
JAR=${BENCH_JAR:-bootstrap/target/soundport-server.jar}
if [ -z "${BENCH_JAR:-}" ]; then
  [ -f "$JAR" ] && [ "${BENCH_REBUILD:-1}" = 0 ] || mvn -q -B -o -DskipTests package
fi
BENCH=bench/webhooks/WebhookBench.java
DATA=$(mktemp -d)
BENCH_DIRS+=("$DATA")
SERVER=

start() { # workers enabled (true|false)
  SOUNDPORT_DATA_DIR=$DATA PORT=$PORT SOUNDPORT_SECURITY_BCRYPT_COST=10 SOUNDPORT_RATE_LIMITS_ENABLED=false \
    SOUNDPORT_RATE_LIMIT_FREE=100000000 SOUNDPORT_WORKERS_ENABLED=$1 SOUNDPORT_OUTBOUND_ALLOWED_HOSTS=127.0.0.1 \
    SOUNDPORT_JAR="$JAR" JAVA_OPTS="-Xmx512m ${BENCH_JAVA_OPTS:-}" bin/soundport >> "$DATA/server.log" 2>&1 &
  SERVER=$!
  BENCH_SERVERS+=("$SERVER")
  for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "the server did not get ready; its log: $DATA/server.log" >&2
  return 1
}

stop() {
  kill "$SERVER" && wait "$SERVER" 2>/dev/null || true
}

echo "== throughput: $EVENTS events x $ENDPOINTS endpoint(s)"
start false
java $BENCH setup "http://127.0.0.1:$PORT/api/v1" "$ENDPOINTS" "$RECEIVER_PORT" "$EVENTS"
stop
java $BENCH receive "$RECEIVER_PORT" $((EVENTS * ENDPOINTS)) 600 &
RECEIVING=$!
sleep 2
start true
wait "$RECEIVING" || echo "WARNING: not every delivery arrived" >&2
echo "== latency: $RATE events/s for $SECONDS_RUN s, 1 endpoint"
java $BENCH latency "http://127.0.0.1:$PORT/api/v1" "$RATE" "$SECONDS_RUN" || echo "WARNING: not every delivery arrived" >&2
stop
