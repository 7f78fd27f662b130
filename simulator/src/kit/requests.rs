//! Request examples round-trip: each goes through the client (validated and encoded the spec's way) to a
//! fresh simulator, which must read back exactly the fields the example gives.

use super::examples::with_upload_files;
use super::{Check, Outcome, RequestExample, request_examples};
use crate::{SimConfig, Simulator};
use grokvid::{ApiKey, ClientConfig, Error, HttpClient, Provider, RetryPolicy};
use serde_json::{Map, Value};
use std::path::Path;

pub(crate) async fn check(provider: &'static Provider, fixtures: &Path, dir: &Path) -> Vec<Check> {
    let examples = request_examples(provider, fixtures);
    if examples.is_empty() {
        let why = "no request examples (requests/*.json)".to_string();
        return vec![Check::new("requests", Outcome::Skipped(why))];
    }
    let mut checks = Vec::new();
    for example in examples {
        checks.push(match example {
            Ok(e) => Check::from_result(e.label.clone(), round_trip(provider, &e, dir).await),
            Err((label, why)) => Check::new(label, Outcome::Fail(why)),
        });
    }
    checks
}

async fn round_trip(
    provider: &'static Provider,
    example: &RequestExample,
    dir: &Path,
) -> Result<(), String> {
    let sim = Simulator::start(provider, SimConfig::default())
        .map_err(|e| format!("the simulator does not start: {e}"))?;
    let config = sim
        .configure(ClientConfig::default())
        .with_retry(RetryPolicy::NONE);
    let client =
        HttpClient::new(provider, ApiKey::new(sim.api_key()), config).map_err(|e| e.to_string())?;
    let input = with_upload_files(example.op, &example.input, dir);
    let outcome = provider.call(&client, example.op.name(), input).await;
    let Some(read) = sim.last_read(example.op.name()) else {
        return Err(match outcome {
            Err(Error::Vendor(v)) => format!("the simulator refused it: {v}"),
            Err(e) => format!("not sent as `{}`: {e}", example.op.name()),
            Ok(_) => format!("no request reached `{}`", example.op.name()),
        });
    };
    let want = example.input.as_object().cloned().unwrap_or_default();
    let uploads: Vec<&str> = example
        .op
        .params()
        .iter()
        .filter(|f| f.shape().holds_files())
        .map(|f| f.wire())
        .collect();
    let mut problems = Vec::new();
    for key in want.keys().chain(read.keys()) {
        let (sent, got) = (want.get(key), read.get(key));
        let same = match (sent, got) {
            (Some(a), Some(b)) if uploads.contains(&key.as_str()) => file_names(a) == file_names(b),
            (Some(a), Some(b)) => same_value(a, b),
            _ => false,
        };
        if !same
            && !problems
                .iter()
                .any(|p: &String| p.starts_with(&format!("`{key}`")))
        {
            problems.push(format!(
                "`{key}` written {} read {}",
                shown(sent),
                shown(got)
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the simulator read it differently: {}",
            problems.join("; ")
        ))
    }
}

fn shown(value: Option<&Value>) -> String {
    value.map_or_else(|| "nothing".to_string(), Value::to_string)
}

/// Upload values by file name (a path was sent; the wire carries its name).
fn file_names(value: &Value) -> Vec<String> {
    let name = |v: &Value| {
        let text = v.as_str().unwrap_or_default();
        Path::new(text)
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    };
    match value {
        Value::Array(items) => items.iter().map(name).collect(),
        other => vec![name(other)],
    }
}

/// Equal, with scalars compared as text: a query or header value has no JSON type on the wire.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_value(a, b))
        }
        (Value::Object(x), Value::Object(y)) => same_map(x, y),
        (Value::Array(_) | Value::Object(_), _) | (_, Value::Array(_) | Value::Object(_)) => false,
        _ => {
            grokvid::rt::json_path::as_text(a) == grokvid::rt::json_path::as_text(b)
                && a.is_null() == b.is_null()
        }
    }
}

fn same_map(x: &Map<String, Value>, y: &Map<String, Value>) -> bool {
    x.len() == y.len()
        && x.iter()
            .all(|(k, v)| y.get(k).is_some_and(|w| same_value(v, w)))
}
