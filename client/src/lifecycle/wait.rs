//! `wait`: poll the provider's query operation until the task ends, pacing polls the way the vendor
//! asks, and hand back a resumable handle at the deadline.

use crate::spec::Provider;
use crate::task::handle::TaskHandle;
use crate::transport::retry::{RetryPolicy, jitter};
use crate::{Error, HttpClient, Task, TaskStatus};
use std::time::{Duration, Instant};
use tracing::Instrument;

/// How long and how often to poll.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WaitOptions {
    /// Give up after this long and return the task's handle.
    pub timeout: Duration,
    /// Pause before the first poll.
    pub first_poll: Duration,
    /// Pauses grow by half each poll up to this.
    pub max_interval: Duration,
    /// Poll no faster than the spec's `min_interval_ms`, whatever the settings above say.
    pub respect_vendor_pacing: bool,
}

impl WaitOptions {
    /// Defaults from the vendor's guidance: its minimum interval as a floor, its suggested interval
    /// as the cap, 30 minutes in all.
    pub fn for_provider(provider: &Provider) -> WaitOptions {
        let suggested = Duration::from_millis(provider.polling().suggested_interval_ms());
        WaitOptions {
            timeout: Duration::from_secs(30 * 60),
            first_poll: Duration::from_secs(2),
            max_interval: if suggested.is_zero() {
                Duration::from_secs(15)
            } else {
                suggested
            },
            respect_vendor_pacing: true,
        }
    }

    /// Quick polling, for simulators and tests (the vendor's minimum interval still applies).
    pub fn quick(timeout: Duration) -> WaitOptions {
        WaitOptions {
            timeout,
            first_poll: Duration::from_millis(20),
            max_interval: Duration::from_millis(200),
            respect_vendor_pacing: true,
        }
    }

    /// The pause after `previous`: 1.5× with jitter, within [floor, max_interval].
    fn next_interval(&self, previous: Duration, floor: Duration) -> Duration {
        let grown = jitter(previous.mul_f64(1.5)).min(self.max_interval);
        grown.max(floor)
    }
}

impl HttpClient {
    /// A handle for a task this client submitted.
    pub fn track(&self, task: &Task, model: Option<&str>) -> Result<TaskHandle, Error> {
        let task_id = task.id.clone().ok_or_else(|| Error::UnexpectedResponse {
            operation: self.provider().id().to_string(),
            http_status: 200,
            reason: "the reply carries no task id to track".to_string(),
            body: String::new(),
        })?;
        Ok(TaskHandle {
            provider: self.provider().id().to_string(),
            base_url: self.base_url().to_string(),
            task_id,
            model: model.map(str::to_string),
            last_status: Some(task.status.clone()),
            links: task.links.clone(),
            hosts: self.host_urls(),
        })
    }

    /// Polls until the task completes (`Ok`), ends otherwise (`Error::TaskEnded`: failed, cancelled,
    /// expired), or the time runs out (`Error::Deadline`, with a handle to resume from). `on_update`
    /// sees every poll's task. An unknown status word keeps polling: it is never taken as a failure.
    /// See [`HttpClient::wait_with`] for failed polls.
    pub async fn wait(
        &self,
        handle: &TaskHandle,
        options: &WaitOptions,
        mut on_update: impl FnMut(&Task),
    ) -> Result<Task, Error> {
        self.wait_with(handle, options, |event| {
            if let WaitEvent::Polled(task) = event {
                on_update(task);
            }
        })
        .await
    }

    /// Like [`HttpClient::wait`], reporting failed polls too. One failed poll (a 5xx, a malformed
    /// reply, a dropped or refused connection) never ends the wait: it is reported and polled again,
    /// after the vendor's `Retry-After` when it gives one. The wait ends with `Error::WaitFailed` (and a
    /// handle) after [`MAX_FAILED_POLLS`] failures in a row or [`MAX_FAILING`] of them, or at once when
    /// the vendor asks to wait past the deadline; a reply that can never change (401, 404, ...) ends
    /// it with that error. The timeout bounds everything, a poll in flight included.
    pub async fn wait_with(
        &self,
        handle: &TaskHandle,
        options: &WaitOptions,
        mut on_event: impl FnMut(WaitEvent<'_>),
    ) -> Result<Task, Error> {
        let deadline_at = Instant::now() + options.timeout;
        let left = || deadline_at.saturating_duration_since(Instant::now());
        // One request per poll: this loop paces and retries, within the deadline.
        let poller = self.with_retry_policy(RetryPolicy::NONE);
        let floor = if options.respect_vendor_pacing {
            Duration::from_millis(self.provider().polling().min_interval_ms())
        } else {
            Duration::ZERO
        };
        let mut interval = options.first_poll.max(floor);
        let mut pause = interval;
        let mut last: Option<Task> = None;
        let mut failing: Option<(u32, Instant)> = None;
        let mut poll = 0;
        loop {
            poll += 1;
            tokio::time::sleep(pause.min(left())).await;
            if left().is_zero() {
                return Err(deadline(handle, last.as_ref()));
            }
            let span = crate::transport::trace::poll_span(self.provider(), &handle.task_id, poll);
            let query = poller.query_task(&handle.task_id).instrument(span.clone());
            let Ok(polled) = tokio::time::timeout(left(), query).await else {
                tracing::info!(parent: &span, "the deadline came during the poll");
                return Err(deadline(handle, last.as_ref()));
            };
            interval = options.next_interval(interval, floor);
            pause = interval;
            let error = match polled {
                // A reply whose status the spec cannot read tells nothing: a failed poll, so a run
                // of them ends the wait instead of polling blind until the deadline.
                Ok(task) if task.is_unreadable() => Error::UnexpectedResponse {
                    operation: format!("{}.query", self.provider().id()),
                    http_status: 200,
                    reason: "the reply carries no status the spec can read".to_string(),
                    body: String::new(),
                },
                Ok(mut task) => {
                    handle.lend_links(&mut task);
                    tracing::info!(parent: &span, status = %task.status, progress = ?task.progress, "polled");
                    failing = None;
                    on_event(WaitEvent::Polled(&task));
                    match task.status {
                        TaskStatus::Completed => return Ok(task),
                        TaskStatus::Failed | TaskStatus::Cancelled | TaskStatus::Expired => {
                            return Err(Error::TaskEnded {
                                provider: self.provider().id().to_string(),
                                task: Box::new(task),
                            });
                        }
                        _ => last = Some(task),
                    }
                    continue;
                }
                Err(e) if is_permanent(&e) => return Err(e),
                Err(e) => e,
            };
            let (failures, since) = failing.get_or_insert((0, Instant::now()));
            *failures += 1;
            let failures = *failures;
            let stop = |reason: String, error: Error| Error::WaitFailed {
                handle: Box::new(observed(handle, last.as_ref())),
                reason,
                last: Box::new(error),
            };
            if failures >= MAX_FAILED_POLLS || since.elapsed() >= MAX_FAILING {
                let reason = format!(
                    "{failures} polls in a row failed over {:.1} s",
                    since.elapsed().as_secs_f64()
                );
                return Err(stop(reason, error));
            }
            if let Some(asked) = asked_to_wait(&error) {
                if asked > left() {
                    let reason = format!(
                        "the vendor asked to wait {} s before polling again, past the deadline \
                         ({} s left)",
                        asked.as_secs(),
                        left().as_secs()
                    );
                    return Err(stop(reason, error));
                }
                pause = pause.max(asked);
            }
            pause = pause.max(FAILED_POLL_PAUSE);
            tracing::info!(parent: &span, error = %error, failures, "poll failed; retrying");
            on_event(WaitEvent::PollFailed {
                error: &error,
                failures,
                retry_in: pause.min(left()),
            });
        }
    }
}

/// What [`HttpClient::wait_with`] reports as it goes.
#[derive(Debug)]
pub enum WaitEvent<'a> {
    /// A poll answered with the task.
    Polled(&'a Task),
    /// A poll failed; the wait goes on, polling again in `retry_in`.
    PollFailed {
        /// What the poll met.
        error: &'a Error,
        /// Failed polls in a row, this one included.
        failures: u32,
        /// The pause before the next poll.
        retry_in: Duration,
    },
}

/// Failed polls in a row that end a wait.
pub const MAX_FAILED_POLLS: u32 = 5;
/// The least pause after a failed poll, so a server restarting is given a moment.
const FAILED_POLL_PAUSE: Duration = Duration::from_secs(1);
/// How long polls may keep failing before the wait ends.
pub(crate) const MAX_FAILING: Duration = Duration::from_secs(120);

/// Errors no later poll can cure: the request itself is wrong (bad key, unknown task, bad handle), or
/// the spec declares the vendor's error final (out of credits).
fn is_permanent(error: &Error) -> bool {
    match error {
        Error::Invalid(_) | Error::Unsupported { .. } | Error::Config(_) | Error::Io { .. } => true,
        Error::Vendor(v) if v.final_because.is_some() => true,
        Error::Vendor(v) => {
            (400..500).contains(&v.http_status) && ![408, 425, 429].contains(&v.http_status)
        }
        _ => false,
    }
}

/// The pause the vendor asked for (`Retry-After`).
fn asked_to_wait(error: &Error) -> Option<Duration> {
    match error {
        Error::Vendor(v) => v.retry_after,
        _ => None,
    }
}

/// The handle with the status a poll of this wait saw last (`None` when none answered): never a
/// status from an earlier run presented as current.
fn observed(handle: &TaskHandle, last: Option<&Task>) -> TaskHandle {
    TaskHandle {
        last_status: last.map(|t| t.status.clone()),
        ..handle.clone()
    }
}

fn deadline(handle: &TaskHandle, last: Option<&Task>) -> Error {
    Error::Deadline {
        handle: Box::new(observed(handle, last)),
    }
}

/// What a task is waited on from: its handle, or the typed reply of the create call that started it
/// (the reply knows the model the request named).
pub trait Trackable {
    /// The task's handle, made by `client` when this is not one already.
    fn handle(&self, client: &HttpClient) -> Result<TaskHandle, Error>;
}

impl Trackable for TaskHandle {
    fn handle(&self, _: &HttpClient) -> Result<TaskHandle, Error> {
        Ok(self.clone())
    }
}

impl<T> Trackable for crate::Reply<T> {
    fn handle(&self, client: &HttpClient) -> Result<TaskHandle, Error> {
        client.track(&self.task, self.model.as_deref())
    }
}
