//! What a user sees of a running simulator: `GET /_sim/counters` (JSON per operation) and the
//! per-request observer behind `grokvid simulate`'s request lines.

mod common;

use grokvid_sim::{COUNTERS_PATH, ReceivedRequest, RequestObserver, SimConfig, Simulator};
use serde_json::Value;
use std::sync::{Arc, Mutex};

fn xai() -> &'static grokvid::Provider {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == "xai")
        .unwrap()
}

async fn counters(sim: &Simulator) -> Value {
    let url = format!("http://{}{COUNTERS_PATH}", sim.addr());
    let reply = common::http().get(url).send().await.unwrap();
    assert_eq!(reply.status(), 200);
    reply.json().await.unwrap()
}

#[tokio::test]
async fn counters_are_served_per_operation() {
    let sim = common::start(xai());
    let client = common::client(xai(), &sim, sim.api_key());
    let before = counters(&sim).await;
    // Every operation is listed from the start, at 0.
    for op in xai().operations() {
        assert_eq!(before["requests"][op.name()], 0, "{before}");
    }
    assert_eq!(before["requests"]["video"], 0, "{before}");
    assert_eq!(before["provider"], "xai");

    let _ = client.query_task("task_1").await;
    let _ = client.query_task("task_2").await;
    let after = counters(&sim).await;
    assert_eq!(after["requests"]["query"], 2, "{after}");
    assert_eq!(after["requests"]["generations"], 0, "{after}");
    assert_eq!(after, sim.counters());
    // Reading the counters is not counted as a vendor request.
    assert_eq!(sim.requests("query"), 2);

    let refused = common::http()
        .post(format!("http://{}{COUNTERS_PATH}", sim.addr()))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 405);
}

#[tokio::test]
async fn every_request_is_reported_with_method_path_and_status() {
    let seen: Arc<Mutex<Vec<ReceivedRequest>>> = Arc::default();
    let log = seen.clone();
    let config = SimConfig {
        on_request: Some(RequestObserver::new(move |r| {
            log.lock().unwrap().push(r.clone())
        })),
        ..SimConfig::default()
    };
    let sim = Simulator::start(xai(), config).unwrap();
    let client = common::client(xai(), &sim, sim.api_key());
    let _ = client.query_task("missing").await;
    let wrong_key = common::client(xai(), &sim, "not-the-key");
    let _ = wrong_key.query_task("missing").await;
    let _ = counters(&sim).await;
    let seen = seen.lock().unwrap().clone();
    let lines: Vec<String> = seen
        .iter()
        .map(|r| format!("{} {} {}", r.method, r.path, r.status))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("GET /v1/videos/missing "), "{lines:?}");
    assert!(lines[1].ends_with(" 401"), "{lines:?}");
    assert_eq!(lines[2], format!("GET {COUNTERS_PATH} 200"));
}
