//! Writing into replies by spec path, and finding the documented type at a path.
//!
//! The runtime's `grokvid::path` only reads; a simulator must write the same paths (`a.b[0]`, `[*]`,
//! `@json`), creating objects and arrays on the way: the tables hold them parsed, and they are walked
//! here.

use grokvid::rt::json_path::{Path, Segment};
use grokvid::spec::{Builtin, Field, Form, Kind, Shape};
use serde_json::{Map, Value};

/// Longest array a spec index may make us build (spec paths are trusted, but stay bounded).
const MAX_INDEX: usize = 64;

/// Writes `value` at `path`, creating what is missing; `[*]` writes the first element. A malformed path
/// writes nothing.
pub(crate) fn write(root: &mut Value, path: &Path<'_>, value: Value) {
    write_segments(root, path.segments(), value);
}

fn write_segments(target: &mut Value, segs: &[Segment<'_>], value: Value) {
    let Some((seg, rest)) = segs.split_first() else {
        *target = value;
        return;
    };
    match seg {
        Segment::Key(key) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            if let Value::Object(map) = target {
                let entry = map.entry(key.to_string()).or_insert(Value::Null);
                write_segments(entry, rest, value);
            }
        }
        Segment::Index(_) | Segment::Any => {
            let index = match seg {
                Segment::Index(i) => (*i).min(MAX_INDEX),
                _ => 0,
            };
            if !target.is_array() {
                *target = Value::Array(Vec::new());
            }
            if let Value::Array(items) = target {
                while items.len() <= index {
                    items.push(Value::Null);
                }
                write_segments(&mut items[index], rest, value);
            }
        }
        Segment::Json => {
            let mut inner = match target {
                Value::String(text) => serde_json::from_str(text).unwrap_or(Value::Null),
                Value::Object(_) | Value::Array(_) => target.clone(),
                _ => Value::Null,
            };
            write_segments(&mut inner, rest, value);
            *target = Value::String(inner.to_string());
        }
    }
}

/// Removes the value at a path of plain keys (used for `absent` tests); other paths are left alone.
pub(crate) fn remove(root: &mut Value, path: &Path<'_>) {
    let Some((last, parents)) = path.segments().split_last() else {
        return;
    };
    let mut current = root;
    for seg in parents {
        let Segment::Key(key) = seg else { return };
        match current.get_mut(*key) {
            Some(next) => current = next,
            None => return,
        }
    }
    if let (Segment::Key(key), Value::Object(map)) = (last, current) {
        map.remove(*key);
    }
}

/// What the docs say about the value at a path.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Documented<'s> {
    /// A documented field of this shape.
    Shape(&'s Shape),
    /// Somewhere inside a `json` field: anything goes.
    Free,
}

impl Documented<'_> {
    fn kind(&self) -> Option<&Kind> {
        match self {
            Documented::Shape(s) => Some(s.kind()),
            Documented::Free => None,
        }
    }
}

/// The documented shape at `path` among `fields` (keys walk object fields, indexes walk list items).
pub(crate) fn documented<'s>(fields: &'s [Field], path: &Path<'_>) -> Option<Documented<'s>> {
    let (first, rest) = path.segments().split_first()?;
    let Segment::Key(key) = first else {
        return None;
    };
    let field = fields.iter().find(|f| f.wire() == *key)?;
    walk(field.shape(), rest)
}

fn walk<'s>(shape: &'s Shape, segs: &[Segment<'_>]) -> Option<Documented<'s>> {
    let Some((seg, rest)) = segs.split_first() else {
        return Some(Documented::Shape(shape));
    };
    match (shape.kind(), seg) {
        (Kind::Builtin(b), _) if b.form() == Form::Any => Some(Documented::Free),
        (Kind::Object(fields), Segment::Key(key)) => {
            let field = fields.iter().find(|f| f.wire() == *key)?;
            walk(field.shape(), rest)
        }
        (Kind::List(item), Segment::Index(_) | Segment::Any) => walk(item, rest),
        (Kind::Builtin(Builtin::String), Segment::Json) => Some(Documented::Free),
        _ => None,
    }
}

/// The object fields of the list items at `path` (batch replies: the shape of one task record).
pub(crate) fn item_fields(fields: &'static [Field], path: &Path<'_>) -> &'static [Field] {
    let Some((Segment::Key(key), rest)) = path.segments().split_first() else {
        return &[];
    };
    let Some(field) = fields.iter().find(|f| f.wire() == *key) else {
        return &[];
    };
    let mut shape: &'static Shape = field.shape();
    for seg in rest {
        shape = match (shape.kind(), seg) {
            (Kind::Object(fs), Segment::Key(k)) => match fs.iter().find(|f| f.wire() == *k) {
                Some(f) => f.shape(),
                None => return &[],
            },
            (Kind::List(item), Segment::Index(_) | Segment::Any) => item,
            _ => return &[],
        };
    }
    match shape.kind() {
        Kind::List(item) => match item.kind() {
            Kind::Object(fs) => fs,
            _ => &[],
        },
        _ => &[],
    }
}

/// A text value typed as the docs say: `"true"` becomes `true` for a boolean field, `"42"` becomes `42`
/// for an integer one; anything else stays text.
pub(crate) fn typed_text(doc: Option<Documented<'_>>, text: &str) -> Value {
    match doc
        .as_ref()
        .and_then(Documented::kind)
        .and_then(|k| k.parse_text(text))
    {
        Some(parsed) => scalar(&parsed),
        None => Value::String(text.to_string()),
    }
}

/// True when the documented type at the path is text (so progress is written as `"42%"`).
pub(crate) fn is_text(doc: Option<Documented<'_>>) -> bool {
    form(doc) == Some(Form::Text)
}

/// True when the documented type at the path is an object (an error is then `{"message": ...}`).
pub(crate) fn is_object(doc: Option<Documented<'_>>) -> bool {
    matches!(
        doc.as_ref().and_then(Documented::kind),
        Some(Kind::Object(_))
    )
}

/// True when the documented type at the path is a boolean.
pub(crate) fn is_boolean(doc: Option<Documented<'_>>) -> bool {
    form(doc) == Some(Form::Boolean)
}

/// The JSON form of the built-in type documented at the path, if it is one.
fn form(doc: Option<Documented<'_>>) -> Option<Form> {
    doc.as_ref()
        .and_then(Documented::kind)
        .and_then(Kind::builtin)
        .map(Builtin::form)
}

/// A spec literal as JSON.
pub(crate) use grokvid::rt::json_path::scalar_json as scalar;

/// A path with indexes and `@json` dropped (`response.data[*].state` → `response.data.state`), for
/// comparing documented field paths with mapping paths.
pub(crate) fn plain(path: &Path<'_>) -> String {
    path.segments()
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(*k),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(text: &str) -> Path<'static> {
        Path::leak(text).unwrap()
    }

    #[test]
    fn writes_nested_paths() {
        let mut v = json!({});
        write(&mut v, &p("data.task_id"), json!("t"));
        write(&mut v, &p("response.data[*].state"), json!("succeeded"));
        write(&mut v, &p("response.data[*].video_url"), json!("u"));
        write(&mut v, &p("result.job.outputs[0][0]"), json!("v"));
        write(&mut v, &p("payload.@json.url"), json!("w"));
        assert_eq!(
            v,
            json!({
                "data": {"task_id": "t"},
                "response": {"data": [{"state": "succeeded", "video_url": "u"}]},
                "result": {"job": {"outputs": [["v"]]}},
                "payload": "{\"url\":\"w\"}"
            })
        );
        assert_eq!(
            grokvid::rt::json_path::get(&v, &p("payload.@json.url")).as_deref(),
            Some(&json!("w"))
        );
        write(&mut v, &p("x[100000]"), json!(1));
        assert_eq!(v["x"].as_array().map(Vec::len), Some(MAX_INDEX + 1));
    }

    #[test]
    fn replaces_scalars_on_the_way() {
        let mut v = json!({"response": null, "list": 3});
        write(&mut v, &p("response.success"), json!(true));
        write(&mut v, &p("list[1]"), json!("b"));
        assert_eq!(
            v,
            json!({"response": {"success": true}, "list": [null, "b"]})
        );
        remove(&mut v, &p("response.success"));
        assert_eq!(v, json!({"response": {}, "list": [null, "b"]}));
        remove(&mut v, &p("list[1]"));
        remove(&mut v, &p("nope.deeper"));
    }

    #[test]
    fn plain_paths() {
        assert_eq!(plain(&p("response.data[*].state")), "response.data.state");
        assert_eq!(plain(&p("result.job.outputs[0][0]")), "result.job.outputs");
        assert_eq!(plain(&p("p.@json.url")), "p.url");
    }
}
