//! What a failed create tells the caller about money: once the request may have reached the vendor,
//! every later problem is reported as "may have been accepted and charged", with what is known.

use crate::error::excerpt;
use crate::unified::failover::Verdict;
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

/// `error` from a create call of `operation`: unchanged when it proves the create was not taken
/// (rejected before sending, refused, unreachable), else an [`Error::MaybeCharged`] that keeps it.
pub fn after_create(operation: &str, error: Error, reply: Option<&Value>) -> Error {
    if Verdict::of(&error).moves_on() || matches!(error, Error::MaybeCharged { .. }) {
        return error;
    }
    let id_hint = reply
        .and_then(id_in_json)
        .or_else(|| text_of(&error).and_then(id_in_text));
    Error::MaybeCharged {
        operation: operation.to_string(),
        cause: Box::new(error),
        id_hint,
    }
}

/// The vendor text an error carries (an error body, a reply excerpt).
fn text_of(error: &Error) -> Option<&str> {
    match error {
        Error::Vendor(v) => Some(&v.message),
        Error::UnexpectedResponse { body, .. } => Some(body),
        _ => None,
    }
}

/// Keys that name an id: `id`, `task_id`, `taskId`, `request_id`, ...
fn is_id_key(key: &str) -> bool {
    key.eq_ignore_ascii_case("id")
        || key.to_ascii_lowercase().ends_with("_id")
        || (key.len() > 2 && key.ends_with("Id"))
}

/// The first non-empty string or number under an id-like key, depth first.
fn id_in_json(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => {
            let direct = map.iter().find_map(|(k, v)| {
                if !is_id_key(k) {
                    return None;
                }
                match v {
                    Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }
            });
            direct.or_else(|| map.values().find_map(id_in_json))
        }
        Value::Array(items) => items.iter().find_map(id_in_json),
        _ => None,
    }
}

/// An id in vendor text: parsed as JSON when it is, else the first `"…id": "value"` in it (a cut or
/// malformed reply).
fn id_in_text(text: &str) -> Option<String> {
    if let Ok(value) = serde_json::from_str::<Value>(text)
        && let Some(id) = id_in_json(&value)
    {
        return Some(id);
    }
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let end = after.find('"')?;
        let key = &after[..end];
        let tail = after[end + 1..].trim_start();
        rest = &after[end + 1..];
        let Some(value) = tail.strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        if !is_id_key(key) {
            continue;
        }
        let id: String = match value.strip_prefix('"') {
            Some(quoted) => quoted.chars().take_while(|c| *c != '"').collect(),
            None => value
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "-_:.".contains(*c))
                .collect(),
        };
        if !id.trim().is_empty() {
            return Some(id);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_in_json_and_in_cut_text() {
        let reply = serde_json::json!({"code": 0, "data": {"taskId": "t-42", "n": 1}});
        assert_eq!(id_in_json(&reply).as_deref(), Some("t-42"));
        assert_eq!(
            id_in_text(r#"{"success":true,"task_id":"abc-1","trace_"#).as_deref(),
            Some("abc-1")
        );
        assert_eq!(
            id_in_text(r#"{"request_id": 77, "x"#).as_deref(),
            Some("77")
        );
        assert_eq!(id_in_text("upstream timeout"), None);
        assert_eq!(id_in_text(r#"{"paid": "yes", "video": "x"}"#), None);
    }
}
