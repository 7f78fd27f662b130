//! Nested JSON bodies. A body param named by a dotted path (`input.prompt`) travels inside objects
//! (`{"input": {"prompt": ...}}`). Everywhere else a request is one flat map keyed by those names
//! (validation, rules, the neutral request, messages), so only the wire body nests: [`Nested`] lays
//! flat entries out (by `grokvid_spec::body`'s rule, the one a typed request's generated `Serialize`
//! follows, so both send the same bytes; a group with nothing set is left out), [`flatten`] reads a
//! received body back.

use crate::spec::{Operation, ParamLocation};
use crate::{Violation, Violations};
use grokvid_spec::body::{Node, Tree, is_inside};
use serde_json::{Map, Value};

/// Flat `(dotted name, value)` entries laid out as nested objects.
#[derive(Debug, Default)]
pub(crate) struct Nested(Tree<'static, Value>);

impl Nested {
    /// Places `value` at the dotted `name`.
    pub(crate) fn push(&mut self, name: &'static str, value: Value) {
        self.0.push(name, value);
    }
}

impl serde::Serialize for Nested {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Level(&self.0).serialize(serializer)
    }
}

/// One level of a [`Tree`] as a JSON object.
struct Level<'t>(&'t Tree<'static, Value>);

impl serde::Serialize for Level<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let entries = self.0.entries();
        let mut map = serializer.serialize_map(Some(entries.len()))?;
        for (key, node) in entries {
            match node {
                Node::Leaf(value) => map.serialize_entry(key, value)?,
                Node::Group(group) => map.serialize_entry(key, &Level(group))?,
            }
        }
        map.end()
    }
}

/// A JSON body as [`json_body`](crate::transport::request::json_body) wrote it, laid out again
/// without the params named in `dropped`: read back flat, then written in param order with the body
/// constants after them, as typed requests and the tables write a body (same bytes, a group left
/// with nothing set left out).
pub(crate) fn body_without(
    op: &Operation,
    bytes: &[u8],
    dropped: &[&str],
) -> serde_json::Result<Vec<u8>> {
    let mut value: Value = serde_json::from_slice(bytes)?;
    let inner = match op.wrap() {
        Some(key) => value.get_mut(key).map(Value::take),
        None => Some(value.take()),
    };
    let Some(Value::Object(inner)) = inner else {
        return Ok(bytes.to_vec());
    };
    // The body was written from a checked request: nothing to report here.
    let mut flat = flatten(op, inner, &mut Violations::new());
    let mut body = Nested::default();
    for field in op.params() {
        if field.location() == ParamLocation::Body
            && !dropped.contains(&field.wire())
            && let Some(value) = flat.remove(field.wire())
        {
            body.push(field.wire(), value);
        }
    }
    for c in op.consts() {
        if c.location() == ParamLocation::Body {
            body.push(c.wire(), crate::json_path::scalar_json(&c.value()));
        }
    }
    match op.wrap() {
        Some(key) => serde_json::to_vec(&std::collections::BTreeMap::from([(key, body)])),
        None => serde_json::to_vec(&body),
    }
}

/// True when some body param of `op` lives inside the object at dotted `name`.
fn is_group(op: &Operation, name: &str) -> bool {
    op.params()
        .iter()
        .any(|f| f.location() == ParamLocation::Body && is_inside(f.wire(), name))
}

/// True when `op` has a body param named by a dotted path.
pub fn has_nested(op: &Operation) -> bool {
    op.params()
        .iter()
        .any(|f| f.location() == ParamLocation::Body && f.wire().contains('.'))
}

/// A received JSON body (inside `wrap`) as the flat map validation reads: the objects that hold
/// nested params are opened and their entries keyed by dotted names. A group that is not an object,
/// or a nested param sent flat under its dotted name, is reported; other keys pass through (unknown
/// ones are reported by the body check).
pub fn flatten(
    op: &Operation,
    body: Map<String, Value>,
    out: &mut Violations,
) -> Map<String, Value> {
    if !has_nested(op) {
        return body;
    }
    let mut flat = Map::new();
    flatten_into(op, "", body, &mut flat, out);
    flat
}

fn flatten_into(
    op: &Operation,
    prefix: &str,
    body: Map<String, Value>,
    flat: &mut Map<String, Value>,
    out: &mut Violations,
) {
    for (key, value) in body {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if is_group(op, &name) {
            match value {
                Value::Object(inner) => flatten_into(op, &name, inner, flat, out),
                Value::Null => {}
                _ => out.push(Violation::new(name, "must be an object")),
            }
        } else if key.contains('.') && op.params().iter().any(|f| f.wire() == name) {
            let msg = format!(
                "goes nested (`{}`), not under a dotted key",
                nested_form(&name)
            );
            out.push(Violation::new(name, msg));
        } else {
            flat.insert(name, value);
        }
    }
}

/// `{"a": {"b": ...}}` for `a.b`, as a message shows it.
fn nested_form(name: &str) -> String {
    let mut text = String::new();
    let parts: Vec<&str> = name.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        if i + 1 < parts.len() {
            text.push_str(&format!("{{\"{part}\": "));
        } else {
            text.push_str(&format!("{{\"{part}\": ...}}"));
        }
    }
    text.push_str(&"}".repeat(parts.len() - 1));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_entries_serialize_as_objects() {
        let mut body = Nested::default();
        body.push("model", Value::from("m"));
        body.push("input.prompt", Value::from("p"));
        body.push("callback_url", Value::from("u"));
        body.push("input.opts.seed", Value::from(1));
        body.push("input.images", Value::from(vec!["a"]));
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"model":"m","input":{"prompt":"p","opts":{"seed":1},"images":["a"]},"callback_url":"u"}"#
        );
    }

    #[test]
    fn nested_form_reads_as_json() {
        assert_eq!(nested_form("a.b"), r#"{"a": {"b": ...}}"#);
        assert_eq!(nested_form("a.b.c"), r#"{"a": {"b": {"c": ...}}}"#);
    }
}
