//! Exit codes, so scripts can tell failures apart.

use grokvid::Error;

pub const OTHER: u8 = 1;
/// The request was invalid: nothing was sent.
pub const INVALID: u8 = 2;
/// The vendor rejected a call.
pub const VENDOR: u8 = 3;
/// The task ended without a video (failed, cancelled, expired).
pub const TASK_FAILED: u8 = 4;
/// The wait ran out of time; the task handle was printed.
pub const TIMEOUT: u8 = 5;

pub fn code(error: &Error) -> u8 {
    match error {
        Error::Invalid(_) | Error::Config(_) => INVALID,
        Error::Vendor(_) => VENDOR,
        Error::TaskEnded { .. } => TASK_FAILED,
        Error::Deadline { .. } => TIMEOUT,
        _ => OTHER,
    }
}
