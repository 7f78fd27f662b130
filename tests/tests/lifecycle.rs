//! The whole task lifecycle against the spec-driven simulator: create, wait, download for every
//! provider and every create example, the fault matrix, and resuming from a handle.

mod common;

use common::{fixtures, request_fixture, with_local_files};
use grokvid::Provider;
use grokvid::spec::Role;
use grokvid::{
    ApiKey, ClientConfig, DynReply, Error, HttpClient, RetryPolicy, Task, TaskStatus, WaitOptions,
};
use grokvid_sim::{Clock, Fault, SimConfig, Simulator, kit};

grokvid::provider!("specs/fileonly.yaml");
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn provider(id: &str) -> &'static Provider {
    common::provider(id)
}

/// Quick retries, so fault tests stay fast.
fn quick_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(5),
    }
}

fn client_for(sim: &Simulator) -> HttpClient {
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(quick_retry());
    HttpClient::new(sim.provider(), ApiKey::new(sim.api_key()), config).unwrap()
}

fn start(p: &'static Provider) -> Simulator {
    Simulator::start(p, SimConfig::default()).unwrap()
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-lifecycle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The built-in providers and `tests/specs/fileonly.yaml` (no neutral mapping, no video URL in its
/// status reply): every test that loops over providers judges each by what its spec declares.
fn every_provider() -> Vec<&'static Provider> {
    common::every_provider(&[&fileonly::PROVIDER])
}

/// The first create example of a provider, as call input; for a spec with no examples, the input the
/// kit makes from what the spec declares (its neutral mapping or its field table).
fn create_input(p: &'static Provider, dir: &Path) -> (&'static str, Value) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(p.id());
    let example = kit::request_examples(p, &fixtures)
        .into_iter()
        .flatten()
        .find(|e| e.op.role() == Role::Create);
    if let Some(e) = example {
        return (e.op.name(), kit::with_upload_files(e.op, &e.input, dir));
    }
    let op = grokvid::rt::unified::create_operation(p, None).unwrap();
    let (_, input) = kit::example_input(p, op, None, dir).unwrap();
    (op.name(), input)
}

async fn create(client: &HttpClient, op: &str, input: Value) -> Result<Task, Error> {
    match client.provider().call(client, op, input).await? {
        DynReply::Json {
            task: Some(task), ..
        } => Ok(task),
        other => panic!("create returned {other:?}"),
    }
}

fn query_op(p: &Provider) -> &'static str {
    p.operation_with_role(Role::Query).unwrap().name()
}

fn wait_options() -> WaitOptions {
    WaitOptions::quick(Duration::from_secs(30))
}

#[tokio::test]
async fn every_create_example_of_every_provider_runs_to_a_byte_identical_video() {
    let mut runs = 0;
    for (id, path) in fixtures("requests") {
        let f = request_fixture(&id, &path);
        if f.operation.role() != Role::Create {
            continue;
        }
        let p = provider(&id);
        let sim = start(p);
        let client = client_for(&sim);
        let dir = scratch_dir(&format!(
            "{id}-{}",
            path.file_stem().unwrap().to_string_lossy()
        ));
        let label = path.display().to_string();
        let input = with_local_files(&f.input, &f.files, &dir);
        let task = create(&client, f.operation.name(), input)
            .await
            .unwrap_or_else(|e| panic!("{label}: create: {e}"));
        let handle = client.track(&task, None).unwrap();
        let mut seen = Vec::new();
        let done = client
            .wait(&handle, &wait_options(), |t| seen.push(t.status.clone()))
            .await
            .unwrap_or_else(|e| panic!("{label}: wait: {e}"));
        assert_eq!(done.status, TaskStatus::Completed, "{label}");
        let target = dir.join("out.mp4");
        let saved = client
            .download(&done, &target, |_, _| {})
            .await
            .unwrap_or_else(|e| panic!("{label}: download: {e}"));
        assert_eq!(
            std::fs::read(&target).unwrap(),
            sim.video_bytes().to_vec(),
            "{label}"
        );
        assert_eq!(saved.bytes, sim.video_bytes().len() as u64);
        assert_eq!(sim.requests(f.operation.name()), 1, "{label}: one create");
        runs += 1;
    }
    assert!(runs >= 14, "only {runs} create examples ran");
}

#[tokio::test]
async fn every_provider_downloads_and_the_mp4_is_real() {
    for p in every_provider() {
        let sim = start(p);
        let bytes = sim.video_bytes();
        assert!(
            bytes.len() > 1000,
            "{}: the video is {} bytes",
            p.id(),
            bytes.len()
        );
        assert_eq!(&bytes[4..8], b"ftyp", "{}: not an MP4", p.id());
    }
}

#[tokio::test]
async fn a_500_on_create_is_not_retried() {
    let p = provider("geeknow");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("create-500");
    let (op, input) = create_input(p, &dir);
    sim.inject(
        op,
        Fault::Status {
            code: 500,
            retry_after: None,
        },
        5,
    );
    let err = create(&client, op, input).await.unwrap_err();
    // Reported as maybe charged, around the vendor's error.
    assert!(
        matches!(&err, Error::MaybeCharged { cause, .. } if matches!(**cause, Error::Vendor(ref v) if v.http_status == 500)),
        "{err}"
    );
    assert!(err.is_retryable() && !err.was_not_sent());
    assert_eq!(sim.requests(op), 1, "a paid create reached the server once");
}

#[tokio::test]
async fn a_dropped_create_is_not_retried() {
    let p = provider("xai");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("create-drop");
    let (op, input) = create_input(p, &dir);
    sim.inject(op, Fault::DropMidBody, 5);
    let err = create(&client, op, input).await.unwrap_err();
    assert!(matches!(err.underlying(), Error::MaybeSent { .. }), "{err}");
    assert_eq!(sim.requests(op), 1);
}

#[tokio::test]
async fn a_429_with_retry_after_on_create_is_waited_out() {
    let p = provider("acedata");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("create-429");
    let (op, input) = create_input(p, &dir);
    sim.inject(
        op,
        Fault::Status {
            code: 429,
            retry_after: Some(1),
        },
        1,
    );
    let started = Instant::now();
    let task = create(&client, op, input).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );
    assert!(task.id.is_some());
    assert_eq!(sim.requests(op), 2, "refused once, accepted once");
}

#[tokio::test]
async fn a_refused_connection_is_not_sent() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let p = provider("aizfw");
    let config = ClientConfig::default()
        .with_base_url(format!("http://127.0.0.1:{port}"))
        .with_retry(quick_retry());
    let client = HttpClient::new(p, ApiKey::new("k"), config).unwrap();
    let dir = scratch_dir("refused");
    let (op, input) = create_input(p, &dir);
    let err = create(&client, op, input).await.unwrap_err();
    assert!(err.was_not_sent(), "{err}");
}

#[tokio::test]
async fn a_poll_survives_three_503s() {
    for id in ["unified", "jimmyai", "lumenhub"] {
        let p = provider(id);
        let sim = start(p);
        let client = client_for(&sim);
        let dir = scratch_dir(&format!("503-{id}"));
        let (op, input) = create_input(p, &dir);
        let task = create(&client, op, input).await.unwrap();
        sim.inject(
            query_op(p),
            Fault::Status {
                code: 503,
                retry_after: None,
            },
            3,
        );
        let handle = client.track(&task, None).unwrap();
        let done = client.wait(&handle, &wait_options(), |_| {}).await.unwrap();
        assert_eq!(done.status, TaskStatus::Completed, "{id}");
        assert!(
            sim.requests(query_op(p)) >= 4,
            "{id}: three 503s and a success"
        );
    }
}

#[tokio::test]
async fn an_unknown_status_word_is_unknown_not_failure() {
    let p = provider("geeknow");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("unknown-word");
    let (op, input) = create_input(p, &dir);
    let task = create(&client, op, input).await.unwrap();
    sim.inject(query_op(p), Fault::UnknownStatus("rendering_hd".into()), 1);
    let handle = client.track(&task, None).unwrap();
    let mut seen = Vec::new();
    let done = client
        .wait(&handle, &wait_options(), |t| seen.push(t.status.clone()))
        .await
        .unwrap();
    assert_eq!(
        seen.first(),
        Some(&TaskStatus::Unknown("rendering_hd".into()))
    );
    assert_eq!(done.status, TaskStatus::Completed);
}

#[tokio::test]
async fn a_failed_task_carries_the_vendors_error() {
    for p in every_provider() {
        let sim = start(p);
        let client = client_for(&sim);
        let dir = scratch_dir(&format!("failed-{}", p.id()));
        let (op, input) = create_input(p, &dir);
        let task = create(&client, op, input).await.unwrap();
        sim.inject(
            query_op(p),
            Fault::FailTask("the prompt was rejected by moderation".into()),
            10,
        );
        let handle = client.track(&task, None).unwrap();
        match client.wait(&handle, &wait_options(), |_| {}).await {
            Err(Error::TaskEnded { task, .. }) => {
                assert_eq!(task.status, TaskStatus::Failed, "{}", p.id());
                // Only where the spec says where a failure's message is (unified documents none).
                let documents_errors = p
                    .operation_with_role(Role::Query)
                    .and_then(|op| op.response().task())
                    .is_some_and(|t| !t.error().is_empty());
                if documents_errors {
                    assert!(
                        task.error
                            .as_deref()
                            .is_some_and(|e| e.contains("moderation")),
                        "{}: error {:?}",
                        p.id(),
                        task.error
                    );
                }
            }
            other => panic!("{}: expected a failed task, got {other:?}", p.id()),
        }
    }
}

#[tokio::test]
async fn an_expired_result_is_a_terminal_error() {
    for p in every_provider() {
        let sim = start(p);
        let client = client_for(&sim);
        let dir = scratch_dir(&format!("expired-{}", p.id()));
        let (op, input) = create_input(p, &dir);
        let task = create(&client, op, input).await.unwrap();
        let handle = client.track(&task, None).unwrap();
        sim.inject(query_op(p), Fault::Expired, 10);
        sim.inject("video", Fault::Expired, 10);
        let outcome = match client.wait(&handle, &wait_options(), |_| {}).await {
            Ok(done) => client
                .download(&done, &dir.join("out.mp4"), |_, _| {})
                .await
                .map(|_| ()),
            Err(e) => Err(e),
        };
        let err = outcome.expect_err(p.id());
        assert!(!err.is_retryable(), "{}: {err}", p.id());
        assert!(!dir.join("out.mp4").exists(), "{}", p.id());
    }
}

#[tokio::test]
async fn a_dropped_download_leaves_no_file() {
    // aizfw has no content operation to fall back on.
    let p = provider("aizfw");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("dropped-download");
    let (op, input) = create_input(p, &dir);
    let task = create(&client, op, input).await.unwrap();
    let handle = client.track(&task, None).unwrap();
    let done = client.wait(&handle, &wait_options(), |_| {}).await.unwrap();
    sim.inject("video", Fault::DropMidBody, 100);
    let target = dir.join("out.mp4");
    let err = client
        .download(&done, &target, |_, _| {})
        .await
        .unwrap_err();
    assert!(matches!(err, Error::MaybeSent { .. }), "{err}");
    assert!(!target.exists());
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        leftovers
            .iter()
            .all(|n| !n.to_string_lossy().contains(".part")),
        "temporary files left: {leftovers:?}"
    );
    assert!(sim.requests("video") >= 2, "the download was retried");
}

#[tokio::test]
async fn a_failed_video_url_falls_back_to_the_content_operation() {
    let p = provider("geeknow");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("fallback");
    let (op, input) = create_input(p, &dir);
    let task = create(&client, op, input).await.unwrap();
    let handle = client.track(&task, None).unwrap();
    let done = client.wait(&handle, &wait_options(), |_| {}).await.unwrap();
    sim.inject(
        "video",
        Fault::Status {
            code: 404,
            retry_after: None,
        },
        100,
    );
    let target = dir.join("out.mp4");
    let saved = client.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(saved.source, grokvid::Source::Operation("content"));
    assert_eq!(std::fs::read(&target).unwrap(), sim.video_bytes().to_vec());
}

#[tokio::test]
async fn redirects_are_followed() {
    let p = provider("xai");
    let sim = start(p);
    let client = client_for(&sim);
    let dir = scratch_dir("redirect");
    let (op, input) = create_input(p, &dir);
    let task = create(&client, op, input).await.unwrap();
    let handle = client.track(&task, None).unwrap();
    let done = client.wait(&handle, &wait_options(), |_| {}).await.unwrap();
    sim.inject("video", Fault::Redirect, 1);
    let target = dir.join("out.mp4");
    client.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), sim.video_bytes().to_vec());
}

#[tokio::test]
async fn the_handle_from_a_deadline_resumes_in_a_fresh_client() {
    let p = provider("jimmyai");
    let config = SimConfig {
        clock: Clock::Realistic {
            queued: Duration::from_millis(300),
            processing: Duration::from_millis(900),
        },
        ..SimConfig::default()
    };
    let sim = Simulator::start(p, config).unwrap();
    let client = client_for(&sim);
    let dir = scratch_dir("resume");
    let (op, input) = create_input(p, &dir);
    let task = create(&client, op, input).await.unwrap();
    let handle = client.track(&task, Some("grok-imagine-video-1.5")).unwrap();
    let short = WaitOptions::quick(Duration::from_millis(150));
    let Err(Error::Deadline {
        handle: at_deadline,
    }) = client.wait(&handle, &short, |_| {}).await
    else {
        panic!("expected a deadline");
    };
    let saved = at_deadline.to_json();
    assert!(
        !saved.contains(sim.api_key()),
        "the handle never holds the key"
    );
    // Another process: only the handle's JSON and the key.
    let handle = grokvid::TaskHandle::from_json(&saved).unwrap();
    let fresh = HttpClient::resume(
        &handle,
        ApiKey::new(sim.api_key()),
        ClientConfig::default().with_retry(quick_retry()),
    )
    .unwrap();
    let done = fresh.wait(&handle, &wait_options(), |_| {}).await.unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    fresh
        .download(&done, &dir.join("out.mp4"), |_, _| {})
        .await
        .unwrap();
    assert_eq!(
        std::fs::read(dir.join("out.mp4")).unwrap(),
        sim.video_bytes().to_vec()
    );
}

#[tokio::test]
async fn a_wrong_key_is_the_vendors_401() {
    for p in every_provider() {
        let sim = start(p);
        let config = ClientConfig::default()
            .with_base_url(sim.base_url())
            .with_retry(quick_retry());
        let client = HttpClient::new(p, ApiKey::new("wrong-key"), config).unwrap();
        let dir = scratch_dir(&format!("401-{}", p.id()));
        let (op, input) = create_input(p, &dir);
        let err = create(&client, op, input).await.unwrap_err();
        assert!(
            matches!(&err, Error::Vendor(v) if v.http_status == 401),
            "{}: {err}",
            p.id()
        );
        assert!(
            !err.to_string().contains("wrong-key"),
            "the key never appears in errors"
        );
    }
}
