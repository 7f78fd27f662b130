//! Fixture helpers shared by the integration tests.
#![allow(dead_code)]

use grokvid::Provider;
use grokvid::spec::Operation;
use grokvid::{Url, providers};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `(provider id, file)` for every fixture of this kind (`requests`, `responses`, `errors`).
pub fn fixtures(kind: &str) -> Vec<(String, PathBuf)> {
    per_provider("fixtures", kind)
}

/// `(provider id, file)` for every reply of the conformance corpus (`tests/corpus/<provider>/`).
pub fn corpus() -> Vec<(String, PathBuf)> {
    per_provider("corpus", "")
}

/// The files under `tests/<root>/<provider>/<kind>/`, with their provider id.
fn per_provider(root: &str, kind: &str) -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut out = Vec::new();
    for provider in std::fs::read_dir(&root).expect("the fixture root exists") {
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

pub fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The built-in providers, then `extra` (the suite's own specs, made with `grokvid::provider!`).
pub fn every_provider(extra: &[&'static Provider]) -> Vec<&'static Provider> {
    providers::ALL
        .iter()
        .copied()
        .chain(extra.iter().copied())
        .collect()
}

pub fn provider(id: &str) -> &'static Provider {
    providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == id)
        .unwrap_or_else(|| panic!("fixtures for unknown provider `{id}`"))
}

pub fn operation(provider: &'static Provider, name: &str) -> &'static Operation {
    provider
        .operation(name)
        .unwrap_or_else(|| panic!("{} has no operation `{name}`", provider.id()))
}

/// A JSON object's entries as text pairs.
pub fn pairs(value: Option<&Value>) -> Vec<(String, String)> {
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

pub fn sorted(mut v: Vec<(String, String)>) -> Vec<(String, String)> {
    v.sort();
    v
}

/// A request fixture as the wire shows it.
pub struct RequestFixture {
    pub operation: &'static Operation,
    /// The typed request's input: every field by wire name, constants left out.
    pub input: Value,
    /// The JSON body exactly as documented (wrapped, constants included).
    pub json: Option<Value>,
    pub texts: Vec<(String, String)>,
    pub files: Vec<(String, String)>,
    pub path: Vec<(String, String)>,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
}

pub fn request_fixture(id: &str, path: &Path) -> RequestFixture {
    let fixture = read(path);
    let op = operation(provider(id), fixture["operation"].as_str().unwrap());
    let (mut texts, mut files) = (Vec::new(), Vec::new());
    if let Some(mp) = fixture.get("multipart") {
        texts = pairs(mp.get("fields"));
        files = mp["files"]
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
    }
    RequestFixture {
        operation: op,
        input: grokvid_sim::kit::request_input(op, &fixture),
        json: fixture.get("json").cloned(),
        texts,
        files,
        path: pairs(fixture.get("path")),
        query: pairs(fixture.get("query")),
        headers: pairs(fixture.get("headers")),
    }
}

/// The example's upload names point at real (tiny) files written to `dir`.
pub fn with_local_files(input: &Value, files: &[(String, String)], dir: &Path) -> Value {
    std::fs::create_dir_all(dir).unwrap();
    let mut input = input.clone();
    for (part, name) in files {
        let path = dir.join(name);
        std::fs::write(&path, b"\x89PNG\r\n\x1a\n").unwrap();
        let full = Value::from(path.display().to_string());
        match &mut input[part] {
            Value::Array(items) => items
                .iter_mut()
                .filter(|v| v.as_str() == Some(name))
                .for_each(|v| *v = full.clone()),
            slot => *slot = full,
        }
    }
    input
}

/// A checked URL; test inputs are valid.
pub fn url(text: &str) -> Url {
    Url::new(text).unwrap_or_else(|v| panic!("{text}: {v}"))
}

/// `n` distinct image URLs.
pub fn urls(n: usize) -> Vec<Url> {
    (0..n)
        .map(|i| url(&format!("https://img.example.com/{i}.png")))
        .collect()
}

/// A simulator of `provider` and the settings of a client pointed at it.
pub fn simulated(provider: &'static Provider) -> (grokvid_sim::Simulator, grokvid::ClientConfig) {
    let sim = grokvid_sim::Simulator::start(provider, grokvid_sim::SimConfig::default())
        .expect("the simulator starts");
    let config = grokvid::ClientConfig::default().with_base_url(sim.base_url());
    (sim, config)
}

/// Waits for `task` on `client` until it completes (quick polling); with `download`, saves its video
/// and checks it is the simulator's, byte for byte. The finished task.
pub async fn run_to_end(
    sim: &grokvid_sim::Simulator,
    client: &grokvid::HttpClient,
    task: &grokvid::Task,
    download: bool,
) -> grokvid::Task {
    let handle = client.track(task, None).expect("a handle");
    let options = grokvid::WaitOptions::quick(std::time::Duration::from_secs(10));
    let done = client
        .wait(&handle, &options, |_| {})
        .await
        .expect("the wait ends");
    assert_eq!(done.status, grokvid::TaskStatus::Completed, "{done:?}");
    if download {
        // One file per download: tests of one binary run at once, often for one provider id.
        static DOWNLOADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = DOWNLOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let target = std::env::temp_dir().join(format!(
            "grokvid-{}-{}-{n}.mp4",
            client.provider().id(),
            std::process::id()
        ));
        client
            .download(&done, &target, |_, _| {})
            .await
            .expect("a download");
        assert_eq!(std::fs::read(&target).unwrap(), sim.video_bytes().to_vec());
        let _ = std::fs::remove_file(&target);
    }
    done
}

/// A spec of this crate's `tests/specs/` read at run time: tables only, no generated code.
pub fn load_test_spec(file: &str) -> &'static Provider {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("specs")
        .join(file);
    Provider::from_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// A client of `provider` pointed at the simulator, with its key.
pub fn sim_client(
    provider: &'static Provider,
    sim: &grokvid_sim::Simulator,
) -> grokvid::HttpClient {
    let config = grokvid::ClientConfig::default().with_base_url(sim.base_url());
    grokvid::HttpClient::new(provider, grokvid::ApiKey::new(sim.api_key()), config).unwrap()
}

/// POSTs `body` as JSON to `path` on the simulator exactly as given, with the key in header `key`
/// after `prefix` (no client, no checks): the HTTP status and the whole reply.
pub async fn post_raw(
    sim: &grokvid_sim::Simulator,
    path: &str,
    (key, prefix): (&str, &str),
    body: &Value,
) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let body = body.to_string();
    let mut stream = tokio::net::TcpStream::connect(sim.addr()).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\n{key}: {prefix}{}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        sim.addr(),
        sim.api_key(),
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.unwrap();
    let status = reply
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, reply)
}
