//! `grokvid spec read`: one reply body through exactly the path the client takes on a real reply
//! (HTTP status, envelope, error shapes, task mapping), printing what it reads and why: for spec
//! authors checking a spec against real traffic, and for bug reports.

use crate::exit;
use crate::output::Out;
use clap::Args;
use grokvid::rt::reply::{Explained, Reading, explain};
use grokvid::spec::{Operation, Provider, Role};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct SpecReadArgs {
    /// The provider whose spec reads the reply (see `grokvid providers`); without it, the one of the
    /// --spec file.
    #[arg(long)]
    provider: Option<String>,
    /// An operation name, or a role: `create` (the provider's default create) or `query`.
    #[arg(long)]
    operation: String,
    /// The HTTP status the reply came with.
    #[arg(long, default_value_t = 200)]
    http_status: u16,
    /// The reply body; `-` reads it from stdin.
    file: PathBuf,
}

/// Prints the reading (one JSON object with `--json`); exit 0 whatever the reply says, 2 for bad
/// arguments (an unknown provider or operation, an unreadable file).
pub fn run(args: &SpecReadArgs, out: Out) -> ExitCode {
    let (provider, op, body) = match inputs(args) {
        Ok(inputs) => inputs,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(exit::INVALID);
        }
    };
    let explained = explain(provider, op, args.http_status, &body);
    out.result(&explained.to_json(), &human(provider, op, &explained));
    ExitCode::SUCCESS
}

fn inputs(args: &SpecReadArgs) -> Result<(&'static Provider, &'static Operation, Vec<u8>), String> {
    if !(100..=599).contains(&args.http_status) {
        return Err(format!(
            "--http-status {} is not an HTTP status",
            args.http_status
        ));
    }
    let ids: Vec<String> = args.provider.iter().cloned().collect();
    let chosen = crate::catalog::get().chosen(&ids)?;
    let provider = match (&args.provider, chosen.as_slice()) {
        (Some(_), [first, ..]) | (None, [first]) => *first,
        _ => return Err("several --spec files: name one with --provider".to_string()),
    };
    let op = operation(provider, &args.operation)?;
    let body = if args.file.as_os_str() == "-" {
        let mut body = Vec::new();
        std::io::stdin()
            .read_to_end(&mut body)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        body
    } else {
        std::fs::read(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?
    };
    Ok((provider, op, body))
}

/// An operation by name, or the role `create` (the provider's first create) or `query`.
fn operation(provider: &'static Provider, name: &str) -> Result<&'static Operation, String> {
    let by_role = match name {
        "create" => provider.operation_with_role(Role::Create),
        "query" => provider.operation_with_role(Role::Query),
        _ => None,
    };
    by_role.or_else(|| provider.operation(name)).ok_or_else(|| {
        let names: Vec<&str> = provider.operations().iter().map(|op| op.name()).collect();
        format!(
            "{} has no operation `{name}` (operations: {}; roles: create, query)",
            provider.id(),
            names.join(", ")
        )
    })
}

/// The reading for people: the outcome, then the steps that led to it.
fn human(provider: &Provider, op: &Operation, explained: &Explained) -> String {
    let mut text = format!("{}.{}: ", provider.id(), op.name());
    match &explained.reading {
        Reading::Task(task) => text.push_str(&task_line(task)),
        Reading::Tasks(tasks) => {
            text.push_str(&format!("{} task(s)", tasks.len()));
            for task in tasks {
                text.push_str(&format!("\n  {}", task_line(task)));
            }
        }
        Reading::VendorError(v) => text.push_str(&format!("the vendor's error: {v}")),
        Reading::Unreadable(message) => text.push_str(&format!("unreadable: {message}")),
    }
    for step in &explained.steps {
        text.push_str(&format!("\n  - {step}"));
    }
    text
}

fn task_line(task: &grokvid::Task) -> String {
    let mut line = format!("task {}", task.status);
    for (name, value) in [
        ("id", task.id.clone()),
        ("progress", task.progress.map(|p| format!("{p}%"))),
        ("video_url", task.video_url.clone()),
        ("error", task.error.clone()),
        ("error_code", task.error_code.clone()),
        (
            "created_at",
            task.created_at.map(grokvid::rt::time::rfc3339),
        ),
        (
            "finished_at",
            task.finished_at.map(grokvid::rt::time::rfc3339),
        ),
    ] {
        if let Some(value) = value {
            line.push_str(&format!(", {name} {value}"));
        }
    }
    line
}
