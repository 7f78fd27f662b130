//! The capability table against the specs: each provider's row is derived again here, independently,
//! from the YAML text (serde-saphyr into JSON, not the generated tables), and must match
//! `grokvid::capabilities`. The table is also checked against the conversion it describes.

use grokvid::capabilities::{Capabilities, Transport, Values};
use grokvid::providers;
use grokvid::rt::unified::convert;
use grokvid::{ImageInput, VideoRequest};
use serde_json::Value;
use std::path::Path;

/// Every spec file as JSON, by provider id.
fn specs() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let spec: Value =
                serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((spec["provider"]["id"].as_str().unwrap().to_string(), spec));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// The YAML's create operation with a `unified:` mapping.
fn create_op(spec: &Value) -> &Value {
    spec["operations"]
        .as_object()
        .unwrap()
        .values()
        .find(|op| op["role"] == "create" && op.get("unified").is_some())
        .expect("a create operation with a unified mapping")
}

/// `(neutral value, vendor value)` renames.
type Renames = Vec<(String, String)>;

/// `(param name, renames, key)` of a neutral field, when mapped.
fn neutral(op: &Value, name: &str) -> Option<(String, Renames, Option<String>)> {
    let m = op["unified"].get(name)?;
    if let Some(field) = m.as_str() {
        return Some((field.to_string(), Vec::new(), None));
    }
    let renames = m
        .get("values")
        .and_then(Value::as_object)
        .map(|values| values.iter().map(|(k, v)| (k.clone(), text(v))).collect())
        .unwrap_or_default();
    Some((text(&m["field"]), renames, m.get("key").map(text)))
}

fn to_neutral(renames: &[(String, String)], vendor: &str) -> String {
    renames
        .iter()
        .find(|(_, v)| v == vendor)
        .map_or(vendor.to_string(), |(k, _)| k.clone())
}

/// The enum values a param takes (inline `enum:` or a named type's), vendor spelling.
fn enum_values(spec: &Value, param: &Value) -> Option<Vec<String>> {
    let list = match param.get("enum") {
        Some(list) => list,
        None => spec["types"].get(param["type"].as_str()?)?.get("enum")?,
    };
    Some(
        list.as_array()?
            .iter()
            .map(|v| text(v.get("value").unwrap_or(v)))
            .collect(),
    )
}

/// A param's own values, before rules.
fn base(spec: &Value, param: &Value, renames: &[(String, String)]) -> Values {
    if let Some(values) = enum_values(spec, param) {
        return Values::OneOf {
            values: values.iter().map(|v| to_neutral(renames, v)).collect(),
        };
    }
    match param["type"].as_str() {
        Some("integer") | Some("number")
            if param.get("min").is_some() || param.get("max").is_some() =>
        {
            Values::Range {
                min: param.get("min").and_then(Value::as_i64),
                max: param.get("max").and_then(Value::as_i64),
            }
        }
        _ => Values::Any,
    }
}

/// Whether a rule applies to `model` (`None`: unconditional rules only). `when_set` holds only for
/// `assume_set`.
fn rule_applies(
    rule: &Value,
    model_param: Option<&str>,
    model: Option<&str>,
    assume_set: Option<&str>,
) -> bool {
    if let Some(set) = rule.get("when_set") {
        let fields: Vec<String> = match set {
            Value::Array(a) => a.iter().map(text).collect(),
            v => vec![text(v)],
        };
        if fields.iter().any(|f| Some(f.as_str()) != assume_set) {
            return false;
        }
    }
    let Some(when) = rule.get("when").and_then(Value::as_object) else {
        return true;
    };
    when.iter().all(|(field, values)| {
        let values: Vec<String> = match values {
            Value::Array(a) => a.iter().map(text).collect(),
            v => vec![text(v)],
        };
        Some(field.as_str()) == model_param && model.is_some_and(|m| values.iter().any(|v| v == m))
    })
}

/// A neutral field's values for `model`, from the YAML rules.
fn expected_values(
    spec: &Value,
    op: &Value,
    name: &str,
    model_param: Option<&str>,
    model: Option<&str>,
) -> Values {
    let Some((field, renames, _)) = neutral(op, name) else {
        return Values::Unsupported;
    };
    let mut values = base(spec, &op["params"][&field], &renames);
    for rule in op["rules"].as_array().into_iter().flatten() {
        if !rule_applies(rule, model_param, model, None) {
            continue;
        }
        if let Some(v) = rule.get("fixed").and_then(|f| f.get(&field)) {
            values = Values::Fixed {
                value: to_neutral(&renames, &text(v)),
            };
        }
        if let Some(r) = rule.get("range").and_then(|r| r.get(&field)) {
            let (lo, hi) = (
                r.get("min").and_then(Value::as_i64),
                r.get("max").and_then(Value::as_i64),
            );
            values = match values {
                Values::Range { min, max } => Values::Range {
                    min: match (min, lo) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    },
                    max: match (max, hi) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    },
                },
                _ => Values::Range { min: lo, max: hi },
            };
        }
        if let Some(list) = rule.get("forbidden").and_then(Value::as_array)
            && list.iter().any(|f| text(f) == field)
        {
            values = Values::Unsupported;
        }
        if let Some(allowed) = rule
            .get("allowed")
            .and_then(|a| a.get(&field))
            .and_then(Value::as_array)
        {
            let allowed: Vec<String> = allowed
                .iter()
                .map(|v| to_neutral(&renames, &text(v)))
                .collect();
            values = match values {
                Values::OneOf { values } => Values::OneOf {
                    values: values.into_iter().filter(|v| allowed.contains(v)).collect(),
                },
                _ => Values::OneOf { values: allowed },
            };
        }
    }
    values
}

/// `(min, max, urls, files, formats)` of the images param, for `model`.
fn expected_images(
    spec: &Value,
    op: &Value,
    model_param: Option<&str>,
    model: Option<&str>,
) -> (usize, Option<usize>, bool, bool, Vec<String>) {
    let Some((field, _, key)) = neutral(op, "images") else {
        return (0, Some(0), false, false, Vec::new());
    };
    let param = &op["params"][&field];
    let ty = param["type"].as_str().unwrap_or("");
    let (item, mut max) = match ty.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
        Some(item) => (
            item.to_string(),
            param
                .get("max_items")
                .and_then(Value::as_u64)
                .map(|m| m as usize),
        ),
        None => (ty.to_string(), Some(1)),
    };
    let leaf = match &key {
        Some(key) => text(&spec["types"][&item]["fields"][key]["type"]),
        None => item,
    };
    let mut min = usize::from(param["required"] == true);
    for rule in op["rules"].as_array().into_iter().flatten() {
        if !rule_applies(rule, model_param, model, Some(&field)) {
            continue;
        }
        if let Some(items) = rule.get("items").and_then(|i| i.get(&field)) {
            if let Some(hi) = items.get("max").and_then(Value::as_u64) {
                max = Some(max.map_or(hi as usize, |m| m.min(hi as usize)));
            }
            if let Some(lo) = items.get("min").and_then(Value::as_u64) {
                min = min.max(lo as usize);
            }
        }
        for key in ["required", "one_of"] {
            if rule.get("when_set").is_none()
                && rule
                    .get(key)
                    .and_then(Value::as_array)
                    .is_some_and(|l| l.iter().any(|f| text(f) == field))
            {
                min = min.max(1);
            }
        }
    }
    let formats = param["accept"]
        .as_array()
        .map_or_else(Vec::new, |a| a.iter().map(text).collect());
    (
        min,
        max,
        leaf == "url" || leaf == "string",
        leaf == "file",
        formats,
    )
}

fn caps_of(id: &str) -> Capabilities {
    let p = providers::ALL.iter().find(|p| p.id() == id).unwrap();
    grokvid::capabilities(p)
}

#[test]
fn every_spec_has_a_row_and_every_row_a_spec() {
    let ids: Vec<String> = specs().into_iter().map(|(id, _)| id).collect();
    let rows: Vec<String> = grokvid::capabilities::all()
        .iter()
        .map(|c| c.provider.to_string())
        .collect();
    assert_eq!(ids, rows);
}

#[test]
fn identity_transport_and_extras_follow_the_specs() {
    for (id, spec) in specs() {
        let caps = caps_of(&id);
        let op = create_op(&spec);
        assert_eq!(caps.name, spec["provider"]["name"].as_str().unwrap());
        assert_eq!(caps.key_env, spec["auth"]["env"].as_str().unwrap());
        let body = op.get("body").and_then(Value::as_str).unwrap_or("json");
        let transport = match body {
            "multipart" => Transport::Multipart,
            "json" => Transport::Json,
            _ => Transport::None,
        };
        assert_eq!(caps.transport, transport, "{id}");
        let mapped: Vec<String> = [
            "prompt",
            "model",
            "duration",
            "aspect_ratio",
            "resolution",
            "images",
        ]
        .iter()
        .filter_map(|n| neutral(op, n).map(|(f, ..)| f))
        .collect();
        let extras: Vec<String> = op["params"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| !mapped.contains(k))
            .cloned()
            .collect();
        let mut got: Vec<String> = caps.extras.iter().map(|s| s.to_string()).collect();
        let mut want = extras;
        got.sort();
        want.sort();
        assert_eq!(got, want, "{id}");
    }
}

#[test]
fn models_are_the_model_params_values_and_the_default_is_the_specs() {
    for (id, spec) in specs() {
        let caps = caps_of(&id);
        let op = create_op(&spec);
        let Some((field, renames, _)) = neutral(op, "model") else {
            assert_eq!(caps.models, Values::Unsupported, "{id}");
            continue;
        };
        let param = &op["params"][&field];
        match enum_values(&spec, param) {
            Some(values) => {
                let want: Vec<String> = values.iter().map(|v| to_neutral(&renames, v)).collect();
                assert_eq!(
                    caps.models,
                    Values::OneOf {
                        values: want.clone()
                    },
                    "{id}"
                );
                let per: Vec<&str> = caps.per_model.iter().map(|m| m.model.as_str()).collect();
                assert_eq!(
                    per,
                    want.iter().map(String::as_str).collect::<Vec<_>>(),
                    "{id}"
                );
                let default = param
                    .get("default")
                    .map(text)
                    .or_else(|| (param["required"] == true).then(|| values[0].clone()));
                assert_eq!(
                    caps.default_model,
                    default.map(|d| to_neutral(&renames, &d)),
                    "{id}"
                );
            }
            None => {
                assert_eq!(caps.models, Values::Any, "{id}");
                assert!(caps.per_model.is_empty());
            }
        }
    }
}

#[test]
fn durations_ratios_and_resolutions_follow_the_params_and_rules() {
    for (id, spec) in specs() {
        let caps = caps_of(&id);
        let op = create_op(&spec);
        let model_param = neutral(op, "model").map(|(f, ..)| f);
        let mp = model_param.as_deref();
        assert_eq!(
            caps.durations,
            expected_values(&spec, op, "duration", mp, None),
            "{id}"
        );
        assert_eq!(
            caps.aspect_ratios,
            expected_values(&spec, op, "aspect_ratio", mp, None),
            "{id}"
        );
        assert_eq!(
            caps.resolutions,
            expected_values(&spec, op, "resolution", mp, None),
            "{id}"
        );
        let renames = neutral(op, "model").map(|(_, r, _)| r).unwrap_or_default();
        for m in &caps.per_model {
            let vendor = renames
                .iter()
                .find(|(k, _)| *k == m.model)
                .map_or(m.model.clone(), |(_, v)| v.clone());
            let at = Some(vendor.as_str());
            let ctx = format!("{id} {}", m.model);
            assert_eq!(
                m.durations,
                expected_values(&spec, op, "duration", mp, at),
                "{ctx}"
            );
            assert_eq!(
                m.aspect_ratios,
                expected_values(&spec, op, "aspect_ratio", mp, at),
                "{ctx}"
            );
            assert_eq!(
                m.resolutions,
                expected_values(&spec, op, "resolution", mp, at),
                "{ctx}"
            );
            let (min, max, ..) = expected_images(&spec, op, mp, at);
            assert_eq!((m.min_images, m.max_images), (min, max), "{ctx}");
        }
    }
}

#[test]
fn image_limits_and_kinds_follow_the_param_type() {
    for (id, spec) in specs() {
        let caps = caps_of(&id);
        let op = create_op(&spec);
        let mp = neutral(op, "model").map(|(f, ..)| f);
        let (min, max, urls, files, formats) = expected_images(&spec, op, mp.as_deref(), None);
        let i = &caps.images;
        assert_eq!(
            i.field.map(str::to_string),
            neutral(op, "images").map(|(f, ..)| f),
            "{id}"
        );
        assert_eq!(
            (i.min, i.max, i.urls, i.files),
            (min, max, urls, files),
            "{id}"
        );
        assert_eq!(i.formats, formats, "{id}");
    }
}

#[test]
fn the_table_describes_what_conversion_does() {
    // Whatever the table lists is accepted; one step outside a range is refused.
    for caps in grokvid::capabilities::all() {
        let p = providers::ALL
            .iter()
            .find(|p| p.id() == caps.provider)
            .unwrap();
        let mut base = VideoRequest::new("a cat");
        for i in 0..caps.images.min {
            base.images
                .push(ImageInput::Url(format!("https://example.com/{i}.png")));
        }
        if !caps.images.urls && caps.images.min > 0 {
            continue;
        }
        for m in &caps.per_model {
            let mut req = base.clone().model(m.model.clone());
            while req.images.len() < m.min_images {
                let n = req.images.len();
                req.images
                    .push(ImageInput::Url(format!("https://example.com/{n}.png")));
            }
            if let Values::Range { max: Some(max), .. } = m.durations {
                assert!(
                    convert(&req.clone().duration(max as u32), p, None).is_ok(),
                    "{} {}",
                    caps.provider,
                    m.model
                );
                assert!(
                    convert(&req.clone().duration(max as u32 + 1), p, None).is_err(),
                    "{} {}",
                    caps.provider,
                    m.model
                );
            }
            if let Values::Fixed { value } = &m.durations {
                let fixed: u32 = value.parse().unwrap();
                assert!(convert(&req.clone().duration(fixed), p, None).is_ok());
                assert!(convert(&req.clone().duration(fixed + 1), p, None).is_err());
            }
        }
        if let Some(max) = caps.images.max.filter(|_| caps.images.urls) {
            let mut req = base.clone();
            req.images = (0..=max)
                .map(|i| ImageInput::Url(format!("https://example.com/{i}.png")))
                .collect();
            assert!(
                convert(&req, p, None).is_err(),
                "{}: {} images",
                caps.provider,
                max + 1
            );
        }
    }
}

#[test]
fn the_table_lists_every_provider_once_with_its_columns() {
    let all = grokvid::capabilities::all();
    let table = grokvid::capabilities::table(&all);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), all.len() + 1);
    assert!(
        lines[0].starts_with("provider")
            && lines[0].contains("resolutions")
            && lines[0].contains("images")
    );
    for (line, caps) in lines[1..].iter().zip(&all) {
        assert!(line.starts_with(caps.provider), "{line}");
        assert!(line.contains(&caps.transport.to_string()), "{line}");
    }
    // It fits a 100-column terminal; cut cells end with `…` (each provider's Display has them whole).
    for line in &lines {
        assert!(
            line.chars().count() <= grokvid::capabilities::TABLE_WIDTH,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(table.contains("480p, 720p"), "{table}");
    assert!(table.contains('…'), "{table}");
    let one = caps_of("geeknow").to_string();
    assert!(one.starts_with("geeknow (GeekNow)\n"), "{one}");
    assert!(one.contains("files (png/jpeg/webp)"), "{one}");
    // The JSON form scripts read.
    let json = serde_json::to_value(caps_of("lumenhub")).unwrap();
    assert_eq!(
        json["durations"],
        serde_json::json!({"kind": "range", "min": 2, "max": 12})
    );
    assert_eq!(
        json["resolutions"],
        serde_json::json!({"kind": "unsupported"})
    );
    assert_eq!(json["transport"], "json");
}
