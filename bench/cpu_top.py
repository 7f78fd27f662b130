"""The crates that cost the most CPU seconds in a build, from bench/rustc_cpu.sh's log.

    python3 bench/cpu_top.py CPU_LOG [N]

A crate compiled twice (for the build scripts and for the target) is listed once, with both summed.
"""
import collections
import sys

cost = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    fields = line.split()
    # Skipped: rustc asked for its version or target info (no crate), and /usr/bin/time's
    # "Command exited with non-zero status" lines.
    if len(fields) < 4 or fields[2] == "-" or not fields[0].replace(".", "").isdigit():
        continue
    user, system, name, kind = float(fields[0]), float(fields[1]), fields[2], fields[3]
    label = name if kind in ("lib", "rlib", "proc-macro") else f"{name} ({kind})"
    cost[label] += user + system
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
print(f"  rustc: {sum(cost.values()):.0f} CPU-s in {len(cost)} crates; the {count} most expensive:")
for label, seconds in cost.most_common(count):
    print(f"  {seconds:7.1f} CPU-s  {label}")
