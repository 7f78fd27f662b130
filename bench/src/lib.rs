//! Benchmarks of grokvid (see `BENCHMARKS.md` and `bench/run.sh`): shared pieces of the criterion
//! benches and the measuring binaries.

pub mod request;
pub mod roundtrip;
pub mod synth;

/// Peak resident set size of this process so far (`VmHWM` in `/proc/self/status`), in KiB.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
