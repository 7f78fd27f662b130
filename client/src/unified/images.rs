//! Neutral images as a vendor's items: the URL at the spec's `key` (a dotted path nests), the item's
//! constants, the first/last frame role, and local files sent inline as `data:` URIs after a size
//! check (the spec's `max_bytes`, checked before anything is read or sent). A URL is never fetched
//! by the client on the caller's behalf: a vendor that takes inline images only gets files.

use crate::Error;
use crate::spec::{ImageItem, Neutral};
use serde_json::{Map, Value};
use std::path::Path;

/// Which frame an image is, when the caller says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameRole {
    /// The video starts on this image.
    First,
    /// The video ends on this image.
    Last,
}

/// One item of the images param: the URL text alone, or an object built from the spec's template.
pub(crate) fn item(n: &Neutral, url: String, role: Option<FrameRole>) -> Value {
    let Some(key) = n.key() else {
        return Value::String(url);
    };
    let template = n.item();
    let mut object = Map::new();
    for (at, value) in template.consts() {
        put(&mut object, at, crate::json_path::scalar_json(value));
    }
    put(&mut object, key, Value::String(url));
    if let (Some(roles), Some(role)) = (template.roles(), role) {
        let word = match role {
            FrameRole::First => roles.first(),
            FrameRole::Last => roles.last(),
        };
        put(&mut object, roles.at(), Value::from(word));
    }
    Value::Object(object)
}

/// Sets `value` at dotted `path` inside `object`, making the objects on the way.
fn put(object: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            object.insert(path.to_string(), value);
        }
        Some((head, rest)) => {
            let inner = object
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                put(inner, rest, value);
            }
        }
    }
}

/// A local image's size against the spec's limit, before it is read or sent.
pub(crate) fn check_size(path: &Path, template: &ImageItem) -> Result<u64, Error> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::Io {
            path: path.to_path_buf(),
            reason: format!("cannot read the image: {e}"),
        })?
        .len();
    if let Some(max) = template.max_bytes()
        && size > max
    {
        return Err(Error::Io {
            path: path.to_path_buf(),
            reason: format!(
                "the image is {size} bytes, over the provider's limit of {max} bytes (nothing was sent)"
            ),
        });
    }
    Ok(size)
}

/// A local image as `data:<mime>;base64,...`, its type from its first bytes (else its extension).
pub(crate) fn data_uri(path: &Path, template: &ImageItem) -> Result<String, Error> {
    check_size(path, template)?;
    let bytes = read_bounded(path, template.max_bytes().unwrap_or(MAX_INLINE_IMAGE_BYTES))?;
    let mime = mime_of(&bytes, path).ok_or_else(|| Error::Io {
        path: path.to_path_buf(),
        reason: "cannot tell the image type (PNG, JPEG, WebP or GIF) from its bytes or its name"
            .to_string(),
    })?;
    let mut uri = format!("data:{mime};base64,");
    encode_base64(&bytes, &mut uri);
    Ok(uri)
}

/// The most an inline image may hold when the spec gives no `max_bytes`: a body is built in memory,
/// and no vendor takes a JSON body near this size.
const MAX_INLINE_IMAGE_BYTES: u64 = 64 << 20;

/// The file's bytes, refused past `max`: the size checked before may be wrong (a file that grows, a
/// device such as `/dev/zero` that reports 0 bytes), so the read itself is bounded too.
fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let failed = |e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        reason: format!("cannot read the image: {e}"),
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(max + 1).read_to_end(&mut bytes))
        .map_err(failed)?;
    if bytes.len() as u64 > max {
        return Err(Error::Io {
            path: path.to_path_buf(),
            reason: format!(
                "the image is over {max} bytes, the most sent inline (nothing was sent)"
            ),
        });
    }
    Ok(bytes)
}

/// The image type from magic bytes, else from the file's extension.
fn mime_of(bytes: &[u8], path: &Path) -> Option<&'static str> {
    let by_bytes = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else {
        None
    };
    by_bytes.or_else(|| {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some("image/png"),
            "jpg" | "jpeg" => Some("image/jpeg"),
            "webp" => Some("image/webp"),
            "gif" => Some("image/gif"),
            _ => None,
        }
    })
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding, appended to `out`.
fn encode_base64(bytes: &[u8], out: &mut String) {
    out.reserve(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
}

/// The media type and bytes of a base64 `data:` URI, or `None` when it is not one.
pub fn decode_data_uri(text: &str) -> Option<(&str, Vec<u8>)> {
    let rest = text.strip_prefix("data:")?;
    let (mime, payload) = rest.split_once(";base64,")?;
    let digits: Vec<u8> = payload.bytes().filter(|b| *b != b'=').collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == b)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        match chunk.len() {
            4 => out.extend_from_slice(&bytes[1..4]),
            3 => out.extend_from_slice(&bytes[1..3]),
            2 => out.push(bytes[1]),
            _ => return None,
        }
    }
    Some((mime, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            let mut uri = "data:image/png;base64,".to_string();
            encode_base64(&bytes, &mut uri);
            assert_eq!(decode_data_uri(&uri), Some(("image/png", bytes)));
        }
        let mut text = String::new();
        encode_base64(b"Man", &mut text);
        assert_eq!(text, "TWFu");
        text.clear();
        encode_base64(b"Ma", &mut text);
        assert_eq!(text, "TWE=");
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_file_is_refused_after_the_limit_not_read_whole() {
        // `/dev/zero` reports 0 bytes to the size check and never ends.
        let err = read_bounded(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(err.to_string().contains("over 1024 bytes"), "{err}");
        let small = std::env::temp_dir().join(format!("grokvid-inline-{}.png", std::process::id()));
        std::fs::write(&small, [1u8; 1024]).unwrap();
        let read = read_bounded(&small, 1024);
        std::fs::remove_file(&small).unwrap();
        assert_eq!(read.unwrap().len(), 1024);
    }
}
