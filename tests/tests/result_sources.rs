//! Result sources, from this crate's `specs/handback.yaml`: a vendor whose status reply has no video
//! URL. The create reply hands back a result URL (JSON holding the video URL, read with the key), then
//! a `result` operation and a content endpoint follow. The simulator plays all three; these tests run
//! create → wait → download through each, and check where the key went.

grokvid::provider!("specs/handback.yaml");

use grokvid::{
    ApiKey, ClientConfig, Downloaded, Error, Source, TaskHandle, TaskStatus, WaitOptions,
};
use grokvid_sim::{Fault, SimConfig, Simulator};
use std::time::Duration;

fn sim() -> Simulator {
    Simulator::start(&handback::PROVIDER, SimConfig::default()).unwrap()
}

fn client(base_url: String, sim: &Simulator) -> handback::Client {
    let config = ClientConfig::default().with_base_url(base_url);
    handback::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

fn target(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("handback-{name}-{}.mp4", std::process::id()))
}

/// Waits for the task and downloads it: what the download came from, or why not.
async fn finish(
    rt: &grokvid::HttpClient,
    handle: &TaskHandle,
    name: &str,
) -> Result<Downloaded, Error> {
    let options = WaitOptions::quick(Duration::from_secs(10));
    let done = rt.wait(handle, &options, |_| {}).await.unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    assert_eq!(done.video_url, None, "the status reply carries no URL");
    let target = target(name);
    let saved = rt.download(&done, &target, |_, _| {}).await;
    if let Ok(saved) = &saved {
        let bytes = std::fs::read(&target).unwrap();
        let _ = std::fs::remove_file(&target);
        assert_eq!(bytes.len() as u64, saved.bytes);
    }
    saved
}

/// Create, then wait for the task, and download it.
async fn run(client: &handback::Client, name: &str) -> (TaskHandle, Result<Downloaded, Error>) {
    let request = handback::CreateRequest::new(handback::Prompt::new("a lantern").unwrap());
    let reply = client.create(&request).await.unwrap();
    let handle = client.runtime().track(&reply.task, None).unwrap();
    let saved = finish(client.runtime(), &handle, name).await;
    (handle, saved)
}

#[tokio::test]
async fn the_handed_back_url_gives_the_video_with_the_key_on_the_providers_origin() {
    let sim = sim();
    let (handle, saved) = run(&client(sim.base_url(), &sim), "link").await;
    let saved = saved.unwrap();
    let link = handle
        .links
        .get("response")
        .expect("the handle keeps the link");
    assert!(link.starts_with(&sim.base_url()), "{link}");
    assert_eq!(
        saved.source,
        Source::Link {
            name: "response",
            url: sim.video_url(&handle.task_id)
        }
    );
    assert_eq!(
        sim.link_requests(),
        vec![true],
        "the key went to the provider's own origin"
    );
    assert_eq!(sim.requests("result"), 0);
    assert_eq!(sim.requests("content"), 0);
}

#[tokio::test]
async fn when_the_first_source_fails_the_next_one_serves() {
    let sim = sim();
    sim.inject(
        grokvid_sim::LINK,
        Fault::Status {
            code: 404,
            retry_after: None,
        },
        1,
    );
    let (handle, saved) = run(&client(sim.base_url(), &sim), "second").await;
    assert_eq!(
        saved.unwrap().source,
        Source::OperationUrl {
            operation: "result",
            url: sim.video_url(&handle.task_id)
        }
    );
    assert_eq!(sim.link_requests().len(), 1);
    assert_eq!(sim.requests("result"), 1);
    assert_eq!(sim.requests("content"), 0);
}

/// A source is retried as a whole (the result call and the video after it): a result operation that
/// keeps failing with a 5xx is asked once per attempt, not once per attempt of each retry loop.
#[tokio::test]
async fn a_failing_result_operation_is_asked_once_per_attempt() {
    let sim = sim();
    let unavailable = || Fault::Status {
        code: 503,
        retry_after: None,
    };
    sim.inject(grokvid_sim::LINK, unavailable(), 100);
    sim.inject("result", unavailable(), 100);
    sim.inject("content", unavailable(), 100);
    let retry = grokvid::RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(1),
        ..grokvid::RetryPolicy::default()
    };
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(retry);
    let client = handback::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap();
    let (_, saved) = run(&client, "retried").await;
    assert!(matches!(saved, Err(Error::NoVideo { .. })), "{saved:?}");
    assert_eq!(
        sim.requests("result"),
        3,
        "one call per attempt of the source"
    );
    assert_eq!(sim.requests("content"), 3);
}

#[tokio::test]
async fn when_every_source_fails_the_error_names_each_in_order() {
    let sim = sim();
    let not_found = || Fault::Status {
        code: 404,
        retry_after: None,
    };
    sim.inject(grokvid_sim::LINK, not_found(), 1);
    sim.inject("result", not_found(), 1);
    sim.inject("content", not_found(), 1);
    let (_, saved) = run(&client(sim.base_url(), &sim), "none").await;
    let Err(Error::NoVideo { tried, .. }) = saved else {
        panic!("expected NoVideo, got {saved:?}");
    };
    let labels: Vec<&str> = tried.iter().map(|(label, _)| label.as_str()).collect();
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert!(
        labels[0].starts_with("the `response` link http://"),
        "{labels:?}"
    );
    assert_eq!(
        labels[1..],
        ["the `result` operation", "the `content` operation"]
    );
    for (label, error) in &tried {
        assert!(error.to_string().contains("404"), "{label}: {error}");
    }
}

#[tokio::test]
async fn a_handed_back_url_on_another_origin_gets_no_key() {
    let sim = sim();
    // The client talks to `localhost`; the simulator hands back URLs on 127.0.0.1, another origin.
    let base = sim.base_url().replace("127.0.0.1", "localhost");
    let (_, saved) = run(&client(base, &sim), "foreign").await;
    assert_eq!(
        sim.link_requests(),
        vec![false],
        "no key left for the other origin"
    );
    // The link needs the key, so it refused; the next source served.
    assert!(matches!(
        saved.unwrap().source,
        Source::OperationUrl {
            operation: "result",
            ..
        }
    ));
}

#[tokio::test]
async fn a_resumed_handle_keeps_the_link_and_refuses_an_edited_one() {
    let sim = sim();
    let client = client(sim.base_url(), &sim);
    let request = handback::CreateRequest::new(handback::Prompt::new("a lantern").unwrap());
    let reply = client.create(&request).await.unwrap();
    let text = client.runtime().track(&reply.task, None).unwrap().to_json();
    let handle = TaskHandle::from_json(&text).unwrap();
    let config = || ClientConfig::default().with_base_url(sim.base_url());
    let resumed = grokvid::HttpClient::resume_with(
        &handback::PROVIDER,
        &handle,
        ApiKey::new(sim.api_key()),
        config(),
    )
    .unwrap();
    let saved = finish(&resumed, &handle, "resumed").await.unwrap();
    assert!(matches!(
        saved.source,
        Source::Link {
            name: "response",
            ..
        }
    ));

    let mut edited = handle.clone();
    edited
        .links
        .insert("response".into(), "file:///etc/passwd".into());
    let refused = grokvid::HttpClient::resume_with(
        &handback::PROVIDER,
        &edited,
        ApiKey::new(sim.api_key()),
        config(),
    );
    let Err(Error::Config(message)) = refused else {
        panic!("an edited link must be refused");
    };
    assert!(message.contains("`response`"), "{message}");
}

/// The spec author's kit (what `grokvid spec test` runs) passes the made-up vendor, a whole job
/// included: the video comes through its result sources.
#[tokio::test]
async fn the_kit_passes_the_spec() {
    let report = grokvid_sim::kit::run(&handback::PROVIDER, None).await;
    let failed: Vec<_> = report.failures().collect();
    assert!(failed.is_empty(), "{failed:#?}");
    assert!(
        report
            .checks
            .iter()
            .any(|c| c.name.starts_with("create, wait, download: ")
                && c.outcome == grokvid_sim::kit::Outcome::Pass),
        "{report:#?}"
    );
}
