#!/usr/bin/env bash
# Fault: the database's disk full while clerks save (bench/README.md). Needs root (mounts a 64 MB tmpfs). The
# portal's database lives in a tablespace on the tmpfs; 15 s in, a file fills the tmpfs; 20 s later it is removed.
# Saves in between must be answered with the Vietnamese "not saved" page (503), and saving resumes afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
out="target/bench/fault-disk-full-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
build
pg_start 5497
disk=/tmp/baocao-faults-disk
mkdir -p "$disk"; mount -t tmpfs -o size=64m tmpfs "$disk"; mkdir -p "$disk/ts"; chown postgres "$disk/ts"
trap 'cleanup; umount "$disk" 2>/dev/null || true' EXIT
psql_at postgres "CREATE TABLESPACE small LOCATION '$disk/ts'" "CREATE DATABASE baocao_faults TABLESPACE small"
server_portal 8086
probe http://127.0.0.1:8086 5 70 d
sleep 15
echo "$(date +%T) filling the disk"; dd if=/dev/zero of="$disk/filler" bs=1M 2>/dev/null || true; df -h "$disk" | tail -1
sleep 20
echo "$(date +%T) space again"; rm -f "$disk/filler"
probe_result
