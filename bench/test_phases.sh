#!/usr/bin/env bash
# README's test command, `cargo test --workspace --locked`, on a fresh copy of the workspace with its
# own target folder (what a new user runs first), every output line stamped with the seconds since the
# start. Prints the wall seconds of the build and of each test binary, and the longest stretches
# without a line (BENCHMARKS.md, "The test command's slow, silent phases").
#
#   bench/test_phases.sh [OUT_DIR]     # 15 to 40 minutes on 2 cores
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/target-tests}
rm -rf "$OUT"
source "$ROOT/bench/copy_sources.sh"
copy_sources "$ROOT" "$OUT/src"
{ echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "cpus: $(nproc)"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } >"$OUT/summary.txt"
(cd "$OUT/src" && CARGO_TARGET_DIR="$OUT/target" CARGO_TERM_COLOR=never RUSTC_WRAPPER="$ROOT/bench/rustc_cpu.sh" \
    RUSTC_CPU_LOG="$OUT/rustc.cpu" /usr/bin/time -f "%U %S %e" -o "$OUT/test.time" \
    cargo test --workspace --locked --timings 2>&1 || true) | python3 -u "$ROOT/bench/stamp_lines.py" >"$OUT/test.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/summary.txt"
read -r user sys wall <"$OUT/test.time"
awk -v u="$user" -v s="$sys" -v w="$wall" \
    'BEGIN { printf "cargo test --workspace: %.0f CPU-s (user %.0f + sys %.0f), %.0f s wall\n", u + s, u, s, w }' >>"$OUT/summary.txt"
python3 "$ROOT/bench/test_phases.py" "$OUT/test.log" >>"$OUT/summary.txt"
python3 "$ROOT/bench/cpu_top.py" "$OUT/rustc.cpu" 10 >>"$OUT/summary.txt"
cat "$OUT/summary.txt"
