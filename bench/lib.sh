# Shared by the bench scripts: start a server on the embedded default, load releases, run wrk.
# Sourced, not run. Each started server gets its own throw-away data directory (and embedded PostgreSQL), removed
# with the server when the calling script exits.

BENCH_SERVERS=()
BENCH_DIRS=()
bench_cleanup() {
  local pid dir
  for pid in "${BENCH_SERVERS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null; done
  for pid in "${BENCH_SERVERS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null; done
  for dir in "${BENCH_DIRS[@]:-}"; do [ -n "$dir" ] && rm -rf "$dir"; done
  return 0
}
trap bench_cleanup EXIT

bench_prepare() { # installs wrk when missing, builds the server unless BENCH_REBUILD=0 and it is built
  if ! command -v wrk >/dev/null; then
    echo "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  fi
  [ -f bootstrap/target/soundport-server.jar ] && [ "${BENCH_REBUILD:-1}" = 0 ] || mvn -q -B -DskipTests package
}

bench_start() { # port, rate limits (true|false); sets BENCH_DATA to the server's data directory
  local port=$1 limits=$2
  BENCH_DATA=$(mktemp -d)
  BENCH_DIRS+=("$BENCH_DATA")
  SOUNDPORT_DATA_DIR=$BENCH_DATA PORT=$port SOUNDPORT_SECURITY_BCRYPT_COST=10 \
    SOUNDPORT_RATE_LIMITS_ENABLED=$limits SOUNDPORT_RATE_LIMIT_FREE=${BENCH_TIER_LIMIT:-100000000} \
    java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar bootstrap/target/soundport-server.jar > "$BENCH_DATA/server.log" 2>&1 &
  BENCH_SERVERS+=($!)
  for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$port/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "the server on port $port did not get ready; its log: $BENCH_DATA/server.log" >&2
  return 1
}

bench_load() { # port, number of releases; sets BENCH_KEY (read and write) and BENCH_ID (the last release)
  local base=http://127.0.0.1:$1/api/v1 count=$2 json='Content-Type: application/json' token app i
  curl -sf -X POST "$base/auth/register" -H "$json" \
    -d '{"email":"bench@example.com","password":"bench password 1","name":"Bench","organization_name":"Bench Records"}' >/dev/null
  token=$(curl -sf -X POST "$base/auth/login" -H "$json" -d '{"email":"bench@example.com","password":"bench password 1"}' \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  app=$(curl -sf -X POST "$base/apps" -H "Authorization: Bearer $token" -H "$json" -d '{"name":"bench"}' \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  BENCH_KEY=$(curl -sf -X POST "$base/apps/$app/api-keys" -H "Authorization: Bearer $token" -H "$json" \
    -d '{"name":"bench","scopes":["read","write"]}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
  for i in $(seq 1 "$count"); do
    BENCH_ID=$(curl -sf -X POST "$base/releases" -H "X-API-Key: $BENCH_KEY" -H "$json" \
      -d "{\"title\":\"Bench $i\",\"artist_name\":\"Bench Artist\",\"release_date\":\"2026-12-04\",\"tracks\":[{\"title\":\"One\",\"duration_ms\":200000},{\"title\":\"Two\",\"duration_ms\":180000}]}" \
      | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  done
}

bench_wrk() { # output file, wrk arguments...; prints "req/s p50 p99" and warns on non-2xx answers
  local out=$1; shift
  wrk --latency "$@" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "WARNING: $(grep "Non-2xx" "$out") in $out" >&2; fi
  awk '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} END {print r, p50, p99}' "$out"
}
