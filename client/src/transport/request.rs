//! What a generated request type provides, and the pieces of a request outside its JSON body.

use crate::Violations;
use crate::spec::{Kind, Operation, ParamLocation, PathTemplate, Shape};
use crate::transport::upload::{Upload, Uploads};
use crate::validate::rules::FieldAccess;
use crate::validate::violation::Warning;
use crate::validate::wire::WireTexts;

/// Implemented by every generated request struct.
pub trait ApiRequest: FieldAccess + serde::Serialize + Sized {
    /// The typed reply.
    type Response;

    /// The operation's table in the provider's `PROVIDER` static.
    fn operation() -> &'static Operation;

    /// Path, query, header and multipart params (JSON body fields are serialized instead).
    fn write_params(&self, _out: &mut Params) {}

    /// File format checks of multipart uploads.
    fn check_files(&self, _violations: &mut Violations) {}

    /// Checks of union params (`type: [integer, string]`), whose variants hold plain values: each
    /// is checked against its member's limits here, before anything is sent.
    fn check_unions(&self, _violations: &mut Violations) {}

    /// True when every rule of the operation and every list-length limit of its params hold, checked
    /// straight on the fields (generated code, with the spec's literals inlined, calling the same
    /// [`FieldRef`](crate::validate::rules::FieldRef) predicates as the rule engine). `false` means "not known to
    /// hold": [`validate`](Self::validate) then runs the table-driven engine, which words the violations.
    fn rules_hold(&self) -> bool {
        false
    }

    /// The spec's `then: warn` / `then: drop` rules this request breaks: sent anyway, each saying
    /// what the vendor will really do (a dropped field is left out). Empty for most requests.
    fn warnings(&self) -> Vec<Warning> {
        let rules = Self::operation().rules();
        if rules.iter().all(|r| r.then() == crate::spec::Then::Reject) {
            return Vec::new();
        }
        crate::validate::rules::warnings(rules, self)
    }

    /// Every violation at once: list lengths, file formats, unions and the spec's rules. Other
    /// field-level limits are already guaranteed by the checked newtypes.
    #[inline]
    fn validate(&self) -> Result<(), Violations> {
        let mut violations = Violations::new();
        if self.rules_hold() {
            // Lists and rules hold: only file formats and unions can still fail.
            self.check_files(&mut violations);
            self.check_unions(&mut violations);
            return violations.into_result();
        }
        list_violations(self, &mut violations);
        self.check_files(&mut violations);
        self.check_unions(&mut violations);
        rule_violations(self, &mut violations);
        violations.into_result()
    }
}

/// The list-length violations of a request's params, found through the operation's field table (in
/// param order), as [`ApiRequest::validate`] reports them when [`ApiRequest::rules_hold`] is false.
pub fn list_violations<R: ApiRequest>(request: &R, out: &mut Violations) {
    for field in R::operation().params() {
        // Only list params are looked up (a lookup matches the wire name against every field).
        if let Kind::List(_) = field.shape().kind()
            && let crate::validate::rules::FieldRef::Items(count) = request.field(field.wire())
            && let Err(v) =
                crate::validate::limits::check_items(field.wire(), count, field.shape().limits())
        {
            out.push(v);
        }
    }
}

/// The violations of the operation's rules, found by the rule engine (in rule order).
pub fn rule_violations<R: ApiRequest>(request: &R, out: &mut Violations) {
    out.extend(crate::validate::rules::check(
        R::operation().rules(),
        request,
    ));
}

/// The parts of a request that travel outside a JSON body.
#[derive(Debug, Default, Clone)]
pub struct Params {
    /// Path params, by placeholder name.
    pub path: Vec<(&'static str, String)>,
    /// Query params.
    pub query: Vec<(&'static str, String)>,
    /// Header params.
    pub headers: Vec<(&'static str, String)>,
    /// Multipart text fields.
    pub texts: Vec<(&'static str, String)>,
    /// Multipart file parts.
    pub files: Vec<(&'static str, Upload)>,
}

impl Params {
    /// Adds a path param.
    pub fn path(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.path.push((wire, t.into_owned())));
    }
    /// Adds a query param (one entry per value of a list).
    pub fn query(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.query.push((wire, t.into_owned())));
    }
    /// Adds a header param.
    pub fn header(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.headers.push((wire, t.into_owned())));
    }
    /// Adds a multipart text part (one per value of a list).
    pub fn text(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.texts.push((wire, t.into_owned())));
    }
    /// Adds a multipart file part (one per upload of a list).
    pub fn file(&mut self, wire: &'static str, value: &impl Uploads) {
        value.each_upload(&mut |u| self.files.push((wire, u.clone())));
    }

    /// Leaves out the params named in `dropped` (by the spec's `then: drop` rules).
    pub(crate) fn leave_out(&mut self, dropped: &[&str]) {
        fn retain<T>(list: &mut Vec<(&'static str, T)>, dropped: &[&str]) {
            list.retain(|(wire, _)| !dropped.contains(wire));
        }
        retain(&mut self.query, dropped);
        retain(&mut self.headers, dropped);
        retain(&mut self.texts, dropped);
        retain(&mut self.files, dropped);
    }

    /// The params of a request plus the operation's constants.
    #[inline]
    pub fn of<R: ApiRequest>(request: &R) -> Params {
        let mut params = Params::default();
        if R::operation().body() == crate::spec::BodyKind::Multipart {
            // One allocation for the text parts instead of growing as they are written.
            let op = R::operation();
            params.texts.reserve(op.params().len() + op.consts().len());
        }
        request.write_params(&mut params);
        for c in R::operation().consts() {
            let value = c.value().to_string();
            match c.location() {
                ParamLocation::Path => params.path.push((c.wire(), value)),
                ParamLocation::Query => params.query.push((c.wire(), value)),
                ParamLocation::Header => params.headers.push((c.wire(), value)),
                ParamLocation::Body
                    if R::operation().body() == crate::spec::BodyKind::Multipart =>
                {
                    params.texts.push((c.wire(), value))
                }
                ParamLocation::Body => {} // JSON consts are added by `json_body`
            }
        }
        params
    }
}

/// Leaves out of a laid-out request (its params, and its JSON body if any) the fields the
/// `warnings` of its `then: drop` rules name. The new body, when the body changed.
pub(crate) fn without_dropped(
    op: &Operation,
    warnings: &[Warning],
    params: &mut Params,
    json: Option<&[u8]>,
) -> serde_json::Result<Option<Vec<u8>>> {
    let dropped: Vec<&str> = warnings
        .iter()
        .filter(|w| w.dropped)
        .map(|w| w.field.as_str())
        .collect();
    if dropped.is_empty() {
        return Ok(None);
    }
    params.leave_out(&dropped);
    json.map(|bytes| crate::transport::nesting::body_without(op, bytes, &dropped))
        .transpose()
}

/// The JSON body: the request's own serialization, plus body constants, wrapped when the spec says so.
/// Serialized straight to bytes (no `serde_json::Value` in between): fields keep the spec's order,
/// constants follow them.
#[inline]
pub fn json_body<R: ApiRequest>(request: &R) -> serde_json::Result<Vec<u8>> {
    let op = R::operation();
    let has_consts = op
        .consts()
        .iter()
        .any(|c| c.location() == ParamLocation::Body);
    let with_consts = WithConsts {
        request,
        consts: BodyConsts(op.consts()),
    };
    match (has_consts, op.wrap()) {
        (false, None) => body_bytes(request),
        (false, Some(key)) => body_bytes(&Wrapped {
            key,
            value: request,
        }),
        (true, None) => body_bytes(&with_consts),
        (true, Some(key)) => body_bytes(&Wrapped {
            key,
            value: &with_consts,
        }),
    }
}

/// `serde_json::to_vec` into a buffer that fits a typical create body (a prompt, a few options, an
/// image URL: 200-400 bytes) without growing; `to_vec` starts at 128 bytes and reallocates.
#[inline]
fn body_bytes(value: &impl serde::Serialize) -> serde_json::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(512);
    serde_json::to_writer(&mut bytes, value)?;
    Ok(bytes)
}

/// `{key: value}`.
struct Wrapped<'a, T> {
    key: &'static str,
    value: &'a T,
}

impl<T: serde::Serialize> serde::Serialize for Wrapped<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.key, self.value)?;
        map.end()
    }
}

/// A request's fields followed by its operation's body constants, in one object.
#[derive(serde::Serialize)]
struct WithConsts<'a, R: serde::Serialize> {
    #[serde(flatten)]
    request: &'a R,
    #[serde(flatten)]
    consts: BodyConsts,
}

/// The body constants of an operation, as object entries.
struct BodyConsts(&'static [crate::spec::Const]);

impl serde::Serialize for BodyConsts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for c in self
            .0
            .iter()
            .filter(|c| c.location() == ParamLocation::Body)
        {
            match c.value() {
                crate::spec::Scalar::Str(v) => map.serialize_entry(c.wire(), v)?,
                crate::spec::Scalar::Int(v) => map.serialize_entry(c.wire(), &v)?,
                crate::spec::Scalar::Num(v) => {
                    map.serialize_entry(c.wire(), &crate::json_path::number_json(v))?
                }
                crate::spec::Scalar::Bool(v) => map.serialize_entry(c.wire(), &v)?,
            }
        }
        map.end()
    }
}

/// A request exactly as it would be sent (method, filled path, params, body), for tools and tests that
/// choose the operation at run time.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// The path with its params filled in and encoded.
    pub path: String,
    /// Query params.
    pub query: Vec<(String, String)>,
    /// Header params and the operation's fixed headers.
    pub headers: Vec<(String, String)>,
    /// The JSON body, for JSON operations.
    pub json: Option<serde_json::Value>,
    /// Multipart text parts.
    pub texts: Vec<(String, String)>,
    /// Multipart file parts as (part name, file name).
    pub files: Vec<(String, String)>,
}

impl Encoded {
    /// Validates and encodes a typed request.
    pub fn of<R: ApiRequest>(request: &R) -> Result<Encoded, crate::Error> {
        request.validate()?;
        let op = R::operation();
        let mut params = Params::of(request);
        let json = match op.body() {
            crate::spec::BodyKind::Json => {
                let encode = |e| crate::Error::Config(format!("cannot encode the body: {e}"));
                let bytes = json_body(request).map_err(encode)?;
                let warnings = request.warnings();
                let bytes = without_dropped(op, &warnings, &mut params, Some(&bytes))
                    .map_err(encode)?
                    .unwrap_or(bytes);
                Some(
                    serde_json::from_slice(&bytes).map_err(|e| {
                        crate::Error::Config(format!("cannot encode the body: {e}"))
                    })?,
                )
            }
            _ => {
                without_dropped(op, &request.warnings(), &mut params, None)
                    .map_err(|e| crate::Error::Config(format!("cannot encode the body: {e}")))?;
                None
            }
        };
        Ok(Encoded::from_params(op, &params, json))
    }

    /// A request laid out in `params` (and its JSON body), as it would be sent.
    pub(crate) fn from_params(
        op: &Operation,
        params: &Params,
        json: Option<serde_json::Value>,
    ) -> Encoded {
        let owned = |pairs: &[(&'static str, String)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect()
        };
        Encoded {
            method: op.method().as_str(),
            path: fill_path(*op.path(), &params.path),
            query: owned(&params.query),
            headers: owned(&params.headers),
            json,
            texts: owned(&params.texts),
            files: params
                .files
                .iter()
                .map(|(k, u)| (k.to_string(), u.file_name().to_string()))
                .collect(),
        }
    }
}

/// Reads a request from JSON keyed by wire names (path, query and header params included), then
/// validates and encodes it. A JSON that does not fit the typed request is an `Invalid` error.
pub fn encode<R>(json: serde_json::Value) -> Result<Encoded, crate::Error>
where
    R: ApiRequest + serde::de::DeserializeOwned,
{
    let request: R = serde_json::from_value(json).map_err(|e| {
        crate::Error::Invalid(crate::Violation::new(R::operation().name(), e.to_string()).into())
    })?;
    Encoded::of(&request)
}

/// The JSON form of multipart parts, typed by the operation's field table: `"6"` becomes `6` for an
/// integer field, repeated parts of a list field become an array, file parts become file names.
/// Used to read multipart requests back (the simulator, tests).
pub fn json_from_parts(
    op: &Operation,
    texts: &[(String, String)],
    files: &[(String, String)],
) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (name, text) in texts.iter().chain(files) {
        let field = op.params().iter().find(|f| f.wire() == name);
        let (shape, is_list): (Option<&Shape>, bool) = match field.map(|f| f.shape()) {
            Some(shape) => match shape.kind() {
                Kind::List(item) => (Some(item), true),
                _ => (Some(shape), false),
            },
            None => (None, false),
        };
        // A `wire: string` number is text in JSON too: it stays as sent.
        let kind = shape.filter(|s| !s.limits().text_form()).map(|s| s.kind());
        let value = typed_text(kind, text);
        if is_list {
            let entry = map
                .entry(name.clone())
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
            if let serde_json::Value::Array(items) = entry {
                items.push(value);
            }
        } else {
            map.insert(name.clone(), value);
        }
    }
    serde_json::Value::Object(map)
}

/// A text part as the JSON value its field's kind expects; text that does not parse stays text, so
/// validation reports it instead of this guessing.
fn typed_text(kind: Option<&Kind>, text: &str) -> serde_json::Value {
    match kind.and_then(|k| k.parse_text(text)) {
        Some(scalar) => crate::json_path::scalar_json(&scalar),
        None => serde_json::Value::from(text),
    }
}

/// Parses a reply into the typed response and back to JSON: the documented fields, typed as the spec
/// says, unknown fields dropped.
pub fn typed_reply<T>(json: serde_json::Value) -> Result<serde_json::Value, crate::Error>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let typed: T =
        serde_json::from_value(json.clone()).map_err(|e| crate::Error::UnexpectedResponse {
            operation: std::any::type_name::<T>().to_string(),
            http_status: 200,
            reason: format!("the reply does not match the spec: {e}"),
            body: crate::error::excerpt(json.to_string().as_bytes()),
        })?;
    serde_json::to_value(typed)
        .map_err(|e| crate::Error::Config(format!("cannot re-encode the reply: {e}")))
}

/// The path with `{name}` placeholders replaced by percent-encoded values (the first value of that
/// name); a placeholder without a value is kept. The template was parsed when the spec was built, so
/// this only copies literals and encodes values: it runs on every request.
pub fn fill_path(template: PathTemplate<'_>, values: &[(&'static str, String)]) -> String {
    let mut path = String::with_capacity(64);
    template.render(
        &mut path,
        |name| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
        },
        encode_segment,
    );
    path
}

/// Percent-encodes everything but unreserved characters and `:` `@` (ids like `grok:<uuid>`). Runs of
/// bytes kept as they are are copied at once.
fn encode_segment(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = value.as_bytes();
    let mut start = 0;
    loop {
        let mut end = start;
        while end < bytes.len() && KEPT[usize::from(bytes[end])] {
            end += 1;
        }
        // A non-empty `start..end` is kept ASCII (every other byte, UTF-8 ones included, is
        // encoded), so both its ends are char boundaries.
        if end > start {
            out.push_str(&value[start..end]);
        }
        let Some(&byte) = bytes.get(end) else {
            return;
        };
        out.push('%');
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
        start = end + 1;
    }
}

/// The bytes a path segment keeps as they are: ASCII letters and digits, `-._~:@`.
const KEPT: [bool; 256] = {
    let mut kept = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        kept[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~' | b':' | b'@');
        b += 1;
    }
    kept
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_encode_every_byte_but_the_kept_ones() {
        let reference = |value: &str| -> String {
            value
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._~:@".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect()
        };
        for value in [
            "",
            "a",
            "lumen-grok-v1",
            "grok:a b/ü%?#",
            "ü",
            "üü",
            "a ü b",
            "%",
            "-._~:@",
        ] {
            let mut out = String::new();
            encode_segment(&mut out, value);
            assert_eq!(out, reference(value), "{value}");
        }
    }
}
