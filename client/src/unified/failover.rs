//! Failover: submit one provider-neutral request to the first provider, in order, that takes it.
//!
//! A create is paid, so the next provider is tried only when the error proves the create was not taken:
//! rejected before sending (the request does not fit the provider), refused by the vendor (a 4xx reply,
//! 429 included), or unreachable (no connection was made). After anything that may have reached a
//! server (a timeout, a dropped connection, a 5xx, a reply that cannot be read) the failover stops: a
//! second provider could otherwise render, and bill, the same video twice.

use crate::Provider;
use crate::lifecycle::created::task_of_reply;
use crate::task::handle::TaskHandle;
pub use crate::transport::charged::Verdict;
use crate::transport::charged::after_create;
use crate::unified::{VideoRequest, convert};
use crate::{Error, HttpClient, Task};
use std::fmt;

/// One provider that did not take the request.
#[derive(Debug)]
pub struct Attempt {
    /// The provider id.
    pub provider: &'static str,
    /// What its error proves about the create.
    pub verdict: Verdict,
    /// The error.
    pub error: Error,
}

impl fmt::Display for Attempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.provider, self.verdict, self.error)
    }
}

/// The provider that took the request.
#[derive(Debug)]
pub struct Submitted {
    /// Its position in the list given.
    pub index: usize,
    /// The provider.
    pub provider: &'static Provider,
    /// The create operation called.
    pub operation: &'static str,
    /// The task as the create reply described it.
    pub task: Task,
    /// Resumes the task (wait, download) in this or another process.
    pub handle: TaskHandle,
    /// Choices made while converting the request (a required model left out, ..., and which create
    /// was chosen and why, when the provider has several).
    pub notes: Vec<String>,
    /// The spec's `then: warn`/`drop` rules the request broke: what the vendor really does with it.
    pub warnings: Vec<crate::Warning>,
    /// The providers passed over before it, in order.
    pub attempts: Vec<Attempt>,
}

/// No provider took the request: every provider's outcome, in order. When the last one's verdict is
/// [`Verdict::MaybeTaken`] the failover stopped there and later providers were not tried.
#[derive(Debug)]
pub struct FailoverError {
    /// Each provider tried, in order.
    pub attempts: Vec<Attempt>,
}

impl FailoverError {
    /// True when the failover stopped because the create may have reached a vendor.
    pub fn may_have_been_taken(&self) -> bool {
        self.attempts
            .last()
            .is_some_and(|a| a.verdict == Verdict::MaybeTaken)
    }

    /// The last provider's error (what decides an exit code).
    pub fn last_error(&self) -> Option<&Error> {
        self.attempts.last().map(|a| &a.error)
    }
}

impl fmt::Display for FailoverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.attempts.is_empty() {
            return f.write_str("no provider to submit to");
        }
        if self.may_have_been_taken() {
            f.write_str(
                "stopped: the create may have reached a vendor, so no other provider was tried",
            )?;
        } else {
            f.write_str("no provider took the request")?;
        }
        for attempt in &self.attempts {
            write!(f, "\n  {attempt}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FailoverError {}

/// The notes of a converted request, with which create was chosen and why when the provider's
/// creates say when they take a request (`unified.when`).
fn notes_of(provider: &Provider, converted: &crate::unified::Converted) -> Vec<String> {
    let mut notes = converted.notes.clone();
    if let Some(why) = &converted.chosen_because {
        notes.push(format!(
            "{}: create `{}` chosen: {why}",
            provider.id(),
            converted.operation.name()
        ));
    }
    notes
}

/// Submits `req` to the first client's provider that takes it (see the module docs for when the next
/// one is tried).
pub async fn submit_first(
    clients: &[HttpClient],
    req: &VideoRequest,
) -> Result<Submitted, FailoverError> {
    submit_first_with(clients, req, None, |_| {}).await
}

/// Like [`submit_first`], on the create operation called `operation` (else the create each provider's
/// `unified.when` conditions pick for `req`, see [`crate::unified::convert`]), calling `on_pass` for each provider passed over as it
/// happens.
pub async fn submit_first_with(
    clients: &[HttpClient],
    req: &VideoRequest,
    operation: Option<&str>,
    mut on_pass: impl FnMut(&Attempt),
) -> Result<Submitted, FailoverError> {
    let mut attempts = Vec::new();
    for (index, client) in clients.iter().enumerate() {
        let provider = client.provider();
        let outcome = async {
            let converted = convert(req, provider, operation)?;
            let name = format!("{}.{}", provider.id(), converted.operation.name());
            let reply = provider
                .call(client, converted.operation.name(), converted.input.clone())
                .await;
            // From here on the create may have reached the vendor: every error says so.
            let task = task_of_reply(&name, reply)?;
            let handle = client
                .track(&task, converted.model.as_deref())
                .map_err(|e| after_create(&name, e, None))?;
            Ok::<_, Error>((converted, task, handle))
        }
        .await;
        let (error, verdict) = match outcome {
            Ok((converted, task, handle)) => {
                let warnings = provider
                    .warnings(converted.operation.name(), &converted.input)
                    .unwrap_or_default();
                return Ok(Submitted {
                    warnings,
                    index,
                    provider,
                    operation: converted.operation.name(),
                    task,
                    handle,
                    notes: notes_of(provider, &converted),
                    attempts,
                });
            }
            Err(e) => {
                let verdict = Verdict::of(&e);
                (e, verdict)
            }
        };
        let attempt = Attempt {
            provider: provider.id(),
            verdict,
            error,
        };
        if !verdict.moves_on() {
            attempts.push(attempt);
            return Err(FailoverError { attempts });
        }
        on_pass(&attempt);
        attempts.push(attempt);
    }
    Err(FailoverError { attempts })
}
