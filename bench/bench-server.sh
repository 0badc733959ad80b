# Sourced by bench/run.sh: the one place that generates a data set and starts and stops `serve` on
# loopback; input and loaded database stay under BENCH_DIR for reuse across runs.
#   bench_input       generate --scale SCALE --seed SEED into $bench_in (reused when complete)
#   bench_start       start `serve --no-demo` on $bench_db (stopped by the EXIT trap); rate limits off
#                     unless BENCH_REAL_LIMITS=1
#   bench_fingerprint checksums of the input files ($bench_db/.bench-loaded holds those it was loaded from)
#   bench_stop        SIGTERM to the server's process group, SIGKILL after 60 s
# Settings (environment): BENCH_SCALE (100000), BENCH_SEED (42), BENCH_DIR (/tmp/bench-SCALE),
# BENCH_PORT (18080), BENCH_BOLT_PORT (17687). The caller sets root.
bench_scale=${BENCH_SCALE:-100000}
bench_seed=${BENCH_SEED:-42}
bench_dir=${BENCH_DIR:-/tmp/bench-$((bench_scale / 1000))k}
bench_port=${BENCH_PORT:-18080}
bench_bolt_port=${BENCH_BOLT_PORT:-17687}
bench_in=$bench_dir/in-seed$bench_seed
bench_db=$bench_dir/db-seed$bench_seed
bench_url=http://127.0.0.1:$bench_port/graphql
bench_kinds=(enterprises roles investments penalties accidents responsibilities listings)
bench_pid=

bench_log() { echo "[$(date +%T)] $*" >&2; }

bench_input() {
  mkdir -p "$bench_dir"
  if [ -f "$bench_in/.complete" ]; then
    bench_log "reusing generated input $bench_in"
    return
  fi
  rm -rf "$bench_in" "$bench_in.tmp"
  bench_log "generating --scale $bench_scale --seed $bench_seed into $bench_in"
  "$root/bin/creditgraph" generate --scale "$bench_scale" --out "$bench_in.tmp" --seed "$bench_seed" >&2
  mv "$bench_in.tmp" "$bench_in"
  touch "$bench_in/.complete"
}

# What the loaded database was loaded from: the input files' checksums.
bench_fingerprint() {
  (cd "$bench_in" && cksum "${bench_kinds[@]/%/.csv}")
}

bench_start() {
  if [ -d "$bench_db" ] && ! cmp -s "$bench_db/.bench-loaded" <(bench_fingerprint); then
    bench_log "discarding $bench_db (not a complete load of $bench_in)"
    rm -rf "$bench_db"
  fi
  mkdir -p "$bench_db"
  bench_log "starting serve on :$bench_port (Bolt :$bench_bolt_port), data dir $bench_db, log $bench_dir/serve.log"
  # Rate limits off for the benchmark clients (the server reads them through relaxed binding),
  # unless BENCH_REAL_LIMITS is set (the soak measures the limits themselves).
  local limits=1000000
  [ -z "${BENCH_REAL_LIMITS:-}" ] || limits=
  CREDITGRAPH_LIMITS_PUBLICREQUESTSPERSECOND=${limits:-20} CREDITGRAPH_LIMITS_KEYREQUESTSPERSECOND=${limits:-200} \
    setsid "$root/bin/creditgraph" serve --no-demo --data-dir "$bench_db" --port "$bench_port" \
    --bolt-port "$bench_bolt_port" >"$bench_dir/serve.log" 2>&1 &
  bench_pid=$!
  trap bench_stop EXIT
  local deadline=$((SECONDS + 600))
  until curl -fs -o /dev/null "http://127.0.0.1:$bench_port/actuator/health"; do
    if ! kill -0 "$bench_pid" 2>/dev/null; then
      bench_log "serve exited during start-up; last lines of $bench_dir/serve.log:"
      tail -n 20 "$bench_dir/serve.log" >&2
      bench_pid=
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      bench_log "serve not healthy after 600 s"
      return 1
    fi
    sleep 1
  done
  bench_log "serve is up"
}

bench_stop() {
  [ -n "$bench_pid" ] || return 0
  bench_log "stopping serve (process group $bench_pid)"
  kill -TERM -- "-$bench_pid" 2>/dev/null || true
  local i
  for i in $(seq 60); do
    kill -0 "$bench_pid" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$bench_pid" 2>/dev/null || true
  bench_pid=
}
