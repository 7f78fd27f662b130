//! Each request function puts exactly the documented request on the wire: for every request example
//! of every provider, a real HTTP server on loopback records what arrives (method, path, query,
//! headers, content type, body or multipart parts) and the test compares it with the example.

mod common;

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Uri};
use common::{fixtures, operation, provider, read, request_fixture, sorted, with_local_files};
use grokvid::Provider;
use grokvid::spec::{AuthLocation, BodyKind};
use grokvid::{ApiKey, ClientConfig, DynReply, HttpClient};
use serde_json::Value;
use std::sync::{Arc, Mutex};

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
}

/// A loopback server that records every request and answers with `reply`.
async fn capture_server(reply: (u16, &'static str, Vec<u8>)) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let handler = move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
        let log = log.clone();
        let (status, content_type, bytes) = reply.clone();
        async move {
            let query = uri.query().map(form_pairs).unwrap_or_default();
            log.lock().unwrap().push(Seen {
                method,
                path: uri.path().to_string(),
                query,
                headers,
                body,
            });
            axum::response::Response::builder()
                .status(status)
                .header("content-type", content_type)
                .body(axum::body::Body::from(bytes))
                .unwrap()
        }
    };
    let app = axum::Router::new().fallback(handler);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), seen)
}

/// `a=1&b=x%20y` → pairs, percent-decoded.
fn form_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.replace('+', " ").into_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = bytes.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(std::str::from_utf8(hex).unwrap_or("zz"), 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

type Pairs = Vec<(String, String)>;

/// Multipart parts as (name, text) and (name, file name).
fn multipart_parts(content_type: &str, body: &[u8]) -> (Pairs, Pairs) {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("multipart boundary")
        .trim_matches('"');
    let body = String::from_utf8_lossy(body);
    let (mut texts, mut files) = (Vec::new(), Vec::new());
    for part in body.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let name = head
            .split("name=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_string();
        let value = value.trim_end_matches("\r\n").to_string();
        match head
            .split("filename=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
        {
            Some(file) => files.push((name, file.to_string())),
            None => texts.push((name, value)),
        }
    }
    (texts, files)
}

/// What the server answers for an operation: a documented success reply of that operation, or a
/// small MP4-typed body for content operations.
fn canned_reply(id: &str, op_name: &str, media: Option<&str>) -> (u16, &'static str, Vec<u8>) {
    if media.is_some() {
        return (200, "video/mp4", b"\x00\x00\x00\x18ftypmp42".to_vec());
    }
    let body = fixtures("responses")
        .into_iter()
        .filter(|(pid, _)| pid == id)
        .map(|(_, path)| read(&path))
        .find(|f| f["operation"] == op_name && f["http_status"].as_u64().unwrap_or(200) == 200)
        .map(|f| f["body"].clone())
        .unwrap_or(Value::Object(Default::default()));
    (200, "application/json", serde_json::to_vec(&body).unwrap())
}

const KEY: &str = "sk-test-123";

fn expected_auth(p: &Provider) -> (AuthLocation, String, String) {
    (
        p.auth().location(),
        p.auth().name().to_ascii_lowercase(),
        format!("{}{KEY}", p.auth().prefix()),
    )
}

#[tokio::test]
async fn every_request_example_goes_on_the_wire_as_documented() {
    let mut failures = Vec::new();
    let cases = fixtures("requests");
    for (id, path) in &cases {
        let f = request_fixture(id, path);
        let p = provider(id);
        let op = operation(p, f.operation.name());
        let label = path.display().to_string();
        let (base, seen) = capture_server(canned_reply(id, op.name(), op.response().media())).await;
        let client = HttpClient::new(
            p,
            ApiKey::new(KEY),
            ClientConfig::default().with_base_url(&base),
        )
        .unwrap();
        let dir = std::env::temp_dir().join(format!("grokvid-transport-{}", std::process::id()));
        match client
            .provider()
            .call(
                &client,
                op.name(),
                with_local_files(&f.input, &f.files, &dir),
            )
            .await
        {
            Ok(DynReply::Content(content)) => {
                let bytes = content.bytes().await.unwrap();
                assert!(bytes.ends_with(b"ftypmp42"), "{label}");
            }
            Ok(DynReply::Json { http_status, .. }) => assert_eq!(http_status, 200, "{label}"),
            Err(e) => failures.push(format!("{label}: call failed: {e}")),
        }
        let seen = seen.lock().unwrap().clone();
        let [request] = seen.as_slice() else {
            failures.push(format!(
                "{label}: {} requests reached the server, expected 1",
                seen.len()
            ));
            continue;
        };
        if request.method.as_str() != op.method().as_str() {
            failures.push(format!(
                "{label}: method {} != {}",
                request.method,
                op.method().as_str()
            ));
        }
        // The documented path, with the example's path params in place.
        let mut want_path = op.path().to_string();
        for (k, v) in &f.path {
            want_path = want_path.replace(&format!("{{{k}}}"), v);
        }
        if decode(&request.path) != want_path {
            failures.push(format!("{label}: path {} != {want_path}", request.path));
        }
        let (location, auth_name, auth_value) = expected_auth(p);
        let mut want_query = f.query.clone();
        if location == AuthLocation::Query {
            want_query.push((p.auth().name().to_string(), auth_value.clone()));
        }
        if sorted(request.query.clone()) != sorted(want_query.clone()) {
            failures.push(format!(
                "{label}: query {:?} != {want_query:?}",
                request.query
            ));
        }
        let header = |name: &str| {
            request
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        if location == AuthLocation::Header && header(&auth_name) != Some(auth_value.clone()) {
            failures.push(format!(
                "{label}: auth header {auth_name} is {:?}",
                header(&auth_name)
            ));
        }
        for (name, value) in op
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .chain(f.headers.clone())
        {
            if header(&name) != Some(value.clone()) {
                failures.push(format!(
                    "{label}: header {name} is {:?}, expected {value}",
                    header(&name)
                ));
            }
        }
        let content_type = header("content-type").unwrap_or_default();
        match op.body() {
            BodyKind::Json => {
                if content_type != "application/json" {
                    failures.push(format!("{label}: content type {content_type}"));
                }
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                if Some(&body) != f.json.as_ref() {
                    failures.push(format!("{label}: body {body} != {:?}", f.json));
                }
            }
            BodyKind::Multipart => {
                if !content_type.starts_with("multipart/form-data; boundary=") {
                    failures.push(format!("{label}: content type {content_type}"));
                }
                let (texts, files) = multipart_parts(&content_type, &request.body);
                if sorted(texts.clone()) != sorted(f.texts.clone()) {
                    failures.push(format!("{label}: text parts {texts:?} != {:?}", f.texts));
                }
                if sorted(files.clone()) != sorted(f.files.clone()) {
                    failures.push(format!("{label}: file parts {files:?} != {:?}", f.files));
                }
            }
            BodyKind::None => {
                if !request.body.is_empty() || !content_type.is_empty() {
                    failures.push(format!(
                        "{label}: a body was sent ({content_type}) to a body-less operation"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
