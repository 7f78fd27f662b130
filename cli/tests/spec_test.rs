//! `grokvid spec test`: the test kit on specs with no build. A table of results, `--json` too; exit 0
//! when every check passed or was skipped, 1 on a failed check, 2 on bad arguments.

mod common;

use common::{Run, run, scratch_dir};
use serde_json::{Value, json};
use std::path::Path;

fn repo_fixtures() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .display()
        .to_string()
}

/// `grokvid [--json] spec test --provider ID --fixtures DIR`.
fn spec_test(dir: &Path, json: bool, id: &str, fixtures: &str) -> Run {
    let mut args = vec!["spec", "test", "--provider", id, "--fixtures", fixtures];
    if json {
        args.insert(0, "--json");
    }
    run(dir, &args, &[])
}

#[test]
fn a_built_in_provider_passes_with_its_fixtures() {
    let dir = scratch_dir("spec-test-pass");
    let fixtures = repo_fixtures();
    let out = spec_test(&dir, false, "geeknow", &fixtures);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with("geeknow: "), "{out:?}");
    assert!(out.stdout.contains(", 0 failed"), "{out:?}");
    assert!(
        out.stdout
            .contains("  pass  requests/create_text_to_video.json"),
        "{out:?}"
    );
    assert!(
        out.stdout
            .contains("  pass  create, wait, download: create with the neutral request"),
        "{out:?}"
    );
    // --json: one document, every row with its outcome.
    let out = spec_test(&dir, true, "geeknow", &fixtures);
    let doc = out.json();
    assert_eq!(doc["passed"], json!(true));
    let checks = doc["reports"][0]["checks"].as_array().unwrap();
    assert!(checks.len() > 10, "{doc}");
    assert!(checks.iter().all(|c| c["outcome"] == "pass"), "{doc}");
}

#[test]
fn a_wrong_example_fails_the_run_with_its_row() {
    let dir = scratch_dir("spec-test-fail");
    let fixtures = dir.join("fixtures");
    std::fs::create_dir_all(fixtures.join("responses")).unwrap();
    let wrong = json!({"operation": "query", "body": {"id": "v1", "status": "completed"},
                       "expect": {"status": "failed"}});
    std::fs::write(fixtures.join("responses/wrong.json"), wrong.to_string()).unwrap();
    let shown = fixtures.display().to_string();
    let out = spec_test(&dir, false, "geeknow", &shown);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stdout
            .contains("  FAIL  responses/wrong.json: status is \"completed\", expected \"failed\""),
        "{out:?}"
    );
    assert!(
        out.stdout.contains("  skip  requests: no request examples"),
        "{out:?}"
    );
    assert!(out.stderr.contains("1 check(s) failed"), "{out:?}");
    let out = spec_test(&dir, true, "geeknow", &shown);
    let doc = out.json();
    assert_eq!(doc["passed"], json!(false));
    let failed: Vec<&Value> = doc["reports"][0]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["outcome"] == "fail")
        .collect();
    assert_eq!(failed.len(), 1, "{doc}");
    assert_eq!(failed[0]["name"], "responses/wrong.json");
}

#[test]
fn bad_arguments_exit_2() {
    let dir = scratch_dir("spec-test-args");
    let out = run(&dir, &["spec", "test", "--provider", "nope"], &[]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("unknown provider `nope`"), "{out:?}");
    let out = run(
        &dir,
        &["spec", "test", "--provider", "xai", "--fixtures", "missing"],
        &[],
    );
    assert_eq!(out.code, 2, "{out:?}");
}
