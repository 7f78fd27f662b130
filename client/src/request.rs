//! What a generated request type provides, and the pieces of a request outside its JSON body.

use crate::Violations;
use crate::rules::FieldAccess;
use crate::spec::{Kind, Location, Operation};
use crate::upload::{Upload, Uploads};
use crate::wire::WireTexts;

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

    /// Every violation at once: list lengths, file formats and the spec's rules. Field-level limits are
    /// already guaranteed by the checked newtypes.
    fn validate(&self) -> Result<(), Violations> {
        let op = Self::operation();
        let mut violations = Violations::new();
        for field in op.params {
            if let (Kind::List(_), crate::rules::FieldRef::Items(count)) =
                (&field.shape.kind, self.field(field.wire))
                && let Err(v) = crate::limits::check_items(field.wire, count, &field.shape.limits)
            {
                violations.push(v);
            }
        }
        self.check_files(&mut violations);
        for v in crate::rules::check(op.rules, self) {
            violations.push(v);
        }
        violations.into_result()
    }
}

/// The parts of a request that travel outside a JSON body.
#[derive(Debug, Default, Clone)]
pub struct Params {
    pub path: Vec<(&'static str, String)>,
    pub query: Vec<(&'static str, String)>,
    pub headers: Vec<(&'static str, String)>,
    /// Multipart text fields.
    pub texts: Vec<(&'static str, String)>,
    /// Multipart file parts.
    pub files: Vec<(&'static str, Upload)>,
}

impl Params {
    pub fn path(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.path.push((wire, t.into_owned())));
    }
    pub fn query(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.query.push((wire, t.into_owned())));
    }
    pub fn header(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.headers.push((wire, t.into_owned())));
    }
    pub fn text(&mut self, wire: &'static str, value: &impl WireTexts) {
        value.each_text(&mut |t| self.texts.push((wire, t.into_owned())));
    }
    pub fn file(&mut self, wire: &'static str, value: &impl Uploads) {
        value.each_upload(&mut |u| self.files.push((wire, u.clone())));
    }

    /// The params of a request plus the operation's constants.
    pub fn of<R: ApiRequest>(request: &R) -> Params {
        let mut params = Params::default();
        request.write_params(&mut params);
        for c in R::operation().consts {
            let value = c.value.to_string();
            match c.location {
                Location::Path => params.path.push((c.wire, value)),
                Location::Query => params.query.push((c.wire, value)),
                Location::Header => params.headers.push((c.wire, value)),
                Location::Body if R::operation().body == crate::spec::BodyKind::Multipart => {
                    params.texts.push((c.wire, value))
                }
                Location::Body => {} // JSON consts are added by `json_body`
            }
        }
        params
    }
}

/// The JSON body: the request's own serialization, plus body constants, wrapped when the spec says so.
pub fn json_body<R: ApiRequest>(request: &R) -> serde_json::Result<Vec<u8>> {
    let op = R::operation();
    let has_consts = op.consts.iter().any(|c| c.location == Location::Body);
    if !has_consts && op.wrap.is_none() {
        return serde_json::to_vec(request);
    }
    let mut value = serde_json::to_value(request)?;
    if let serde_json::Value::Object(map) = &mut value {
        for c in op.consts.iter().filter(|c| c.location == Location::Body) {
            map.insert(c.wire.to_string(), scalar_json(&c.value));
        }
    }
    if let Some(key) = op.wrap {
        value = serde_json::json!({ key: value });
    }
    serde_json::to_vec(&value)
}

pub(crate) fn scalar_json(value: &crate::spec::Scalar) -> serde_json::Value {
    match value {
        crate::spec::Scalar::Str(s) => serde_json::Value::from(*s),
        crate::spec::Scalar::Int(i) => serde_json::Value::from(*i),
        crate::spec::Scalar::Num(n) => serde_json::Value::from(*n),
        crate::spec::Scalar::Bool(b) => serde_json::Value::from(*b),
    }
}
