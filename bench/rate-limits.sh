#!/usr/bin/env bash
# What the request limiter costs the authenticated read: two servers from the same build, limits on and off, each
# on its own embedded PostgreSQL, loaded alike; wrk reads a release with an API key from one, then the other, in
# alternating rounds (so that a slower minute of a shared machine weighs on both alike), while the other server idles.
# Prints each round and the medians, and the cost: 1 - median(on) / median(off). Not a test: CI does not run it.
#   bench/rate-limits.sh [rounds=6] [round duration=10s] [connections=64] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS=${1:-6}
DURATION=${2:-10s}
CONNECTIONS=${3:-64}
THREADS=${4:-2}
ON=${BENCH_PORT:-18080}
OFF=$((ON + 1))

bench_prepare
bench_start "$ON" true
bench_load "$ON" "${BENCH_RELEASES:-50}"
ON_KEY=$BENCH_KEY ON_ID=$BENCH_ID ON_DATA=$BENCH_DATA
bench_start "$OFF" false
bench_load "$OFF" "${BENCH_RELEASES:-50}"
OFF_KEY=$BENCH_KEY OFF_ID=$BENCH_ID OFF_DATA=$BENCH_DATA

read_release() { # port, key, id, output file
  bench_wrk "$4" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "X-API-Key: $2" "http://127.0.0.1:$1/api/v1/releases/$3"
}
# warm both up: on 2 shared cores the JIT takes the better part of a minute to settle (throughput still doubles
# after 30 s of load), and a comparison during it measures the compiler, not the limiter
for _ in 1 2 3; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${BENCH_WARMUP:-20s}" -H "X-API-Key: $ON_KEY" "http://127.0.0.1:$ON/api/v1/releases/$ON_ID" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${BENCH_WARMUP:-20s}" -H "X-API-Key: $OFF_KEY" "http://127.0.0.1:$OFF/api/v1/releases/$OFF_ID" >/dev/null
done
echo "GET /releases/{id} with an API key, wrk -t$THREADS -c$CONNECTIONS -d$DURATION per round, $(nproc) cores"
: > "$ON_DATA/rounds"
for round in $(seq 1 "$ROUNDS"); do
  # alternate which goes first, so neither always follows the other's load
  if [ $((round % 2)) = 1 ]; then order="on off"; else order="off on"; fi
  for side in $order; do
    if [ "$side" = on ]; then
      read -r rps p50 p99 < <(read_release "$ON" "$ON_KEY" "$ON_ID" "$ON_DATA/round$round.txt")
    else
      read -r rps p50 p99 < <(read_release "$OFF" "$OFF_KEY" "$OFF_ID" "$OFF_DATA/round$round.txt")
    fi
    printf 'round %2d  limits %-3s %10s req/s   p50 %8s ms   p99 %8s ms\n' "$round" "$side" "$rps" "$p50" "$p99"
    echo "$round $side $rps" >> "$ON_DATA/rounds"
  done
done
# each round's ratio on/off: the two sides of a round ran within seconds of each other
awk '
  { v[$2] = v[$2] " " $3; r[$1, $2] = $3; rounds[$1] = 1 }
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (k in rounds) ratios = ratios " " r[k, "on"] / r[k, "off"]
    on = median(v["on"]); off = median(v["off"]); ratio = median(ratios)
    printf "median: limits on %.0f req/s, off %.0f req/s; median ratio on/off %.3f: the limiter costs %.1f%% of the read throughput\n", on, off, ratio, 100 * (1 - ratio)
  }' "$ON_DATA/rounds"
