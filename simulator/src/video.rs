//! The result video: a real, playable 1-second 64x64 H.264 MP4 (made once with ffmpeg and kept in
//! `assets/`, so building needs no ffmpeg), served whole or by byte range.

use crate::reply::Reply;
use axum::http::{StatusCode, header};
use bytes::Bytes;

static SAMPLE: &[u8] = include_bytes!("../assets/sample.mp4");

/// The bytes every completed task's video has.
pub(crate) fn sample() -> Bytes {
    Bytes::from_static(SAMPLE)
}

/// The video as `media_type`, honouring a single `Range: bytes=...` (players seek with it); other range
/// forms are ignored and the whole file is sent, as HTTP allows.
pub(crate) fn reply(media_type: &'static str, range: Option<&str>) -> Reply {
    let body = sample();
    let len = body.len();
    let whole = Reply {
        status: StatusCode::OK,
        content_type: Some(media_type),
        headers: vec![(header::ACCEPT_RANGES, "bytes".to_string())],
        body: body.clone(),
    };
    let Some(range) = range.and_then(parse_range) else {
        return whole;
    };
    match resolve(range, len) {
        Some((start, end)) => Reply {
            status: StatusCode::PARTIAL_CONTENT,
            content_type: Some(media_type),
            headers: vec![
                (header::ACCEPT_RANGES, "bytes".to_string()),
                (header::CONTENT_RANGE, format!("bytes {start}-{end}/{len}")),
            ],
            body: body.slice(start..=end),
        },
        None => Reply {
            status: StatusCode::RANGE_NOT_SATISFIABLE,
            content_type: None,
            headers: vec![(header::CONTENT_RANGE, format!("bytes */{len}"))],
            body: Bytes::new(),
        },
    }
}

/// `bytes=a-b`, `bytes=a-`, `bytes=-n` (one range only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteRange {
    From(u64, Option<u64>),
    Last(u64),
}

fn parse_range(text: &str) -> Option<ByteRange> {
    let spec = text.trim().strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (a, b) = spec.split_once('-')?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        return b.parse().ok().map(ByteRange::Last);
    }
    let start = a.parse().ok()?;
    let end = if b.is_empty() {
        None
    } else {
        Some(b.parse().ok()?)
    };
    Some(ByteRange::From(start, end))
}

/// Inclusive byte positions, or `None` when the range cannot be satisfied.
fn resolve(range: ByteRange, len: usize) -> Option<(usize, usize)> {
    let len = len as u64;
    let (start, end) = match range {
        ByteRange::From(start, end) => (start, end.unwrap_or(u64::MAX).min(len.checked_sub(1)?)),
        ByteRange::Last(0) => return None,
        ByteRange::Last(n) => (len.saturating_sub(n), len.checked_sub(1)?),
    };
    (start <= end && start < len).then_some((start as usize, end as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_is_an_mp4() {
        let bytes = sample();
        assert!(bytes.len() > 1000 && bytes.len() < 64 * 1024);
        assert_eq!(&bytes[4..8], b"ftyp");
        assert!(bytes.windows(4).any(|w| w == b"moov"));
        assert!(bytes.windows(4).any(|w| w == b"mdat"));
        assert!(bytes.windows(4).any(|w| w == b"avc1"));
    }

    #[test]
    fn ranges() {
        let len = sample().len();
        let r = reply("video/mp4", Some("bytes=0-9"));
        assert_eq!((r.status, r.body.len()), (StatusCode::PARTIAL_CONTENT, 10));
        let r = reply("video/mp4", Some("bytes=-4"));
        assert_eq!(r.body, sample().slice(len - 4..));
        let r = reply("video/mp4", Some("bytes=10-"));
        assert_eq!(r.body.len(), len - 10);
        let r = reply("video/mp4", Some(&format!("bytes={len}-")));
        assert_eq!(r.status, StatusCode::RANGE_NOT_SATISFIABLE);
        for ignored in [
            None,
            Some("bytes=0-1,4-5"),
            Some("items=0-1"),
            Some("bytes=x-"),
        ] {
            let r = reply("video/mp4", ignored);
            assert_eq!(
                (r.status, r.body.len()),
                (StatusCode::OK, len),
                "{ignored:?}"
            );
        }
        assert_eq!(resolve(ByteRange::From(5, Some(2)), 10), None);
        assert_eq!(resolve(ByteRange::Last(0), 10), None);
        assert_eq!(resolve(ByteRange::Last(50), 10), Some((0, 9)));
    }
}
