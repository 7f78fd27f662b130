//! Runs one side of the request-path benchmark N times, for counting its instructions with
//! `perf stat -e instructions:u` (a figure that other load on the machine does not move).
//!
//! `request_path_runs VENDOR generated|hand_written N`

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [vendor, side, n] = args.as_slice() else {
        eprintln!("usage: request_path_runs VENDOR generated|hand_written N");
        std::process::exit(2);
    };
    let (_, generated, hand_written) = grokvid_bench::request::VENDORS
        .iter()
        .find(|(v, _, _)| v == vendor)
        .expect("a benchmarked vendor");
    let run = match side.as_str() {
        "generated" => generated,
        "hand_written" => hand_written,
        other => panic!("unknown side {other}"),
    };
    let n: u64 = n.parse().expect("N is a number");
    for _ in 0..n {
        black_box(run());
    }
}
