//! The normalized task every provider's replies are mapped onto, so `wait` and `download` work the same
//! for every vendor whatever its reply looks like.

pub(crate) mod handle;
pub(crate) mod time;

use crate::json_path::{self, Path};
use crate::spec::{PathTest, Provider, StatusStep, TaskField, TaskMapping, TimeForm};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::time::SystemTime;

/// The normalized statuses are the spec language's own, with their words.
pub use grokvid_spec::TaskStatus;

/// A vendor reply reduced to what the lifecycle needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "TaskRepr")]
pub struct Task {
    /// The vendor's task id.
    pub id: Option<String>,
    /// Where the task is, normalized.
    pub status: TaskStatus,
    /// The vendor's own status word, when one was read.
    pub status_word: Option<String>,
    /// Percent done, 0 to 100.
    pub progress: Option<u8>,
    /// Where the finished video can be fetched.
    pub video_url: Option<String>,
    /// Why the task ended without a video.
    pub error: Option<String>,
    /// The vendor's code for that failure.
    pub error_code: Option<String>,
    /// URLs the replies handed back, by the spec's link name (`links:`): where a `result:` source
    /// fetches the video from.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub links: BTreeMap<String, String>,
    /// When the vendor created the task (the mapping's `created_at`, read in its declared form).
    /// Serialized as RFC 3339 text.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::optional_text"
    )]
    pub created_at: Option<SystemTime>,
    /// When the task finished (`finished_at`); only on a task that has ended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::optional_text"
    )]
    pub finished_at: Option<SystemTime>,
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
            links: BTreeMap::new(),
            created_at: None,
            finished_at: None,
        }
    }
}

impl Task {
    /// True when no status could be read from the reply at all: no status word, no status step decided
    /// (or one decided `unknown`). Unlike an unknown *word* (`Unknown("rendering")`, maybe a new
    /// in-progress word), a run of such replies means the spec cannot read what the vendor sends.
    pub fn is_unreadable(&self) -> bool {
        matches!(&self.status, TaskStatus::Unknown(word) if word.is_empty())
    }

    /// The vendor's unmapped status word, when the status is `unknown` because of one.
    pub fn unknown_word(&self) -> Option<&str> {
        match &self.status {
            TaskStatus::Unknown(word) if !word.is_empty() => Some(word),
            _ => None,
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
    #[serde(default)]
    links: BTreeMap<String, String>,
    #[serde(default, with = "time::optional_text")]
    created_at: Option<SystemTime>,
    #[serde(default, with = "time::optional_text")]
    finished_at: Option<SystemTime>,
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
            links: r.links,
            created_at: r.created_at,
            finished_at: r.finished_at,
        }
    }
}

/// Maps one reply onto a [`Task`] with the spec's paths; never fails, missing parts stay `None`.
pub fn normalize(reply: &Value, mapping: &TaskMapping) -> Task {
    normalize_traced(reply, mapping, &mut Trace::off())
}

/// Like [`normalize`], noting in `trace` which step decided the status and where each field came from.
pub(crate) fn normalize_traced(reply: &Value, mapping: &TaskMapping, trace: &mut Trace) -> Task {
    let mut task = Task {
        id: first_with(reply, "id", mapping.id(), scalar_text, trace),
        status: TaskStatus::Unknown(String::new()),
        status_word: None,
        progress: first_with(reply, "progress", mapping.progress(), progress_of, trace),
        video_url: first_with(reply, "video_url", mapping.video_url(), video_url_of, trace),
        error: first_with(reply, "error", mapping.error(), error_text, trace),
        error_code: first_with(
            reply,
            "error_code",
            mapping.error_code(),
            scalar_text,
            trace,
        ),
        links: mapping
            .links()
            .iter()
            .filter_map(|(name, paths)| {
                let url = first_with(reply, name, paths, video_url_of, trace)?;
                Some((name.to_string(), url))
            })
            .collect(),
        created_at: first_moment(reply, "created_at", mapping.created_at(), trace),
        finished_at: first_moment(reply, "finished_at", mapping.finished_at(), trace),
    };
    apply_status(reply, mapping.status(), &mut task, trace);
    keep_fields_of_status(&mut task, mapping, trace);
    task
}

/// Maps every item of the list at `at` (the reply itself when `at` is empty); not a list → no tasks.
pub fn normalize_many(reply: &Value, at: &Path<'_>, mapping: &TaskMapping) -> Vec<Task> {
    normalize_many_traced(reply, at, mapping, &mut Trace::off())
}

/// Like [`normalize_many`], with a trace of every item's reading.
pub(crate) fn normalize_many_traced(
    reply: &Value,
    at: &Path<'_>,
    mapping: &TaskMapping,
    trace: &mut Trace,
) -> Vec<Task> {
    let list = if at.segments().is_empty() {
        Some(std::borrow::Cow::Borrowed(reply))
    } else {
        json_path::get(reply, at)
    };
    match list.as_deref() {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                trace.note(|| format!("item {i} of `{at}`:"));
                normalize_traced(item, mapping, trace)
            })
            .collect(),
        _ => {
            trace.note(|| format!("no list at `{at}`: no tasks"));
            Vec::new()
        }
    }
}

/// What a reading did, step by step, for people (`grokvid spec read`); off on the client's hot path.
#[derive(Debug, Default)]
pub(crate) struct Trace {
    steps: Option<Vec<String>>,
}

impl Trace {
    /// A trace that records nothing.
    pub(crate) fn off() -> Trace {
        Trace { steps: None }
    }

    /// A trace that records every step.
    pub(crate) fn on() -> Trace {
        Trace {
            steps: Some(Vec::new()),
        }
    }

    /// Records a step; `line` is only called when the trace is on.
    pub(crate) fn note(&mut self, line: impl FnOnce() -> String) {
        if let Some(steps) = &mut self.steps {
            steps.push(line());
        }
    }

    /// The recorded steps (empty when off).
    pub(crate) fn into_steps(self) -> Vec<String> {
        self.steps.unwrap_or_default()
    }
}

/// The first path whose value `read` accepts.
fn first_with<T: fmt::Debug>(
    reply: &Value,
    field: &str,
    paths: &[Path<'_>],
    read: impl Fn(&Value) -> Option<T>,
    trace: &mut Trace,
) -> Option<T> {
    for p in paths {
        if let Some(value) = json_path::get(reply, p) {
            match read(&value) {
                Some(found) => {
                    trace.note(|| format!("{field}: {found:?} read at `{p}`"));
                    return Some(found);
                }
                None => trace.note(|| format!("{field}: `{p}` holds {value}, not usable")),
            }
        }
    }
    if !paths.is_empty() {
        trace.note(|| {
            let tried: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
            format!("{field}: none of {} holds a value", tried.join(", "))
        });
    }
    None
}

/// The first path holding a moment in its declared form; a value in another form, or an implausible
/// one (epoch milliseconds declared as seconds), is no time and the trace says why.
fn first_moment(
    reply: &Value,
    field: &str,
    paths: &[(Path<'_>, TimeForm)],
    trace: &mut Trace,
) -> Option<SystemTime> {
    for (p, form) in paths {
        let Some(value) = json_path::get(reply, p) else {
            continue;
        };
        match time::moment(&value, *form) {
            Ok(at) => {
                trace.note(|| {
                    format!(
                        "{field}: {} read at `{p}` ({})",
                        time::rfc3339(at),
                        form.as_str()
                    )
                });
                return Some(at);
            }
            Err(why) => trace.note(|| format!("{field}: `{p}` holds no time: {why}")),
        }
    }
    None
}

/// A video URL is an absolute http(s) URL with a host; empty strings and doc placeholders
/// (`"<string>"`, `"string"`) are not a way to a video.
fn video_url_of(v: &Value) -> Option<String> {
    let text = v.as_str()?.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let usable = !host.is_empty()
        && !text.contains(char::is_whitespace)
        && !text.contains(['<', '>', '{', '}']);
    usable.then(|| text.to_string())
}

/// A string or number as text; booleans and containers are not ids or codes (also used for error codes
/// of vendor error replies).
pub(crate) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// An error message: a string, a number, or an object's `message` / `reason` / `msg` (also used for
/// vendor error replies, whose `errors.message` paths may point at any of these).
pub(crate) fn error_text(v: &Value) -> Option<String> {
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

/// Runs the ordered status steps; the first one that decides wins. None deciding leaves the status
/// `unknown` with no word: nothing in the reply says where the task is.
fn apply_status(reply: &Value, steps: &[StatusStep], task: &mut Task, trace: &mut Trace) {
    for (n, step) in steps.iter().enumerate() {
        let n = n + 1;
        match step {
            StatusStep::Word { path: at, map } => {
                if let Some(word) = json_path::get(reply, at).and_then(|v| json_path::as_text(&v)) {
                    task.status = map_word(&word, map);
                    trace.note(|| {
                        format!(
                            "status: step {n} read the word {word:?} at `{at}` → {}",
                            task.status
                        )
                    });
                    task.status_word = Some(word);
                    return;
                }
                trace.note(|| format!("status: step {n} found no word at `{at}`"));
            }
            StatusStep::When {
                test,
                then,
                message,
            } => {
                if test
                    .as_ref()
                    .is_none_or(|t| json_path::test_holds(reply, t))
                {
                    task.status = (*then).clone();
                    if task.error.is_none() {
                        task.error = message.map(str::to_string);
                    }
                    trace.note(|| match test {
                        Some(t) => format!("status: step {n} decided {then} ({})", describe(t)),
                        None => format!("status: step {n} decided {then} (unconditional)"),
                    });
                    return;
                }
                trace.note(|| match test {
                    Some(t) => format!("status: step {n} did not hold ({})", describe(t)),
                    None => format!("status: step {n} did not hold"),
                });
            }
        }
    }
    trace.note(|| "status: no step decided → unknown (no status readable)".to_string());
}

/// A status step's test in words, for the trace.
fn describe(test: &PathTest) -> String {
    match test {
        PathTest::Present(p) => format!("`{p}` present"),
        PathTest::Absent(p) => format!("`{p}` absent"),
        PathTest::Null(p) => format!("`{p}` null"),
        PathTest::Missing(p) => format!("`{p}` missing"),
        PathTest::Equals(p, v) => format!("`{p}` equals {v}"),
        PathTest::All(tests) => tests.iter().map(describe).collect::<Vec<_>>().join(" and "),
    }
}

/// A completed task needs a way to its video: its URL, or another result source the spec declares (a
/// content operation, a `result:` list). Without one it cannot be downloaded, so it is reported as the
/// failure it is for the user.
pub(crate) fn require_video(task: &mut Task, provider: &Provider, trace: &mut Trace) {
    // A content operation, a result operation or a handed-back link can still give the video.
    // Asked last: only a completed task without a URL needs the provider's other sources.
    if task.status == TaskStatus::Completed
        && task.video_url.is_none()
        && !provider.has_other_result_source()
    {
        task.status = TaskStatus::Failed;
        task.error = Some(format!(
            "the vendor reported the task completed but gave no video URL, and {} declares no other \
             way to the video (a content operation or a `result:` source)",
            provider.id()
        ));
        trace.note(|| {
            "status: completed without a video URL or another result source → failed".into()
        });
    }
}

/// The task a provider's reply describes: the spec's mapping, then the provider-wide checks (a
/// completed task must have a way to its video). This is what the client does with every reply.
pub(crate) fn read(provider: &Provider, reply: &Value, mapping: &TaskMapping) -> Task {
    read_traced(provider, reply, mapping, &mut Trace::off())
}

/// Like [`read`], recording each step in `trace`.
pub(crate) fn read_traced(
    provider: &Provider,
    reply: &Value,
    mapping: &TaskMapping,
    trace: &mut Trace,
) -> Task {
    let mut task = normalize_traced(reply, mapping, trace);
    require_video(&mut task, provider, trace);
    task
}

/// [`read`] for each task of a batch reply (the list at `at`).
pub(crate) fn read_many(
    provider: &Provider,
    reply: &Value,
    at: &Path<'_>,
    mapping: &TaskMapping,
) -> Vec<Task> {
    read_many_traced(provider, reply, at, mapping, &mut Trace::off())
}

/// Like [`read_many`], recording each step in `trace`.
pub(crate) fn read_many_traced(
    provider: &Provider,
    reply: &Value,
    at: &Path<'_>,
    mapping: &TaskMapping,
    trace: &mut Trace,
) -> Vec<Task> {
    let mut tasks = normalize_many_traced(reply, at, mapping, trace);
    for task in &mut tasks {
        require_video(task, provider, trace);
    }
    tasks
}

/// Each field is kept only on the statuses it belongs to: the spec's `when:` (one reply field can hold
/// the video URL on success and the error on failure), else the default (error text only on a task that
/// ended without a video: a running task's stale error object is noise).
fn keep_fields_of_status(task: &mut Task, mapping: &TaskMapping, trace: &mut Trace) {
    // A running task has not finished, whatever a stale or placeholder time says.
    if !task.status.is_terminal() && task.finished_at.take().is_some() {
        trace.note(|| format!("finished_at: dropped, the task is {}", task.status));
    }
    for field in TaskField::ALL {
        if mapping.keeps(field, &task.status) {
            continue;
        }
        let dropped = match field {
            TaskField::Progress => task.progress.take().is_some(),
            TaskField::VideoUrl => task.video_url.take().is_some(),
            TaskField::Error => task.error.take().is_some(),
            TaskField::ErrorCode => task.error_code.take().is_some(),
        };
        if dropped {
            trace.note(|| {
                let on = mapping.when(field).or(field.default_when()).unwrap_or(&[]);
                let on: Vec<&str> = on.iter().map(|s| s.as_str()).collect();
                format!(
                    "{}: dropped, kept only when {}; the task is {}",
                    field.key(),
                    on.join(", "),
                    task.status
                )
            });
        }
    }
}

/// Looks a vendor word up, exactly first and then ignoring ASCII case. A word the map does not mention
/// that names a normalized status (`completed`, `FAILED`, ...) is that status; anything else is
/// `Unknown`, keeping the word (a map entry `word: unknown` keeps it too).
fn map_word(word: &str, map: &[(&str, &TaskStatus)]) -> TaskStatus {
    let mapped = map
        .iter()
        .find(|(w, _)| *w == word)
        .or_else(|| map.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)))
        .map(|(_, status)| (*status).clone());
    match mapped {
        Some(TaskStatus::Unknown(_)) => TaskStatus::Unknown(word.to_string()),
        Some(status) => status,
        None => TaskStatus::parse_normalized(&word.to_ascii_lowercase())
            .filter(|s| !matches!(s, TaskStatus::Unknown(_)))
            .unwrap_or_else(|| TaskStatus::Unknown(word.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_path::Segment::Key;
    use crate::spec::Scalar;
    use serde_json::json;

    static WORDS: &[(&str, &TaskStatus)] = &[
        ("queued", &TaskStatus::Queued),
        ("processing", &TaskStatus::Processing),
        ("Processing", &TaskStatus::Queued),
        ("completed", &TaskStatus::Completed),
        ("failed", &TaskStatus::Failed),
        ("2", &TaskStatus::Completed),
    ];

    static STEPS: &[StatusStep] = &[
        StatusStep::when(
            PathTest::Equals(
                Path::new(&[Key("video"), Key("respect_moderation")]),
                Scalar::Bool(false),
            ),
            &TaskStatus::Failed,
        )
        .with_message("blocked by moderation"),
        StatusStep::word(Path::new(&[Key("status")]), WORDS),
        StatusStep::when(
            PathTest::Present(Path::new(&[Key("finished_at")])),
            &TaskStatus::Completed,
        ),
        StatusStep::otherwise(&TaskStatus::Processing).with_message("no status yet"),
    ];

    static MAPPING: TaskMapping = TaskMapping::new(&[
        Path::new(&[Key("data"), Key("id")]),
        Path::new(&[Key("id")]),
    ])
    .with_status(STEPS)
    .with_progress(&[
        Path::new(&[Key("data"), Key("progress")]),
        Path::new(&[Key("progress")]),
    ])
    .with_video_url(&[
        Path::new(&[Key("output"), Key("url")]),
        Path::new(&[Key("video_url")]),
    ])
    .with_error(&[
        Path::new(&[Key("error"), Key("message")]),
        Path::new(&[Key("error")]),
    ])
    .with_error_code(&[
        Path::new(&[Key("error"), Key("code")]),
        Path::new(&[Key("code")]),
    ]);

    fn p(text: &str) -> Path<'static> {
        Path::leak(text).unwrap()
    }

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
        // A step's message is error text, and error text is only kept on a task that ended badly.
        assert_eq!(bare.error, None);
    }

    #[test]
    fn step_message_does_not_replace_a_read_error() {
        let reply = json!({"video": {"respect_moderation": false}, "error": "nsfw"});
        let task = normalize(&reply, &MAPPING);
        assert_eq!(task.status, TaskStatus::Failed);
        assert_eq!(task.error.as_deref(), Some("nsfw"));
    }

    #[test]
    fn no_deciding_step_means_unknown_not_queued() {
        let mapping = TaskMapping::default();
        let task = normalize(&json!({"status": "done"}), &mapping);
        assert_eq!(task.status, TaskStatus::Unknown(String::new()));
        assert!(task.is_unreadable());
        assert_eq!(task.unknown_word(), None);
        assert!(!task.status.is_terminal());
        assert_eq!(task.id, None);
    }

    #[test]
    fn an_unknown_word_is_not_unreadable() {
        let task = normalize(&json!({"status": "rendering"}), &MAPPING);
        assert!(!task.is_unreadable());
        assert_eq!(task.unknown_word(), Some("rendering"));
        assert_eq!(task.status.to_string(), "unknown (rendering)");
    }

    #[test]
    fn a_word_naming_a_normalized_status_is_that_status_unless_mapped() {
        static MAP: &[(&str, &TaskStatus)] = &[
            ("done", &TaskStatus::Completed),
            ("processing", &TaskStatus::Queued),
            ("expired", TaskStatus::UNKNOWN),
        ];
        static STEPS: &[StatusStep] = &[StatusStep::word(Path::new(&[Key("status")]), MAP)];
        let mapping = TaskMapping::default().with_status(STEPS);
        let status = |w: &str| normalize(&json!({"status": w}), &mapping).status;
        assert_eq!(status("completed"), TaskStatus::Completed);
        assert_eq!(status("FAILED"), TaskStatus::Failed);
        assert_eq!(status("cancelled"), TaskStatus::Cancelled);
        assert_eq!(status("queued"), TaskStatus::Queued);
        // The spec's map wins: an override, and a word the spec declares unknown (kept).
        assert_eq!(status("processing"), TaskStatus::Queued);
        assert_eq!(status("expired"), TaskStatus::Unknown("expired".into()));
        // `unknown` itself is not a status a vendor can claim.
        assert_eq!(status("unknown"), TaskStatus::Unknown("unknown".into()));
    }

    #[test]
    fn error_text_only_on_tasks_that_ended_badly() {
        for (word, kept) in [
            ("failed", true),
            ("cancelled", true),
            ("expired", true),
            ("completed", false),
            ("processing", false),
            ("queued", false),
            ("rendering", false),
        ] {
            let reply = json!({"status": word, "error": {"message": "m", "code": "c"}});
            let task = normalize(&reply, &MAPPING);
            assert_eq!(task.error.is_some(), kept, "{word}");
            assert_eq!(task.error_code.is_some(), kept, "{word}");
        }
    }

    #[test]
    fn a_field_with_when_is_kept_only_on_those_statuses() {
        static STEPS: &[StatusStep] = &[StatusStep::word(Path::new(&[Key("status")]), &[])];
        static KEPT: TaskMapping = TaskMapping::new(&[])
            .with_status(STEPS)
            .with_progress(&[Path::new(&[Key("note")])])
            .with_video_url(&[Path::new(&[Key("note")])])
            .with_error(&[Path::new(&[Key("note")])])
            .with_when(TaskField::Progress, &[TaskStatus::UNKNOWN])
            .with_when(TaskField::VideoUrl, &[&TaskStatus::Completed])
            .with_when(TaskField::Error, &[&TaskStatus::Failed]);
        let read =
            |status: &str, note: &str| normalize(&json!({"status": status, "note": note}), &KEPT);
        let done = read("completed", "https://cdn/v.mp4");
        assert_eq!(done.video_url.as_deref(), Some("https://cdn/v.mp4"));
        assert_eq!(done.error, None);
        let failed = read("failed", "https://status/incident");
        assert_eq!(failed.video_url, None);
        assert_eq!(failed.error.as_deref(), Some("https://status/incident"));
        // `unknown` covers every unmapped word; the default rule no longer applies to a listed field.
        assert_eq!(read("rendering", "40").progress, Some(40));
        assert_eq!(read("processing", "40").progress, None);
        assert_eq!(read("cancelled", "boom").error, None);
    }

    #[test]
    fn video_url_only_when_absolute_http() {
        let url = |u: Value| normalize(&json!({"status": "completed", "video_url": u}), &MAPPING);
        for bad in [
            json!(""),
            json!("<string>"),
            json!("string"),
            json!("/files/v.mp4"),
            json!("https://"),
            json!("ftp://h/v.mp4"),
            json!("https://h/{id}.mp4"),
            json!("https://h/a b.mp4"),
        ] {
            assert_eq!(url(bad.clone()).video_url, None, "{bad}");
        }
        let good = url(json!(" https://cdn.example/v.mp4?sig=1 "));
        assert_eq!(
            good.video_url.as_deref(),
            Some("https://cdn.example/v.mp4?sig=1")
        );
        assert_eq!(
            url(json!("http://127.0.0.1:9/v.mp4")).video_url.as_deref(),
            Some("http://127.0.0.1:9/v.mp4")
        );
    }

    #[test]
    fn the_trace_names_the_deciding_step_and_each_source() {
        let mut trace = Trace::on();
        let reply = json!({"id": "t", "status": "weird", "video_url": "<string>"});
        normalize_traced(&reply, &MAPPING, &mut trace);
        let steps = trace.into_steps();
        let has = |needle: &str| steps.iter().any(|s| s.contains(needle));
        assert!(has("id: \"t\" read at `id`"), "{steps:?}");
        assert!(has(
            "status: step 1 did not hold (`video.respect_moderation` equals false)"
        ));
        assert!(has(
            "status: step 2 read the word \"weird\" at `status` → unknown (weird)"
        ));
        assert!(
            has("video_url: `video_url` holds \"<string>\", not usable"),
            "{steps:?}"
        );
        let mut off = Trace::off();
        normalize_traced(&reply, &MAPPING, &mut off);
        assert!(off.into_steps().is_empty());
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
        let error = |e: Value| normalize(&json!({"status": "failed", "error": e}), &MAPPING).error;
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
        let code = |c: Value| {
            normalize(&json!({"status": "failed", "error": {"code": c}}), &MAPPING).error_code
        };
        assert_eq!(code(json!("E1")), Some("E1".into()));
        assert_eq!(code(json!(40001)), Some("40001".into()));
        assert_eq!(code(json!({"x": 1})), None);
        let top = json!({"status": "failed", "code": 7});
        assert_eq!(normalize(&top, &MAPPING).error_code.as_deref(), Some("7"));
    }

    #[test]
    fn many_maps_each_item() {
        let reply =
            json!({"items": [{"id": "a", "status": "queued"}, {"id": "b", "status": "failed"}]});
        let tasks = normalize_many(&reply, &p("items"), &MAPPING);
        assert_eq!(tasks.len(), 2);
        assert_eq!(tasks[1].id.as_deref(), Some("b"));
        assert_eq!(tasks[1].status, TaskStatus::Failed);
        assert!(normalize_many(&reply, &p("nope"), &MAPPING).is_empty());
        assert!(normalize_many(&json!({"items": {}}), &p("items"), &MAPPING).is_empty());
        let top = json!([{"id": "z"}]);
        assert_eq!(normalize_many(&top, &Path::new(&[]), &MAPPING).len(), 1);
        let embedded = json!({"p": "[{\"id\": \"e\"}]"});
        assert_eq!(normalize_many(&embedded, &p("p.@json"), &MAPPING).len(), 1);
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
