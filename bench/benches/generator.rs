//! Generator: time to load, check, emit and format specs (what `client/build.rs` does per spec).
//!
//! Groups (each iteration handles every spec of the set; divide by the set size for per-spec time):
//! - `generator_real`: the specs in `specs/`.
//! - `generator_synthetic`: 1,000 synthetic specs (`grokvid_bench::synth`).
//!
//! In each group `generate` is the figure; `yaml_parse` (the generator's own positioned YAML parser,
//! nothing else) is the baseline measured in the same run, and `load`, `emit`, `format` split
//! `generate` into its stages for profiling; `to_string` is the unformatted alternative to `format`.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use grokvid_codegen::{Options, emit_items, format_tokens, generate, load};
use std::hint::black_box;

/// `(file name, source)` of every spec in `specs/`, in file-name order.
fn real_specs() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("specs folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = format!("specs/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).expect("readable spec"))
        })
        .collect()
}

fn synthetic_specs(n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            (
                grokvid_bench::synth::file_name(i),
                grokvid_bench::synth::spec(i),
            )
        })
        .collect()
}

fn bench_set(c: &mut Criterion, group_name: &str, specs: &[(String, String)], samples: usize) {
    let options = Options {
        runtime: "crate::rt".to_string(),
    };
    let loaded: Vec<_> = specs
        .iter()
        .map(|(file, source)| load(file, source).expect("spec loads"))
        .collect();
    let emitted: Vec<_> = loaded.iter().map(|s| emit_items(s, &options)).collect();

    let mut group = c.benchmark_group(group_name);
    group.sample_size(samples);
    group.throughput(Throughput::Elements(specs.len() as u64));
    group.bench_function("generate", |b| {
        b.iter(|| {
            for (file, source) in specs {
                black_box(generate(file, source, &options).expect("generates"));
            }
        })
    });
    group.bench_function("yaml_parse", |b| {
        b.iter(|| {
            for (_, source) in specs {
                let _ = black_box(grokvid_codegen::yaml::parse(source));
            }
        })
    });
    group.bench_function("load", |b| {
        b.iter(|| {
            for (file, source) in specs {
                let _ = black_box(load(file, source));
            }
        })
    });
    group.bench_function("emit", |b| {
        b.iter(|| {
            for spec in &loaded {
                black_box(emit_items(spec, &options));
            }
        })
    });
    group.bench_function("format", |b| {
        b.iter_batched(
            || emitted.clone(),
            |tokens| {
                for t in tokens {
                    black_box(format_tokens(t));
                }
            },
            BatchSize::LargeInput,
        )
    });
    // What formatting costs: the same tokens as unformatted source.
    group.bench_function("to_string", |b| {
        b.iter(|| {
            for t in &emitted {
                black_box(t.to_string());
            }
        })
    });
    group.finish();
}

fn generator(c: &mut Criterion) {
    let real = real_specs();
    bench_set(c, "generator_real", &real, 30);
    let synthetic = synthetic_specs(1000);
    bench_set(c, "generator_synthetic", &synthetic, 10);
}

criterion_group!(benches, generator);
criterion_main!(benches);
