//! Wall-clock time for simulated replies; RFC 3339 text comes from the client's one formatter, the
//! form the task's times are read back with.

use std::time::SystemTime;

/// Seconds since the Unix epoch, with fractions.
pub(crate) fn now_unix() -> f64 {
    grokvid::rt::time::to_unix(SystemTime::now())
}

/// `2026-01-15T09:30:00Z` for a Unix time (whole seconds, UTC), as vendors write it.
pub(crate) fn rfc3339(unix: f64) -> String {
    grokvid::rt::time::rfc3339(grokvid::rt::time::from_unix(unix.floor()))
}
