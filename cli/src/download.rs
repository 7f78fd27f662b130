//! `grokvid download`: save a task's video, waiting for it first when it is not finished.

use crate::output::Out;
use crate::progress::Display;
use crate::target::{TargetArgs, resolve};
use grokvid::{Error, TaskStatus};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DownloadArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Where to save the MP4.
    #[arg(long)]
    out: PathBuf,
    /// When the task is still running: give up waiting after this many seconds (exit 5).
    #[arg(long, default_value_t = 1800)]
    timeout: u64,
}

pub async fn run(args: DownloadArgs, out: Out) -> ExitCode {
    let resolved = match resolve(&args.target) {
        Ok(r) => r,
        Err(e) => return out.error(&e),
    };
    let (client, mut handle) = (resolved.client, resolved.handle);
    let task = match client.query_task(&handle.task_id).await {
        Ok(task) => task,
        Err(e) => return out.error(&e),
    };
    let task = match task.status {
        TaskStatus::Completed => task,
        ref status if status.is_terminal() => {
            return out.error(&Error::TaskEnded {
                provider: handle.provider.clone(),
                task: Box::new(task),
            });
        }
        _ => {
            eprintln!("task {} is {}: waiting for it", handle.task_id, task.status);
            match crate::wait::until_done(&client, &handle, args.timeout, out).await {
                Ok(task) => task,
                Err(code) => return code,
            }
        }
    };
    handle.last_status = Some(task.status.clone());
    let display = Display::new();
    let saved = client
        .download(&task, &args.out, |got, total| {
            display.downloading(got, total)
        })
        .await;
    display.finish();
    let saved = match saved {
        Ok(saved) => saved,
        Err(e) => return out.error(&e),
    };
    let mut doc = json!({
        "provider": handle.provider,
        "handle": handle,
        "task": task,
    });
    report_saved(&mut doc, &saved);
    out.result(&doc, &saved.path.display().to_string());
    ExitCode::SUCCESS
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
