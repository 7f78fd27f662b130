//! The normalized task every provider's replies are mapped onto, so `wait` and `download` work the same
//! for every vendor whatever its reply looks like.

use crate::path;
use crate::spec::{StatusStep, TaskMapping};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;

/// Where a task is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    Queued,
    Processing,
    Completed,
    Failed,
    Cancelled,
    Expired,
    /// A vendor word the spec does not map; kept (never treated as a failure) so polling goes on.
    Unknown(String),
}

impl TaskStatus {
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
    pub fn parse_normalized(word: &str) -> Option<TaskStatus> {
        Some(match word {
            "queued" => TaskStatus::Queued,
            "processing" => TaskStatus::Processing,
            "completed" => TaskStatus::Completed,
            "failed" => TaskStatus::Failed,
            "cancelled" => TaskStatus::Cancelled,
            "expired" => TaskStatus::Expired,
            "unknown" => TaskStatus::Unknown(String::new()),
            _ => return None,
        })
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
        Ok(TaskStatus::parse_normalized(&word).unwrap_or(TaskStatus::Unknown(word)))
    }
}

/// A vendor reply reduced to what the lifecycle needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "TaskRepr")]
pub struct Task {
    pub id: Option<String>,
    pub status: TaskStatus,
    /// The vendor's own status word, when one was read.
    pub status_word: Option<String>,
    /// Percent done, 0 to 100.
    pub progress: Option<u8>,
    pub video_url: Option<String>,
    pub error: Option<String>,
    pub error_code: Option<String>,
}

/// A task nothing is known about yet: queued, no id.
impl Default for Task {
    fn default() -> Self {
        Task {
            id: None,
            status: TaskStatus::Queued,
            status_word: None,
            progress: None,
            video_url: None,
            error: None,
            error_code: None,
        }
    }
}

/// The serialized form of a [`Task`]: `status` is `"unknown"` for every unmapped word, so the word is
/// restored from `status_word` when read back.
#[derive(Deserialize)]
struct TaskRepr {
    id: Option<String>,
    status: TaskStatus,
    status_word: Option<String>,
    progress: Option<u8>,
    video_url: Option<String>,
    error: Option<String>,
    error_code: Option<String>,
}

impl From<TaskRepr> for Task {
    fn from(r: TaskRepr) -> Self {
        let status = match (r.status, &r.status_word) {
            (TaskStatus::Unknown(w), Some(word)) if w.is_empty() => {
                TaskStatus::Unknown(word.clone())
            }
            (status, _) => status,
        };
        Task {
            id: r.id,
            status,
            status_word: r.status_word,
            progress: r.progress,
            video_url: r.video_url,
            error: r.error,
            error_code: r.error_code,
        }
    }
}

/// Maps one reply onto a [`Task`] with the spec's paths; never fails, missing parts stay `None`.
pub fn normalize(reply: &Value, mapping: &TaskMapping) -> Task {
    let mut task = Task {
        id: first_with(reply, mapping.id, scalar_text),
        status: TaskStatus::Queued,
        status_word: None,
        progress: first_with(reply, mapping.progress, progress_of),
        video_url: first_with(reply, mapping.video_url, |v| v.as_str().map(str::to_string)),
        error: first_with(reply, mapping.error, error_text),
        error_code: first_with(reply, mapping.error_code, scalar_text),
    };
    apply_status(reply, mapping.status, &mut task);
    task
}

/// Maps every item of the list at `at` (the reply itself when `at` is empty); not a list → no tasks.
pub fn normalize_many(reply: &Value, at: &str, mapping: &TaskMapping) -> Vec<Task> {
    let list = if at.is_empty() {
        Some(std::borrow::Cow::Borrowed(reply))
    } else {
        path::get(reply, at)
    };
    match list.as_deref() {
        Some(Value::Array(items)) => items.iter().map(|item| normalize(item, mapping)).collect(),
        _ => Vec::new(),
    }
}

/// The first path whose value `read` accepts.
fn first_with<T>(reply: &Value, paths: &[&str], read: impl Fn(&Value) -> Option<T>) -> Option<T> {
    paths
        .iter()
        .find_map(|p| path::get(reply, p).and_then(|v| read(&v)))
}

/// A string or number as text; booleans and containers are not ids or codes (also used for error codes
/// of vendor error replies).
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An error message: a string, a number, or an object's `message` / `reason` / `msg` (also used for
/// vendor error replies, whose `errors.message` paths may point at any of these).
pub fn error_text(v: &Value) -> Option<String> {
    match v {
        Value::Object(map) => ["message", "reason", "msg"]
            .iter()
            .find_map(|k| {
                map.get(*k)
                    .and_then(Value::as_str)
                    .filter(|s| !s.is_empty())
            })
            .map(str::to_string),
        other => scalar_text(other),
    }
}

/// Percent from `42`, `42.5`, `"42"` or `"42.5%"`, clamped to 0..=100.
fn progress_of(v: &Value) -> Option<u8> {
    let value = match v {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s
            .trim()
            .trim_end_matches('%')
            .trim_end()
            .parse::<f64>()
            .ok()?,
        _ => return None,
    };
    if !value.is_finite() {
        return None;
    }
    // Clamped first, so the cast is exact.
    Some(value.round().clamp(0.0, 100.0) as u8)
}

/// Runs the ordered status steps; the first one that decides wins, and none deciding means queued.
fn apply_status(reply: &Value, steps: &[StatusStep], task: &mut Task) {
    for step in steps {
        match step {
            StatusStep::Word { path: at, map } => {
                if let Some(word) = path::get(reply, at).and_then(|v| path::as_text(&v)) {
                    task.status = map_word(&word, map);
                    task.status_word = Some(word);
                    return;
                }
            }
            StatusStep::When {
                test,
                then,
                message,
            } => {
                if test.as_ref().is_none_or(|t| path::test_holds(reply, t)) {
                    task.status = then.clone();
                    if task.error.is_none() {
                        task.error = message.map(str::to_string);
                    }
                    return;
                }
            }
        }
    }
}

/// Looks a vendor word up, exactly first and then ignoring ASCII case; unmapped words are `Unknown`.
fn map_word(word: &str, map: &[(&str, TaskStatus)]) -> TaskStatus {
    map.iter()
        .find(|(w, _)| *w == word)
        .or_else(|| map.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)))
        .map(|(_, status)| status.clone())
        .unwrap_or_else(|| TaskStatus::Unknown(word.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{PathTest, Scalar};
    use serde_json::json;

    static WORDS: &[(&str, TaskStatus)] = &[
        ("queued", TaskStatus::Queued),
        ("processing", TaskStatus::Processing),
        ("Processing", TaskStatus::Queued),
        ("completed", TaskStatus::Completed),
        ("failed", TaskStatus::Failed),
        ("2", TaskStatus::Completed),
    ];

    static STEPS: &[StatusStep] = &[
        StatusStep::When {
            test: Some(PathTest::Equals(
                "video.respect_moderation",
                Scalar::Bool(false),
            )),
            then: TaskStatus::Failed,
            message: Some("blocked by moderation"),
        },
        StatusStep::Word {
            path: "status",
            map: WORDS,
        },
        StatusStep::When {
            test: Some(PathTest::Present("finished_at")),
            then: TaskStatus::Completed,
            message: None,
        },
        StatusStep::When {
            test: None,
            then: TaskStatus::Processing,
            message: Some("no status yet"),
        },
    ];

    static MAPPING: TaskMapping = TaskMapping {
        id: &["data.id", "id"],
        status: STEPS,
        progress: &["data.progress", "progress"],
        video_url: &["output.url", "video_url"],
        error: &["error.message", "error"],
        error_code: &["error.code", "code"],
    };

    #[test]
    fn reads_a_full_reply() {
        let reply = json!({
            "id": "task-1",
            "status": "completed",
            "progress": "100%",
            "video_url": "https://x/v.mp4",
        });
        let task = normalize(&reply, &MAPPING);
        assert_eq!(task.id.as_deref(), Some("task-1"));
        assert_eq!(task.status, TaskStatus::Completed);
        assert_eq!(task.status_word.as_deref(), Some("completed"));
        assert_eq!(task.progress, Some(100));
        assert_eq!(task.video_url.as_deref(), Some("https://x/v.mp4"));
        assert_eq!(task.error, None);
        assert_eq!(task.error_code, None);
    }

    #[test]
    fn ids_may_be_numbers_and_empty_ones_are_skipped() {
        let reply = json!({"data": {"id": ""}, "id": 12345});
        assert_eq!(normalize(&reply, &MAPPING).id.as_deref(), Some("12345"));
        assert_eq!(normalize(&json!({"id": true}), &MAPPING).id, None);
    }

    #[test]
    fn word_lookup_is_exact_then_case_insensitive() {
        let status = |w: Value| normalize(&json!({"status": w}), &MAPPING).status;
        assert_eq!(status(json!("Processing")), TaskStatus::Queued);
        assert_eq!(status(json!("PROCESSING")), TaskStatus::Processing);
        assert_eq!(status(json!("FAILED")), TaskStatus::Failed);
        assert_eq!(status(json!(2)), TaskStatus::Completed);
        assert_eq!(status(json!("weird")), TaskStatus::Unknown("weird".into()));
    }

    #[test]
    fn unknown_word_decides_and_is_kept() {
        let task = normalize(&json!({"status": "weird", "finished_at": 1}), &MAPPING);
        assert_eq!(task.status, TaskStatus::Unknown("weird".into()));
        assert_eq!(task.status_word.as_deref(), Some("weird"));
        assert!(!task.status.is_terminal());
    }

    #[test]
    fn steps_run_in_order() {
        let moderated = json!({"status": "completed", "video": {"respect_moderation": false}});
        let task = normalize(&moderated, &MAPPING);
        assert_eq!(task.status, TaskStatus::Failed);
        assert_eq!(task.error.as_deref(), Some("blocked by moderation"));
        assert_eq!(task.status_word, None);

        let finished = normalize(&json!({"status": "", "finished_at": "2024"}), &MAPPING);
        assert_eq!(finished.status, TaskStatus::Completed);
        assert_eq!(finished.error, None);

        let bare = normalize(&json!({}), &MAPPING);
        assert_eq!(bare.status, TaskStatus::Processing);
        assert_eq!(bare.error.as_deref(), Some("no status yet"));
    }

    #[test]
    fn step_message_does_not_replace_a_read_error() {
        let reply = json!({"video": {"respect_moderation": false}, "error": "nsfw"});
        let task = normalize(&reply, &MAPPING);
        assert_eq!(task.status, TaskStatus::Failed);
        assert_eq!(task.error.as_deref(), Some("nsfw"));
    }

    #[test]
    fn no_deciding_step_means_queued() {
        let mapping = TaskMapping::default();
        let task = normalize(&json!({"status": "done"}), &mapping);
        assert_eq!(task.status, TaskStatus::Queued);
        assert_eq!(task.id, None);
    }

    #[test]
    fn progress_forms() {
        let progress = |p: Value| normalize(&json!({"progress": p}), &MAPPING).progress;
        assert_eq!(progress(json!(42)), Some(42));
        assert_eq!(progress(json!(42.5)), Some(43));
        assert_eq!(progress(json!("42")), Some(42));
        assert_eq!(progress(json!(" 42.4 % ")), Some(42));
        assert_eq!(progress(json!(250)), Some(100));
        assert_eq!(progress(json!(-3)), Some(0));
        assert_eq!(progress(json!("lots")), None);
        assert_eq!(progress(json!(true)), None);
        assert_eq!(progress(json!("NaN")), None);
        let fallback = json!({"data": {"progress": "soon"}, "progress": 7});
        assert_eq!(normalize(&fallback, &MAPPING).progress, Some(7));
    }

    #[test]
    fn video_url_must_be_a_string() {
        let reply = json!({"output": {"url": 5}, "video_url": "https://v"});
        assert_eq!(
            normalize(&reply, &MAPPING).video_url.as_deref(),
            Some("https://v")
        );
    }

    #[test]
    fn error_forms() {
        let error = |e: Value| normalize(&json!({"status": "queued", "error": e}), &MAPPING).error;
        assert_eq!(error(json!("boom")), Some("boom".into()));
        assert_eq!(
            error(json!({"message": "bad prompt"})),
            Some("bad prompt".into())
        );
        assert_eq!(
            error(json!({"message": "", "reason": "r"})),
            Some("r".into())
        );
        assert_eq!(error(json!({"msg": "m"})), Some("m".into()));
        assert_eq!(error(json!(500)), Some("500".into()));
        assert_eq!(error(json!({"message": ""})), None);
        assert_eq!(error(json!({})), None);
        assert_eq!(error(json!("")), None);
        assert_eq!(error(json!(false)), None);
    }

    #[test]
    fn error_codes_are_strings_or_numbers() {
        let code = |c: Value| normalize(&json!({"error": {"code": c}}), &MAPPING).error_code;
        assert_eq!(code(json!("E1")), Some("E1".into()));
        assert_eq!(code(json!(40001)), Some("40001".into()));
        assert_eq!(code(json!({"x": 1})), None);
        let top = json!({"code": 7});
        assert_eq!(normalize(&top, &MAPPING).error_code.as_deref(), Some("7"));
    }

    #[test]
    fn many_maps_each_item() {
        let reply =
            json!({"items": [{"id": "a", "status": "queued"}, {"id": "b", "status": "failed"}]});
        let tasks = normalize_many(&reply, "items", &MAPPING);
        assert_eq!(tasks.len(), 2);
        assert_eq!(tasks[1].id.as_deref(), Some("b"));
        assert_eq!(tasks[1].status, TaskStatus::Failed);
        assert!(normalize_many(&reply, "nope", &MAPPING).is_empty());
        assert!(normalize_many(&json!({"items": {}}), "items", &MAPPING).is_empty());
        let top = json!([{"id": "z"}]);
        assert_eq!(normalize_many(&top, "", &MAPPING).len(), 1);
        let embedded = json!({"p": "[{\"id\": \"e\"}]"});
        assert_eq!(normalize_many(&embedded, "p.@json", &MAPPING).len(), 1);
    }

    #[test]
    fn status_words_round_trip() {
        for s in [
            TaskStatus::Queued,
            TaskStatus::Processing,
            TaskStatus::Completed,
            TaskStatus::Failed,
            TaskStatus::Cancelled,
            TaskStatus::Expired,
        ] {
            assert_eq!(TaskStatus::parse_normalized(s.as_str()), Some(s.clone()));
            let json = serde_json::to_value(&s).unwrap();
            assert_eq!(json, json!(s.as_str()));
            assert_eq!(serde_json::from_value::<TaskStatus>(json).unwrap(), s);
        }
        assert_eq!(
            TaskStatus::parse_normalized("unknown"),
            Some(TaskStatus::Unknown(String::new()))
        );
        assert_eq!(TaskStatus::parse_normalized("Queued"), None);
        let unknown = TaskStatus::Unknown("rendering".into());
        assert_eq!(serde_json::to_value(&unknown).unwrap(), json!("unknown"));
        assert_eq!(unknown.to_string(), "unknown (rendering)");
        assert_eq!(
            serde_json::from_value::<TaskStatus>(json!("rendering")).unwrap(),
            TaskStatus::Unknown("rendering".into())
        );
    }

    #[test]
    fn terminal_and_success() {
        assert!(TaskStatus::Completed.is_terminal() && TaskStatus::Completed.is_success());
        assert!(TaskStatus::Failed.is_terminal() && !TaskStatus::Failed.is_success());
        assert!(TaskStatus::Cancelled.is_terminal() && TaskStatus::Expired.is_terminal());
        assert!(!TaskStatus::Queued.is_terminal() && !TaskStatus::Processing.is_terminal());
        assert!(!TaskStatus::Unknown("x".into()).is_terminal());
    }

    #[test]
    fn task_round_trips_through_json() {
        let task = normalize(
            &json!({"id": "t", "status": "weird", "error": "e"}),
            &MAPPING,
        );
        let json = serde_json::to_value(&task).unwrap();
        assert_eq!(json["status"], json!("unknown"));
        assert_eq!(json["status_word"], json!("weird"));
        let back: Task = serde_json::from_value(json).unwrap();
        assert_eq!(back, task);
        assert_eq!(back.status, TaskStatus::Unknown("weird".into()));
    }
}
