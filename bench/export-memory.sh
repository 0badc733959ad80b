#!/usr/bin/env bash
# Export memory (issue 6): does GET /export/penalties.csv stream, i.e. does the server's heap stay
# flat whatever the number of rows? Generates about ROWS penalties (generate --scale ROWS/1.527, only
# penalties.csv is loaded), loads them into a fresh embedded database under /tmp, starts `serve`
# with a fixed heap (-Xmx1g), downloads a small and the full penalties export with an AGENCY key,
# and samples the server's heap with jstat every second during each download.
# Usage: bench/export-memory.sh [ROWS] [OUT_CSV]   (default 1000000, bench/results-export-memory.csv)
# Environment: KEEP_WORK=1 keeps the work dir; WORK=DIR reuses one (skips generate and load when the
# database is there).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/java-env"
creditgraph_select_java || exit 1
rows=${1:-1000000}
out=${2:-$root/bench/results-export-memory.csv}
work=${WORK:-$(mktemp -d /tmp/creditgraph-export-bench.XXXXXX)}
port=${PORT:-18080}
bolt=${BOLT_PORT:-17687}
key=bench-export-key-Xf7Kq2Wd9Lm4Rz
heap=${HEAP:-1g}
scale=$(( (rows * 1000 + 1526) / 1527 ))
server=""
sampler=""
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -z "${KEEP_WORK:-}" ] && [ -z "${WORK:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$(dirname "$out")"

if [ ! -d "$work/db" ]; then
  echo "generate --scale $scale (about $rows penalties)..." >&2
  "$root/bin/creditgraph" generate --scale "$scale" --out "$work/in" --seed 42 >&2
  echo "loading $(($(wc -l < "$work/in/penalties.csv") - 1)) penalty rows..." >&2
  load_start=$(date +%s)
  "$root/bin/creditgraph" load --data-dir "$work/db" penalties "$work/in/penalties.csv" >&2
  echo "loaded in $(( $(date +%s) - load_start )) s" >&2
  rm -rf "$work/in"
fi

echo "starting serve (-Xmx$heap)..." >&2
CREDITGRAPH_API_KEYS="$key=AGENCY@Export benchmark" CREDITGRAPH_JAVA_OPTS="-Xmx$heap -Xms256m" \
  "$root/bin/creditgraph" serve --data-dir "$work/db" --no-demo --port "$port" --bolt-port "$bolt" \
  > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  if curl -sf "localhost:$port/actuator/health" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/serve.log" >&2; exit 1; fi
  sleep 1
done
curl -sf "localhost:$port/actuator/health" > /dev/null || { echo "server did not start" >&2; exit 1; }
total=$(curl -s "localhost:$port/graphql" -H "X-API-Key: $key" -H 'Content-Type: application/json' \
  -d '{"query":"{ penalties { totalCount } }"}' | sed -E 's/.*"totalCount":([0-9]+).*/\1/')
echo "server pid $server up; totalCount for the agency: $total" >&2

# jstat -gc every second; in MB: used heap (survivors + eden + old) and the old generation
start_sampling() { # FILE
  "$JAVA_HOME/bin/jstat" -gc "$server" 1000 > "$1" &
  sampler=$!
}
stop_sampling() {
  sleep 1.5
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=""
}
summary() { # FILE -> "max_used max_old samples"
  awk '$1 != "S0C" { u = ($3 + $4 + $6 + $8) / 1024; o = $8 / 1024; n++; if (u > m) m = u; if (o > x) x = o }
       END { printf "%.0f %.0f %d", m, x, n }' "$1"
}

[ -f "$out" ] || echo "date,export,rows,bytes,seconds,rows_per_s,max_heap_used_mb,max_old_gen_used_mb,heap_max,samples" > "$out"

measure() { # NAME QUERY
  local name=$1 query=$2 samples="$work/samples-$1.txt" counts="$work/counts-$1"
  "$JAVA_HOME/bin/jcmd" "$server" GC.run > /dev/null
  start_sampling "$samples"
  local start end
  start=$(date +%s.%N)
  curl -sf -H "X-API-Key: $key" "localhost:$port/export/penalties.csv$query" \
    | tee >(wc -c > "$counts.bytes") | wc -l > "$counts.lines"
  end=$(date +%s.%N)
  stop_sampling
  sleep 0.5
  local lines bytes seconds data_rows rate stats
  lines=$(cat "$counts.lines"); bytes=$(cat "$counts.bytes")
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  data_rows=$((lines - 1))
  rate=$(awk -v r="$data_rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
  read -r max_used max_old n <<< "$(summary "$samples")"
  echo "$(date +%F),penalties.csv$query,$data_rows,$bytes,$seconds,$rate,$max_used,$max_old,$heap,$n" | tee -a "$out"
}

statistics() { # one penaltyStatistics aggregation over every penalty, for comparison
  local samples="$work/samples-statistics.txt" body="$work/statistics.json"
  "$JAVA_HOME/bin/jcmd" "$server" GC.run > /dev/null
  start_sampling "$samples"
  local start end
  start=$(date +%s.%N)
  curl -s "localhost:$port/graphql" -H "X-API-Key: $key" -H 'Content-Type: application/json' \
    -d '{"query":"{ penaltyStatistics(groupBy: [YEAR, PENALTY_TYPE]) { key count fineTotalYuan } }"}' > "$body"
  end=$(date +%s.%N)
  stop_sampling
  local seconds buckets
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  buckets=$(grep -o '"key"' "$body" | wc -l)
  read -r max_used max_old n <<< "$(summary "$samples")"
  echo "$(date +%F),penaltyStatistics(groupBy: [YEAR PENALTY_TYPE]) over $total penalties: $buckets buckets,$total,$(wc -c < "$body"),$seconds,$(awk -v r="$total" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }'),$max_used,$max_old,$heap,$n" | tee -a "$out"
}

# a small export first (the same code path, a few thousand rows), then everything
recent=$(date -d '30 days ago' +%F)
measure small "?decidedFrom=$recent"
measure full ""
statistics
echo "written to $out (rows counted by lines; the agency's totalCount is $total)" >&2
