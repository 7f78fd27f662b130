//! The simulator refuses what the vendor would: a wrong key (401), a request that breaks a rule or the
//! field table (400, or an envelope error at HTTP 200), the wrong content type, an oversized body; and no
//! input makes it fail (no 5xx, no dropped connection). Every provider, generically: violations are
//! derived from each operation's own rules.

mod common;

use common::*;
use grokvid::spec::{
    Builtin, Check, Condition, Field, Form, Kind, Operation, ParamLocation, Role, Rule, Scalar,
    Shape,
};
use grokvid::{Error, Provider, providers};
use grokvid_sim::{SimConfig, Simulator};
use serde_json::{Map, Value, json};

/// A valid input for `op`: its first request example, or (query-like operations) a created task's id.
async fn valid_input(
    provider: &'static Provider,
    sim: &Simulator,
    op: &'static Operation,
) -> Option<Map<String, Value>> {
    if let Some(example) = request_inputs(provider)
        .into_iter()
        .find(|r| r.op.name() == op.name())
        && op.task_id_param().is_none()
    {
        return example.input.as_object().cloned();
    }
    op.task_id_param()?;
    let client = client(provider, sim, sim.api_key());
    let id = create_task(&client, provider).await;
    query_input(op, &id).as_object().cloned()
}

/// A refusal as the client reads it: HTTP 400 or an envelope error at 200 (envelope vendors).
fn assert_refused(what: &str, status: u16, read: &Result<Value, Error>, needle: &str) {
    match read {
        Err(Error::Vendor(e)) => {
            assert!(
                status == 400 || (status == 200 && e.code.is_some()),
                "{what}: HTTP {status}: {e}"
            );
            assert!(
                e.message.contains(needle),
                "{what}: `{}` lacks `{needle}`",
                e.message
            );
        }
        other => panic!("{what}: expected a refusal, got HTTP {status} {other:?}"),
    }
}

#[tokio::test]
async fn wrong_or_missing_keys_get_401_on_every_operation() {
    for provider in providers::ALL {
        let sim = start(provider);
        let http = http();
        for op in provider.operations().iter().copied() {
            let input = valid_input(provider, &sim, op).await.unwrap_or_default();
            for key in ["wrong-key", ""] {
                let request = raw_request(&http, provider, &sim, op, &input, key);
                let (status, read) = send_raw(request, provider, op).await;
                assert_eq!(
                    status,
                    401,
                    "{}.{} with key {key:?}",
                    provider.id(),
                    op.name()
                );
                assert!(
                    matches!(read, Err(Error::Vendor(ref e)) if e.http_status == 401),
                    "{read:?}"
                );
            }
        }
        // Through the typed client too.
        let bad = client(provider, &sim, "wrong-key");
        let create = create_input(provider);
        match bad
            .provider()
            .call(&bad, create.op.name(), create.input.clone())
            .await
        {
            Err(Error::Vendor(e)) => assert_eq!(e.http_status, 401, "{}", provider.id()),
            other => panic!("{}: {other:?}", provider.id()),
        }
    }
}

/// Each rule of each operation, broken on purpose from a valid example: the typed client refuses to
/// send it, and the simulator (same runtime checks) refuses it with the rule's message; a rule the
/// vendor corrects instead (`then: warn`/`drop`) is sent with a warning and accepted.
#[tokio::test]
async fn every_rule_violation_is_refused_by_both_sides() {
    let mut checked = 0;
    for provider in providers::ALL {
        let sim = start(provider);
        let http = http();
        for op in provider
            .operations()
            .iter()
            .filter(|op| !op.rules().is_empty())
        {
            let Some(base) = valid_input(provider, &sim, op).await else {
                continue;
            };
            for (i, rule) in op.rules().iter().enumerate() {
                let what = format!("{}.{} rule {i}", provider.id(), op.name());
                let broken =
                    violate(op, rule, &base).unwrap_or_else(|| panic!("{what}: cannot break it"));
                let compiled =
                    grokvid::providers::by_id(provider.id()).expect("a built-in provider");
                let local = compiled.encode_request(op.name(), Value::Object(broken.clone()));
                let request = raw_request(&http, provider, &sim, op, &broken, sim.api_key());
                let (status, read) = send_raw(request, provider, op).await;
                if rule.then() != grokvid::spec::Then::Reject {
                    // The vendor takes it and corrects it: sent with a warning, and accepted.
                    let warnings = compiled.warnings(op.name(), &Value::Object(broken.clone()));
                    assert!(warnings.is_ok_and(|w| !w.is_empty()), "{what}: no warning");
                    assert!(local.is_ok(), "{what}: {local:?}");
                    assert!(read.is_ok(), "{what}: HTTP {status} {read:?}");
                    checked += 1;
                    continue;
                }
                assert!(
                    matches!(local, Err(Error::Invalid(_))),
                    "{what}: the client sent it: {local:?}"
                );
                let needle = rule.message().unwrap_or_else(|| rule_field(rule));
                assert_refused(&what, status, &read, needle);
                checked += 1;
            }
            // The unbroken example is accepted.
            let request = raw_request(&http, provider, &sim, op, &base, sim.api_key());
            let (status, read) = send_raw(request, provider, op).await;
            assert!(
                read.is_ok(),
                "{}.{}: HTTP {status} {read:?}",
                provider.id(),
                op.name()
            );
        }
    }
    assert!(checked >= 10, "only {checked} rules checked");
}

#[tokio::test]
async fn field_table_violations_are_refused() {
    for provider in providers::ALL {
        let sim = start(provider);
        let http = http();
        let create = create_input(provider);
        let op = create.op;
        let base = create.input.as_object().cloned().unwrap_or_default();

        let required_body = op
            .params()
            .iter()
            .find(|f| f.is_required() && f.location() == ParamLocation::Body);
        if let Some(required) = required_body {
            let mut missing = base.clone();
            missing.remove(required.wire());
            let (status, read) = send_raw(
                raw_request(&http, provider, &sim, op, &missing, sim.api_key()),
                provider,
                op,
            )
            .await;
            assert_refused(
                &format!("{} missing {}", provider.id(), required.wire()),
                status,
                &read,
                "is required",
            );
        }

        let mut unknown = base.clone();
        unknown.insert("no_such_field".into(), json!("x"));
        let (status, read) = send_raw(
            raw_request(&http, provider, &sim, op, &unknown, sim.api_key()),
            provider,
            op,
        )
        .await;
        assert_refused(
            &format!("{} unknown field", provider.id()),
            status,
            &read,
            "no_such_field",
        );

        // A value of the wrong kind for the first body field that has a kind to get wrong.
        if let Some(field) = op.params().iter().find(|f| {
            f.location() == ParamLocation::Body
                && matches!(
                    f.shape().kind(),
                    Kind::Builtin(Builtin::Integer | Builtin::Url) | Kind::Enum(_)
                )
        }) {
            let mut wrong = base.clone();
            wrong.insert(field.wire().into(), json!("definitely not valid ☃"));
            let (status, read) = send_raw(
                raw_request(&http, provider, &sim, op, &wrong, sim.api_key()),
                provider,
                op,
            )
            .await;
            assert_refused(
                &format!("{} bad {}", provider.id(), field.wire()),
                status,
                &read,
                field.wire(),
            );
        }
    }
}

#[tokio::test]
async fn bodies_must_have_the_right_content_type_wrap_and_constants() {
    for provider in providers::ALL {
        let sim = start(provider);
        let http = http();
        for op in provider.operations().iter().copied() {
            let Some(input) = valid_input(provider, &sim, op).await else {
                continue;
            };
            let what = format!("{}.{}", provider.id(), op.name());
            if op.body() != grokvid::spec::BodyKind::None {
                // Same fields, sent as plain text.
                let url = raw_request(&http, provider, &sim, op, &input, sim.api_key())
                    .build()
                    .expect("a request");
                let mut request = reqwest::Request::new(url.method().clone(), url.url().clone());
                *request.headers_mut() = url.headers().clone();
                request.headers_mut().remove("content-length");
                request
                    .headers_mut()
                    .insert("content-type", "text/plain".parse().expect("header"));
                *request.body_mut() = Some("prompt=hello".into());
                let response = http.execute(request).await.expect("a reply");
                let status = response.status().as_u16();
                let body = response.bytes().await.expect("a body");
                let read = grokvid::rt::reply::interpret(provider, op, status, None, &body);
                match read {
                    Err(Error::Vendor(e)) => {
                        assert!(status == 415 || status == 200, "{what}: {status}");
                        assert!(e.message.contains("expected"), "{what}: {e}");
                    }
                    other => panic!("{what}: text/plain accepted: {other:?}"),
                }
            }
            if let Some(key) = op.wrap() {
                // The fields not wrapped: every one is an unknown top-level key.
                let response = raw_request(&http, provider, &sim, op, &Map::new(), sim.api_key())
                    .json(&Value::Object(input.clone()))
                    .send()
                    .await
                    .expect("a reply");
                let status = response.status().as_u16();
                let body = response.bytes().await.expect("a body");
                let read = grokvid::rt::reply::interpret(provider, op, status, None, &body);
                assert_refused(&format!("{what} unwrapped"), status, &read, key);
            }
            for c in op
                .consts()
                .iter()
                .filter(|c| c.location() == ParamLocation::Body)
            {
                // Only checkable when no other operation on the same path owns the other value.
                let shared_path = provider.operations().iter().any(|o| {
                    o.name() != op.name() && o.path() == op.path() && o.method() == op.method()
                });
                if shared_path {
                    continue;
                }
                let mut wrong = input.clone();
                wrong.insert(c.wire().into(), json!("wrong-constant"));
                let response = raw_request(&http, provider, &sim, op, &Map::new(), sim.api_key())
                    .json(&wrap(op, wrong))
                    .send()
                    .await
                    .expect("a reply");
                let status = response.status().as_u16();
                let body = response.bytes().await.expect("a body");
                let read = grokvid::rt::reply::interpret(provider, op, status, None, &body);
                assert_refused(&format!("{what} const"), status, &read, c.wire());
            }
        }
    }
}

/// Operations sharing a method and path are told apart by their constants (acedata: `action`).
#[tokio::test]
async fn shared_paths_dispatch_on_constants() {
    for provider in providers::ALL {
        for op in provider.operations().iter().copied() {
            let twins: Vec<&Operation> = provider
                .operations()
                .iter()
                .copied()
                .filter(|o| {
                    o.name() != op.name() && o.path() == op.path() && o.method() == op.method()
                })
                .collect();
            if twins.is_empty() || op.consts().is_empty() {
                continue;
            }
            let sim = start(provider);
            let Some(input) = valid_input(provider, &sim, op).await else {
                continue;
            };
            let request = raw_request(&http(), provider, &sim, op, &input, sim.api_key());
            let (status, read) = send_raw(request, provider, op).await;
            assert!(
                read.is_ok(),
                "{}.{}: HTTP {status} {read:?}",
                provider.id(),
                op.name()
            );
            assert_eq!(
                sim.requests(op.name()),
                1,
                "{}.{}",
                provider.id(),
                op.name()
            );
            for twin in twins {
                assert_eq!(
                    sim.requests(twin.name()),
                    0,
                    "{}.{}",
                    provider.id(),
                    twin.name()
                );
            }
        }
    }
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    for provider in providers::ALL {
        let config = SimConfig {
            max_body_bytes: 1024,
            ..SimConfig::default()
        };
        let sim = Simulator::start(provider, config).expect("starts");
        let create = create_input(provider);
        let mut input = create.input.as_object().cloned().unwrap_or_default();
        let text_field = create
            .op
            .params()
            .iter()
            .find(|f| {
                f.location() == ParamLocation::Body
                    && matches!(f.shape().kind(), Kind::Builtin(Builtin::String))
            })
            .expect("a text field");
        input.insert(text_field.wire().into(), json!("x".repeat(4096)));
        let request = raw_request(&http(), provider, &sim, create.op, &input, sim.api_key());
        let (status, read) = send_raw(request, provider, create.op).await;
        assert!(
            status == 413 || status == 200,
            "{}: {status}",
            provider.id()
        );
        assert!(
            matches!(read, Err(Error::Vendor(ref e)) if e.message.contains("larger than")),
            "{read:?}"
        );
    }
}

/// Garbage in any part of a request never gets a 5xx or a dropped connection, and the server lives on.
#[tokio::test]
async fn garbage_never_breaks_the_server() {
    for provider in providers::ALL {
        let sim = Simulator::start(
            provider,
            SimConfig {
                max_body_bytes: 64 * 1024,
                ..SimConfig::default()
            },
        )
        .expect("starts");
        let http = http();
        let auth = provider.auth();
        let key = format!("{}{}", auth.prefix(), sim.api_key());
        let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
        let bodies: Vec<(&str, Vec<u8>)> = vec![
            ("application/json", b"{".to_vec()),
            ("application/json", b"null".to_vec()),
            ("application/json", b"[1,2,3]".to_vec()),
            ("application/json", deep.into_bytes()),
            ("application/json", vec![0xff, 0xfe, 0x00]),
            (
                "application/json",
                b"{\"input\": 5, \"prompt\": {\"a\": []}}".to_vec(),
            ),
            ("multipart/form-data; boundary=X", b"--X\r\nbroken".to_vec()),
            ("multipart/form-data", b"no boundary".to_vec()),
            ("application/octet-stream", vec![0u8; 100_000]),
        ];
        for op in provider.operations() {
            let path = op.path().to_string().replace(['{', '}'], "");
            let url = format!("{}{path}", sim.base_url());
            for (content_type, body) in &bodies {
                let mut request = http
                    .request(
                        reqwest::Method::from_bytes(op.method().as_str().as_bytes()).expect("m"),
                        &url,
                    )
                    .header("content-type", *content_type)
                    .body(body.clone());
                request = match auth.location() {
                    grokvid::spec::AuthLocation::Header => request.header(auth.name(), &key),
                    grokvid::spec::AuthLocation::Query => request.query(&[(auth.name(), &key)]),
                };
                let response = request
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("{}.{}: {e}", provider.id(), op.name()));
                let status = response.status().as_u16();
                assert!(
                    status < 500,
                    "{}.{} {content_type}: {status}",
                    provider.id(),
                    op.name()
                );
                let body = response.bytes().await.expect("a whole body");
                let _: Value = serde_json::from_slice(&body).expect("errors are JSON");
            }
        }
        for (method, path) in [
            ("GET", "/"),
            ("GET", "/files/.mp4"),
            ("GET", "/files/%ff%00.mp4"),
            ("DELETE", "/files/x.mp4"),
            ("PATCH", "/v1/%zz/../.."),
            ("GET", "/files/task_unknown.mp4?x=%"),
        ] {
            let url = format!("http://{}{path}", sim.addr());
            let response = http
                .request(
                    reqwest::Method::from_bytes(method.as_bytes()).expect("m"),
                    &url,
                )
                .header(
                    auth.name(),
                    reqwest::header::HeaderValue::from_bytes(&[0xff, b'k']).expect("obs-text"),
                )
                .send()
                .await
                .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
            assert!(
                response.status().as_u16() < 500,
                "{method} {path}: {}",
                response.status()
            );
        }
        // Still serving.
        let client = client(provider, &sim, sim.api_key());
        create_task(&client, provider).await;
    }
}

/// The JSON body of `op` for these fields (wrapped when the spec says so).
fn wrap(op: &Operation, fields: Map<String, Value>) -> Value {
    let body: Map<String, Value> = fields
        .into_iter()
        .filter(|(k, _)| {
            op.params()
                .iter()
                .find(|f| f.wire() == k)
                .is_none_or(|f| f.location() == ParamLocation::Body)
        })
        .collect();
    match op.wrap() {
        Some(key) => json!({ key: body }),
        None => Value::Object(body),
    }
}

/// A field a rule concerns, for rules without a custom message.
fn rule_field(rule: &Rule) -> &'static str {
    match rule.check() {
        Check::Fixed { field, .. }
        | Check::Range { field, .. }
        | Check::Items { field, .. }
        | Check::Allowed { field, .. } => field,
        Check::Forbidden(names)
        | Check::Required(names)
        | Check::Exclusive(names)
        | Check::OneOf(names)
        | Check::Precedence(names) => names.first().copied().unwrap_or(""),
    }
}

/// `base` changed so that `rule`'s conditions hold and its check fails.
fn violate(op: &Operation, rule: &Rule, base: &Map<String, Value>) -> Option<Map<String, Value>> {
    let mut m = base.clone();
    for condition in rule.when() {
        match condition {
            Condition::Equals { field, any_of } => {
                m.insert(field.to_string(), scalar(any_of.first()?));
            }
            Condition::Set(field) => {
                if !m.contains_key(*field) {
                    m.insert(field.to_string(), sample(param(op, field)?.shape()));
                }
            }
        }
    }
    match rule.check() {
        Check::Fixed { field, value } => {
            let other = match value {
                Scalar::Int(i) => json!(i + 1),
                Scalar::Num(n) => json!(n + 1.0),
                Scalar::Bool(b) => json!(!b),
                Scalar::Str(s) => json!(format!("{s}-other")),
            };
            m.insert(field.to_string(), other);
        }
        Check::Forbidden(names) => {
            let name = names.first()?;
            m.insert(name.to_string(), sample(param(op, name)?.shape()));
        }
        Check::Required(names) => {
            m.remove(*names.first()?);
        }
        Check::Range { field, min, max } => {
            let value = match (max, min) {
                (Some(max), _) => max + 1.0,
                (None, Some(min)) => min - 1.0,
                (None, None) => return None,
            };
            m.insert(field.to_string(), json!(value as i64));
        }
        Check::Items { field, min, max } => {
            let Kind::List(item) = &param(op, field)?.shape().kind() else {
                return None;
            };
            let count = match (max, min) {
                (Some(max), _) => max + 1,
                (None, Some(min)) if *min > 0 => min - 1,
                _ => return None,
            };
            m.insert(field.to_string(), Value::Array(vec![sample(item); count]));
        }
        Check::Allowed { field, values } => {
            let outside = match &param(op, field)?.shape().kind() {
                Kind::Enum(info) => info
                    .values()
                    .iter()
                    .find(|v| !values.contains(v))
                    .map(scalar)?,
                _ => json!("not-allowed"),
            };
            m.insert(field.to_string(), outside);
        }
        Check::Exclusive(names) | Check::Precedence(names) => {
            for name in names.iter().take(2) {
                if !m.contains_key(*name) {
                    m.insert(name.to_string(), sample(param(op, name)?.shape()));
                }
            }
        }
        Check::OneOf(names) => {
            for name in names.iter() {
                m.remove(*name);
            }
        }
    }
    Some(m)
}

fn param<'a>(op: &'a Operation, wire: &str) -> Option<&'a Field> {
    op.params().iter().find(|f| f.wire() == wire)
}

/// A valid value of a shape.
fn sample(shape: &Shape) -> Value {
    let limits = shape.limits();
    match shape.kind() {
        Kind::Builtin(b) => match b.form() {
            Form::Integer => json!(limits.min().unwrap_or(1.0) as i64),
            Form::Number => json!(limits.min().unwrap_or(1.0)),
            _ => scalar(&b.sample()),
        },
        Kind::Enum(info) => info.values().first().map_or(Value::Null, scalar),
        // The first member, within the union's limits.
        Kind::Union(members) => members.first().map_or(Value::Null, |m| {
            sample(&Shape::new(Kind::Builtin(*m)).with_limits(*limits))
        }),
        Kind::Object(fields) => {
            let chosen: Vec<&Field> = match fields
                .iter()
                .filter(|f| f.is_required())
                .collect::<Vec<_>>()
            {
                required if !required.is_empty() => required,
                _ => fields.iter().take(1).collect(),
            };
            Value::Object(
                chosen
                    .iter()
                    .map(|f| (f.wire().to_string(), sample(f.shape())))
                    .collect(),
            )
        }
        Kind::List(item) => {
            Value::Array(vec![sample(item); limits.min_items().unwrap_or(1).max(1)])
        }
    }
}

#[test]
fn every_provider_has_a_create_example() {
    for provider in providers::ALL {
        assert!(
            request_inputs(provider)
                .iter()
                .any(|r| r.op.role() == Role::Create),
            "{} has no create example",
            provider.id()
        );
    }
}
