//! Reading a vendor reply, independent of the transport: status, JSON, envelope, error fields.

use crate::Error;
use crate::error::{VendorError, excerpt};
use crate::spec::{Operation, Provider};
use std::time::Duration;

/// The reply as JSON when it is a success; otherwise the vendor's error (from an error status or an
/// envelope whose success marker is not one of the listed values) or an unexpected-reply error.
pub fn interpret(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    retry_after: Option<Duration>,
    body: &[u8],
) -> Result<serde_json::Value, Error> {
    if !(200..300).contains(&http_status) {
        return Err(vendor_error(provider, op, http_status, body, retry_after));
    }
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| Error::UnexpectedResponse {
            operation: operation_name(provider, op),
            http_status,
            reason: format!("the reply is not JSON ({e})"),
            body: excerpt(body),
        })?;
    if let Some(envelope) = &provider.envelope
        && let Some(marker) = crate::path::get(&value, envelope.path)
        && let Some(text) = crate::path::as_text(&marker)
        && !envelope.ok.contains(&text.as_str())
    {
        let mut err = read_vendor_error(provider, op, http_status, &value, retry_after);
        err.code.get_or_insert(text);
        return Err(Error::Vendor(err));
    }
    Ok(value)
}

/// An error status: the body's code and message when it is JSON, else its start as the message.
pub fn vendor_error(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    body: &[u8],
    retry_after: Option<Duration>,
) -> Error {
    match serde_json::from_slice::<serde_json::Value>(body) {
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
        }),
    }
}

fn read_vendor_error(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    value: &serde_json::Value,
    retry_after: Option<Duration>,
) -> VendorError {
    // Vendors that document no error shape get the common `{"error": {"code", "message"}}` reading.
    const CODE: &[&str] = &["error.code", "code"];
    const MESSAGE: &[&str] = &["error.message", "error", "message", "msg"];
    let errors = &provider.errors;
    let code_paths = if errors.code.is_empty() {
        CODE
    } else {
        errors.code
    };
    let message_paths = if errors.message.is_empty() {
        MESSAGE
    } else {
        errors.message
    };
    let code = code_paths
        .iter()
        .find_map(|p| crate::path::get(value, p).and_then(|v| crate::path::as_text(&v)));
    let message = message_paths
        .iter()
        .find_map(|p| crate::path::get(value, p).and_then(|v| crate::task::error_text(&v)))
        .unwrap_or_else(|| excerpt(value.to_string().as_bytes()));
    VendorError {
        operation: operation_name(provider, op),
        http_status,
        code,
        message,
        retry_after,
    }
}

/// `provider.operation`, the prefix of every error message.
pub fn operation_name(provider: &Provider, op: &Operation) -> String {
    format!("{}.{}", provider.id, op.name)
}
