//! Task replies built by inverting the operation's task mapping: the id, progress, video URL and error
//! go to the first path the client reads them from, and the status is written by whichever status steps
//! can produce it. Each candidate reply is run through the client's own `grokvid::rt::reply::normalize` and
//! kept only when it reads back as the intended status, so the ordering subtleties of a spec (xAI's
//! moderation check before the status word, acedata's `finished_at` plus `data[].state`) come out right
//! without knowing the vendor.

use crate::fill::{self, Context};
use crate::shape;
use crate::state::Snapshot;
use grokvid::TaskStatus;
use grokvid::spec::{
    Field, Path, PathTest, Provider, Scalar, StatusStep, TaskField, TaskMapping, TimeForm,
};
use serde_json::Value;

/// Error code written next to the message of a failed task.
const FAILURE_CODE: &str = "generation_failed";

/// One task reply to build.
pub(crate) struct TaskReply<'a> {
    pub provider: &'static Provider,
    /// The documented fields of this reply (of one list item, for batch replies).
    pub fields: &'static [Field],
    /// How this reply's fields hold time (`times:`).
    pub times: &'static [(Path<'static>, TimeForm)],
    pub mapping: &'static TaskMapping,
    pub task: &'a Snapshot,
    pub video_url: &'a str,
    /// The simulator's origin, for the URLs the reply hands back (`links:`).
    pub origin: &'a str,
    /// Written at the first status word path instead of the real word.
    pub unknown_word: Option<&'a str>,
    /// False for batch items: the envelope wraps the whole reply, not each item.
    pub envelope: bool,
}

impl TaskReply<'_> {
    /// The reply; when the spec cannot express the task's status it falls back to the nearest one it can
    /// (expired → completed, whose video then answers 410; cancelled → failed; processing → queued).
    pub(crate) fn build(&self) -> Value {
        let owned = fill::owned_paths(self.provider, Some(self.mapping), None);
        let found = fallbacks(&self.task.status)
            .iter()
            .find_map(|status| self.search(status, &owned));
        let mut reply = found.unwrap_or_else(|| self.base(&self.task.status, &owned, true));
        if let Some(word) = self.unknown_word {
            self.write_unknown(&mut reply, word);
        }
        reply
    }

    /// Candidate sets of status steps, each tried with and without the filler fields, until one
    /// normalizes to `status`.
    fn search(&self, status: &TaskStatus, owned: &[String]) -> Option<Value> {
        let steps = self.mapping.status();
        let producing: Vec<usize> = (0..steps.len())
            .filter(|&i| produces(&steps[i], status))
            .collect();
        let first_word = producing
            .iter()
            .copied()
            .find(|&i| matches!(steps[i], StatusStep::Word { .. }));
        let conditions: Vec<usize> = producing
            .iter()
            .copied()
            .filter(|&i| match &steps[i] {
                StatusStep::When { test, .. } => test.as_ref().is_none_or(only_presence),
                StatusStep::Word { .. } => false,
            })
            .collect();
        let mut primary: Vec<usize> = first_word.into_iter().chain(conditions).collect();
        primary.sort_unstable();
        let mut candidates = vec![primary];
        candidates.extend(producing.iter().map(|&i| vec![i]));
        candidates.push(producing.clone());
        candidates.push(Vec::new());
        candidates.dedup();
        for filler in [true, false] {
            for candidate in &candidates {
                let mut reply = self.base(status, owned, filler);
                for &i in candidate {
                    self.apply(&mut reply, &steps[i], status);
                }
                if grokvid::rt::reply::normalize(&reply, self.mapping).status == *status {
                    return Some(reply);
                }
            }
        }
        None
    }

    /// Everything but the status: frame, id, progress, video URL (completed), error (failed).
    fn base(&self, status: &TaskStatus, owned: &[String], filler: bool) -> Value {
        let ctx = Context {
            request: &self.task.request,
            created_unix: self.task.created_unix,
            finished_unix: self.task.finished_unix,
            item_count: None,
            times: self.times,
        };
        let fields = self.fields;
        let mut reply = fill::frame(self.provider, fields, owned, &ctx, self.envelope, filler);
        let m = self.mapping;
        if let Some(path) = m.id().first() {
            shape::write(&mut reply, path, Value::from(self.task.id.as_str()));
        }
        if let Some(path) = m.progress().first() {
            let doc = shape::documented(fields, path);
            if fields.is_empty() || doc.is_some() {
                let p = self.task.progress;
                let value = if shape::is_text(doc) {
                    Value::from(format!("{p}%"))
                } else {
                    Value::from(p)
                };
                shape::write(&mut reply, path, value);
            }
        }
        // The task's own times, in their declared forms: created always, finished once it has.
        let moments = [
            (m.created_at(), Some(self.task.created_unix)),
            (m.finished_at(), self.task.finished_unix),
        ];
        for (paths, at) in moments {
            if let (Some((path, form)), Some(at)) = (paths.first(), at) {
                let doc = shape::documented(fields, path);
                if let Some(value) = fill::time_in(Some(*form), doc, at) {
                    shape::write(&mut reply, path, value);
                }
            }
        }
        // Handed back whatever the status: a create reply gives them before the video exists.
        for (name, paths) in m.links() {
            if let Some(path) = paths.first() {
                let url = crate::links::url(self.origin, &self.task.id, name);
                shape::write(&mut reply, path, Value::from(url));
            }
        }
        // Each field only on the statuses the spec keeps it on: a field with two meanings by status
        // (`fail_reason`) holds the URL when completed and the message when failed.
        if *status == TaskStatus::Completed
            && m.keeps(TaskField::VideoUrl, status)
            && let Some(path) = m.video_url().first()
        {
            shape::write(&mut reply, path, Value::from(self.video_url));
        }
        if *status == TaskStatus::Failed {
            self.write_error(&mut reply, status);
        }
        if filler {
            self.write_all_is_well(&mut reply, status);
        }
        reply
    }

    /// The failure message (an object-typed field gets `{"message": ...}`) and a code.
    fn write_error(&self, reply: &mut Value, status: &TaskStatus) {
        let message = self.task.error.clone().unwrap_or_else(|| {
            if self.task.status == TaskStatus::Cancelled {
                "the task was cancelled".to_string()
            } else {
                "the task failed".to_string()
            }
        });
        let m = self.mapping;
        if let Some(path) = m
            .error()
            .first()
            .filter(|_| m.keeps(TaskField::Error, status))
        {
            let value = if shape::is_object(shape::documented(self.fields, path)) {
                serde_json::json!({ "message": message })
            } else {
                Value::from(message)
            };
            shape::write(reply, path, value);
        }
        if let Some(path) = m
            .error_code()
            .first()
            .filter(|_| m.keeps(TaskField::ErrorCode, status))
        {
            let value = shape::typed_text(shape::documented(self.fields, path), FAILURE_CODE);
            shape::write(reply, path, value);
        }
    }

    /// Boolean tests that would make the task fail get the opposite ("all is well") value, as vendors
    /// send them (xAI `respect_moderation: true`, acedata `success: true`).
    fn write_all_is_well(&self, reply: &mut Value, status: &TaskStatus) {
        for step in self.mapping.status() {
            if let StatusStep::When {
                test: Some(PathTest::Equals(path, Scalar::Bool(b))),
                then,
                ..
            } = step
                && *then != status
                && !grokvid::rt::json_path::is_present(reply, path)
            {
                shape::write(reply, path, Value::Bool(!b));
            }
        }
    }

    /// Makes one step decide `status`.
    fn apply(&self, reply: &mut Value, step: &StatusStep, status: &TaskStatus) {
        match step {
            StatusStep::Word { path, map } => {
                if let Some((word, _)) = map.iter().find(|(_, s)| *s == status) {
                    let value = shape::typed_text(shape::documented(self.fields, path), word);
                    shape::write(reply, path, value);
                }
            }
            StatusStep::When {
                test: Some(test), ..
            } => self.make_hold(reply, test),
            StatusStep::When { test: None, .. } => {}
        }
    }

    /// Writes the reply so that `test` holds (each test of an all-of list in turn).
    fn make_hold(&self, reply: &mut Value, test: &PathTest) {
        match test {
            PathTest::Present(path) => {
                if !grokvid::rt::json_path::is_present(reply, path) {
                    let at = self
                        .task
                        .finished_unix
                        .unwrap_or_else(crate::time::now_unix);
                    let doc = shape::documented(self.fields, path);
                    let form = fill::declared(self.times, path);
                    if let Some(value) = fill::time_in(form, doc, at) {
                        shape::write(reply, path, value);
                    }
                }
            }
            PathTest::Absent(path) | PathTest::Missing(path) => shape::remove(reply, path),
            PathTest::Null(path) => shape::write(reply, path, Value::Null),
            PathTest::Equals(path, value) => shape::write(reply, path, shape::scalar(value)),
            PathTest::All(tests) => tests.iter().for_each(|t| self.make_hold(reply, t)),
        }
    }

    /// An unmapped word at the first status word path (a spec without one gets nothing).
    fn write_unknown(&self, reply: &mut Value, word: &str) {
        let path = self.mapping.status().iter().find_map(|s| match s {
            StatusStep::Word { path, .. } => Some(*path),
            StatusStep::When { .. } => None,
        });
        if let Some(path) = path {
            shape::write(reply, &path, Value::from(word));
        }
    }
}

/// True when the test only asks whether values are there (no value to match), so it combines with a
/// status word written elsewhere.
fn only_presence(test: &PathTest) -> bool {
    match test {
        PathTest::Present(_) | PathTest::Absent(_) | PathTest::Null(_) | PathTest::Missing(_) => {
            true
        }
        PathTest::Equals(..) => false,
        PathTest::All(tests) => tests.iter().all(only_presence),
    }
}

/// True when the step can decide `status`.
fn produces(step: &StatusStep, status: &TaskStatus) -> bool {
    match step {
        StatusStep::Word { map, .. } => map.iter().any(|(_, s)| *s == status),
        StatusStep::When { then, .. } => *then == status,
    }
}

/// The statuses to try, nearest first.
fn fallbacks(status: &TaskStatus) -> Vec<TaskStatus> {
    match status {
        TaskStatus::Expired => vec![TaskStatus::Expired, TaskStatus::Completed],
        TaskStatus::Cancelled => vec![TaskStatus::Cancelled, TaskStatus::Failed],
        TaskStatus::Processing => vec![TaskStatus::Processing, TaskStatus::Queued],
        TaskStatus::Unknown(_) => vec![TaskStatus::Queued],
        other => vec![other.clone()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use grokvid::providers::ALL;

    /// Every provider's query reply reads back as every status its mapping can express, with the id,
    /// the error and the way to the video where the spec declares them (the kit's own check).
    #[test]
    fn query_replies_normalize_back() {
        for provider in ALL {
            for check in crate::kit::readback::check(provider) {
                assert!(
                    !matches!(check.outcome, crate::kit::Outcome::Fail(_)),
                    "{}: {check:?}",
                    provider.id()
                );
            }
        }
    }

    /// All-of lists and `null`/`missing` tests are inverted too: a reply for every status they yield.
    #[test]
    fn compound_tests_invert_to_every_status() {
        use grokvid::rt::step::Key;
        use grokvid::spec::Path;
        const STATE: Path<'static> = Path::new(&[Key("state")]);
        const URL: Path<'static> = Path::new(&[Key("url")]);
        static STEPS: &[StatusStep] = &[
            StatusStep::when(
                PathTest::All(&[
                    PathTest::Equals(STATE, Scalar::Str("done")),
                    PathTest::Present(URL),
                ]),
                &TaskStatus::Completed,
            ),
            StatusStep::when(
                PathTest::All(&[
                    PathTest::Equals(STATE, Scalar::Str("done")),
                    PathTest::Null(URL),
                ]),
                &TaskStatus::Failed,
            ),
            StatusStep::when(PathTest::Missing(STATE), &TaskStatus::Queued),
            StatusStep::word(STATE, &[("running", &TaskStatus::Processing)]),
        ];
        static MAPPING: TaskMapping = TaskMapping::new(&[Path::new(&[Key("job")])])
            .with_status(STEPS)
            .with_video_url(&[URL]);
        let provider = ALL[0];
        for status in [
            TaskStatus::Queued,
            TaskStatus::Processing,
            TaskStatus::Completed,
            TaskStatus::Failed,
        ] {
            let task = crate::kit::readback::sample_task(status.clone());
            let reply = TaskReply {
                provider,
                fields: &[],
                times: &[],
                mapping: &MAPPING,
                task: &task,
                video_url: "http://127.0.0.1:1/files/t.mp4",
                origin: "http://127.0.0.1:1",
                unknown_word: None,
                envelope: false,
            }
            .build();
            let read = grokvid::rt::reply::normalize(&reply, &MAPPING);
            assert_eq!(read.status, status, "{reply}");
        }
    }
}
