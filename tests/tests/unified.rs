//! The provider-neutral request: every neutral field's mapping onto every provider (generic over
//! `providers::ALL`, driven by the specs' `unified:` tables and the capabilities derived from them),
//! and each kind of value a provider cannot honour, with its exact message.

mod common;

use grokvid::Error;
use grokvid::Provider;
use grokvid::capabilities::{Capabilities, Values};
use grokvid::rt::unified::{NEUTRAL_FIELDS, convert};
use grokvid::spec::{Kind, Neutral, Operation};
use grokvid::{ImageInput, VideoRequest, to_provider};
use grokvid_sim::kit;
use serde_json::{Value, json};
use std::path::PathBuf;

grokvid::provider!("specs/fileonly.yaml");

/// The built-in providers and `tests/specs/fileonly.yaml`, which maps no neutral request.
fn every_provider() -> Vec<&'static Provider> {
    common::every_provider(&[&fileonly::PROVIDER])
}

/// The providers whose spec maps the neutral request (`unified:`): the ones these tests judge by it.
fn neutral_providers() -> Vec<&'static Provider> {
    every_provider()
        .into_iter()
        .filter(|p| kit::neutral_operation(p).is_some())
        .collect()
}

fn provider(id: &str) -> &'static Provider {
    every_provider()
        .into_iter()
        .find(|p| p.id() == id)
        .unwrap_or_else(|| panic!("no provider `{id}`"))
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-unified-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A small local image file.
fn local_image(dir: &std::path::Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n").unwrap();
    path
}

fn input(req: &VideoRequest, id: &str) -> Value {
    match convert(req, provider(id), None) {
        Ok(c) => c.input,
        Err(e) => panic!("{id}: {e}"),
    }
}

fn message(req: &VideoRequest, id: &str) -> String {
    match convert(req, provider(id), None) {
        Ok(c) => panic!("{id}: expected an error, got {}", c.input),
        Err(e) => e.to_string(),
    }
}

/// `(field, limit)` of an `Unsupported` error.
fn unsupported(req: &VideoRequest, id: &str) -> (String, String) {
    match convert(req, provider(id), None) {
        Err(Error::Unsupported {
            provider,
            field,
            limit,
        }) => {
            assert_eq!(provider, id);
            (field, limit)
        }
        other => panic!("{id}: expected Unsupported, got {other:?}"),
    }
}

fn cat() -> VideoRequest {
    VideoRequest::new("a cat surfing")
}

fn url(u: &str) -> ImageInput {
    ImageInput::Url(u.to_string())
}

/// The create operation the neutral request maps onto, and one neutral field's mapping.
fn mapping(p: &'static Provider, name: &str) -> (&'static Operation, Option<&'static Neutral>) {
    let op = grokvid::rt::unified::create_operation(p, None).unwrap();
    let u = op
        .unified()
        .expect("the tests take providers that map the neutral request");
    let n = match name {
        "prompt" => u.prompt(),
        "model" => u.model(),
        "duration" => u.duration(),
        "aspect_ratio" => u.aspect_ratio(),
        "resolution" => u.resolution(),
        "images" => u.images(),
        other => panic!("no neutral field {other}"),
    };
    (op, n)
}

fn vendor_value(n: &Neutral, neutral: &str) -> String {
    n.values()
        .iter()
        .find(|(k, _)| *k == neutral)
        .map_or(neutral, |(_, v)| *v)
        .to_string()
}

/// A value a field accepts, for the generic tests.
fn sample(values: &Values) -> Option<String> {
    match values {
        Values::Unsupported => None,
        Values::Any => Some("6".to_string()),
        Values::OneOf { values } => values.first().cloned(),
        Values::Range { min, max } => Some(min.or(*max).unwrap_or(6).to_string()),
        Values::Fixed { value } => Some(value.clone()),
    }
}

/// The smallest request each provider takes: a prompt, and the images it requires.
fn minimal(caps: &Capabilities, dir: &std::path::Path) -> VideoRequest {
    let mut req = cat();
    for i in 0..caps.images.min {
        req.images.push(if caps.images.urls {
            url(&format!("https://example.com/ref{i}.png"))
        } else {
            ImageInput::File(local_image(dir, &format!("ref{i}.png")))
        });
    }
    req
}

#[test]
fn every_provider_takes_its_minimal_request_and_it_encodes() {
    let dir = scratch_dir("minimal");
    for p in neutral_providers() {
        let caps = grokvid::capabilities(p);
        let req = minimal(&caps, &dir);
        let converted = convert(&req, p, None).unwrap_or_else(|e| panic!("{}: {e}", p.id()));
        let (op, n) = mapping(p, "prompt");
        assert_eq!(converted.operation.name(), op.name());
        assert_eq!(converted.input[n.unwrap().field()], json!("a cat surfing"));
        p.encode_request(op.name(), converted.input.clone())
            .unwrap_or_else(|e| panic!("{}: {e}", p.id()));
        // The same through the two-value form.
        let (op2, input2) = to_provider(&req, p, None).unwrap();
        assert_eq!((op2.name(), &input2), (op.name(), &converted.input));
        // A required model left out gets the default, and says so; nothing else is added.
        match (&caps.default_model, mapping(p, "model").1) {
            (Some(model), Some(n)) => {
                let field = op.params().iter().find(|f| f.wire() == n.field()).unwrap();
                if field.is_required() {
                    assert_eq!(converted.input[n.field()], json!(vendor_value(n, model)));
                    assert_eq!(converted.notes.len(), 1, "{}", p.id());
                    assert!(converted.notes[0].contains(model), "{:?}", converted.notes);
                } else {
                    assert!(converted.input.get(n.field()).is_none(), "{}", p.id());
                    assert!(converted.notes.is_empty());
                }
            }
            _ => assert!(converted.notes.is_empty(), "{}", p.id()),
        }
    }
}

#[test]
fn every_model_duration_ratio_and_resolution_lands_on_its_param() {
    let dir = scratch_dir("mapping");
    for p in neutral_providers() {
        let caps = grokvid::capabilities(p);
        let models: Vec<Option<String>> = match &caps.models {
            Values::OneOf { values } => values.iter().cloned().map(Some).collect(),
            Values::Any => vec![Some("some-model".to_string())],
            _ => vec![None],
        };
        for model in models {
            let per = model
                .as_ref()
                .and_then(|m| caps.per_model.iter().find(|pm| &pm.model == m));
            let durations = per.map_or(&caps.durations, |pm| &pm.durations);
            let ratios = per.map_or(&caps.aspect_ratios, |pm| &pm.aspect_ratios);
            let resolutions = per.map_or(&caps.resolutions, |pm| &pm.resolutions);
            let mut base = minimal(&caps, &dir);
            if let Some(min) = per.map(|pm| pm.min_images) {
                while base.images.len() < min {
                    base.images.push(url(&format!(
                        "https://example.com/m{}.png",
                        base.images.len()
                    )));
                }
            }
            base.model = model.clone();
            let context = format!("{} model {model:?}", p.id());

            if let Some(m) = &model {
                let (_, n) = mapping(p, "model");
                let got = input(&base, p.id());
                assert_eq!(
                    got[n.unwrap().field()],
                    json!(vendor_value(n.unwrap(), m)),
                    "{context}"
                );
            }
            if let Some(d) = sample(durations) {
                let req = VideoRequest {
                    duration: Some(d.parse().unwrap()),
                    ..base.clone()
                };
                let got = input(&req, p.id());
                let n = mapping(p, "duration").1.unwrap();
                assert_eq!(got[n.field()].to_string(), vendor_value(n, &d), "{context}");
            }
            let values = |v: &Values| match v {
                Values::OneOf { values } => values.clone(),
                Values::Any => vec!["16:9".to_string()],
                _ => Vec::new(),
            };
            for ratio in values(ratios) {
                let req = base.clone().aspect_ratio(ratio.clone());
                let got = input(&req, p.id());
                let n = mapping(p, "aspect_ratio").1.unwrap();
                assert_eq!(
                    got[n.field()],
                    json!(vendor_value(n, &ratio)),
                    "{context} {ratio}"
                );
            }
            for resolution in values(resolutions) {
                let req = base.clone().resolution(resolution.clone());
                let got = input(&req, p.id());
                let n = mapping(p, "resolution").1.unwrap();
                assert_eq!(
                    got[n.field()],
                    json!(vendor_value(n, &resolution)),
                    "{context} {resolution}"
                );
            }
            if *resolutions == Values::Unsupported && mapping(p, "resolution").1.is_some() {
                // A model whose rules forbid choosing the resolution.
                let (field, _) = unsupported(&base.clone().resolution("480p"), p.id());
                assert_eq!(field, "resolution", "{context}");
            }
        }
    }
}

#[test]
fn images_land_as_urls_files_or_objects_as_each_param_says() {
    let dir = scratch_dir("images");
    for p in neutral_providers() {
        let caps = grokvid::capabilities(p);
        let Some(n) = mapping(p, "images").1 else {
            continue;
        };
        let (op, _) = mapping(p, "images");
        let field = op.params().iter().find(|f| f.wire() == n.field()).unwrap();
        let count = caps.images.max.unwrap_or(2).min(2).max(caps.images.min);
        let mut req = cat();
        let mut expected = Vec::new();
        for i in 0..count {
            if caps.images.urls {
                let u = format!("https://example.com/{i}.png");
                req.images.push(url(&u));
                expected.push(u);
            } else {
                let path = local_image(&dir, &format!("{i}.png"));
                expected.push(path.display().to_string());
                req.images.push(ImageInput::File(path));
            }
        }
        let got = input(&req, p.id());
        let item = |text: &String| match n.key() {
            Some(key) => json!({ key: text }),
            None => json!(text),
        };
        let want = if matches!(field.shape().kind(), Kind::List(_)) {
            Value::Array(expected.iter().map(item).collect())
        } else {
            item(&expected[0])
        };
        assert_eq!(got[n.field()], want, "{}", p.id());
    }
}

#[test]
fn neutral_fields_a_provider_does_not_map_are_errors_naming_it() {
    let dir = scratch_dir("unmapped");
    let mut seen = 0;
    for p in neutral_providers() {
        let caps = grokvid::capabilities(p);
        for name in NEUTRAL_FIELDS {
            if mapping(p, name).1.is_some() {
                continue;
            }
            seen += 1;
            let base = minimal(&caps, &dir);
            let (req, want) = match name {
                "duration" => (
                    base.duration(6),
                    format!(
                        "`6` asked, but the duration cannot be chosen on {}",
                        p.name()
                    ),
                ),
                "aspect_ratio" => (
                    base.aspect_ratio("16:9"),
                    format!(
                        "`16:9` asked, but the aspect ratio cannot be chosen on {}",
                        p.name()
                    ),
                ),
                "resolution" => (
                    base.resolution("720p"),
                    format!(
                        "`720p` asked, but the resolution cannot be chosen on {}",
                        p.name()
                    ),
                ),
                "model" => (
                    base.model("m"),
                    format!("`m` asked, but the model cannot be chosen on {}", p.name()),
                ),
                "images" => (
                    base.image(url("https://example.com/a.png")),
                    format!("1 image given, but {} takes no reference images", p.name()),
                ),
                _ => (base, String::new()),
            };
            assert_eq!(unsupported(&req, p.id()), (name.to_string(), want));
        }
    }
    // unified: duration; jimmyai and lumenhub: resolution.
    assert!(
        seen >= 3,
        "the specs leave several neutral fields unmapped ({seen})"
    );
}

#[test]
fn enum_values_a_provider_does_not_offer_list_what_it_accepts_in_neutral_spelling() {
    for p in neutral_providers() {
        let caps = grokvid::capabilities(p);
        for (name, values) in [
            ("aspect_ratio", &caps.aspect_ratios),
            ("resolution", &caps.resolutions),
        ] {
            let Values::OneOf { values } = values else {
                continue;
            };
            let mut req = cat();
            if caps.images.min > 0 {
                req.images.push(url("https://example.com/a.png"));
            }
            if name == "aspect_ratio" {
                req.aspect_ratio = Some("5:4".into());
            } else {
                req.resolution = Some("4k".into());
            }
            let given = if name == "aspect_ratio" { "5:4" } else { "4k" };
            assert_eq!(
                unsupported(&req, p.id()),
                (
                    name.to_string(),
                    format!("`{given}` is not offered; it accepts {}", values.join(", "))
                ),
                "{}",
                p.id()
            );
        }
    }
}

// ---- the errors the issue names, one by one, with exact messages ----

#[test]
fn a_near_miss_in_case_or_separator_gets_a_suggestion() {
    assert_eq!(
        message(&cat().resolution("720P"), "xai"),
        "xai cannot honour resolution: `720P` is not offered; it accepts 480p, 720p; did you mean \
         `720p`? (nothing sent)"
    );
    assert_eq!(
        message(&cat().aspect_ratio("16-9"), "lumenhub"),
        "lumenhub cannot honour aspect_ratio: `16-9` is not offered; it accepts 16:9, 9:16, 1:1; did \
         you mean `16:9`? (nothing sent)"
    );
}

#[test]
fn resolution_above_what_the_vendor_renders() {
    assert_eq!(
        message(&cat().resolution("1080p"), "acedata"),
        "acedata cannot honour resolution: `1080p` is not offered; it accepts 480p, 720p (nothing sent)"
    );
    assert_eq!(
        message(&cat().resolution("1080p"), "xai"),
        "xai cannot honour resolution: `1080p` is not offered; it accepts 480p, 720p (nothing sent)"
    );
    // A vendor that renders 1080p gets its own spelling.
    assert_eq!(
        input(&cat().resolution("1080p"), "unified")["size"],
        "1080P"
    );
    // Renamed values are listed as the neutral request spells them.
    assert_eq!(
        message(&cat().resolution("480p"), "unified"),
        "unified cannot honour resolution: `480p` is not offered; it accepts 720p, 1080p (nothing sent)"
    );
}

#[test]
fn local_file_where_only_urls_are_taken_and_url_where_only_files_are() {
    let dir = scratch_dir("kinds");
    let file = local_image(&dir, "cat.png");
    let req = cat().image(ImageInput::File(file.clone()));
    assert_eq!(
        message(&req, "acedata"),
        format!(
            "acedata cannot honour images: `{}` is a local file, but it takes image URLs only \
             (http://, https:// or data:) (nothing sent)",
            file.display()
        )
    );
    // geeknow uploads files ...
    assert_eq!(
        input(&req, "geeknow")["input_reference"],
        json!([file.display().to_string()])
    );
    // ... and takes no URLs.
    assert_eq!(
        message(&cat().image(url("https://example.com/cat.png")), "geeknow"),
        "geeknow cannot honour images: `https://example.com/cat.png` is a URL, but it takes local \
         image files only (nothing sent)"
    );
    // A format the param does not accept.
    let gif = local_image(&dir, "cat.gif");
    let (field, limit) = unsupported(&cat().image(ImageInput::File(gif.clone())), "geeknow");
    assert_eq!(field, "images");
    assert!(
        limit.starts_with("input_reference[0]: ")
            && limit.ends_with("is a gif file; accepted formats: png, jpeg, webp"),
        "{limit}"
    );
    // A local file that does not exist is an I/O error, before anything is sent.
    let missing = dir.join("missing.png");
    match convert(
        &cat().image(ImageInput::File(missing.clone())),
        provider("geeknow"),
        None,
    ) {
        Err(Error::Io { path, .. }) => assert_eq!(path, missing),
        other => panic!("{other:?}"),
    }
    // How text is read: URLs by scheme, anything else is a path.
    assert_eq!(ImageInput::parse("HTTPS://x/y.png"), url("HTTPS://x/y.png"));
    assert_eq!(
        ImageInput::parse("data:image/png;base64,AA"),
        url("data:image/png;base64,AA")
    );
    assert_eq!(
        ImageInput::parse("pics/cat.png"),
        ImageInput::File(PathBuf::from("pics/cat.png"))
    );
}

#[test]
fn more_images_than_allowed() {
    let three = cat()
        .image(url("https://example.com/a.png"))
        .image(url("https://example.com/b.png"))
        .image(url("https://example.com/c.png"));
    // A single-image param takes one.
    assert_eq!(
        message(&three, "xai"),
        "xai cannot honour images: 3 images given, at most 1 allowed (nothing sent)"
    );
    assert_eq!(
        message(&three, "lumenhub"),
        "lumenhub cannot honour images: 3 images given, at most 1 allowed (nothing sent)"
    );
    // A list whose rule allows exactly one.
    assert_eq!(
        message(&three, "jimmyai"),
        "jimmyai cannot honour images: image_urls must hold exactly 1 image (got 3 items) (nothing sent)"
    );
    // A per-model limit: grok_video3 takes up to 7.
    let mut eight = cat().model("grok_video3");
    for i in 0..8 {
        eight
            .images
            .push(url(&format!("https://example.com/{i}.png")));
    }
    assert_eq!(
        message(&eight, "aizfw"),
        "aizfw cannot honour images: grok_video3 supports up to 7 reference images (got 8 items) (nothing sent)"
    );
    eight.images.pop();
    assert_eq!(
        input(&eight, "aizfw")["image_urls"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
}

#[test]
fn durations_a_model_fixes_are_rejected_never_dropped() {
    assert_eq!(
        message(&cat().model("grok_video3_pro").duration(8), "aizfw"),
        "aizfw cannot honour duration: grok_video3_pro is fixed at 10 seconds (got 8) (nothing sent)"
    );
    assert_eq!(
        message(&cat().model("grok-video-3-max").duration(10), "geeknow"),
        "geeknow cannot honour duration: grok-video-3-max always renders 15 seconds (got 10) (nothing sent)"
    );
    // The fixed value itself is sent as asked, not dropped.
    let ok = input(&cat().model("grok_video3_pro").duration(10), "aizfw");
    assert_eq!(
        (ok["model"].clone(), ok["duration"].clone()),
        (json!("grok_video3_pro"), json!(10))
    );
    assert_eq!(
        input(&cat().model("grok-video-3-pro").duration(10), "geeknow")["seconds"],
        json!(10)
    );
    // Without a duration the vendor applies its fixed one.
    assert!(
        input(&cat().model("grok_video3_pro"), "aizfw")
            .get("duration")
            .is_none()
    );
}

#[test]
fn durations_outside_a_range_or_enum() {
    assert_eq!(
        message(&cat().duration(40), "acedata"),
        "acedata cannot honour duration: 40 is above the maximum 15 (nothing sent)"
    );
    assert_eq!(
        message(&cat().duration(1), "lumenhub"),
        "lumenhub cannot honour duration: 1 is below the minimum 2 (nothing sent)"
    );
    assert_eq!(
        message(&cat().model("grok_video3").duration(5), "aizfw"),
        "aizfw cannot honour duration: grok_video3 supports 6-30 seconds (got 5) (nothing sent)"
    );
    assert_eq!(
        message(&cat().model("lumen-grok-v1-turbo").duration(10), "lumenhub"),
        "lumenhub cannot honour duration: lumen-grok-v1-turbo renders at most 8 seconds (got 10) (nothing sent)"
    );
    let one_image = cat().image(url("https://example.com/a.png"));
    assert_eq!(
        message(&one_image.clone().duration(12), "jimmyai"),
        "jimmyai cannot honour duration: `12` is not offered; it accepts 10, 15 (nothing sent)"
    );
    assert_eq!(
        input(&one_image.duration(15), "jimmyai")["duration"],
        json!(15)
    );
}

#[test]
fn settings_a_model_forbids() {
    assert_eq!(
        message(&cat().model("grok_video3_pro").resolution("720p"), "aizfw"),
        "aizfw cannot honour resolution: grok_video3_pro does not support choosing the resolution (nothing sent)"
    );
    // lumenhub: the framing follows the init image.
    let req = cat()
        .image(url("https://example.com/a.png"))
        .aspect_ratio("9:16");
    assert_eq!(
        message(&req, "lumenhub"),
        "lumenhub cannot honour aspect_ratio: framing follows the init image (nothing sent)"
    );
}

#[test]
fn models_aliases_and_families() {
    let image = url("https://example.com/a.png");
    // A model the provider does not sell: the error lists its models.
    assert_eq!(
        message(&cat().model("grok-video-9"), "geeknow"),
        "geeknow cannot honour model: `grok-video-9` is not one of its models: grok-video-3, \
         grok-video-3-pro, grok-video-3-max (nothing sent)"
    );
    // A spec alias is taken as its model.
    let got = convert(
        &cat().model("grok-1.5").image(image.clone()),
        provider("jimmyai"),
        None,
    )
    .unwrap();
    assert_eq!(got.input["model"], "grok-imagine-video-1.5");
    assert_eq!(got.model.as_deref(), Some("grok-imagine-video-1.5"));
    assert!(got.notes.is_empty());
    // The same name with other separators is the same model, and the respelling is noted.
    let got = convert(&cat().model("grok-video-3"), provider("aizfw"), None).unwrap();
    assert_eq!(got.input["model"], "grok_video3");
    assert_eq!(
        got.notes,
        ["aizfw: model `grok-video-3` taken as `grok_video3`"]
    );
    let got = convert(&cat().model("GROK_VIDEO_3_PRO"), provider("geeknow"), None).unwrap();
    assert_eq!(got.input["model"], "grok-video-3-pro");
    // A model in the path (lumenhub) is still a field of the input.
    assert_eq!(
        input(&cat().model("lumen-grok-v1-turbo"), "lumenhub")["model"],
        "lumen-grok-v1-turbo"
    );
    // A free-text model param passes any name on.
    assert_eq!(
        input(&cat().model("grok-imagine-video"), "xai")["model"],
        "grok-imagine-video"
    );
    // A required model left out: the default, noted.
    let got = convert(&cat(), provider("aizfw"), None).unwrap();
    assert_eq!(got.input["model"], "grok_video3");
    assert_eq!(
        got.notes,
        ["aizfw: no model given; using grok_video3 (its models: grok_video3, grok_video3_pro)"]
    );
}

#[test]
fn value_renames_follow_the_spec() {
    let got = input(&cat().aspect_ratio("9:16"), "lumenhub");
    assert_eq!(got["framing"], "portrait");
    assert!(got.get("aspect_ratio").is_none());
    assert_eq!(input(&cat().resolution("720p"), "geeknow")["size"], "720P");
    // geeknow's size is free text: unlisted values pass through unchanged.
    assert_eq!(input(&cat().resolution("480p"), "geeknow")["size"], "480p");
    assert_eq!(
        message(&cat().aspect_ratio("4:3"), "lumenhub"),
        "lumenhub cannot honour aspect_ratio: `4:3` is not offered; it accepts 16:9, 9:16, 1:1 (nothing sent)"
    );
}

#[test]
fn extras_are_typed_by_the_field_table() {
    let req = cat()
        .extra("fps", "30")
        .extra("seed", "7")
        .extra("loop", "true")
        .extra("guidance", "2.5")
        .extra("style_refs", "https://example.com/s1.png")
        .extra("style_refs", "https://example.com/s2.png");
    let got = input(&req, "lumenhub");
    assert_eq!(got["fps"], json!(30));
    assert_eq!(got["seed"], json!(7));
    assert_eq!(got["loop"], json!(true));
    assert_eq!(got["guidance"], json!(2.5));
    assert_eq!(
        got["style_refs"],
        json!(["https://example.com/s1.png", "https://example.com/s2.png"])
    );
    // Objects and lists of objects are given as JSON.
    let got = input(
        &cat().extra(
            "reference_images",
            r#"[{"url": "https://example.com/r.png"}, {"file_id": "f1"}]"#,
        ),
        "xai",
    );
    assert_eq!(
        got["reference_images"],
        json!([{"url": "https://example.com/r.png"}, {"file_id": "f1"}])
    );
    let got = input(&cat().extra("async", "true"), "acedata");
    assert_eq!(got["async"], json!(true));
}

#[test]
fn bad_extras() {
    // Not a field of the operation.
    assert_eq!(
        message(&cat().extra("fps", "30"), "aizfw"),
        "aizfw cannot honour fps: not a field of aizfw.create; its fields: model, prompt, duration, \
         aspect_ratio, resolution, image_urls (nothing sent)"
    );
    // Set twice, once through the neutral field.
    assert_eq!(
        message(&cat().duration(6).extra("seconds", "8"), "geeknow"),
        "invalid request (nothing sent): geeknow: seconds (duration): is already set by the \
         request's duration; give it once"
    );
    // A single-value field given twice.
    assert_eq!(
        message(&cat().extra("seed", "1").extra("seed", "2"), "lumenhub"),
        "invalid request (nothing sent): lumenhub: seed: given 2 times; it takes one value"
    );
    // The param's own limits, named with the provider.
    assert_eq!(
        message(&cat().extra("seed", "-1"), "lumenhub"),
        "invalid request (nothing sent): lumenhub: seed: -1 is below the minimum 0"
    );
    // The typed request's rules, named with the provider.
    assert_eq!(
        message(
            &cat().model("lumen-grok-v1-turbo").extra("fps", "30"),
            "lumenhub"
        ),
        "invalid request (nothing sent): lumenhub: fps: lumen-grok-v1-turbo renders at 24 fps only (got 30)"
    );
    assert_eq!(
        message(
            &cat().image(url("https://example.com/a.png")).extra(
                "reference_images",
                r#"[{"url": "https://example.com/r.png"}]"#
            ),
            "xai"
        ),
        "invalid request (nothing sent): xai: reference_images: image and reference_images cannot \
         be combined (one mode per request)"
    );
}

#[test]
fn requirements_of_the_typed_request_name_the_provider() {
    // jimmyai needs exactly one reference image.
    match convert(&cat(), provider("jimmyai"), None) {
        Err(Error::Invalid(v)) => {
            let fields: Vec<&str> = v.iter().map(|v| v.field.as_str()).collect();
            assert_eq!(fields, ["jimmyai: image_urls (images)"]);
            assert_eq!(
                v.as_slice()[0].message,
                "grok-imagine-video-1.5 requires exactly 1 reference image (image_urls or images)"
            );
        }
        other => panic!("{other:?}"),
    }
    // An empty prompt where one is required.
    assert_eq!(
        message(&VideoRequest::new(""), "aizfw"),
        "invalid request (nothing sent): aizfw: prompt: is required"
    );
    // acedata's preview model is image-to-video only.
    assert_eq!(
        message(&cat().model("grok-imagine-video-1.5-preview"), "acedata"),
        "invalid request (nothing sent): acedata: image_url (images): grok-imagine-video-1.5-preview \
         is image-to-video only and requires image_url"
    );
}

#[test]
fn operations_are_chosen_by_name_or_by_their_mapping() {
    let xai = provider("xai");
    assert_eq!(
        to_provider(&cat(), xai, None).unwrap().0.name(),
        "generations"
    );
    assert_eq!(
        to_provider(&cat(), xai, Some("generations"))
            .unwrap()
            .0
            .name(),
        "generations"
    );
    match to_provider(&cat(), xai, Some("edits")) {
        Err(Error::Unsupported {
            provider,
            field,
            limit,
        }) => {
            assert_eq!((provider.as_str(), field.as_str()), ("xai", "request"));
            assert_eq!(
                limit,
                "operation `edits` takes no provider-neutral request (its spec has no `unified:` mapping)"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        to_provider(&cat(), xai, Some("query"))
            .unwrap_err()
            .to_string(),
        "configuration error (nothing sent): xai has no create operation `query`; its create \
         operations: generations, edits, extensions"
    );
}

#[test]
fn unsupported_is_never_sent_and_never_retried() {
    let e = convert(&cat().resolution("1080p"), provider("acedata"), None).unwrap_err();
    assert!(e.was_not_sent());
    assert!(!e.is_retryable());
    assert!(e.violations().is_none());
}

#[test]
fn a_provider_that_maps_no_neutral_request_refuses_it_naming_itself() {
    let p = &fileonly::PROVIDER;
    assert!(kit::neutral_operation(p).is_none());
    assert!(!neutral_providers().iter().any(|q| q.id() == p.id()));
    let (field, limit) = unsupported(&cat(), p.id());
    assert_eq!(field, "request");
    assert!(
        limit.contains("`submit` takes no provider-neutral request"),
        "{limit}"
    );
    // Its capabilities still describe it, with no operation for the neutral request to land on.
    let caps = grokvid::capabilities(p);
    assert_eq!(caps.provider, "fileonly");
}
