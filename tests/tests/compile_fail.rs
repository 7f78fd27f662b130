//! Misuse of the typed API does not compile. The `.stderr` files were generated on this toolchain
//! (Rust 1.95) with `TRYBUILD=overwrite` and reviewed: each case fails for the reason its comment gives.

#[test]
fn api_misuse_does_not_compile() {
    // Some cases generate a made-up vendor of this crate (`provider!("specs/...")`).
    // SAFETY: both tests set the same value, before trybuild (which reads it) runs.
    unsafe { std::env::set_var("GROKVID_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/misuse/*.rs");
}

/// Bad specs through `grokvid::provider!` fail the build with every problem as `file:line:col`.
#[test]
fn bad_specs_fail_through_the_macro() {
    // trybuild builds the cases in a crate of its own; specs resolve against this crate.
    // SAFETY: set before any thread of this test binary reads the environment.
    unsafe { std::env::set_var("GROKVID_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/bad_spec/*.rs");
}
