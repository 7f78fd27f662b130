//! Hosts, from this crate's `specs/splithost.yaml`: a vendor with no default host (each customer has an
//! API host of their own) whose videos come from a separate file host (`hosts: files`). The simulator
//! serves each host on its own port and answers an operation only on the host the spec serves it from.
//! Its 429 `insufficient_quota` is declared final (`errors.final`): no retry loop repeats it.

grokvid::provider!("specs/splithost.yaml");

use grokvid::{
    ApiKey, ClientConfig, Error, HttpClient, RetryPolicy, TaskHandle, TaskStatus, WaitOptions,
};
use grokvid_sim::{Fault, SimConfig, Simulator};
use std::time::Duration;

fn sim() -> Simulator {
    Simulator::start(&splithost::PROVIDER, SimConfig::default()).unwrap()
}

fn client(sim: &Simulator, config: ClientConfig) -> splithost::Client {
    splithost::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

fn request() -> splithost::SubmitRequest {
    splithost::SubmitRequest::new(splithost::Prompt::new("a paper boat").unwrap())
}

fn target(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("splithost-{name}-{}.mp4", std::process::id()))
}

/// Waits for the task behind `handle` and downloads it.
async fn finish(rt: &HttpClient, handle: &TaskHandle, name: &str) -> Result<u64, Error> {
    let options = WaitOptions::quick(Duration::from_secs(10));
    let done = rt.wait(handle, &options, |_| {}).await?;
    assert_eq!(done.status, TaskStatus::Completed);
    let target = target(name);
    let saved = rt.download(&done, &target, |_, _| {}).await;
    let _ = std::fs::remove_file(&target);
    saved.map(|s| s.bytes)
}

#[tokio::test]
async fn each_operation_goes_to_its_host_and_the_handle_remembers_both() {
    let sim = sim();
    let files = sim.host_url("files").unwrap();
    assert_ne!(files, sim.base_url(), "two hosts, two listeners");
    let client = client(&sim, sim.configure(ClientConfig::default()));
    let reply = client.submit(&request()).await.unwrap();
    let handle = client.runtime().track(&reply.task, None).unwrap();
    assert_eq!(handle.base_url, sim.base_url());
    assert_eq!(handle.hosts.get("files"), Some(&files));
    // Another process: the handle as JSON, the hosts from it.
    let handle = TaskHandle::from_json(&handle.to_json()).unwrap();
    let resumed = HttpClient::resume_with(
        &splithost::PROVIDER,
        &handle,
        ApiKey::new(sim.api_key()),
        ClientConfig::default(),
    )
    .unwrap();
    let bytes = finish(&resumed, &handle, "both").await.unwrap();
    assert_eq!(bytes, sim.video_bytes().len() as u64);
    assert_eq!(sim.requests("submit"), 1);
    assert_eq!(sim.requests("fetch"), 1);
}

#[tokio::test]
async fn the_file_host_does_not_answer_on_the_api_host() {
    let sim = sim();
    // The file host pointed at the API host's listener: the simulator refuses the download there.
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_host("files", sim.base_url());
    let client = client(&sim, config);
    let reply = client.submit(&request()).await.unwrap();
    let handle = client.runtime().track(&reply.task, None).unwrap();
    let error = finish(client.runtime(), &handle, "wrong")
        .await
        .unwrap_err();
    assert!(error.to_string().contains("404"), "{error}");
    assert_eq!(sim.requests("fetch"), 0, "never counted as a download");
}

#[tokio::test]
async fn no_base_url_fails_every_api_call_before_sending() {
    let sim = sim();
    // Only the file host given: the spec has no API host to fall back on.
    let config = ClientConfig::default().with_host("files", sim.host_url("files").unwrap());
    let client = client(&sim, config);
    assert_eq!(client.runtime().base_url(), "");
    let error = client.submit(&request()).await.unwrap_err();
    let Error::Config(message) = &error else {
        panic!("not a configuration error: {error:?}");
    };
    assert!(
        message.contains("splithost has no default host")
            && message.contains("ClientConfig::with_base_url")
            && message.contains("--base-url"),
        "{message}"
    );
    assert!(error.was_not_sent());
    let error = client.runtime().query_task("r1").await.unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error}");
    assert_eq!(sim.connections(), 0, "nothing reached the simulator");
}

#[test]
fn a_host_the_spec_does_not_declare_is_refused_when_the_client_is_made() {
    let config = ClientConfig::default()
        .with_base_url("https://api.example.com")
        .with_host("cdn", "https://cdn.example.com");
    let error = splithost::Client::with_config(ApiKey::new("k"), config).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("no host named `cdn` (its hosts: files)"),
        "{error}"
    );
}

#[test]
fn a_handle_pointing_a_host_elsewhere_needs_confirmation() {
    let handle = TaskHandle {
        provider: "splithost".into(),
        base_url: "http://127.0.0.1:9".into(),
        task_id: "r1".into(),
        model: None,
        last_status: None,
        links: Default::default(),
        hosts: [("files".to_string(), "https://evil.example".to_string())].into(),
    };
    let resume =
        |config| HttpClient::resume_with(&splithost::PROVIDER, &handle, ApiKey::new("k"), config);
    let error = resume(ClientConfig::default()).unwrap_err();
    assert!(error.to_string().contains("host `files`"), "{error}");
    let confirmed = ClientConfig::default().with_host("files", "https://evil.example/");
    assert!(resume(confirmed).is_ok());
}

/// Retries quick enough for a test, and enough of them to show they happen.
fn quick_retries(sim: &Simulator) -> splithost::Client {
    let retry = RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(1),
    };
    client(
        sim,
        sim.configure(ClientConfig::default()).with_retry(retry),
    )
}

/// The final error's reason, or a panic saying what the error was instead.
fn final_reason(error: &Error) -> &str {
    match error.underlying() {
        Error::Vendor(v) => v
            .final_because
            .as_deref()
            .unwrap_or_else(|| panic!("not final: {v}")),
        other => panic!("not a vendor error: {other}"),
    }
}

#[tokio::test]
async fn an_out_of_credits_429_is_final_but_a_plain_429_is_retried() {
    let sim = sim();
    let client = quick_retries(&sim);
    sim.inject(
        "submit",
        Fault::Status {
            code: 429,
            retry_after: None,
        },
        1,
    );
    client.submit(&request()).await.unwrap();
    assert_eq!(sim.requests("submit"), 2, "a plain 429 is tried again");
    sim.inject("submit", Fault::Final(0), 3);
    let error = client.submit(&request()).await.unwrap_err();
    assert_eq!(
        final_reason(&error),
        "HTTP 429, code insufficient_quota: out of credits"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("code insufficient_quota") && shown.contains("final, not retried"),
        "{shown}"
    );
    assert!(!error.is_retryable());
    assert_eq!(sim.requests("submit"), 3, "sent once, never repeated");
}

#[tokio::test]
async fn a_final_error_ends_the_wait_and_the_download_at_once() {
    let sim = sim();
    let client = quick_retries(&sim);
    let reply = client.submit(&request()).await.unwrap();
    let handle = client.runtime().track(&reply.task, None).unwrap();
    // Matched by the message's text alone (`balance is used up`, any case). Once: a second poll
    // would find the task and end the wait well.
    sim.inject("status", Fault::Final(1), 1);
    let options = WaitOptions::quick(Duration::from_secs(10));
    let error = client
        .runtime()
        .wait(&handle, &options, |_| {})
        .await
        .unwrap_err();
    assert_eq!(
        final_reason(&error),
        "a message containing \"balance is used up\""
    );
    assert_eq!(sim.requests("status"), 1, "one poll, not another");
    let done = client
        .runtime()
        .wait(&handle, &options, |_| {})
        .await
        .unwrap();
    sim.inject("fetch", Fault::Final(0), 1);
    let target = target("final");
    let error = client
        .runtime()
        .download(&done, &target, |_, _| {})
        .await
        .unwrap_err();
    assert!(error.to_string().contains("final, not retried"), "{error}");
    assert_eq!(sim.requests("fetch"), 1, "the download is not retried");
    assert!(!target.exists());
}
