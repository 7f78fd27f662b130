//! The messages issue 16 named, each saying what was wrong and what to do, printed once.

mod common;

use grokvid_sim::Fault;
use std::sync::atomic::{AtomicUsize, Ordering};

fn generate_against(url: &str, extra: &[&str]) -> (i32, String) {
    let mut args = vec![
        "generate",
        "--provider",
        "xai",
        "--prompt",
        "x",
        "--out",
        "x.mp4",
    ];
    args.extend(["--base-url", url]);
    args.extend(extra);
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let dir = common::scratch_dir(&format!("wording-{}", RUNS.fetch_add(1, Ordering::Relaxed)));
    let r = common::run(&dir, &args, &[("XAI_API_KEY", "sim-key")]);
    (r.code, format!("{}{}", r.stdout, r.stderr))
}

#[test]
fn a_port_out_of_range_is_named_with_the_form_to_use() {
    let (code, text) = generate_against("http://127.0.0.1:99999", &[]);
    assert_ne!(code, 0);
    assert!(!text.contains("builder error"), "{text}");
    assert!(text.contains("invalid port number"), "{text}");
    assert!(text.contains("http(s)://HOST[:PORT]"), "{text}");
}

#[test]
fn a_refused_connection_says_so_once() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (code, text) = generate_against(&format!("http://127.0.0.1:{port}"), &[]);
    assert_ne!(code, 0);
    assert!(!text.contains("error sending request"), "{text}");
    assert!(text.contains("refused"), "{text}");
    assert!(text.contains("check that the server is running"), "{text}");
    // One provider: its failure is the error, not also a "passed over" note.
    assert!(!text.contains("passed over"), "{text}");
    assert_eq!(text.matches("could not connect").count(), 1, "{text}");
}

#[test]
fn a_scheme_other_than_http_is_named() {
    let (code, text) = generate_against("ftp://example.com", &[]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("`ftp://` is not supported"), "{text}");
    assert!(!text.contains("expected URL"), "{text}");
}

#[test]
fn an_unknown_status_word_is_shown_once() {
    let sim = common::sim_with_key("xai", "sim-key");
    sim.inject("query", Fault::UnknownStatus("WIBBLE".into()), 1);
    let (code, text) = generate_against(&sim.base_url(), &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("unknown (WIBBLE)"), "{text}");
    assert!(!text.contains("(WIBBLE) (WIBBLE)"), "{text}");
}

#[test]
fn a_near_miss_value_gets_a_did_you_mean() {
    let (code, text) = generate_against("http://127.0.0.1:9", &["--resolution", "720P"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("did you mean `720p`?"), "{text}");
}

/// A server that accepts and never answers: the library says it timed out, not "error sending request".
#[tokio::test]
async fn a_timeout_says_what_to_do() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let config = grokvid::ClientConfig::default()
        .with_base_url(url)
        .with_timeout(std::time::Duration::from_millis(300))
        .with_retry(grokvid::RetryPolicy::NONE);
    let client =
        grokvid::HttpClient::new(common::provider("xai"), grokvid::ApiKey::new("k"), config)
            .unwrap();
    let error = client.query_task("task_1").await.unwrap_err().to_string();
    assert!(error.contains("no reply in time"), "{error}");
    assert!(!error.contains("error sending request"), "{error}");
    drop(listener);
}
