#!/usr/bin/env bash
# Loader throughput per KIND (issue 3/8): generate --scale N, load every KIND into a fresh embedded
# database, and print rows/s as measured by the load command itself (excluding database start-up).
# Usage: bench/load-rates.sh [SCALE] [OUT_CSV]     (default 100000, bench-results/load-rates.csv)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scale=${1:-100000}
out=${2:-$root/bench-results/load-rates.csv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
"$root/bin/creditgraph" generate --scale "$scale" --out "$work/in" --seed 42 >&2
echo "kind,rows,seconds,rows_per_s,scale" > "$out"
for kind in enterprises roles investments penalties accidents responsibilities listings; do
  line=$("$root/bin/creditgraph" load --data-dir "$work/db" "$kind" "$work/in/$kind.csv" 2>&1 >/dev/null | grep -E ' rows in .* rows/s' | tail -n 1)
  rows=$(sed -E 's/^[^:]+: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\)$/\1/' <<<"$line")
  secs=$(sed -E 's/^[^:]+: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\)$/\2/' <<<"$line")
  rate=$(sed -E 's/^[^:]+: ([0-9]+) rows in ([0-9.]+) s \(([0-9]+) rows\/s\)$/\3/' <<<"$line")
  echo "$kind,$rows,$secs,$rate,$scale" | tee -a "$out"
done
echo "written to $out" >&2
