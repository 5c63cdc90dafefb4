# Shared by the bench scripts: build, start servers, load releases, run wrk, and stop everything they started.
# Sourced, not run. Each started server gets its own throw-away data directory (and embedded PostgreSQL), removed
# with the server when the calling script exits, fails or is interrupted.

BENCH_SERVERS=()  # server pids, stopped with SIGTERM (then SIGKILL) so that they stop their embedded PostgreSQL
BENCH_HELPERS=()  # other processes the bench started (DynamoDB Local, the Java tools with their receiver)
BENCH_DIRS=()
BENCH_JAR=bootstrap/target/soundport-server.jar

bench_cleanup() {
  local pid dir postmaster
  set +e  # stop whatever can be stopped: a process already gone is no reason to leave the others running
  for pid in "${BENCH_HELPERS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null; done
  for pid in "${BENCH_SERVERS[@]:-}"; do [ -n "$pid" ] && bench_stop "$pid"; done
  for dir in "${BENCH_DIRS[@]:-}"; do
    # a server that had to be killed leaves its PostgreSQL running: stop it before removing its files
    postmaster=$(head -1 "$dir/postgres/postmaster.pid" 2>/dev/null || true)
    if [ -n "$postmaster" ] && kill "$postmaster" 2>/dev/null; then
      for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$dir"
  done
  for pid in "${BENCH_HELPERS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null; done
  return 0
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_stop() { # pid: SIGTERM, up to 30 s for a clean stop, then SIGKILL
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

bench_prepare() { # installs wrk when missing, builds the server unless BENCH_REBUILD=0 and it is built
  if ! command -v wrk >/dev/null; then
    echo "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  fi
  [ -f "$BENCH_JAR" ] && [ "${BENCH_REBUILD:-1}" = 0 ] || mvn -o -q -B -DskipTests -pl bootstrap -am package
}

bench_start() { # port, rate limits (true|false)[, data directory to reuse]; sets BENCH_DATA, BENCH_PID, BENCH_READY_MS
  # BENCH_DYNAMODB_ENDPOINT set: the server runs on DynamoDB there instead of the embedded PostgreSQL
  local port=$1 limits=$2 started now
  local -a persistence=()
  if [ -n "${3:-}" ]; then BENCH_DATA=$3; else BENCH_DATA=$(mktemp -d); BENCH_DIRS+=("$BENCH_DATA"); fi
  if [ -n "${BENCH_DYNAMODB_ENDPOINT:-}" ]; then
    persistence=(SOUNDPORT_PERSISTENCE=dynamodb DYNAMODB_ENDPOINT="$BENCH_DYNAMODB_ENDPOINT")
  fi
  started=$(date +%s%N)
  env "${persistence[@]}" SOUNDPORT_DATA_DIR="$BENCH_DATA" PORT="$port" SOUNDPORT_SECURITY_BCRYPT_COST=10 \
    SOUNDPORT_RATE_LIMITS_ENABLED="$limits" SOUNDPORT_RATE_LIMIT_FREE="${BENCH_TIER_LIMIT:-100000000}" \
    SOUNDPORT_OUTBOUND_ALLOWED_HOSTS=127.0.0.1 SOUNDPORT_JAR="$BENCH_JAR" JAVA_OPTS="-Xmx512m ${BENCH_JAVA_OPTS:-}" \
    bin/soundport >> "$BENCH_DATA/server.log" 2>&1 &
  BENCH_PID=$!
  BENCH_SERVERS+=("$BENCH_PID")
  for _ in $(seq 1 1800); do
    if curl -sf "http://127.0.0.1:$port/health/readiness" >/dev/null; then
      now=$(date +%s%N)
      BENCH_READY_MS=$(( (now - started) / 1000000 ))
      return 0
    fi
    kill -0 "$BENCH_PID" 2>/dev/null || break
    sleep 0.05
  done
  echo "the server on port $port did not get ready (is the port taken? BENCH_PORT sets it); its log ends with:" >&2
  tail -20 "$BENCH_DATA/server.log" >&2
  return 1
}

bench_token() { # port; prints an access token of the bench user (tokens live 15 minutes)
  curl -sf -X POST "http://127.0.0.1:$1/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 1"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

bench_load() { # port, number of releases; sets BENCH_KEY (read and write), BENCH_TOKEN and BENCH_ID (the last release)
  local base=http://127.0.0.1:$1/api/v1 count=$2 json='Content-Type: application/json' app i
  curl -sf -X POST "$base/auth/register" -H "$json" \
    -d '{"email":"bench@example.com","password":"bench password 1","name":"Bench","organization_name":"Bench Records"}' >/dev/null
  BENCH_TOKEN=$(bench_token "$1")
  app=$(curl -sf -X POST "$base/apps" -H "Authorization: Bearer $BENCH_TOKEN" -H "$json" -d '{"name":"bench"}' \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  BENCH_KEY=$(curl -sf -X POST "$base/apps/$app/api-keys" -H "Authorization: Bearer $BENCH_TOKEN" -H "$json" \
    -d '{"name":"bench","scopes":["read","write"]}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
  for i in $(seq 1 "$count"); do
    BENCH_ID=$(curl -sf -X POST "$base/releases" -H "X-API-Key: $BENCH_KEY" -H "$json" \
      -d "{\"title\":\"Bench $i\",\"artist_name\":\"Bench Artist\",\"release_date\":\"2026-12-04\",\"tracks\":[{\"title\":\"One\",\"duration_ms\":200000},{\"title\":\"Two\",\"duration_ms\":180000}]}" \
      | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  done
}

bench_wrk() { # output file, wrk arguments...; prints "req/s p50 p99" (latencies in ms) and warns on non-2xx answers
  # and socket errors; a request unanswered after 10 s (wrk's default: 2 s) counts as a timeout, not in the latencies
  local out=$1; shift
  wrk --latency --timeout 10s "$@" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "WARNING: $(grep "Non-2xx" "$out") in $out" >&2; fi
  if grep -q "Socket errors" "$out"; then echo "WARNING: $(grep "Socket errors" "$out" | sed 's/^ *//') in $out" >&2; fi
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
                        if (v ~ /m$/) return v * 60000; return v }
       /Requests\/sec/ {r=$2} $1=="50%" {p50=ms($2)} $1=="99%" {p99=ms($2)} END {print r, p50, p99}' "$out"
}

bench_cpu() { # prints "total steal" of the machine's CPU time so far (/proc/stat, in clock ticks)
  awk '$1 == "cpu" {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9; exit}' /proc/stat
}

bench_steal() { # "total steal" from an earlier bench_cpu; prints the percentage of CPU time the hypervisor took since
  # (steal: time this virtual machine was ready to run but another guest had the physical core)
  local total steal
  read -r total steal < <(bench_cpu)
  awk -v t=$((total - $1)) -v s=$((steal - $2)) 'BEGIN {printf "%.0f", (t > 0 ? 100 * s / t : 0)}'
}

bench_dynamodb_local() { # work directory; starts DynamoDB Local (in memory, from ~/.m2) and sets BENCH_DYNAMODB_ENDPOINT
  local work=$1 port
  # its classpath as the project manages it: a throw-away pom whose parent is the project's (offline, nothing installed)
  mkdir -p "$work/dynamodb-local"
  cat > "$work/dynamodb-local/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>io.soundport</groupId><artifactId>soundport</artifactId><version>0.1.0-SNAPSHOT</version>
    <relativePath>$(realpath --relative-to="$work/dynamodb-local" pom.xml)</relativePath></parent>
  <artifactId>bench-dynamodb-local</artifactId><packaging>pom</packaging>
  <dependencies><dependency><groupId>com.amazonaws</groupId><artifactId>DynamoDBLocal</artifactId></dependency></dependencies>
</project>
POM
  mvn -o -q -B -Dstyle.color=never -f "$work/dynamodb-local/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$work/dynamodb-local/classpath" >/dev/null
  port=${BENCH_DYNAMODB_PORT:-18000}
  java -cp "$(cat "$work/dynamodb-local/classpath")" com.amazonaws.services.dynamodbv2.local.main.ServerRunner \
    -inMemory -port "$port" > "$work/dynamodb-local/log" 2>&1 &
  BENCH_HELPERS+=($!)
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      BENCH_DYNAMODB_ENDPOINT=http://127.0.0.1:$port
      return 0
    fi
    sleep 0.1
  done
  echo "DynamoDB Local did not start; its log: $work/dynamodb-local/log" >&2
  return 1
}
