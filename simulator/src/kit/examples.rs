//! Inputs for calls, from what a spec declares: a request fixture, the neutral request where the spec
//! maps one, or values its field table allows (defaults, enum values, limits).

use grokvid::rt::json_path;
use grokvid::spec::{Builtin, Field, Form, Kind, Operation, Role, Shape};
use grokvid::{Provider, VideoRequest};
use serde_json::{Map, Value};
use std::path::Path;

/// A request fixture as the input of a call, by wire name: the wire body unwrapped (`wrap`) and
/// flattened (nested params by dotted name), multipart
/// parts typed by the field table, path/query/header params merged, constants left out. Uploads keep the
/// file names the fixture gives ([`with_upload_files`] turns them into files).
pub fn request_input(op: &Operation, fixture: &Value) -> Value {
    let mut input = Map::new();
    if let Some(body) = fixture.get("json") {
        let fields = op.wrap().map_or(Some(body), |key| body.get(key));
        let fields = fields.and_then(Value::as_object).cloned();
        // Nested params by their dotted names; a misshapen group is the simulator's to report.
        let mut ignored = grokvid::Violations::new();
        input = grokvid::rt::validate::flatten(op, fields.unwrap_or_default(), &mut ignored);
    } else if let Some(mp) = fixture.get("multipart") {
        let texts = text_pairs(mp.get("fields"));
        let files: Vec<(String, String)> = mp
            .get("files")
            .and_then(Value::as_array)
            .map(|files| {
                files
                    .iter()
                    .filter_map(|f| {
                        Some((
                            f["name"].as_str()?.to_string(),
                            f["filename"].as_str()?.to_string(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Value::Object(map) = grokvid::rt::validate::json_from_parts(op, &texts, &files) {
            input = map;
        }
    }
    for section in ["path", "query", "headers"] {
        if let Some(Value::Object(params)) = fixture.get(section) {
            input.extend(params.clone());
        }
    }
    input.retain(|k, _| !op.consts().iter().any(|c| c.wire() == k));
    Value::Object(input)
}

/// A JSON object's entries as text pairs (multipart text fields).
fn text_pairs(value: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Object(map)) = value else {
        return Vec::new();
    };
    map.iter()
        .map(|(k, v)| {
            let text = v.as_str().map_or_else(|| v.to_string(), str::to_string);
            (k.clone(), text)
        })
        .collect()
}

/// A tiny valid PNG (1x1): the content of every upload the kit makes.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x64, 0xF8, 0xCF, 0x50,
    0x0F, 0x00, 0x03, 0x86, 0x01, 0x80, 0x5A, 0x34, 0x7D, 0x6B, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// The input with each upload's file name replaced by the path of a small PNG of that name in `dir`.
pub fn with_upload_files(op: &Operation, input: &Value, dir: &Path) -> Value {
    let mut input = input.clone();
    let Value::Object(map) = &mut input else {
        return input;
    };
    for field in op.params().iter().filter(|f| f.shape().holds_files()) {
        let Some(value) = map.get_mut(field.wire()) else {
            continue;
        };
        let write = |name: &Value| -> Value {
            let Some(name) = name.as_str() else {
                return name.clone();
            };
            let file_name = Path::new(name)
                .file_name()
                .map_or_else(|| "upload.png".into(), |n| n.to_os_string());
            let path = dir.join(file_name);
            let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, PNG));
            Value::from(path.to_string_lossy().into_owned())
        };
        *value = match &*value {
            Value::Array(items) => Value::Array(items.iter().map(write).collect()),
            other => write(other),
        };
    }
    input
}

/// The create operation the neutral request maps onto, when the spec declares a `unified:` mapping.
pub fn neutral_operation(provider: &'static Provider) -> Option<&'static Operation> {
    provider
        .operations()
        .iter()
        .copied()
        .find(|op| op.role() == Role::Create && op.unified().is_some())
}

/// The smallest neutral request `op` takes (a prompt, the images it requires, the first model its
/// `unified.when` names), mapped onto it.
pub(crate) fn neutral_input(
    provider: &'static Provider,
    op: &'static Operation,
    dir: &Path,
) -> Result<Value, String> {
    let caps = grokvid::capabilities::of_operation(provider, op);
    let mut req = VideoRequest::new("a cat surfing a wave at sunset");
    req.model = op
        .unified()
        .and_then(|u| u.when().models())
        .and_then(|models| models.first())
        .map(|m| m.to_string());
    for i in 0..caps.images.min {
        req.images.push(if caps.images.urls {
            grokvid::ImageInput::Url(format!("https://example.com/ref{i}.png"))
        } else {
            let path = dir.join(format!("ref{i}.png"));
            let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, PNG));
            grokvid::ImageInput::File(path)
        });
    }
    grokvid::rt::unified::convert(&req, provider, Some(op.name()))
        .map(|c| c.input)
        .map_err(|e| format!("the neutral request does not map: {e}"))
}

/// Values the field table allows for every required param of `op` and every one with a default
/// (the task id param left out), uploads written to `dir`.
pub fn sample_input(op: &Operation, dir: &Path) -> Value {
    let mut map = Map::new();
    for field in op.params().iter().filter(|f| !f.is_task_id()) {
        if (field.is_required() || field.default_value().is_some())
            && let Some(value) = sample_field(field, 0)
        {
            map.insert(field.wire().to_string(), value);
        }
    }
    with_upload_files(op, &Value::Object(map), dir)
}

fn sample_field(field: &Field, depth: usize) -> Option<Value> {
    if let Some(default) = field.default_value() {
        return Some(json_path::scalar_json(&default));
    }
    sample(field.shape(), depth)
}

/// One value of `shape` within its limits; objects get their required fields.
fn sample(shape: &Shape, depth: usize) -> Option<Value> {
    let limits = shape.limits();
    let number = || limits.min().or(limits.max()).unwrap_or(1.0);
    Some(match shape.kind() {
        Kind::Builtin(Builtin::String) => {
            let base = "a cat surfing a wave at sunset";
            let min = limits.min_length().unwrap_or(1);
            let max = limits.max_length().unwrap_or(base.len()).max(min);
            let mut text = base.repeat(min / base.len() + 1);
            text.truncate(max.min(text.len()));
            Value::from(text)
        }
        Kind::Builtin(b) => match (b, b.form()) {
            (_, Form::Integer) => Value::from(number().ceil() as i64),
            (_, Form::Number) => json_path::number_json(number()),
            (_, Form::Boolean) => Value::Bool(false),
            (Builtin::Url, _) => Value::from(sample_url(limits)),
            (_, Form::File) => Value::from("ref.png"),
            (_, Form::Any) => Value::Object(Map::new()),
            _ => json_path::scalar_json(&b.sample()),
        },
        Kind::Enum(info) => json_path::scalar_json(info.values().first()?),
        // A union's first member, the vendor's preferred one, within its limits.
        Kind::Union(members) => {
            let first = Shape::new(Kind::Builtin(*members.first()?)).with_limits(*limits);
            return sample(&first, depth);
        }
        Kind::Object(fields) if depth < 4 => {
            let mut map = Map::new();
            for f in fields.iter().filter(|f| f.is_required()) {
                map.insert(f.wire().to_string(), sample_field(f, depth + 1)?);
            }
            Value::Object(map)
        }
        Kind::Object(_) => return None,
        Kind::List(item) => {
            let n = limits.min_items().unwrap_or(1).max(1);
            let one = sample(item, depth + 1)?;
            Value::Array(vec![one; n])
        }
    })
}

/// A URL of the first scheme and format the limits allow (https and png when they say none).
fn sample_url(limits: &grokvid::spec::Limits) -> String {
    let format = limits.accept().first().copied().unwrap_or("png");
    match limits.schemes().first().copied().unwrap_or("https") {
        "data" => format!("data:image/{format};base64,AA=="),
        scheme => format!("{scheme}://example.com/ref.{format}"),
    }
}

/// An input for create operation `op` and where it came from: the neutral request where `op` maps one,
/// else its first request fixture in `fixtures`, else values from its field table. Uploads are written
/// to `dir`.
pub fn example_input(
    provider: &'static Provider,
    op: &'static Operation,
    fixtures: Option<&Path>,
    dir: &Path,
) -> Result<(String, Value), String> {
    if op.unified().is_some() {
        return neutral_input(provider, op, dir).map(|v| ("the neutral request".to_string(), v));
    }
    let example = fixtures.into_iter().find_map(|fixtures| {
        super::request_examples(provider, fixtures)
            .into_iter()
            .flatten()
            .find(|e| e.op.name() == op.name())
    });
    Ok(match example {
        Some(e) => (e.label, with_upload_files(op, &e.input, dir)),
        None => (
            "values from its field table".to_string(),
            sample_input(op, dir),
        ),
    })
}
