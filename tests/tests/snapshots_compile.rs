//! Compiles the checked-in snapshots of generated code (`tests/snapshots/*.rs`, listed by `build.rs`)
//! as ordinary modules of this crate: generated code must build without a single warning, here under
//! `deny(warnings)` and, in CI, under `cargo clippy --all-targets -- -D warnings`.
//!
//! `snapshots.rs` keeps the snapshots equal to what the generator produces today, so this is the
//! generator's output being compiled, not stale text.
#![deny(warnings)]

include!(concat!(env!("OUT_DIR"), "/snapshots.rs"));

/// Each module's provider table is really there and names its module.
#[test]
fn every_snapshot_compiles_and_names_its_module() {
    let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
                .count()
        })
        .unwrap_or(0);
    assert!(on_disk > 0, "no snapshots in tests/snapshots");
    assert_eq!(
        SNAPSHOT_MODULES.len(),
        on_disk,
        "build.rs compiled a different set of snapshots than tests/snapshots holds"
    );
    for (module, provider) in SNAPSHOT_MODULES {
        assert_eq!(provider.id(), *module, "PROVIDER.id of module `{module}`");
        assert!(
            !provider.operations().is_empty(),
            "module `{module}` has no operations"
        );
    }
}
