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
    pub reading: Reading,
    pub steps: Vec<String>,
}

/// Reads `body`, received with `http_status` from `op`, exactly as the client does.
pub fn explain(provider: &Provider, op: &Operation, http_status: u16, body: &[u8]) -> Explained {
    let mut trace = Trace::on();
    let reading = match interpret_traced(provider, op, http_status, None, body, &mut trace) {
        Err(Error::Vendor(v)) => Reading::VendorError(v),
        Err(other) => Reading::Unreadable(other.to_string()),
        Ok(value) => match (&op.response.task, op.response.tasks_at) {
            (Some(mapping), Some(at)) => {
                Reading::Tasks(read_many_traced(provider, &value, at, mapping, &mut trace))
            }
            (Some(mapping), None) => {
                let task = read_traced(provider, &value, mapping, &mut trace);
                if task.is_unreadable() {
                    Reading::Unreadable(format!(
                        "no status can be read from this reply: no step of {}.{}'s status \
                         mapping decides{}",
                        provider.id,
                        op.name,
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
                provider.id, op.name
            )),
        },
    };
    Explained {
        reading,
        steps: trace.into_steps(),
    }
}
