//! Connections: how many TCP connections a client opens for N polls of one task (and for N create +
//! query round trips), counted by the simulator's listener; the same for the hand-written reqwest loop.
//! Polls run back to back (the worst case for connection reuse) and through `HttpClient::wait` with a
//! 5 ms interval (how the library polls). Also times N round trips per side, the sides alternating in
//! batches of 20 against one simulator, as a cross-check of the criterion throughput figure that load
//! drift cannot skew: the median and quartiles of the batch ratios show how much load moved them.
//!
//! `connections N` prints one JSON line.

use grokvid_bench::roundtrip::{Generated, HandWritten, Target, runtime, simulator};
use std::time::{Duration, Instant};

/// Polls through the library's `wait`, 5 ms apart, until a task on a wall-clock simulator completes
/// (about `polls` polls). Returns (polls made, connections opened by them).
fn paced_wait(provider: &str, polls: u32) -> (u32, usize) {
    let provider = grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == provider)
        .expect("built-in provider");
    let interval = Duration::from_millis(5);
    let config = grokvid_sim::SimConfig {
        clock: grokvid_sim::Clock::Realistic {
            queued: interval * (polls / 5),
            processing: interval * (polls - polls / 5),
        },
        ..grokvid_sim::SimConfig::default()
    };
    let sim = grokvid_sim::Simulator::start(provider, config).expect("simulator starts");
    let generated = Generated::new(provider.id(), &Target::of(&sim));
    let client = generated.runtime();
    runtime().block_on(async {
        let id = generated.create().await;
        let task = client.query_task(&id).await.expect("query");
        let handle = client.track(&task, None).expect("handle");
        let before = sim.connections();
        let options = grokvid::WaitOptions {
            timeout: Duration::from_secs(60),
            first_poll: interval,
            max_interval: interval,
            respect_vendor_pacing: false,
        };
        let mut made = 0;
        client
            .wait(&handle, &options, |_| made += 1)
            .await
            .expect("completes");
        (made, sim.connections() - before)
    })
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("N is a number"))
        .unwrap_or(1000);
    let rt = runtime();
    let mut out = serde_json::Map::new();
    out.insert("n".into(), n.into());
    for provider in grokvid_bench::roundtrip::PROVIDERS {
        let (polls, opened) = paced_wait(provider, 200);
        out.insert(format!("{provider}_wait_polls"), polls.into());
        out.insert(format!("{provider}_wait_poll_connections"), opened.into());
        // Polls: one task created, then N queries.
        let sim = simulator(provider);
        let generated = Generated::new(provider, &Target::of(&sim));
        let polls = rt.block_on(async {
            let id = generated.create().await;
            let before = sim.connections();
            for _ in 0..n {
                generated.query(&id).await;
            }
            sim.connections() - before
        });
        let total = sim.connections();
        out.insert(
            format!("{provider}_generated_poll_connections"),
            polls.into(),
        );
        out.insert(
            format!("{provider}_generated_total_connections"),
            total.into(),
        );
        let sim = simulator(provider);
        let hand = HandWritten::new(provider, &Target::of(&sim));
        rt.block_on(async {
            let id = hand.create().await;
            for _ in 0..n {
                hand.query(&id).await;
            }
        });
        out.insert(
            format!("{provider}_hand_written_total_connections"),
            sim.connections().into(),
        );
        // N round trips, timed, the sides alternating in batches (order swapped every batch) so
        // that load from elsewhere hits both alike. One simulator serves both: its thread, the
        // runtime's workers and this thread are then the same threads for both sides, wherever the
        // scheduler put them (with a simulator each, one side's server thread could sit on a busy
        // core for the whole run).
        let sim = simulator(provider);
        let target = Target::of(&sim);
        let generated = Generated::new(provider, &target);
        let hand = HandWritten::new(provider, &target);
        let batch = 20.min(n.max(1));
        let (mut generated_s, mut hand_s) = (0.0, 0.0);
        // Connections each side opened, counted by the simulator around each of its batches.
        let (mut generated_conns, mut hand_conns) = (0, 0);
        let mut ratios = Vec::new();
        for b in 0..n.div_ceil(batch) {
            let mut time_generated = || {
                let before = sim.connections();
                let started = Instant::now();
                rt.block_on(async {
                    for _ in 0..batch {
                        generated.round_trip().await;
                    }
                });
                let elapsed = started.elapsed().as_secs_f64();
                generated_conns += sim.connections() - before;
                elapsed
            };
            let mut time_hand = || {
                let before = sim.connections();
                let started = Instant::now();
                rt.block_on(async {
                    for _ in 0..batch {
                        hand.round_trip().await;
                    }
                });
                let elapsed = started.elapsed().as_secs_f64();
                hand_conns += sim.connections() - before;
                elapsed
            };
            let (g, h) = if b % 2 == 0 {
                let g = time_generated();
                (g, time_hand())
            } else {
                let h = time_hand();
                (time_generated(), h)
            };
            generated_s += g;
            hand_s += h;
            ratios.push(h / g);
        }
        ratios.sort_by(f64::total_cmp);
        let quartile = |q: usize| ratios[(ratios.len() - 1) * q / 4];
        let rounds = n.div_ceil(batch) * batch;
        out.insert(format!("{provider}_round_trips"), rounds.into());
        out.insert(format!("{provider}_batch"), batch.into());
        out.insert(
            format!("{provider}_generated_round_trips_s"),
            generated_s.into(),
        );
        out.insert(
            format!("{provider}_hand_written_round_trips_s"),
            hand_s.into(),
        );
        out.insert(format!("{provider}_batch_ratio_median"), quartile(2).into());
        out.insert(format!("{provider}_batch_ratio_q1"), quartile(1).into());
        out.insert(format!("{provider}_batch_ratio_q3"), quartile(3).into());
        out.insert(
            format!("{provider}_generated_round_trip_connections"),
            generated_conns.into(),
        );
        out.insert(
            format!("{provider}_hand_written_round_trip_connections"),
            hand_conns.into(),
        );
    }
    println!("{}", serde_json::Value::Object(out));
}
