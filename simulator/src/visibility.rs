//! What a user can see of a running simulator: request counters over HTTP at a reserved path, and a
//! callback per request received (what `grokvid simulate` prints).

use crate::reply::{Delivery, Reply};
use crate::routes::VIDEO;
use crate::state::Shared;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde_json::{Map, Value, json};
use std::sync::Arc;

/// `GET` here answers the request counters as JSON. Reserved: no spec path starts with `/_sim/`.
pub const COUNTERS_PATH: &str = "/_sim/counters";

/// One request a simulator answered. `path` is without the query string (a key may ride there).
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedRequest {
    pub method: String,
    pub path: String,
    pub status: u16,
}

/// Called once per request a simulator answers (set it in [`crate::SimConfig::on_request`]).
#[derive(Clone)]
pub struct RequestObserver(Arc<dyn Fn(&ReceivedRequest) + Send + Sync>);

impl RequestObserver {
    pub fn new(observe: impl Fn(&ReceivedRequest) + Send + Sync + 'static) -> RequestObserver {
        RequestObserver(Arc::new(observe))
    }

    /// Prints `PROVIDER METHOD PATH STATUS` on stderr per request, as `grokvid simulate` and
    /// `grokvid-sim` do (stderr: their stdout holds the base URLs, or JSON).
    pub fn print_to_stderr(provider: &'static str) -> RequestObserver {
        RequestObserver::new(move |request| {
            eprintln!(
                "{provider} {} {} {}",
                request.method, request.path, request.status
            );
        })
    }
}

impl std::fmt::Debug for RequestObserver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RequestObserver")
    }
}

/// The reply to a reserved path, or `None` for a vendor route.
pub(crate) fn reserved(shared: &Shared, method: &Method, path: &str) -> Option<Response> {
    if path != COUNTERS_PATH {
        return None;
    }
    let reply = if method == Method::GET {
        Reply::json(StatusCode::OK, &counters(shared))
    } else {
        let error = json!({ "error": format!("only GET is allowed on {COUNTERS_PATH}") });
        Reply::json(StatusCode::METHOD_NOT_ALLOWED, &error)
    };
    Some(reply.into_response(Delivery::Whole))
}

/// `{"provider": ID, "requests": {OPERATION: N, ..., "video": N}, "connections": N}`: every operation
/// of the spec is listed, those never called with 0.
pub(crate) fn counters(shared: &Shared) -> Value {
    let mut requests = Map::new();
    let routes = shared.provider.operations().iter().map(|op| op.name());
    for route in routes.chain([VIDEO]) {
        requests.insert(route.to_string(), Value::from(shared.requests(route)));
    }
    json!({
        "provider": shared.provider.id(),
        "requests": requests,
        "connections": shared.connections.load(std::sync::atomic::Ordering::Relaxed),
    })
}

pub(crate) fn observe(shared: &Shared, method: &Method, path: &str, status: StatusCode) {
    if let Some(observer) = &shared.config.on_request {
        (observer.0)(&ReceivedRequest {
            method: method.as_str().to_string(),
            path: path.to_string(),
            status: status.as_u16(),
        });
    }
}
