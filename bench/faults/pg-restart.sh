#!/usr/bin/env bash
# Fault: PostgreSQL restarted while clerks save (bench/README.md). Starts a throw-away PostgreSQL 15 cluster
# (RESTART_MODE=fast, the default, is what `pg_ctlcluster 15 main restart` does; immediate is a crash and recovery),
# a portal on it, 10 clerks autosaving for 60 s, restarts PostgreSQL 20 s in, and checks that every acknowledged save
# is stored and that the portal recovered by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
out="target/bench/fault-pg-restart-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
build
pg_start 5499
psql_at postgres "CREATE DATABASE baocao_faults"
server_portal 8083
probe http://127.0.0.1:8083 5 60 r
sleep 20
echo "$(date +%T) restarting PostgreSQL (${RESTART_MODE:-fast})"
time pg_restart "${RESTART_MODE:-fast}"
echo "$(date +%T) PostgreSQL is back"
probe_result
