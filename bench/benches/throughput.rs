//! Throughput: create + query round trips against the simulator on loopback (one iteration = one
//! round trip), the generated client vs a hand-written reqwest loop sending the same requests. One
//! group per provider. Both sides talk to one simulator: with one each, the two server threads are
//! placed on the cores differently by the scheduler, which on a loaded machine alone moves the
//! figures by tens of percent (BENCHMARKS.md, "Why the wall-clock ratio swung").

use criterion::{Criterion, criterion_group, criterion_main};
use grokvid_bench::roundtrip::{Generated, HandWritten, PROVIDERS, Target, runtime, simulator};
use std::hint::black_box;

fn throughput(c: &mut Criterion) {
    let rt = runtime();
    for provider in PROVIDERS {
        let mut group = c.benchmark_group(format!("throughput_{provider}"));
        let sim = simulator(provider);
        let target = Target::of(&sim);
        let generated = Generated::new(provider, &target);
        group.bench_function("generated", |b| {
            b.to_async(&rt)
                .iter(|| async { black_box(generated.round_trip().await) })
        });
        let hand = HandWritten::new(provider, &target);
        group.bench_function("hand_written", |b| {
            b.to_async(&rt)
                .iter(|| async { black_box(hand.round_trip().await) })
        });
        group.finish();
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
