//! Prints the markdown results table of `bench/run.sh` from criterion's estimates and the JSON the
//! measuring binaries and the build timings wrote.
//!
//! `report RESULTS_DIR CRITERION_DIR`

use serde_json::Value;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [results, criterion] = args.as_slice() else {
        eprintln!("usage: report RESULTS_DIR CRITERION_DIR");
        std::process::exit(2);
    };
    let report = Report {
        results: PathBuf::from(results),
        criterion: PathBuf::from(criterion),
    };
    print!("{}", report.render());
}

struct Report {
    results: PathBuf,
    criterion: PathBuf,
}

/// Median time of one criterion benchmark, in nanoseconds, with its 95 % interval.
#[derive(Clone, Copy)]
struct Estimate {
    median: f64,
    low: f64,
    high: f64,
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

fn num(v: &Value, key: &str) -> Option<f64> {
    v.get(key)?.as_f64()
}

/// `1.23 ms`, `456 ns`, `7.8 µs`.
fn time(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn verdict(ok: bool) -> &'static str {
    if ok { "yes" } else { "**no**" }
}

impl Report {
    fn estimate(&self, group: &str, bench: &str) -> Option<Estimate> {
        let path = self
            .criterion
            .join(group)
            .join(bench)
            .join("new/estimates.json");
        let v = read_json(&path)?;
        let median = v.get("median")?;
        let ci = median.get("confidence_interval")?;
        Some(Estimate {
            median: num(median, "point_estimate")?,
            low: num(ci, "lower_bound")?,
            high: num(ci, "upper_bound")?,
        })
    }

    /// Number of specs per iteration of a generator group.
    fn elements(&self, group: &str) -> f64 {
        let path = self
            .criterion
            .join(group)
            .join("generate/new/benchmark.json");
        read_json(&path)
            .and_then(|v| v.get("throughput")?.get("Elements")?.as_f64())
            .unwrap_or(1.0)
    }

    fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "| # | Figure | Result | Baseline (same run) | Ratio | Goal | Met |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|---|");
        self.generator(&mut out);
        self.build(&mut out);
        self.request_path(&mut out);
        self.throughput(&mut out);
        self.download(&mut out);
        let _ = writeln!(out);
        self.generator_stages(&mut out);
        let _ = writeln!(out);
        spec_sizes(&mut out);
        self.instructions(&mut out);
        out
    }

    /// Instruction counts (callgrind), when `instructions.jsonl` was written.
    fn instructions(&self, out: &mut String) {
        let Ok(text) = std::fs::read_to_string(self.results.join("instructions.jsonl")) else {
            return;
        };
        let _ = writeln!(
            out,
            "\nInstructions (valgrind callgrind; not moved by other load on the machine):\n"
        );
        let _ = writeln!(out, "| Figure | Generated | Hand-written | Ratio |");
        let _ = writeln!(out, "|---|---|---|---|");
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let (Some(g), Some(h)) = (num(&v, "generated"), num(&v, "hand_written")) else {
                continue;
            };
            let name = v["name"].as_str().unwrap_or("?");
            let what = match v["kind"].as_str() {
                Some("round_trip") => {
                    format!("{name}: create + query round trip (client and simulator)")
                }
                Some("round_trip_client") => {
                    format!("{name}: create + query round trip (the client alone)")
                }
                _ => format!("{name}: request path (build + validate + serialize)"),
            };
            let _ = writeln!(out, "| {what} | {g:.0} | {h:.0} | {:.2}× |", g / h);
        }
    }

    fn generator(&self, out: &mut String) {
        for (group, label) in [
            ("generator_real", "real specs"),
            ("generator_synthetic", "synthetic specs"),
        ] {
            let n = self.elements(group);
            let (Some(g), Some(p)) = (
                self.estimate(group, "generate"),
                self.estimate(group, "yaml_parse"),
            ) else {
                let _ = writeln!(out, "| 1 | Generator, {label} | (not measured) | | | | |");
                continue;
            };
            let per = g.median / n;
            let _ = writeln!(
                out,
                "| 1 | Generate + format, {label} ({n}), per spec | {} (95 % CI {}–{}) | YAML parse only: {} | {:.1}× | ≤ 1 ms per spec | {} |",
                time(per),
                time(g.low / n),
                time(g.high / n),
                time(p.median / n),
                g.median / p.median,
                verdict(per <= 1e6),
            );
        }
    }

    fn generator_stages(&self, out: &mut String) {
        let _ = writeln!(out, "Generator stages, per spec (median):\n");
        let _ = writeln!(
            out,
            "| Set | yaml_parse | load (parse + check) | emit (tokens) | format (prettyplease) | unformatted (`to_string`) | generate (all) |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|---|---|");
        for group in ["generator_real", "generator_synthetic"] {
            let n = self.elements(group);
            let cell = |bench: &str| {
                self.estimate(group, bench)
                    .map_or("-".to_string(), |e| time(e.median / n))
            };
            let _ = writeln!(
                out,
                "| {group} ({n}) | {} | {} | {} | {} | {} | {} |",
                cell("yaml_parse"),
                cell("load"),
                cell("emit"),
                cell("format"),
                cell("to_string"),
                cell("generate")
            );
        }
    }

    fn build(&self, out: &mut String) {
        let Some(b) = read_json(&self.results.join("build.json")) else {
            let _ = writeln!(out, "| 2 | Build cost | (not measured) | | | | |");
            return;
        };
        if let (Some(clean), Some(own)) = (num(&b, "clean_s"), num(&b, "own_crates_s")) {
            let _ = writeln!(
                out,
                "| 2 | Clean build of `grokvid` (dev profile) | {clean:.1} s | its dependencies alone: {:.1} s; grokvid's own crates on built dependencies: {own:.1} s | {:.0} % own | (reported) | – |",
                clean - own,
                100.0 * own / clean,
            );
        }
        if let (Some(spec), Some(rs)) = (num(&b, "touch_spec_s"), num(&b, "touch_rs_s")) {
            let ratio = spec / rs;
            let _ = writeln!(
                out,
                "| 2 | Incremental rebuild after touching `specs/geeknow.yaml` | {spec:.2} s | after touching `client/src/validate/wire.rs`: {rs:.2} s | {ratio:.2}× | ≤ 1.2× | {} |",
                verdict(ratio <= 1.2)
            );
        }
    }

    fn request_path(&self, out: &mut String) {
        for (vendor, _, _) in grokvid_bench::request::VENDORS {
            let group = format!("request_path_{vendor}");
            let (Some(g), Some(h)) = (
                self.estimate(&group, "generated"),
                self.estimate(&group, "hand_written"),
            ) else {
                continue;
            };
            let ratio = g.median / h.median;
            let _ = writeln!(
                out,
                "| 3 | Request path, {vendor} create (build + validate + serialize) | {} | hand-written serde struct: {} | {ratio:.2}× | ≤ 1.10× | {} |",
                time(g.median),
                time(h.median),
                verdict(ratio <= 1.10)
            );
        }
    }

    fn throughput(&self, out: &mut String) {
        let conns = read_json(&self.results.join("connections.json"));
        for provider in grokvid_bench::roundtrip::PROVIDERS {
            let group = format!("throughput_{provider}");
            if let (Some(g), Some(h)) = (
                self.estimate(&group, "generated"),
                self.estimate(&group, "hand_written"),
            ) {
                let ratio = h.median / g.median;
                let _ = writeln!(
                    out,
                    "| 4 | Throughput, {provider}: create + query round trips on loopback | {:.0} round trips/s ({} each) | hand-written reqwest loop: {:.0}/s ({} each) | {ratio:.2}× | ≥ 0.95× | {} |",
                    1e9 / g.median,
                    time(g.median),
                    1e9 / h.median,
                    time(h.median),
                    verdict(ratio >= 0.95)
                );
            }
            let Some(c) = &conns else { continue };
            let n = num(c, "n").unwrap_or(0.0);
            let trips = num(c, &format!("{provider}_round_trips")).unwrap_or(n);
            if let (Some(g), Some(h), Some(median)) = (
                num(c, &format!("{provider}_generated_round_trips_s")),
                num(c, &format!("{provider}_hand_written_round_trips_s")),
                num(c, &format!("{provider}_batch_ratio_median")),
            ) {
                let batch = num(c, &format!("{provider}_batch")).unwrap_or(50.0);
                // The middle half of the batch ratios: how far load moved them in this run.
                let spread = match (
                    num(c, &format!("{provider}_batch_ratio_q1")),
                    num(c, &format!("{provider}_batch_ratio_q3")),
                ) {
                    (Some(q1), Some(q3)) => format!(" (quartiles {q1:.2}–{q3:.2})"),
                    _ => String::new(),
                };
                let _ = writeln!(
                    out,
                    "| 4 | Throughput, {provider}: {trips} round trips, sides alternating in batches of {batch} | {:.0} round trips/s | hand-written reqwest loop: {:.0}/s | total {:.2}×, median batch {median:.2}×{spread} | ≥ 0.95× (median batch) | {} |",
                    trips / g,
                    trips / h,
                    h / g,
                    verdict(median >= 0.95)
                );
            }
            if let Some(polls) = num(c, &format!("{provider}_wait_polls")) {
                let opened = num(c, &format!("{provider}_wait_poll_connections")).unwrap_or(-1.0);
                let _ = writeln!(
                    out,
                    "| 4 | TCP connections, {provider}: {polls} polls through `wait()` (5 ms apart) | {opened} new (the create's connection reused) | – | – | one, reused | {} |",
                    verdict(opened == 0.0)
                );
            }
            if let Some(polls) = num(c, &format!("{provider}_generated_poll_connections")) {
                let total =
                    num(c, &format!("{provider}_generated_total_connections")).unwrap_or(0.0);
                let hand =
                    num(c, &format!("{provider}_hand_written_total_connections")).unwrap_or(0.0);
                let trips_conns =
                    num(c, &format!("{provider}_generated_round_trip_connections")).unwrap_or(0.0);
                let hand_trips = num(
                    c,
                    &format!("{provider}_hand_written_round_trip_connections"),
                )
                .unwrap_or(0.0);
                let _ = writeln!(
                    out,
                    "| 4 | TCP connections, {provider}: {n} polls back to back (worst case) | {polls} opened by the polls ({total} in all, create included); {trips_conns} for {trips} round trips | hand-written loop: {hand} in all; {hand_trips} for {trips} round trips | – | one, reused | {} |",
                    verdict(polls <= 1.0)
                );
            }
        }
    }

    fn download(&self, out: &mut String) {
        let Ok(text) = std::fs::read_to_string(self.results.join("download.jsonl")) else {
            let _ = writeln!(out, "| 5 | Download | (not measured) | | | | |");
            return;
        };
        let runs: Vec<Value> = text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        // Median speed and worst peak RSS per mode (the outside view from /usr/bin/time -v when given).
        let stats = |mode: &str| -> Option<(f64, f64, f64, usize)> {
            let of: Vec<&Value> = runs.iter().filter(|r| r["mode"] == mode).collect();
            if of.is_empty() {
                return None;
            }
            let mut speeds: Vec<f64> = of.iter().filter_map(|r| num(r, "mib_per_s")).collect();
            speeds.sort_by(f64::total_cmp);
            let median = speeds[speeds.len() / 2];
            let rss = of
                .iter()
                .filter_map(|r| num(r, "max_rss_kib").or_else(|| num(r, "peak_rss_kib")))
                .fold(0.0, f64::max);
            let bytes = num(of[0], "bytes").unwrap_or(0.0);
            Some((median, rss / 1024.0, bytes, of.len()))
        };
        let (Some(g), Some(raw)) = (stats("generated"), stats("raw")) else {
            return;
        };
        let gib = g.2 / (1024.0 * 1024.0 * 1024.0);
        let _ = writeln!(
            out,
            "| 5 | Download {gib:.0} GiB to disk: peak RSS | {:.1} MiB | raw reqwest stream: {:.1} MiB | {:.2}× | ≤ 32 MiB | {} |",
            g.1,
            raw.1,
            g.1 / raw.1,
            verdict(g.1 <= 32.0)
        );
        let _ = writeln!(
            out,
            "| 5 | Download {gib:.0} GiB to disk: speed (median of {}) | {:.0} MiB/s | raw reqwest `bytes_stream` to a file: {:.0} MiB/s | {:.2}× | ≥ 0.9× | {} |",
            g.3,
            g.0,
            raw.0,
            g.0 / raw.0,
            verdict(g.0 / raw.0 >= 0.9)
        );
        if let Some(fsync) = stats("raw_fsync") {
            let _ = writeln!(
                out,
                "| 5 | (same, baseline with the library's `fsync`) | {:.0} MiB/s | raw stream + `sync_all`: {:.0} MiB/s | {:.2}× | (reported) | – |",
                g.0,
                fsync.0,
                g.0 / fsync.0
            );
        }
    }
}

/// Sizes of the spec sets the generator figures are per-spec averages over.
fn spec_sizes(out: &mut String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut real: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    real.sort();
    let synthetic: Vec<String> = (0..1000).map(grokvid_bench::synth::spec).collect();
    let _ = writeln!(out, "Spec sets (averages per spec):\n");
    let _ = writeln!(
        out,
        "| Set | Specs | YAML lines | Create params (min–max) | Generated Rust lines |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for (name, set) in [("real (specs/)", &real), ("synthetic", &synthetic)] {
        let n = set.len().max(1) as f64;
        let yaml: usize = set.iter().map(|s| s.lines().count()).sum();
        let params: Vec<usize> = set
            .iter()
            .map(|s| grokvid_bench::synth::create_param_count(s))
            .collect();
        let rust: usize = set
            .iter()
            .filter_map(|s| grokvid_codegen::generate("x.yaml", s, &Default::default()).ok())
            .map(|g| g.source.lines().count())
            .sum();
        let _ = writeln!(
            out,
            "| {name} | {} | {:.0} | {:.1} ({}–{}) | {:.0} |",
            set.len(),
            yaml as f64 / n,
            params.iter().sum::<usize>() as f64 / n,
            params.iter().min().unwrap_or(&0),
            params.iter().max().unwrap_or(&0),
            rust as f64 / n
        );
    }
}
