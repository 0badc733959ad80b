#!/usr/bin/env bash
# Change-detection benchmark (issue 7): >= 100,000 watched subjects (every enterprise of
# `generate --scale 100000`, two domains), one load run re-writing 10,000 enterprise records, then one
# of 200 listings; times change detection after each run against an embedded Neo4j.
# Usage: bench/watch-change-detection.sh [SCALE]   -> bench/results-watch-change-detection.csv
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -o -q -pl api -am test -Dtest=WatchChangeDetectionBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dbench.scale="${1:-100000}" -Dbench.out="$root/bench/results-watch-change-detection.csv"
cat "$root/bench/results-watch-change-detection.csv"
