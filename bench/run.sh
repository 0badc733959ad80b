#!/usr/bin/env bash
# Issue 8: every benchmark at one scale, each figure beside its baseline, in one run.
#   1. generate --scale N --seed 42 into /tmp/bench-<N/1000>k (reused when complete);
#   2. LOAD CSV baseline: serve a fresh database, run each KIND loader's own upsert through LOAD CSV
#      (bench jar step load-csv), stop, delete that database (skipped with --reuse-db, see 3);
#   3. serve a fresh database (start-up time to healthy) and load the seven KINDs over Bolt, rows/s
#      per KIND as the load command reports it (with --reuse-db and a database already holding this
#      input: serve that one and skip loading);
#   4. JMH in this machine's second JVM (step jmh): evidence fetch vs pure decision;
#   5. the API over HTTP on loopback vs the same queries through the Java driver (step measure),
#      while the server's heap and RSS are sampled;
#   6. the table (step report): printed, and written to bench/results-scale-N.csv.
#   Optionally (--load-test CLIENTS:SECONDS) the mixed load test of issue 5 follows step 5: 70% checks,
#   20% searches, 10% enterprises, every answer checked (results in bench/results-load-test-scale-N.csv).
# Usage: bench/run.sh [--scale 100000] [--seconds 20] [--reuse-db] [--skip-load-csv] [--load-test 200:60]
#   --skip-load-csv: no LOAD CSV baseline (it loads everything a second time: at 1,000,000 about as
#   long as the loaders themselves); the loader rows are then reported without a ratio.
#   --seconds: length of each measured phase (warm-ups are as long). Ports: BENCH_PORT (18080),
#   BENCH_BOLT_PORT (17687); see bench/bench-server.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=20
reuse_db=
skip_load_csv=
load_test=
while [ $# -gt 0 ]; do
  case $1 in
    --scale) BENCH_SCALE=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --reuse-db) reuse_db=1; shift ;;
    --skip-load-csv) skip_load_csv=1; shift ;;
    --load-test) load_test=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--scale N] [--seconds S] [--reuse-db] [--skip-load-csv] [--load-test CLIENTS:SECONDS]" >&2; exit 2 ;;
  esac
done
export BENCH_SCALE
# shellcheck source=bin/java-env
. "$root/bin/java-env"
creditgraph_select_java
# shellcheck source=bench/bench-server.sh
. "$root/bench/bench-server.sh"

# BENCH_NO_BUILD=1 uses the jars as they are (e.g. a second run at another scale alongside).
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  bench_log "building the server and the bench jar"
  (cd "$root" && ./mvnw -o -q -B -pl api,bench -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true >&2)
fi
jar=$root/bench/target/creditgraph-bench.jar
bench() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$jar" "$@"; }
raw=$bench_dir/results-raw.csv
out=$root/bench/results-scale-$bench_scale.csv
loaded_db=$bench_db

bench_input
echo "figure,value,baseline,unit,note" >"$raw"
echo "scale,$bench_scale,,enterprises,seed $bench_seed; $(date -u +%FT%TZ); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB; JDK $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'); load average at start $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
echo "input_rows,$(cat "$bench_in"/{enterprises,roles,investments,penalties,accidents,responsibilities,listings}.csv | wc -l),,rows,all seven files with headers" >>"$raw"

load=1
if [ -n "$reuse_db" ] && cmp -s "$bench_db/.bench-loaded" <(bench_fingerprint); then
  load=
  bench_log "--reuse-db: $bench_db holds this input; no loader or LOAD CSV figures in this run"
fi
if [ -n "$load" ] && [ -z "$skip_load_csv" ]; then
  bench_db=$bench_dir/db-load-csv
  rm -rf "$bench_db"
  bench_start
  bench load-csv --in "$bench_in" --bolt "bolt://127.0.0.1:$bench_bolt_port" --out "$raw"
  bench_stop
  rm -rf "$bench_db"
  bench_db=$loaded_db
fi
[ -z "$load" ] || rm -rf "$bench_db"
started=$(date +%s%N)
bench_start
echo "serve_startup_to_healthy,$(( ($(date +%s%N) - started) / 1000000 )),,ms,serve --no-demo on $([ -n "$load" ] && echo "a fresh" || echo "the loaded") database until /actuator/health answers 200; load $(cut -d' ' -f1 /proc/loadavg)" >>"$raw"
if [ -n "$load" ]; then
  for kind in "${bench_kinds[@]}"; do
    bench_log "loading $kind"
    line=$(NEO4J_URI=bolt://127.0.0.1:$bench_bolt_port "$root/bin/creditgraph" load --data-dir "$bench_db" "$kind" "$bench_in/$kind.csv" 2>&1 \
      | tee -a "$bench_dir/load.log" | grep -E ': [0-9]+ rows in [0-9.]+ s \([0-9]+ rows/s\)' | tail -n 1)
    rows=$(sed -E 's/.*: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\).*/\1/' <<<"$line")
    secs=$(sed -E 's/.*: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\).*/\2/' <<<"$line")
    rate=$(sed -E 's/.*: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\).*/\3/' <<<"$line")
    echo "load_${kind}_rows_per_s,$rate,,rows/s,$rows rows in $secs s (load command over Bolt; 2 writers; 2000 rows per transaction); load $(cut -d' ' -f1 /proc/loadavg)" >>"$raw"
  done
  bench_fingerprint >"$bench_db/.bench-loaded"
fi

bench jmh --bolt "bolt://127.0.0.1:$bench_bolt_port" --enterprises "$bench_in/enterprises.csv" --out "$raw"
bench measure --url "$bench_url" --bolt "bolt://127.0.0.1:$bench_bolt_port" --in "$bench_in" \
  --server-pid "$bench_pid" --seconds "$seconds" --out "$raw"
status=0
if [ -n "$load_test" ]; then
  bench_log "mixed load test: ${load_test%%:*} clients for ${load_test##*:} s"
  { echo "metric,value,unit"; echo "loadavg_1min_before,$(cut -d' ' -f1 /proc/loadavg),load"
    bench load --url "$bench_url" --enterprises "$bench_in/enterprises.csv" --clients "${load_test%%:*}" \
      --duration "${load_test##*:}" --warmup 30 --warmup-clients 10 --pool 20000 --unknown 200 --timeout 60 \
      --seed 11 --server-pid "$bench_pid" || status=$?; } >"$root/bench/results-load-test-scale-$bench_scale.csv"
fi
echo "load_average_end,$(cut -d' ' -f1 /proc/loadavg),,load,1/5/15 min $(cut -d' ' -f1-3 /proc/loadavg)" >>"$raw"
bench_stop
bench report --raw "$raw" --out "$out"
if [ "$status" -ne 0 ]; then
  bench_log "the load test saw HTTP 5xx or wrong answers (exit $status): bench/results-load-test-scale-$bench_scale.csv"
fi
exit "$status"
