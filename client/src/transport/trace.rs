//! Log events through `tracing`: a span per HTTP request and per poll, and an event per retry
//! decision. The library installs no subscriber; an application (the CLI) chooses where they go.
//!
//! Nothing logged can hold the API key: requests are logged by method and path (ids included), never
//! by URL (a key may ride in the query string) or headers, and errors by their kind only (reqwest's
//! Display includes the URL).

use crate::spec::{Operation, Provider};
use std::time::{Duration, Instant};
use tracing::Instrument;
use tracing::field::Empty;

/// Sends `request` inside a `request` span (provider, operation, method, path) and records the reply's
/// status and the time it took, or the kind of transport failure.
pub(crate) async fn send(
    provider: &Provider,
    op: &Operation,
    path: &str,
    request: reqwest::RequestBuilder,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::debug_span!(
        "request",
        provider = provider.id(),
        operation = op.name(),
        method = op.method().as_str(),
        path,
        status = Empty,
        duration_ms = Empty,
    );
    let started = Instant::now();
    let result = request.send().instrument(span.clone()).await;
    let duration_ms = millis(started.elapsed());
    span.record("duration_ms", duration_ms);
    match &result {
        Ok(response) => {
            let status = response.status().as_u16();
            span.record("status", status);
            tracing::debug!(parent: &span, status, duration_ms, "reply");
        }
        Err(e) => {
            tracing::debug!(parent: &span, failure = failure_kind(e), duration_ms, "no reply")
        }
    }
    result
}

/// A span for one poll of a task.
pub(crate) fn poll_span(provider: &Provider, task_id: &str, poll: u32) -> tracing::Span {
    tracing::info_span!("poll", provider = provider.id(), task_id, poll)
}

/// How a request failed, without the URL reqwest's Display would add.
fn failure_kind(e: &reqwest::Error) -> &'static str {
    if e.is_connect() {
        "connect"
    } else if e.is_timeout() {
        "timeout"
    } else if e.is_builder() {
        "request could not be built"
    } else if e.is_redirect() {
        "redirect"
    } else if e.is_body() || e.is_decode() {
        "body"
    } else {
        "transport"
    }
}

/// Whole milliseconds, for log fields.
pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
