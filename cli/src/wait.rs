//! `grokvid wait`: poll a task until it ends, with a progress bar.

use crate::connect::{is_loopback, wait_options};
use crate::follow_up::{Existing, Next, unless_interrupted};
use crate::output::Out;
use crate::progress::Display;
use crate::target::{TargetArgs, resolve};
use grokvid::{HttpClient, Task};
use serde_json::{Value, json};
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct WaitArgs {
    #[command(flatten)]
    target: TargetArgs,
    /// Give up after this many seconds and print the handle (exit 5).
    #[arg(long, default_value_t = 1800)]
    timeout: u64,
}

pub async fn run(args: WaitArgs, out: Out) -> ExitCode {
    let resolved = match resolve(&args.target) {
        Ok(r) => r,
        Err(e) => return out.error(&e),
    };
    let client = resolved.client;
    let mut existing = Existing {
        handle: resolved.handle,
        resumable: true,
    };
    let doc = json!({ "provider": existing.handle.provider });
    let task = match until_done(&client, &existing, args.timeout, out, Next::Wait, &doc).await {
        Ok(task) => task,
        Err(code) => return code,
    };
    existing.handle.last_status = Some(task.status.clone());
    let handle = &existing.handle;
    let doc = json!({ "provider": handle.provider, "handle": handle, "task": task });
    out.result(&doc, &crate::status::line(&handle.task_id, &task));
    ExitCode::SUCCESS
}

/// Waits with a progress bar, showing failed polls as they happen. On failure, deadline or Ctrl-C
/// it reports (with `doc`, the result so far, on Ctrl-C) and gives the exit code; `next` is how the
/// user continues.
pub async fn until_done(
    client: &HttpClient,
    existing: &Existing,
    timeout: u64,
    out: Out,
    next: Next<'_>,
    doc: &Value,
) -> Result<Task, ExitCode> {
    let local = is_loopback(client.base_url());
    until_done_polling(client, existing, timeout, local, out, next, doc).await
}

/// [`until_done`], polling quickly when `local` (the server is on this machine).
pub async fn until_done_polling(
    client: &HttpClient,
    existing: &Existing,
    timeout: u64,
    local: bool,
    out: Out,
    next: Next<'_>,
    doc: &Value,
) -> Result<Task, ExitCode> {
    let options = wait_options(client.provider(), local, Duration::from_secs(timeout));
    let display = Display::new();
    let waited = unless_interrupted(client.wait_with(&existing.handle, &options, |event| {
        display.wait_event(event)
    }))
    .await;
    display.finish();
    match waited {
        Some(Ok(task)) => Ok(task),
        Some(Err(e)) => Err(existing.fail(out, &e, next)),
        None => Err(existing.interrupted(out, doc.clone(), next)),
    }
}
