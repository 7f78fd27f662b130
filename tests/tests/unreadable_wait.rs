//! `wait` against a loopback vendor whose poll replies say nothing readable: a run of them ends the
//! wait with the handle (not a poll to the deadline), while an unknown status word keeps it going.

mod common;

use grokvid::{ApiKey, ClientConfig, Error, HttpClient, TaskHandle, TaskStatus, WaitOptions};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A vendor answering its query route with `replies` in turn (the last one repeated); returns the
/// base URL and how many polls it saw.
async fn vendor(replies: Vec<Value>) -> (String, Arc<Mutex<usize>>) {
    let polls = Arc::new(Mutex::new(0usize));
    let seen = polls.clone();
    let handler = move || {
        let polls = seen.clone();
        let replies = replies.clone();
        async move {
            let mut n = polls.lock().unwrap();
            let reply = replies[(*n).min(replies.len() - 1)].clone();
            *n += 1;
            axum::Json(reply)
        }
    };
    let app = axum::Router::new().fallback(handler);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), polls)
}

fn client(base_url: &str) -> HttpClient {
    let config = ClientConfig::default().with_base_url(base_url.to_string());
    HttpClient::new(common::provider("xai"), ApiKey::new("test-key"), config).unwrap()
}

fn handle(base_url: &str) -> TaskHandle {
    TaskHandle {
        provider: "xai".into(),
        base_url: base_url.into(),
        task_id: "req-1".into(),
        model: None,
        last_status: None,
        links: Default::default(),
        hosts: Default::default(),
    }
}

#[tokio::test]
async fn a_run_of_unreadable_replies_ends_the_wait_with_the_handle() {
    let (url, polls) = vendor(vec![json!({"model": "grok-imagine-video", "usage": {}})]).await;
    let started = Instant::now();
    let result = client(&url)
        .wait(
            &handle(&url),
            &WaitOptions::quick(Duration::from_secs(120)),
            |_| {},
        )
        .await;
    let Err(Error::WaitFailed { handle, last, .. }) = result else {
        panic!("expected the wait to give up, got {result:?}");
    };
    assert_eq!(handle.task_id, "req-1");
    assert!(
        last.to_string().contains("no status the spec can read"),
        "{last}"
    );
    assert!(*polls.lock().unwrap() >= 2);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_unknown_status_word_keeps_the_wait_going() {
    let done = json!({"status": "done", "video": {"url": "https://vidgen.x.ai/v.mp4"}});
    let rendering = json!({"status": "rendering"});
    let replies = vec![
        rendering.clone(),
        rendering.clone(),
        rendering.clone(),
        rendering.clone(),
        rendering,
        done,
    ];
    let (url, _) = vendor(replies).await;
    let mut seen = Vec::new();
    let task = client(&url)
        .wait(
            &handle(&url),
            &WaitOptions::quick(Duration::from_secs(60)),
            |t| seen.push(t.status.clone()),
        )
        .await
        .unwrap();
    assert_eq!(task.status, TaskStatus::Completed);
    assert_eq!(seen[0], TaskStatus::Unknown("rendering".into()));
    assert_eq!(seen.len(), 6);
}
