//! The spec author's test kit (`grokvid_sim::kit`, what `grokvid spec test` runs) judges every spec by what
//! it declares: every built-in spec passes it with its fixtures, and so does `tests/specs/fileonly.yaml`,
//! a valid spec with no neutral mapping and no video URL in its status reply (its video comes from its
//! content operation), `tests/specs/handback.yaml` (its video comes through its `result:` list) and
//! `tests/specs/switchboard.yaml` (a create per kind of request, chosen by `unified.when`), with the
//! checks they cannot take skipped and said why. Wrong examples fail.

mod common;

use grokvid::Provider;
use grokvid_sim::kit::{self, Check, Outcome, Report};
use serde_json::json;
use std::path::{Path, PathBuf};

grokvid::provider!("specs/clocked.yaml");
grokvid::provider!("specs/fileonly.yaml");
grokvid::provider!("specs/framebox.yaml");
grokvid::provider!("specs/gatehouse.yaml");
grokvid::provider!("specs/handback.yaml");
grokvid::provider!("specs/nestbox.yaml");
grokvid::provider!("specs/splithost.yaml");
grokvid::provider!("specs/twofold.yaml");
grokvid::provider!("specs/switchboard.yaml");
grokvid::provider!("specs/tally.yaml");
grokvid::provider!("specs/framer.yaml");
grokvid::provider!("specs/mender.yaml");
grokvid::provider!("specs/eitheror.yaml");

fn fixtures_of(p: &Provider) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(p.id());
    dir.is_dir().then_some(dir)
}

fn row<'r>(report: &'r Report, name: &str) -> &'r Check {
    report
        .checks
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no row `{name}` in {report:#?}"))
}

#[tokio::test]
async fn every_spec_passes_the_kit_by_what_it_declares() {
    // handback: no video URL in its status reply either; its `result:` list hands the video back.
    // nestbox: its create body nests params under `input` (dotted param names).
    // twofold: one reply field holds the video URL or the error, by status.
    // switchboard: three creates, each taking the neutral requests its `unified.when` names.
    // tally: numbers as JSON text (`wire: string`).
    // framebox: images as typed objects with frame roles, sent inline (data: URIs) only.
    // framer: string patterns and URL schemes and formats.
    // clocked: times in declared forms (epoch seconds/ms, ISO-8601, durations).
    // mender: vendor corrections (`then: warn|drop` on rules).
    // gatehouse: a key header per host, other accepted prefixes, an app header.
    // eitheror: unions (`type: [integer, string]`), each member with its own limits.
    let extra = [
        &clocked::PROVIDER,
        &fileonly::PROVIDER,
        &framebox::PROVIDER,
        &gatehouse::PROVIDER,
        &handback::PROVIDER,
        &nestbox::PROVIDER,
        &splithost::PROVIDER,
        &switchboard::PROVIDER,
        &twofold::PROVIDER,
        &tally::PROVIDER,
        &framer::PROVIDER,
        &mender::PROVIDER,
        &eitheror::PROVIDER,
    ];
    for p in common::every_provider(&extra) {
        let fixtures = fixtures_of(p);
        let report = kit::run(p, fixtures.as_deref()).await;
        let failed: Vec<&Check> = report.failures().collect();
        assert!(failed.is_empty(), "{}: {failed:#?}", p.id());
        // Every create operation ran a whole job, and every example was checked.
        let creates = p
            .operations()
            .iter()
            .filter(|op| op.role() == grokvid::spec::Role::Create)
            .count();
        let jobs = report
            .checks
            .iter()
            .filter(|c| {
                c.name.starts_with("create, wait, download: ") && c.outcome == Outcome::Pass
            })
            .count();
        assert!(
            jobs >= creates,
            "{}: {jobs} jobs for {creates} creates",
            p.id()
        );
        if let Some(dir) = &fixtures {
            for kind in ["requests", "responses", "errors"] {
                let files = kit::fixture_files(dir, kind).len();
                let rows = report
                    .checks
                    .iter()
                    .filter(|c| c.name.starts_with(&format!("{kind}/")))
                    .count();
                assert_eq!(rows, files, "{}: {kind}", p.id());
            }
        }
    }
}

#[tokio::test]
async fn a_spec_without_neutral_mapping_or_video_url_passes_what_it_declares() {
    let report = kit::run(&fileonly::PROVIDER, None).await;
    assert!(report.passed(), "{report:#?}");
    assert!(matches!(
        row(&report, "neutral request").outcome,
        Outcome::Skipped(_)
    ));
    assert!(matches!(
        row(&report, "fixtures").outcome,
        Outcome::Skipped(_)
    ));
    assert_eq!(
        row(
            &report,
            "create, wait, download: submit with values from its field table"
        )
        .outcome,
        Outcome::Pass
    );
    assert_eq!(
        row(&report, "simulated `job` reply reads back as completed").outcome,
        Outcome::Pass
    );
    assert_eq!(report.to_json()["passed"], json!(true));
}

/// A fixtures folder for fileonly with one good and one wrong example of each kind.
fn write_fixtures(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    let file = |kind: &str, name: &str, value: serde_json::Value| {
        std::fs::create_dir_all(dir.join(kind)).unwrap();
        std::fs::write(dir.join(kind).join(name), value.to_string()).unwrap();
    };
    file(
        "requests",
        "good.json",
        json!({"operation": "submit", "json": {"engine": "grok-video-3", "text": "a kite", "length": 8}}),
    );
    file(
        "requests",
        "too_long.json",
        json!({"operation": "submit", "json": {"engine": "grok-video-3", "text": "a kite", "length": 99}}),
    );
    file(
        "responses",
        "good.json",
        json!({"operation": "job", "body": {"job_id": "j1", "phase": "ready"},
               "expect": {"id": "j1", "status": "completed", "video_url": null}}),
    );
    file(
        "responses",
        "wrong.json",
        json!({"operation": "job", "body": {"job_id": "j1", "phase": "rendering"},
               "expect": {"status": "completed"}}),
    );
    file(
        "errors",
        "good.json",
        json!({"operation": "submit", "http_status": 400,
               "body": {"err": {"code": "E1", "text": "bad engine"}},
               "expect": {"code": "E1", "message": "bad engine"}}),
    );
    file(
        "errors",
        "wrong.json",
        json!({"operation": "nope", "http_status": 400, "body": {}, "expect": {}}),
    );
}

#[tokio::test]
async fn wrong_examples_fail_with_what_was_read() {
    let dir = std::env::temp_dir().join(format!("grokvid-kit-test-{}", std::process::id()));
    write_fixtures(&dir);
    let report = kit::run(&fileonly::PROVIDER, Some(&dir)).await;
    for good in [
        "requests/good.json",
        "responses/good.json",
        "errors/good.json",
    ] {
        assert_eq!(row(&report, good).outcome, Outcome::Pass, "{good}");
    }
    let failure = |name: &str| match &row(&report, name).outcome {
        Outcome::Fail(why) => why.clone(),
        other => panic!("{name}: {other:?}"),
    };
    assert!(
        failure("requests/too_long.json").contains("length"),
        "{report:#?}"
    );
    assert!(failure("responses/wrong.json").contains("status is \"processing\""));
    assert!(failure("errors/wrong.json").contains("no operation `nope`"));
    // The good request example also ran a whole job; the wrong one failed its create.
    assert_eq!(
        row(
            &report,
            "create, wait, download: submit with requests/good.json"
        )
        .outcome,
        Outcome::Pass
    );
    assert!(!report.passed());
    let _ = std::fs::remove_dir_all(&dir);
}
