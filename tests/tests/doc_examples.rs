//! Every example from the vendor docs, table-driven from `tests/fixtures/<provider>/`:
//! - requests/*.json: read into the typed request, validated, and encoded back to the same wire form;
//! - responses/*.json: parsed into the typed reply and normalized into the expected task;
//! - errors/*.json: read as the vendor error with the expected code and message.
//!
//! Nothing here names a provider: a new spec with fixtures is tested with no Rust change.

mod common;

use common::{corpus, fixtures, operation, provider, read, request_fixture, sorted};
use grokvid::Error;
use grokvid::providers;
use grokvid::rt::reply::task_json;
use serde_json::{Value, json};

#[test]
fn every_request_example_round_trips() {
    let cases = fixtures("requests");
    assert!(cases.len() >= 20, "only {} request fixtures", cases.len());
    let mut failures = Vec::new();
    for (id, path) in &cases {
        let f = request_fixture(id, path);
        let label = path.display();
        let encoded = match grokvid::providers::by_id(id)
            .expect("a built-in provider")
            .encode_request(f.operation.name(), f.input.clone())
        {
            Ok(encoded) => encoded,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        if let Some(expected) = &f.json
            && encoded.json.as_ref() != Some(expected)
        {
            failures.push(format!(
                "{label}: body\n  sent     {:?}\n  expected {expected}",
                encoded.json
            ));
        }
        if sorted(encoded.texts.clone()) != sorted(f.texts.clone()) {
            failures.push(format!(
                "{label}: text parts {:?} != {:?}",
                encoded.texts, f.texts
            ));
        }
        if sorted(encoded.files.clone()) != sorted(f.files.clone()) {
            failures.push(format!(
                "{label}: file parts {:?} != {:?}",
                encoded.files, f.files
            ));
        }
        for (k, v) in &f.path {
            if !encoded.path.contains(v.as_str()) {
                failures.push(format!(
                    "{label}: path `{}` does not carry {k}={v}",
                    encoded.path
                ));
            }
        }
        if sorted(encoded.query.clone()) != sorted(f.query.clone()) {
            failures.push(format!(
                "{label}: query {:?} != {:?}",
                encoded.query, f.query
            ));
        }
        if sorted(encoded.headers.clone()) != sorted(f.headers.clone()) {
            failures.push(format!(
                "{label}: headers {:?} != {:?}",
                encoded.headers, f.headers
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A reading as JSON (a task's normalized fields, a vendor error), compared key by key with `expect`.
fn check_task(label: &str, got: &Value, expect: &Value, failures: &mut Vec<String>) {
    for (key, want) in expect.as_object().unwrap() {
        if got.get(key) != Some(want) {
            failures.push(format!("{label}: {key} is {}, expected {want}", got[key]));
        }
    }
}

#[test]
fn every_response_example_parses_and_normalizes() {
    let cases = fixtures("responses");
    assert!(cases.len() >= 40, "only {} response fixtures", cases.len());
    let mut failures = Vec::new();
    let mut statuses_seen = std::collections::BTreeSet::new();
    for (id, path) in &cases {
        let fixture = read(path);
        let p = provider(id);
        let op_name = fixture["operation"].as_str().unwrap();
        let op = operation(p, op_name);
        let status = fixture["http_status"].as_u64().unwrap_or(200) as u16;
        let body = serde_json::to_vec(&fixture["body"]).unwrap();
        let label = path.display().to_string();
        let value = match grokvid::rt::reply::interpret(p, op, status, None, &body) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        if let Err(e) = grokvid::providers::by_id(id)
            .expect("a built-in provider")
            .typed_reply(op_name, value.clone())
        {
            failures.push(format!("{label}: typed reply: {e}"));
        }
        let mapping = op.response().task().expect("task mapping");
        let expect = &fixture["expect"];
        if let Some(at) = op.response().tasks_at() {
            let tasks = grokvid::rt::reply::normalize_many(&value, at, mapping);
            let wanted = expect["tasks"].as_array().unwrap();
            assert_eq!(tasks.len(), wanted.len(), "{label}");
            for (task, want) in tasks.iter().zip(wanted) {
                check_task(&label, &task_json(task), want, &mut failures);
            }
        } else {
            let task = grokvid::rt::reply::normalize(&value, mapping);
            statuses_seen.insert(format!("{id}:{}", task.status.as_str()));
            check_task(&label, &task_json(&task), expect, &mut failures);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    // Every provider's examples reach a terminal success and a failure.
    for p in providers::ALL {
        for status in ["completed", "failed"] {
            assert!(
                statuses_seen.contains(&format!("{}:{status}", p.id())),
                "{} has no `{status}` example",
                p.id()
            );
        }
    }
}

#[test]
fn every_error_example_reads_as_the_vendor_error() {
    let cases = fixtures("errors");
    assert!(cases.len() >= 15, "only {} error fixtures", cases.len());
    let mut failures = Vec::new();
    for (id, path) in &cases {
        let fixture = read(path);
        let p = provider(id);
        let op = operation(p, fixture["operation"].as_str().unwrap());
        let status = fixture["http_status"].as_u64().unwrap() as u16;
        let body = serde_json::to_vec(&fixture["body"]).unwrap();
        let label = path.display();
        match grokvid::rt::reply::interpret(p, op, status, None, &body) {
            Err(Error::Vendor(v)) => {
                let expect = &fixture["expect"];
                if let Some(code) = expect.get("code")
                    && v.code.as_deref() != code.as_str()
                {
                    failures.push(format!("{label}: code {:?}, expected {code}", v.code));
                }
                if let Some(message) = expect.get("message").and_then(Value::as_str)
                    && v.message != message
                {
                    failures.push(format!(
                        "{label}: message {:?}, expected {message:?}",
                        v.message
                    ));
                }
                assert_eq!(v.http_status, status);
            }
            other => failures.push(format!("{label}: expected a vendor error, got {other:?}")),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Replies collected outside the docs (relay and SDK test suites, recorded traffic), in
/// `tests/corpus/<provider>/*.json`: each is read exactly as the client reads it and must give the
/// recorded reading, in the form `grokvid spec read --json` prints (`task`, `tasks`, `vendor_error` or
/// `unreadable`; only the keys given are compared).
#[test]
fn every_corpus_reply_reads_as_recorded() {
    let cases = corpus();
    assert!(cases.len() >= 40, "only {} corpus replies", cases.len());
    let mut failures = Vec::new();
    for (id, path) in &cases {
        let fixture = read(path);
        let label = path.display().to_string();
        for key in ["source", "operation", "body", "expect"] {
            assert!(fixture.get(key).is_some(), "{label}: no `{key}`");
        }
        let p = provider(id);
        let op_name = fixture["operation"].as_str().unwrap();
        let op = operation(p, op_name);
        let status = fixture["http_status"].as_u64().unwrap_or(200) as u16;
        let body = match &fixture["body"] {
            // A body recorded as text (not JSON, or JSON inside a string) is sent as that text.
            Value::String(text) => text.clone().into_bytes(),
            other => serde_json::to_vec(other).unwrap(),
        };
        let got = grokvid::rt::reply::explain(p, op, status, &body).to_json();
        let (kind, want) = fixture["expect"]
            .as_object()
            .unwrap()
            .iter()
            .next()
            .unwrap();
        let Some(reading) = got.get(kind.as_str()) else {
            failures.push(format!("{label}: expected `{kind}`, got {got}"));
            continue;
        };
        match kind.as_str() {
            "task" | "vendor_error" => check_task(&label, reading, want, &mut failures),
            "tasks" => {
                let items = reading["items"].as_array().unwrap();
                let wanted = want.as_array().unwrap();
                if items.len() != wanted.len() {
                    failures.push(format!(
                        "{label}: {} tasks, expected {}",
                        items.len(),
                        wanted.len()
                    ));
                }
                for (item, want) in items.iter().zip(wanted) {
                    check_task(&label, item, want, &mut failures);
                }
            }
            _ => {}
        }
        // What the typed client (`send`) would make of a task reply: it must not reject real traffic.
        if kind == "task"
            && let Ok(value) = serde_json::from_slice::<Value>(&body)
            && let Err(e) = grokvid::providers::by_id(id)
                .expect("a built-in provider")
                .typed_reply(op_name, value)
        {
            failures.push(format!("{label}: typed reply: {e}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

const EXTRA_KEY: &str = "added_by_vendor_later";

/// Adds a key no spec documents to every object in `value`, at any depth.
fn with_extra_keys(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), with_extra_keys(v)))
                .collect();
            out.insert(EXTRA_KEY.into(), json!({"x": 1}));
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(with_extra_keys).collect()),
        other => other.clone(),
    }
}

/// `value` without the added key (fields a spec leaves free-form, raw JSON, keep it).
fn without_extra_keys(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| *k != EXTRA_KEY)
                .map(|(k, v)| (k.clone(), without_extra_keys(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_extra_keys).collect()),
        other => other.clone(),
    }
}

/// Vendors add fields without notice: an undocumented key in any object of a reply, nested ones
/// included, must leave the typed reply exactly as it was (nothing dropped along with it).
#[test]
fn undocumented_keys_anywhere_in_a_reply_change_nothing() {
    let mut failures = Vec::new();
    for (id, path) in &fixtures("responses") {
        let fixture = read(path);
        let op_name = fixture["operation"].as_str().unwrap();
        let body = &fixture["body"];
        let plain = grokvid::providers::by_id(id)
            .expect("a built-in provider")
            .typed_reply(op_name, body.clone());
        let extended = grokvid::providers::by_id(id)
            .expect("a built-in provider")
            .typed_reply(op_name, with_extra_keys(body))
            .map(|typed| without_extra_keys(&typed));
        match (plain, extended) {
            (Ok(a), Ok(b)) if a == b => {}
            (a, b) => failures.push(format!("{}: {a:?}\n  vs {b:?}", path.display())),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
