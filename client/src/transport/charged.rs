//! What a failed create tells the caller about money: once the request may have reached the vendor,
//! every later problem is reported as "may have been accepted and charged", with what is known.

use crate::Error;
use serde_json::Value;
use std::fmt;

/// What an error proves about a create call: whether it certainly was not taken (so another provider
/// may be tried) or may have been. Failover reports it for each provider passed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The request does not fit the provider; nothing was sent.
    Rejected,
    /// The vendor answered with a 4xx: it did not take the create.
    Refused,
    /// No connection could be made; nothing was sent.
    Unreachable,
    /// The create may have reached the vendor: the failover stops here.
    MaybeTaken,
}

impl Verdict {
    /// What an error proves about a create call.
    pub fn of(error: &Error) -> Verdict {
        match error {
            Error::Invalid(_) | Error::Unsupported { .. } | Error::Config(_) | Error::Io { .. } => {
                Verdict::Rejected
            }
            Error::NotSent { .. } => Verdict::Unreachable,
            Error::Vendor(v) if (400..500).contains(&v.http_status) => Verdict::Refused,
            _ => Verdict::MaybeTaken,
        }
    }

    /// True when the next provider may be tried.
    pub fn moves_on(self) -> bool {
        self != Verdict::MaybeTaken
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Rejected => "rejected before sending",
            Verdict::Refused => "refused by the vendor",
            Verdict::Unreachable => "unreachable",
            Verdict::MaybeTaken => "may have taken the request",
        })
    }
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
