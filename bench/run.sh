#!/usr/bin/env bash
# Reproduces every figure of BENCHMARKS.md and prints its results table (markdown) at the end.
#
#   bench/run.sh            # about 10-15 minutes on 2 cores
#
# Environment: CARGO_TARGET_DIR (default: target/), MEASURE_SECS (criterion measurement time per
# benchmark, default 3), DOWNLOAD_MIB (default 1024), DOWNLOAD_RUNS (default 5), POLLS (default 1000),
# SKIP_BUILD_COST=1 to skip the clean-build timing (the slowest part).
#
# Results go to $CARGO_TARGET_DIR/bench-results/: criterion's estimates, connections.json,
# download.jsonl, build.json, instructions.jsonl (when valgrind is installed), machine.txt and table.md
# (the table printed at the end).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
RESULTS=$TARGET/bench-results
MEASURE_SECS=${MEASURE_SECS:-3}
DOWNLOAD_MIB=${DOWNLOAD_MIB:-1024}
DOWNLOAD_RUNS=${DOWNLOAD_RUNS:-5}
POLLS=${POLLS:-1000}
BIN=$TARGET/release

log() { echo "== $(date +%T) $*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export CRITERION_HOME=$RESULTS/criterion
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
    echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
    echo "rustc: $(rustc --version)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"

log "building the benchmarks (bench profile: release, with the library and simulator optimized)"
cargo build --profile bench -p grokvid-bench --bins
cargo bench -p grokvid-bench --no-run

CRITERION_ARGS=(--warm-up-time 1 --measurement-time "$MEASURE_SECS")
for bench in generator request_path throughput; do
    log "criterion: $bench"
    cargo bench -p grokvid-bench --bench "$bench" -- "${CRITERION_ARGS[@]}" >"$RESULTS/$bench.log" 2>&1 ||
        { tail -30 "$RESULTS/$bench.log" >&2; exit 1; }
done

log "connections: $POLLS polls and round trips"
"$BIN/connections" "$POLLS" >"$RESULTS/connections.json"

log "download: $DOWNLOAD_MIB MiB x $DOWNLOAD_RUNS runs per mode"
DL=$(mktemp -d "${TMPDIR:-/tmp}/grokvid-download.XXXXXX")
"$BIN/sim_server" unified $((DOWNLOAD_MIB * 1024 * 1024)) "$DL/ready" >"$DL/sim.log" 2>&1 &
SIM_PID=$!
trap 'kill "$SIM_PID" 2>/dev/null || true; rm -rf "$DL"' EXIT
for _ in $(seq 100); do [ -f "$DL/ready" ] && break; sleep 0.1; done
read -r SIM_URL SIM_KEY <"$DL/ready"
for _ in $(seq "$DOWNLOAD_RUNS"); do
    for mode in generated raw raw_fsync; do
        if [ -x /usr/bin/time ]; then
            line=$(/usr/bin/time -v -o "$DL/time.txt" "$BIN/download" "$mode" "$SIM_URL" "$SIM_KEY" "$DL")
            rss=$(awk -F: '/Maximum resident set size/{gsub(/ /,"",$2); print $2}' "$DL/time.txt")
            echo "${line%\}},\"max_rss_kib\":$rss}" >>"$RESULTS/download.jsonl"
        else
            "$BIN/download" "$mode" "$SIM_URL" "$SIM_KEY" "$DL" >>"$RESULTS/download.jsonl"
        fi
    done
done
kill "$SIM_PID" 2>/dev/null || true
wait "$SIM_PID" 2>/dev/null || true

if [ "${SKIP_BUILD_COST:-0}" != 1 ]; then
    # In a copy of the sources with its own target folder: touching files here would make everyone
    # else's builds recompile, and a clean build must not reuse anything.
    log "build cost: clean build of grokvid (dev profile) in a copy of the workspace"
    BUILD=$(mktemp -d "${TMPDIR:-/tmp}/grokvid-build.XXXXXX")
    trap 'kill "$SIM_PID" 2>/dev/null || true; rm -rf "$DL" "$BUILD"' EXIT
    tar -C "$ROOT" --exclude=./target --exclude=./.git -cf - . | tar -C "$BUILD" -xf -
    build() { (cd "$BUILD" && CARGO_TARGET_DIR="$BUILD/target" cargo build -q --offline -p grokvid); }
    t=$(now); build; clean=$(elapsed "$t")
    (cd "$BUILD" && CARGO_TARGET_DIR="$BUILD/target" cargo clean -q -p grokvid -p grokvid-codegen -p grokvid-macros)
    t=$(now); build; own=$(elapsed "$t")
    log "build cost: incremental rebuilds (3 each, alternating)"
    spec_times=()
    rs_times=()
    for _ in 1 2 3; do
        sleep 1.1 # a newer mtime than the last build's outputs
        touch "$BUILD/specs/geeknow.yaml"
        t=$(now); build; spec_times+=("$(elapsed "$t")")
        sleep 1.1
        touch "$BUILD/client/src/validate/wire.rs"
        t=$(now); build; rs_times+=("$(elapsed "$t")")
    done
    median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
    printf '{"clean_s":%s,"own_crates_s":%s,"touch_spec_s":%s,"touch_rs_s":%s,"touch_spec_runs":[%s],"touch_rs_runs":[%s]}\n' \
        "$clean" "$own" "$(median "${spec_times[@]}")" "$(median "${rs_times[@]}")" \
        "$(IFS=,; echo "${spec_times[*]}")" "$(IFS=,; echo "${rs_times[*]}")" >"$RESULTS/build.json"
    rm -rf "$BUILD"
fi

if command -v valgrind >/dev/null; then
    log "instructions per request and per round trip (callgrind)"
    bench/instructions.sh "$BIN" >"$RESULTS/instructions.jsonl"
fi

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/machine.txt"
"$BIN/report" "$RESULTS" "$CRITERION_HOME" >"$RESULTS/table.md"
echo
cat "$RESULTS/machine.txt"
echo
cat "$RESULTS/table.md"
