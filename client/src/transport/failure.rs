//! A transport failure in words a user can act on. reqwest's own Display says "error sending request"
//! for a refused connection and a timeout alike; the cause is further down its source chain (and
//! carries no URL, so no query-string key).

/// What went wrong, and what to check.
pub(crate) fn reason(e: &reqwest::Error) -> String {
    let cause = innermost_cause(e);
    if e.is_timeout() {
        format!(
            "no reply in time ({cause}); the server is slow or unreachable: try again later, or \
             allow more time (ClientConfig::timeout)"
        )
    } else if e.is_connect() {
        // The error around this already says "could not connect".
        format!(
            "{cause}; check that the server is running and that the base URL's host and port are \
             right"
        )
    } else {
        format!("{e} ({cause})")
    }
}

/// The last error of the source chain, e.g. `Connection refused (os error 111)`.
fn innermost_cause(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}
