"""Copies stdin to stdout, each line prefixed with the seconds since the start and a tab."""
import sys
import time

start = time.monotonic()
stdin = sys.stdin.buffer
while line := stdin.readline().decode("utf-8", "replace"):
    sys.stdout.write(f"{time.monotonic() - start:9.1f}\t{line}")
    sys.stdout.flush()
