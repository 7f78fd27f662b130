//! One reply read the way the client reads it (HTTP status, envelope, error shapes, task mapping), with
//! a trace of what decided each part: for spec authors checking a spec against real traffic, and for
//! bug reports (`grokvid spec read`).

use crate::reply::interpret_traced;
use crate::spec::{Operation, Provider};
use crate::task::{Trace, read_many_traced, read_traced};
use crate::{Error, Task, VendorError};

/// What one reply says, as the client would act on it.
#[derive(Debug)]
pub enum Reading {
    /// A task (create, query and other task replies).
    Task(Task),
    /// The tasks of a batch reply.
    Tasks(Vec<Task>),
    /// The vendor's error (error status, failed envelope, error-shaped 2xx).
    VendorError(VendorError),
    /// Nothing the spec can read: not JSON, no status at all, or an operation with no task mapping.
    Unreadable(String),
}

/// A reading and the steps that led to it.
#[derive(Debug)]
pub struct Explained {
    /// What the reply was read as.
    pub reading: Reading,
    /// Each step of the reading, in words.
    pub steps: Vec<String>,
}

/// Reads `body`, received with `http_status` from `op`, exactly as the client does.
pub fn explain(provider: &Provider, op: &Operation, http_status: u16, body: &[u8]) -> Explained {
    let mut trace = Trace::on();
    let reading = match interpret_traced(provider, op, http_status, None, body, &mut trace) {
        Err(error) => match super::final_errors::mark(provider, error) {
            Error::Vendor(v) => {
                if let Some(why) = &v.final_because {
                    trace.note(|| format!("final (`errors.final`), not retried: {why}"));
                }
                Reading::VendorError(v)
            }
            other => Reading::Unreadable(other.to_string()),
        },
        Ok(value) => match (op.response().task(), op.response().tasks_at()) {
            (Some(mapping), Some(at)) => {
                Reading::Tasks(read_many_traced(provider, &value, at, mapping, &mut trace))
            }
            (Some(mapping), None) => {
                let task = read_traced(provider, &value, mapping, &mut trace);
                if task.is_unreadable() {
                    Reading::Unreadable(format!(
                        "no status can be read from this reply: no step of {}.{}'s status \
                         mapping decides{}",
                        provider.id(),
                        op.name(),
                        task.id
                            .map(|id| format!(" (task id {id})"))
                            .unwrap_or_default()
                    ))
                } else {
                    Reading::Task(task)
                }
            }
            (None, _) => Reading::Unreadable(format!(
                "{}.{} has no task mapping: its replies are not tasks",
                provider.id(),
                op.name()
            )),
        },
    };
    Explained {
        reading,
        steps: trace.into_steps(),
    }
}

impl Explained {
    /// The reading as one JSON object with exactly one key: `task` (with its `steps`), `tasks` (batch
    /// replies: `items` and `steps`), `vendor_error` or `unreadable`. Absent values are null.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        match &self.reading {
            Reading::Task(task) => {
                let mut fields = task_json(task);
                fields["steps"] = json!(self.steps);
                json!({ "task": fields })
            }
            Reading::Tasks(tasks) => json!({
                "tasks": {"items": tasks.iter().map(task_json).collect::<Vec<_>>(), "steps": self.steps}
            }),
            Reading::VendorError(v) => json!({
                "vendor_error": {
                    "http_status": v.http_status,
                    "code": v.code,
                    "message": v.message,
                    "final": v.final_because,
                }
            }),
            Reading::Unreadable(message) => json!({ "unreadable": {"message": message} }),
        }
    }
}

/// A task's normalized fields as JSON.
pub fn task_json(task: &Task) -> serde_json::Value {
    serde_json::json!({
        "id": task.id,
        "status": task.status.as_str(),
        "progress": task.progress,
        "video_url": task.video_url,
        "error": task.error,
        "created_at": task.created_at.map(crate::task::time::rfc3339),
        "finished_at": task.finished_at.map(crate::task::time::rfc3339),
        "error_code": task.error_code,
    })
}
