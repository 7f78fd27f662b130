//! A hostile vendor, for tests of what a client does with replies no honest vendor sends: a body
//! without end, a `Content-Length` of terabytes, a trickle, an error that echoes the caller's key, a
//! redirect to another origin. It plays no spec: each path answers what the test scripted, and every
//! request is logged with its headers and query, so a test can check what reached it (and count paid
//! creates).

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Uri};
use futures_util::StreamExt;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a path answers.
#[derive(Debug, Clone)]
pub enum Answer {
    /// This status, content type and body.
    Fixed {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
    },
    /// 200 and a JSON-looking body that never ends, without `Content-Length`.
    Endless,
    /// 200 announcing `Content-Length` of this many bytes, then a little and silence.
    Announce(u64),
    /// 200 and one byte per interval, without end.
    Trickle(Duration),
    /// 200 announcing this many bytes, sent one per interval: slow, but it ends.
    Paced { bytes: u64, every: Duration },
    /// This status with a JSON error whose code and message repeat every header value and the
    /// query of the request (where the caller's key is), and the same text as a header.
    Echo(u16),
    /// A redirect with this status (301, 302, 303, 307, 308) to this URL.
    Redirect { status: u16, location: String },
}

impl Answer {
    /// A 200 JSON reply.
    pub fn json(value: &serde_json::Value) -> Answer {
        Answer::Fixed {
            status: 200,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
        }
    }
}

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

impl Logged {
    /// Everything the request carried besides its body, as text: where a key would show.
    pub fn credentials_text(&self) -> String {
        let mut text = format!("{}?{}", self.path, self.query);
        for (name, value) in &self.headers {
            text.push_str(&format!("\n{name}: {value}"));
        }
        text
    }
}

#[derive(Default)]
struct Script {
    answers: Mutex<HashMap<String, Answer>>,
    log: Mutex<Vec<Logged>>,
}

/// A running hostile vendor on 127.0.0.1; it stops when dropped.
pub struct Hostile {
    script: Arc<Script>,
    server: crate::server::Server,
}

impl Hostile {
    pub fn start() -> std::io::Result<Hostile> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
        let script = Arc::new(Script::default());
        let shared = script.clone();
        let app = axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                let script = shared.clone();
                async move { script.answer(method, uri, headers, body) }
            },
        );
        let server = crate::server::Server::serve(listener, app, || {})?;
        Ok(Hostile { script, server })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.server.addr())
    }

    /// From now on, `path` answers `answer` (any other path: 404).
    pub fn answer(&self, path: &str, answer: Answer) {
        lock(&self.script.answers).insert(path.to_string(), answer);
    }

    /// Every request so far, in order.
    pub fn requests(&self) -> Vec<Logged> {
        lock(&self.script.log).clone()
    }

    /// Requests so far on `path`.
    pub fn hits(&self, path: &str) -> usize {
        lock(&self.script.log)
            .iter()
            .filter(|r| r.path == path)
            .count()
    }
}

impl Script {
    fn answer(
        &self,
        method: Method,
        uri: Uri,
        headers: HeaderMap,
        body: Bytes,
    ) -> axum::response::Response {
        let logged = Logged {
            method: method.to_string(),
            path: uri.path().to_string(),
            query: uri.query().unwrap_or_default().to_string(),
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into()))
                .collect(),
            body,
        };
        let answer = lock(&self.answers).get(&logged.path).cloned();
        let echoed = logged.credentials_text();
        lock(&self.log).push(logged);
        let builder = axum::response::Response::builder();
        let response = match answer {
            None => builder.status(404).body(Body::from("no such route")),
            Some(Answer::Fixed {
                status,
                content_type,
                body,
            }) => builder
                .status(status)
                .header("content-type", content_type)
                .body(Body::from(body)),
            Some(Answer::Endless) => builder
                .status(200)
                .header("content-type", "application/json")
                .body(Body::from_stream(endless())),
            Some(Answer::Announce(length)) => builder
                .status(200)
                .header("content-type", "application/octet-stream")
                .header("content-length", length)
                .body(Body::from_stream(then_silence())),
            Some(Answer::Trickle(interval)) => builder
                .status(200)
                .header("content-type", "application/json")
                .body(Body::from_stream(trickle(interval))),
            Some(Answer::Paced { bytes, every }) => builder
                .status(200)
                .header("content-type", "application/octet-stream")
                .header("content-length", bytes)
                .body(Body::from_stream(paced(bytes, every))),
            Some(Answer::Echo(status)) => {
                let echo = echoed.replace('\n', " | ");
                let body = serde_json::json!({
                    "error": { "code": echo, "message": format!("invalid credentials: {echo}") },
                    "message": echo,
                });
                builder
                    .status(status)
                    .header("content-type", "application/json")
                    .header(
                        "x-debug-request",
                        echo.replace(|c: char| !c.is_ascii_graphic(), " "),
                    )
                    .body(Body::from(body.to_string()))
            }
            Some(Answer::Redirect { status, location }) => builder
                .status(status)
                .header("location", location)
                .body(Body::empty()),
        };
        response.unwrap_or_else(|_| axum::response::Response::new(Body::from("bad script")))
    }
}

type Chunks = futures_util::stream::BoxStream<'static, Result<Bytes, std::io::Error>>;

/// `{"data":[` and then 64 KiB pieces, forever.
fn endless() -> Chunks {
    let piece = Bytes::from(vec![b' '; 64 << 10]);
    futures_util::stream::once(async { Ok(Bytes::from_static(b"{\"data\":[")) })
        .chain(futures_util::stream::repeat_with(move || Ok(piece.clone())))
        .boxed()
}

/// A few bytes, then nothing (the connection stays open).
fn then_silence() -> Chunks {
    futures_util::stream::once(async { Ok(Bytes::from_static(b"\x00\x00\x00\x18ftyp")) })
        .chain(futures_util::stream::pending())
        .boxed()
}

/// `{` and then a space per interval, forever.
fn trickle(interval: Duration) -> Chunks {
    futures_util::stream::once(async { Ok(Bytes::from_static(b"{")) })
        .chain(futures_util::stream::unfold((), move |()| async move {
            tokio::time::sleep(interval).await;
            Some((Ok(Bytes::from_static(b" ")), ()))
        }))
        .boxed()
}

/// `bytes` zero bytes, one per interval.
fn paced(bytes: u64, every: Duration) -> Chunks {
    futures_util::stream::unfold(bytes, move |left| async move {
        if left == 0 {
            return None;
        }
        tokio::time::sleep(every).await;
        Some((Ok(Bytes::from_static(b"\x00")), left - 1))
    })
    .boxed()
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
