//! Value types (issue 14, capability 6), from this crate's `tests/specs/tally.yaml`: a vendor that takes
//! its duration and seed as JSON text (`"6"`, `wire: string`) checked as numbers, and whose `number`
//! fields must stay integral on the wire when whole (`8`, not `8.0`). Each case runs on the simulator
//! over loopback, through the typed client (`provider!`) and the same spec loaded at run time (tables
//! only), and checks what the simulator received.

grokvid::provider!("specs/tally.yaml");

mod common;

use grokvid::{ApiKey, ClientConfig, Error, Provider};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Map, Value, json};

const SPEC: &str = "tally.yaml";
/// Where creates go, and how the key is sent (for requests sent raw).
const PATH: &str = "/v1/videos";
const AUTH: (&str, &str) = ("Authorization", "Bearer ");

fn sim(provider: &'static Provider) -> Simulator {
    Simulator::start(provider, SimConfig::default()).unwrap()
}

fn typed(sim: &Simulator) -> tally::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    tally::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

fn prompt() -> tally::Prompt {
    tally::Prompt::new("a kite").unwrap()
}

/// The create body the simulator last accepted, by wire name, as it was on the wire.
fn received(sim: &Simulator) -> Map<String, Value> {
    sim.last_read("create")
        .expect("the simulator accepted a create")
}

#[tokio::test]
async fn typed_numbers_go_out_in_the_vendors_form_and_the_job_runs_to_the_end() {
    let sim = sim(&tally::PROVIDER);
    let client = typed(&sim);
    let request = tally::CreateRequest::new(
        tally::Model::Tally1,
        tally::Prompt::new("a lantern at dusk").unwrap(),
    )
    .duration(tally::Duration::new(8).unwrap())
    .seed(tally::Seed::new(-42).unwrap())
    .guidance(tally::Guidance::new(8.0).unwrap())
    .strength(0.5);
    let reply = client.create(&request).await.unwrap();
    let body = received(&sim);
    assert_eq!(body["duration"], json!("8"), "{body:?}");
    assert_eq!(body["seed"], json!("-42"));
    // A whole `number` is an integer on the wire: serde_json reads `8` as an integer, `8.0` as a float.
    assert!(
        body["guidance"].is_i64() || body["guidance"].is_u64(),
        "{body:?}"
    );
    assert_eq!(body["strength"], json!(0.5));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}

#[tokio::test]
async fn a_client_default_of_a_text_number_is_sent_as_text() {
    let sim = sim(&tally::PROVIDER);
    let request = tally::CreateRequest::new(tally::Model::Tally1Fast, prompt());
    typed(&sim).create(&request).await.unwrap();
    let body = received(&sim);
    assert_eq!(body["duration"], json!("6"));
    assert!(!body.contains_key("seed"));
}

#[tokio::test]
async fn unconstrained_whole_numbers_are_integers_too() {
    let sim = sim(&tally::PROVIDER);
    let request = tally::CreateRequest::new(tally::Model::Tally1, prompt())
        .strength(3.0)
        .scale(2.0);
    typed(&sim).create(&request).await.unwrap();
    let body = received(&sim);
    assert!(body["strength"].is_u64(), "{body:?}");
    assert!(body["render.scale"].is_u64(), "{body:?}");
}

#[tokio::test]
async fn the_limits_of_a_text_number_are_checked_as_numbers_before_sending() {
    let err = tally::Duration::new(13).unwrap_err();
    assert_eq!(err.to_string(), "duration: 13 is above the maximum 12");
    // Read from JSON (the CLI's `--set`, a request file): text and numbers alike, then checked.
    for (given, ok) in [(json!("8"), true), (json!(8), true), (json!("13"), false)] {
        let read = serde_json::from_value::<tally::Duration>(given.clone());
        assert_eq!(read.is_ok(), ok, "{given}: {read:?}");
    }
    assert!(serde_json::from_value::<tally::Seed>(json!("six")).is_err());
}

#[tokio::test]
async fn table_only_requests_take_numbers_or_text_and_send_the_vendors_form() {
    let provider = common::load_test_spec(SPEC);
    let sim = sim(provider);
    let client = common::sim_client(provider, &sim);
    let input = json!({
        "model": "tally-1", "prompt": "a kite", "duration": 9, "seed": "7", "guidance": 8.0,
    });
    let reply = provider.call(&client, "create", input).await.unwrap();
    let grokvid::DynReply::Json { task, .. } = reply else {
        panic!("a JSON reply")
    };
    let body = received(&sim);
    assert_eq!(body["duration"], json!("9"));
    assert_eq!(body["seed"], json!("7"));
    assert!(body["guidance"].is_u64(), "{body:?}");
    let task = task.expect("a task");
    common::run_to_end(&sim, &client, &task, true).await;
}

#[tokio::test]
async fn table_only_requests_out_of_range_or_not_numbers_send_nothing() {
    let provider = common::load_test_spec(SPEC);
    let sim = sim(provider);
    let client = common::sim_client(provider, &sim);
    for (duration, want) in [
        (json!(20), "duration: 20 is above the maximum 12"),
        (json!("1"), "duration: 1 is below the minimum 2"),
        (
            json!("six"),
            "duration: must be a string holding an integer (got \"six\")",
        ),
        (
            json!(6.5),
            "duration: must be a string holding an integer (got a number)",
        ),
    ] {
        let input = json!({"model": "tally-1", "prompt": "a kite", "duration": duration});
        match provider.call(&client, "create", input).await {
            Err(Error::Invalid(violations)) => {
                let shown: Vec<String> = violations.iter().map(ToString::to_string).collect();
                assert_eq!(shown, [want], "{duration}");
            }
            other => panic!("{duration}: expected Invalid, got {other:?}"),
        }
    }
    assert_eq!(sim.requests("create"), 0, "nothing was sent");
}

#[tokio::test]
async fn the_simulator_refuses_a_bare_number_where_the_vendor_takes_text() {
    let sim = sim(&tally::PROVIDER);
    let bare = json!({"model": "tally-1", "prompt": "a kite", "duration": 6});
    let (status, reply) = common::post_raw(&sim, PATH, AUTH, &bare).await;
    assert_eq!(status, 400, "{reply}");
    assert!(
        reply.contains("duration: must be a string holding an integer (got a number)"),
        "{reply}"
    );
    let text = json!({"model": "tally-1", "prompt": "a kite", "duration": "6"});
    let (status, reply) = common::post_raw(&sim, PATH, AUTH, &text).await;
    assert_eq!(status, 200, "{reply}");
}
