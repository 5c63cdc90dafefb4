#!/usr/bin/env bash
# Runs the server against DynamoDB Local on this machine, without Docker: DynamoDB Local (from Maven Central, in
# memory) on port 8000 in the background, then the server with SOUNDPORT_PERSISTENCE=dynamodb on port 8080.
# Ctrl-C stops both. DynamoDB Local keeps nothing after it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCAL_PORT=${DYNAMODB_LOCAL_PORT:-8000}
mvn -q -B -DskipTests install
mvn -q -B -pl bootstrap exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.soundport.bootstrap.DynamoDbLocal -Dexec.args="$LOCAL_PORT" &
LOCAL=$!
trap 'kill $LOCAL 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  (echo > /dev/tcp/127.0.0.1/"$LOCAL_PORT") 2>/dev/null && break
  sleep 1
done
SOUNDPORT_PERSISTENCE=dynamodb DYNAMODB_ENDPOINT=http://localhost:$LOCAL_PORT \
  bin/soundport
