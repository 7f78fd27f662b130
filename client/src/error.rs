//! One error type for every call, telling apart what was never sent, what may have been, and what
//! the vendor said. Messages name the provider and operation; they never contain the API key.

use crate::Violations;
use std::fmt;
use std::time::Duration;

/// Longest slice of a vendor body kept in an error.
pub(crate) const BODY_EXCERPT: usize = 512;

/// What went wrong with a call, and whether the request was sent (see [`Error::was_not_sent`]) or a
/// paid create may have been charged ([`Error::MaybeCharged`]).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request failed validation; nothing was sent.
    Invalid(Violations),
    /// The provider cannot honour a field of the provider-neutral request (a value it does not offer, a
    /// local file where it takes URLs, too many images, a duration its model fixes); nothing was sent.
    Unsupported {
        /// The provider id.
        provider: String,
        /// The neutral field (`resolution`, `images`, ...) or the extra's key.
        field: String,
        /// What the provider accepts, with the value asked for.
        limit: String,
    },
    /// The client is misconfigured (no key, bad base URL, unreadable upload); nothing was sent.
    Config(String),
    /// No connection could be made: the request provably never reached the vendor.
    NotSent {
        /// `provider.operation`.
        operation: String,
        /// Why no connection was made, and what to check.
        reason: String,
    },
    /// The request may have reached the vendor (timeout, connection dropped): do not repeat a paid call.
    MaybeSent {
        /// `provider.operation`.
        operation: String,
        /// What happened after the request left.
        reason: String,
        /// True when the reply did not come in time.
        timed_out: bool,
    },
    /// The vendor answered with an error.
    Vendor(VendorError),
    /// The task ended without a video: failed, cancelled or expired. Terminal.
    TaskEnded {
        /// The provider id.
        provider: String,
        /// The task as last read, with the vendor's error when it gave one.
        task: Box<crate::Task>,
    },
    /// `wait` ran out of time; the handle resumes the task in this or another process. The handle's
    /// `last_status` is the status a poll of this wait saw last (`None`: no poll answered).
    Deadline {
        /// What resumes the task.
        handle: Box<crate::task::handle::TaskHandle>,
    },
    /// A create that may have reached the vendor went wrong afterwards (a 5xx, a timeout, a reply
    /// without a task id): the vendor may have accepted, and charged, it. Never repeat it blindly.
    MaybeCharged {
        /// `provider.operation`.
        operation: String,
        /// What went wrong after sending.
        cause: Box<Error>,
        /// An id-like value found in the reply, for looking the task up with the vendor.
        id_hint: Option<String>,
    },
    /// `wait` gave up before the deadline (polls kept failing, or the vendor asked to wait past the
    /// deadline); the task may go on, and the handle resumes it.
    WaitFailed {
        /// What resumes the task.
        handle: Box<crate::task::handle::TaskHandle>,
        /// Why the wait stopped.
        reason: String,
        /// The last poll's error.
        last: Box<Error>,
    },
    /// A local file could not be read or written.
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        reason: String,
    },
    /// A reply or a download was larger than its cap (`ClientConfig::max_reply_bytes`,
    /// `max_download_bytes`); reading stopped there. A create whose reply is cut is `MaybeSent` instead.
    TooLarge {
        /// `provider.operation`.
        operation: String,
        /// What was cut: `reply` or `download`.
        what: &'static str,
        /// The cap, in bytes.
        limit: u64,
        /// The setting that raises the cap.
        setting: &'static str,
    },
    /// No source of the finished video gave it (`result:` in the spec): every source tried, in
    /// order, with why it failed (each already retried as its kind allows).
    NoVideo {
        /// The provider id.
        provider: String,
        /// Each source tried (`the video URL https://...`, ``the `content` operation``) and its error.
        tried: Vec<(String, Error)>,
    },
    /// A reply the spec does not describe; `body` is the start of what came back.
    UnexpectedResponse {
        /// `provider.operation`.
        operation: String,
        /// The reply's HTTP status.
        http_status: u16,
        /// What does not fit the spec.
        reason: String,
        /// The start of the reply.
        body: String,
    },
}

/// An error reply from the vendor, read with the spec's `errors` paths.
#[derive(Debug, Clone, PartialEq)]
pub struct VendorError {
    /// `provider.operation`.
    pub operation: String,
    /// The reply's HTTP status (200 for an error under a success status or envelope).
    pub http_status: u16,
    /// The vendor's own code (`bad_request`, `20002`, ...), when it gives one.
    pub code: Option<String>,
    /// The vendor's message, or the start of its reply.
    pub message: String,
    /// From a `Retry-After` header.
    pub retry_after: Option<Duration>,
    /// Set when the spec's `errors.final` says no retry can cure this error (a 429 that means "out
    /// of credits"): what matched, in words. Such an error is never retried.
    pub final_because: Option<String>,
}

impl Error {
    /// True when trying the same call again may succeed. Callers still decide whether a repeat is safe:
    /// a create is only repeated after `NotSent` or a 429.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Invalid(_)
            | Error::Unsupported { .. }
            | Error::Config(_)
            | Error::TaskEnded { .. }
            | Error::Io { .. }
            | Error::TooLarge { .. }
            | Error::NoVideo { .. } => false,
            Error::Deadline { .. } | Error::WaitFailed { .. } => false,
            Error::MaybeCharged { cause, .. } => cause.is_retryable(),
            Error::NotSent { .. } | Error::MaybeSent { .. } => true,
            Error::Vendor(v) => {
                v.final_because.is_none() && (v.http_status == 429 || v.http_status >= 500)
            }
            Error::UnexpectedResponse { http_status, .. } => *http_status >= 500,
        }
    }

    /// True when the request certainly did not reach the vendor.
    pub fn was_not_sent(&self) -> bool {
        matches!(
            self,
            Error::Invalid(_)
                | Error::Unsupported { .. }
                | Error::Config(_)
                | Error::NotSent { .. }
        )
    }

    /// The error behind a [`Error::MaybeCharged`] (what went wrong after the create was sent); any
    /// other error itself.
    pub fn underlying(&self) -> &Error {
        match self {
            Error::MaybeCharged { cause, .. } => cause,
            other => other,
        }
    }

    /// The violations of an [`Error::Invalid`].
    pub fn violations(&self) -> Option<&Violations> {
        match self {
            Error::Invalid(v) => Some(v),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(v) => write!(f, "invalid request (nothing sent): {v}"),
            Error::Unsupported {
                provider,
                field,
                limit,
            } => write!(
                f,
                "{provider} cannot honour {field}: {limit} (nothing sent)"
            ),
            Error::Config(m) => write!(f, "configuration error (nothing sent): {m}"),
            Error::NotSent { operation, reason } => {
                write!(f, "{operation}: could not connect (nothing sent): {reason}")
            }
            Error::MaybeSent {
                operation, reason, ..
            } => write!(
                f,
                "{operation}: the request may have reached the vendor: {reason}"
            ),
            Error::Vendor(v) => write!(f, "{v}"),
            Error::TaskEnded { provider, task } => {
                write!(f, "{provider}: the task ended {}", task.status)?;
                if let Some(id) = &task.id {
                    write!(f, " (task {id})")?;
                }
                if let Some(error) = &task.error {
                    write!(f, ": {error}")?;
                }
                if let Some(code) = &task.error_code {
                    write!(f, " [{code}]")?;
                }
                Ok(())
            }
            Error::Deadline { handle } => match &handle.last_status {
                Some(status) => write!(
                    f,
                    "{}: task {} is still {status} at the deadline",
                    handle.provider, handle.task_id
                ),
                None => write!(
                    f,
                    "{}: no poll of task {} told its status before the deadline",
                    handle.provider, handle.task_id
                ),
            },
            Error::MaybeCharged {
                operation,
                cause,
                id_hint,
            } => {
                write!(
                    f,
                    "{operation}: the create may have been accepted and charged: {cause}"
                )?;
                if let Some(id) = id_hint {
                    write!(f, " (id-like value in the reply: {id})")?;
                }
                Ok(())
            }
            Error::WaitFailed {
                handle,
                reason,
                last,
            } => write!(
                f,
                "{}: stopped waiting for task {}: {reason}; last error: {last}",
                handle.provider, handle.task_id
            ),
            Error::Io { path, reason } => write!(f, "{}: {reason}", path.display()),
            Error::TooLarge {
                operation,
                what,
                limit,
                setting,
            } => write!(
                f,
                "{operation}: the {what} is larger than the cap of {} ({setting}); reading stopped",
                bytes_text(*limit)
            ),
            Error::NoVideo { provider, tried } => {
                write!(f, "{provider}: no source gave the video")?;
                for (n, (source, error)) in tried.iter().enumerate() {
                    write!(f, "; {}. {source}: {error}", n + 1)?;
                }
                Ok(())
            }
            Error::UnexpectedResponse {
                operation,
                http_status,
                reason,
                body,
            } => {
                write!(
                    f,
                    "{operation}: unexpected reply (HTTP {http_status}): {reason}"
                )?;
                // No body read (a bad video URL, a redirect the client followed): nothing to show.
                if body.is_empty() {
                    Ok(())
                } else {
                    write!(f, "; body: {body}")
                }
            }
        }
    }
}

impl fmt::Display for VendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: vendor error (HTTP {}",
            self.operation, self.http_status
        )?;
        if let Some(code) = &self.code {
            write!(f, ", code {code}")?;
        }
        write!(f, "): {}", self.message)?;
        if let Some(why) = &self.final_because {
            // A final error's Retry-After is moot: it is never retried.
            return write!(f, " (final, not retried: {why})");
        }
        if let Some(after) = self.retry_after.filter(|a| !a.is_zero()) {
            write!(f, " (the vendor asks to wait {} s)", after.as_secs())?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<Violations> for Error {
    fn from(v: Violations) -> Self {
        Error::Invalid(v)
    }
}

/// A checked constructor's refusal (`Prompt::new("")?`) is an invalid request: nothing was sent.
impl From<crate::Violation> for Error {
    fn from(v: crate::Violation) -> Self {
        Error::Invalid(v.into())
    }
}

/// `16 MiB`, `4 GiB`, or bytes when not a whole number of MiB.
pub(crate) fn bytes_text(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b => format!("{b} bytes"),
    }
}

/// The start of a body, cut on a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    if text.len() <= BODY_EXCERPT {
        return text.into_owned();
    }
    let mut end = BODY_EXCERPT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &text[..end], body.len())
}
