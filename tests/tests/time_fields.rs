//! Time fields, from this crate's `specs/clocked.yaml`: a vendor whose replies hold the creation time
//! in epoch milliseconds, the finish time as ISO 8601 text and `predict_time`, a duration in seconds
//! (`times:`). The simulator writes each in its declared form; the task exposes created and finished
//! times read with it, and a value in the wrong unit or form is no time, said in the reading.

grokvid::provider!("specs/clocked.yaml");

use grokvid::rt::time::{from_unix, parse_rfc3339, to_unix};
use grokvid::{ApiKey, ClientConfig, Provider, Task, TaskStatus, WaitOptions, providers};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Value, json};
use std::time::Duration;

/// 2020-01-01 and 2100-01-01: any real time now lies between.
const AFTER_2020: f64 = 1_577_836_800.0;
const BEFORE_2100: f64 = 4_102_444_800.0;

fn client(sim: &Simulator) -> clocked::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    clocked::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

#[tokio::test]
async fn the_task_exposes_times_read_in_each_declared_form() {
    let sim = Simulator::start(&clocked::PROVIDER, SimConfig::default()).unwrap();
    let client = client(&sim);
    let request = clocked::CreateRequest::new(clocked::Prompt::new("a clock tower").unwrap());
    let created = client.create(&request).await.unwrap();
    // The wire: epoch milliseconds, an integer.
    let ms = created.raw["created_ms"]
        .as_i64()
        .expect("created_ms is an integer");
    let secs = ms as f64 / 1000.0;
    assert!(
        (AFTER_2020..BEFORE_2100).contains(&secs),
        "{ms} is not epoch ms"
    );
    assert_eq!(created.task.created_at, Some(from_unix(secs)));

    let handle = client.runtime().track(&created.task, None).unwrap();
    let options = WaitOptions::quick(Duration::from_secs(10));
    let done = client
        .runtime()
        .wait(&handle, &options, |_| {})
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.created_at, created.task.created_at);

    let reply = client
        .query(&clocked::QueryRequest::new(handle.task_id.clone()))
        .await
        .unwrap();
    let raw = reply.raw.value();
    // ISO 8601 text for the finish, read back to the same moment.
    let finished = raw["finished_time"]
        .as_str()
        .expect("finished_time is text");
    let finished = parse_rfc3339(finished).expect("ISO 8601");
    assert_eq!(reply.task.finished_at, Some(from_unix(finished)));
    assert_eq!(done.finished_at, reply.task.finished_at);
    assert!(
        finished >= secs.floor(),
        "finished {finished} before created {secs}"
    );
    // The duration is seconds, not a timestamp; the undeclared `run_time` is left out, not guessed.
    let predict = raw["predict_time"]
        .as_f64()
        .unwrap_or_else(|| panic!("predict_time is a number: {raw}"));
    assert!((0.0..86_400.0).contains(&predict), "predict_time {predict}");
    assert_eq!(raw.get("run_time"), None, "{raw}");

    let target = std::env::temp_dir().join(format!("clocked-{}.mp4", std::process::id()));
    let saved = client.runtime().download(&done, &target, |_, _| {}).await;
    let bytes = std::fs::read(&target).unwrap();
    let _ = std::fs::remove_file(&target);
    assert_eq!(saved.unwrap().bytes, bytes.len() as u64);
    assert_eq!(bytes, sim.video_bytes());
}

/// How the query operation reads `body`: the task and the reading's steps.
fn read(body: Value) -> (Task, Vec<String>) {
    read_with(&clocked::PROVIDER, body)
}

/// How `provider`'s query operation reads `body`.
fn read_with(provider: &'static Provider, body: Value) -> (Task, Vec<String>) {
    let op = provider.operation("query").unwrap();
    let explained = grokvid::rt::reply::explain(provider, op, 200, body.to_string().as_bytes());
    let grokvid::rt::reply::Reading::Task(task) = explained.reading else {
        panic!("{:?}", explained.reading)
    };
    (task, explained.steps)
}

#[test]
fn a_value_in_the_wrong_unit_or_form_is_no_time_and_the_reading_says_why() {
    // Seconds where milliseconds are declared would be January 1970: refused, not believed.
    let (task, steps) = read(json!({
        "render_id": "r1", "state": "done", "output_url": "https://cdn.clocked.example/r1.mp4",
        "created_ms": 1_768_469_400, "finished_time": 1_768_469_500
    }));
    assert_eq!(task.created_at, None);
    assert_eq!(task.finished_at, None);
    let has = |needle: &str| steps.iter().any(|s| s.contains(needle));
    assert!(
        has(
            "created_at: `created_ms` holds no time: 1768469400 as epoch_ms is in the year 1970, not a plausible time"
        ),
        "{steps:#?}"
    );
    assert!(
        has("finished_at: `finished_time` holds no time: 1768469500 is not ISO 8601 text"),
        "{steps:#?}"
    );

    let (task, steps) = read(json!({
        "render_id": "r1", "state": "done", "output_url": "https://cdn.clocked.example/r1.mp4",
        "created_ms": "1768469400250", "finished_time": "2026-01-15T17:35:00+08:00"
    }));
    assert_eq!(task.created_at.map(to_unix), Some(1_768_469_400.25));
    assert_eq!(task.finished_at.map(to_unix), Some(1_768_469_700.0));
    assert!(
        steps.contains(
            &"finished_at: 2026-01-15T09:35:00Z read at `finished_time` (iso8601)".to_string()
        ),
        "{steps:#?}"
    );
}

#[test]
fn a_running_task_has_no_finish_time_and_times_survive_its_json() {
    let (running, steps) = read(json!({
        "render_id": "r1", "state": "rendering", "created_ms": 1_768_469_400_000_i64,
        "finished_time": "2026-01-15T09:35:00Z"
    }));
    assert_eq!(running.finished_at, None);
    assert!(
        steps.contains(&"finished_at: dropped, the task is processing".to_string()),
        "{steps:#?}"
    );

    let (done, _) = read(json!({
        "render_id": "r1", "state": "done", "output_url": "https://cdn.clocked.example/r1.mp4",
        "created_ms": 1_768_469_400_000_i64, "finished_time": "2026-01-15T09:35:00Z"
    }));
    let json = serde_json::to_value(&done).unwrap();
    assert_eq!(json["created_at"], "2026-01-15T09:30:00Z");
    assert_eq!(json["finished_at"], "2026-01-15T09:35:00Z");
    let back: Task = serde_json::from_value(json).unwrap();
    assert_eq!(back, done);
}

#[test]
fn a_zero_epoch_means_not_yet_never_1970() {
    // A built-in spec whose vendor documents `completed_at: 0` until the task finishes: its doc's
    // own example reply (shared/vendors/companion-endpoints.md), then the same task finished.
    let geeknow = providers::ALL.iter().find(|p| p.id() == "geeknow").unwrap();
    let (running, steps) = read_with(
        geeknow,
        json!({"id": "video_abc123", "object": "video", "status": "processing", "progress": 42,
               "created_at": 1_735_689_600, "completed_at": 0, "expires_at": 1_735_776_000,
               "error": {"message": "", "code": ""}, "video_url": ""}),
    );
    assert_eq!(running.status, TaskStatus::Processing);
    assert_eq!(running.created_at, Some(from_unix(1_735_689_600.0)));
    assert_eq!(running.finished_at, None);
    assert!(
        steps.contains(&"finished_at: `completed_at` holds no time: 0 means not yet".to_string()),
        "{steps:#?}"
    );
    // Even on a finished task a 0 is no time: the task says nothing rather than 1970.
    let (done, _) = read_with(
        geeknow,
        json!({"id": "video_abc123", "status": "completed", "created_at": 1_735_689_600,
               "completed_at": 0, "video_url": "https://cdn.example/v.mp4"}),
    );
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.finished_at, None);
    let (done, _) = read_with(
        geeknow,
        json!({"id": "video_abc123", "status": "completed", "created_at": 1_735_689_600,
               "completed_at": 1_735_689_700, "video_url": "https://cdn.example/v.mp4"}),
    );
    assert_eq!(done.finished_at, Some(from_unix(1_735_689_700.0)));
}
