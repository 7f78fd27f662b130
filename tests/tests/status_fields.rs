//! Status-dependent task fields, from this crate's `specs/twofold.yaml`: a vendor whose one reply field
//! `fail_reason` holds the video URL when the task succeeded and the error message when it failed
//! (`video_url: {paths: [fail_reason], when: [completed]}`, `error: {..., when: [failed]}`). The
//! simulator writes the field per status; these tests run create → wait → download on it, a failure
//! whose message is itself a URL, and the reading `grokvid spec read` shows.

grokvid::provider!("specs/twofold.yaml");

use grokvid::{ApiKey, ClientConfig, Error, Provider, TaskStatus, WaitOptions};
use grokvid_sim::{Fault, SimConfig, Simulator};
use std::time::Duration;

/// A failure message that looks like a way to a video: the vendor's incident page.
const INCIDENT: &str = "https://status.twofold.example/incidents/42";

fn client(sim: &Simulator) -> twofold::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    twofold::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

/// Creates a task: its id and the handle that follows it.
async fn create(client: &twofold::Client) -> (String, grokvid::TaskHandle) {
    let request = twofold::CreateRequest::new(twofold::Prompt::new("a paper boat").unwrap());
    let reply = client.create(&request).await.unwrap();
    let handle = client.runtime().track(&reply.task, None).unwrap();
    (handle.task_id.clone(), handle)
}

/// The query reply as the simulator sent it, and the task the client read from it.
async fn query(client: &twofold::Client, id: &str) -> grokvid::Reply<twofold::QueryResponse> {
    client.query(&twofold::QueryRequest::new(id)).await.unwrap()
}

#[tokio::test]
async fn a_completed_task_takes_its_video_from_fail_reason() {
    let sim = Simulator::start(&twofold::PROVIDER, SimConfig::default()).unwrap();
    let client = client(&sim);
    let (id, handle) = create(&client).await;
    let options = WaitOptions::quick(Duration::from_secs(10));
    let done = client
        .runtime()
        .wait(&handle, &options, |_| {})
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.video_url, Some(sim.video_url(&id)));
    assert_eq!(done.error, None, "on success `fail_reason` is no error");

    // The wire: the URL travelled in `fail_reason`, the field named like an error.
    let reply = query(&client, &id).await;
    assert_eq!(reply.raw["status"], "SUCCESS");
    assert_eq!(reply.body.fail_reason, Some(sim.video_url(&id)));

    let target = std::env::temp_dir().join(format!("twofold-{}.mp4", std::process::id()));
    let saved = client.runtime().download(&done, &target, |_, _| {}).await;
    let bytes = std::fs::read(&target).unwrap();
    let _ = std::fs::remove_file(&target);
    assert_eq!(saved.unwrap().bytes, bytes.len() as u64);
    assert_eq!(bytes, sim.video_bytes());
}

#[tokio::test]
async fn a_failure_message_that_is_a_url_is_the_error_never_the_video() {
    let sim = Simulator::start(&twofold::PROVIDER, SimConfig::default()).unwrap();
    let client = client(&sim);
    let (id, handle) = create(&client).await;
    sim.inject("query", Fault::FailTask(INCIDENT.into()), 10);
    let options = WaitOptions::quick(Duration::from_secs(10));
    match client.runtime().wait(&handle, &options, |_| {}).await {
        Err(Error::TaskEnded { task, .. }) => {
            assert_eq!(task.status, TaskStatus::Failed);
            assert_eq!(task.error.as_deref(), Some(INCIDENT));
            assert_eq!(task.video_url, None, "a failed task has no video");
        }
        other => panic!("expected a failed task, got {other:?}"),
    }
    // The same field on the wire, now holding the message.
    let reply = query(&client, &id).await;
    assert_eq!(reply.raw["status"], "FAILURE");
    assert_eq!(reply.body.fail_reason.as_deref(), Some(INCIDENT));
    assert_eq!(reply.task.video_url, None);

    // Without `when`, the plain path lists would take the incident page for the video: the
    // construct is what keeps the two meanings apart.
    let plain = include_str!("../specs/twofold.yaml")
        .replace("{paths: [fail_reason], when: [completed]}", "[fail_reason]")
        .replace("{paths: [fail_reason], when: [failed]}", "[fail_reason]")
        .replace("id: twofold", "id: twofold_plain");
    let plain = Provider::from_yaml("twofold_plain.yaml", &plain).unwrap();
    let op = plain.operation("query").unwrap();
    let read = grokvid::rt::reply::explain(plain, op, 200, reply.raw.to_string().as_bytes());
    let grokvid::rt::reply::Reading::Task(task) = read.reading else {
        panic!("{:?}", read.reading)
    };
    assert_eq!(task.video_url.as_deref(), Some(INCIDENT));
}

#[tokio::test]
async fn the_reading_says_which_meaning_was_dropped() {
    let op = twofold::PROVIDER.operation("query").unwrap();
    let explain = |body: serde_json::Value| {
        grokvid::rt::reply::explain(&twofold::PROVIDER, op, 200, body.to_string().as_bytes()).steps
    };
    let failed = explain(serde_json::json!({
        "task_id": "t1", "status": "FAILURE", "fail_reason": INCIDENT
    }));
    assert!(
        failed.contains(
            &"video_url: dropped, kept only when completed; the task is failed".to_string()
        ),
        "{failed:#?}"
    );
    let done = explain(serde_json::json!({
        "task_id": "t1", "status": "SUCCESS", "fail_reason": "https://cdn.twofold.example/t1.mp4"
    }));
    assert!(
        done.contains(&"error: dropped, kept only when failed; the task is completed".to_string()),
        "{done:#?}"
    );
}
