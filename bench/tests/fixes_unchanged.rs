//! The runtime fixes made for the benchmarks (see BENCHMARKS.md) change no observable result: each new
//! fast path is checked against the code it replaced, and the synthetic specs all generate.

use grokvid::rt::json_path::{Segment, segments};
use serde_json::{Value, json};

/// `fill_path` as it was before it became one pass (and before templates were parsed at build time).
fn fill_path_before(template: &str, values: &[(&'static str, String)]) -> String {
    let mut path = template.to_string();
    for (name, value) in values {
        let mut encoded = String::new();
        for byte in value.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~:@".contains(&byte) {
                encoded.push(byte as char);
            } else {
                encoded.push_str(&format!("%{byte:02X}"));
            }
        }
        path = path.replace(&format!("{{{name}}}"), &encoded);
    }
    path
}

#[test]
fn fill_path_is_unchanged() {
    let cases: &[(&str, &[(&'static str, &str)])] = &[
        ("/v2/models/{model}/jobs", &[("model", "lumen-grok-v1")]),
        (
            "/v1/videos/{task_id}/content",
            &[("task_id", "grok:a b/ü%?#")],
        ),
        ("/a/{x}/{y}/{x}", &[("x", "1"), ("y", "2"), ("x", "3")]),
        ("/a/{missing}/b", &[("x", "1")]),
        ("/a/{{x}}/{unclosed", &[("x", "v")]),
        ("/files/{id}.mp4", &[("id", "task_0001")]),
        ("{id}", &[("id", "")]),
        ("/plain", &[]),
        ("/a/{}/{x}", &[("", "e"), ("x", "{y}")]),
    ];
    // Templates the spec language's parser refuses never reach `fill_path` any more.
    let mut refused = Vec::new();
    for (template, pairs) in cases {
        let Ok(parsed) = grokvid_spec::template::parse(template) else {
            refused.push(*template);
            continue;
        };
        let values: Vec<(&'static str, String)> =
            pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
        assert_eq!(
            grokvid::rt::validate::fill_path(grokvid_spec::PathTemplate::new(&parsed), &values),
            fill_path_before(template, &values),
            "{template}"
        );
    }
    assert_eq!(
        refused,
        ["/a/{x}/{y}/{x}", "/a/{{x}}/{unclosed", "/a/{}/{x}"]
    );
}

/// `path::get` as it was for key-only paths: parse into segments, then walk the keys.
fn get_before(root: &Value, path: &str) -> Option<Value> {
    let mut current = root;
    for segment in segments(path).ok()? {
        match segment {
            Segment::Key(key) => current = current.get(key)?,
            other => panic!("not a key-only path: {other:?}"),
        }
    }
    let present = !current.is_null() && current.as_str() != Some("");
    present.then(|| current.clone())
}

/// `path::get` on a path parsed from its text (tables hold them parsed); a malformed path reads nothing.
fn get<'a>(root: &'a Value, text: &str) -> Option<std::borrow::Cow<'a, Value>> {
    let segs = segments(text).ok()?;
    grokvid::rt::json_path::get(root, &grokvid::rt::json_path::Path::new(&segs))
}

#[test]
fn plain_paths_resolve_as_before() {
    let root = json!({
        "id": "t1", "empty": "", "null": null, "zero": 0, "no": false,
        "data": {"task_id": "t2", "status": "done", "inner": {"url": "https://x/v.mp4", "blank": ""}},
        "list": [1, 2], "a@b": "at", "a": {"": "empty key"}
    });
    let paths = [
        "id",
        "empty",
        "null",
        "zero",
        "no",
        "missing",
        "data",
        "data.task_id",
        "data.status",
        "data.inner.url",
        "data.inner.blank",
        "data.inner.url.more",
        "data.missing.url",
        "list",
        "list.0",
        "id.x",
        "",
        ".",
        "a.",
        ".a",
        "a..b",
        "data..task_id",
        "a",
        "data.",
    ];
    for path in paths {
        assert_eq!(
            get(&root, path).map(|v| v.into_owned()),
            get_before(&root, path),
            "{path}"
        );
    }
    // Paths with indexes, wildcards or `@json` still take the full parser.
    assert_eq!(
        get(&root, "list[1]").map(|v| v.into_owned()),
        Some(json!(2))
    );
    assert_eq!(get(&root, "a@b").map(|v| v.into_owned()), Some(json!("at")));
}

#[test]
fn every_synthetic_spec_generates() {
    let options = grokvid_codegen::Options::default();
    for i in 0..1000 {
        let source = grokvid_bench::synth::spec(i);
        let params = grokvid_bench::synth::create_param_count(&source);
        assert!((10..=30).contains(&params), "spec {i}: {params} params");
        if let Err(problems) =
            grokvid_codegen::generate(&grokvid_bench::synth::file_name(i), &source, &options)
        {
            let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("synthetic spec {i}:\n{}", shown.join("\n"));
        }
    }
}
