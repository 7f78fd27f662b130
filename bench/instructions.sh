#!/usr/bin/env bash
# Instructions per request (request path) and per create + query round trip (throughput, client and
# simulator in one process), generated vs hand-written, counted with valgrind's callgrind: figures that
# other load on the machine does not move. Prints JSON lines.
#
#   bench/instructions.sh [RELEASE_BIN_DIR]    (default: $CARGO_TARGET_DIR/release or target/release)
#
# The binaries come from `cargo build --profile bench -p grokvid-bench --bins` (bench/run.sh does it):
# a plain `--release` build leaves the library unoptimized (Cargo.toml, `profile.release.package`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${CARGO_TARGET_DIR:-$ROOT/target}/release}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/grokvid-callgrind.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

# Instructions of one run: `count PROGRAM ARGS...`.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$OUT/cg" "$@" 2>&1 >/dev/null |
        awk '/Collected/ { print $4 }'
}
# (count with N runs - count with 0 or a few runs) / N: the per-item cost without start-up.
per_item() {
    local program=$1 name=$2 side=$3 small=$4 large=$5
    local a b
    a=$(count "$BIN/$program" "$name" "$side" "$small")
    b=$(count "$BIN/$program" "$name" "$side" "$large")
    echo $(((b - a) / (large - small)))
}
for vendor in acedata aizfw geeknow jimmyai lumenhub unified xai; do
    g=$(per_item request_path_runs "$vendor" generated 0 20000)
    h=$(per_item request_path_runs "$vendor" hand_written 0 20000)
    echo "{\"kind\":\"request_path\",\"name\":\"$vendor\",\"generated\":$g,\"hand_written\":$h}"
done
for provider in unified geeknow; do
    g=$(per_item round_trips "$provider" generated 10 1010)
    h=$(per_item round_trips "$provider" hand_written 10 1010)
    echo "{\"kind\":\"round_trip\",\"name\":\"$provider\",\"generated\":$g,\"hand_written\":$h}"
done
