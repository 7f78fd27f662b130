//! Auth variants, from this crate's `specs/gatehouse.yaml`: the API host takes `Authorization: Key
//! <key>` (and also `Token <key>` or the bare key), the content host takes the bare key in `X-API-Key`
//! only, and every call carries the app header `X-App-Id`. A job runs create → wait → download on the
//! simulator, which records which header reached which host; a redirect to another origin carries
//! neither the key nor the app header; the key shows in no Debug output or error.

mod common;

grokvid::provider!("specs/gatehouse.yaml");

use grokvid::{ApiKey, ClientConfig, HttpClient, Provider, RetryPolicy, Task, VideoRequest};
use grokvid_sim::hostile::{Answer, Hostile};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::json;

const KEY: &str = "gh-secret-0123456789abcdef";

/// The same spec loaded at run time: tables only, no generated code.
fn table_only() -> &'static Provider {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/gatehouse.yaml");
    Provider::from_yaml("gatehouse.yaml", &std::fs::read_to_string(path).unwrap()).unwrap()
}

fn names(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

#[tokio::test]
async fn each_host_gets_the_key_in_its_own_header_and_every_call_the_app_header() {
    for provider in [&gatehouse::PROVIDER, table_only()] {
        let sim = Simulator::start(provider, SimConfig::default()).unwrap();
        assert_ne!(sim.host_url("content").unwrap(), sim.base_url());
        let config = sim.configure(ClientConfig::default());
        let client = HttpClient::new(provider, ApiKey::new(sim.api_key()), config).unwrap();
        let req = VideoRequest::new("a lighthouse at dusk").duration(4);
        let submitted = grokvid::submit_first(std::slice::from_ref(&client), &req)
            .await
            .unwrap();
        common::run_to_end(&sim, &client, &submitted.task, true).await;
        assert_eq!(sim.requests("fetch_video"), 1, "{}", provider.id());
        for route in ["create", "status"] {
            let seen = sim.last_seen(route).unwrap();
            assert_eq!(names(&seen.key_in), ["authorization"], "{route}: {seen:?}");
            assert!(seen.headers.iter().any(|h| h == "x-app-id"), "{seen:?}");
            assert!(!seen.headers.iter().any(|h| h == "x-api-key"), "{seen:?}");
        }
        // The content host got the key in `X-API-Key` and nowhere else: no `Authorization` at all.
        let seen = sim.last_seen("fetch_video").unwrap();
        assert_eq!(names(&seen.key_in), ["x-api-key"], "{seen:?}");
        assert!(
            !seen.headers.iter().any(|h| h == "authorization"),
            "{seen:?}"
        );
        assert!(seen.headers.iter().any(|h| h == "x-app-id"), "{seen:?}");
        let shown = format!("{client:?}");
        assert!(!shown.contains(sim.api_key()), "{shown}");
    }
}

/// The status the simulator answers a request carrying `headers`, sent by hand.
async fn status_of(post: bool, url: &str, headers: &[(&str, &str)]) -> u16 {
    let http = grokvid::http::client_builder().build().unwrap();
    let mut request = if post {
        http.post(url)
            .header("Content-Type", "application/json")
            .body(r#"{"prompt":"a kite"}"#)
    } else {
        http.get(url)
    };
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn the_simulator_takes_the_key_only_as_each_host_declares() {
    let sim = Simulator::start(&gatehouse::PROVIDER, SimConfig::default()).unwrap();
    let key = sim.api_key().to_string();
    let create = format!("{}/v1/jobs", sim.base_url());
    let app = ("X-App-Id", "grokvid-tests");
    let with = |prefix: &str| format!("{prefix}{key}");
    // `Key ` (what the client sends), `Token ` and the bare key (the others the vendor takes).
    for value in [with("Key "), with("Token "), with("")] {
        let headers = [("Authorization", value.as_str()), app];
        assert_eq!(status_of(true, &create, &headers).await, 200, "{value:?}");
    }
    let bearer = with("Bearer ");
    let headers = [("Authorization", bearer.as_str()), app];
    assert_eq!(
        status_of(true, &create, &headers).await,
        401,
        "a prefix it does not take"
    );
    let keyed = with("Key ");
    let headers = [("Authorization", keyed.as_str())];
    assert_eq!(
        status_of(true, &create, &headers).await,
        400,
        "no app header"
    );
    let headers = [("Authorization", keyed.as_str()), ("X-App-Id", "someone")];
    assert_eq!(status_of(true, &create, &headers).await, 400, "another app");
    let headers = [("Authorization", keyed.as_str()), ("X-API-Key", &key), app];
    assert_eq!(
        status_of(true, &create, &headers).await,
        400,
        "the key twice"
    );
    // The content host: the bare key in `X-API-Key`, nothing else.
    let file = format!("{}/videos/j1.mp4", sim.host_url("content").unwrap());
    let headers = [("Authorization", keyed.as_str()), app];
    assert_eq!(status_of(false, &file, &headers).await, 401);
    let headers = [("X-API-Key", keyed.as_str()), app];
    assert_eq!(
        status_of(false, &file, &headers).await,
        401,
        "no prefix there"
    );
    let headers = [
        ("X-API-Key", key.as_str()),
        ("Authorization", keyed.as_str()),
        app,
    ];
    assert_eq!(
        status_of(false, &file, &headers).await,
        400,
        "the key went elsewhere too"
    );
    assert_eq!(sim.last_seen("fetch_video").unwrap().key_in.len(), 2);
}

/// A client of the made-up vendor on two hostile hosts, without retries.
fn hostile_client(api: &Hostile, content: &Hostile) -> HttpClient {
    let config = ClientConfig::default()
        .with_base_url(api.url())
        .with_host("content", content.url())
        .with_retry(RetryPolicy::NONE);
    HttpClient::new(&gatehouse::PROVIDER, ApiKey::new(KEY), config).unwrap()
}

fn has(headers: &[(String, String)], name: &str, value: &str) -> bool {
    headers.iter().any(|(n, v)| n == name && v == value)
}

#[tokio::test]
async fn a_redirect_to_another_origin_carries_neither_the_key_nor_the_app_header() {
    let (api, content, other) = (
        Hostile::start().unwrap(),
        Hostile::start().unwrap(),
        Hostile::start().unwrap(),
    );
    let client = hostile_client(&api, &content);
    // The API host's status call, redirected elsewhere.
    let location = format!("{}/elsewhere/j1", other.url());
    api.answer(
        "/v1/jobs/j1",
        Answer::Redirect {
            status: 302,
            location,
        },
    );
    other.answer(
        "/elsewhere/j1",
        Answer::json(&json!({"job_id": "j1", "state": "working"})),
    );
    let task = client.query_task("j1").await.unwrap();
    assert_eq!(task.id.as_deref(), Some("j1"));
    let [at_api] = api.requests().try_into().unwrap();
    assert!(
        has(&at_api.headers, "authorization", &format!("Key {KEY}")),
        "{at_api:?}"
    );
    assert!(
        has(&at_api.headers, "x-app-id", "grokvid-tests"),
        "{at_api:?}"
    );
    // The content host's download, redirected elsewhere too.
    let location = format!("{}/cdn/j1.mp4", other.url());
    content.answer(
        "/videos/j1.mp4",
        Answer::Redirect {
            status: 302,
            location,
        },
    );
    let video = b"\x00\x00\x00\x18ftypmp42 not really a video".to_vec();
    other.answer(
        "/cdn/j1.mp4",
        Answer::Fixed {
            status: 200,
            content_type: "video/mp4",
            body: video.clone(),
        },
    );
    let done = Task {
        id: Some("j1".into()),
        status: grokvid::TaskStatus::Completed,
        ..Task::default()
    };
    let target = std::env::temp_dir().join(format!("gatehouse-{}.mp4", std::process::id()));
    client.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), video);
    let _ = std::fs::remove_file(&target);
    let [at_content] = content.requests().try_into().unwrap();
    assert!(has(&at_content.headers, "x-api-key", KEY), "{at_content:?}");
    assert!(
        has(&at_content.headers, "x-app-id", "grokvid-tests"),
        "{at_content:?}"
    );
    assert!(
        !at_content.headers.iter().any(|(n, _)| n == "authorization"),
        "{at_content:?}"
    );
    let arrived = other.requests();
    assert_eq!(arrived.len(), 2, "{arrived:?}");
    for request in arrived {
        assert!(
            !request.credentials_text().contains(&KEY[..8]),
            "{request:?}"
        );
        assert!(
            !request.headers.iter().any(|(n, _)| n == "x-app-id"),
            "{request:?}"
        );
    }
}

#[tokio::test]
async fn a_content_host_that_echoes_the_key_never_gets_it_into_the_error() {
    let (api, content) = (Hostile::start().unwrap(), Hostile::start().unwrap());
    let client = hostile_client(&api, &content);
    content.answer("/videos/j1.mp4", Answer::Echo(401));
    let done = Task {
        id: Some("j1".into()),
        status: grokvid::TaskStatus::Completed,
        ..Task::default()
    };
    let target = std::env::temp_dir().join(format!("gatehouse-echo-{}.mp4", std::process::id()));
    let error = client
        .download(&done, &target, |_, _| {})
        .await
        .unwrap_err();
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{client:?}"),
    ] {
        assert!(!text.contains(&KEY[..8]), "the key leaked: {text}");
    }
    assert!(!target.exists());
    assert_eq!(
        api.requests().len(),
        0,
        "the API host took no part in the download"
    );
}
