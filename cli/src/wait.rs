//! `grokvid wait`: poll a task until it ends, with a progress bar.

use crate::connect::{is_loopback, wait_options};
use crate::exit;
use crate::output::Out;
use crate::progress::Display;
use crate::target::{TargetArgs, resolve};
use grokvid::{HttpClient, Task, TaskHandle};
use serde_json::json;
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
    let (client, mut handle) = (resolved.client, resolved.handle);
    let task = match until_done(&client, &handle, args.timeout, out).await {
        Ok(task) => task,
        Err(code) => return code,
    };
    handle.last_status = Some(task.status.clone());
    let doc = json!({ "provider": handle.provider, "handle": handle, "task": task });
    out.result(&doc, &crate::status::line(&handle.task_id, &task));
    ExitCode::SUCCESS
}

/// Waits with a progress bar; on failure, deadline or Ctrl-C reports and gives the exit code.
pub async fn until_done(
    client: &HttpClient,
    handle: &TaskHandle,
    timeout: u64,
    out: Out,
) -> Result<Task, ExitCode> {
    let options = wait_options(
        client.provider(),
        is_loopback(client.base_url()),
        Duration::from_secs(timeout),
    );
    let display = Display::new();
    let waited = tokio::select! {
        done = client.wait(handle, &options, |task| display.task(task)) => done,
        _ = tokio::signal::ctrl_c() => {
            display.finish();
            eprintln!("interrupted: the task goes on; resume it with `grokvid wait HANDLE`:");
            out.result(&json!({ "interrupted": true, "handle": handle }), &handle.to_json());
            return Err(ExitCode::from(exit::INTERRUPTED));
        }
    };
    display.finish();
    waited.map_err(|e| out.error(&e))
}
