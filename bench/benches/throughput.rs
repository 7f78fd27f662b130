//! Throughput: create + query round trips against the simulator on loopback (one iteration = one
//! round trip), the generated client vs a hand-written reqwest loop sending the same requests to a
//! simulator of its own (fresh state for each side). One group per provider.

use criterion::{Criterion, criterion_group, criterion_main};
use grokvid_bench::roundtrip::{Generated, HandWritten, PROVIDERS, runtime, simulator};
use std::hint::black_box;

fn throughput(c: &mut Criterion) {
    let rt = runtime();
    for provider in PROVIDERS {
        let mut group = c.benchmark_group(format!("throughput_{provider}"));
        {
            let sim = simulator(provider);
            let client = Generated::new(provider, &sim);
            group.bench_function("generated", |b| {
                b.to_async(&rt)
                    .iter(|| async { black_box(client.round_trip().await) })
            });
        }
        {
            let sim = simulator(provider);
            let client = HandWritten::new(provider, &sim);
            group.bench_function("hand_written", |b| {
                b.to_async(&rt)
                    .iter(|| async { black_box(client.round_trip().await) })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
