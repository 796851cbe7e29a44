#!/usr/bin/env bash
# Fault: the portal killed with kill -9 while clerks save (bench/README.md). The portal runs on its embedded
# PostgreSQL (data kept in a folder, as a user runs it); 10 clerks autosave; 15 s in the portal is killed -9 and
# started again on the same folder (it stops the PostgreSQL the dead portal left running, then starts its own); the
# clerks carry on with the same session cookies. Every save acknowledged before the kill must be there.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
out="target/bench/fault-kill9-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
build
env=(PORTAL_DATABASE_EMBEDDED_DATA_DIRECTORY="$PWD/$out/pgdata" PORTAL_DEMO=true)
start_portal 8084 "${env[@]}"
probe http://127.0.0.1:8084 5 120 k
sleep 15
echo "$(date +%T) kill -9 $portal_pid"
kill -9 "$portal_pid"
start_portal 8084 "${env[@]}"
probe_result
