#!/usr/bin/env bash
# The benchmark of issue 13 in one command: builds the server, starts it on a throw-away data directory, and
# measures every row of the issue's table in one run, each as an absolute figure and as a ratio to its baseline
# measured in the same run, next to its target (✓/✗). Prints the table, writes it to bench/results.md and the
# latency plot to bench/results.png (bench/results-dynamodb.* with --persistence dynamodb). Not a test: CI does not
# run it. The README's "Benchmark" section describes the rows and the settings.
#   bench/run.sh [--persistence embedded|dynamodb] [duration=15s] [connections=64] [threads=2]
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
DURATION=${ARGS[0]:-${BENCH_DURATION:-15s}}
CONNECTIONS=${ARGS[1]:-${BENCH_CONNECTIONS:-64}}
THREADS=${ARGS[2]:-${BENCH_THREADS:-2}}
WARMUP=${BENCH_WARMUP:-10s}         # each read path, BENCH_WARMUP_ROUNDS times over
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-3}
WRITERS=${BENCH_WRITE_CONNECTIONS:-16}  # the server's database pool: POST /releases and the raw JDBC insert alike
HOOK_SECONDS=${BENCH_WEBHOOK_SECONDS:-10}   # DynamoDB: events raised through the API for that long
HOOK_CLIENTS=${BENCH_WEBHOOK_CLIENTS:-32}
HOOK_BACKLOG=${BENCH_WEBHOOK_BACKLOG:-15000} # embedded: deliveries in the backlog of each throughput row
HOOK_WARMUP_ROUNDS=${BENCH_WEBHOOK_WARMUP_ROUNDS:-3}  # embedded: backlogs of 20,000 deliveries sent first
HOOK_RATE=${BENCH_WEBHOOK_RATE:-1000}
HOOK_RATE_SECONDS=${BENCH_WEBHOOK_RATE_SECONDS:-15}
HOOK_DRAIN=${BENCH_WEBHOOK_DRAIN:-30}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT/api/v1
SUFFIX=$([ "$PERSISTENCE" = dynamodb ] && echo -dynamodb || echo)
RESULTS=bench/results$SUFFIX.md
PLOT=bench/results$SUFFIX.png
SECONDS_OF=$(( ${DURATION%s} ))

bench_prepare
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
RUN_CPU=$(bench_cpu)
WORK=$(mktemp -d)
BENCH_DIRS+=("$WORK")
javac -d "$WORK/classes" bench/java/*.java
tools() { # runs a bench/java tool, its output in $WORK/tool.out; in the background, so that an interrupted bench stops it
  java -Djava.awt.headless=true -cp "$WORK/classes:$BENCH_JAR" "$@" > "$WORK/tool.out" &
  BENCH_HELPERS+=($!)
  wait $!
}
if [ "$PERSISTENCE" = dynamodb ]; then
  echo "starting DynamoDB Local"
  bench_dynamodb_local "$WORK"
fi
LIMITS=$([ "${BENCH_RATE_LIMITS:-on}" = off ] && echo false || echo true)
bench_start "$PORT" "$LIMITS"
SERVER=$BENCH_PID
DATA=$BENCH_DATA
bench_load "$PORT" "${BENCH_RELEASES:-100}"
echo "$PERSISTENCE: server pid $SERVER, data in $DATA, ${BENCH_RELEASES:-100} releases loaded; reading $BENCH_ID"

ROWS=$WORK/rows   # one line per row: key figure p50 p99 ...
: > "$ROWS"
STEALS=()        # "key steal%" per row: the share of CPU time the hypervisor gave other guests while it ran
compilations() { jstat -compiler "$SERVER" 2>/dev/null | awk 'NR == 2 {print $1}' || echo 0; }
row_cpu() { ROW_CPU=$(bench_cpu); ROW_COMPILED=$(compilations); }
row_steal() { # key; prints and records the steal since row_cpu, and the JIT compilations the server made meanwhile
  local steal
  steal=$(bench_steal $ROW_CPU)
  STEALS+=("$1 $steal%")
  echo "             (CPU steal during $1: $steal%; JIT compilations: $(( $(compilations) - ROW_COMPILED )))"
}
read_row() { # key, wrk arguments...
  local key=$1 rps p50 p99; shift
  row_cpu
  read -r rps p50 p99 < <(bench_wrk "$WORK/$key.txt" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@")
  printf '  %-10s %10s req/s   p50 %8s ms   p99 %8s ms\n' "$key" "$rps" "$p50" "$p99"
  row_steal "$key"
  echo "$key $rps $p50 $p99" >> "$ROWS"
}

echo "warming up (the JIT), then reads: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
# on 2 cores the one C2 compiler thread competes with the load: the JIT takes minutes, not seconds, to settle, and a
# row measured before it has measures the compiler (each row prints the compilations it saw)
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "X-API-Key: $BENCH_KEY" "$BASE/releases/$BENCH_ID" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $BENCH_TOKEN" "$BASE/releases/$BENCH_ID" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "X-API-Key: $BENCH_KEY" "$BASE/releases?limit=20" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$PORT/health/liveness" >/dev/null
done
read_row liveness "http://127.0.0.1:$PORT/health/liveness"
read_row key -H "X-API-Key: $BENCH_KEY" "$BASE/releases/$BENCH_ID"
read_row jwt -H "Authorization: Bearer $BENCH_TOKEN" "$BASE/releases/$BENCH_ID"
read_row list -H "X-API-Key: $BENCH_KEY" "$BASE/releases?limit=20"
if [ "$PERSISTENCE" = embedded ]; then
  # the floor under the read rows: the read's one statement with plain JDBC, nothing else (bench/java/JdbcRead.java)
  PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  echo "read floor: the release read's statement with raw JDBC, $WRITERS connections to the same PostgreSQL"
  row_cpu
  tools JdbcRead "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres "$WRITERS" "$SECONDS_OF" "$BENCH_ID"
  eval "$(cat "$WORK/tool.out")"  # rate= p50= p99= errors=
  [ "$errors" = 0 ] || echo "WARNING: $errors JDBC read threads failed" >&2
  printf '  %-10s %10s reads/s p50 %8s ms   p99 %8s ms\n' jdbcread "$rate" "$p50" "$p99"
  row_steal jdbcread
  echo "jdbcread $rate $p50 $p99" >> "$ROWS"
fi

echo "ingestion: POST /releases with 10 tracks, wrk -t$THREADS -c$WRITERS -d$DURATION (after a 5 s warm-up)"
BENCH_RUN=1 wrk -t"$THREADS" -c"$WRITERS" -d5s -s bench/post-release.lua -H "X-API-Key: $BENCH_KEY" "$BASE/releases" >/dev/null
row_cpu
read -r rps p50 p99 < <(BENCH_RUN=2 bench_wrk "$WORK/post.txt" -t"$THREADS" -c"$WRITERS" -d"$DURATION" \
  -s bench/post-release.lua -H "X-API-Key: $BENCH_KEY" "$BASE/releases")
printf '  %-10s %10s req/s   p50 %8s ms   p99 %8s ms\n' post "$rps" "$p50" "$p99"
row_steal post
echo "post $rps $p50 $p99" >> "$ROWS"
if [ "$PERSISTENCE" = embedded ]; then
  # the embedded PostgreSQL's port is the fourth line of its postmaster.pid; user postgres, no password
  PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  echo "ingestion baseline: raw JDBC batches of the same rows, $WRITERS connections to the same PostgreSQL (port $PG_PORT)"
  row_cpu
  tools JdbcInsert "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres "$WRITERS" "$SECONDS_OF"
  eval "$(cat "$WORK/tool.out")"  # rate= p50= p99= errors=
  [ "$errors" = 0 ] || echo "WARNING: $errors JDBC insert threads failed" >&2
  printf '  %-10s %10s rel/s   p50 %8s ms   p99 %8s ms\n' jdbc "$rate" "$p50" "$p99"
  row_steal jdbc
  echo "jdbc $rate $p50 $p99" >> "$ROWS"
fi

hooks() { # key, endpoints, max|rate|backlog|outbox-rate, load, seconds
  local key=$1 events event_rate deliveries delivery_rate missing duplicates stale p50 p99 non2xx kept_up
  row_cpu
  tools Webhooks "$BASE" "$(bench_token "$PORT")" "$BENCH_KEY" "$2" "$3" "$4" "$5" "$HOOK_DRAIN" ${PG_JDBC:+"$PG_JDBC"}
  eval "$(cat "$WORK/tool.out")"
  [ "$duplicates" = 0 ] || echo "note: $duplicates deliveries came twice (at-least-once)" >&2
  [ "$stale" = 0 ] || echo "note: $stale deliveries of events from before this run were ignored" >&2
  [ "$missing" = 0 ] || echo "WARNING: $missing deliveries did not come within ${HOOK_DRAIN}s after the last event" >&2
  printf '  %-10s %8s events (%s/s)  %8s deliveries (%s/s)  p50 %s ms  p99 %s ms  missing %s  kept up %s\n' \
    "$key" "$events" "$event_rate" "$deliveries" "$delivery_rate" "$p50" "$p99" "$missing" "$kept_up"
  row_steal "$key"
  echo "$key $delivery_rate $p50 $p99 $events $event_rate $missing $kept_up" >> "$ROWS"
}
if [ "$PERSISTENCE" = embedded ]; then
  # The pipeline (outbox -> dispatcher -> senders -> receiver) measured on its own: the API writes events far more
  # slowly than the pipeline sends them (that is the ingestion row), so the events are copies of one artist.created
  # event the API raised, written straight into the outbox (bench/java/OutboxEvents.java). First the JIT warms up
  # on the webhook path, as the reads did on theirs.
  PG_JDBC="jdbc:postgresql://127.0.0.1:$(sed -n 4p "$DATA/postgres/postmaster.pid")/postgres"
  echo "webhooks to a fast loopback receiver: events written to the outbox; $HOOK_WARMUP_ROUNDS warm-up backlogs of 20,000 deliveries,"
  echo "  then backlogs of $HOOK_BACKLOG deliveries to 1 and to 10 endpoints, then $HOOK_RATE events/s for ${HOOK_RATE_SECONDS}s"
  for round in $(seq 1 "$HOOK_WARMUP_ROUNDS"); do
    tools Webhooks "$BASE" "$(bench_token "$PORT")" "$BENCH_KEY" 10 backlog 2000 0 "$HOOK_DRAIN" "$PG_JDBC"
    echo "  warm-up $round: $(grep -o 'delivery_rate=[^ ]*' "$WORK/tool.out")"
  done
  hooks hooks1 1 backlog "$HOOK_BACKLOG" 0
  hooks hooks10 10 backlog $((HOOK_BACKLOG / 10)) 0
  hooks hooksrate 1 outbox-rate "$HOOK_RATE" "$HOOK_RATE_SECONDS"
else
  echo "webhooks to a fast loopback receiver: artists created by $HOOK_CLIENTS clients for ${HOOK_SECONDS}s, then at $HOOK_RATE/s for ${HOOK_RATE_SECONDS}s"
  hooks hooks1 1 max "$HOOK_CLIENTS" "$HOOK_SECONDS"
  hooks hooks10 10 max "$HOOK_CLIENTS" "$HOOK_SECONDS"
  hooks hooksrate 1 rate "$HOOK_RATE" "$HOOK_RATE_SECONDS"
fi

RSS=$(awk '/VmRSS/ {print $2 / 1024}' "/proc/$SERVER/status")
echo "  rss        $RSS MB (VmRSS of the server after the load above, -Xmx512m)"
echo "restarting the server on its data directory"
bench_stop "$SERVER"
LEFT=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
if [ -n "$LEFT" ] && kill -0 "$LEFT" 2>/dev/null; then
  # the next start finds it and stops it first: part of what a user restarting the server waits for
  echo "WARNING: the server stopped by SIGTERM left its PostgreSQL (pid $LEFT) running" >&2
fi
bench_start "$PORT" "$LIMITS" "$DATA"
echo "  start      $BENCH_READY_MS ms from launch to /health/readiness 200"
bench_stop "$BENCH_PID"
echo "rss $RSS" >> "$ROWS"
echo "start $BENCH_READY_MS" >> "$ROWS"

# the table: figures, ratios to their baseline of this run, targets from issue 13
TABLE=$WORK/table.md
# before results.md is rewritten, which would count as a local change
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results*' 2>/dev/null || echo ' (with local changes)')"
awk -v persistence="$PERSISTENCE" -v writers="$WRITERS" -v rate="$HOOK_RATE" -v rate_seconds="$HOOK_RATE_SECONDS" \
    -v plot="$WORK/plot.tsv" '
  function n(v,   s, out) { # 12345.6 -> 12,346
    s = sprintf("%.0f", v); out = ""
    while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    return s out
  }
  function ms(v) { return v == "nan" || v == "NaN" ? "n/a" : (v < 10 ? sprintf("%.2f ms", v) : sprintf("%.0f ms", v)) }
  function mark(ok) { return persistence == "dynamodb" || ok == "" ? "" : (ok ? "✓" : "✗") }
  function target(t) { return persistence == "dynamodb" ? "none yet (" t " on PostgreSQL)" : t }
  function row(path, figure, ratio, goal, ok) {
    printf "| %s | %s | %s | %s | %s |\n", path, figure, ratio, ok == "" ? goal : target(goal), mark(ok)
  }
  { v[$1] = $0; split($0, f, " "); for (i = 2; i <= 9; i++) x[$1, i] = f[i] }
  END {
    print "| path | figure | ratio | target (same run, same machine) | |"
    print "| --- | --- | --- | --- | --- |"
    live = x["liveness", 2]
    row("`GET /health/liveness`", n(live) " req/s, p50 " ms(x["liveness", 3]) ", p99 " ms(x["liveness", 4]), "1", "the baseline for reads", "")
    r = x["key", 2] / live
    row("`GET /releases/{id}` with an API key", n(x["key", 2]) " req/s, p50 " ms(x["key", 3]) ", p99 " ms(x["key", 4]),
        sprintf("%.2f", r), "≥ 0.5 of liveness, p99 ≤ 15 ms", r >= 0.5 && x["key", 4] <= 15)
    r = x["jwt", 2] / live
    row("`GET /releases/{id}` with a JWT", n(x["jwt", 2]) " req/s, p50 " ms(x["jwt", 3]) ", p99 " ms(x["jwt", 4]),
        sprintf("%.2f", r), "≥ 0.5", r >= 0.5)
    r = x["list", 2] / live
    row("`GET /releases?limit=20`", n(x["list", 2]) " req/s, p50 " ms(x["list", 3]) ", p99 " ms(x["list", 4]),
        sprintf("%.2f", r), "≥ 0.6", r >= 0.6)
    if ("jdbcread" in v) {
      jr = x["jdbcread", 2]
      printf "| raw JDBC read of the same release, artist and tracks (%s connections) | %s reads/s, p50 %s, p99 %s | %.2f | the floor under a read: at one round trip a read costs liveness plus this, so its ratio is at most %.2f | |\n",
        writers, n(jr), ms(x["jdbcread", 3]), ms(x["jdbcread", 4]), jr / live, jr / (live + jr)
    }
    post = "`POST /releases` with 10 tracks (" writers " connections)"
    figure = n(x["post", 2]) " req/s, p50 " ms(x["post", 3]) ", p99 " ms(x["post", 4])
    if ("jdbc" in v) {
      r = x["post", 2] / x["jdbc", 2]
      row(post, figure, sprintf("%.2f", r), "≥ 0.5 × the raw JDBC batch insert", r >= 0.5)
      printf "| raw JDBC batch insert of the same rows (%s connections) | %s releases/s, p50 %s, p99 %s | 1 | the baseline for ingestion | |\n",
        writers, n(x["jdbc", 2]), ms(x["jdbc", 3]), ms(x["jdbc", 4])
    } else {
      row(post, figure, "n/a", "≥ 0.5 × a raw JDBC batch insert", 0)
      print "| raw JDBC batch insert of the same rows | n/a (no JDBC on DynamoDB) | | | |"
    }
    split("hooks1 hooks10", keys, " ")
    for (k = 1; k <= 2; k++) {
      key = keys[k]
      if (persistence == "embedded")
        figure = n(x[key, 2]) " deliveries/s (a backlog of " n(x[key, 5]) " events written to the outbox at once)"
      else
        figure = (x[key, 8] == "true" ? "≥ " : "") n(x[key, 2]) " deliveries/s (" n(x[key, 6]) " events/s produced" \
          (x[key, 8] == "true" ? ", all delivered as they came: the producer set the pace" : "") ")"
      row("webhooks to a fast loopback receiver, " (k == 1 ? "1 endpoint" : "10 endpoints"), figure, "",
          "≥ 3,000 deliveries/s", x[key, 2] >= 3000)
    }
    p99 = x["hooksrate", 4]
    figure = "event → delivery p50 " ms(x["hooksrate", 3]) ", p99 " (p99 == "NaN" || p99 == "nan" ? "beyond the wait (" n(x["hooksrate", 7]) " deliveries missing)" : ms(p99)) \
      " (" n(x["hooksrate", 6]) " events/s achieved)"
    row("webhooks at " n(rate) " events/s for " rate_seconds " s", figure, "", "p99 ≤ 250 ms",
        p99 != "NaN" && p99 != "nan" && p99 <= 250)
    row("start to ready (data directory exists)", sprintf("%.2f s", x["start", 2] / 1000), "", "≤ 3 s", x["start", 2] <= 3000)
    row("RSS after the load above, `-Xmx512m`", sprintf("%.0f MB", x["rss", 2]), "", "≤ 256 MB", x["rss", 2] <= 256)
    split("liveness key jwt list post jdbc hooks1 hooks10 hooksrate", order, " ")
    split("GET /health/liveness|GET /releases/{id}, API key|GET /releases/{id}, JWT|GET /releases?limit=20|POST /releases, 10 tracks|raw JDBC insert, same rows|webhooks, 1 endpoint|webhooks, 10 endpoints|webhooks at " rate " events/s", names, "|")
    for (k = 1; k <= 9; k++) if (order[k] in v)
      printf "%s\t%s\t%s\t%s\n", names[k], x[order[k], 3], x[order[k], 4],
        order[k] == "key" ? 15 : order[k] == "hooksrate" ? 250 : "-" > plot
  }' "$ROWS" > "$TABLE"

RUN_STEAL=$(bench_steal $RUN_CPU)
STEAL_LINE="CPU steal (time the hypervisor gave the physical cores to other guests): $RUN_STEAL% over the run; per row: $(IFS=,; echo "${STEALS[*]}" | sed 's/,/, /g')."
echo
cat "$TABLE"
echo
echo "$STEAL_LINE"
if [ "$RUN_STEAL" -gt 10 ]; then
  echo "WARNING: the hypervisor took $RUN_STEAL% of the CPU time: the absolute figures are below what this machine gives; ratios within the run still compare" >&2
fi
{
  echo "# Benchmark results ($PERSISTENCE)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), commit $COMMIT, load average before the run $LOAD."
  echo "Command: \`$(env | grep '^BENCH_' | grep -v '^BENCH_NOTE=' | sort | tr '\n' ' ')bench/run.sh$([ "$PERSISTENCE" = dynamodb ] && echo ' --persistence dynamodb') $DURATION $CONNECTIONS $THREADS\`; reads with \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION\`,"
  if [ "$PERSISTENCE" = embedded ]; then
    echo "ingestion with $WRITERS connections; webhooks: events written straight to the outbox (copies of one the API raised), $HOOK_WARMUP_ROUNDS warm-up backlogs, then backlogs of $HOOK_BACKLOG deliveries, then $HOOK_RATE events/s for $HOOK_RATE_SECONDS s."
  else
    echo "ingestion with $WRITERS connections, webhooks produced by $HOOK_CLIENTS clients for ${HOOK_SECONDS} s, then at $HOOK_RATE events/s for $HOOK_RATE_SECONDS s."
  fi
  echo "The load generators, the receiver$([ "$PERSISTENCE" = embedded ] && echo ' and PostgreSQL' || echo ' and DynamoDB Local') share the cores with the server."
  echo "$STEAL_LINE"
  echo
  echo "${BENCH_NOTE:-Measured on a machine shared with the builds of other engineers: the figures are indicative; compare ratios, and re-run on a quiet machine for the closing figures.}"
  echo
  cat "$TABLE"
  echo
  echo "![p50 and p99 latency per row]($(basename "$PLOT"))"
} > "$RESULTS"
tools Plot "$WORK/plot.tsv" "$PLOT" "Soundport bench ($PERSISTENCE), $(date -u +%Y-%m-%d): p50 and p99 latency per row"
echo
echo "written: $RESULTS, $PLOT"
