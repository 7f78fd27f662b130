//! `grokvid generate` shows what a vendor will really do with a request it corrects instead of
//! refusing (the spec's `then: warn`/`drop` rules), on stderr and in `--json`, and still submits it.

mod common;

use common::{run, scratch_dir};

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/specs/mender.yaml");

#[test]
fn generate_prints_the_vendors_correction_and_submits() {
    let dir = scratch_dir("warnings");
    let args = [
        "generate",
        "--spec",
        SPEC,
        "--prompt",
        "a heron",
        "--model",
        "mend-1-pro",
        "--duration",
        "6",
        "--no-wait",
    ];
    let r = run(&dir, &args, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    let line = "warning: duration: must be 10 when model is mend-1-pro (got 6); sent as given; \
                the vendor uses 10";
    assert!(r.stderr.contains(line), "{r:?}");
    let mut json = args.to_vec();
    json.push("--json");
    let r = run(&dir, &json, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    assert_eq!(
        doc["warnings"][0].as_str(),
        Some(line.trim_start_matches("warning: "))
    );
}
