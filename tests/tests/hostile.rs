//! A hostile vendor (issue 11 §1, §2): replies without end, huge or trickling, errors that echo the
//! key, redirects to another origin, task ids that are dot segments, and base URLs or handles that
//! would send the key somewhere the user did not mean. Each case runs against a real loopback server
//! (`grokvid_sim::hostile`) that logs what reached it; paid creates are counted there.

use grokvid::Provider;
use grokvid::{ApiKey, ClientConfig, Error, HttpClient, RetryPolicy, Task, TaskHandle, providers};
use grokvid_sim::hostile::{Answer, Hostile};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const KEY: &str = "sk-hostile-0123456789abcdef";
const CREATE: &str = "/v1/videos/generations";
const MIB: u64 = 1 << 20;

fn provider(id: &str) -> &'static Provider {
    providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == id)
        .unwrap()
}

/// A client of `id` at `base` with no retries, so each case sends exactly what it says.
fn client(id: &str, base: &str, config: ClientConfig) -> HttpClient {
    let config = config.with_base_url(base).with_retry(RetryPolicy::NONE);
    HttpClient::new(provider(id), ApiKey::new(KEY), config).unwrap()
}

async fn create(client: &HttpClient) -> Result<grokvid::DynReply, Error> {
    client
        .provider()
        .call(
            client,
            "generations",
            json!({ "prompt": "a red kite", "model": "grok-imagine-video" }),
        )
        .await
}

/// Neither the key nor its first eight bytes appear in `text`.
fn assert_no_key(text: &str) {
    assert!(!text.contains(&KEY[..8]), "the key leaked: {text}");
}

/// An error's Display and Debug carry no key.
fn assert_error_has_no_key(error: &Error) {
    assert_no_key(&error.to_string());
    assert_no_key(&format!("{error:?}"));
}

/// Well within a generous bound (no timing assert beyond that), and a timeout: the call ended at its
/// own deadline, not at the harness's.
fn assert_ended_by_its_deadline(started: Instant, error: &Error) {
    let took = started.elapsed();
    assert!(took < Duration::from_secs(30), "{took:?}");
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

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// A completed task whose video lives at `url`.
fn done_task(url: &str) -> Task {
    Task {
        id: Some("t1".into()),
        status: grokvid::TaskStatus::Completed,
        video_url: Some(url.into()),
        ..Task::default()
    }
}

// --- §1 memory, disk and time ---

#[tokio::test]
async fn an_endless_reply_stops_at_the_cap_not_at_a_timeout() {
    let server = Hostile::start().unwrap();
    server.answer("/v1/videos/t1", Answer::Endless);
    let config = ClientConfig::default()
        .with_timeout(Duration::from_secs(300))
        .with_max_reply_bytes(MIB);
    let client = client("xai", &server.url(), config);
    let started = Instant::now();
    let error = client.query_task("t1").await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    let Error::TooLarge {
        ref operation,
        limit,
        ..
    } = error
    else {
        panic!("expected TooLarge, got {error:?}");
    };
    assert_eq!((operation.as_str(), limit), ("xai.query", MIB));
    assert_eq!(
        error.to_string(),
        "xai.query: the reply is larger than the cap of 1 MiB (max_reply_bytes, --max-reply-bytes); \
         reading stopped"
    );
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_reply_announced_larger_than_the_cap_is_not_read() {
    let server = Hostile::start().unwrap();
    // 200 MB announced, then silence: only the Content-Length check can end this quickly.
    server.answer("/v1/videos/t1", Answer::Announce(200_000_000));
    let config = ClientConfig::default().with_timeout(Duration::from_secs(300));
    let client = client("xai", &server.url(), config);
    let error = client.query_task("t1").await.unwrap_err();
    assert!(
        matches!(error, Error::TooLarge { limit, .. } if limit == 16 * MIB),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_create_whose_reply_is_cut_by_the_cap_may_have_been_sent() {
    let server = Hostile::start().unwrap();
    server.answer(CREATE, Answer::Endless);
    let config = ClientConfig::default().with_max_reply_bytes(MIB);
    // Default retries: a create that may have been accepted must still be sent once only.
    let client = HttpClient::new(
        provider("xai"),
        ApiKey::new(KEY),
        config.with_base_url(server.url()),
    )
    .unwrap();
    let error = create(&client).await.unwrap_err();
    assert!(
        matches!(error.underlying(), Error::MaybeSent { reason, .. } if reason.contains("1 MiB")),
        "{error:?}"
    );
    assert!(!error.was_not_sent());
    assert_eq!(server.hits(CREATE), 1, "one paid create");
}

#[tokio::test]
async fn a_trickling_reply_ends_at_the_request_deadline() {
    let server = Hostile::start().unwrap();
    server.answer("/v1/videos/t1", Answer::Trickle(Duration::from_millis(50)));
    let config = ClientConfig::default().with_timeout(Duration::from_secs(2));
    let client = client("xai", &server.url(), config);
    let started = Instant::now();
    let error = client.query_task("t1").await.unwrap_err();
    assert_ended_by_its_deadline(started, &error);
}

/// Downloads a completed task whose video URL answers `video`: the error, and the folder the video was
/// to be saved in.
async fn failed_download(video: Answer, config: ClientConfig, name: &str) -> (Error, PathBuf) {
    let server = Hostile::start().unwrap();
    server.answer("/video.mp4", video);
    let client = client("xai", &server.url(), config);
    let dir = scratch_dir(name);
    let task = done_task(&format!("{}/video.mp4", server.url()));
    let target = dir.join("out.mp4");
    let error = client
        .download(&task, &target, |_, _| {})
        .await
        .unwrap_err();
    (error, dir)
}

#[tokio::test]
async fn an_endless_video_stops_at_the_download_cap_and_leaves_no_file() {
    let config = ClientConfig::default().with_max_download_bytes(2 * MIB);
    let (error, dir) = failed_download(Answer::Endless, config, "endless-video").await;
    assert!(
        matches!(error, Error::TooLarge { what: "download", limit, .. } if limit == 2 * MIB),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "xai.video: the download is larger than the cap of 2 MiB (max_download_bytes, \
         --max-download-bytes); reading stopped"
    );
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

#[tokio::test]
async fn a_video_larger_than_the_free_space_is_refused_before_writing() {
    // An exabyte: more than any disk has free.
    let exabyte = || Answer::Announce(1 << 60);
    let config = ClientConfig::default().with_max_download_bytes(u64::MAX);
    let (error, dir) = failed_download(exabyte(), config, "no-space").await;
    let Error::Io { path, reason } = &error else {
        panic!("expected an Io error, got {error:?}");
    };
    assert_eq!(path, &dir.join("out.mp4"));
    assert!(reason.starts_with("not enough free space"), "{reason}");
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
    // The default cap refuses it first.
    let (error, _) = failed_download(exabyte(), ClientConfig::default(), "no-space-cap").await;
    assert!(matches!(error, Error::TooLarge { .. }), "{error:?}");
}

#[tokio::test]
async fn a_trickling_download_ends_at_its_overall_deadline() {
    let config = ClientConfig::default().with_download_timeout(Duration::from_secs(2));
    let started = Instant::now();
    let trickle = Answer::Trickle(Duration::from_millis(50));
    let (error, dir) = failed_download(trickle, config, "trickle-video").await;
    assert_ended_by_its_deadline(started, &error);
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

// --- §2 the key goes only where the user meant ---

#[tokio::test]
async fn plain_http_goes_only_to_loopback_unless_allowed() {
    let server = Hostile::start().unwrap();
    server.answer(
        "/v1/videos/t1",
        Answer::json(&json!({ "status": "pending" })),
    );
    let port = server.url().rsplit(':').next().unwrap().to_string();
    // Spellings of 127.0.0.1 are loopback, decided on the parsed host.
    for host in [
        "127.0.0.1",
        "127.1",
        "0x7f000001",
        "2130706433",
        "localhost",
    ] {
        let base = format!("http://{host}:{port}");
        let client = client("xai", &base, ClientConfig::default());
        client.query_task("t1").await.unwrap();
    }
    assert_eq!(server.hits("/v1/videos/t1"), 5);
    // 0.0.0.0 reaches this machine on Linux, but names no host: refused before connecting.
    let base = format!("http://0.0.0.0:{port}");
    let config = ClientConfig::default().with_base_url(&base);
    let error = HttpClient::new(provider("xai"), ApiKey::new(KEY), config.clone()).unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert!(error.to_string().contains("unencrypted"), "{error}");
    assert!(
        error.to_string().contains("--allow-insecure-http"),
        "{error}"
    );
    for remote in [
        "http://api.x.ai",
        "http://10.1.2.3:8080",
        "http://[::ffff:10.0.0.1]",
    ] {
        let config = ClientConfig::default().with_base_url(remote);
        assert!(HttpClient::new(provider("xai"), ApiKey::new(KEY), config).is_err());
    }
    assert_eq!(server.hits("/v1/videos/t1"), 5, "nothing sent");
    // The explicit opt-in sends it.
    let client = client(
        "xai",
        &base,
        ClientConfig::default().allow_insecure_http(true),
    );
    client.query_task("t1").await.unwrap();
    assert_eq!(server.hits("/v1/videos/t1"), 6);
}

#[tokio::test]
async fn a_handle_pointing_at_another_host_needs_the_users_confirmation() {
    let server = Hostile::start().unwrap();
    server.answer(
        "/v1/videos/t1",
        Answer::json(&json!({ "status": "pending" })),
    );
    // 0.0.0.0 reaches this server on Linux, and is neither the spec's host nor loopback.
    let elsewhere = server.url().replace("127.0.0.1", "0.0.0.0");
    let handle = TaskHandle {
        provider: "xai".into(),
        base_url: elsewhere.clone(),
        task_id: "t1".into(),
        model: None,
        last_status: None,
        links: Default::default(),
        hosts: Default::default(),
    };
    let insecure = || ClientConfig::default().allow_insecure_http(true);
    let error = HttpClient::resume(&handle, ApiKey::new(KEY), insecure()).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "configuration error (nothing sent): the handle points at `{elsewhere}`, which is not \
             xai's host (https://api.x.ai): the API key would be sent there. If you trust that \
             server, confirm it with --base-url {elsewhere}"
        )
    );
    assert_eq!(server.requests().len(), 0, "nothing sent");
    // Confirmed by the user: used.
    let confirmed = insecure().with_base_url(&elsewhere);
    let client = HttpClient::resume(&handle, ApiKey::new(KEY), confirmed).unwrap();
    client.query_task("t1").await.unwrap();
    assert_eq!(server.hits("/v1/videos/t1"), 1);
    // The spec's host and this machine need no confirmation.
    for base in ["https://api.x.ai/", server.url().as_str()] {
        let handle = TaskHandle {
            base_url: base.to_string(),
            ..handle.clone()
        };
        assert!(HttpClient::resume(&handle, ApiKey::new(KEY), ClientConfig::default()).is_ok());
    }
}

/// The key's header for `provider`, lowercased, and its value as sent.
fn key_header(p: &Provider) -> (String, String) {
    (
        p.auth().name().to_ascii_lowercase(),
        format!("{}{KEY}", p.auth().prefix()),
    )
}

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_key_in_any_header() {
    // Two ports are two origins; the second logs what reaches it.
    let api = Hostile::start().unwrap();
    let other = Hostile::start().unwrap();
    // Query calls of a header-`Authorization` spec and a custom-header (`X-API-Key`) spec.
    let cases = [
        ("xai", "/v1/videos/t1", json!({ "status": "pending" })),
        (
            "lumenhub",
            "/v2/jobs",
            json!({ "ok": true, "result": { "job": { "ref": "t1", "phase": "RUNNING" } } }),
        ),
    ];
    for (id, path, reply) in cases {
        for status in [301, 302, 303, 307, 308] {
            let location = format!("{}/elsewhere{path}?status={status}", other.url());
            api.answer(path, Answer::Redirect { status, location });
            other.answer(&format!("/elsewhere{path}"), Answer::json(&reply));
            let client = client(id, &api.url(), ClientConfig::default());
            let task = client.query_task("t1").await.unwrap();
            assert_eq!(task.id.as_deref(), Some("t1"), "{id} {status}");
        }
        let (name, value) = key_header(provider(id));
        let at_api = api.requests().pop().unwrap();
        assert!(
            at_api.headers.contains(&(name.clone(), value)),
            "{id}: the API got its key"
        );
        let arrived = other.requests();
        assert!(arrived.len() >= 5, "{id}: {arrived:?}");
        for request in arrived {
            assert!(
                !request.headers.iter().any(|(n, _)| *n == name),
                "{id}: {request:?}"
            );
            assert_no_key(&request.credentials_text());
        }
    }
}

grokvid::provider!("specs/querykey.yaml");

#[tokio::test]
async fn a_cross_origin_redirect_carries_no_query_string_key() {
    let api = Hostile::start().unwrap();
    let other = Hostile::start().unwrap();
    // The API echoes the request's query, key included, into the Location.
    let location = format!("{}/elsewhere?key={KEY}&part=1", other.url());
    api.answer(
        "/v1/jobs/t1",
        Answer::Redirect {
            status: 302,
            location,
        },
    );
    let reply = json!({ "job": "t1", "state": "waiting" });
    other.answer("/elsewhere", Answer::json(&reply));
    let config = ClientConfig::default()
        .with_base_url(api.url())
        .with_retry(RetryPolicy::NONE);
    let client = HttpClient::new(&querykey::PROVIDER, ApiKey::new(KEY), config).unwrap();
    let task = client.query_task("t1").await.unwrap();
    assert_eq!(task.id.as_deref(), Some("t1"));
    assert_eq!(
        api.requests()[0].query,
        format!("key={KEY}"),
        "the API got its key"
    );
    let [request] = other.requests().try_into().unwrap();
    assert_eq!(request.query, "part=1");
    assert_no_key(&request.credentials_text());
}

#[tokio::test]
async fn a_paid_create_redirected_to_another_origin_goes_there_without_the_key() {
    let api = Hostile::start().unwrap();
    let other = Hostile::start().unwrap();
    let location = format!("{}/elsewhere", other.url());
    api.answer(
        CREATE,
        Answer::Redirect {
            status: 307,
            location,
        },
    );
    other.answer("/elsewhere", Answer::Echo(401));
    let client = client("xai", &api.url(), ClientConfig::default());
    let error = create(&client).await.unwrap_err();
    assert_error_has_no_key(&error);
    assert_eq!(api.hits(CREATE), 1, "one create at the API");
    let [request] = other.requests().try_into().unwrap();
    // 307 keeps the method and body, never the key.
    assert_eq!(request.method, "POST");
    assert!(String::from_utf8_lossy(&request.body).contains("a red kite"));
    assert_no_key(&request.credentials_text());
}

#[tokio::test]
async fn a_vendor_that_echoes_the_key_never_gets_it_into_errors_or_tasks() {
    let server = Hostile::start().unwrap();
    let client = client("xai", &server.url(), ClientConfig::default());
    for status in [400, 401, 403, 500] {
        server.answer(CREATE, Answer::Echo(status));
        let error = create(&client).await.unwrap_err();
        // A 500 on a create is reported as maybe charged, around the vendor's error.
        let Error::Vendor(vendor) = error.underlying() else {
            panic!("{error:?}");
        };
        assert!(vendor.message.contains("Bearer ***"), "{vendor:?}");
        assert_error_has_no_key(&error);
    }
    assert_eq!(server.hits(CREATE), 4, "one create per case");
    // Not JSON, with a shortened key.
    let short = format!("unauthorized: key {}... rejected", &KEY[..12]);
    server.answer(
        "/v1/videos/t1",
        Answer::Fixed {
            status: 401,
            content_type: "text/plain",
            body: short.into_bytes(),
        },
    );
    let error = client.query_task("t1").await.unwrap_err();
    assert!(error.to_string().contains("key ***... rejected"), "{error}");
    assert_error_has_no_key(&error);
    // A 200 whose body does not match repeats the key in an UnexpectedResponse.
    server.answer(
        "/v1/videos/t1",
        Answer::Fixed {
            status: 200,
            content_type: "application/json",
            body: format!("{{\"status\": \"done\", \"note\": \"{KEY}\"").into_bytes(),
        },
    );
    let error = client.query_task("t1").await.unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedResponse { .. }),
        "{error:?}"
    );
    assert_error_has_no_key(&error);
    // A success that echoes the key: not in the task, nor in a handle made from it.
    let echo = json!({ "status": "failed", "error": { "message": format!("quota for {KEY}") }});
    server.answer("/v1/videos/t1", Answer::json(&echo));
    let task = client.query_task("t1").await.unwrap();
    assert_eq!(task.error.as_deref(), Some("quota for ***"));
    assert_no_key(&format!("{task:?}"));
    assert_no_key(&client.track(&task, None).unwrap().to_json());
}

#[tokio::test]
async fn dot_segment_task_ids_are_refused_before_sending() {
    let server = Hostile::start().unwrap();
    server.answer(
        "/v1/videos/a%2F..",
        Answer::json(&json!({ "status": "pending" })),
    );
    let client = client("xai", &server.url(), ClientConfig::default());
    for id in ["..", ".", ""] {
        let error = client.query_task(id).await.unwrap_err();
        let Error::Invalid(violations) = &error else {
            panic!("{id:?}: {error:?}");
        };
        assert!(error.was_not_sent());
        assert_eq!(
            violations.to_string(),
            format!(
                "request_id: `{id}` cannot be sent as a path segment: it would change which URL is \
                 asked for"
            )
        );
    }
    assert_eq!(server.requests().len(), 0, "nothing sent");
    // Anything else is one percent-encoded segment.
    client.query_task("a/..").await.unwrap();
    assert_eq!(server.requests()[0].path, "/v1/videos/a%2F..");
}
