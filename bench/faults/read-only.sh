#!/usr/bin/env bash
# Fault: the database turned read-only while clerks save (bench/README.md), then writable again. Saves in between
# must be answered with the Vietnamese "not saved" page (503), nothing half-written, and saving resumes afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
out="target/bench/fault-read-only-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
build
pg_start 5498
psql_at postgres "CREATE DATABASE baocao_faults"
server_portal 8085
probe http://127.0.0.1:8085 5 60 o
sleep 15
echo "$(date +%T) database read-only"
terminate="SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'baocao_faults' AND pid <> pg_backend_pid()"
psql_at postgres "ALTER DATABASE baocao_faults SET default_transaction_read_only = on" "$terminate"
sleep 3
echo "--- what a person sees meanwhile (the editor of a report, as the demo clerk):"
curl -s -c "$out/cookies" -b "$out/cookies" http://127.0.0.1:8085/login -o "$out/login.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$out/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$out/cookies" -b "$out/cookies" -o /dev/null -w "sign-in: %{http_code}\n" \
  --data-urlencode "username=vanthu" --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$token" \
  http://127.0.0.1:8085/login
curl -s -c "$out/cookies" -b "$out/cookies" -H "Accept: text/html" -o "$out/home-read-only.html" \
  -w "home page: %{http_code}\n" http://127.0.0.1:8085/
sed -e 's/<[^>]*>/ /g' "$out/home-read-only.html" | tr -s ' \n' ' ' | cut -c1-300; echo
sleep 15
echo "$(date +%T) database writable again"
psql_at postgres "ALTER DATABASE baocao_faults SET default_transaction_read_only = off" "$terminate"
probe_result
echo "--- portal log: stack traces (lines starting with 'at ')"; grep -c "^\s*at " "$out/portal-8085.log" || true
