//! Error replies in the vendor's own shape: the code and message at the first of the spec's
//! `errors.code` / `errors.message` paths, and the envelope marker set to a value that is not "ok", so
//! the client's `reply::interpret` reads them back as that vendor's errors.

use crate::reply::Reply;
use crate::shape::{self, Documented};
use axum::http::{StatusCode, header};
use grokvid::rt::json_path::{Path, Segment};
use grokvid::spec::Provider;
use serde_json::{Value, json};

/// Why a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    Unauthorized,
    /// The request breaks the operation's field table or rules (also: unreadable body).
    BadRequest,
    TooLarge,
    UnsupportedMediaType,
    NotFound,
    MethodNotAllowed,
    /// The content is asked for before the task completed.
    NotReady,
    /// The result has expired.
    Gone,
    /// An injected status.
    Status(u16),
}

impl Refusal {
    fn http_status(self) -> u16 {
        match self {
            Refusal::Unauthorized => 401,
            Refusal::BadRequest | Refusal::NotReady => 400,
            Refusal::TooLarge => 413,
            Refusal::UnsupportedMediaType => 415,
            Refusal::NotFound => 404,
            Refusal::MethodNotAllowed => 405,
            Refusal::Gone => 410,
            Refusal::Status(code) => code,
        }
    }

    /// A vendor-neutral code name.
    fn name(self) -> String {
        match self {
            Refusal::Unauthorized => "invalid_api_key".into(),
            Refusal::BadRequest => "invalid_request".into(),
            Refusal::TooLarge => "payload_too_large".into(),
            Refusal::UnsupportedMediaType => "unsupported_media_type".into(),
            Refusal::NotFound => "not_found".into(),
            Refusal::MethodNotAllowed => "method_not_allowed".into(),
            Refusal::NotReady => "video_not_ready".into(),
            Refusal::Gone => "expired".into(),
            Refusal::Status(429) => "rate_limited".into(),
            Refusal::Status(500) => "server_error".into(),
            Refusal::Status(502) => "bad_gateway".into(),
            Refusal::Status(503) => "service_unavailable".into(),
            Refusal::Status(504) => "timeout".into(),
            Refusal::Status(code) => format!("error_{code}"),
        }
    }

    /// Request problems of an envelope vendor come back as HTTP 200 with a failed envelope, as such
    /// vendors do; everything else keeps its HTTP status.
    fn in_envelope(self) -> bool {
        matches!(
            self,
            Refusal::BadRequest | Refusal::TooLarge | Refusal::UnsupportedMediaType
        )
    }
}

/// The vendor-shaped error reply.
pub(crate) fn reply(provider: &Provider, refusal: Refusal, message: &str) -> Reply {
    let envelope_style = provider.envelope().is_some() && refusal.in_envelope();
    let status = if envelope_style {
        200
    } else {
        refusal.http_status()
    };
    let code = code_text(provider, refusal);
    let body = body(provider, &code, message);
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let reply = Reply::json(status, &body);
    if refusal == Refusal::Unauthorized && provider.envelope().is_none() {
        return reply.header(header::WWW_AUTHENTICATE, "Bearer");
    }
    reply
}

/// The spec's `errors.final` entry `index` as the vendor answers it: its status (400 when it names
/// none), its code (else the status's usual name) and a message holding its text.
pub(crate) fn final_reply(provider: &Provider, index: usize) -> Option<Reply> {
    let entry = provider.errors().finals().get(index)?;
    let status = match entry.status() {
        0 => 400,
        status => status,
    };
    let code = match entry.code() {
        "" => Refusal::Status(status).name(),
        code => code.to_string(),
    };
    let message = match (entry.message_contains(), entry.means()) {
        ("", "") => "refused for good (simulated)".to_string(),
        ("", means) => format!("{means} (simulated)"),
        (text, _) => format!("simulated: {text}"),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    Some(Reply::json(status, &body(provider, &code, &message)))
}

/// The code text: the HTTP status number for vendors whose envelope codes are numbers (so it reads like
/// theirs), a snake_case name otherwise; never one of the envelope's "ok" values.
fn code_text(provider: &Provider, refusal: Refusal) -> String {
    let numeric = provider
        .envelope()
        .is_some_and(|e| !e.ok().is_empty() && e.ok().iter().all(|v| v.parse::<i64>().is_ok()));
    let code = if numeric {
        refusal.http_status().to_string()
    } else {
        refusal.name()
    };
    match &provider.envelope() {
        Some(e) if e.ok().contains(&code.as_str()) => format!("E{code}"),
        _ => code,
    }
}

/// Where the message goes when the spec names no path.
const DEFAULT_MESSAGE_PATH: Path<'static> =
    Path::new(&[Segment::Key("error"), Segment::Key("message")]);

/// `{error: {code, message}}` by default; the spec's paths otherwise, plus a failed envelope marker.
pub(crate) fn body(provider: &Provider, code: &str, message: &str) -> Value {
    let errors = provider.errors();
    if errors.code().is_empty() && errors.message().is_empty() && provider.envelope().is_none() {
        return json!({"error": {"message": message, "code": code}});
    }
    let mut body = json!({});
    if let Some(path) = errors.code().first() {
        let value = shape::typed_text(documented_anywhere(provider, path), code);
        shape::write(&mut body, path, value);
    }
    let message_path = errors.message().first().unwrap_or(&DEFAULT_MESSAGE_PATH);
    shape::write(&mut body, message_path, Value::from(message));
    if let Some(envelope) = &provider.envelope() {
        let doc = documented_anywhere(provider, envelope.path());
        let marker = if shape::is_boolean(doc) {
            Value::Bool(envelope.ok().contains(&"false"))
        } else {
            shape::typed_text(doc, code)
        };
        shape::write(&mut body, envelope.path(), marker);
    }
    body
}

/// The documented type at `path` in any operation's reply (envelope and error fields are shared).
pub(crate) fn documented_anywhere(
    provider: &Provider,
    path: &Path<'_>,
) -> Option<Documented<'static>> {
    provider
        .operations()
        .iter()
        .find_map(|op| shape::documented(op.response().fields(), path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use grokvid::spec::{Auth, Envelope, ErrorPaths};

    fn path(text: &str) -> Path<'static> {
        Path::leak(text).unwrap()
    }

    fn paths(texts: &[&str]) -> &'static [Path<'static>] {
        texts.iter().map(|t| path(t)).collect::<Vec<_>>().leak()
    }

    fn provider(envelope: Option<Envelope>, errors: ErrorPaths) -> Provider {
        let p = Provider::new(
            "t",
            "T",
            "https://t",
            Auth::header("Authorization", "Bearer ", "T"),
        )
        .with_errors(errors);
        match envelope {
            Some(envelope) => p.with_envelope(envelope),
            None => p,
        }
    }

    #[test]
    fn default_shape() {
        let p = provider(None, ErrorPaths::default());
        let r = reply(&p, Refusal::Unauthorized, "bad key");
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(
            v,
            json!({"error": {"message": "bad key", "code": "invalid_api_key"}})
        );
    }

    #[test]
    fn envelope_shape() {
        let p = provider(
            Some(Envelope::new(path("code"), &["20000", "0", "200"])),
            ErrorPaths::new(paths(&["code"]), paths(&["msg"])),
        );
        let r = reply(&p, Refusal::BadRequest, "prompt: is required");
        assert_eq!(r.status, StatusCode::OK);
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v, json!({"code": "400", "msg": "prompt: is required"}));
        let r = reply(&p, Refusal::Status(200), "odd");
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["code"], json!("E200"));
        let r = reply(&p, Refusal::Unauthorized, "no");
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }

    #[test]
    fn nested_paths() {
        let p = provider(
            None,
            ErrorPaths::new(paths(&["error.kind", "x"]), paths(&["error.detail"])),
        );
        let v = body(&p, "not_found", "no job");
        assert_eq!(
            v,
            json!({"error": {"kind": "not_found", "detail": "no job"}})
        );
    }
}
