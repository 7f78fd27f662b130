//! Helpers shared by the simulator's integration tests: fixtures as request input, real upload files,
//! a raw HTTP sender that bypasses client-side validation, and reply shape comparison. Nothing here names
//! a provider: every test loops over `grokvid::providers::ALL`.
#![allow(dead_code)]

use grokvid::spec::{
    AuthLocation, BodyKind, Builtin, Field, Form, Kind, Operation, ParamLocation, Role,
};
use grokvid::{ApiKey, ClientConfig, HttpClient, Provider};
use grokvid_sim::{SimConfig, Simulator, kit};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The repository's fixtures (kept by the tests crate).
pub fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fixture files of one provider and kind (`requests`, `responses`, `errors`), sorted.
pub fn fixture_files(provider: &Provider, kind: &str) -> Vec<PathBuf> {
    let dir = fixtures_root().join(provider.id()).join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Every provider, started with the default config.
pub fn start(provider: &'static Provider) -> Simulator {
    Simulator::start(provider, SimConfig::default()).expect("the simulator starts")
}

/// A client of the simulator that never retries, so every injected fault reaches the test as is.
pub fn client(provider: &'static Provider, sim: &Simulator, key: &str) -> HttpClient {
    let config = ClientConfig::default()
        .with_base_url(sim.base_url())
        .with_retry(grokvid::RetryPolicy::NONE);
    HttpClient::new(provider, ApiKey::new(key), config).expect("a client")
}

/// A client with the library's default retry policy.
pub fn retrying_client(provider: &'static Provider, sim: &Simulator) -> HttpClient {
    let config = ClientConfig::default().with_base_url(sim.base_url());
    HttpClient::new(provider, ApiKey::new(sim.api_key()), config).expect("a client")
}

/// A plain HTTP client (redirects followed, as by default); a hang fails the test instead of stalling.
pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("a client")
}

/// A request fixture as the typed request's input (wire names, constants left out), with file names
/// turned into real files so multipart uploads can be read.
pub struct RequestInput {
    pub op: &'static Operation,
    pub input: Value,
    pub name: String,
}

pub fn request_inputs(provider: &'static Provider) -> Vec<RequestInput> {
    fixture_files(provider, "requests")
        .iter()
        .filter_map(|path| {
            let fixture = read_json(path);
            let op = provider.operation(fixture["operation"].as_str()?)?;
            Some(RequestInput {
                op,
                input: input_of(op, &fixture),
                name: path.file_stem()?.to_string_lossy().into_owned(),
            })
        })
        .collect()
}

/// The kit's conversion (wire body unwrapped, multipart parts typed, params merged, constants dropped),
/// with uploads written as real files.
fn input_of(op: &'static Operation, fixture: &Value) -> Value {
    let dir = std::env::temp_dir().join(format!("grokvid-sim-tests-{}", std::process::id()));
    kit::with_upload_files(op, &kit::request_input(op, fixture), &dir)
}

/// A tiny valid PNG (1x1), the content of every upload.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x64, 0xF8, 0xCF, 0x50,
    0x0F, 0x00, 0x03, 0x86, 0x01, 0x80, 0x5A, 0x34, 0x7D, 0x6B, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn is_file_field(field: &Field) -> bool {
    match field.shape().kind() {
        Kind::Builtin(Builtin::File) => true,
        Kind::List(item) => matches!(item.kind(), Kind::Builtin(Builtin::File)),
        _ => false,
    }
}

/// The first create fixture of a provider (every provider ships at least one).
pub fn create_input(provider: &'static Provider) -> RequestInput {
    request_inputs(provider)
        .into_iter()
        .find(|r| r.op.role() == Role::Create)
        .unwrap_or_else(|| panic!("{}: no create fixture", provider.id()))
}

/// Creates a task through the client and returns its id.
pub async fn create_task(client: &HttpClient, provider: &'static Provider) -> String {
    let create = create_input(provider);
    let reply = client
        .provider()
        .call(client, create.op.name(), create.input.clone())
        .await
        .unwrap_or_else(|e| panic!("{}: create: {e}", provider.id()));
    match reply {
        grokvid::DynReply::Json {
            task: Some(task), ..
        } => task
            .id
            .unwrap_or_else(|| panic!("{}: create reply has no id", provider.id())),
        other => panic!("{}: unexpected create reply {other:?}", provider.id()),
    }
}

/// The query operation's input for one task id.
pub fn query_input(op: &Operation, id: &str) -> Value {
    let param = op.task_id_param().expect("a task id param");
    json!({ param.wire(): id })
}

/// Polls until the task is terminal (bounded), returning every task seen.
pub async fn poll_until_done(client: &HttpClient, id: &str) -> Vec<grokvid::Task> {
    let mut seen = Vec::new();
    for _ in 0..10 {
        let task = client
            .query_task(id)
            .await
            .unwrap_or_else(|e| panic!("{}: query: {e}", client.provider().id()));
        let done = task.status.is_terminal();
        seen.push(task);
        if done {
            break;
        }
    }
    seen
}

/// A raw HTTP request for `op` carrying `input` (wire names), encoded the spec's way but with no
/// client-side validation, so the simulator's own checks are what decide.
pub fn raw_request(
    http: &reqwest::Client,
    provider: &Provider,
    sim: &Simulator,
    op: &'static Operation,
    input: &Map<String, Value>,
    key: &str,
) -> reqwest::RequestBuilder {
    let declared = |wire: &str, location: ParamLocation| {
        op.params()
            .iter()
            .any(|f| f.wire() == wire && f.location() == location)
    };
    let mut path_values: Vec<(&'static str, String)> = Vec::new();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body = Map::new();
    for (k, v) in input {
        let text = v.as_str().map_or_else(|| v.to_string(), str::to_string);
        if let Some(f) = op
            .params()
            .iter()
            .find(|f| f.wire() == k && f.location() == ParamLocation::Path)
        {
            path_values.push((f.wire(), text));
        } else if declared(k, ParamLocation::Query) {
            query.push((k.clone(), text));
        } else if declared(k, ParamLocation::Header) {
            headers.push((k.clone(), text));
        } else {
            body.insert(k.clone(), v.clone());
        }
    }
    for c in op.consts() {
        let text = c.value().to_string();
        match c.location() {
            ParamLocation::Path => path_values.push((c.wire(), text)),
            ParamLocation::Query => query.push((c.wire().to_string(), text)),
            ParamLocation::Header => headers.push((c.wire().to_string(), text)),
            ParamLocation::Body => {
                body.insert(c.wire().to_string(), scalar(&c.value()));
            }
        }
    }
    let url = format!(
        "{}{}",
        sim.base_url(),
        grokvid::rt::validate::fill_path(*op.path(), &path_values)
    );
    let method = reqwest::Method::from_bytes(op.method().as_str().as_bytes()).expect("a method");
    let mut builder = http.request(method, url);
    let auth = provider.auth();
    let secret = format!("{}{key}", auth.prefix());
    builder = match auth.location() {
        AuthLocation::Header => builder.header(auth.name(), secret),
        AuthLocation::Query => builder.query(&[(auth.name(), secret)]),
    };
    for (name, value) in &headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    if !query.is_empty() {
        builder = builder.query(&query);
    }
    match op.body() {
        BodyKind::None => builder,
        BodyKind::Json => {
            let value = match op.wrap() {
                Some(key) => json!({ key: body }),
                None => Value::Object(body),
            };
            builder.json(&value)
        }
        BodyKind::Multipart => {
            let mut form = reqwest::multipart::Form::new();
            for (k, v) in body {
                let is_file = op
                    .params()
                    .iter()
                    .any(|f| f.wire() == k && is_file_field(f));
                let values = match v {
                    Value::Array(items) if is_file || is_list(op, &k) => items,
                    other => vec![other],
                };
                for value in values {
                    let text = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_string);
                    form = if is_file {
                        let name = Path::new(&text)
                            .file_name()
                            .map_or_else(|| text.clone(), |n| n.to_string_lossy().into_owned());
                        form.part(
                            k.clone(),
                            reqwest::multipart::Part::bytes(PNG).file_name(name),
                        )
                    } else {
                        form.text(k.clone(), text)
                    };
                }
            }
            builder.multipart(form)
        }
    }
}

fn is_list(op: &Operation, wire: &str) -> bool {
    op.params()
        .iter()
        .any(|f| f.wire() == wire && matches!(f.shape().kind(), Kind::List(_)))
}

pub use grokvid::rt::json_path::scalar_json as scalar;

/// Sends a raw request and reads the reply the client's way (status, envelope, error paths).
pub async fn send_raw(
    builder: reqwest::RequestBuilder,
    provider: &Provider,
    op: &Operation,
) -> (u16, Result<Value, grokvid::Error>) {
    let response = builder.send().await.expect("the simulator answers");
    let status = response.status().as_u16();
    let body = response.bytes().await.expect("a whole body");
    (
        status,
        grokvid::rt::reply::interpret(provider, op, status, None, &body),
    )
}

/// Key paths of a JSON value (`a.b`, list items as `a[]`), not descending below `stop` paths.
pub fn key_paths(value: &Value, stop: &dyn Fn(&str) -> bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(value, "", stop, &mut out);
    out
}

fn walk(value: &Value, prefix: &str, stop: &dyn Fn(&str) -> bool, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, child) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(path.clone());
                if !stop(&path) {
                    walk(child, &path, stop, out);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, &format!("{prefix}[]"), stop, out);
            }
        }
        _ => {}
    }
}

/// True when the documented kind at a key path (`a.b`, `a[].b`) is free-form JSON.
pub fn is_json_field(fields: &[Field], path: &str) -> bool {
    let mut current: &[Field] = fields;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let key = part.trim_end_matches("[]");
        let Some(field) = current.iter().find(|f| f.wire() == key) else {
            return false;
        };
        let mut kind = field.shape().kind();
        while let Kind::List(item) = kind {
            kind = item.kind();
        }
        match kind {
            Kind::Builtin(b) if b.form() == Form::Any => return true,
            Kind::Object(sub) if i + 1 < parts.len() => current = sub,
            _ => return false,
        }
    }
    false
}
