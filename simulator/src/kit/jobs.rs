//! Every create operation runs a whole job on the simulator: create → wait → download, and the file
//! saved is the simulator's video, byte for byte.

use super::examples::{neutral_input, sample_input, with_upload_files};
use super::{Check, Outcome, request_examples};
use crate::{SimConfig, Simulator};
use grokvid::spec::{Operation, Role};
use grokvid::{ApiKey, ClientConfig, HttpClient, Provider, RetryPolicy, TaskStatus, WaitOptions};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

pub(crate) async fn check(
    provider: &'static Provider,
    fixtures: Option<&Path>,
    dir: &Path,
) -> Vec<Check> {
    let mut checks = Vec::new();
    let creates = provider
        .operations()
        .iter()
        .copied()
        .filter(|op| op.role() == Role::Create);
    for (n, op) in creates.enumerate() {
        let dir = dir.join(format!("job-{n}"));
        for (source, input) in inputs(provider, op, fixtures, &dir) {
            let name = format!("create, wait, download: {} with {source}", op.name());
            let result = match input {
                Ok(input) => job(provider, op, input, &dir).await,
                Err(e) => Err(e),
            };
            checks.push(Check::from_result(name, result));
        }
    }
    if super::neutral_operation(provider).is_none() {
        let why = "no create operation maps it (`unified:`)".to_string();
        checks.push(Check::new("neutral request", Outcome::Skipped(why)));
    }
    if checks.is_empty() {
        checks.push(Check::from_result(
            "create, wait, download",
            Err("the spec has no create operation".to_string()),
        ));
    }
    checks
}

/// The neutral request where `op` maps one, and every request example of `op`; values from the field
/// table when there is neither.
fn inputs(
    provider: &'static Provider,
    op: &'static Operation,
    fixtures: Option<&Path>,
    dir: &Path,
) -> Vec<(String, Result<Value, String>)> {
    let mut inputs = Vec::new();
    if op.unified().is_some() {
        inputs.push((
            "the neutral request".into(),
            neutral_input(provider, op, dir),
        ));
    }
    for example in fixtures
        .map(|f| request_examples(provider, f))
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .filter(|e| e.op.name() == op.name())
    {
        let input = with_upload_files(op, &example.input, dir);
        inputs.push((example.label, Ok(input)));
    }
    if inputs.is_empty() {
        let input = sample_input(op, dir);
        inputs.push(("values from its field table".into(), Ok(input)));
    }
    inputs
}

async fn job(
    provider: &'static Provider,
    op: &'static Operation,
    input: Value,
    dir: &Path,
) -> Result<(), String> {
    let sim = Simulator::start(provider, SimConfig::default())
        .map_err(|e| format!("the simulator does not start: {e}"))?;
    let retry = RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(1),
    };
    let config = sim.configure(ClientConfig::default()).with_retry(retry);
    let client =
        HttpClient::new(provider, ApiKey::new(sim.api_key()), config).map_err(|e| e.to_string())?;
    let outcome = provider.call(&client, op.name(), input).await;
    let task = grokvid::rt::transport::task_of_reply(op.name(), outcome)
        .map_err(|e| format!("create: {e}"))?;
    let handle = client
        .track(&task, None)
        .map_err(|e| format!("track: {e}"))?;
    // A simulator needs no pacing: the vendor's minimum interval would only slow the kit down.
    let options = WaitOptions {
        respect_vendor_pacing: false,
        ..WaitOptions::quick(Duration::from_secs(30))
    };
    let done = client
        .wait(&handle, &options, |_| {})
        .await
        .map_err(|e| format!("wait: {e}"))?;
    if done.status != TaskStatus::Completed {
        return Err(format!("the wait ended {}", done.status));
    }
    let target = dir.join("out.mp4");
    let _ = std::fs::create_dir_all(dir);
    client
        .download(&done, &target, |_, _| {})
        .await
        .map_err(|e| format!("download: {e}"))?;
    let saved = std::fs::read(&target).map_err(|e| format!("the saved file: {e}"))?;
    let _ = std::fs::remove_file(&target);
    if saved != sim.video_bytes() {
        return Err(format!(
            "the saved file ({} bytes) is not the simulator's video",
            saved.len()
        ));
    }
    match sim.requests(op.name()) {
        1 => Ok(()),
        n => Err(format!("{n} creates reached the simulator, expected 1")),
    }
}
