//! A reply under construction, and the last-moment faults that mangle it on the wire (a body cut in
//! half, a connection dropped mid-body).

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;

/// What the handler answers, before it is put on the wire.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub status: StatusCode,
    pub content_type: Option<&'static str>,
    pub headers: Vec<(header::HeaderName, String)>,
    pub body: Bytes,
    /// A synthetic video body generated while it is sent; `body` is then empty.
    pub synthetic: Option<Synthetic>,
}

/// `len` bytes of the synthetic video from offset `start` (see [`crate::video`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Synthetic {
    pub start: u64,
    pub len: u64,
}

/// How the body goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Delivery {
    Whole,
    /// The first half of the body, with a Content-Length that matches the half (JSON that does not parse).
    Truncated,
    /// Headers with the full Content-Length, half the body, then the connection is closed.
    Dropped,
}

impl Reply {
    pub(crate) fn json(status: StatusCode, value: &serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: Some("application/json"),
            headers: Vec::new(),
            body: Bytes::from(value.to_string()),
            synthetic: None,
        }
    }

    pub(crate) fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    /// A redirect to `location` with an empty body.
    pub(crate) fn redirect(status: StatusCode, location: String) -> Reply {
        Reply {
            status,
            content_type: None,
            headers: vec![(header::LOCATION, location)],
            body: Bytes::new(),
            synthetic: None,
        }
    }

    /// The HTTP response, delivered as asked.
    pub(crate) fn into_response(mut self, delivery: Delivery) -> Response {
        use futures_util::StreamExt;
        if let Some(synthetic) = self.synthetic {
            let half = synthetic.len / 2;
            let pieces = move |len| {
                futures_util::stream::iter(
                    crate::video::pattern_chunks(synthetic.start, len)
                        .map(Ok::<Bytes, std::io::Error>),
                )
            };
            let (body, length) = match delivery {
                Delivery::Whole => (Body::from_stream(pieces(synthetic.len)), synthetic.len),
                Delivery::Truncated => (Body::from_stream(pieces(half)), half),
                Delivery::Dropped => (Body::from_stream(pieces(half).chain(cut())), synthetic.len),
            };
            return self.with_body(body, length);
        }
        let whole = std::mem::take(&mut self.body);
        let full_length = whole.len();
        let half = whole.slice(..full_length / 2);
        let (body, length) = match delivery {
            Delivery::Whole => (Body::from(whole), full_length),
            Delivery::Truncated => {
                let length = half.len();
                (Body::from(half), length)
            }
            Delivery::Dropped => {
                let first =
                    futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(half) });
                (Body::from_stream(first.chain(cut())), full_length)
            }
        };
        self.with_body(body, length as u64)
    }

    /// Headers, status and the given body (of `length` bytes, as announced).
    fn with_body(self, body: Body, length: u64) -> Response {
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        let headers = response.headers_mut();
        if let Some(content_type) = self.content_type {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        }
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.append(name, value);
            }
        }
        response
    }
}

/// The end of a dropped body: a pause, then an error that closes the connection. The pause lets hyper
/// flush the headers and what was sent before; failing at once would drop them unsent.
fn cut() -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    futures_util::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "simulated connection drop",
        ))
    })
}
