//! `grokvid status`: one poll of a task.

use crate::follow_up::{Existing, Next};
use crate::output::Out;
use crate::target::{TargetArgs, resolve};
use grokvid::Task;
use serde_json::json;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    target: TargetArgs,
}

pub async fn run(args: StatusArgs, out: Out) -> ExitCode {
    let resolved = match resolve(&args.target) {
        Ok(r) => r,
        Err(e) => return out.error(&e),
    };
    let mut handle = resolved.handle;
    let task = match resolved.client.query_task(&handle.task_id).await {
        Ok(task) => task,
        Err(e) => {
            let existing = Existing {
                handle,
                resumable: true,
            };
            return existing.fail(out, &e, Next::Wait);
        }
    };
    handle.last_status = Some(task.status.clone());
    let doc = json!({ "provider": handle.provider, "handle": handle, "task": task });
    out.result(&doc, &line(&handle.task_id, &task));
    ExitCode::SUCCESS
}

/// `id: status 50% url error`.
pub fn line(id: &str, task: &Task) -> String {
    let mut text = format!("{id}: {}", task.status);
    if let Some(p) = task.progress {
        text.push_str(&format!(" {p}%"));
    }
    if let Some(url) = &task.video_url {
        text.push_str(&format!(" {url}"));
    }
    if let Some(error) = &task.error {
        text.push_str(&format!(" ({error})"));
    }
    for (name, at) in [("created", task.created_at), ("finished", task.finished_at)] {
        if let Some(at) = at {
            text.push_str(&format!(" {name} {}", grokvid::rt::time::rfc3339(at)));
        }
    }
    text
}
