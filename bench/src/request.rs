//! The request path, per vendor: build one typical create request, validate it, and serialize what
//! goes on the wire, once with the generated types and once with a hand-written serde struct of the
//! same shape (what a developer would write for that one vendor: plain fields, serde renames, the
//! vendor's checks as `if`s). Both sides produce a [`Wire`], and a test checks they are equal byte for
//! byte, so the benchmark compares equal work.

use grokvid::ApiRequest;
use grokvid::providers::{acedata, aizfw, geeknow, jimmyai, lumenhub, unified, xai};
use grokvid::rt::{Params, validate::json_body};
use serde::Serialize;

/// What goes on the wire for one create request.
#[derive(Debug, Default, PartialEq)]
pub struct Wire {
    /// The filled path, when the operation has path params.
    pub path: String,
    /// The JSON body (JSON operations).
    pub body: Vec<u8>,
    /// The multipart text parts (multipart operations).
    pub texts: Vec<(&'static str, String)>,
}

/// One request path: build, validate, serialize.
pub type Path = fn() -> Wire;

/// The vendors benchmarked, with their generated and hand-written request paths.
pub const VENDORS: &[(&str, Path, Path)] = &[
    ("acedata", gen_acedata, hand::acedata),
    ("aizfw", gen_aizfw, hand::aizfw),
    ("geeknow", gen_geeknow, hand::geeknow),
    ("jimmyai", gen_jimmyai, hand::jimmyai),
    ("lumenhub", gen_lumenhub, hand::lumenhub),
    ("unified", gen_unified, hand::unified),
    ("xai", gen_xai, hand::xai),
];

pub const PROMPT: &str = "A cat listening to music in the rain, cinematic lighting, slow dolly-in";
pub const IMAGE: &str = "https://cdn.example.com/inputs/cat-reference-01.png";

/// Validation, then what `HttpClient::send` encodes: params outside the body, the filled path, and
/// the JSON body (or the multipart text parts).
fn encode<R: ApiRequest>(request: &R) -> Wire {
    request.validate().expect("the typical request is valid");
    let op = R::operation();
    let params = Params::of(request);
    let path = if params.path.is_empty() {
        String::new()
    } else {
        grokvid::rt::validate::fill_path(*op.path(), &params.path)
    };
    match op.body() {
        grokvid::spec::BodyKind::Multipart => Wire {
            path,
            body: Vec::new(),
            texts: params.texts,
        },
        _ => Wire {
            path,
            body: json_body(request).expect("encodes"),
            texts: Vec::new(),
        },
    }
}

fn url(text: &str) -> grokvid::Url {
    grokvid::Url::new(text).expect("valid URL")
}

pub fn gen_acedata() -> Wire {
    let request = acedata::CreateRequest::new()
        .prompt(PROMPT)
        .model(acedata::Model::GrokImagineVideo)
        .image_url(url(IMAGE))
        .aspect_ratio(acedata::AspectRatio::R16x9)
        .resolution(acedata::Resolution::P720)
        .duration(acedata::Duration::new(8).expect("in range"))
        .run_async(true);
    encode(&request)
}

pub fn gen_aizfw() -> Wire {
    let request = aizfw::CreateRequest::new(aizfw::Model::GrokVideo3, PROMPT)
        .duration(10)
        .aspect_ratio(aizfw::AspectRatio::R16x9)
        .resolution(aizfw::Resolution::P720)
        .image_urls(vec![url(IMAGE)]);
    encode(&request)
}

pub fn gen_geeknow() -> Wire {
    let request = geeknow::CreateRequest::new(geeknow::Model::GrokVideo3, PROMPT)
        .aspect_ratio("16:9")
        .seconds(6)
        .size("720P");
    encode(&request)
}

pub fn gen_jimmyai() -> Wire {
    let request = jimmyai::CreateRequest::new(jimmyai::Model::GrokImagineVideo1_5, PROMPT)
        .image_urls(vec![url(IMAGE)])
        .duration(jimmyai::Duration::Ten)
        .ratio(jimmyai::Ratio::R16x9);
    encode(&request)
}

pub fn gen_lumenhub() -> Wire {
    let request = lumenhub::CreateRequest::new(
        lumenhub::Model::LumenGrokV1,
        lumenhub::Prompt::new(PROMPT).expect("valid prompt"),
    )
    .duration(lumenhub::Duration::new(6).expect("in range"))
    .fps(lumenhub::Fps::Fps24)
    .framing(lumenhub::Framing::Landscape)
    .guidance(lumenhub::Guidance::new(7.5).expect("in range"))
    .negative_prompt(lumenhub::NegativePrompt::new("blurry, low quality").expect("short"))
    .seed(lumenhub::Seed::new(42).expect("in range"))
    .looped(false);
    encode(&request)
}

pub fn gen_unified() -> Wire {
    let request = unified::CreateRequest::new(unified::Model::GrokVideo3, PROMPT)
        .aspect_ratio(unified::AspectRatio::R16x9)
        .size(unified::Size::P720)
        .images(vec![url(IMAGE)]);
    encode(&request)
}

pub fn gen_xai() -> Wire {
    let request = xai::GenerationsRequest::new(PROMPT)
        .model("grok-imagine-video")
        .duration(xai::Duration::new(8).expect("in range"))
        .aspect_ratio(xai::AspectRatio::R16x9)
        .resolution(xai::Resolution::P720)
        .image(xai::ImageRef::new(url(IMAGE)));
    encode(&request)
}

/// The hand-written baselines: one serde struct per vendor, the vendor's checks written out.
pub mod hand {
    use super::{IMAGE, PROMPT, Serialize, Wire};

    /// A hand-written client's URL check.
    fn is_url(text: &str) -> bool {
        (text.starts_with("https://") || text.starts_with("http://") || text.starts_with("data:"))
            && text.len() > 7
    }

    fn body(value: &impl Serialize) -> Wire {
        Wire {
            body: serde_json::to_vec(value).expect("encodes"),
            ..Wire::default()
        }
    }

    /// Panics on a problem, like the generated side's `expect`: the typical request is valid.
    fn check(ok: bool, what: &str) {
        assert!(ok, "{what}");
    }

    #[derive(Serialize, Clone, Copy, PartialEq)]
    enum AcedataModel {
        #[serde(rename = "grok-imagine-video")]
        GrokImagineVideo,
        #[serde(rename = "grok-imagine-video-1.5-preview")]
        #[allow(dead_code)]
        Preview,
    }

    #[derive(Serialize)]
    struct AcedataCreate {
        #[serde(skip_serializing_if = "Option::is_none")]
        prompt: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        model: Option<AcedataModel>,
        #[serde(skip_serializing_if = "Option::is_none")]
        image_url: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reference_image_urls: Option<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        aspect_ratio: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        resolution: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        duration: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        callback_url: Option<String>,
        #[serde(rename = "async", skip_serializing_if = "Option::is_none")]
        run_async: Option<bool>,
    }

    pub fn acedata() -> Wire {
        let r = AcedataCreate {
            prompt: Some(PROMPT.to_string()),
            model: Some(AcedataModel::GrokImagineVideo),
            image_url: Some(IMAGE.to_string()),
            reference_image_urls: None,
            aspect_ratio: Some("16:9"),
            resolution: Some("720p"),
            duration: Some(8),
            callback_url: None,
            run_async: Some(true),
        };
        check(r.duration.is_none_or(|d| (1..=15).contains(&d)), "duration");
        check(r.image_url.as_deref().is_none_or(is_url), "image_url");
        check(r.callback_url.as_deref().is_none_or(is_url), "callback_url");
        if let Some(urls) = &r.reference_image_urls {
            check(urls.iter().all(|u| is_url(u)), "reference_image_urls");
        }
        check(
            r.model != Some(AcedataModel::Preview) || r.image_url.is_some(),
            "preview needs image_url",
        );
        body(&r)
    }

    #[derive(Serialize, Clone, Copy, PartialEq)]
    enum AizfwModel {
        #[serde(rename = "grok_video3")]
        GrokVideo3,
        #[serde(rename = "grok_video3_pro")]
        #[allow(dead_code)]
        Pro,
    }

    #[derive(Serialize)]
    struct AizfwCreate {
        model: AizfwModel,
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        duration: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        aspect_ratio: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        resolution: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        image_urls: Option<Vec<String>>,
    }

    pub fn aizfw() -> Wire {
        let r = AizfwCreate {
            model: AizfwModel::GrokVideo3,
            prompt: PROMPT.to_string(),
            duration: Some(10),
            aspect_ratio: Some("16:9"),
            resolution: Some("720p"),
            image_urls: Some(vec![IMAGE.to_string()]),
        };
        if let Some(urls) = &r.image_urls {
            check(urls.iter().all(|u| is_url(u)), "image_urls");
        }
        match r.model {
            AizfwModel::GrokVideo3 => {
                check(r.duration.is_none_or(|d| (6..=30).contains(&d)), "6-30 s");
                check(
                    r.image_urls.as_ref().is_none_or(|u| u.len() <= 7),
                    "7 images",
                );
            }
            AizfwModel::Pro => {
                check(r.duration.is_none_or(|d| d == 10), "fixed 10 s");
                check(r.resolution.is_none(), "no resolution");
            }
        }
        body(&r)
    }

    #[derive(Clone, Copy, PartialEq)]
    enum GeeknowModel {
        GrokVideo3,
        #[allow(dead_code)]
        Pro,
        #[allow(dead_code)]
        Max,
    }

    impl GeeknowModel {
        fn as_str(self) -> &'static str {
            match self {
                GeeknowModel::GrokVideo3 => "grok-video-3",
                GeeknowModel::Pro => "grok-video-3-pro",
                GeeknowModel::Max => "grok-video-3-max",
            }
        }
    }

    /// Multipart: the struct's fields become text parts (no serde involved on either side). Like the
    /// generated client (`create(&request)`), the parts are built from a borrowed request.
    struct GeeknowCreate {
        model: GeeknowModel,
        prompt: String,
        aspect_ratio: Option<String>,
        seconds: Option<i64>,
        size: Option<String>,
    }

    pub fn geeknow() -> Wire {
        let r = GeeknowCreate {
            model: GeeknowModel::GrokVideo3,
            prompt: PROMPT.to_string(),
            aspect_ratio: Some("16:9".to_string()),
            seconds: Some(6),
            size: Some("720P".to_string()),
        };
        match r.model {
            GeeknowModel::Pro => check(r.seconds.is_none_or(|s| s == 10), "fixed 10 s"),
            GeeknowModel::Max => check(r.seconds.is_none_or(|s| s == 15), "fixed 15 s"),
            GeeknowModel::GrokVideo3 => {}
        }
        Wire {
            texts: r.parts(),
            ..Wire::default()
        }
    }

    impl GeeknowCreate {
        fn parts(&self) -> Vec<(&'static str, String)> {
            let mut texts = vec![
                ("model", self.model.as_str().to_string()),
                ("prompt", self.prompt.clone()),
            ];
            if let Some(v) = &self.aspect_ratio {
                texts.push(("aspect_ratio", v.clone()));
            }
            if let Some(v) = self.seconds {
                texts.push(("seconds", v.to_string()));
            }
            if let Some(v) = &self.size {
                texts.push(("size", v.clone()));
            }
            texts
        }
    }

    #[derive(Serialize)]
    struct JimmyaiCreate {
        model: &'static str,
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        image_urls: Option<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        images: Option<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        duration: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        ratio: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        orientation: Option<&'static str>,
    }

    pub fn jimmyai() -> Wire {
        let r = JimmyaiCreate {
            model: "grok-imagine-video-1.5",
            prompt: PROMPT.to_string(),
            image_urls: Some(vec![IMAGE.to_string()]),
            images: None,
            duration: Some(10),
            ratio: Some("16:9"),
            orientation: None,
        };
        let set = |v: &Option<Vec<String>>| v.as_ref().is_some_and(|v| !v.is_empty());
        for list in [&r.image_urls, &r.images].into_iter().flatten() {
            check(list.iter().all(|u| is_url(u)), "urls");
        }
        check(set(&r.image_urls) || set(&r.images), "one image");
        check(
            r.image_urls.as_ref().is_none_or(|v| v.len() == 1),
            "1 image",
        );
        check(r.images.as_ref().is_none_or(|v| v.len() == 1), "1 image");
        check(
            !(r.ratio.is_some() && r.orientation.is_some()),
            "ratio or orientation",
        );
        check(!(set(&r.image_urls) && set(&r.images)), "one list");
        body(&r)
    }

    #[derive(Serialize)]
    struct LumenhubInput {
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        duration: Option<i64>,
        fps: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        framing: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        guidance: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        init_image: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        style_refs: Option<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        negative_prompt: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        seed: Option<i64>,
        #[serde(rename = "loop", skip_serializing_if = "Option::is_none")]
        looped: Option<bool>,
    }

    #[derive(Serialize)]
    struct LumenhubCreate {
        input: LumenhubInput,
    }

    pub fn lumenhub() -> Wire {
        let model = "lumen-grok-v1";
        let input = LumenhubInput {
            prompt: PROMPT.to_string(),
            duration: Some(6),
            fps: 24,
            framing: Some("landscape"),
            guidance: Some(7.5),
            init_image: None,
            style_refs: None,
            negative_prompt: Some("blurry, low quality".to_string()),
            seed: Some(42),
            looped: Some(false),
        };
        let chars = input.prompt.chars().count();
        check((1..=2000).contains(&chars), "prompt length");
        check(
            input.duration.is_none_or(|d| (2..=12).contains(&d)),
            "duration",
        );
        check(
            input.guidance.is_none_or(|g| (1.0..=12.0).contains(&g)),
            "guidance",
        );
        check(
            input
                .negative_prompt
                .as_ref()
                .is_none_or(|n| n.chars().count() <= 500),
            "negative_prompt",
        );
        check(
            input.seed.is_none_or(|s| (0..=4_294_967_295).contains(&s)),
            "seed",
        );
        check(input.init_image.as_deref().is_none_or(is_url), "init_image");
        if let Some(refs) = &input.style_refs {
            check(
                refs.len() <= 3 && refs.iter().all(|u| is_url(u)),
                "style_refs",
            );
        }
        if model == "lumen-grok-v1-turbo" {
            check(input.duration.is_none_or(|d| d <= 8), "turbo duration");
            check(input.fps == 24, "turbo fps");
        }
        check(
            !(input.init_image.is_some()
                && input.style_refs.as_ref().is_some_and(|s| !s.is_empty())),
            "exclusive",
        );
        check(
            !(input.init_image.is_some() && input.framing.is_some()),
            "framing",
        );
        let mut wire = body(&LumenhubCreate { input });
        wire.path = format!("/v2/models/{model}/jobs");
        wire
    }

    #[derive(Serialize)]
    struct UnifiedCreate {
        model: &'static str,
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        aspect_ratio: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        size: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        images: Option<Vec<String>>,
    }

    pub fn unified() -> Wire {
        let r = UnifiedCreate {
            model: "grok-video-3",
            prompt: PROMPT.to_string(),
            aspect_ratio: Some("16:9"),
            size: Some("720P"),
            images: Some(vec![IMAGE.to_string()]),
        };
        if let Some(images) = &r.images {
            check(images.iter().all(|u| is_url(u)), "images");
        }
        body(&r)
    }

    #[derive(Serialize)]
    struct XaiImage {
        url: String,
    }

    #[derive(Serialize)]
    struct XaiReference {
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        file_id: Option<String>,
    }

    #[derive(Serialize)]
    struct XaiOutput {
        upload_url: String,
    }

    #[derive(Serialize)]
    struct XaiCreate {
        prompt: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        model: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        duration: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        aspect_ratio: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        resolution: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        size: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        image: Option<XaiImage>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reference_images: Option<Vec<XaiReference>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        output: Option<XaiOutput>,
        #[serde(skip_serializing_if = "Option::is_none")]
        user: Option<String>,
    }

    pub fn xai() -> Wire {
        let r = XaiCreate {
            prompt: PROMPT.to_string(),
            model: Some("grok-imagine-video".to_string()),
            duration: Some(8),
            aspect_ratio: Some("16:9"),
            resolution: Some("720p"),
            size: None,
            image: Some(XaiImage {
                url: IMAGE.to_string(),
            }),
            reference_images: None,
            output: None,
            user: None,
        };
        check(r.duration.is_none_or(|d| (1..=15).contains(&d)), "duration");
        check(r.image.as_ref().is_none_or(|i| is_url(&i.url)), "image");
        check(
            r.output.as_ref().is_none_or(|o| is_url(&o.upload_url)),
            "output",
        );
        if let Some(refs) = &r.reference_images {
            check(refs.len() <= 7, "7 references");
            check(
                refs.iter().all(|i| i.url.as_deref().is_none_or(is_url)),
                "reference urls",
            );
            check(r.image.is_none(), "image or reference_images");
            check(r.duration.is_none_or(|d| d <= 10), "10 s with references");
        }
        body(&r)
    }
}

#[cfg(test)]
mod tests {
    /// Both sides of every vendor put the same request on the wire (same JSON, parts and path), so the
    /// benchmark compares equal work.
    #[test]
    fn generated_and_hand_written_requests_are_the_same_on_the_wire() {
        let json =
            |bytes: &[u8]| -> Option<serde_json::Value> { serde_json::from_slice(bytes).ok() };
        for (vendor, generated, hand_written) in super::VENDORS {
            let (g, h) = (generated(), hand_written());
            assert_eq!(
                json(&g.body),
                json(&h.body),
                "{vendor}: generated {} vs hand-written {}",
                String::from_utf8_lossy(&g.body),
                String::from_utf8_lossy(&h.body)
            );
            assert_eq!((&g.path, &g.texts), (&h.path, &h.texts), "{vendor}");
            assert!(!g.body.is_empty() || !g.texts.is_empty(), "{vendor}");
        }
    }
}
