//! Reading a request into plain data (query pairs, headers, a JSON or multipart body) with a size limit,
//! never failing: problems are kept and reported later, after auth, in the vendor's error shape.

use axum::http::{HeaderMap, header};
use bytes::Bytes;
use serde_json::Value;
use std::time::Duration;

/// A body that has not arrived by then is given up on (a client that declares more than it sends must
/// not hold a connection forever).
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// A request as the handler needs it.
#[derive(Debug)]
pub(crate) struct Incoming {
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    /// The media type without parameters, lower-cased (`application/json`), when one was sent.
    pub media_type: Option<String>,
    pub body: Body,
    /// False when the body was left (partly) unread: the connection cannot carry another request.
    pub body_complete: bool,
}

/// The body as read.
#[derive(Debug)]
pub(crate) enum Body {
    Empty,
    Json(Value),
    Multipart(Parts),
    /// A body of another media type.
    Other,
    /// The body could not be used; the message says why.
    Unreadable(Problem),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Problem {
    TooLarge(usize),
    /// Not all of the declared body came.
    Incomplete(String),
    Invalid(String),
}

/// Multipart parts: text fields and file parts.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    pub texts: Vec<(String, String)>,
    pub files: Vec<FilePart>,
}

#[derive(Debug)]
pub(crate) struct FilePart {
    pub name: String,
    pub file_name: String,
    /// Read but not used beyond its size: the simulator checks names and formats, not pixels.
    #[allow(dead_code)]
    pub bytes: Bytes,
}

impl Incoming {
    /// Reads the whole request; bodies over `limit` bytes are not read past the limit.
    pub(crate) async fn read(request: axum::extract::Request, limit: usize) -> Incoming {
        let (parts, body) = request.into_parts();
        let query = parts
            .uri
            .query()
            .map(crate::routes::query_pairs)
            .unwrap_or_default();
        let content_type = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let media_type = content_type.as_deref().map(media_type);
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let body = if declared.is_some_and(|n| n > limit as u64) {
            Body::Unreadable(Problem::TooLarge(limit))
        } else {
            match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, limit)).await {
                Ok(Ok(bytes)) => parse(bytes, media_type.as_deref(), content_type.as_deref()).await,
                Ok(Err(_)) => Body::Unreadable(Problem::TooLarge(limit)),
                Err(_) => Body::Unreadable(Problem::Incomplete(format!(
                    "the body did not arrive within {} s",
                    BODY_TIMEOUT.as_secs()
                ))),
            }
        };
        let body_complete = !matches!(
            &body,
            Body::Unreadable(Problem::TooLarge(_)) | Body::Unreadable(Problem::Incomplete(_))
        );
        Incoming {
            query,
            headers: parts.headers,
            media_type,
            body,
            body_complete,
        }
    }

    /// Every query value of `name`, in order.
    pub(crate) fn query_values(&self, name: &str) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Every value of header `name`, as text (values that are not text are skipped).
    pub(crate) fn header_values(&self, name: &str) -> Vec<String> {
        self.headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    }
}

/// `Application/JSON; charset=utf-8` → `application/json`.
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// True for `application/json` and `application/*+json`.
pub(crate) fn is_json(media_type: Option<&str>) -> bool {
    media_type.is_some_and(|m| {
        m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
    })
}

pub(crate) fn is_multipart(media_type: Option<&str>) -> bool {
    media_type == Some("multipart/form-data")
}

async fn parse(bytes: Bytes, media_type: Option<&str>, content_type: Option<&str>) -> Body {
    if is_multipart(media_type) {
        return match multipart(bytes, content_type.unwrap_or("")).await {
            Ok(parts) => Body::Multipart(parts),
            Err(e) => Body::Unreadable(Problem::Invalid(format!(
                "the multipart body cannot be read: {e}"
            ))),
        };
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Body::Empty;
    }
    if is_json(media_type) {
        return match serde_json::from_slice(&bytes) {
            Ok(value) => Body::Json(value),
            Err(e) => {
                Body::Unreadable(Problem::Invalid(format!("the body is not valid JSON: {e}")))
            }
        };
    }
    Body::Other
}

async fn multipart(bytes: Bytes, content_type: &str) -> Result<Parts, multer::Error> {
    let boundary = multer::parse_boundary(content_type)?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    let mut parts = Parts::default();
    while let Some(field) = form.next_field().await? {
        let name = field.name().unwrap_or("").to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) => {
                let bytes = field.bytes().await?;
                parts.files.push(FilePart {
                    name,
                    file_name,
                    bytes,
                });
            }
            None => {
                let text = field.text().await?;
                parts.texts.push((name, text));
            }
        }
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert_eq!(
            media_type("Application/JSON; charset=utf-8"),
            "application/json"
        );
        assert!(is_json(Some("application/json")));
        assert!(is_json(Some("application/problem+json")));
        assert!(!is_json(Some("text/plain")));
        assert!(!is_json(None));
        assert!(is_multipart(Some("multipart/form-data")));
    }

    #[tokio::test]
    async fn reads_multipart_parts() {
        let body = "--XYZ\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngrok\r\n\
                    --XYZ\r\nContent-Disposition: form-data; name=\"ref\"; filename=\"a.png\"\r\n\
                    Content-Type: image/png\r\n\r\nPNG\r\n--XYZ--\r\n";
        let parts = multipart(Bytes::from(body), "multipart/form-data; boundary=XYZ")
            .await
            .unwrap();
        assert_eq!(parts.texts, vec![("model".to_string(), "grok".to_string())]);
        assert_eq!(parts.files.len(), 1);
        assert_eq!(parts.files[0].file_name, "a.png");
        assert_eq!(parts.files[0].bytes, Bytes::from("PNG"));
        assert!(
            multipart(Bytes::from("junk"), "multipart/form-data; boundary=XYZ")
                .await
                .is_err()
        );
        assert!(
            multipart(Bytes::from("junk"), "multipart/form-data")
                .await
                .is_err()
        );
    }
}
