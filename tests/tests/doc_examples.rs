//! Every example from the vendor docs, table-driven from `tests/fixtures/<provider>/`:
//! - requests/*.json: read into the typed request, validated, and encoded back to the same wire form;
//! - responses/*.json: parsed into the typed reply and normalized into the expected task;
//! - errors/*.json: read as the vendor error with the expected code and message.
//!
//! Nothing here names a provider: a new spec with fixtures is tested with no Rust change.

use grokvid::providers;
use grokvid::spec::{Operation, Provider};
use grokvid::{Error, Task};
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

fn fixtures(kind: &str) -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for provider in std::fs::read_dir(&root).expect("tests/fixtures exists") {
        let provider = provider.unwrap().path();
        let id = provider.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(files) = std::fs::read_dir(provider.join(kind)) else {
            continue;
        };
        for file in files {
            out.push((id.clone(), file.unwrap().path()));
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn provider(id: &str) -> &'static Provider {
    providers::ALL
        .iter()
        .copied()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("fixtures for unknown provider `{id}`"))
}

fn operation(provider: &'static Provider, name: &str) -> &'static Operation {
    provider
        .operation(name)
        .unwrap_or_else(|| panic!("{} has no operation `{name}`", provider.id))
}

fn pairs(value: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Object(map)) = value else {
        return Vec::new();
    };
    map.iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str().map_or_else(|| v.to_string(), str::to_string),
            )
        })
        .collect()
}

fn sorted(mut v: Vec<(String, String)>) -> Vec<(String, String)> {
    v.sort();
    v
}

#[test]
fn every_request_example_round_trips() {
    let cases = fixtures("requests");
    assert!(cases.len() >= 20, "only {} request fixtures", cases.len());
    let mut failures = Vec::new();
    for (id, path) in &cases {
        let fixture = read(path);
        let op_name = fixture["operation"].as_str().unwrap();
        let op = operation(provider(id), op_name);
        // The request as one JSON object keyed by wire names: body, then path/query/header params.
        let (mut request, texts, files) = if let Some(body) = fixture.get("json") {
            // Fixtures show the wire body, so a wrapped body is unwrapped into the request's fields.
            let fields = op.wrap.map_or(body, |key| &body[key]);
            (
                fields.as_object().cloned().unwrap_or_default(),
                vec![],
                vec![],
            )
        } else if let Some(mp) = fixture.get("multipart") {
            let texts = pairs(mp.get("fields"));
            let files: Vec<(String, String)> = mp["files"]
                .as_array()
                .map(|files| {
                    files
                        .iter()
                        .map(|f| {
                            (
                                f["name"].as_str().unwrap().to_string(),
                                f["filename"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let body = grokvid::request::json_from_parts(op, &texts, &files);
            (body.as_object().cloned().unwrap_or_default(), texts, files)
        } else {
            (Map::new(), vec![], vec![])
        };
        let mut outside: Vec<(String, String)> = Vec::new();
        for section in ["path", "query", "headers"] {
            for (k, v) in pairs(fixture.get(section)) {
                outside.push((k.clone(), v.clone()));
                if !op.consts.iter().any(|c| c.wire == k) {
                    request.insert(
                        k,
                        fixture[section][outside.last().unwrap().0.as_str()].clone(),
                    );
                }
            }
        }
        // Body constants are on the wire but are not fields of the typed request.
        let consts: Vec<&str> = op.consts.iter().map(|c| c.wire).collect();
        let typed_input: Map<String, Value> = request
            .iter()
            .filter(|(k, _)| !consts.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let encoded = match providers::encode_request(id, op_name, Value::Object(typed_input)) {
            Ok(encoded) => encoded,
            Err(e) => {
                failures.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let label = path.display();
        if let Some(body) = fixture.get("json") {
            let expected = body.clone();
            if encoded.json.as_ref() != Some(&expected) {
                failures.push(format!(
                    "{label}: body\n  sent     {}\n  expected {expected}",
                    encoded.json.unwrap_or_default()
                ));
            }
        }
        if fixture.get("multipart").is_some() {
            if sorted(encoded.texts.clone()) != sorted(texts.clone()) {
                failures.push(format!(
                    "{label}: text parts {:?} != {:?}",
                    encoded.texts, texts
                ));
            }
            if sorted(encoded.files.clone()) != sorted(files.clone()) {
                failures.push(format!(
                    "{label}: file parts {:?} != {:?}",
                    encoded.files, files
                ));
            }
        }
        let mut sent_outside = encoded.query.clone();
        sent_outside.extend(encoded.headers.clone());
        for (k, v) in pairs(fixture.get("path")) {
            if !encoded.path.contains(&v) {
                failures.push(format!(
                    "{label}: path `{}` does not carry {k}={v}",
                    encoded.path
                ));
            }
        }
        let expected_outside: Vec<(String, String)> = outside
            .into_iter()
            .filter(|(k, _)| !pairs(fixture.get("path")).iter().any(|(p, _)| p == k))
            .collect();
        if sorted(sent_outside.clone()) != sorted(expected_outside.clone()) {
            failures.push(format!(
                "{label}: query/header params {sent_outside:?} != {expected_outside:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The normalized task as JSON, compared key by key with `expect`.
fn check_task(label: &str, task: &Task, expect: &Value, failures: &mut Vec<String>) {
    let got = json!({
        "id": task.id,
        "status": task.status.as_str(),
        "progress": task.progress,
        "video_url": task.video_url,
        "error": task.error,
        "error_code": task.error_code,
    });
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
        let value = match grokvid::reply::interpret(p, op, status, None, &body) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        if let Err(e) = providers::typed_reply(id, op_name, value.clone()) {
            failures.push(format!("{label}: typed reply: {e}"));
        }
        let mapping = op.response.task.as_ref().expect("task mapping");
        let expect = &fixture["expect"];
        if let Some(at) = op.response.tasks_at {
            let tasks = grokvid::task::normalize_many(&value, at, mapping);
            let wanted = expect["tasks"].as_array().unwrap();
            assert_eq!(tasks.len(), wanted.len(), "{label}");
            for (task, want) in tasks.iter().zip(wanted) {
                check_task(&label, task, want, &mut failures);
            }
        } else {
            let task = grokvid::task::normalize(&value, mapping);
            statuses_seen.insert(format!("{id}:{}", task.status.as_str()));
            check_task(&label, &task, expect, &mut failures);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    // Every provider's examples reach a terminal success and a failure.
    for p in providers::ALL {
        for status in ["completed", "failed"] {
            assert!(
                statuses_seen.contains(&format!("{}:{status}", p.id)),
                "{} has no `{status}` example",
                p.id
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
        match grokvid::reply::interpret(p, op, status, None, &body) {
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
