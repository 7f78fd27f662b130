//! Structured neutral images, from this crate's `specs/framebox.yaml`: a vendor that takes images as
//! `{"type": "image_url", "image_url": {"url": ...}, "frame_type": "first_frame"}` objects, inline
//! only (base64 `data:` URIs, at most 4096 bytes each). The neutral request's first and last frame,
//! given as local files, run create → wait → download; the simulator received them as the vendor
//! wants them; an oversize file, a URL, and frame roles for a vendor without them send nothing.

mod common;

grokvid::provider!("specs/framebox.yaml");

use grokvid::{ApiKey, Error, HttpClient, ImageInput, Provider, VideoRequest};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// The same spec loaded at run time: tables only, no generated code.
fn table_only() -> &'static Provider {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/framebox.yaml");
    Provider::from_yaml("framebox.yaml", &std::fs::read_to_string(path).unwrap()).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-frames-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A PNG-signed file of `len` bytes (its name says nothing of its type: the bytes do).
fn image(dir: &Path, name: &str, len: usize) -> PathBuf {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..len.saturating_sub(8)).map(|i| (i * 7) as u8));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn client(provider: &'static Provider, sim: &grokvid_sim::Simulator) -> HttpClient {
    let config = grokvid::ClientConfig::default().with_base_url(sim.base_url());
    HttpClient::new(provider, ApiKey::new(sim.api_key()), config).unwrap()
}

fn url_of(item: &Value) -> &str {
    item["image_url"]["url"].as_str().expect("a URL")
}

#[tokio::test]
async fn first_and_last_frames_reach_the_vendor_inline_with_their_roles() {
    let dir = scratch("roles");
    let first = image(&dir, "start.bin", 300);
    let last = image(&dir, "end.png", 4096);
    for provider in [&framebox::PROVIDER, table_only()] {
        let sim = grokvid_sim::Simulator::start(provider, Default::default()).unwrap();
        let client = client(provider, &sim);
        let req = VideoRequest::new("a door opening")
            .first_frame(ImageInput::File(first.clone()))
            .last_frame(ImageInput::File(last.clone()));
        let submitted = grokvid::submit_first(std::slice::from_ref(&client), &req)
            .await
            .unwrap();
        common::run_to_end(&sim, &client, &submitted.task, true).await;
        // Frames alone are images: the create that takes images got them, the text one nothing.
        let read = sim.last_read("animate").expect("the image create was read");
        assert_eq!(sim.requests("create"), 0, "{}", provider.id());
        let items = read["images"].as_array().unwrap();
        assert_eq!(items.len(), 2, "{}", provider.id());
        for (item, (role, file)) in items
            .iter()
            .zip([("first_frame", &first), ("last_frame", &last)])
        {
            assert_eq!(item["type"], "image_url");
            assert_eq!(item["frame_type"], role);
            assert_eq!(item.as_object().unwrap().len(), 3, "{item}");
            let (mime, bytes) = grokvid::rt::unified::decode_data_uri(url_of(item)).unwrap();
            assert_eq!(mime, "image/png");
            assert_eq!(bytes, std::fs::read(file).unwrap());
        }
    }
}

#[tokio::test]
async fn an_image_over_the_limit_sends_nothing() {
    let dir = scratch("big");
    let big = image(&dir, "big.png", 4097);
    let sim = grokvid_sim::Simulator::start(&framebox::PROVIDER, Default::default()).unwrap();
    let client = client(&framebox::PROVIDER, &sim);
    let req = VideoRequest::new("a door").first_frame(ImageInput::File(big.clone()));
    let message = grokvid::submit_first(std::slice::from_ref(&client), &req)
        .await
        .unwrap_err()
        .to_string();
    assert!(message.contains(&big.display().to_string()), "{message}");
    assert!(
        message.contains("the image is 4097 bytes, over the provider's limit of 4096 bytes"),
        "{message}"
    );
    assert_eq!(sim.requests("create") + sim.requests("animate"), 0);
}

#[test]
fn a_url_is_refused_where_only_inline_images_go() {
    let req =
        VideoRequest::new("a door").image(ImageInput::Url("https://img.example.com/a.png".into()));
    let err = grokvid::rt::unified::convert(&req, &framebox::PROVIDER, None).unwrap_err();
    assert!(
        err.to_string().contains(
            "takes images inline only (data: URIs); the client never fetches an image for you"
        ),
        "{err}"
    );
    // A data: URI given as a URL is already inline: it goes as it is, roles and constants added.
    let inline = "data:image/png;base64,iVBORw0KGgo=";
    let req = VideoRequest::new("a door").last_frame(ImageInput::Url(inline.into()));
    let converted = grokvid::rt::unified::convert(&req, &framebox::PROVIDER, None).unwrap();
    assert_eq!(
        converted.input["images"],
        json!([{"type": "image_url", "image_url": {"url": inline}, "frame_type": "last_frame"}])
    );
}

#[tokio::test]
async fn text_alone_goes_to_the_text_create() {
    let sim = grokvid_sim::Simulator::start(&framebox::PROVIDER, Default::default()).unwrap();
    let client = client(&framebox::PROVIDER, &sim);
    let req = VideoRequest::new("a door opening");
    let submitted = grokvid::submit_first(std::slice::from_ref(&client), &req)
        .await
        .unwrap();
    common::run_to_end(&sim, &client, &submitted.task, true).await;
    let read = sim.last_read("create").expect("the text create was read");
    assert_eq!(Value::Object(read), json!({"prompt": "a door opening"}));
    assert_eq!(sim.requests("animate"), 0);
}

#[test]
fn the_capability_table_reports_frames_across_creates() {
    for provider in [&framebox::PROVIDER, table_only()] {
        let caps = grokvid::capabilities::capabilities(provider);
        // The text create takes none, the image create 1 to 3 with frame roles: 0 to 3 in all.
        assert!(caps.images.frames, "{}", provider.id());
        assert_eq!((caps.images.min, caps.images.max), (0, Some(3)));
        assert!(caps.images.files && !caps.images.urls, "{:?}", caps.images);
        assert_eq!(caps.images.to_string(), "<=3 files, first/last frames");
    }
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/nestbox.yaml"));
    let nestbox = Provider::from_yaml("nestbox.yaml", &spec.unwrap()).unwrap();
    assert!(!grokvid::capabilities::capabilities(nestbox).images.frames);
}

#[test]
fn frame_roles_on_a_vendor_without_them_are_refused() {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/nestbox.yaml"));
    let nestbox = Provider::from_yaml("nestbox.yaml", &spec.unwrap()).unwrap();
    let req = VideoRequest::new("a door")
        .first_frame(ImageInput::Url("https://img.example.com/a.png".into()));
    let err = grokvid::rt::unified::convert(&req, nestbox, None).unwrap_err();
    assert!(
        matches!(&err, Error::Unsupported { field, .. } if field == "first_frame"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("takes no first or last frame roles"),
        "{err}"
    );
}

#[tokio::test]
async fn the_simulator_refuses_images_that_are_not_inline() {
    let sim = grokvid_sim::Simulator::start(&framebox::PROVIDER, Default::default()).unwrap();
    let body = json!({"prompt": "a door", "images": [
        {"type": "image_url", "image_url": {"url": "https://img.example.com/a.png"}}
    ]});
    let reply = grokvid::reqwest::Client::new()
        .post(format!("{}/v1/animations", sim.base_url()))
        .bearer_auth(sim.api_key())
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_ne!(reply.status().as_u16(), 200);
    let text = reply.text().await.unwrap();
    assert!(
        text.contains("images[0]: must be an inline image"),
        "{text}"
    );
}
