//! Values with a shape of their own (issue 14, capability 6), from this crate's
//! `tests/specs/framer.yaml`: a string `pattern:` (any ratio written `n:m`, a style code), and URL
//! constraints (`schemes: [https]` with `accept: [png, jpeg]`, a `data:`-only PNG mask). Each case runs
//! on the simulator over loopback, through the typed client (`provider!`) and the same spec loaded at
//! run time (tables only); a value that breaks a constraint is refused before anything is sent.

grokvid::provider!("specs/framer.yaml");

mod common;

use grokvid::{ApiKey, ClientConfig, Error, Provider, VideoRequest};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Map, Value, json};

const PNG_DATA: &str = "data:image/png;base64,iVBORw0KGgo=";

const SPEC: &str = "framer.yaml";
/// Where creates go, and how the key is sent (for requests sent raw).
const PATH: &str = "/v2/renders";
const AUTH: (&str, &str) = ("X-Api-Key", "");

fn sim(provider: &'static Provider) -> Simulator {
    Simulator::start(provider, SimConfig::default()).unwrap()
}

fn typed(sim: &Simulator) -> framer::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    framer::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

/// The create body the simulator last accepted, by wire name.
fn received(sim: &Simulator) -> Map<String, Value> {
    sim.last_read("create")
        .expect("the simulator accepted a create")
}

#[tokio::test]
async fn shaped_values_go_out_as_given_and_the_job_runs_to_the_end() {
    let sim = sim(&framer::PROVIDER);
    let client = typed(&sim);
    let request = framer::CreateRequest::new("a lighthouse in fog")
        .ratio(framer::Ratio::new("21:9").unwrap())
        .style(framer::Style::new("NOR-0042").unwrap())
        .image_url(framer::ImageUrl::new("https://cdn.example.com/ref.JPG?v=2").unwrap())
        .mask(framer::Mask::new(PNG_DATA).unwrap());
    let reply = client.create(&request).await.unwrap();
    let body = received(&sim);
    assert_eq!(body["ratio"], json!("21:9"), "{body:?}");
    assert_eq!(body["style"], json!("NOR-0042"));
    assert_eq!(
        body["image_url"],
        json!("https://cdn.example.com/ref.JPG?v=2")
    );
    assert_eq!(body["mask"], json!(PNG_DATA));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
}

#[test]
fn typed_constructors_refuse_values_of_the_wrong_shape() {
    let refused = |r: Result<String, grokvid::Violation>| r.unwrap_err().to_string();
    let ratio = |s: &str| framer::Ratio::new(s).map(|v| v.as_str().to_string());
    assert_eq!(
        refused(ratio("wide")),
        "ratio: \"wide\" does not match the pattern `\\d{1,2}:\\d{1,2}`"
    );
    assert!(ratio("21:9 ").is_err(), "the whole value must match");
    assert!(ratio("4:3").is_ok());
    let image = |s: &str| framer::ImageUrl::new(s).map(|v| v.as_str().to_string());
    assert_eq!(
        refused(image("http://cdn.example.com/ref.png")),
        "image_url: must be a https URL (got \"http://cdn.example.com/ref.png\")"
    );
    assert_eq!(
        refused(image("https://cdn.example.com/ref.gif")),
        "image_url: \"https://cdn.example.com/ref.gif\" is a gif file; accepted formats: png, jpeg"
    );
    assert_eq!(
        refused(image("https://cdn.example.com/ref")),
        "image_url: \"https://cdn.example.com/ref\" names no file format; accepted: png, jpeg"
    );
    // The type's own syntax still holds first.
    assert_eq!(
        refused(image("ftp://cdn.example.com/ref.png")),
        "image_url: must be an http://, https:// or data: URL (got \"ftp://cdn.example.com/ref.png\")"
    );
    let mask = |s: &str| framer::Mask::new(s).map(|v| v.as_str().to_string());
    assert!(refused(mask("https://cdn.example.com/m.png")).starts_with("mask: must be a data URL"));
    assert!(refused(mask("data:image/jpeg;base64,AA")).contains("is a jpeg file"));
    // Reading one from JSON (a request file, `--set`) checks the same way.
    assert!(serde_json::from_value::<framer::Style>(json!("nor-42")).is_err());
    assert!(serde_json::from_value::<framer::Style>(json!("NOR-0042")).is_ok());
}

#[tokio::test]
async fn table_only_requests_are_checked_the_same_and_send_nothing_when_refused() {
    let provider = common::load_test_spec(SPEC);
    let sim = sim(provider);
    let client = common::sim_client(provider, &sim);
    for (key, value, want) in [
        (
            "ratio",
            json!("16x9"),
            "ratio: \"16x9\" does not match the pattern `\\d{1,2}:\\d{1,2}`",
        ),
        (
            "style",
            json!("NOR-42"),
            "style: \"NOR-42\" does not match the pattern `[A-Z]{3}-\\d{4}`",
        ),
        (
            "image_url",
            json!(PNG_DATA),
            "image_url: must be a https URL (got \"data:image/png;base64,iVBORw0KGgo=\")",
        ),
        (
            "mask",
            json!("https://cdn.example.com/m.png"),
            "mask: must be a data URL (got \"https://cdn.example.com/m.png\")",
        ),
    ] {
        let input = json!({"prompt": "a kite", key: value});
        match provider.call(&client, "create", input).await {
            Err(Error::Invalid(violations)) => {
                let shown: Vec<String> = violations.iter().map(ToString::to_string).collect();
                assert_eq!(shown, [want], "{key}");
            }
            other => panic!("{key}: expected Invalid, got {other:?}"),
        }
    }
    assert_eq!(sim.requests("create"), 0, "nothing was sent");
    let input = json!({
        "prompt": "a kite", "ratio": "2:1", "image_url": "https://cdn.example.com/a.png", "mask": PNG_DATA,
    });
    let reply = provider.call(&client, "create", input).await.unwrap();
    let grokvid::DynReply::Json { task, .. } = reply else {
        panic!("a JSON reply")
    };
    assert_eq!(received(&sim)["ratio"], json!("2:1"));
    common::run_to_end(&sim, &client, &task.expect("a task"), true).await;
}

#[test]
fn the_neutral_aspect_ratio_is_checked_by_the_pattern() {
    let mut req = VideoRequest::new("a kite");
    req.aspect_ratio = Some("21:9".to_string());
    let converted = grokvid::rt::unified::convert(&req, &framer::PROVIDER, None).unwrap();
    assert_eq!(converted.input["ratio"], json!("21:9"));
    req.aspect_ratio = Some("cinema".to_string());
    let err = grokvid::rt::unified::convert(&req, &framer::PROVIDER, None).unwrap_err();
    assert!(
        err.to_string().contains("does not match the pattern"),
        "{err}"
    );
}

#[tokio::test]
async fn the_simulator_refuses_what_the_vendor_would() {
    let sim = sim(&framer::PROVIDER);
    let cases = [
        (
            json!({"prompt": "a", "ratio": "wide"}),
            "does not match the pattern",
        ),
        (
            json!({"prompt": "a", "image_url": "http://cdn.example.com/a.png"}),
            "image_url: must be a https URL",
        ),
        (
            json!({"prompt": "a", "image_url": "https://cdn.example.com/a.webp"}),
            "is a webp file; accepted formats: png, jpeg",
        ),
        (
            json!({"prompt": "a", "mask": "https://cdn.example.com/m.png"}),
            "mask: must be a data URL",
        ),
    ];
    for (body, want) in cases {
        let (status, reply) = common::post_raw(&sim, PATH, AUTH, &body).await;
        assert_eq!(status, 400, "{body}: {reply}");
        assert!(reply.contains(want), "{body}: {reply}");
    }
    let good = json!({"prompt": "a", "ratio": "1:1", "mask": PNG_DATA});
    let (status, reply) = common::post_raw(&sim, PATH, AUTH, &good).await;
    assert_eq!(status, 200, "{reply}");
}

// Enums mixing strings and integers: `resolution: [480, 720, 720P, 1080P]`.

#[tokio::test]
async fn each_value_of_a_mixed_enum_goes_out_in_its_own_json_type() {
    let sim = sim(&framer::PROVIDER);
    let client = typed(&sim);
    let request = framer::CreateRequest::new("a kite").resolution(framer::Resolution::P720);
    let reply = client.create(&request).await.unwrap();
    assert_eq!(received(&sim)["resolution"], json!("720P"));
    common::run_to_end(&sim, client.runtime(), &reply.task, false).await;
    let request = framer::CreateRequest::new("a kite").resolution(framer::Resolution::V720);
    client.create(&request).await.unwrap();
    let body = received(&sim);
    assert!(body["resolution"].is_u64(), "{body:?}");
    assert_eq!(body["resolution"], json!(720));
    // Read from JSON (a request file, `--set resolution=480`): 480 and "480" are the integer value.
    let read =
        |v: Value| serde_json::from_value::<framer::Resolution>(v).map_err(|e| e.to_string());
    assert_eq!(read(json!(480)), Ok(framer::Resolution::V480));
    assert_eq!(read(json!("480")), Ok(framer::Resolution::V480));
    assert_eq!(read(json!("1080P")), Ok(framer::Resolution::P1080));
    let err = read(json!(1080)).unwrap_err();
    assert!(
        err.contains("`1080` is not a valid Resolution; expected one of:"),
        "{err}"
    );
    assert_eq!(
        "720".parse::<framer::Resolution>().unwrap(),
        framer::Resolution::V720
    );
    assert_eq!(framer::Resolution::P720.to_string(), "720P");
}

#[tokio::test]
async fn table_only_mixed_enum_values_are_sent_as_the_vendor_lists_them() {
    let provider = common::load_test_spec(SPEC);
    let sim = sim(provider);
    let client = common::sim_client(provider, &sim);
    for (given, refused) in [
        (json!(1080), "1080"),
        (json!("1080"), "1080"),
        (json!("480p"), "480p"),
    ] {
        let input = json!({"prompt": "a kite", "resolution": given});
        match provider.call(&client, "create", input).await {
            Err(Error::Invalid(violations)) => {
                let shown = violations.to_string();
                let want = format!("resolution: `{refused}` is not a valid Resolution");
                assert!(shown.contains(&want), "{given}: {shown}");
            }
            other => panic!("{given}: expected Invalid, got {other:?}"),
        }
    }
    assert_eq!(sim.requests("create"), 0, "nothing was sent");
    for (given, sent) in [
        (json!(480), json!(480)),
        (json!("480"), json!(480)),
        (json!("1080P"), json!("1080P")),
    ] {
        let input = json!({"prompt": "a kite", "resolution": given});
        provider.call(&client, "create", input).await.unwrap();
        assert_eq!(received(&sim)["resolution"], sent, "{given}");
    }
}

#[test]
fn the_neutral_resolution_maps_onto_a_string_or_an_integer() {
    let mut req = VideoRequest::new("a kite");
    for (neutral, sent) in [("480p", json!(480)), ("1080p", json!("1080P"))] {
        req.resolution = Some(neutral.to_string());
        let converted = grokvid::rt::unified::convert(&req, &framer::PROVIDER, None).unwrap();
        assert_eq!(converted.input["resolution"], sent, "{neutral}");
    }
}

#[tokio::test]
async fn the_simulator_takes_exactly_the_listed_json_values() {
    let sim = sim(&framer::PROVIDER);
    for (value, status) in [
        (json!(480), 200),
        (json!("720P"), 200),
        (json!("480"), 400),
        (json!(1080), 400),
        (json!("720p"), 400),
    ] {
        let (got, reply) = common::post_raw(
            &sim,
            PATH,
            AUTH,
            &json!({"prompt": "a", "resolution": value}),
        )
        .await;
        assert_eq!(got, status, "{value}: {reply}");
    }
}
