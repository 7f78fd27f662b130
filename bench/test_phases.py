"""The phases of a `cargo test` run from its stamped output (bench/stamp_lines.py): the build until the
first test binary runs, each test binary and doc-test run, and the longest silences.

    python3 bench/test_phases.py STAMPED_LOG [N]
"""
import sys

lines = []
for raw in open(sys.argv[1], encoding="utf-8", errors="replace"):
    stamp, _, text = raw.rstrip("\n").partition("\t")
    lines.append((float(stamp), text))
if not lines:
    sys.exit("no output")
end = lines[-1][0]

# A phase starts at cargo's "Running ..." or "Doc-tests ..." line; before the first one, cargo builds.
phases = [("build (until the first test binary runs)", 0.0)]
for stamp, text in lines:
    words = text.strip()
    if words.startswith("Running ") or words.startswith("Doc-tests "):
        phases.append((words, stamp))
print("phases (wall seconds):")
for (name, start), (_, next_start) in zip(phases, phases[1:] + [("end", end)]):
    print(f"  {next_start - start:7.1f} s  {name}")

count = int(sys.argv[2]) if len(sys.argv) > 2 else 5
gaps = []
for (before, text_before), (after, text_after) in zip(lines, lines[1:]):
    gaps.append((after - before, text_before.strip(), text_after.strip()))
print(f"the {count} longest stretches without output:")
for gap, text_before, text_after in sorted(gaps, reverse=True)[:count]:
    print(f"  {gap:7.1f} s  after `{text_before[:90]}`, until `{text_after[:90]}`")
