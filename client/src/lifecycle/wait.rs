//! `wait`: poll the provider's query operation until the task ends, pacing polls the way the vendor
//! asks, and hand back a resumable handle at the deadline.

use super::handle::TaskHandle;
use super::retry::jitter;
use crate::spec::Provider;
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
        let suggested = Duration::from_millis(provider.polling.suggested_interval_ms);
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
            operation: self.provider().id.to_string(),
            http_status: 200,
            reason: "the reply carries no task id to track".to_string(),
            body: String::new(),
        })?;
        Ok(TaskHandle {
            provider: self.provider().id.to_string(),
            base_url: self.base_url().to_string(),
            task_id,
            model: model.map(str::to_string),
            last_status: Some(task.status.clone()),
        })
    }

    /// Polls until the task completes (`Ok`), ends otherwise (`Error::TaskEnded`: failed, cancelled,
    /// expired), or the time runs out (`Error::Deadline`, with a handle to resume from). `on_update`
    /// sees every poll's task. An unknown status word keeps polling: it is never taken as a failure.
    pub async fn wait(
        &self,
        handle: &TaskHandle,
        options: &WaitOptions,
        mut on_update: impl FnMut(&Task),
    ) -> Result<Task, Error> {
        let started = Instant::now();
        let floor = if options.respect_vendor_pacing {
            Duration::from_millis(self.provider().polling.min_interval_ms)
        } else {
            Duration::ZERO
        };
        let mut interval = options.first_poll.max(floor);
        let mut last: Option<Task> = None;
        let mut poll = 0;
        loop {
            poll += 1;
            let remaining = options.timeout.saturating_sub(started.elapsed());
            if remaining.is_zero() {
                return Err(deadline(handle, last));
            }
            tokio::time::sleep(interval.min(remaining)).await;
            let span = crate::trace::poll_span(self.provider(), &handle.task_id, poll);
            match self
                .query_task(&handle.task_id)
                .instrument(span.clone())
                .await
            {
                Ok(task) => {
                    tracing::info!(parent: &span, status = %task.status, progress = ?task.progress, "polled");
                    on_update(&task);
                    match task.status {
                        TaskStatus::Completed => return Ok(task),
                        TaskStatus::Failed | TaskStatus::Cancelled | TaskStatus::Expired => {
                            return Err(Error::TaskEnded {
                                provider: self.provider().id.to_string(),
                                task: Box::new(task),
                            });
                        }
                        _ => last = Some(task),
                    }
                }
                // The query already retried; a transient failure that outlasted it is waited out
                // while time remains, anything else ends the wait.
                Err(e) if e.is_retryable() => {
                    tracing::info!(parent: &span, error = %e, "poll failed; polling on");
                }
                Err(e) => return Err(e),
            }
            interval = options.next_interval(interval, floor);
        }
    }
}

fn deadline(handle: &TaskHandle, last: Option<Task>) -> Error {
    let mut handle = handle.clone();
    if let Some(task) = &last {
        handle.last_status = Some(task.status.clone());
    }
    Error::Deadline {
        handle: Box::new(handle),
    }
}
