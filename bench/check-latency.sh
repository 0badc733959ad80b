#!/usr/bin/env bash
# Sanction-check latency (issue 4): generate --scale N (seed 42), serve it on loopback, then
#  - sanctionCheck: one client, sequential, N random USCCs from enterprises.csv over all nine
#    domains, after 5,000 warm-up checks (the JIT keeps compiling for thousands of requests):
#    p50, p90, p99, max;
#  - sanctionChecks: 10,000 subjects (USCCs from the file and 50 unknown codes) in one request,
#    FINANCING, best of 3 after a warm-up (a batch of 1,000, then the 10,000 once), answers
#    checked to be 10,000 in input order.
# With the server's process id the driver also reports its CPU time per check. Exits 3 when an
# answer was wrong or an error (HTTP 503 from the server's 30 s async timeout, say); the CSV is
# written anyway.
# Generated input and loaded database stay in BENCH_DIR (/tmp/bench-100k) and are reused by the
# next run (and by bench/load-test.sh); see bench/bench-server.sh for the settings.
# Usage: bench/check-latency.sh [N] [OUT_CSV]    (default 2000, bench/results-check-latency-100k.csv)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-2000}
out=${2:-$root/bench/results-check-latency-100k.csv}
# shellcheck source=bin/java-env
. "$root/bin/java-env"
creditgraph_select_java
# shellcheck source=bench/bench-server.sh
. "$root/bench/bench-server.sh"

bench_input
bench_start
bench_load
results=$(mktemp)
trap 'bench_stop; rm -f "$results"' EXIT
status=0
bench_loadavg=$(cut -d' ' -f1 /proc/loadavg)
"$JAVA_HOME/bin/java" "$root/bench/CheckDriver.java" latency --url "$bench_url" \
  --enterprises "$bench_in/enterprises.csv" --n "$n" --warmup 5000 --batch 10000 --unknown 50 \
  --batch-runs 3 --seed 7 --server-pid "$bench_pid" >"$results" || status=$?
{
  echo "metric,value,unit"
  bench_machine
  cat "$results"
} >"$out"
cat "$out"
bench_log "written to $out"
exit "$status"
