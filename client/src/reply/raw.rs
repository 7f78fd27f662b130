//! The whole reply as JSON, built the first time someone reads it: most callers only read the typed
//! reply and the task, and the whole tree costs more than both.

use bytes::Bytes;
use serde_json::Value;
use std::fmt;
use std::sync::OnceLock;

/// The whole reply as JSON ([`serde_json::Value`]), for fields the spec does not describe. It reads
/// as a `Value` (`reply.raw["field"]`, `reply.raw.get("field")`); the tree is built from the reply's
/// bytes on first use.
#[derive(Clone)]
pub struct RawReply {
    /// The reply as received (the API key cut out); empty once `value` was given whole.
    body: Bytes,
    value: OnceLock<Value>,
}

impl RawReply {
    /// A reply already checked to parse as JSON exactly as `Value` parses it: built when read.
    pub(crate) fn unparsed(body: Bytes) -> RawReply {
        RawReply {
            body,
            value: OnceLock::new(),
        }
    }

    /// The reply as JSON.
    pub fn value(&self) -> &Value {
        // The body was checked as `Value` reads it (`reply::light`), so this cannot fail; `Null`
        // only keeps a broken invariant from becoming a panic.
        self.value
            .get_or_init(|| serde_json::from_slice(&self.body).unwrap_or(Value::Null))
    }

    /// The reply as JSON, owned.
    pub fn into_value(mut self) -> Value {
        self.value();
        self.value.take().unwrap_or(Value::Null)
    }
}

/// A reply read whole already.
impl From<Value> for RawReply {
    fn from(value: Value) -> RawReply {
        RawReply {
            body: Bytes::new(),
            value: OnceLock::from(value),
        }
    }
}

impl std::ops::Deref for RawReply {
    type Target = Value;

    fn deref(&self) -> &Value {
        self.value()
    }
}

/// Prints as the `Value` does.
impl fmt::Debug for RawReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.value(), f)
    }
}

impl PartialEq<Value> for RawReply {
    fn eq(&self, other: &Value) -> bool {
        self.value() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_as_the_value() {
        let raw = RawReply::unparsed(Bytes::from_static(br#"{"a": [1, "x"], "b": null}"#));
        assert_eq!(raw["a"][1], "x");
        assert_eq!(raw.get("b"), Some(&Value::Null));
        assert_eq!(raw, json!({"a": [1, "x"], "b": null}));
        assert_eq!(
            format!("{raw:?}"),
            format!("{:?}", json!({"a": [1, "x"], "b": null}))
        );
        assert_eq!(raw.clone().into_value(), json!({"a": [1, "x"], "b": null}));
        let whole = RawReply::from(json!({"c": 1}));
        assert_eq!(whole["c"], 1);
        assert_eq!(whole.into_value(), json!({"c": 1}));
    }
}
