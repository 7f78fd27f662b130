//! Vendor corrections (issue 14, capability 7), from this crate's `tests/specs/mender.yaml`: a vendor
//! that renders its pro model for 10 seconds whatever is asked and downgrades cinematic mode to
//! standard when an image is given (`then: warn`: sent, the user told what the vendor uses), ignores
//! the camera nested in `settings` in cinematic mode (`then: drop`: the client leaves it out) and the
//! seed on its pro model (`then: warn`), and refuses a too long duration on its standard model
//! (`reject`). Each case runs on the simulator over loopback and checks what it received, what the
//! client was told, and what the vendor (the simulator) made of the request.

grokvid::provider!("specs/mender.yaml");

mod common;

use grokvid::rt::Encoded;
use grokvid::{ApiKey, ApiRequest, ClientConfig, Error, HttpClient, Provider, Warning};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Map, Value, json};

fn sim(provider: &'static Provider) -> Simulator {
    Simulator::start(provider, SimConfig::default()).unwrap()
}

fn typed(sim: &Simulator) -> mender::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    mender::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

fn request(model: mender::Model) -> mender::CreateRequest {
    mender::CreateRequest::new(model, mender::Prompt::new("a heron").unwrap())
}

/// The create the simulator last accepted, by wire name, as it read it off the wire.
fn received(sim: &Simulator) -> Map<String, Value> {
    sim.last_read("create")
        .expect("the simulator accepted a create")
}

/// The vendor's own view of a task: its status reply, raw.
async fn status_reply(client: &mender::Client, id: &str) -> Value {
    let query = mender::StatusRequest::new(id.to_string());
    client.status(&query).await.unwrap().raw.into_value()
}

fn warning(field: &str, message: &str, dropped: bool) -> Warning {
    Warning {
        field: field.to_string(),
        message: message.to_string(),
        dropped,
    }
}

#[tokio::test]
async fn a_fixed_value_is_sent_with_a_warning_and_the_vendor_uses_its_own() {
    let sim = sim(&mender::PROVIDER);
    let client = typed(&sim);
    let request = request(mender::Model::Mend1Pro).duration(mender::Duration::new(6).unwrap());
    let want = [warning(
        "duration",
        "must be 10 when model is mend-1-pro (got 6); sent as given; the vendor uses 10",
        false,
    )];
    assert_eq!(request.warnings(), want, "known before sending");
    let reply = client.create(&request).await.unwrap();
    assert_eq!(reply.warnings, want);
    assert_eq!(received(&sim)["duration"], json!(6), "sent as given");
    let id = reply.task.id.clone().unwrap();
    assert_eq!(status_reply(&client, &id).await["duration"], json!(10));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}

#[tokio::test]
async fn a_mode_downgraded_by_an_image_is_sent_and_the_vendor_reports_its_own() {
    let sim = sim(&mender::PROVIDER);
    let client = typed(&sim);
    let request = request(mender::Model::Mend1)
        .mode(mender::Mode::Cinematic)
        .image_url(common::url("https://img.example/heron.png"));
    let reply = client.create(&request).await.unwrap();
    let shown: Vec<String> = reply.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "mode: must be standard when image_url is set (got \"cinematic\"); sent as given; \
             the vendor uses standard"
        ]
    );
    assert_eq!(received(&sim)["mode"], json!("cinematic"), "sent as given");
    let id = reply.task.id.clone().unwrap();
    assert_eq!(status_reply(&client, &id).await["mode"], json!("standard"));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}

#[tokio::test]
async fn a_dropped_nested_field_is_not_sent() {
    let sim = sim(&mender::PROVIDER);
    let client = typed(&sim);
    let request = request(mender::Model::Mend1)
        .mode(mender::Mode::Cinematic)
        .camera(mender::Camera::Orbit)
        .seed(mender::Seed::new(7).unwrap());
    let want = [warning(
        "settings.camera",
        "camera is ignored in cinematic mode; left out of the request",
        true,
    )];
    assert_eq!(request.warnings(), want);
    // The body as it goes out: the group keeps the seed only.
    let body = json!({"model": "mend-1", "prompt": "a heron", "mode": "cinematic",
                      "settings": {"seed": 7}});
    assert_eq!(Encoded::of(&request).unwrap().json, Some(body));
    let reply = client.create(&request).await.unwrap();
    assert_eq!(reply.warnings, want);
    let got = received(&sim);
    assert!(!got.contains_key("settings.camera"), "{got:?}");
    assert_eq!(got["settings.seed"], json!(7));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}

#[tokio::test]
async fn an_ignored_field_is_sent_and_the_vendor_ignores_it() {
    let sim = sim(&mender::PROVIDER);
    let client = typed(&sim);
    let request = request(mender::Model::Mend1Pro)
        .duration(mender::Duration::new(10).unwrap())
        .seed(mender::Seed::new(7).unwrap());
    let reply = client.create(&request).await.unwrap();
    let shown: Vec<String> = reply.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["settings.seed: mend-1-pro ignores the seed; sent as given; the vendor ignores it"]
    );
    assert_eq!(received(&sim)["settings.seed"], json!(7), "sent as given");
    let id = reply.task.id.clone().unwrap();
    let read = status_reply(&client, &id).await["request"].clone();
    assert_eq!(read["model"], json!("mend-1-pro"), "{read}");
    assert!(read.get("settings.seed").is_none(), "{read}");
}

#[tokio::test]
async fn a_request_that_breaks_no_rule_has_no_warnings() {
    let sim = sim(&mender::PROVIDER);
    let request = request(mender::Model::Mend1Pro).duration(mender::Duration::new(10).unwrap());
    assert!(request.warnings().is_empty());
    let reply = typed(&sim).create(&request).await.unwrap();
    assert!(reply.warnings.is_empty());
}

#[tokio::test]
async fn a_reject_rule_still_refuses_and_sends_nothing() {
    let sim = sim(&mender::PROVIDER);
    let request = request(mender::Model::Mend1).duration(mender::Duration::new(14).unwrap());
    match typed(&sim).create(&request).await {
        Err(Error::Invalid(violations)) => {
            let shown: Vec<String> = violations.iter().map(ToString::to_string).collect();
            assert_eq!(
                shown,
                ["duration: 14 is above the maximum 12 when model is mend-1"]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(sim.requests("create"), 0);
}

/// The same spec read at run time: the table path warns and drops alike, nested fields included,
/// and lays out the same body as the typed request.
#[tokio::test]
async fn table_only_requests_warn_and_drop_alike() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/mender.yaml");
    let provider = Provider::from_file(path).unwrap_or_else(|e| panic!("{e}"));
    let sim = sim(provider);
    let config = ClientConfig::default().with_base_url(sim.base_url());
    let client = HttpClient::new(provider, ApiKey::new(sim.api_key()), config).unwrap();
    let input = json!({
        "model": "mend-1-pro", "prompt": "a heron", "duration": 6, "mode": "cinematic",
        "settings.camera": "pan",
    });
    let warnings = provider.warnings("create", &input).unwrap();
    let fields: Vec<(&str, bool)> = warnings
        .iter()
        .map(|w| (w.field.as_str(), w.dropped))
        .collect();
    assert_eq!(fields, [("duration", false), ("settings.camera", true)]);
    // No `settings` group at all: its one member was dropped.
    let body =
        json!({"model": "mend-1-pro", "prompt": "a heron", "duration": 6, "mode": "cinematic"});
    let by_table = provider.encode_request("create", input.clone()).unwrap();
    assert_eq!(by_table.json, Some(body));
    let typed = request(mender::Model::Mend1Pro)
        .duration(mender::Duration::new(6).unwrap())
        .mode(mender::Mode::Cinematic)
        .camera(mender::Camera::Pan);
    assert_eq!(Encoded::of(&typed).unwrap(), by_table);
    let reply = provider.call(&client, "create", input).await.unwrap();
    let got = received(&sim);
    assert_eq!(got["duration"], json!(6));
    assert!(!got.contains_key("settings.camera"), "{got:?}");
    let grokvid::DynReply::Json { task, .. } = reply else {
        panic!("a JSON reply")
    };
    common::run_to_end(&sim, &client, &task.expect("a task"), true).await;
}

/// Failover reports what the vendor will do with the neutral request.
#[tokio::test]
async fn the_neutral_request_carries_the_warnings() {
    let sim = sim(&mender::PROVIDER);
    let config = ClientConfig::default().with_base_url(sim.base_url());
    let client = HttpClient::new(&mender::PROVIDER, ApiKey::new(sim.api_key()), config).unwrap();
    let mut neutral = grokvid::VideoRequest::new("a heron");
    neutral.model = Some("mend-1-pro".to_string());
    neutral.duration = Some(6);
    let submitted = grokvid::submit_first(&[client], &neutral).await.unwrap();
    let fields: Vec<&str> = submitted
        .warnings
        .iter()
        .map(|w| w.field.as_str())
        .collect();
    assert_eq!(fields, ["duration"]);
    assert_eq!(received(&sim)["duration"], json!(6));
}
