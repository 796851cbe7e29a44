#!/usr/bin/env python3
"""Prints the statistics table of a Gatling report (index.html) per request kind as Markdown (bench/load.sh):
the measured requests first, then, when the run had a warm-up, the warm-up's requests (Gatling's group "warm-up")
in a table of their own. "All Requests" is Gatling's total, warm-up included."""
import re, sys, pathlib

report = pathlib.Path(sys.argv[1])
config = sys.argv[2] if len(sys.argv) > 2 else ""
html = (report / "index.html").read_text(encoding="utf-8")
measured, warmup = [], []
for block in re.split(r"(?=<tr[ >])", html):
    name = re.search(r'class="ellipsed-name">([^<]*)</span>', block)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', block))
    if not name or "2" not in cells:
        continue
    parent = re.match(r'<tr data-parent="([^"]*)"', block)
    is_group = re.search(r'id="group_', block) is not None
    if parent is None:  # Gatling's total
        measured.append(("All Requests (warm-up included)", cells))
    elif parent.group(1) == "ROOT" and not is_group:
        measured.append((name.group(1), cells))
    elif parent.group(1).startswith("group_warm-up"):
        warmup.append((name.group(1), cells))


def table(title, rows):
    print(f"\n### {title}\n")
    print("| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, c in sorted(rows, key=lambda r: (not r[0].startswith("All Requests"), r[0])):
        ko = c["4"].replace("-", "0")
        print(f"| {name} | {c['2']} | {c['6']} | {c['8']} | {c['9']} | {c['10']} | {c['12']} | {ko} |")


table(config + (", measured part" if warmup else ""), measured)
if warmup:
    table(config + ", warm-up (sign-in, then the same mix on the same sessions)", warmup)
