//! The normalized task statuses and their words, spelled once.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Where a task is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    /// Accepted, not started.
    Queued,
    /// Being generated.
    Processing,
    /// Finished; the video is available.
    Completed,
    /// Failed.
    Failed,
    /// Cancelled.
    Cancelled,
    /// The result expired.
    Expired,
    /// A vendor word the spec does not map; kept (never treated as a failure) so polling goes on.
    Unknown(String),
}

/// The unmapped status, for tables (a `const` table cannot build a `String`).
static UNKNOWN: TaskStatus = TaskStatus::Unknown(String::new());

impl TaskStatus {
    /// `Unknown` with no word, by reference: what a table maps a word to when the spec says `unknown`.
    pub const UNKNOWN: &'static TaskStatus = &UNKNOWN;

    /// Every normalized status, `unknown` last (with no vendor word).
    pub const ALL: [TaskStatus; 7] = [
        TaskStatus::Queued,
        TaskStatus::Processing,
        TaskStatus::Completed,
        TaskStatus::Failed,
        TaskStatus::Cancelled,
        TaskStatus::Expired,
        TaskStatus::Unknown(String::new()),
    ];

    /// The statuses a spec may map a vendor word to: all of them (a word mapped to `unknown` is kept
    /// and shown, and polling goes on).
    pub fn mappable() -> &'static [TaskStatus] {
        static ALL: [TaskStatus; 7] = TaskStatus::ALL;
        &ALL
    }

    /// True when the task will not change any more, so polling can stop.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            TaskStatus::Completed
                | TaskStatus::Failed
                | TaskStatus::Cancelled
                | TaskStatus::Expired
        )
    }

    /// True when the task finished with a result.
    pub fn is_success(&self) -> bool {
        matches!(self, TaskStatus::Completed)
    }

    /// The normalized word (`unknown` for every unmapped vendor word).
    pub fn as_str(&self) -> &'static str {
        match self {
            TaskStatus::Queued => "queued",
            TaskStatus::Processing => "processing",
            TaskStatus::Completed => "completed",
            TaskStatus::Failed => "failed",
            TaskStatus::Cancelled => "cancelled",
            TaskStatus::Expired => "expired",
            TaskStatus::Unknown(_) => "unknown",
        }
    }

    /// Reads a normalized word (as written by [`TaskStatus::as_str`]); `None` for anything else.
    pub fn parse(word: &str) -> Option<TaskStatus> {
        Self::ALL.iter().find(|s| s.as_str() == word).cloned()
    }

    /// Same as [`TaskStatus::parse`] (the name the runtime has always used).
    pub fn parse_normalized(word: &str) -> Option<TaskStatus> {
        Self::parse(word)
    }
}

impl fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TaskStatus::Unknown(word) if !word.is_empty() => write!(f, "unknown ({word})"),
            other => f.write_str(other.as_str()),
        }
    }
}

impl Serialize for TaskStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Reads a normalized word; any other word becomes `Unknown(word)` rather than an error.
impl<'de> Deserialize<'de> for TaskStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Ok(TaskStatus::parse(&word).unwrap_or(TaskStatus::Unknown(word)))
    }
}

/// What a spec may write where a status is expected: the mappable words, each with its description.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for TaskStatus {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Status".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let words: Vec<serde_json::Value> = TaskStatus::mappable()
            .iter()
            .map(|status| {
                serde_json::json!({
                    "const": status.as_str(),
                    "description": status.description(),
                    "type": "string",
                })
            })
            .collect();
        schemars::json_schema!({ "description": "A normalized task status.", "oneOf": words })
    }
}

#[cfg(feature = "schema")]
impl TaskStatus {
    /// What the status means, for spec authors (the schema's descriptions).
    fn description(&self) -> &'static str {
        match self {
            TaskStatus::Queued => "Accepted, not started.",
            TaskStatus::Processing => "Being generated.",
            TaskStatus::Completed => "Finished; the video is available.",
            TaskStatus::Failed => "Failed.",
            TaskStatus::Cancelled => "Cancelled.",
            TaskStatus::Expired => "The result expired.",
            TaskStatus::Unknown(_) => {
                "Not known: polling goes on (a vendor word mapped here is kept and shown)."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TaskStatus;

    #[test]
    fn words_round_trip() {
        for status in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(status.as_str()), Some(status.clone()));
        }
        assert_eq!(TaskStatus::parse("Queued"), None);
        assert_eq!(TaskStatus::mappable(), TaskStatus::ALL);
    }
}
