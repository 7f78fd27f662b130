#!/usr/bin/env bash
# Instructions per request (request path) and per create + query round trip (throughput: client and
# simulator in one process, and the client alone against a simulator in another process), generated
# vs hand-written, counted with valgrind's callgrind: figures that other load on the machine does not
# move. Prints JSON lines.
#
#   bench/instructions.sh [RELEASE_BIN_DIR]    (default: $CARGO_TARGET_DIR/release or target/release)
#
# The binaries come from `cargo build --profile bench -p grokvid-bench --bins` (bench/run.sh does it):
# a plain `--release` build leaves the library unoptimized (Cargo.toml, `profile.release.package`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-${CARGO_TARGET_DIR:-$ROOT/target}/release}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/grokvid-callgrind.XXXXXX")
SIM_PID=
trap 'if [ -n "$SIM_PID" ]; then kill "$SIM_PID" 2>/dev/null || true; fi; rm -rf "$OUT"' EXIT

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
# The client's own instructions: the simulator runs in a process of its own (sim_server), outside
# valgrind.
per_item_remote() {
    local provider=$1 side=$2 small=$3 large=$4
    local a b
    a=$(count "$BIN/round_trips" "$provider" "$side" "$small" $SIM_URL $SIM_KEY)
    b=$(count "$BIN/round_trips" "$provider" "$side" "$large" $SIM_URL $SIM_KEY)
    echo $(((b - a) / (large - small)))
}
for provider in unified geeknow; do
    rm -f "$OUT/ready"
    "$BIN/sim_server" "$provider" 4096 "$OUT/ready" >/dev/null 2>&1 &
    SIM_PID=$!
    for _ in $(seq 100); do [ -f "$OUT/ready" ] && break; sleep 0.1; done
    read -r SIM_URL SIM_KEY <"$OUT/ready"
    g=$(per_item_remote "$provider" generated 10 1010)
    h=$(per_item_remote "$provider" hand_written 10 1010)
    kill "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=
    echo "{\"kind\":\"round_trip_client\",\"name\":\"$provider\",\"generated\":$g,\"hand_written\":$h}"
done
