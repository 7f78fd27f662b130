//! Nested bodies, from this crate's `specs/nestbox.yaml`: a vendor whose create body holds most params
//! under `input` while `model` and `callback_url` sit at the top level. Params named by dotted body
//! paths (`input.prompt`) place each one; typed requests and the table-driven path send the same
//! bytes, the simulator reads the nested body (and refuses a flat one), rules and the neutral request
//! name the params by their dotted names, and the neutral request runs create → wait → download.

mod common;

grokvid::provider!("specs/nestbox.yaml");

use grokvid::rt::Encoded;
use grokvid::{ApiKey, Error, HttpClient, Provider, VideoRequest};
use serde_json::{Value, json};

fn spec_text() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/nestbox.yaml");
    std::fs::read_to_string(path).unwrap()
}

/// The same spec loaded at run time: tables only, no generated code.
fn table_only() -> &'static Provider {
    Provider::from_yaml("nestbox.yaml", &spec_text()).unwrap()
}

fn full_request() -> nestbox::CreateRequest {
    nestbox::CreateRequest::new(
        nestbox::Model::NestVideo,
        nestbox::Prompt::new("a fox in the snow").unwrap(),
    )
    .image_urls(vec![common::url("https://img.example.com/a.png")])
    .seed(nestbox::Seed::new(7).unwrap())
    .callback_url(common::url("https://hooks.example.com/done"))
}

#[test]
fn typed_and_table_driven_requests_nest_the_same_body() {
    let typed = Encoded::of(&full_request()).unwrap();
    let expected = json!({
        "model": "nest-video",
        "input": {
            "prompt": "a fox in the snow",
            "image_urls": ["https://img.example.com/a.png"],
            "settings": {"seed": 7}
        },
        "callback_url": "https://hooks.example.com/done"
    });
    assert_eq!(typed.json, Some(expected.clone()));
    // The same request as JSON keyed by the params' dotted names, through the tables alone.
    let flat = json!({
        "model": "nest-video",
        "input.prompt": "a fox in the snow",
        "input.image_urls": ["https://img.example.com/a.png"],
        "input.settings.seed": 7,
        "callback_url": "https://hooks.example.com/done"
    });
    let by_table = table_only().encode_request("create", flat.clone()).unwrap();
    assert_eq!(by_table, typed);
    // Key order too: the bytes on the wire are the same.
    let typed_bytes = grokvid::rt::validate::json_body(&full_request()).unwrap();
    assert_eq!(
        String::from_utf8(typed_bytes).unwrap(),
        r#"{"model":"nest-video","input":{"prompt":"a fox in the snow","image_urls":["https://img.example.com/a.png"],"settings":{"seed":7}},"callback_url":"https://hooks.example.com/done"}"#
    );
    // The compiled provider reads the same flat JSON into its typed request.
    let compiled = nestbox::PROVIDER.encode_request("create", flat).unwrap();
    assert_eq!(compiled, typed);
}

#[test]
fn a_group_with_nothing_set_is_left_out() {
    let request = nestbox::CreateRequest::new(
        nestbox::Model::NestVideo,
        nestbox::Prompt::new("a fox").unwrap(),
    );
    let expected = json!({"model": "nest-video", "input": {"prompt": "a fox"}});
    assert_eq!(Encoded::of(&request).unwrap().json, Some(expected.clone()));
    let flat = json!({"model": "nest-video", "input.prompt": "a fox"});
    let by_table = table_only().encode_request("create", flat).unwrap();
    assert_eq!(by_table.json, Some(expected));
}

#[test]
fn rules_name_nested_params_by_their_dotted_names() {
    let request = nestbox::CreateRequest::new(
        nestbox::Model::NestVideoPro,
        nestbox::Prompt::new("a fox").unwrap(),
    )
    .duration(nestbox::Duration::new(6).unwrap());
    let Err(Error::Invalid(violations)) = Encoded::of(&request) else {
        panic!("the pro model renders 10 seconds only");
    };
    assert_eq!(
        violations.to_string(),
        "input.duration: must be 10 when model is nest-video-pro (got 6)"
    );
    let flat = json!({
        "model": "nest-video",
        "input.prompt": "a fox",
        "input.image_urls": ["https://img.example.com/a.png"],
        "input.aspect_ratio": "16:9",
    });
    let Err(Error::Invalid(violations)) = table_only().encode_request("create", flat) else {
        panic!("images and an aspect ratio do not go together");
    };
    assert_eq!(
        violations.to_string(),
        "input.aspect_ratio: the aspect ratio follows the reference images"
    );
}

/// The neutral request maps onto the dotted params and runs a whole job; the simulator read the body
/// nested, under the same names.
#[tokio::test]
async fn the_neutral_request_runs_create_wait_download() {
    for provider in [&nestbox::PROVIDER, table_only()] {
        let (sim, config) = common::simulated(provider);
        let client = HttpClient::new(provider, ApiKey::new(sim.api_key()), config).unwrap();
        let mut req = VideoRequest::new("a fox in the snow").image(grokvid::ImageInput::Url(
            "https://img.example.com/a.png".into(),
        ));
        req.duration = Some(8);
        req.model = Some("nest-video".into());
        let submitted = grokvid::submit_first(std::slice::from_ref(&client), &req)
            .await
            .unwrap();
        common::run_to_end(&sim, &client, &submitted.task, true).await;
        let read = sim.last_read("create").expect("the create was read");
        assert_eq!(
            Value::Object(read),
            json!({
                "model": "nest-video",
                "input.prompt": "a fox in the snow",
                "input.image_urls": ["https://img.example.com/a.png"],
                "input.duration": 8,
            }),
            "{}",
            provider.id()
        );
    }
}

#[tokio::test]
async fn a_neutral_request_the_rules_refuse_sends_nothing() {
    let (sim, config) = common::simulated(&nestbox::PROVIDER);
    let client = HttpClient::new(&nestbox::PROVIDER, ApiKey::new(sim.api_key()), config).unwrap();
    let mut req = VideoRequest::new("a fox");
    req.model = Some("nest-video-pro".into());
    req.duration = Some(6);
    let failed = grokvid::submit_first(std::slice::from_ref(&client), &req).await;
    let message = failed.unwrap_err().to_string();
    assert!(
        message.contains("cannot honour duration: must be 10 when model is nest-video-pro (got 6)"),
        "{message}"
    );
    assert_eq!(sim.requests("create"), 0);
}

/// What the simulator answers a raw create body.
async fn post(sim: &grokvid_sim::Simulator, body: Value) -> (u16, String) {
    let reply = grokvid::reqwest::Client::new()
        .post(format!("{}/v1/tasks", sim.base_url()))
        .bearer_auth(sim.api_key())
        .json(&body)
        .send()
        .await
        .unwrap();
    (reply.status().as_u16(), reply.text().await.unwrap())
}

#[tokio::test]
async fn the_simulator_reads_nested_bodies_and_refuses_misplaced_params() {
    let (sim, _) = common::simulated(&nestbox::PROVIDER);
    let nested = json!({"model": "nest-video", "input": {"prompt": "a fox"}});
    assert_eq!(post(&sim, nested).await.0, 200);
    // Under its dotted name instead of nested.
    let flat = json!({"model": "nest-video", "input.prompt": "a fox"});
    let (status, body) = post(&sim, flat).await;
    assert_ne!(status, 200);
    assert!(
        body.contains(r#"input.prompt: goes nested (`{\"input\": {\"prompt\": ...}}`)"#),
        "{body}"
    );
    assert!(body.contains("input.prompt: is required"), "{body}");
    // A group that is not an object; a top-level param sent inside the group.
    let wrong = json!({"input": "a fox", "model": "nest-video"});
    let (status, body) = post(&sim, wrong).await;
    assert_ne!(status, 200);
    assert!(body.contains("input: must be an object"), "{body}");
    let misplaced = json!({"input": {"prompt": "a fox", "model": "nest-video"}});
    let (_, body) = post(&sim, misplaced).await;
    assert!(
        body.contains("input.model: is not a field of this request"),
        "{body}"
    );
    assert!(body.contains("model: is required"), "{body}");
    assert_eq!(sim.last_read("create").map(|m| m.len()), Some(2));
}

/// A request example written as the vendor documents it (the wire body) reads back as the input the
/// client takes: nested params by their dotted names.
#[test]
fn the_kit_reads_a_nested_example_by_dotted_names() {
    let op = nestbox::PROVIDER.operation("create").unwrap();
    let example = json!({"json": {
        "model": "nest-video",
        "input": {"prompt": "a fox", "settings": {"seed": 3}},
        "callback_url": "https://hooks.example.com/done"
    }});
    assert_eq!(
        grokvid_sim::kit::request_input(op, &example),
        json!({
            "model": "nest-video",
            "input.prompt": "a fox",
            "input.settings.seed": 3,
            "callback_url": "https://hooks.example.com/done"
        })
    );
}
