//! One connection pool per client (issue 12 item 5): API calls and downloads share it, each request
//! gets the timeouts of its kind, and a caller may bring their own `reqwest::Client` without the key
//! ever going to another origin. Over loopback, against the simulator and the hostile vendor.

use grokvid::Provider;
use grokvid::{ApiKey, ClientConfig, DynReply, Error, HttpClient, RetryPolicy, Task, TaskStatus};
use grokvid_sim::hostile::{Answer, Hostile};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::json;
use std::path::PathBuf;
use std::time::{Duration, Instant};

grokvid::provider!("specs/querykey.yaml");

const KEY: &str = "sk-pool-0123456789abcdef";

fn provider(id: &str) -> &'static Provider {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == id)
        .unwrap()
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-pool-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A completed task whose video lives at `url`.
fn done_task(url: &str) -> Task {
    Task {
        id: Some("t1".into()),
        status: TaskStatus::Completed,
        video_url: Some(url.into()),
        ..Task::default()
    }
}

/// A timeout the call hit by itself, well within a generous bound.
fn assert_timed_out_by_itself(started: Instant, error: &Error) {
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert!(
        matches!(
            error,
            Error::MaybeSent {
                timed_out: true,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn create_query_and_download_share_one_connection() {
    let sim = Simulator::start(provider("xai"), SimConfig::default()).unwrap();
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(RetryPolicy::NONE);
    let client = HttpClient::new(sim.provider(), ApiKey::new(sim.api_key()), config).unwrap();
    let input = json!({ "prompt": "a red kite", "model": "grok-imagine-video" });
    let reply = client
        .provider()
        .call(&client, "generations", input)
        .await
        .unwrap();
    let DynReply::Json {
        task: Some(task), ..
    } = reply
    else {
        panic!("a task: {reply:?}");
    };
    let id = task.id.unwrap();
    // The simulator's instant clock: processing at the first poll, completed at the second.
    client.query_task(&id).await.unwrap();
    let task = client.query_task(&id).await.unwrap();
    assert_eq!(task.status, TaskStatus::Completed);
    let dir = scratch_dir("one-connection");
    let saved = client
        .download(&task, &dir.join("out.mp4"), |_, _| {})
        .await
        .unwrap();
    assert_eq!(saved.bytes, sim.video_bytes().len() as u64);
    // Two pools (API calls, downloads) opened two connections here.
    assert_eq!(
        sim.connections(),
        1,
        "create, query and download on one connection"
    );
}

#[tokio::test]
async fn a_slow_reply_ends_at_the_request_timeout_while_a_slower_download_finishes() {
    let server = Hostile::start().unwrap();
    let paced = || Answer::Paced {
        bytes: 30,
        every: Duration::from_millis(50),
    };
    server.answer("/v1/videos/t1", paced());
    server.answer("/video.mp4", paced());
    // 1.5 s for each reply: past the API call's timeout, well within the download's.
    let config = ClientConfig::default()
        .with_base_url(server.url())
        .with_retry(RetryPolicy::NONE)
        .with_timeout(Duration::from_millis(500))
        .with_download_timeout(Duration::from_secs(60));
    let client = HttpClient::new(provider("xai"), ApiKey::new(KEY), config).unwrap();
    let started = Instant::now();
    let error = client.query_task("t1").await.unwrap_err();
    assert_timed_out_by_itself(started, &error);
    let dir = scratch_dir("slow-download");
    let task = done_task(&format!("{}/video.mp4", server.url()));
    let saved = client
        .download(&task, &dir.join("out.mp4"), |_, _| {})
        .await
        .unwrap();
    assert_eq!(saved.bytes, 30);
}

#[tokio::test]
async fn a_silent_download_ends_at_the_read_timeout_not_at_its_deadline() {
    let server = Hostile::start().unwrap();
    // A few bytes, then silence with the connection open.
    server.answer("/video.mp4", Answer::Announce(1000));
    let mut config = ClientConfig::default()
        .with_base_url(server.url())
        .with_retry(RetryPolicy::NONE);
    config.read_timeout = Duration::from_millis(500);
    let client = HttpClient::new(provider("xai"), ApiKey::new(KEY), config).unwrap();
    let dir = scratch_dir("silent-download");
    let task = done_task(&format!("{}/video.mp4", server.url()));
    let started = Instant::now();
    let error = client
        .download(&task, &dir.join("out.mp4"), |_, _| {})
        .await
        .unwrap_err();
    assert_timed_out_by_itself(started, &error);
    assert!(
        error.to_string().contains("timed out after 8 bytes"),
        "{error}"
    );
}

/// The caller's client, with a header of its own and this redirect policy.
fn callers_client(policy: grokvid::reqwest::redirect::Policy) -> grokvid::reqwest::Client {
    let mut headers = grokvid::reqwest::header::HeaderMap::new();
    headers.insert("x-caller", "mine".parse().unwrap());
    grokvid::http::client_builder()
        .default_headers(headers)
        .redirect(policy)
        .build()
        .unwrap()
}

fn header<'a>(request: &'a grokvid_sim::hostile::Logged, name: &str) -> Option<&'a str> {
    request
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn a_callers_client_is_used_and_the_key_stays_on_the_providers_origin() {
    let api = Hostile::start().unwrap();
    let other = Hostile::start().unwrap();
    let location = format!("{}/elsewhere?key={KEY}&part=1", other.url());
    api.answer(
        "/v1/jobs/t1",
        Answer::Redirect {
            status: 302,
            location,
        },
    );
    other.answer(
        "/elsewhere",
        Answer::json(&json!({ "job": "t1", "state": "waiting" })),
    );
    let config = ClientConfig::default()
        .with_base_url(api.url())
        .with_retry(RetryPolicy::NONE)
        .with_http_client(callers_client(grokvid::http::redirect_policy()));
    // The generated client takes it through the same config.
    let client = querykey::Client::with_config(ApiKey::new(KEY), config).unwrap();
    let reply = client
        .status(&querykey::StatusRequest::new("t1"))
        .await
        .unwrap();
    assert_eq!(reply.task.status, TaskStatus::Queued);
    let [home] = api.requests().try_into().unwrap();
    assert_eq!(
        header(&home, "x-caller"),
        Some("mine"),
        "the caller's client sent it"
    );
    assert_eq!(home.query, format!("key={KEY}"), "the API got its key");
    let [away] = other.requests().try_into().unwrap();
    assert_eq!(header(&away, "x-caller"), Some("mine"));
    assert_eq!(away.query, "part=1");
    assert!(!away.credentials_text().contains(&KEY[..8]), "{away:?}");
}

#[tokio::test]
async fn a_callers_client_that_follows_redirects_itself_fails_the_call() {
    let api = Hostile::start().unwrap();
    let other = Hostile::start().unwrap();
    let location = format!("{}/elsewhere", other.url());
    api.answer(
        "/v1/videos/t1",
        Answer::Redirect {
            status: 302,
            location,
        },
    );
    other.answer("/elsewhere", Answer::json(&json!({ "status": "pending" })));
    let follows = grokvid::reqwest::redirect::Policy::limited(5);
    let config = ClientConfig::default()
        .with_base_url(api.url())
        .with_retry(RetryPolicy::NONE)
        .with_http_client(callers_client(follows));
    let client = HttpClient::new(provider("xai"), ApiKey::new(KEY), config).unwrap();
    let error = client.query_task("t1").await.unwrap_err();
    let other_origin = other.url();
    assert_eq!(
        error.to_string(),
        format!(
            "xai.query: unexpected reply (HTTP 200): the HTTP client followed a redirect to \
             {other_origin} by itself, so grokvid could not keep the API key from it; build the \
             reqwest::Client given to ClientConfig::with_http_client with \
             `.redirect(grokvid::http::redirect_policy())`"
        )
    );
    assert!(!error.to_string().contains(&KEY[..8]));
    // xai's key is an `Authorization` header, which reqwest itself drops on the way; a key in
    // another header or the query would have gone along (see `with_http_client`).
    let [away] = other.requests().try_into().unwrap();
    assert!(!away.credentials_text().contains(&KEY[..8]), "{away:?}");
}
