//! The simulator's status replies read back as each status the spec's query mapping can express, with the
//! id, the error and the way to the video where the spec says they are.

use super::{Check, Outcome};
use crate::invert::TaskReply;
use crate::state::Snapshot;
use grokvid::rt::time::{from_unix, rfc3339, to_unix};
use grokvid::spec::{Provider, Role, TaskField, TaskMapping};
use grokvid::{Task, TaskStatus};
use serde_json::Map;

const VIDEO_URL: &str = "http://127.0.0.1:1/files/t.mp4";

pub(crate) fn check(provider: &'static Provider) -> Vec<Check> {
    let query = provider.operation_with_role(Role::Query);
    let Some((op, mapping)) = query.and_then(|op| Some((op, op.response().task()?))) else {
        let why = "the spec declares no query operation with a task mapping".to_string();
        return vec![Check::new("status replies", Outcome::Skipped(why))];
    };
    [
        TaskStatus::Queued,
        TaskStatus::Processing,
        TaskStatus::Completed,
        TaskStatus::Failed,
    ]
    .into_iter()
    .map(|status| {
        let task = sample_task(status.clone());
        let reply = TaskReply {
            provider,
            fields: op.response().fields(),
            times: op.response().times(),
            mapping,
            task: &task,
            video_url: VIDEO_URL,
            origin: "http://127.0.0.1:1",
            unknown_word: None,
            envelope: true,
        }
        .build();
        let read = grokvid::rt::reply::normalize(&reply, mapping);
        let result = judge(provider, mapping, &task, &read).and_then(|()| {
            grokvid::rt::reply::interpret(provider, op, 200, None, reply.to_string().as_bytes())
                .map(drop)
                .map_err(|e| format!("the envelope is not ok: {e}"))
        });
        let name = format!("simulated `{}` reply reads back as {status}", op.name());
        Check::from_result(name, result.map_err(|e| format!("{e} (reply {reply})")))
    })
    .collect()
}

/// A task in `status`, half done, with a failure message (used only when failed); finished only
/// when it has ended, as the simulator's own tasks.
pub(crate) fn sample_task(status: TaskStatus) -> Snapshot {
    let finished_unix = status.is_terminal().then_some(1_768_469_500.0);
    Snapshot {
        id: "task_0123456789abcdef".into(),
        status,
        progress: 50,
        error: Some("it broke".into()),
        request: Map::new(),
        created_unix: 1_768_469_400.0,
        finished_unix,
        expired: false,
    }
}

/// What the reply must say of `task`, by what the mapping declares.
fn judge(
    provider: &Provider,
    mapping: &TaskMapping,
    task: &Snapshot,
    read: &Task,
) -> Result<(), String> {
    if read.status != task.status {
        return Err(format!("read as {}", read.status));
    }
    if !mapping.id().is_empty() && read.id.as_deref() != Some(task.id.as_str()) {
        return Err(format!("id read as {:?}", read.id));
    }
    if task.status == TaskStatus::Completed {
        if !mapping.video_url().is_empty() && mapping.keeps(TaskField::VideoUrl, &task.status) {
            if read.video_url.as_deref() != Some(VIDEO_URL) {
                return Err(format!("video URL read as {:?}", read.video_url));
            }
        } else if !provider.has_other_result_source() {
            return Err(
                "a completed task has no way to its video: the reply maps no video URL and \
                 the spec has no other result source (a content operation or `result:`)"
                    .to_string(),
            );
        }
    }
    if task.status == TaskStatus::Failed
        && !mapping.error().is_empty()
        && mapping.keeps(TaskField::Error, &task.status)
        && read.error.as_deref() != task.error.as_deref()
    {
        return Err(format!("error read as {:?}", read.error));
    }
    judge_times(mapping, task, read)
}

/// The task's declared times read back as the moments the simulator wrote (to the second: epoch
/// seconds drop the fraction), and no finish time on a task that has not ended.
fn judge_times(mapping: &TaskMapping, task: &Snapshot, read: &Task) -> Result<(), String> {
    let seconds = |t: Option<std::time::SystemTime>| t.map(|t| to_unix(t).floor());
    let expect = [
        ("created_at", mapping.created_at(), Some(task.created_unix)),
        ("finished_at", mapping.finished_at(), task.finished_unix),
    ];
    let got = [read.created_at, read.finished_at];
    for ((name, paths, want), got) in expect.into_iter().zip(got) {
        let want = want.filter(|_| !paths.is_empty()).map(f64::floor);
        if seconds(got) != want {
            return Err(format!(
                "{name} read as {:?}, not {:?}",
                got.map(rfc3339),
                want.map(|w| rfc3339(from_unix(w)))
            ));
        }
    }
    Ok(())
}
