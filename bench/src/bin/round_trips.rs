//! Runs N create + query round trips of one side, for profiling and for counting instructions per
//! round trip with `valgrind --tool=callgrind` (which other load on the machine does not move). Prints
//! the wall time.
//!
//! `round_trips PROVIDER generated|hand_written N` runs against a simulator in this process (so a
//! count includes the simulator's share); `round_trips PROVIDER SIDE N BASE_URL API_KEY` against one
//! already running elsewhere (`sim_server`), so a count is the client's own.

use grokvid_bench::roundtrip::{Generated, HandWritten, Target, runtime, simulator};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (provider, side, n, elsewhere) = match args.as_slice() {
        [provider, side, n] => (provider, side, n, None),
        [provider, side, n, base_url, api_key] => (
            provider,
            side,
            n,
            Some(Target {
                base_url: base_url.clone(),
                api_key: api_key.clone(),
            }),
        ),
        _ => {
            eprintln!("usage: round_trips PROVIDER generated|hand_written N [BASE_URL API_KEY]");
            std::process::exit(2);
        }
    };
    let n: usize = n.parse().expect("N is a number");
    let rt = runtime();
    // Kept alive for the whole run when the simulator is in this process.
    let sim = elsewhere.is_none().then(|| simulator(provider));
    let target = elsewhere.unwrap_or_else(|| Target::of(sim.as_ref().expect("simulator")));
    let started = Instant::now();
    match side.as_str() {
        "generated" => {
            let client = Generated::new(provider, &target);
            rt.block_on(async {
                for _ in 0..n {
                    client.round_trip().await;
                }
            });
        }
        "hand_written" => {
            let client = HandWritten::new(provider, &target);
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
