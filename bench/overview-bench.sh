#!/usr/bin/env bash
# Search and period-overview benchmark (issue 7). Not a test: it prints figures and query plans.
# Creates (or reuses) a PostgreSQL database, lets the portal's Flyway create the schema, fills it with
# bench/overview/fill.sql (default 50,000 reports over 100 units), then times ReportSearch and PeriodOverview through
# the portal's own services. Needs a JDK 17+, psql, and a PostgreSQL 14+ server with the contrib extensions
# (Debian: postgresql-15 ships unaccent and pg_trgm).
#   bench/overview-bench.sh [reports] [runs]        BENCH_DB=baocao_bench BENCH_DB_URL=jdbc:postgresql://...
#   BENCH_FRESH=1 drops and refills the database.
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-50000}"
runs="${2:-10}"
db="${BENCH_DB:-baocao_bench}"
url="${BENCH_DB_URL:-jdbc:postgresql://localhost:5432/$db?user=${PGUSER:-$(id -un)}}"
if [ "${BENCH_FRESH:-0}" = 1 ]; then
  psql -q -d postgres -c "drop database if exists $db"
fi
psql -q -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 || psql -q -d postgres -c "create database $db"
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp" bench/java/OverviewBench.java
java -Xmx2g -cp "target/bench-classes:$cp" OverviewBench "$url" "$reports" "$runs"
