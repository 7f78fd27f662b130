//! Reply and error examples: each reply reads as its `expect`ed task (or tasks, for a batch), and each
//! error as the vendor's code and message, exactly the way the client reads a real reply.

use super::fixtures::{fixture_files, label, read};
use super::{Check, Outcome};
use grokvid::rt::reply::{interpret, normalize, normalize_many, task_json};
use grokvid::spec::Operation;
use grokvid::{Error, Provider};
use serde_json::Value;
use std::path::Path;

/// `responses/*.json`.
pub(crate) fn check_replies(provider: &'static Provider, fixtures: &Path) -> Vec<Check> {
    each(provider, fixtures, "responses", reply)
}

/// `errors/*.json`.
pub(crate) fn check_errors(provider: &'static Provider, fixtures: &Path) -> Vec<Check> {
    each(provider, fixtures, "errors", error)
}

type Judge = fn(&'static Provider, &'static Operation, u16, &Value) -> Result<(), String>;

fn each(provider: &'static Provider, fixtures: &Path, kind: &str, judge: Judge) -> Vec<Check> {
    let files = fixture_files(fixtures, kind);
    if files.is_empty() {
        let why = format!("no {kind} examples ({kind}/*.json)");
        return vec![Check::new(kind, Outcome::Skipped(why))];
    }
    files
        .iter()
        .map(|path| {
            let result = read(path).and_then(|fixture| {
                let name = fixture["operation"].as_str().unwrap_or_default();
                let op = provider
                    .operation(name)
                    .ok_or_else(|| format!("{} has no operation `{name}`", provider.id()))?;
                let status = fixture["http_status"].as_u64().unwrap_or(200) as u16;
                judge(provider, op, status, &fixture)
            });
            Check::from_result(label(kind, path), result)
        })
        .collect()
}

fn reply(
    provider: &'static Provider,
    op: &'static Operation,
    status: u16,
    fixture: &Value,
) -> Result<(), String> {
    let value = read_body(provider, op, status, fixture).map_err(|e| e.to_string())?;
    // A provider with typed code also reads the reply into its typed response.
    if provider.entry(op).is_some() {
        provider
            .typed_reply(op.name(), value.clone())
            .map_err(|e| format!("typed reply: {e}"))?;
    }
    let Some(mapping) = op.response().task() else {
        return Err(format!(
            "operation `{}` maps no task to compare with `expect`",
            op.name()
        ));
    };
    let expect = &fixture["expect"];
    let mut problems = Vec::new();
    if let Some(at) = op.response().tasks_at() {
        let tasks = normalize_many(&value, at, mapping);
        let wanted = expect["tasks"].as_array().cloned().unwrap_or_default();
        if tasks.len() != wanted.len() {
            problems.push(format!("{} tasks, expected {}", tasks.len(), wanted.len()));
        }
        for (task, want) in tasks.iter().zip(&wanted) {
            compare(&task_json(task), want, &mut problems);
        }
    } else {
        compare(
            &task_json(&normalize(&value, mapping)),
            expect,
            &mut problems,
        );
    }
    joined(problems)
}

fn error(
    provider: &'static Provider,
    op: &'static Operation,
    status: u16,
    fixture: &Value,
) -> Result<(), String> {
    let v = match read_body(provider, op, status, fixture) {
        Err(Error::Vendor(v)) => v,
        Err(other) => return Err(format!("expected the vendor's error, got: {other}")),
        Ok(value) => {
            return Err(format!(
                "expected the vendor's error, got a success: {value}"
            ));
        }
    };
    let expect = &fixture["expect"];
    let mut problems = Vec::new();
    if let Some(code) = expect.get("code")
        && v.code.as_deref() != code.as_str()
    {
        problems.push(format!("code {:?}, expected {code}", v.code));
    }
    if let Some(message) = expect.get("message").and_then(Value::as_str)
        && v.message != message
    {
        problems.push(format!("message {:?}, expected {message:?}", v.message));
    }
    joined(problems)
}

/// The fixture's `body` read the client's way.
fn read_body(
    provider: &'static Provider,
    op: &'static Operation,
    status: u16,
    fixture: &Value,
) -> Result<Value, Error> {
    let body = fixture["body"].to_string().into_bytes();
    interpret(provider, op, status, None, &body)
}

/// Every key of `expect` must read the same.
fn compare(got: &Value, expect: &Value, problems: &mut Vec<String>) {
    let Some(expect) = expect.as_object() else {
        problems.push("`expect` is not an object".to_string());
        return;
    };
    for (key, want) in expect {
        if got.get(key) != Some(want) {
            problems.push(format!("{key} is {}, expected {want}", got[key]));
        }
    }
}

fn joined(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}
