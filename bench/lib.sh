# Shared by bench/load.sh and bench/faults/*.sh: build, start and stop portals, a throw-away PostgreSQL 15 cluster.
# Sourced with the project root as the working directory.

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${pg_dir:-}" ]; then pg_stop || true; fi
  if [ -n "${out:-}" ]; then rm -f "$out/portal.jar"; fi
}
trap cleanup EXIT

# build: the portal's jar and the benchmark module (skipped with SKIP_BUILD=1)
build() {
  if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -B -ntp -q -DskipTests package
    ./mvnw -B -ntp -q -f bench/gatling/pom.xml test-compile
  fi
  jar="$(ls target/baocao-portal-*.jar | grep -v original | head -1)"
  # the run's own copy: a build during the run must not change the jar under a running portal
  if [ -n "${out:-}" ]; then cp "$jar" "$out/portal.jar"; jar="$out/portal.jar"; fi
}

# start_portal PORT [VAR=value ...]: the portal with a 512 MB heap (and PORTAL_JAVA_OPTS), its log in $out; sets
# portal_pid
start_portal() {
  local port="$1"; shift
  env "$@" java -Xmx512m ${PORTAL_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --logging.level.root=WARN \
    --logging.level.vn.ubnd.baocao=INFO >>"$out/portal-$port.log" 2>&1 &
  portal_pid=$!
  pids+=("$portal_pid")
  wait_up "$port" "$portal_pid"
}

# wait_up PORT PID: until /actuator/health answers
wait_up() {
  local start=$SECONDS
  for _ in $(seq 1 240); do
    if curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null; then
      echo "$(date +%T) portal on :$1 is up (pid $2, $((SECONDS - start)) s)"; return 0
    fi
    if ! kill -0 "$2" 2>/dev/null; then
      echo "portal on :$1 died, see $out/portal-$1.log"; tail -30 "$out/portal-$1.log"; exit 1
    fi
    sleep 1
  done
  echo "portal on :$1 did not start"; exit 1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start PORT: a throw-away PostgreSQL 15 cluster in /tmp (faults restart it without touching anyone's server)
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_start() {
  pg_port="$1"
  pg_dir="/tmp/baocao-faults-pg-$pg_port"
  rm -rf "$pg_dir"; mkdir -p "$pg_dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c max_connections=200" \
    -l "$pg_dir/log" -w start >/dev/null
  echo "$(date +%T) PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on :$pg_port ($pg_dir)"
}
pg_restart() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c max_connections=200" \
    -l "$pg_dir/log" -m "${1:-fast}" -w restart >/dev/null
}
pg_stop() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
}
psql_at() { # psql_at DATABASE SQL...
  local db="$1"; shift
  for sql in "$@"; do psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -c "$sql"; done
}

# probe BASE UNITS SECONDS PREFIX: the fault probe in the background, its output in $out/probe.log; waits until
# the clerks are saving; sets probe_pid
probe() {
  java -cp bench/gatling/target/test-classes vn.ubnd.baocao.bench.SaveProbe "$@" >"$out/probe.log" 2>&1 &
  probe_pid=$!
  for _ in $(seq 1 600); do
    grep -q "saving for" "$out/probe.log" && { echo "$(date +%T) $(grep 'saving for' "$out/probe.log")"; return 0; }
    kill -0 "$probe_pid" 2>/dev/null || { cat "$out/probe.log"; exit 1; }
    sleep 1
  done
}

# probe_result: waits for the probe, prints its verdict, returns its status
probe_result() {
  set +e
  wait "$probe_pid"; local status=$?
  set -e
  sed -n '/==== fault probe ====/,$p' "$out/probe.log"
  grep -E "^(LOST|ANSWERED)" "$out/probe.log" | head -20 || true
  return "$status"
}

# server_portal PORT: a portal on database baocao_faults of the throw-away cluster (pg_start first)
server_portal() {
  start_portal "$1" SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/baocao_faults" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= PORTAL_DEMO=true
}
