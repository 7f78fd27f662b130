//! Requests of a provider known only by its tables (loaded from YAML at run time): a JSON object keyed
//! by wire names, checked with the validator the simulator judges received requests with, then laid
//! out as a typed request of the same operation would be (params, body constants, nesting, `wrap`, multipart
//! texts and files). Nothing is sent when a check fails.

use super::{Body, Prepared, check_path_segments};
use crate::json_path::{as_text, scalar_json};
use crate::spec::{BodyKind, Form, Kind, Operation, ParamLocation, Shape};
use crate::transport::nesting::Nested;
use crate::transport::request::{Encoded, Params};
use crate::transport::upload::Upload;
use crate::validate::limits::{check_json, check_object};
use crate::{Error, Violation};
use bytes::Bytes;
use serde_json::{Map, Value};

/// Checks `json` against `op`'s tables and prepares it for sending.
pub(crate) fn prepare(op: &'static Operation, json: Value) -> Result<Prepared, Error> {
    let fields = checked(op, json)?;
    layout(op, fields)
}

/// Checks and encodes `json` exactly as [`prepare`] would send it.
pub(crate) fn encode(op: &'static Operation, json: Value) -> Result<Encoded, Error> {
    let prepared = prepare(op, json)?;
    let json = match &prepared.body {
        Body::Json(bytes) => Some(
            serde_json::from_slice(bytes)
                .map_err(|e| Error::Config(format!("cannot encode the body: {e}")))?,
        ),
        Body::None | Body::Multipart => None,
    };
    Ok(Encoded::from_params(op, &prepared.params, json))
}

/// The request's fields after every check: values as given, `null` dropped (an unset optional
/// field), client defaults filled in, enum aliases replaced by their values.
fn checked(op: &'static Operation, json: Value) -> Result<Map<String, Value>, Error> {
    let Value::Object(mut fields) = json else {
        let msg = "must be a JSON object keyed by wire names";
        return Err(Error::Invalid(Violation::new(op.name(), msg).into()));
    };
    fields.retain(|_, value| !value.is_null());
    for field in op.params() {
        if field.sends_default()
            && let Some(default) = field.default_value()
        {
            let value = scalar_json(&default);
            fields.entry(field.wire()).or_insert(value);
        }
    }
    // Values in their wire form first (`6` → `"6"` for `wire: string`), as the vendor checks them.
    let mut fields = canonical(op, fields);
    // Body fields and unknown keys through the body check (unknown keys are reported there),
    // the other params one by one: as the simulator checks what it receives.
    let (others, body): (Map<String, Value>, Map<String, Value>) =
        fields.clone().into_iter().partition(|(key, _)| {
            op.params()
                .iter()
                .any(|f| f.wire() == key && f.location() != ParamLocation::Body)
        });
    let mut violations = check_object(op.params(), &body, "");
    for field in op
        .params()
        .iter()
        .filter(|f| f.location() != ParamLocation::Body)
    {
        match others.get(field.wire()) {
            Some(value) => violations.extend(check_json(field.wire(), value, field.shape())),
            None if field.is_required() => {
                violations.push(Violation::new(field.wire(), "is required"))
            }
            None => {}
        }
    }
    // Rules only once every value is valid: a rule's message about a mistyped value helps nobody.
    if violations.is_empty() {
        violations.extend(crate::validate::rules::check(op.rules(), &fields));
    }
    violations.into_result().map_err(Error::Invalid)?;
    // The vendor takes what breaks a `then: warn`/`drop` rule: said, and dropped fields left out.
    let warnings = crate::validate::rules::warnings(op.rules(), &fields);
    crate::validate::rules::trace(op.name(), &warnings);
    for w in warnings.iter().filter(|w| w.dropped) {
        fields.remove(&w.field);
    }
    Ok(fields)
}

/// Enum aliases replaced by the values they stand for (`grok-1.5` → `grok-imagine-video-1.5`), as a
/// typed request sends them and a vendor stores them; whole numbers sent as integers, and numbers of
/// `wire: string` fields as text.
pub fn canonical(op: &Operation, mut fields: Map<String, Value>) -> Map<String, Value> {
    for field in op.params() {
        let Some(value) = fields.get_mut(field.wire()) else {
            continue;
        };
        match field.shape().kind() {
            Kind::List(item) => {
                if let Value::Array(items) = value {
                    items.iter_mut().for_each(|v| canonical_value(item, v));
                }
            }
            _ => canonical_value(field.shape(), value),
        }
    }
    fields
}

fn canonical_value(shape: &Shape, value: &mut Value) {
    match (shape.kind(), &*value) {
        (Kind::Builtin(b), Value::Number(n)) if shape.limits().text_form() => {
            // `wire: string`: the number goes out as text; a fraction on an integer stays a
            // number, for the check to report.
            let whole = n.as_f64().and_then(crate::json_path::whole_number);
            match (b.form(), whole) {
                (Form::Integer, None) => {}
                (_, Some(whole)) => *value = Value::from(whole.to_string()),
                (_, None) => *value = Value::from(n.to_string()),
            }
        }
        (Kind::Enum(info), Value::String(text)) => {
            if let Some((_, canonical)) = info.aliases().iter().find(|(alias, _)| alias == text) {
                *value = Value::from(*canonical);
            } else if let Some(n) = info.integer_value(text) {
                // `"720"` given for the integer value 720 goes out as the vendor takes it: 720
                // (a typed request reads it so too).
                *value = Value::from(n);
            }
        }
        (kind, Value::Number(n)) if n.is_f64() && takes_numbers(kind) => {
            // A whole number goes out as an integer (`8`, not `8.0`), for `number` fields (and a
            // union's number member) too.
            if let Some(whole) = n.as_f64().and_then(crate::json_path::whole_number) {
                *value = Value::from(whole);
            }
        }
        _ => {}
    }
}

/// True for a number field, or a union with a number member.
fn takes_numbers(kind: &Kind) -> bool {
    match kind {
        Kind::Builtin(b) => b.form().is_numeric(),
        Kind::Union(members) => members.iter().any(|m| m.form().is_numeric()),
        _ => false,
    }
}

/// The checked fields placed where the spec sends them, in param order (dotted body names nested),
/// then the operation's constants (as `Params::of` and `json_body` place a typed request's).
fn layout(op: &'static Operation, mut fields: Map<String, Value>) -> Result<Prepared, Error> {
    let multipart = op.body() == BodyKind::Multipart;
    let mut params = Params::default();
    let mut body = Nested::default();
    for field in op.params() {
        let Some(value) = fields.remove(field.wire()) else {
            continue;
        };
        let wire = field.wire();
        match field.location() {
            ParamLocation::Path => texts(&mut params.path, wire, &value),
            ParamLocation::Query => texts(&mut params.query, wire, &value),
            ParamLocation::Header => texts(&mut params.headers, wire, &value),
            ParamLocation::Body if multipart && field.shape().holds_files() => {
                each(&value, &mut |item| {
                    let path = as_text(item).unwrap_or_default();
                    params.files.push((wire, Upload::from_path(path)));
                })
            }
            ParamLocation::Body if multipart => texts(&mut params.texts, wire, &value),
            ParamLocation::Body => body.push(wire, value),
        }
    }
    for c in op.consts() {
        let value = scalar_json(&c.value());
        match c.location() {
            ParamLocation::Path => texts(&mut params.path, c.wire(), &value),
            ParamLocation::Query => texts(&mut params.query, c.wire(), &value),
            ParamLocation::Header => texts(&mut params.headers, c.wire(), &value),
            ParamLocation::Body if multipart => texts(&mut params.texts, c.wire(), &value),
            ParamLocation::Body => body.push(c.wire(), value),
        }
    }
    check_path_segments(&params)?;
    let body = match op.body() {
        BodyKind::None => Body::None,
        BodyKind::Multipart => Body::Multipart,
        BodyKind::Json => {
            let bytes = match op.wrap() {
                Some(key) => serde_json::to_vec(&Wrapped(key, &body)),
                None => serde_json::to_vec(&body),
            }
            .map_err(|e| Error::Config(format!("cannot encode the request body: {e}")))?;
            Body::Json(Bytes::from(bytes))
        }
    };
    Ok(Prepared { params, body })
}

/// Each item of a list, or the value itself.
fn each(value: &Value, f: &mut dyn FnMut(&Value)) {
    match value {
        Value::Array(items) => items.iter().for_each(f),
        other => f(other),
    }
}

/// One text per value (per item of a list), as a typed request writes its params.
fn texts(out: &mut Vec<(&'static str, String)>, wire: &'static str, value: &Value) {
    each(value, &mut |item| {
        let text = as_text(item).unwrap_or_else(|| item.to_string());
        out.push((wire, text));
    });
}

/// `{key: object}`: the spec's `wrap`.
struct Wrapped<'a>(&'static str, &'a Nested);

impl serde::Serialize for Wrapped<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, self.1)?;
        map.end()
    }
}
