#!/usr/bin/env bash
# The first build a new user runs (README: `cargo run --release -p grokvid-cli ...`) next to the same
# build of the floor crate (bench/floor: the same HTTP/TLS/runtime/CLI crates and almost no code), each
# in a fresh target folder, in one run. Prints CPU seconds, wall seconds and the ten crates that cost
# the most CPU seconds in each (bench/rustc_cpu.sh times every rustc run; cargo's --timings report,
# kept as NAME-timing.html, has wall seconds, which other load on the machine inflates).
#
#   bench/first_build.sh [OUT_DIR]     # about 10 minutes on 2 idle cores
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/target-timing}
rm -rf "$OUT"
mkdir -p "$OUT"
source "$ROOT/bench/copy_sources.sh"
copy_sources "$ROOT" "$OUT/src"

measure() { # name dir cargo-args...
    local name=$1 dir=$2
    shift 2
    (cd "$dir" && CARGO_TARGET_DIR="$OUT/$name-target" RUSTC_WRAPPER="$ROOT/bench/rustc_cpu.sh" \
        RUSTC_CPU_LOG="$OUT/$name.cpu" /usr/bin/time -f "%U %S %e" -o "$OUT/$name.time" \
        cargo build --release --locked --timings "$@" 2>"$OUT/$name.log")
    cp "$OUT/$name-target/cargo-timings/cargo-timing.html" "$OUT/$name-timing.html"
    read -r user sys wall <"$OUT/$name.time"
    awk -v n="$name" -v u="$user" -v s="$sys" -v w="$wall" \
        'BEGIN { printf "%s: %.0f CPU-s (user %.0f + sys %.0f), %.0f s wall\n", n, u + s, u, s, w }' | tee -a "$OUT/summary.txt"
    python3 "$ROOT/bench/cpu_top.py" "$OUT/$name.cpu" 10 | tee -a "$OUT/summary.txt"
}

{ echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"; echo "cpus: $(nproc)"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } >"$OUT/summary.txt"
measure grokvid-cli "$OUT/src" -p grokvid-cli
measure floor "$OUT/src/bench/floor"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/summary.txt"
