#!/usr/bin/env bash
# The abuse soak: 200 clients for 60 s on loopback against `serve` with its real limits. Normal
# callers (half banks with their own API keys, half anonymous, each from its own 127.0.1.N address)
# check subjects and search with a think time; abusive callers (127.0.2.N, half of them on one
# address, one in four with a valid key) send oversized searches, aliased batches, 900 aliased
# checks, deep queries, guessed keys, 5 MiB bodies, dates out of range, Lucene syntax and wide pages
# as fast as they are answered. Every normal check is compared with its answer taken before the
# load. Exits 3 on any 5xx, any wrong or rate-limited normal answer.
# Usage: bench/soak.sh [--scale 10000] [--clients 200] [--seconds 60] [--abusive-percent 40]
# Results: bench/results-soak.csv (figure,value,unit,note).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clients=200
seconds=60
abusive=40
BENCH_SCALE=${BENCH_SCALE:-10000}
while [ $# -gt 0 ]; do
  case $1 in
    --scale) BENCH_SCALE=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --abusive-percent) abusive=$2; shift 2 ;;
    *) echo "usage: bench/soak.sh [--scale N] [--clients N] [--seconds S] [--abusive-percent P]" >&2; exit 2 ;;
  esac
done
export BENCH_SCALE BENCH_REAL_LIMITS=1
# shellcheck source=bin/java-env
. "$root/bin/java-env"
creditgraph_select_java
# shellcheck source=bench/bench-server.sh
. "$root/bench/bench-server.sh"
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  bench_log "building the server and the bench jar"
  (cd "$root" && ./mvnw -q -B -ntp -pl api,bench -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true >&2)
fi
jar=$root/bench/target/creditgraph-bench.jar
bench_input
# One AGENCY key per bank client, and one for the abusers that hold a valid key: 32 random characters.
keys=$bench_dir/soak-keys.txt
: >"$keys"
entries=
for i in $(seq $((clients / 2 + 2))); do
  k=$(head -c 24 /dev/urandom | base64 | tr '+/' 'AB')
  echo "$k" >>"$keys"
  entries="$entries$k=AGENCY@soak-bank-$i;"
done
chmod 600 "$keys"
export CREDITGRAPH_API_KEYS=$entries
rm -rf "$bench_db"
bench_start
for kind in "${bench_kinds[@]}"; do
  bench_log "loading $kind"
  NEO4J_URI=bolt://127.0.0.1:$bench_bolt_port "$root/bin/creditgraph" load --data-dir "$bench_db" "$kind" "$bench_in/$kind.csv" >/dev/null 2>&1
done
bench_fingerprint >"$bench_db/.bench-loaded"
out=$root/bench/results-soak.csv
# CPU seconds (user + system) of every process in serve's process group
serve_cpu() {
  local ticks=0 f
  for f in /proc/[0-9]*/stat; do
    read -r -a st <"$f" 2>/dev/null || continue
    # fields after the command name: st[4] is the process group, st[13]/st[14] utime/stime
    [ "${st[4]:-}" = "$bench_pid" ] && ticks=$((ticks + st[13] + st[14]))
  done
  echo $((ticks / $(getconf CLK_TCK)))
}
cpu_before=$(serve_cpu)
set +e
{
  echo "figure,value,unit,note"
  echo "run,$(date -u +%FT%TZ),,scale $bench_scale; $(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -jar "$jar" soak --url "$bench_url" --enterprises "$bench_in/enterprises.csv" \
    --keys "$keys" --clients "$clients" --duration "$seconds" --abusive-percent "$abusive"
  status=$?
  echo "server_cpu,$(( $(serve_cpu) - cpu_before )),s,user + system CPU of serve during the soak ($(nproc) cores give at most $(nproc) s per s)"
  exit $status
} | tee "$out.tmp"
status=${PIPESTATUS[0]}
set -e
mv "$out.tmp" "$out"
bench_log "results in $out"
exit "$status"
