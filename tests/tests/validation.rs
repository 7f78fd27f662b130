//! Table-driven validation tests: every field constraint (min/max, lengths, item counts, accepted file
//! formats, enums) and every rule of every spec in `specs/`, each case asserting the exact violations
//! (field and message, in order), plus passing cases right at each boundary.
//!
//! `validate()` reports, in this order: list lengths from field limits (in param order), file formats,
//! then the spec's rules (in rule order). Scalar limits are enforced earlier, by the checked newtypes.

mod common;

use common::{url, urls};
use grokvid::providers::{acedata, aizfw, geeknow, jimmyai, lumenhub, unified, xai};
use grokvid::{ApiRequest, Upload, Url, Violation, WireEnum};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use std::fmt::Debug;
use std::str::FromStr;

/// The exact violations expected, as `(field, message)` in order; empty means the value passes.
type Want<'a> = &'a [(&'a str, &'a str)];

const OK: Want<'static> = &[];

/// One row of a table: what a check returned and what it must return.
struct Case {
    name: &'static str,
    got: Vec<(String, String)>,
    want: Vec<(String, String)>,
}

fn owned(want: Want<'_>) -> Vec<(String, String)> {
    want.iter()
        .map(|(f, m)| (f.to_string(), m.to_string()))
        .collect()
}

/// A rule's custom message as reported for a value-checking rule (fixed, range, items, allowed):
/// the message, then ` (got X)` with the value given.
fn got(message: &str, value: impl std::fmt::Display) -> &'static str {
    Box::leak(format!("{message} (got {value})").into_boxed_str())
}

fn pairs(violations: impl IntoIterator<Item = Violation>) -> Vec<(String, String)> {
    violations
        .into_iter()
        .map(|v| (v.field, v.message))
        .collect()
}

/// A request checked with `validate()`.
fn req<R: ApiRequest>(name: &'static str, request: R, want: Want<'_>) -> Case {
    let got = match request.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => {
            assert!(!violations.is_empty(), "{name}: Err with no violations");
            pairs(violations)
        }
    };
    Case {
        name,
        got,
        want: owned(want),
    }
}

/// A checked constructor (newtype, `Url`, enum parse): at most one violation.
fn one<T>(name: &'static str, result: Result<T, Violation>, want: Want<'_>) -> Case {
    Case {
        name,
        got: pairs(result.err()),
        want: owned(want),
    }
}

/// Checks every row and reports every mismatch at once; returns the number of rows.
fn run(table: &str, cases: Vec<Case>) -> usize {
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for case in &cases {
        assert!(names.insert(case.name), "duplicate case name {}", case.name);
        if case.got != case.want {
            failures.push(format!(
                "{}\n    want: {:?}\n     got: {:?}",
                case.name, case.want, case.got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{table}: {} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    eprintln!("{table}: {} cases", cases.len());
    cases.len()
}

fn file(name: &str) -> Upload {
    Upload::from_bytes(name.to_string(), b"\x89PNG".to_vec())
}

// ---------------------------------------------------------------------------------------------------
// acedata
// ---------------------------------------------------------------------------------------------------

#[test]
fn acedata_create_and_batch_query() {
    use acedata::{BatchQueryRequest, CreateRequest, Duration, Model};
    const PREVIEW_NEEDS_IMAGE: Want = &[(
        "image_url",
        "grok-imagine-video-1.5-preview is image-to-video only and requires image_url",
    )];
    let d = |n| Duration::new(n).unwrap_or_else(|v| panic!("{v}"));
    let cases = vec![
        req(
            "empty request (text-to-video, vendor default model)",
            CreateRequest::new().prompt("a cat"),
            OK,
        ),
        req(
            "grok-imagine-video without image_url",
            CreateRequest::new()
                .prompt("a cat")
                .model(Model::GrokImagineVideo),
            OK,
        ),
        req(
            "1.5-preview without image_url (required)",
            CreateRequest::new()
                .prompt("a cat")
                .model(Model::GrokImagineVideo1_5Preview),
            PREVIEW_NEEDS_IMAGE,
        ),
        req(
            "1.5-preview with only reference_image_urls still needs image_url",
            CreateRequest::new()
                .model(Model::GrokImagineVideo1_5Preview)
                .reference_image_urls(urls(2)),
            PREVIEW_NEEDS_IMAGE,
        ),
        req(
            "1.5-preview with image_url",
            CreateRequest::new()
                .model(Model::GrokImagineVideo1_5Preview)
                .image_url(url("https://cdn.example.com/in.png")),
            OK,
        ),
        req(
            "duration at the minimum 1",
            CreateRequest::new().prompt("p").duration(d(1)),
            OK,
        ),
        req(
            "duration at the maximum 15, every field set",
            CreateRequest::new()
                .prompt("p")
                .model(Model::GrokImagineVideo1_5Preview)
                .image_url(url("data:image/png;base64,AAAA"))
                .reference_image_urls(urls(3))
                .aspect_ratio(acedata::AspectRatio::R9x16)
                .resolution(acedata::Resolution::P720)
                .duration(d(15))
                .callback_url(url("https://hooks.example.com/done"))
                .run_async(true),
            OK,
        ),
        req(
            "batch_query with no ids (min_items 1)",
            BatchQueryRequest::new(vec![]),
            &[("ids", "0 items given, at least 1 required")],
        ),
        req(
            "batch_query with exactly 1 id",
            BatchQueryRequest::new(vec!["t1".to_string()]),
            OK,
        ),
        req(
            "batch_query with 3 ids and paging",
            BatchQueryRequest::new(vec!["a".into(), "b".into(), "c".into()])
                .limit(10)
                .offset(0),
            OK,
        ),
        req("query", acedata::QueryRequest::new("t1"), OK),
        one(
            "Duration::new(0) below min",
            Duration::new(0),
            &[("duration", "0 is below the minimum 1")],
        ),
        one(
            "Duration::new(-3) below min",
            Duration::new(-3),
            &[("duration", "-3 is below the minimum 1")],
        ),
        one("Duration::new(1) at min", Duration::new(1), OK),
        one("Duration::new(15) at max", Duration::new(15), OK),
        one(
            "Duration::new(16) above max",
            Duration::new(16),
            &[("duration", "16 is above the maximum 15")],
        ),
    ];
    run("acedata", cases);
}

// ---------------------------------------------------------------------------------------------------
// aizfw
// ---------------------------------------------------------------------------------------------------

#[test]
fn aizfw_create() {
    use aizfw::{CreateRequest, Model, Resolution};
    const FORBIDDEN: (&str, &str) = (
        "resolution",
        "grok_video3_pro does not support choosing the resolution",
    );
    fn range(duration: i64) -> (&'static str, &'static str) {
        (
            "duration",
            got("grok_video3 supports 6-30 seconds", duration),
        )
    }
    fn fixed(duration: i64) -> (&'static str, &'static str) {
        (
            "duration",
            got("grok_video3_pro is fixed at 10 seconds", duration),
        )
    }
    fn items(n: usize) -> (&'static str, &'static str) {
        let message = "grok_video3 supports up to 7 reference images";
        ("image_urls", got(message, format!("{n} items")))
    }
    let v3 = || CreateRequest::new(Model::GrokVideo3, "a cat dancing in the rain");
    let pro = || CreateRequest::new(Model::GrokVideo3Pro, "a cat dancing in the rain");
    let cases = vec![
        req("grok_video3 text-to-video", v3(), OK),
        req(
            "grok_video3 duration 5 (range)",
            v3().duration(5),
            &[range(5)],
        ),
        req("grok_video3 duration 6 (min)", v3().duration(6), OK),
        req("grok_video3 duration 30 (max)", v3().duration(30), OK),
        req(
            "grok_video3 duration 31 (range)",
            v3().duration(31),
            &[range(31)],
        ),
        req(
            "grok_video3 duration 40 (range)",
            v3().duration(40),
            &[range(40)],
        ),
        req(
            "grok_video3 with resolution 720p",
            v3().resolution(Resolution::P720),
            OK,
        ),
        req(
            "grok_video3 with 7 image urls (max)",
            v3().image_urls(urls(7)),
            OK,
        ),
        req(
            "grok_video3 with 8 image urls (items)",
            v3().image_urls(urls(8)),
            &[items(8)],
        ),
        req(
            "grok_video3 with every field at its limits",
            v3().duration(30)
                .aspect_ratio(aizfw::AspectRatio::R2x3)
                .resolution(Resolution::P480)
                .image_urls(urls(7)),
            OK,
        ),
        req("grok_video3_pro without duration", pro(), OK),
        req(
            "grok_video3_pro duration 10 (fixed)",
            pro().duration(10),
            OK,
        ),
        req(
            "grok_video3_pro duration 6 (fixed)",
            pro().duration(6),
            &[fixed(6)],
        ),
        req(
            "grok_video3_pro duration 40: fixed only, not range",
            pro().duration(40),
            &[fixed(40)],
        ),
        req(
            "grok_video3_pro + resolution 720p (forbidden)",
            pro().resolution(Resolution::P720),
            &[FORBIDDEN],
        ),
        req(
            "grok_video3_pro + resolution 480p, even the default (forbidden)",
            pro().resolution(Resolution::P480),
            &[FORBIDDEN],
        ),
        req(
            "grok_video3_pro with 8 image urls (no limit documented)",
            pro().image_urls(urls(8)),
            OK,
        ),
        req(
            "grok_video3_pro: duration 6 + resolution, both reported",
            pro().duration(6).resolution(Resolution::P720),
            &[fixed(6), FORBIDDEN],
        ),
        req(
            "grok_video3: duration 40 + 8 image urls, both reported",
            v3().duration(40).image_urls(urls(8)),
            &[range(40), items(8)],
        ),
        req("query", aizfw::QueryRequest::new("video_1"), OK),
    ];
    run("aizfw", cases);
}

// ---------------------------------------------------------------------------------------------------
// geeknow
// ---------------------------------------------------------------------------------------------------

#[test]
fn geeknow_create() {
    use geeknow::{CreateRequest, Model};
    const GIF: (&str, &str) = (
        "input_reference",
        "\"clip.gif\" is a gif file; accepted formats: png, jpeg, webp",
    );
    fn pro_fixed(seconds: i64) -> (&'static str, &'static str) {
        let message = "grok-video-3-pro always renders 10 seconds";
        ("seconds", got(message, seconds))
    }
    fn max_fixed(seconds: i64) -> (&'static str, &'static str) {
        let message = "grok-video-3-max always renders 15 seconds";
        ("seconds", got(message, seconds))
    }
    let base = || CreateRequest::new(Model::GrokVideo3, "cat");
    let pro = || CreateRequest::new(Model::GrokVideo3Pro, "cat");
    let max = || CreateRequest::new(Model::GrokVideo3Max, "cat");
    let cases = vec![
        req("grok-video-3 seconds 6", base().seconds(6), OK),
        req(
            "grok-video-3 seconds 30 (not fixed)",
            base().seconds(30),
            OK,
        ),
        req("grok-video-3-pro without seconds", pro(), OK),
        req("grok-video-3-pro seconds 10", pro().seconds(10), OK),
        req(
            "grok-video-3-pro seconds 6 (fixed)",
            pro().seconds(6),
            &[pro_fixed(6)],
        ),
        req(
            "grok-video-3-pro seconds 15 (fixed)",
            pro().seconds(15),
            &[pro_fixed(15)],
        ),
        req("grok-video-3-max without seconds", max(), OK),
        req("grok-video-3-max seconds 15", max().seconds(15), OK),
        req(
            "grok-video-3-max seconds 10 (fixed)",
            max().seconds(10),
            &[max_fixed(10)],
        ),
        req(
            "upload clip.gif (accept)",
            base().input_reference(vec![file("clip.gif")]),
            &[GIF],
        ),
        req(
            "uploads png, jpg, JPEG and webp",
            base().input_reference(vec![
                file("a.png"),
                file("b.jpg"),
                file("c.JPEG"),
                file("d.webp"),
            ]),
            OK,
        ),
        req(
            "upload without an extension (accept)",
            base().input_reference(vec![file("reference")]),
            &[(
                "input_reference",
                "\"reference\" has no file extension; accepted: png, jpeg, webp",
            )],
        ),
        req(
            "two bad uploads among good ones: each reported, in order",
            base().input_reference(vec![file("clip.gif"), file("ok.png"), file("x.bmp")]),
            &[
                GIF,
                (
                    "input_reference",
                    "\"x.bmp\" is a bmp file; accepted formats: png, jpeg, webp",
                ),
            ],
        ),
        req(
            "grok-video-3-max seconds 6 + gif upload, both reported (files before rules)",
            max()
                .seconds(6)
                .aspect_ratio("2:3")
                .size("720P")
                .input_reference(vec![file("clip.gif")]),
            &[GIF, max_fixed(6)],
        ),
        req("query", geeknow::QueryRequest::new("video_abc123"), OK),
        req("content", geeknow::ContentRequest::new("video_abc123"), OK),
    ];
    run("geeknow", cases);
}

// ---------------------------------------------------------------------------------------------------
// jimmyai
// ---------------------------------------------------------------------------------------------------

#[test]
fn jimmyai_create() {
    use jimmyai::{CreateRequest, Duration, Model, Orientation, Ratio};
    const ONE_OF: (&str, &str) = (
        "image_urls",
        "grok-imagine-video-1.5 requires exactly 1 reference image (image_urls or images)",
    );
    fn urls_one(n: usize) -> (&'static str, &'static str) {
        let message = "image_urls must hold exactly 1 image";
        ("image_urls", got(message, format!("{n} items")))
    }
    fn images_one(n: usize) -> (&'static str, &'static str) {
        let message = "images must hold exactly 1 image";
        ("images", got(message, format!("{n} items")))
    }
    const RATIO_WINS: (&str, &str) = ("orientation", "orientation is ignored when ratio is set");
    const URLS_WIN: (&str, &str) = ("images", "images is ignored when image_urls is set");
    let new = || CreateRequest::new(Model::GrokImagineVideo1_5, "butterfly");
    let cases = vec![
        req("exactly 1 image_url", new().image_urls(urls(1)), OK),
        req("exactly 1 image in images", new().images(urls(1)), OK),
        req("neither image_urls nor images (one_of)", new(), &[ONE_OF]),
        req(
            "two image_urls (items)",
            new().image_urls(urls(2)),
            &[urls_one(2)],
        ),
        req(
            "empty image_urls counts as unset (one_of, not items)",
            new().image_urls(vec![]),
            &[ONE_OF],
        ),
        req(
            "two images (items)",
            new().images(urls(2)),
            &[images_one(2)],
        ),
        req(
            "empty images counts as unset (one_of, not items)",
            new().images(vec![]),
            &[ONE_OF],
        ),
        req(
            "1 image_url + empty images: images unset (no precedence)",
            new().image_urls(urls(1)).images(vec![]),
            OK,
        ),
        req(
            "empty image_urls + 1 image: image_urls unset (no precedence)",
            new().image_urls(vec![]).images(urls(1)),
            OK,
        ),
        // The vendor takes both and ignores the loser (`then: warn`): sent, with warnings.
        req(
            "both image_urls and images (precedence: a warning)",
            new().image_urls(urls(1)).images(urls(1)),
            OK,
        ),
        req(
            "both ratio and orientation (precedence: a warning)",
            new()
                .image_urls(urls(1))
                .ratio(Ratio::R16x9)
                .orientation(Orientation::Portrait),
            OK,
        ),
        req(
            "ratio only",
            new().image_urls(urls(1)).ratio(Ratio::R2x3),
            OK,
        ),
        req(
            "orientation only",
            new().images(urls(1)).orientation(Orientation::Landscape),
            OK,
        ),
        req(
            "duration 10 and 15",
            new().image_urls(urls(1)).duration(Duration::Fifteen),
            OK,
        ),
        req(
            "2 image_urls, 3 images, ratio and orientation: all reported",
            new()
                .image_urls(urls(2))
                .images(urls(3))
                .duration(Duration::Ten)
                .ratio(Ratio::R1x1)
                .orientation(Orientation::Landscape),
            &[urls_one(2), images_one(3)],
        ),
        req("query", jimmyai::QueryRequest::new("task_1"), OK),
    ];
    run("jimmyai", cases);
    // What the vendor does with the ignored fields, said as warnings.
    let both = new()
        .image_urls(urls(1))
        .images(urls(1))
        .ratio(Ratio::R1x1)
        .orientation(Orientation::Landscape);
    let shown: Vec<String> = both.warnings().iter().map(ToString::to_string).collect();
    let [ratio, urls] = [RATIO_WINS, URLS_WIN].map(|(field, message)| {
        format!("{field}: {message}; sent as given; the vendor ignores it")
    });
    assert_eq!(shown, [ratio, urls]);
}

// ---------------------------------------------------------------------------------------------------
// lumenhub
// ---------------------------------------------------------------------------------------------------

#[test]
fn lumenhub_create() {
    use lumenhub::{
        CreateRequest, Duration, Fps, Framing, Guidance, Model, NegativePrompt, Prompt, Seed,
    };
    fn turbo_duration(duration: i64) -> (&'static str, &'static str) {
        let message = "lumen-grok-v1-turbo renders at most 8 seconds";
        ("duration", got(message, duration))
    }
    fn turbo_fps(fps: i64) -> (&'static str, &'static str) {
        (
            "fps",
            got("lumen-grok-v1-turbo renders at 24 fps only", fps),
        )
    }
    const EXCLUSIVE: (&str, &str) = ("style_refs", "init_image and style_refs cannot be combined");
    const FRAMING: (&str, &str) = ("framing", "framing follows the init image");
    const REFS: (&str, &str) = ("style_refs", "4 items given, at most 3 allowed");
    let prompt = || Prompt::new("a lighthouse at dusk").unwrap_or_else(|v| panic!("{v}"));
    let d = |n| Duration::new(n).unwrap_or_else(|v| panic!("{v}"));
    let v1 = || CreateRequest::new(Model::LumenGrokV1, prompt());
    let turbo = || CreateRequest::new(Model::LumenGrokV1Turbo, prompt());
    let init = || url("https://img.example.com/first.png");
    let long = |n: usize, c: char| std::iter::repeat_n(c, n).collect::<String>();
    let cases = vec![
        req("lumen-grok-v1 minimal", v1(), OK),
        req("lumen-grok-v1 duration 12 (max)", v1().duration(d(12)), OK),
        req("lumen-grok-v1 duration 2 (min)", v1().duration(d(2)), OK),
        req("lumen-grok-v1 fps 30", v1().fps(Fps::Fps30), OK),
        req("turbo minimal (client default fps 24)", turbo(), OK),
        req("turbo duration 8 (rule max)", turbo().duration(d(8)), OK),
        req(
            "turbo duration 9 (range)",
            turbo().duration(d(9)),
            &[turbo_duration(9)],
        ),
        req(
            "turbo duration 12 (range)",
            turbo().duration(d(12)),
            &[turbo_duration(12)],
        ),
        req("turbo fps 24 (allowed)", turbo().fps(Fps::Fps24), OK),
        req(
            "turbo fps 30 (allowed)",
            turbo().fps(Fps::Fps30),
            &[turbo_fps(30)],
        ),
        req("init_image alone", v1().init_image(init()), OK),
        req("framing alone", v1().framing(Framing::Square), OK),
        req(
            "init_image + style_refs (exclusive)",
            v1().init_image(init()).style_refs(urls(1)),
            &[EXCLUSIVE],
        ),
        req(
            "init_image + empty style_refs: style_refs unset (not exclusive)",
            v1().init_image(init()).style_refs(vec![]),
            OK,
        ),
        req(
            "init_image + framing (forbidden when_set)",
            v1().init_image(init()).framing(Framing::Portrait),
            &[FRAMING],
        ),
        req("3 style_refs (max)", v1().style_refs(urls(3)), OK),
        req("no style_refs (empty list)", v1().style_refs(vec![]), OK),
        req(
            "4 style_refs (max_items)",
            v1().style_refs(urls(4)),
            &[REFS],
        ),
        req(
            "every optional field at a limit",
            v1().duration(d(12))
                .fps(Fps::Fps30)
                .framing(Framing::Landscape)
                .guidance(Guidance::new(12.0).unwrap_or_else(|v| panic!("{v}")))
                .style_refs(urls(3))
                .negative_prompt(
                    NegativePrompt::new(long(500, 'x')).unwrap_or_else(|v| panic!("{v}")),
                )
                .seed(Seed::new(4_294_967_295).unwrap_or_else(|v| panic!("{v}")))
                .looped(true),
            OK,
        ),
        req(
            "turbo: 4 style refs, duration 12, fps 30, init_image, framing: all reported",
            turbo()
                .duration(d(12))
                .fps(Fps::Fps30)
                .init_image(init())
                .style_refs(urls(4))
                .framing(Framing::Square),
            &[REFS, turbo_duration(12), turbo_fps(30), EXCLUSIVE, FRAMING],
        ),
        req("query", lumenhub::QueryRequest::new("job_1"), OK),
        req("cancel", lumenhub::CancelRequest::new("job_1"), OK),
        // Newtypes: prompt 1..=2000 characters.
        one(
            "Prompt empty (min_length)",
            Prompt::new(""),
            &[("prompt", "must not be empty")],
        ),
        one("Prompt 1 character (min)", Prompt::new("a"), OK),
        one(
            "Prompt 2000 characters (max)",
            Prompt::new(long(2000, 'x')),
            OK,
        ),
        one(
            "Prompt 2000 non-ASCII characters (counted in characters)",
            Prompt::new(long(2000, '日')),
            OK,
        ),
        one(
            "Prompt 2001 characters (max_length)",
            Prompt::new(long(2001, 'x')),
            &[("prompt", "is 2001 characters long, at most 2000 allowed")],
        ),
        // negative_prompt: at most 500 characters.
        one("NegativePrompt empty", NegativePrompt::new(""), OK),
        one(
            "NegativePrompt 500 characters (max)",
            NegativePrompt::new(long(500, 'n')),
            OK,
        ),
        one(
            "NegativePrompt 501 characters (max_length)",
            NegativePrompt::new(long(501, 'n')),
            &[(
                "negative_prompt",
                "is 501 characters long, at most 500 allowed",
            )],
        ),
        // duration 2..=12.
        one(
            "Duration 1 (min)",
            Duration::new(1),
            &[("duration", "1 is below the minimum 2")],
        ),
        one("Duration 2 (min)", Duration::new(2), OK),
        one("Duration 12 (max)", Duration::new(12), OK),
        one(
            "Duration 13 (max)",
            Duration::new(13),
            &[("duration", "13 is above the maximum 12")],
        ),
        // guidance 1.0..=12.0 (a number).
        one(
            "Guidance 0.99 (min)",
            Guidance::new(0.99),
            &[("guidance", "0.99 is below the minimum 1")],
        ),
        one("Guidance 1 (min)", Guidance::new(1.0), OK),
        one("Guidance 7.5", Guidance::new(7.5), OK),
        one("Guidance 12 (max)", Guidance::new(12.0), OK),
        one(
            "Guidance 12.5 (max)",
            Guidance::new(12.5),
            &[("guidance", "12.5 is above the maximum 12")],
        ),
        one(
            "Guidance NaN",
            Guidance::new(f64::NAN),
            &[("guidance", "is not a number")],
        ),
        // seed 0..=4294967295.
        one(
            "Seed -1 (min)",
            Seed::new(-1),
            &[("seed", "-1 is below the minimum 0")],
        ),
        one("Seed 0 (min)", Seed::new(0), OK),
        one("Seed 4294967295 (max)", Seed::new(4_294_967_295), OK),
        one(
            "Seed 4294967296 (max)",
            Seed::new(4_294_967_296),
            &[("seed", "4294967296 is above the maximum 4294967295")],
        ),
    ];
    run("lumenhub", cases);
}

// ---------------------------------------------------------------------------------------------------
// unified (no rules, no limits: only closed enums)
// ---------------------------------------------------------------------------------------------------

#[test]
fn unified_create() {
    use unified::{AspectRatio, CreateRequest, Model, Size};
    let new = || CreateRequest::new(Model::GrokVideo3, "cat fish --mode=custom");
    let cases = vec![
        req("text-to-video", new(), OK),
        req(
            "the seed's example: 9:16, 1080P, images []",
            new()
                .aspect_ratio(AspectRatio::R9x16)
                .size(Size::P1080)
                .images(vec![]),
            OK,
        ),
        req(
            "image-to-video with 3 images (no limit documented)",
            new()
                .aspect_ratio(AspectRatio::R2x3)
                .size(Size::P720)
                .images(urls(3)),
            OK,
        ),
        req("query", unified::QueryRequest::new("grok:abc"), OK),
    ];
    run("unified", cases);
}

// ---------------------------------------------------------------------------------------------------
// xai
// ---------------------------------------------------------------------------------------------------

#[test]
fn xai_generations_edits_extensions() {
    use xai::{
        Duration, EditsRequest, ExtensionsDuration, ExtensionsRequest, GenerationsRequest,
        ImageRef, Output, ReferenceImage, VideoRef,
    };
    const EXCLUSIVE: (&str, &str) = (
        "reference_images",
        "image and reference_images cannot be combined (one mode per request)",
    );
    fn ref_duration(duration: i64) -> (&'static str, &'static str) {
        let message = "duration is at most 10 seconds with reference_images";
        ("duration", got(message, duration))
    }
    const EIGHT: (&str, &str) = ("reference_images", "8 items given, at most 7 allowed");
    let d = |n| Duration::new(n).unwrap_or_else(|v| panic!("{v}"));
    let new = || GenerationsRequest::new("a fox in the snow");
    let image = || ImageRef::new(url("https://img.example.com/fox.png"));
    let refs = |n: usize| -> Vec<ReferenceImage> {
        (0..n)
            .map(|i| {
                if i % 2 == 0 {
                    ReferenceImage::new().url(url(&format!("https://img.example.com/r{i}.png")))
                } else {
                    ReferenceImage::new().file_id(format!("file_{i}"))
                }
            })
            .collect()
    };
    let video = || VideoRef::new(url("https://cdn.example.com/clip.mp4"));
    let cases = vec![
        req("text-to-video", new(), OK),
        req("text-to-video duration 15 (max)", new().duration(d(15)), OK),
        req("text-to-video duration 1 (min)", new().duration(d(1)), OK),
        req(
            "image-to-video, duration 15",
            new().image(image()).duration(d(15)),
            OK,
        ),
        req("1 reference image", new().reference_images(refs(1)), OK),
        req(
            "7 reference images (max_items)",
            new().reference_images(refs(7)),
            OK,
        ),
        req(
            "8 reference images (max_items)",
            new().reference_images(refs(8)),
            &[EIGHT],
        ),
        req(
            "image + reference_images (exclusive)",
            new().image(image()).reference_images(refs(1)),
            &[EXCLUSIVE],
        ),
        req(
            "image + empty reference_images: reference_images unset (not exclusive)",
            new().image(image()).reference_images(vec![]),
            OK,
        ),
        req(
            "empty reference_images + duration 15: unset (no when_set limit)",
            new().reference_images(vec![]).duration(d(15)),
            OK,
        ),
        req(
            "reference_images + duration 10 (when_set max)",
            new().reference_images(refs(2)).duration(d(10)),
            OK,
        ),
        req(
            "reference_images + duration 11 (when_set range)",
            new().reference_images(refs(2)).duration(d(11)),
            &[ref_duration(11)],
        ),
        req(
            "reference_images + duration 12 (when_set range)",
            new().reference_images(refs(2)).duration(d(12)),
            &[ref_duration(12)],
        ),
        req(
            "every generations field set",
            new()
                .model("grok-imagine-video")
                .duration(d(10))
                .aspect_ratio(xai::AspectRatio::R4x3)
                .resolution(xai::Resolution::P720)
                .size(xai::Size::V1280x720)
                .reference_images(refs(7))
                .output(Output::new(url("https://bucket.example.com/put?sig=1")))
                .user("u1"),
            OK,
        ),
        req(
            "image + 8 reference images + duration 12: all reported",
            new()
                .image(image())
                .reference_images(refs(8))
                .duration(d(12)),
            &[EIGHT, EXCLUSIVE, ref_duration(12)],
        ),
        req(
            "edits",
            EditsRequest::new("make it night", video())
                .model("grok-imagine-video")
                .output(Output::new(url("https://bucket.example.com/put")))
                .user("u1"),
            OK,
        ),
        req(
            "extensions duration 10 (max)",
            ExtensionsRequest::new(video())
                .prompt("keep going")
                .duration(ExtensionsDuration::new(10).unwrap_or_else(|v| panic!("{v}"))),
            OK,
        ),
        req("query", xai::QueryRequest::new("req_1"), OK),
        one(
            "Duration 0 (min)",
            Duration::new(0),
            &[("duration", "0 is below the minimum 1")],
        ),
        one("Duration 1 (min)", Duration::new(1), OK),
        one("Duration 15 (max)", Duration::new(15), OK),
        one(
            "Duration 16 (max)",
            Duration::new(16),
            &[("duration", "16 is above the maximum 15")],
        ),
        one(
            "ExtensionsDuration 1 (min)",
            ExtensionsDuration::new(1),
            &[("duration", "1 is below the minimum 2")],
        ),
        one("ExtensionsDuration 2 (min)", ExtensionsDuration::new(2), OK),
        one(
            "ExtensionsDuration 10 (max)",
            ExtensionsDuration::new(10),
            OK,
        ),
        one(
            "ExtensionsDuration 11 (max)",
            ExtensionsDuration::new(11),
            &[("duration", "11 is above the maximum 10")],
        ),
    ];
    run("xai", cases);
}

// ---------------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------------

#[test]
fn url_new() {
    let cases = vec![
        one(
            "ftp://x",
            Url::new("ftp://x"),
            &[(
                "url",
                "must be an http://, https:// or data: URL (got \"ftp://x\")",
            )],
        ),
        one(
            "https:// with nothing after",
            Url::new("https://"),
            &[(
                "url",
                "must be an http://, https:// or data: URL (got \"https://\")",
            )],
        ),
        one(
            "data: with nothing after",
            Url::new("data:"),
            &[(
                "url",
                "must be an http://, https:// or data: URL (got \"data:\")",
            )],
        ),
        one(
            "empty",
            Url::new(""),
            &[(
                "url",
                "must be an http://, https:// or data: URL (got \"\")",
            )],
        ),
        one(
            "bare host",
            Url::new("example.com/a.png"),
            &[(
                "url",
                "must be an http://, https:// or data: URL (got \"example.com/a.png\")",
            )],
        ),
        one("http://a", Url::new("http://a"), OK),
        one("https://x.y/z.png", Url::new("https://x.y/z.png"), OK),
        one("upper-case scheme", Url::new("HTTPS://X"), OK),
        one(
            "data URL",
            Url::new("data:image/png;base64,iVBORw0KGgo="),
            OK,
        ),
    ];
    run("url", cases);
}

#[test]
fn url_deserialize_rejects_bad_scheme() {
    let err = serde_json::from_value::<xai::ImageRef>(json!({"url": "ftp://x"}))
        .expect_err("ftp URL must be rejected");
    assert_eq!(
        err.to_string(),
        "url: must be an http://, https:// or data: URL (got \"ftp://x\")"
    );
    let ok: xai::ImageRef =
        serde_json::from_value(json!({"url": "https://a/b.png"})).expect("valid URL");
    assert_eq!(ok.url.as_str(), "https://a/b.png");
}

// ---------------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------------

/// Every variant survives Display -> FromStr and serde, on the vendor's spelling.
fn round_trips<T>() -> usize
where
    T: WireEnum
        + FromStr<Err = Violation>
        + Serialize
        + DeserializeOwned
        + Debug
        + std::fmt::Display,
{
    for (value, wire) in T::ALL.iter().zip(T::INFO.values()) {
        let text = value.to_string();
        assert_eq!(
            text,
            wire.to_string(),
            "{value:?} displays as its wire value"
        );
        assert_eq!(T::from_str(&text).ok(), Some(*value), "{text} parses");
        let json = serde_json::to_value(value).expect("serializes");
        let back: T = serde_json::from_value(json.clone()).expect("deserializes");
        assert_eq!(back, *value, "{json} round-trips");
    }
    T::ALL.len()
}

#[test]
fn request_enums_round_trip() {
    let variants = round_trips::<acedata::Model>()
        + round_trips::<acedata::AspectRatio>()
        + round_trips::<acedata::Resolution>()
        + round_trips::<aizfw::Model>()
        + round_trips::<aizfw::AspectRatio>()
        + round_trips::<aizfw::Resolution>()
        + round_trips::<geeknow::Model>()
        + round_trips::<jimmyai::Model>()
        + round_trips::<jimmyai::Duration>()
        + round_trips::<jimmyai::Ratio>()
        + round_trips::<jimmyai::Orientation>()
        + round_trips::<lumenhub::Model>()
        + round_trips::<lumenhub::Fps>()
        + round_trips::<lumenhub::Framing>()
        + round_trips::<unified::Model>()
        + round_trips::<unified::AspectRatio>()
        + round_trips::<unified::Size>()
        + round_trips::<xai::AspectRatio>()
        + round_trips::<xai::Resolution>()
        + round_trips::<xai::Size>();
    assert_eq!(variants, 61);
    // Integer enums serialize as numbers.
    assert_eq!(
        serde_json::to_value(jimmyai::Duration::Fifteen).ok(),
        Some(json!(15))
    );
    assert_eq!(
        serde_json::to_value(lumenhub::Fps::Fps30).ok(),
        Some(json!(30))
    );
}

#[test]
fn enum_values_outside_the_list_are_rejected() {
    let cases = vec![
        one(
            "acedata model grok-imagine-video-1.5 (not sold here)",
            "grok-imagine-video-1.5".parse::<acedata::Model>(),
            &[(
                "Model",
                "`grok-imagine-video-1.5` is not a valid Model; expected one of: grok-imagine-video, grok-imagine-video-1.5-preview",
            )],
        ),
        one(
            "acedata resolution 1080p",
            "1080p".parse::<acedata::Resolution>(),
            &[(
                "Resolution",
                "`1080p` is not a valid Resolution; expected one of: 480p, 720p",
            )],
        ),
        one(
            "aizfw aspect ratio 4:3",
            "4:3".parse::<aizfw::AspectRatio>(),
            &[(
                "AspectRatio",
                "`4:3` is not a valid AspectRatio; expected one of: 16:9, 9:16, 1:1, 3:2, 2:3",
            )],
        ),
        one(
            "aizfw model grok_video3_max (newer docs only)",
            "grok_video3_max".parse::<aizfw::Model>(),
            &[(
                "Model",
                "`grok_video3_max` is not a valid Model; expected one of: grok_video3, grok_video3_pro",
            )],
        ),
        one(
            "geeknow model is case-sensitive",
            "GROK-VIDEO-3".parse::<geeknow::Model>(),
            &[(
                "Model",
                "`GROK-VIDEO-3` is not a valid Model; expected one of: grok-video-3, grok-video-3-pro, grok-video-3-max",
            )],
        ),
        one(
            "jimmyai duration 12",
            "12".parse::<jimmyai::Duration>(),
            &[(
                "Duration",
                "`12` is not a valid Duration; expected one of: 10, 15",
            )],
        ),
        one(
            "jimmyai orientation square",
            "square".parse::<jimmyai::Orientation>(),
            &[(
                "Orientation",
                "`square` is not a valid Orientation; expected one of: landscape, portrait",
            )],
        ),
        one(
            "lumenhub fps 25",
            "25".parse::<lumenhub::Fps>(),
            &[("Fps", "`25` is not a valid Fps; expected one of: 24, 30")],
        ),
        one(
            "unified size 480P",
            "480P".parse::<unified::Size>(),
            &[(
                "Size",
                "`480P` is not a valid Size; expected one of: 720P, 1080P",
            )],
        ),
        one(
            "xai size 640x480",
            "640x480".parse::<xai::Size>(),
            &[(
                "Size",
                "`640x480` is not a valid Size; expected one of: 848x480, 1696x960, 1280x720, 1920x1080",
            )],
        ),
    ];
    run("enum parse", cases);
}

#[test]
fn jimmyai_model_aliases_normalize() {
    use jimmyai::Model;
    for text in ["grok-imagine-video-1.5", "grok-1.5", "grok_1_5"] {
        let parsed: Model = text.parse().unwrap_or_else(|v| panic!("{text}: {v}"));
        assert_eq!(parsed, Model::GrokImagineVideo1_5, "FromStr {text}");
        let from_json: Model =
            serde_json::from_value(json!(text)).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(from_json, Model::GrokImagineVideo1_5, "Deserialize {text}");
        assert_eq!(parsed.to_string(), "grok-imagine-video-1.5");
        assert_eq!(
            serde_json::to_value(parsed).ok(),
            Some(json!("grok-imagine-video-1.5"))
        );
        // A whole request read with an alias goes out with the canonical name.
        let request: jimmyai::CreateRequest = serde_json::from_value(
            json!({"model": text, "prompt": "p", "image_urls": ["https://a/b.png"]}),
        )
        .unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(request.validate(), Ok(()));
        let sent = serde_json::to_value(&request).expect("serializes");
        assert_eq!(
            sent,
            json!({"model": "grok-imagine-video-1.5", "prompt": "p", "image_urls": ["https://a/b.png"]})
        );
    }
    // Aliases are exact spellings, not a fuzzy match.
    assert!("Grok-1.5".parse::<Model>().is_err());
    assert!("grok-1-5".parse::<Model>().is_err());
}

#[test]
fn unknown_enum_deserialize_names_the_allowed_values() {
    let err = serde_json::from_value::<jimmyai::Model>(json!("grok-2")).expect_err("unknown model");
    assert_eq!(
        err.to_string(),
        "`grok-2` is not a valid Model; expected one of: grok-imagine-video-1.5"
    );
    let err = serde_json::from_value::<jimmyai::Duration>(json!(12)).expect_err("unknown duration");
    assert_eq!(
        err.to_string(),
        "`12` is not a valid Duration; expected one of: 10, 15"
    );
    let err =
        serde_json::from_str::<aizfw::CreateRequest>(r#"{"model": "grok_video4", "prompt": "p"}"#)
            .expect_err("unknown model in a request");
    let text = err.to_string();
    assert!(
        text.starts_with(
            "`grok_video4` is not a valid Model; expected one of: grok_video3, grok_video3_pro"
        ),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------------------
// Newtypes read from JSON go through the same checked constructor
// ---------------------------------------------------------------------------------------------------

#[test]
fn newtype_deserialize_checks_limits() {
    let err = serde_json::from_value::<acedata::Duration>(json!(0)).expect_err("below min");
    assert_eq!(err.to_string(), "duration: 0 is below the minimum 1");
    let err = serde_json::from_value::<acedata::Duration>(json!(16)).expect_err("above max");
    assert_eq!(err.to_string(), "duration: 16 is above the maximum 15");
    let ok: acedata::Duration = serde_json::from_value(json!(15)).expect("at max");
    assert_eq!(ok.get(), 15);

    let err = serde_json::from_value::<lumenhub::Guidance>(json!(12.5)).expect_err("above max");
    assert_eq!(err.to_string(), "guidance: 12.5 is above the maximum 12");
    let err = serde_json::from_value::<lumenhub::Prompt>(json!("")).expect_err("empty");
    assert_eq!(err.to_string(), "prompt: must not be empty");
    let err = serde_json::from_value::<lumenhub::Seed>(json!(4_294_967_296_i64)).expect_err("max");
    assert_eq!(
        err.to_string(),
        "seed: 4294967296 is above the maximum 4294967295"
    );

    // Inside a whole request, from text (serde_json adds the position).
    let err = serde_json::from_str::<xai::GenerationsRequest>(r#"{"prompt": "p", "duration": 20}"#)
        .expect_err("above max in a request");
    assert_eq!(
        err.to_string(),
        "duration: 20 is above the maximum 15 at line 1 column 31"
    );
    let err = serde_json::from_str::<xai::ExtensionsRequest>(
        r#"{"video": {"url": "https://a/v.mp4"}, "duration": 1}"#,
    )
    .expect_err("below min in a request");
    assert!(
        err.to_string()
            .starts_with("duration: 1 is below the minimum 2"),
        "{err}"
    );
    let err = serde_json::from_str::<lumenhub::CreateRequest>(
        r#"{"model": "lumen-grok-v1", "prompt": "p", "guidance": 0.5}"#,
    )
    .expect_err("below min in a request");
    assert_eq!(
        err.to_string(),
        "guidance: 0.5 is below the minimum 1 at line 1 column 58"
    );
}
