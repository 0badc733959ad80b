#!/usr/bin/env bash
# GraphQL-over-HTTP conformance audit (issue 5): starts a server on an empty embedded database,
# runs graphql-http's audit suite (tools/graphql-http-audit/audit.mjs) against /graphql, stops the
# server and exits with the audit's status (non-zero when a MUST audit fails).
# Usage: tools/graphql-http-audit.sh [OUT_CSV]   (default bench/results-graphql-http-audit.csv)
# Env: PORT (18090), BOLT_PORT (17690), DATA_DIR (/tmp/creditgraph-http-audit; emptied before and
# deleted after the run), JAVA_HOME (/usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${PORT:-18090}
bolt_port=${BOLT_PORT:-17690}
data_dir=${DATA_DIR:-/tmp/creditgraph-http-audit}
out=${1:-$root/bench/results-graphql-http-audit.csv}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
log=$(mktemp -t creditgraph-http-audit.XXXXXX.log)
server_pid=

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    # The server runs in its own process group (setsid): stop the whole group, gracefully first.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  server_pid=
  rm -rf "$data_dir"
}
trap 'stop_server; rm -f "$log"' EXIT
trap 'exit 130' INT TERM

command -v node >/dev/null && command -v npm >/dev/null || {
  echo "graphql-http-audit: needs node (>= 18) and npm" >&2
  exit 1
}

# The audit sends its ~60 requests at once; the anonymous rate limit (20/s) would answer 429.
rm -rf "$data_dir"
echo "graphql-http-audit: starting the server on :$port (log: $log)" >&2
CREDITGRAPH_LIMITS_PUBLICREQUESTSPERSECOND=100000 setsid "$root/bin/creditgraph" serve --no-demo \
  --data-dir "$data_dir" --port "$port" --bolt-port "$bolt_port" >"$log" 2>&1 &
server_pid=$!

health="http://127.0.0.1:$port/actuator/health"
for i in $(seq 1 600); do
  if curl -fsS "$health" 2>/dev/null | grep -q '"status":"UP"'; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null || [ "$i" -eq 600 ]; then
    echo "graphql-http-audit: the server did not come up; last lines of its log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "graphql-http-audit: server UP" >&2

cd "$root/tools/graphql-http-audit"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
status=0
node audit.mjs "http://127.0.0.1:$port/graphql" "$out" || status=$?
exit "$status"
