//! What the commands print: with `--json`, one JSON document on stdout (results and errors alike);
//! otherwise results on stdout and everything else (progress, notes, errors) on stderr.

use crate::exit;
use grokvid::Error;
use grokvid::failover::FailoverError;
use serde_json::{Value, json};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub json: bool,
}

impl Out {
    /// Prints a result: the JSON with `--json`, else the human text (skipped when empty).
    pub fn result(&self, value: &Value, human: &str) {
        if self.json {
            print_out(&pretty(value));
        } else if !human.is_empty() {
            print_out(human.trim_end());
        }
    }

    /// Reports an error (stderr, and a JSON document on stdout with `--json`) and gives its exit code.
    pub fn error(&self, error: &Error) -> ExitCode {
        let code = self.report(error);
        if self.json {
            let mut doc = error_json(error);
            doc["exit_code"] = json!(code);
            print_out(&pretty(&json!({ "error": doc })));
        }
        ExitCode::from(code)
    }

    /// The error on stderr (with what to do when a create may have been charged); its exit code.
    pub fn report(&self, error: &Error) -> u8 {
        eprintln!("error: {error}");
        warn_if_charged(error);
        exit::code(error)
    }

    /// Reports a failover that found no taker.
    pub fn failover_error(&self, error: &FailoverError) -> ExitCode {
        eprintln!("error: {error}");
        let code = exit::failover_code(error);
        if let Some(last) = error.last_error() {
            warn_if_charged(last);
        }
        if self.json {
            let attempts: Vec<Value> = error
                .attempts
                .iter()
                .map(|a| {
                    let mut doc = error_json(&a.error);
                    doc["provider"] = json!(a.provider);
                    doc["verdict"] = json!(a.verdict);
                    doc
                })
                .collect();
            let doc = json!({
                "error": {
                    "kind": "failover",
                    "message": error.to_string(),
                    "may_have_been_taken": error.may_have_been_taken(),
                    "attempts": attempts,
                    "exit_code": code,
                }
            });
            print_out(&pretty(&doc));
        }
        ExitCode::from(code)
    }

    /// A usage problem found by the command itself (not by clap): exit 2.
    pub fn invalid(&self, message: &str) -> ExitCode {
        eprintln!("error: {message}");
        if self.json {
            let doc = json!({
                "error": { "kind": "usage", "message": message, "exit_code": exit::INVALID }
            });
            print_out(&pretty(&doc));
        }
        ExitCode::from(exit::INVALID)
    }
}

/// After a create that may have been charged: what to do before trying again.
fn warn_if_charged(error: &Error) {
    if let Error::MaybeCharged { id_hint, .. } = error {
        let lookup = id_hint
            .as_ref()
            .map_or(String::new(), |id| format!(" (look for `{id}`)"));
        eprintln!(
            "the create may have been accepted and charged: check the vendor's dashboard{lookup} \
             before sending it again"
        );
    }
}

/// One document on stdout; a closed pipe (`| head`) is not an error worth a panic.
pub fn print_out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}").and_then(|()| stdout.flush());
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// An error as JSON: its kind, message, and what a script needs (violations, the handle, the task).
pub fn error_json(error: &Error) -> Value {
    let kind = match error {
        Error::Invalid(_) => "invalid",
        Error::Unsupported { .. } => "unsupported",
        Error::Config(_) => "config",
        Error::NotSent { .. } => "not_sent",
        Error::MaybeSent { .. } => "maybe_sent",
        Error::Vendor(_) => "vendor",
        Error::TaskEnded { .. } => "task_ended",
        Error::Deadline { .. } => "deadline",
        Error::MaybeCharged { .. } => "maybe_charged",
        Error::WaitFailed { .. } => "wait_failed",
        Error::Io { .. } => "io",
        Error::UnexpectedResponse { .. } => "unexpected_response",
        Error::TooLarge { .. } => "too_large",
        _ => "other",
    };
    let mut doc = json!({ "kind": kind, "message": error.to_string() });
    match error {
        Error::Invalid(violations) => doc["violations"] = json!(violations),
        Error::Unsupported {
            provider,
            field,
            limit,
        } => {
            doc["provider"] = json!(provider);
            doc["field"] = json!(field);
            doc["limit"] = json!(limit);
        }
        Error::Vendor(v) => {
            doc["http_status"] = json!(v.http_status);
            doc["code"] = json!(v.code);
            doc["vendor_message"] = json!(v.message);
        }
        Error::TaskEnded { provider, task } => {
            doc["provider"] = json!(provider);
            doc["task"] = json!(task);
        }
        Error::Deadline { handle } => doc["handle"] = json!(handle),
        Error::WaitFailed { handle, last, .. } => {
            doc["handle"] = json!(handle);
            doc["last_error"] = error_json(last);
        }
        Error::MaybeCharged { cause, id_hint, .. } => {
            doc["may_have_been_charged"] = json!(true);
            doc["id_hint"] = json!(id_hint);
            doc["cause"] = error_json(cause);
        }
        _ => {}
    }
    doc
}
