//! Status steps with compound tests (`specs/compound.yaml`): all-of `when:` lists, `is_null: true` apart
//! from `missing: true`, and a status word that outranks the weaker signals the spec places after it.
//! Each reply goes the client's own way (`reply::interpret`, then `task::read`), and the simulator
//! inverts the same spec into replies a wait reads to completion.

mod common;

grokvid::provider!("specs/compound.yaml");

use grokvid::rt::reply::{Reading, explain};
use grokvid::spec::Role;
use grokvid::{ApiKey, Task, TaskStatus};
use serde_json::{Value, json};

/// The query reply read exactly as the client reads it (envelope, error shapes, mapping, checks).
fn reading(reply: Value) -> Reading {
    let provider = &compound::PROVIDER;
    let op = provider.operation_with_role(Role::Query).unwrap();
    explain(provider, op, 200, reply.to_string().as_bytes()).reading
}

/// The task a query reply is read as.
fn read(reply: Value) -> Task {
    match reading(reply.clone()) {
        Reading::Task(task) => task,
        other => panic!("{reply} is a task reply, read as {other:?}"),
    }
}

const URL: &str = "https://cdn.compound.invalid/v/1.mp4";

#[test]
fn an_all_of_list_decides_only_when_every_test_holds() {
    let done = read(json!({"job": "j1", "state": "done", "url": URL}));
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.video_url.as_deref(), Some(URL));

    // `done` without a URL: neither list holds, and `done` is not a word the spec maps.
    let no_url = read(json!({"job": "j1", "state": "done"}));
    assert_eq!(no_url.status, TaskStatus::Unknown("done".into()));
}

#[test]
fn the_trace_names_every_test_of_a_list() {
    let provider = &compound::PROVIDER;
    let op = provider.operation_with_role(Role::Query).unwrap();
    let body = json!({"job": "j1", "state": "done", "url": null}).to_string();
    let steps = explain(provider, op, 200, body.as_bytes()).steps;
    let expected = [
        "status: step 1 did not hold (`state` equals done and `url` present)",
        "status: step 2 decided failed (`state` equals done and `url` null)",
    ];
    for line in expected {
        assert!(
            steps.iter().any(|s| s == line),
            "{line:?} not in {steps:#?}"
        );
    }
}

#[test]
fn null_is_told_apart_from_missing() {
    // `url: null` is the vendor's "finished without a video"; a missing `url` is not.
    let failed = read(json!({"job": "j1", "state": "done", "url": null}));
    assert_eq!(failed.status, TaskStatus::Failed);
    assert_eq!(failed.error.as_deref(), Some("finished without a video"));

    // No `state` key at all: not scheduled yet.
    assert_eq!(read(json!({"job": "j1"})).status, TaskStatus::Queued);
    // `state: null` is not missing, and no other step decides: nothing readable.
    let null_state = reading(json!({"job": "j1", "state": null}));
    assert!(
        matches!(null_state, Reading::Unreadable(_)),
        "{null_state:?}"
    );
}

#[test]
fn the_word_outranks_weaker_signals_placed_after_it() {
    let contradictory = json!({
        "job": "j1",
        "state": "running",
        "url": URL,
        "error": "a stale message",
        "progress": 100,
        "finished_at": 1_768_469_500,
    });
    let task = read(contradictory);
    assert_eq!(task.status, TaskStatus::Processing);
    assert_eq!(task.status_word.as_deref(), Some("running"));
    assert_eq!(task.error, None, "error text is not kept on a running task");

    let broken = read(json!({"job": "j1", "state": "broken", "url": URL, "progress": 100}));
    assert_eq!(broken.status, TaskStatus::Failed);
}

#[test]
fn weaker_signals_decide_in_the_spec_order_when_no_word_is_there() {
    assert_eq!(
        read(json!({"job": "j1", "url": URL, "error": "x"})).status,
        TaskStatus::Completed
    );
    let failed = read(json!({"job": "j1", "state": null, "error": "boom", "progress": 100}));
    assert_eq!(failed.status, TaskStatus::Failed);
    assert_eq!(failed.error.as_deref(), Some("boom"));
    assert_eq!(
        read(json!({"job": "j1", "state": "", "progress": 100})).status,
        TaskStatus::Failed,
        "a 100 without a URL is completed by its step, then failed: no way to the video"
    );
}

#[tokio::test]
async fn the_simulator_writes_replies_the_compound_steps_read_to_completion() {
    let (sim, config) = common::simulated(&compound::PROVIDER);
    let client = compound::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap();
    let reply = client
        .create(&compound::CreateRequest::new(
            compound::Prompt::new("a kite over the sea").unwrap(),
        ))
        .await
        .unwrap();
    let done = common::run_to_end(&sim, client.runtime(), &reply.task, false).await;
    assert!(done.video_url.is_some(), "{done:?}");
}
