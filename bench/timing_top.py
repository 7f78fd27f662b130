"""The most expensive units of a `cargo build --timings` HTML report (its UNIT_DATA table).

    python3 bench/timing_top.py target/cargo-timings/cargo-timing.html [N]
"""
import json
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
for unit in sorted(units, key=lambda u: -u["duration"])[:count]:
    target = unit["target"].strip() or "lib"
    print(f"  {unit['duration']:7.1f} s  {unit['name']} {unit['version']} {target}")
