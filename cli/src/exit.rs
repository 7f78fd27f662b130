//! Exit codes, so scripts can tell failures apart.

use grokvid::Error;
use grokvid::failover::FailoverError;

/// Anything else: a connection that failed, a reply that could not be read, a local file error.
pub const OTHER: u8 = 1;
/// The input was invalid (bad flags, a value the provider cannot honour, a bad spec): nothing was sent.
pub const INVALID: u8 = 2;
/// The vendor rejected a call.
pub const VENDOR: u8 = 3;
/// The task ended without a video (failed, cancelled, expired).
pub const TASK_FAILED: u8 = 4;
/// The wait ran out of time; the task handle was printed.
pub const TIMEOUT: u8 = 5;
/// A create may have been accepted (and charged) although no task came back to follow: what is
/// known (the reply excerpt, an id-like value) was printed.
pub const MAYBE_CHARGED: u8 = 6;
/// Ctrl-C while waiting; the task handle was printed.
pub const INTERRUPTED: u8 = 130;

pub fn code(error: &Error) -> u8 {
    match error {
        Error::Invalid(_) | Error::Unsupported { .. } | Error::Config(_) => INVALID,
        Error::Vendor(_) => VENDOR,
        Error::TaskEnded { .. } => TASK_FAILED,
        Error::Deadline { .. } => TIMEOUT,
        Error::MaybeCharged { .. } => MAYBE_CHARGED,
        _ => OTHER,
    }
}

/// A failover's code is its last provider's.
pub fn failover_code(error: &FailoverError) -> u8 {
    error.last_error().map_or(INVALID, code)
}
