//! The task a create call returned, for calls chosen at run time: a reply without a task id to
//! follow is a create the vendor may have taken, and is reported so.

use crate::error::excerpt;
use crate::transport::charged::after_create;
use crate::{DynReply, Error, Task};
use serde_json::Value;

/// The outcome of a create call as a task, or an error that says whether it may have been charged:
/// a reply without a task (or without an id to follow it by) is a create the vendor may have taken.
pub fn task_of_reply(operation: &str, outcome: Result<DynReply, Error>) -> Result<Task, Error> {
    let reply = outcome.map_err(|e| after_create(operation, e, None))?;
    let body = match reply {
        DynReply::Json {
            task: Some(task), ..
        } if task.id.is_some() => return Ok(task),
        DynReply::Json { body, .. } => body,
        DynReply::Content(_) => Value::Null,
    };
    let cause = Error::UnexpectedResponse {
        operation: operation.to_string(),
        http_status: 200,
        reason: "the create reply carries no task id to follow".to_string(),
        body: excerpt(body.to_string().as_bytes()),
    };
    Err(after_create(operation, cause, Some(&body)))
}
