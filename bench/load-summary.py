#!/usr/bin/env python3
"""Prints the statistics table of a Gatling report (index.html) per request kind as Markdown (bench/load.sh)."""
import re, sys, pathlib

report = pathlib.Path(sys.argv[1])
config = sys.argv[2] if len(sys.argv) > 2 else ""
html = (report / "index.html").read_text(encoding="utf-8")
rows = []
for block in re.split(r"<tr[^>]*>", html):
    name = re.search(r'class="ellipsed-name">([^<]*)</span>', block)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', block))
    if name and "2" in cells:
        rows.append((name.group(1), cells))
print(f"\n### {config}\n")
print("| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, c in sorted(rows, key=lambda r: (r[0] != "All Requests", r[0])):
    ko = c["4"].replace("-", "0")
    print(f"| {name} | {c['2']} | {c['6']} | {c['8']} | {c['9']} | {c['10']} | {c['12']} | {ko} |")
