//! Choosing the create endpoint from the request (`unified.when`), with `tests/specs/switchboard.yaml`:
//! text-to-video as JSON on `/v1/videos`, image-to-video as JSON on `/v1/models/{model}/animate` (the
//! model in the path), and a studio model family as multipart on the same `/v1/videos`. One neutral
//! request reaches each create on the simulator (what it received is checked), the errors name the
//! creates and why each was or was not chosen, and the capability table is the union of the three.

grokvid::provider!("specs/switchboard.yaml");

use grokvid::capabilities::{Transport, Values};
use grokvid::failover::{Verdict, submit_first};
use grokvid::rt::unified::convert;
use grokvid::{
    ApiKey, ClientConfig, Error, HttpClient, ImageInput, RetryPolicy, TaskStatus, VideoRequest,
    WaitOptions,
};
use grokvid_sim::{ReceivedRequest, RequestObserver, SimConfig, Simulator};
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A simulated Switchboard that records `METHOD PATH STATUS` of every request.
fn sim() -> (Simulator, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let config = SimConfig {
        on_request: Some(RequestObserver::new(move |r: &ReceivedRequest| {
            log.lock()
                .unwrap()
                .push(format!("{} {} {}", r.method, r.path, r.status));
        })),
        ..SimConfig::default()
    };
    (
        Simulator::start(&switchboard::PROVIDER, config).unwrap(),
        seen,
    )
}

fn client(sim: &Simulator) -> HttpClient {
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(RetryPolicy::NONE);
    HttpClient::new(sim.provider(), ApiKey::new(sim.api_key()), config).unwrap()
}

/// A small PNG on disk, for the studio's multipart upload.
fn png(name: &str) -> ImageInput {
    let path = std::env::temp_dir().join(format!("switchboard-{name}-{}.png", std::process::id()));
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n").unwrap();
    ImageInput::File(path)
}

/// Submits `req`, waits and downloads: the create operation called and the requests the simulator saw.
async fn run(req: &VideoRequest, name: &str) -> (String, Simulator, Vec<String>) {
    let (sim, seen) = sim();
    let rt = client(&sim);
    let taken = submit_first(std::slice::from_ref(&rt), req)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let options = WaitOptions::quick(Duration::from_secs(10));
    let done = rt.wait(&taken.handle, &options, |_| {}).await.unwrap();
    assert_eq!(done.status, TaskStatus::Completed);
    let target =
        std::env::temp_dir().join(format!("switchboard-{name}-{}.mp4", std::process::id()));
    let saved = rt.download(&done, &target, |_, _| {}).await.unwrap();
    assert_eq!(std::fs::metadata(&target).unwrap().len(), saved.bytes);
    let _ = std::fs::remove_file(&target);
    let seen = seen.lock().unwrap().clone();
    (taken.operation.to_string(), sim, seen)
}

#[tokio::test]
async fn a_prompt_alone_goes_to_text_to_video_as_json_with_the_vendor_default_model() {
    let req = VideoRequest::new("a lighthouse")
        .duration(8)
        .aspect_ratio("9:16");
    let (op, sim, seen) = run(&req, "text").await;
    assert_eq!(op, "text");
    assert_eq!(seen[0], "POST /v1/videos 200");
    let read = sim.last_read("text").unwrap();
    assert_eq!(read.get("prompt"), Some(&json!("a lighthouse")));
    assert_eq!(read.get("duration"), Some(&json!(8)));
    assert_eq!(read.get("ratio"), Some(&json!("9:16")));
    assert_eq!(
        read.get("model"),
        None,
        "the vendor's default is left to it"
    );
    assert_eq!((sim.requests("animate"), sim.requests("studio")), (0, 0));
}

#[tokio::test]
async fn an_image_url_goes_to_image_to_video_with_the_model_in_the_path() {
    let req = VideoRequest::new("a lighthouse")
        .model("sb-1-pro")
        .image(ImageInput::parse("https://example.com/first.png"))
        .duration(6);
    let (op, sim, seen) = run(&req, "animate").await;
    assert_eq!(op, "animate");
    assert_eq!(seen[0], "POST /v1/models/sb-1-pro/animate 200");
    let read = sim.last_read("animate").unwrap();
    assert_eq!(read.get("model"), Some(&json!("sb-1-pro")));
    assert_eq!(
        read.get("image_url"),
        Some(&json!("https://example.com/first.png"))
    );
    assert_eq!(read.get("seconds"), Some(&json!(6)));
    assert_eq!((sim.requests("text"), sim.requests("studio")), (0, 0));
}

#[tokio::test]
async fn the_studio_family_goes_as_multipart_on_the_text_path_with_its_files() {
    let req = VideoRequest::new("a lighthouse")
        .model("SB_STUDIO")
        .image(png("studio"))
        .duration(12);
    let (op, sim, seen) = run(&req, "studio").await;
    assert_eq!(op, "studio");
    assert_eq!(seen[0], "POST /v1/videos 200");
    // The simulator takes a request on `/v1/videos` as `studio` only when its body is multipart.
    assert_eq!((sim.requests("text"), sim.requests("studio")), (0, 1));
    let read = sim.last_read("studio").unwrap();
    assert_eq!(read.get("model"), Some(&json!("sb-studio")));
    assert_eq!(read.get("seconds"), Some(&json!(12)));
    assert!(read.contains_key("reference"), "{read:?}");
}

#[test]
fn no_create_fits_and_the_error_says_why_for_each() {
    let req = VideoRequest::new("a lighthouse").image(ImageInput::parse("https://e.com/a.png"));
    let e = convert(&req, &switchboard::PROVIDER, None).unwrap_err();
    assert!(e.was_not_sent());
    assert_eq!(
        e.to_string(),
        "switchboard cannot honour request: no create operation takes it: `text` takes no reference \
         images (1 image given); `animate` is for models sb-1, sb-1-pro (no model given); `studio` is \
         for models sb-studio, sb-studio-hd (no model given) (nothing sent)"
    );
    let e = convert(
        &VideoRequest::new("x").model("sb-9"),
        &switchboard::PROVIDER,
        None,
    )
    .unwrap_err();
    assert!(
        matches!(&e, Error::Unsupported { field, .. } if field == "request"),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("`text` is for models sb-1, sb-1-pro (`sb-9` asked)"),
        "{e}"
    );
}

#[test]
fn errors_of_the_chosen_create_say_which_it_is_and_why() {
    // Before choosing, the first create (text) took every request: "takes no reference images".
    let local = VideoRequest::new("a lighthouse")
        .model("sb-1")
        .image(png("local"));
    assert_eq!(
        convert(&local, &switchboard::PROVIDER, None)
            .unwrap_err()
            .to_string(),
        format!(
            "switchboard cannot honour images: `{}` is a local file, but it takes image URLs only \
             (http://, https:// or data:) (on `animate`, chosen because 1 image given; model `sb-1` \
             is one of sb-1, sb-1-pro) (nothing sent)",
            local.images[0].shown()
        )
    );
    let fixed = VideoRequest::new("a lighthouse")
        .model("sb-studio-hd")
        .duration(12);
    assert_eq!(
        convert(&fixed, &switchboard::PROVIDER, None)
            .unwrap_err()
            .to_string(),
        "switchboard cannot honour duration: must be 6 when model is sb-studio-hd (got 12) (on \
         `studio`, chosen because model `sb-studio-hd` is one of sb-studio, sb-studio-hd) (nothing sent)"
    );
    let blank = VideoRequest::new("  ").model("sb-1-pro");
    let e = convert(&blank, &switchboard::PROVIDER, None).unwrap_err();
    let v = e.violations().expect("a violation");
    assert_eq!(
        v.iter().next().unwrap().field,
        "switchboard.text (chosen because no image given; model `sb-1-pro` is one of sb-1, sb-1-pro): prompt"
    );
    // A create named outright still has to fit its conditions.
    let e = convert(
        &VideoRequest::new("x"),
        &switchboard::PROVIDER,
        Some("animate"),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "switchboard cannot honour images: `animate` needs reference images (none given) (nothing sent)"
    );
}

#[test]
fn the_chosen_create_is_reported_with_why() {
    let req = VideoRequest::new("a lighthouse").model("sb-1");
    let c = convert(&req, &switchboard::PROVIDER, None).unwrap();
    assert_eq!(c.operation.name(), "text");
    assert_eq!(
        c.chosen_because.as_deref(),
        Some("no image given; model `sb-1` is one of sb-1, sb-1-pro")
    );
    assert_eq!(c.model.as_deref(), Some("sb-1"));
    // A provider with one create and no conditions has nothing to explain.
    let xai = grokvid::providers::ALL
        .iter()
        .find(|p| p.id() == "xai")
        .unwrap();
    let c = convert(&req, xai, None).unwrap();
    assert_eq!(c.chosen_because, None);
}

#[tokio::test]
async fn failover_chooses_per_provider() {
    let (board, _) = sim();
    let xai = Simulator::start(
        grokvid::providers::ALL
            .iter()
            .find(|p| p.id() == "xai")
            .unwrap(),
        SimConfig::default(),
    )
    .unwrap();
    let clients = [client(&board), client(&xai)];
    // No model with an image: no Switchboard create takes it; xAI's generations does.
    let req = VideoRequest::new("a lighthouse").image(ImageInput::parse("https://e.com/a.png"));
    let taken = submit_first(&clients, &req).await.unwrap();
    assert_eq!(
        (taken.provider.id(), taken.operation),
        ("xai", "generations")
    );
    assert_eq!(taken.attempts[0].verdict, Verdict::Rejected);
    assert_eq!(
        board.counters()["requests"],
        json!({"animate": 0, "query": 0, "studio": 0, "text": 0, "video": 0})
    );
    // With a model, Switchboard takes it on its image-to-video create.
    let taken = submit_first(&clients, &req.clone().model("sb-1"))
        .await
        .unwrap();
    assert_eq!(
        (taken.provider.id(), taken.operation),
        ("switchboard", "animate")
    );
    assert_eq!(taken.handle.model.as_deref(), Some("sb-1"));
    // Which create took it, and why, is among the notes the CLI prints.
    assert_eq!(
        taken.notes,
        [
            "switchboard: create `animate` chosen: 1 image given; model `sb-1` is one of sb-1, sb-1-pro"
        ]
    );
}

#[test]
fn the_capability_table_merges_every_create() {
    let caps = grokvid::capabilities(&switchboard::PROVIDER);
    assert_eq!(caps.operation, Some("text"), "a prompt alone goes to text");
    assert_eq!(caps.transport, Transport::Json);
    let creates: Vec<(&str, Transport, &str)> = caps
        .creates
        .iter()
        .map(|c| (c.operation, c.transport, c.when.as_str()))
        .collect();
    assert_eq!(
        creates,
        [
            (
                "text",
                Transport::Json,
                "models sb-1, sb-1-pro; without images"
            ),
            (
                "animate",
                Transport::Json,
                "models sb-1, sb-1-pro; with images"
            ),
            (
                "studio",
                Transport::Multipart,
                "models sb-studio, sb-studio-hd"
            ),
        ]
    );
    let models = ["sb-1", "sb-1-pro", "sb-studio", "sb-studio-hd"].map(String::from);
    assert_eq!(
        caps.models,
        Values::OneOf {
            values: models.to_vec()
        }
    );
    assert_eq!(caps.default_model.as_deref(), Some("sb-1"));
    assert_eq!(
        caps.durations,
        Values::Range {
            min: Some(1),
            max: Some(15)
        }
    );
    assert_eq!((caps.images.min, caps.images.max), (0, Some(3)));
    assert!(caps.images.urls && caps.images.files);
    let per: Vec<(&str, String, Option<usize>)> = caps
        .per_model
        .iter()
        .map(|m| (m.model.as_str(), m.durations.to_string(), m.max_images))
        .collect();
    assert_eq!(
        per,
        [
            ("sb-1", "1-15".to_string(), Some(1)),
            ("sb-1-pro", "1-15".to_string(), Some(1)),
            ("sb-studio", "6-12".to_string(), Some(3)),
            ("sb-studio-hd", "6 (fixed)".to_string(), Some(3)),
        ]
    );
    let rows = caps.rows();
    assert!(
        rows.contains(&("transport", "json/multipart".to_string())),
        "{rows:?}"
    );
    // Each model's longest listed duration (10 s at most: image-to-video's limit) can be asked for.
    for m in &caps.per_model {
        let longest = match &m.durations {
            Values::Fixed { value } => value.parse::<u32>().unwrap(),
            Values::Range { max: Some(max), .. } => *max as u32,
            other => panic!("{}: {other:?}", m.model),
        };
        let mut req = VideoRequest::new("a lighthouse")
            .model(&m.model)
            .duration(longest.min(10));
        if m.model.starts_with("sb-studio") {
            req = req.image(png(&m.model));
        }
        convert(&req, &switchboard::PROVIDER, None).unwrap_or_else(|e| panic!("{}: {e}", m.model));
    }
}
