//! Request path: build + validate + serialize one typical create request per vendor, generated types
//! vs a hand-written serde struct of the same shape (`grokvid_bench::request`). One group per vendor,
//! so each figure has its baseline from the same run.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn request_path(c: &mut Criterion) {
    for (vendor, generated, hand_written) in grokvid_bench::request::VENDORS {
        let mut group = c.benchmark_group(format!("request_path_{vendor}"));
        group.bench_function("generated", |b| b.iter(|| black_box(generated())));
        group.bench_function("hand_written", |b| b.iter(|| black_box(hand_written())));
        group.finish();
    }
}

criterion_group!(benches, request_path);
criterion_main!(benches);
