//! A spec loaded at run time (issue 13): `grokvid::Provider::from_yaml`, i.e. the generator's loader
//! and checks, then the runtime tables, for each spec in `specs/`; goal ≤ 1 ms per spec. Its
//! alternative is a rebuild of the `grokvid` crate after the spec changed (`touch specs/xai.yaml &&
//! cargo build -p grokvid`), measured by BENCHMARKS.md's recipe, not here.
//!
//! ```text
//! cargo run --profile bench -p grokvid-bench --bin runtime_spec [-- ITERATIONS]
//! ```
//!
//! Per spec: the median and the fastest of ITERATIONS (default 200) loads, and the two halves timed
//! apart (`load`: parse + check into the model; `tables`: the model lowered into tables). One JSON
//! line per spec follows the table. Every load leaks its tables (a provider lives as long as the
//! program), so ITERATIONS stays small.

use std::time::{Duration, Instant};

fn main() {
    let iterations: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200)
        .max(1);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the specs folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    println!(
        "{:<22} {:>8} {:>12} {:>10} {:>10} {:>10}",
        "spec", "lines", "from_yaml", "fastest", "load", "tables"
    );
    let mut lines = Vec::new();
    for path in files {
        let file = format!("specs/{}", path.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(&path).expect("a readable spec");
        let whole = median_and_min(iterations, || {
            std::hint::black_box(grokvid::Provider::from_yaml(&file, &text).expect("loads"));
        });
        let load = median_and_min(iterations, || {
            std::hint::black_box(grokvid_codegen::load(&file, &text).expect("loads"));
        });
        let model = grokvid_codegen::load(&file, &text).expect("loads");
        let tables = median_and_min(iterations, || {
            std::hint::black_box(grokvid_codegen::lower(&model));
        });
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{file:<22} {:>8} {:>9.3} ms {:>7.3} ms {:>7.3} ms {:>7.3} ms",
            text.lines().count(),
            ms(whole.0),
            ms(whole.1),
            ms(load.0),
            ms(tables.0)
        );
        lines.push(format!(
            "{{\"spec\":\"{file}\",\"iterations\":{iterations},\"from_yaml_median_ms\":{:.4},\
             \"from_yaml_min_ms\":{:.4},\"load_median_ms\":{:.4},\"tables_median_ms\":{:.4}}}",
            ms(whole.0),
            ms(whole.1),
            ms(load.0),
            ms(tables.0)
        ));
    }
    for line in lines {
        println!("{line}");
    }
}

/// The median and the fastest of `n` timed runs of `f`, after a few untimed ones.
fn median_and_min(n: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..5 {
        f();
    }
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}
