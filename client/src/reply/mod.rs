//! Reading a vendor reply, independent of the transport: status, JSON, envelope, error fields.

pub(crate) mod explain;
pub(crate) mod final_errors;
pub mod lenient;
pub(crate) mod light;
pub(crate) mod raw;

use crate::Error;
use crate::error::{VendorError, excerpt};
use crate::json_path::{Path, Segment::Index, Segment::Key};
use crate::spec::{Operation, Provider};
use crate::task::Trace;
use serde_json::Value;
use std::time::Duration;

/// The reply as JSON when it is a success; otherwise the vendor's error (from an error status, an
/// envelope whose success marker is not one of the listed values, or the common error shape under a
/// 2xx) or an unexpected-reply error.
pub fn interpret(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    retry_after: Option<Duration>,
    body: &[u8],
) -> Result<Value, Error> {
    interpret_traced(
        provider,
        op,
        http_status,
        retry_after,
        body,
        &mut Trace::off(),
    )
}

/// Like [`interpret`], noting in `trace` what decided the reading.
pub(crate) fn interpret_traced(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    retry_after: Option<Duration>,
    body: &[u8],
    trace: &mut Trace,
) -> Result<Value, Error> {
    if !(200..300).contains(&http_status) {
        trace.note(|| format!("HTTP {http_status} is not a success: read as the vendor's error"));
        return Err(vendor_error(provider, op, http_status, body, retry_after));
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| Error::UnexpectedResponse {
        operation: operation_name(provider, op),
        http_status,
        reason: format!("the reply is not JSON ({e})"),
        body: excerpt(body),
    })?;
    match refusal(provider, op, http_status, &value, trace) {
        None => Ok(value),
        Some(Refusal::Envelope(marker)) => {
            let mut err = read_vendor_error(provider, op, http_status, &value, retry_after);
            err.code.get_or_insert(marker);
            Err(Error::Vendor(err))
        }
        Some(Refusal::ErrorShape) => Err(Error::Vendor(read_vendor_error(
            provider,
            op,
            http_status,
            &value,
            retry_after,
        ))),
    }
}

/// Why a 2xx reply is the vendor's error after all.
pub(crate) enum Refusal {
    /// The envelope's success marker holds this text, not one of the listed values.
    Envelope(String),
    /// The common error shape with no task data.
    ErrorShape,
}

/// Whether the 2xx reply `value` is the vendor's error (its envelope, or the common error shape),
/// noting in `trace` what decided.
pub(crate) fn refusal(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    value: &Value,
    trace: &mut Trace,
) -> Option<Refusal> {
    if let Some(envelope) = &provider.envelope()
        && let Some(marker) = crate::json_path::get(value, envelope.path())
        && let Some(text) = crate::json_path::as_text(&marker)
    {
        if !envelope.ok().contains(&text.as_str()) {
            trace.note(|| {
                format!(
                    "envelope: `{}` is {text:?}, not one of {:?}: the vendor's error",
                    envelope.path(),
                    envelope.ok()
                )
            });
            return Some(Refusal::Envelope(text));
        }
        trace.note(|| format!("envelope: `{}` is {text:?}: a success", envelope.path()));
    }
    if let Some(error) = common_error_shape(op, value) {
        trace.note(|| {
            format!(
                "HTTP {http_status} but the reply is an error (`error` is {error}, no task data)"
            )
        });
        return Some(Refusal::ErrorShape);
    }
    None
}

/// The top-level `error` of a 2xx reply that carries nothing else the operation reads (no task id,
/// status word, progress or video URL): relays answer quota and upstream failures this way under 200.
fn common_error_shape<'a>(op: &Operation, value: &'a Value) -> Option<&'a Value> {
    let error = value.get("error")?;
    let says_something = crate::task::error_text(error).is_some()
        || error
            .get("code")
            .and_then(crate::task::scalar_text)
            .is_some();
    if !says_something {
        return None;
    }
    let has_task_data = match (op.response().task(), op.response().tasks_at()) {
        (Some(mapping), Some(at)) => !crate::task::normalize_many(value, at, mapping).is_empty(),
        (Some(mapping), None) => {
            let task = crate::task::normalize(value, mapping);
            task.id.is_some()
                || task.status_word.is_some()
                || task.progress.is_some()
                || task.video_url.is_some()
        }
        (None, _) => false,
    };
    (!has_task_data).then_some(error)
}

/// An error status: the body's code and message when it is JSON, else its start as the message.
pub(crate) fn vendor_error(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    body: &[u8],
    retry_after: Option<Duration>,
) -> Error {
    match serde_json::from_slice::<Value>(body) {
        Ok(value) => Error::Vendor(read_vendor_error(
            provider,
            op,
            http_status,
            &value,
            retry_after,
        )),
        Err(_) => Error::Vendor(VendorError {
            operation: operation_name(provider, op),
            http_status,
            code: None,
            message: if body.is_empty() {
                format!("HTTP {http_status} with an empty body")
            } else {
                excerpt(body)
            },
            retry_after,
            final_because: None,
        }),
    }
}

/// Where error codes are looked for after the spec's own `errors.code` paths.
pub(crate) const DEFAULT_CODE: &[Path<'static>] = &[
    Path::new(&[Key("error"), Key("code")]),
    Path::new(&[Key("code")]),
    Path::new(&[Key("error"), Key("type")]),
];
/// Where error messages are looked for after the spec's own `errors.message` paths.
pub(crate) const DEFAULT_MESSAGE: &[Path<'static>] = &[
    Path::new(&[Key("error"), Key("message")]),
    Path::new(&[Key("error")]),
    Path::new(&[Key("message")]),
    Path::new(&[Key("msg")]),
    Path::new(&[Key("detail")]),
    Path::new(&[Key("error_message")]),
    Path::new(&[Key("errors"), Index(0), Key("message")]),
];

fn read_vendor_error(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    value: &Value,
    retry_after: Option<Duration>,
) -> VendorError {
    let errors = provider.errors();
    // The spec's paths first, then the common shapes: real error envelopes are often ones the docs
    // never showed (a relay's own `{"error": {...}}`, a framework's `{"detail": ...}`).
    let code =
        errors.code().iter().chain(DEFAULT_CODE).find_map(|p| {
            crate::json_path::get(value, p).and_then(|v| crate::json_path::as_text(&v))
        });
    let message = errors
        .message()
        .iter()
        .chain(DEFAULT_MESSAGE)
        .find_map(|p| crate::json_path::get(value, p).and_then(|v| crate::task::error_text(&v)))
        .unwrap_or_else(|| excerpt(value.to_string().as_bytes()));
    VendorError {
        operation: operation_name(provider, op),
        http_status,
        code,
        message,
        retry_after,
        final_because: None,
    }
}

/// `provider.operation`, the prefix of every error message.
pub(crate) fn operation_name(provider: &Provider, op: &Operation) -> String {
    format!("{}.{}", provider.id(), op.name())
}
