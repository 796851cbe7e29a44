#!/usr/bin/env bash
# Load benchmark (issue 8). Not a test: it prints figures. See bench/README.md.
#
#   bench/load.sh [embedded|server|two-embedded|two-server] [seconds]
#
# Builds the portal, starts it (-Xmx512m) on a fresh database: the embedded PostgreSQL (in a throw-away folder) or
# the PostgreSQL server at 127.0.0.1:5432 (user postgres, database baocao_bench, dropped and created anew); "two-*"
# starts a second portal on the same database and the load alternates between them request by request. Then
# Gatling (bench/gatling) creates 50 units with 200 users through the admin pages, and runs the mix for [seconds]
# (150 by default) per user, arriving over 30 s, after a warm-up of WARMUP seconds (120 by default; 0 for a cold
# start) on the same sessions, whose requests are counted apart. Environment: UNITS (50), WARMUP, SKIP_BUILD=1,
# PG_URL, PG_USER.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-embedded}"
duration="${2:-150}"
units="${UNITS:-50}"
warmup="${WARMUP:-120}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/baocao_bench}"
pg_user="${PG_USER:-postgres}"
embedded_port="${EMBEDDED_PG_PORT:-55432}"
out="target/bench/load-$config-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"

source bench/lib.sh
build

server_db() {
  psql -q -h 127.0.0.1 -U "$pg_user" -d postgres -c 'DROP DATABASE IF EXISTS baocao_bench' \
    -c 'CREATE DATABASE baocao_bench'
}

case "$config" in
  embedded|two-embedded)
    first=(PORTAL_DATABASE_EMBEDDED_DATA_DIRECTORY="$PWD/$out/pgdata" PORTAL_DATABASE_EMBEDDED_PORT="$embedded_port"
      PORTAL_DEMO=true)
    second=(SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$embedded_port/postgres" SPRING_DATASOURCE_USERNAME=postgres
      SPRING_DATASOURCE_PASSWORD=)
    ;;
  server|two-server)
    server_db
    first=(SPRING_DATASOURCE_URL="$pg_url" SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD=
      PORTAL_DEMO=true)
    second=(SPRING_DATASOURCE_URL="$pg_url" SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD=)
    ;;
  *) echo "usage: bench/load.sh [embedded|server|two-embedded|two-server] [seconds]"; exit 2 ;;
esac

start_portal 8081 "${first[@]}"
bases="http://127.0.0.1:8081"
if [[ "$config" == two-* ]]; then
  start_portal 8082 "${second[@]}"
  bases="$bases,http://127.0.0.1:8082"
fi

set +e
./mvnw -B -ntp -q -f bench/gatling/pom.xml gatling:test -Dportal.baseUrls="$bases" -Dportal.units="$units" \
  -Dportal.duration="$duration" -Dportal.ramp="${RAMP:-30}" -Dportal.warmup="$warmup" -Dportal.metricsFile="$PWD/$out/metrics.txt" -Dportal.description="$config" \
  2>&1 | tee "$out/gatling.log"
status=${PIPESTATUS[0]}
set -e
report="$(ls -td bench/gatling/target/gatling/*/ | head -1)"
python3 bench/load-summary.py "$report" "$config" | tee "$out/summary.md"
cat "$out/metrics.txt" | tee -a "$out/summary.md"
# what each portal keeps: its heap after a full collection at the end of the run (the samples above count garbage)
for pid in "${pids[@]}"; do
  if command -v jcmd >/dev/null && kill -0 "$pid" 2>/dev/null; then
    jcmd "$pid" GC.class_histogram | head -25 >"$out/histogram-$pid.txt" # live objects only: a full GC first
    echo "portal pid $pid after a full GC: $(jcmd "$pid" GC.heap_info | grep -o 'total [0-9]*K, used [0-9]*K' | head -1)" \
      | tee -a "$out/summary.md"
  fi
done
grep -c " ERROR \| WARN " "$out"/portal-*.log | sed 's/^/portal log warnings+errors: /' || true
echo "figures in $out/summary.md, the portals' largest classes in $out/histogram-*.txt, Gatling's report in $report"
exit "$status"
