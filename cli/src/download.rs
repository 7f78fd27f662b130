//! `grokvid download`: save a task's video, waiting for it first when it is not finished.

use crate::follow_up::{Existing, Next, unless_interrupted};
use crate::output::Out;
use crate::progress::Display;
use crate::target::{TargetArgs, resolve};
use grokvid::{Error, HttpClient, Task, TaskStatus};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DownloadArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Where to save the MP4.
    #[arg(long)]
    out: PathBuf,
    /// Replace a file already at --out.
    #[arg(long)]
    force: bool,
    /// When the task is still running: give up waiting after this many seconds (exit 5).
    #[arg(long, default_value_t = 1800)]
    timeout: u64,
}

pub async fn run(args: DownloadArgs, out: Out) -> ExitCode {
    if let Err(message) = crate::out_file::check(&args.out, args.force) {
        return out.invalid(&message);
    }
    let resolved = match resolve(&args.target) {
        Ok(r) => r,
        Err(e) => return out.error(&e),
    };
    let client = resolved.client;
    let mut existing = Existing {
        handle: resolved.handle,
        resumable: true,
    };
    let next = Next::Download(&args.out);
    let doc = json!({ "provider": existing.handle.provider });
    let first = match unless_interrupted(client.query_task(&existing.handle.task_id)).await {
        Some(first) => first,
        None => return existing.interrupted(out, doc, next),
    };
    let task = match first {
        Ok(task) if task.status == TaskStatus::Completed => task,
        Ok(task) if task.status.is_terminal() => {
            let ended = Error::TaskEnded {
                provider: existing.handle.provider.clone(),
                task: Box::new(task),
            };
            return existing.fail(out, &ended, next);
        }
        polled => {
            let id = &existing.handle.task_id;
            match polled {
                Ok(task) => eprintln!("task {id} is {}: waiting for it", task.status),
                Err(e) => eprintln!("asking for task {id} failed ({e}): waiting for it"),
            }
            let waited =
                crate::wait::until_done(&client, &existing, args.timeout, out, next, &doc).await;
            match waited {
                Ok(task) => task,
                Err(code) => return code,
            }
        }
    };
    // A status reply need not repeat the URLs the create reply handed back: the handle keeps them.
    let mut task = task;
    existing.handle.lend_links(&mut task);
    existing.handle.last_status = Some(task.status.clone());
    let mut doc = json!({
        "provider": existing.handle.provider,
        "handle": existing.handle,
        "task": task,
    });
    let saved = match save(&client, &task, &args.out, &existing, out, &doc).await {
        Ok(saved) => saved,
        Err(code) => return code,
    };
    report_saved(&mut doc, &saved);
    out.result(&doc, &saved.path.display().to_string());
    ExitCode::SUCCESS
}

/// Saves the video with a progress display. On failure or Ctrl-C (which removes the part file) it
/// reports with `doc`, the result so far, and how to continue, and gives the exit code.
pub async fn save(
    client: &HttpClient,
    task: &Task,
    target: &Path,
    existing: &Existing,
    out: Out,
    doc: &Value,
) -> Result<grokvid::Downloaded, ExitCode> {
    let display = Display::new();
    let saved = unless_interrupted(
        client.download(task, target, |got, total| display.downloading(got, total)),
    )
    .await;
    display.finish();
    let next = Next::Download(target);
    match saved {
        Some(Ok(saved)) => Ok(saved),
        Some(Err(e)) => Err(existing.fail(out, &e, next)),
        None => Err(existing.interrupted(out, doc.clone(), next)),
    }
}

/// Says where the video went (stderr) and adds the file, size and source to the JSON result.
pub fn report_saved(doc: &mut serde_json::Value, saved: &grokvid::Downloaded) {
    eprintln!(
        "saved {} ({} bytes, from {})",
        saved.path.display(),
        saved.bytes,
        saved.source
    );
    doc["file"] = json!(saved.path);
    doc["bytes"] = json!(saved.bytes);
    doc["source"] = json!(saved.source.to_string());
}
