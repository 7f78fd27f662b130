//! Waiting and downloading never lose a paid task (issue 11 §3), against the simulator: failed polls
//! are retried and reported, a run of them ends the wait with the handle, the timeout bounds a poll
//! in flight, a `Retry-After` past the deadline ends the wait at once, and a cancelled download leaves
//! no part file.

mod common;

use grokvid::rt::transport::MAX_FAILED_POLLS;
use grokvid::rt::unified::convert;
use grokvid::{
    ApiKey, ClientConfig, DynReply, Error, HttpClient, Task, TaskHandle, TaskStatus, VideoRequest,
    WaitEvent, WaitOptions,
};
use grokvid_sim::{Clock, Fault, SimConfig, Simulator};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn start(clock: Clock) -> Simulator {
    let config = SimConfig {
        clock,
        ..SimConfig::default()
    };
    Simulator::start(common::provider("xai"), config).unwrap()
}

fn slow() -> Clock {
    Clock::Realistic {
        queued: Duration::from_secs(60),
        processing: Duration::from_secs(60),
    }
}

fn client_for(base_url: &str) -> HttpClient {
    let config = ClientConfig::default().with_base_url(base_url);
    HttpClient::new(common::provider("xai"), ApiKey::new("sim-key"), config).unwrap()
}

/// One paid create on `sim`, and its handle.
async fn created(sim: &Simulator) -> (HttpClient, Task, TaskHandle) {
    let client = client_for(&sim.base_url());
    let converted = convert(&VideoRequest::new("a cat"), sim.provider(), None).unwrap();
    let reply = client
        .provider()
        .call(&client, converted.operation.name(), converted.input)
        .await
        .unwrap();
    let DynReply::Json {
        task: Some(task), ..
    } = reply
    else {
        panic!("no task in {reply:?}");
    };
    let handle = client.track(&task, None).unwrap();
    (client, task, handle)
}

/// One create on `sim`, waited for until it completed.
async fn completed(sim: &Simulator) -> (HttpClient, Task) {
    let (client, _, handle) = created(sim).await;
    let options = WaitOptions::quick(Duration::from_secs(30));
    let done = client.wait(&handle, &options, |_| {}).await.unwrap();
    (client, done)
}

/// Waits, collecting the failed polls' messages.
async fn wait_noting_failures(
    client: &HttpClient,
    handle: &TaskHandle,
    timeout: Duration,
) -> (Result<Task, Error>, Vec<String>) {
    let mut failures = Vec::new();
    let options = WaitOptions::quick(timeout);
    let outcome = client
        .wait_with(handle, &options, |event| {
            if let WaitEvent::PollFailed {
                error, failures: n, ..
            } = event
            {
                failures.push(format!("{n}: {error}"));
            }
        })
        .await;
    (outcome, failures)
}

#[tokio::test]
async fn one_malformed_or_5xx_poll_does_not_end_a_wait() {
    let sim = start(Clock::Instant);
    let (client, _, handle) = created(&sim).await;
    sim.inject("query", Fault::MalformedJson, 1);
    sim.inject(
        "query",
        Fault::Status {
            code: 503,
            retry_after: None,
        },
        1,
    );
    let (outcome, failures) = wait_noting_failures(&client, &handle, Duration::from_secs(30)).await;
    let done = outcome.expect("the wait goes on after failed polls");
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(
        failures.len(),
        2,
        "each failed poll is reported: {failures:?}"
    );
    assert!(failures[0].starts_with("1: "), "{failures:?}");
    assert!(failures[1].starts_with("2: "), "{failures:?}");
    assert!(failures[1].contains("503"), "{failures:?}");
}

#[tokio::test]
async fn a_run_of_failed_polls_ends_the_wait_with_the_handle_and_the_last_error() {
    let sim = start(Clock::Instant);
    let (client, _, handle) = created(&sim).await;
    sim.inject(
        "query",
        Fault::Status {
            code: 500,
            retry_after: None,
        },
        usize::MAX,
    );
    let started = Instant::now();
    let (outcome, failures) =
        wait_noting_failures(&client, &handle, Duration::from_secs(600)).await;
    let Err(Error::WaitFailed {
        handle: kept,
        reason,
        last,
    }) = outcome
    else {
        panic!("expected WaitFailed, got {outcome:?}");
    };
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "not a 10-minute silence"
    );
    assert_eq!(kept.task_id, handle.task_id);
    assert!(
        reason.starts_with(&format!("{MAX_FAILED_POLLS} polls in a row failed")),
        "{reason}"
    );
    assert!(last.to_string().contains("HTTP 500"), "{last}");
    assert_eq!(failures.len() as u32, MAX_FAILED_POLLS - 1, "{failures:?}");
}

#[tokio::test]
async fn a_dead_server_is_reported_within_seconds_and_retried() {
    let sim = start(slow());
    let (client, _, handle) = created(&sim).await;
    drop(sim);
    let started = Instant::now();
    let mut first_report = None;
    let options = WaitOptions::quick(Duration::from_secs(600));
    let outcome = client
        .wait_with(&handle, &options, |event| {
            if let WaitEvent::PollFailed { .. } = event {
                first_report.get_or_insert(started.elapsed());
            }
        })
        .await;
    let reported = first_report.expect("the failure is reported while waiting");
    assert!(
        reported < Duration::from_secs(10),
        "reported after {reported:?}"
    );
    assert!(
        matches!(&outcome, Err(Error::WaitFailed { last, .. }) if matches!(**last, Error::NotSent { .. })),
        "{outcome:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[tokio::test]
async fn the_timeout_bounds_a_poll_in_flight_and_names_no_unseen_status() {
    let sim = start(slow());
    let (client, _, mut handle) = created(&sim).await;
    // A status from an earlier run is not what this wait observed.
    handle.last_status = Some(TaskStatus::Processing);
    sim.inject("query", Fault::Latency(Duration::from_secs(50)), usize::MAX);
    let started = Instant::now();
    let (outcome, _) = wait_noting_failures(&client, &handle, Duration::from_secs(2)).await;
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    let Err(error @ Error::Deadline { .. }) = outcome else {
        panic!("expected a deadline, got {outcome:?}");
    };
    assert_eq!(
        error.to_string(),
        format!(
            "xai: no poll of task {} told its status before the deadline",
            handle.task_id
        )
    );
}

#[tokio::test]
async fn the_deadline_states_the_last_status_a_poll_saw() {
    let sim = start(slow());
    let (client, _, handle) = created(&sim).await;
    let (outcome, _) = wait_noting_failures(&client, &handle, Duration::from_millis(600)).await;
    let Err(Error::Deadline { handle: at }) = &outcome else {
        panic!("expected a deadline, got {outcome:?}");
    };
    assert_eq!(at.last_status, Some(TaskStatus::Queued));
    assert!(
        outcome
            .unwrap_err()
            .to_string()
            .ends_with("is still queued at the deadline"),
    );
}

#[tokio::test]
async fn a_retry_after_within_the_deadline_is_honoured_and_one_past_it_ends_at_once() {
    let sim = start(Clock::Instant);
    let (client, _, handle) = created(&sim).await;
    sim.inject(
        "query",
        Fault::Status {
            code: 429,
            retry_after: Some(2),
        },
        1,
    );
    let mut paused = Vec::new();
    let options = WaitOptions::quick(Duration::from_secs(30));
    let done = client
        .wait_with(&handle, &options, |event| {
            if let WaitEvent::PollFailed { retry_in, .. } = event {
                paused.push(retry_in);
            }
        })
        .await
        .unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(
        paused,
        [Duration::from_secs(2)],
        "the vendor's pause is kept"
    );

    sim.inject(
        "query",
        Fault::Status {
            code: 429,
            retry_after: Some(3600),
        },
        1,
    );
    let started = Instant::now();
    let (outcome, _) = wait_noting_failures(&client, &handle, Duration::from_secs(60)).await;
    assert!(started.elapsed() < Duration::from_secs(20));
    let Err(error @ Error::WaitFailed { .. }) = outcome else {
        panic!("expected WaitFailed, got {outcome:?}");
    };
    let message = error.to_string();
    assert!(
        message.contains("the vendor asked to wait 3600 s before polling again, past the deadline"),
        "{message}"
    );
}

fn part_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".part"))
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-paid-lib-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn a_cancelled_download_leaves_no_part_file_and_a_stale_one_is_replaced() {
    let config = SimConfig {
        video_size: Some(256 << 20),
        ..SimConfig::default()
    };
    let sim = Simulator::start(common::provider("xai"), config).unwrap();
    let (client, done) = completed(&sim).await;
    let dir = scratch("part");
    let target = dir.join("out.mp4");
    // Cancelled (as Ctrl-C does: the future is dropped) while its part file is there.
    let part_appeared = async {
        while part_files(&dir).is_empty() {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    };
    let cut = tokio::select! {
        _ = client.download(&done, &target, |_, _| {}) => false,
        _ = part_appeared => true,
    };
    assert!(cut, "the download finished before it could be cut");
    assert_eq!(
        part_files(&dir),
        Vec::<String>::new(),
        "no part file after cancelling"
    );
    assert!(!target.exists());

    // A part file left by a killed process is taken over, not left beside the video.
    std::fs::write(dir.join(".out.mp4.part"), b"stale").unwrap();
    let small = Simulator::start(common::provider("xai"), SimConfig::default()).unwrap();
    let (client, done) = completed(&small).await;
    client.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        small.video_bytes().to_vec()
    );
    assert_eq!(part_files(&dir), Vec::<String>::new());
}
