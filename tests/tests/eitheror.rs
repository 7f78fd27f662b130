//! Unions (issue 14, capability 6): fields that take a value of one of several types, from this
//! crate's `tests/specs/eitheror.yaml`: `seed: [integer, string]` (0 to 2^31 - 1, or up to 32
//! characters), `duration: [integer, string]` (2 to 12, or text matching `\d{1,2}s`) and
//! `style: [string, integer]`. Each value goes out in its member's JSON type, each member's limits
//! refuse with nothing sent, text reads as the first member (in spec order) that reads it, and the
//! same spec loaded at run time (tables only) behaves the same, on the simulator over loopback.

grokvid::provider!("specs/eitheror.yaml");

mod common;

use grokvid::{ApiKey, ClientConfig, Error, Provider, VideoRequest};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Map, Value, json};

const SPEC: &str = "eitheror.yaml";
/// Where creates go, and how the key is sent (for requests sent raw).
const PATH: &str = "/v1/clips";
const AUTH: (&str, &str) = ("Authorization", "Bearer ");

fn sim(provider: &'static Provider) -> Simulator {
    Simulator::start(provider, SimConfig::default()).unwrap()
}

fn typed(sim: &Simulator) -> eitheror::Client {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    eitheror::Client::with_config(ApiKey::new(sim.api_key()), config).unwrap()
}

/// The create body the simulator last accepted, by wire name.
fn received(sim: &Simulator) -> Map<String, Value> {
    sim.last_read("create")
        .expect("the simulator accepted a create")
}

/// The messages of a refused request.
fn refused<T: std::fmt::Debug>(result: Result<T, Error>) -> Vec<String> {
    match result {
        Err(Error::Invalid(violations)) => violations.iter().map(ToString::to_string).collect(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[tokio::test]
async fn each_member_goes_out_in_its_own_json_type_and_the_job_runs_to_the_end() {
    let sim = sim(&eitheror::PROVIDER);
    let client = typed(&sim);
    let request = eitheror::CreateRequest::new("a kite")
        .seed(eitheror::Seed::from(42))
        .duration(eitheror::Duration::from("6s"))
        .style(eitheror::Style::from("noir"));
    let reply = client.create(&request).await.unwrap();
    let body = received(&sim);
    assert!(body["seed"].is_i64(), "{body:?}");
    assert_eq!(body["seed"], json!(42));
    assert_eq!(body["duration"], json!("6s"));
    assert_eq!(body["style"], json!("noir"));
    common::run_to_end(&sim, client.runtime(), &reply.task, true).await;
    // The status reply echoes the seed, read back as the member it was sent as.
    let status = eitheror::StatusRequest::new(reply.task.id.clone().expect("a task id"));
    let echoed = client.status(&status).await.unwrap();
    assert_eq!(
        echoed.body.seed,
        Some(eitheror::StatusResponseSeed::Integer(42))
    );

    let request = eitheror::CreateRequest::new("a kite")
        .seed(eitheror::Seed::from("lucky seven"))
        .duration(eitheror::Duration::Integer(8))
        .style(eitheror::Style::Integer(17));
    client.create(&request).await.unwrap();
    let body = received(&sim);
    assert_eq!(body["seed"], json!("lucky seven"));
    assert!(body["duration"].is_i64(), "{body:?}");
    assert_eq!(body["duration"], json!(8));
    assert_eq!(body["style"], json!(17));
}

#[tokio::test]
async fn each_members_limits_refuse_a_typed_request_with_nothing_sent() {
    let sim = sim(&eitheror::PROVIDER);
    let client = typed(&sim);
    let long = "x".repeat(33);
    let cases = [
        (
            eitheror::CreateRequest::new("a").seed(eitheror::Seed::Integer(-1)),
            "seed: -1 is below the minimum 0",
        ),
        (
            eitheror::CreateRequest::new("a").seed(eitheror::Seed::from(long.as_str())),
            "seed: is 33 characters long, at most 32 allowed",
        ),
        (
            eitheror::CreateRequest::new("a").duration(eitheror::Duration::Integer(99)),
            "duration: 99 is above the maximum 12",
        ),
        (
            eitheror::CreateRequest::new("a").duration(eitheror::Duration::from("6 seconds")),
            "duration: \"6 seconds\" does not match the pattern `\\d{1,2}s`",
        ),
        (
            eitheror::CreateRequest::new("a").style(eitheror::Style::Integer(100)),
            "style: 100 is above the maximum 99",
        ),
        (
            eitheror::CreateRequest::new("a")
                .duration(eitheror::Duration::Integer(12))
                .style(eitheror::Style::from("noir")),
            "style: twelve-second clips take no style",
        ),
    ];
    for (request, want) in cases {
        assert_eq!(refused(client.create(&request).await), [want]);
    }
    assert_eq!(sim.requests("create"), 0, "nothing was sent");
}

#[tokio::test]
async fn table_only_requests_send_each_value_as_its_member_and_refuse_the_rest() {
    let provider = common::load_test_spec(SPEC);
    let sim = sim(provider);
    let client = common::sim_client(provider, &sim);
    for (key, value, want) in [
        (
            "seed",
            json!(2147483648_i64),
            "seed: 2147483648 is above the maximum 2147483647",
        ),
        (
            "seed",
            json!(true),
            "seed: must be an integer or a string (got a boolean)",
        ),
        (
            "duration",
            json!(6.5),
            "duration: must be an integer (got a number)",
        ),
        (
            "duration",
            json!("6"),
            "duration: \"6\" does not match the pattern `\\d{1,2}s`",
        ),
        ("style", json!(0), "style: 0 is below the minimum 1"),
    ] {
        let input = json!({"prompt": "a kite", key: value});
        assert_eq!(
            refused(provider.call(&client, "create", input).await),
            [want],
            "{key}"
        );
    }
    assert_eq!(sim.requests("create"), 0, "nothing was sent");
    let input = json!({"prompt": "a kite", "seed": "42", "duration": 6.0, "style": 17});
    let reply = provider.call(&client, "create", input).await.unwrap();
    let body = received(&sim);
    // `"42"` is the string member's value: it stays text; `6.0` is the integer 6.
    assert_eq!(body["seed"], json!("42"));
    assert!(body["duration"].is_i64(), "{body:?}");
    assert_eq!(body["duration"], json!(6));
    assert_eq!(body["style"], json!(17));
    let grokvid::DynReply::Json { task, .. } = reply else {
        panic!("a JSON reply")
    };
    common::run_to_end(&sim, &client, &task.expect("a task"), true).await;
}

#[test]
fn text_reads_as_the_first_member_that_reads_it() {
    // What `--set key=value` (and query and multipart text) goes through.
    let op = eitheror::PROVIDER.operation("create").unwrap();
    let texts: Vec<(String, String)> = [
        ("prompt", "a kite"),
        ("seed", "42"),
        ("duration", "6s"),
        ("style", "17"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let json = grokvid::rt::validate::json_from_parts(op, &texts, &[]);
    // `[integer, string]` reads `42` as the integer and `6s` as text; `[string, integer]` keeps
    // `17` text.
    assert_eq!(json["seed"], json!(42));
    assert_eq!(json["duration"], json!("6s"));
    assert_eq!(json["style"], json!("17"));
    // The typed request reads the same JSON.
    let request: eitheror::CreateRequest = serde_json::from_value(json).unwrap();
    assert_eq!(request.seed, Some(eitheror::Seed::Integer(42)));
    assert_eq!(request.duration, Some(eitheror::Duration::from("6s")));
    assert_eq!(request.style, Some(eitheror::Style::from("17")));
}

#[test]
fn the_neutral_duration_goes_out_as_the_integer_member() {
    let mut req = VideoRequest::new("a kite");
    req.duration = Some(8);
    let converted = grokvid::rt::unified::convert(&req, &eitheror::PROVIDER, None).unwrap();
    assert_eq!(converted.input["duration"], json!(8));
    req.duration = Some(30);
    let err = grokvid::rt::unified::convert(&req, &eitheror::PROVIDER, None).unwrap_err();
    assert!(err.to_string().contains("above the maximum 12"), "{err}");
}

#[test]
fn a_reply_value_of_no_member_is_left_out_not_an_error() {
    let read = |v: Value| serde_json::from_value::<eitheror::StatusResponse>(v).unwrap();
    let reply = read(json!({"clip_id": "c1", "state": "done", "seed": "abc"}));
    assert_eq!(
        reply.seed,
        Some(eitheror::StatusResponseSeed::String("abc".into()))
    );
    let reply = read(json!({"clip_id": "c1", "state": "done", "seed": {"value": 1}}));
    assert_eq!(reply.seed, None);
    assert_eq!(reply.clip_id.as_deref(), Some("c1"));
}

#[tokio::test]
async fn the_simulator_takes_exactly_the_members_json_values() {
    let sim = sim(&eitheror::PROVIDER);
    for (body, status, said) in [
        (json!({"prompt": "a", "seed": 7}), 200, ""),
        (json!({"prompt": "a", "seed": "7"}), 200, ""),
        (
            json!({"prompt": "a", "seed": [7]}),
            400,
            "seed: must be an integer or a string (got a list)",
        ),
        (
            json!({"prompt": "a", "duration": "6"}),
            400,
            "does not match the pattern",
        ),
        (
            json!({"prompt": "a", "duration": 1}),
            400,
            "duration: 1 is below the minimum 2",
        ),
        (json!({"prompt": "a", "duration": "12s"}), 200, ""),
    ] {
        let (got, reply) = common::post_raw(&sim, PATH, AUTH, &body).await;
        assert_eq!(got, status, "{body}: {reply}");
        assert!(reply.contains(said), "{body}: {reply}");
    }
}
