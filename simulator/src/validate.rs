//! Checking a request against its operation with the client's own runtime code, so the fake vendor
//! rejects exactly what a typed client refuses to send, with the same messages.
//!
//! The body is unwrapped (`wrap`), nested params are read back under their dotted names, its constants are stripped and checked, and the rest goes through
//! `check_object`; path, query and header params are typed with `json_from_parts` and
//! checked with `check_json`; then the rule engine runs on everything merged.

use crate::incoming::{Body, Incoming};
pub(crate) use grokvid::rt::validate::canonical;
use grokvid::rt::validate::{
    check as check_rules, check_json, check_object, flatten, json_from_parts,
};
use grokvid::spec::{BodyKind, Const, Operation, ParamLocation};
use grokvid::{Violation, Violations};
use serde_json::{Map, Value};

/// Every field of a request by wire name (path, query and header params included, constants left out),
/// or every violation found.
pub(crate) fn check(
    op: &Operation,
    incoming: &Incoming,
    path_params: &[(String, String)],
) -> Result<Map<String, Value>, Violations> {
    let mut violations = Violations::new();
    let mut fields = match op.body() {
        BodyKind::Json => json_body(op, &incoming.body, &mut violations),
        BodyKind::Multipart => multipart_body(op, &incoming.body, &mut violations),
        BodyKind::None => Map::new(),
    };
    for field in op
        .params()
        .iter()
        .filter(|f| f.location() != ParamLocation::Body)
    {
        let raw = raw_values(incoming, path_params, field.location(), field.wire());
        if raw.is_empty() {
            if field.is_required() {
                violations.push(Violation::new(field.wire(), "is required"));
            }
            continue;
        }
        let pairs: Vec<(String, String)> = raw
            .into_iter()
            .map(|v| (field.wire().to_string(), v))
            .collect();
        let typed = json_from_parts(op, &pairs, &[])
            .get(field.wire())
            .cloned()
            .unwrap_or(Value::Null);
        violations.extend(check_json(field.wire(), &typed, field.shape()));
        fields.insert(field.wire().to_string(), typed);
    }
    for c in op
        .consts()
        .iter()
        .filter(|c| c.location() != ParamLocation::Body)
    {
        let raw = raw_values(incoming, path_params, c.location(), c.wire());
        let value = raw.first().map(|t| Value::String(t.clone()));
        check_const(c, value.as_ref(), "", &mut violations);
    }
    crate::images::check(op, &fields, &mut violations);
    violations.extend(check_rules(op.rules(), &fields));
    violations.into_result().map(|()| fields)
}

/// The body fields of a JSON operation, unwrapped and flattened, with constants checked and removed.
fn json_body(op: &Operation, body: &Body, violations: &mut Violations) -> Map<String, Value> {
    let outer = match body {
        Body::Json(Value::Object(map)) => map.clone(),
        Body::Json(_) => {
            violations.push(Violation::new("body", "must be a JSON object"));
            return Map::new();
        }
        _ => Map::new(),
    };
    let (inner, prefix) = match op.wrap() {
        Some(key) => (unwrap(outer, key, violations), key),
        None => (outer, ""),
    };
    // Nested params (`input.prompt`) read back under their dotted names.
    let mut inner = flatten(op, inner, violations);
    for c in op
        .consts()
        .iter()
        .filter(|c| c.location() == ParamLocation::Body)
    {
        let value = inner.remove(c.wire());
        check_const(c, value.as_ref(), prefix, violations);
    }
    violations.extend(check_object(op.params(), &inner, prefix));
    inner
}

/// `{"input": {...}}` → the inner object; other top-level keys are reported.
fn unwrap(
    mut outer: Map<String, Value>,
    key: &str,
    violations: &mut Violations,
) -> Map<String, Value> {
    let inner = outer.remove(key);
    for extra in outer.keys() {
        let msg = format!("is not a field of this request (fields go under `{key}`)");
        violations.push(Violation::new(extra.clone(), msg));
    }
    match inner {
        Some(Value::Object(map)) => map,
        None | Some(Value::Null) => Map::new(),
        Some(_) => {
            violations.push(Violation::new(key, "must be an object"));
            Map::new()
        }
    }
}

/// The fields of a multipart operation, typed by the field table, with constants checked and removed.
fn multipart_body(op: &Operation, body: &Body, violations: &mut Violations) -> Map<String, Value> {
    let Body::Multipart(parts) = body else {
        return Map::new();
    };
    let mut texts = parts.texts.clone();
    for c in op
        .consts()
        .iter()
        .filter(|c| c.location() == ParamLocation::Body)
    {
        let at = texts.iter().position(|(name, _)| name == c.wire());
        let value = at.map(|i| Value::String(texts.remove(i).1));
        check_const(c, value.as_ref(), "", violations);
    }
    let files: Vec<(String, String)> = parts
        .files
        .iter()
        .map(|f| (f.name.clone(), f.file_name.clone()))
        .collect();
    let map = match json_from_parts(op, &texts, &files) {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    violations.extend(check_object(op.params(), &map, ""));
    map
}

/// A constant must be sent with its value.
fn check_const(c: &Const, value: Option<&Value>, prefix: &str, violations: &mut Violations) {
    let name = if prefix.is_empty() {
        c.wire().to_string()
    } else {
        format!("{prefix}.{}", c.wire())
    };
    match value {
        Some(v) if grokvid::rt::json_path::matches_scalar(v, &c.value()) => {}
        Some(v) => violations.push(Violation::new(
            name,
            format!("must be {} (got {v})", c.value()),
        )),
        None => violations.push(Violation::new(
            name,
            format!("is required (always {})", c.value()),
        )),
    }
}

/// The texts sent for a non-body param.
fn raw_values(
    incoming: &Incoming,
    path_params: &[(String, String)],
    location: ParamLocation,
    wire: &str,
) -> Vec<String> {
    match location {
        ParamLocation::Path => path_params
            .iter()
            .filter(|(k, _)| k == wire)
            .map(|(_, v)| v.clone())
            .collect(),
        ParamLocation::Query => incoming.query_values(wire),
        ParamLocation::Header => incoming.header_values(wire),
        ParamLocation::Body => Vec::new(),
    }
}

/// How many constants of `op` the request carries with the right value, or `None` when one is missing or
/// wrong; used to pick among operations sharing a method and path.
pub(crate) fn matching_consts(
    op: &Operation,
    incoming: &Incoming,
    path_params: &[(String, String)],
) -> Option<usize> {
    let mut matched = 0;
    for c in op.consts() {
        let value = match c.location() {
            ParamLocation::Body => body_value(op, &incoming.body, c.wire()),
            other => raw_values(incoming, path_params, other, c.wire())
                .into_iter()
                .next()
                .map(Value::String),
        };
        match value {
            Some(v) if grokvid::rt::json_path::matches_scalar(&v, &c.value()) => matched += 1,
            _ => return None,
        }
    }
    Some(matched)
}

/// A top-level body value (inside `wrap`), JSON or multipart text.
fn body_value(op: &Operation, body: &Body, wire: &str) -> Option<Value> {
    match body {
        Body::Json(value) => {
            let inner = op.wrap().map_or(Some(value), |key| value.get(key))?;
            inner.get(wire).cloned()
        }
        Body::Multipart(parts) => parts
            .texts
            .iter()
            .find(|(name, _)| name == wire)
            .map(|(_, text)| Value::String(text.clone())),
        _ => None,
    }
}
