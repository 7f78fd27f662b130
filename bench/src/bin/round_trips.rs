//! Runs N create + query round trips of one side against an in-process simulator, for profiling and
//! for counting instructions per round trip with `valgrind --tool=callgrind` (which other load on the
//! machine does not move). Prints the wall time.
//!
//! `round_trips PROVIDER generated|hand_written N`

use grokvid_bench::roundtrip::{Generated, HandWritten, runtime, simulator};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [provider, side, n] = args.as_slice() else {
        eprintln!("usage: round_trips PROVIDER generated|hand_written N");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("N is a number");
    let rt = runtime();
    let sim = simulator(provider);
    let started = Instant::now();
    match side.as_str() {
        "generated" => {
            let client = Generated::new(provider, &sim);
            rt.block_on(async {
                for _ in 0..n {
                    client.round_trip().await;
                }
            });
        }
        "hand_written" => {
            let client = HandWritten::new(provider, &sim);
            rt.block_on(async {
                for _ in 0..n {
                    client.round_trip().await;
                }
            });
        }
        other => panic!("unknown side {other}"),
    }
    println!("{:.3}", started.elapsed().as_secs_f64());
}
