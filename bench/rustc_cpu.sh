#!/usr/bin/env bash
# A RUSTC_WRAPPER that appends "USER_S SYS_S CRATE KIND" for each rustc run to $RUSTC_CPU_LOG: the CPU
# seconds of every unit of a build, which other load on the machine barely moves (unlike the wall
# seconds of cargo's --timings report). Used by bench/first_build.sh; summed by bench/cpu_top.py.
set -euo pipefail
rustc=$1
shift
name=- kind=- prev=
for arg in "$@"; do
    case $prev in
    --crate-name) name=$arg ;;
    --crate-type) kind=$arg ;;
    esac
    prev=$arg
done
exec /usr/bin/time -f "%U %S $name $kind" -a -o "$RUSTC_CPU_LOG" "$rustc" "$@"
