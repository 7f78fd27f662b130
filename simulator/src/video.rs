//! The result video: a real, playable 1-second 64x64 H.264 MP4 (made once with ffmpeg and kept in
//! `assets/`, so building needs no ffmpeg), served whole or by byte range. With
//! [`crate::SimConfig::video_size`] set, a synthetic video of that size is streamed instead: a fixed byte
//! pattern generated while it is sent, so a gigabyte costs no memory.

use crate::reply::{Reply, Synthetic};
use axum::http::{StatusCode, header};
use bytes::Bytes;

static SAMPLE: &[u8] = include_bytes!("../assets/sample.mp4");

/// Period of the synthetic video's byte pattern, and the size of the pieces it is sent in.
pub(crate) const PATTERN_LEN: usize = 64 * 1024;

/// The synthetic video repeats this block: byte `i` is `i % 251`.
static PATTERN: [u8; PATTERN_LEN] = {
    let mut block = [0u8; PATTERN_LEN];
    let mut i = 0;
    while i < PATTERN_LEN {
        block[i] = (i % 251) as u8;
        i += 1;
    }
    block
};

/// The byte at `offset` of the synthetic video.
pub(crate) fn pattern_byte(offset: u64) -> u8 {
    PATTERN[(offset % PATTERN_LEN as u64) as usize]
}

/// `len` bytes of the synthetic video from `start`, as zero-copy pieces of the static block.
pub(crate) fn pattern_chunks(start: u64, len: u64) -> impl Iterator<Item = Bytes> {
    let end = start.saturating_add(len);
    let mut at = start;
    std::iter::from_fn(move || {
        if at >= end {
            return None;
        }
        let offset = (at % PATTERN_LEN as u64) as usize;
        let take = (PATTERN_LEN - offset).min((end - at) as usize);
        at += take as u64;
        Some(Bytes::from_static(&PATTERN[offset..offset + take]))
    })
}

/// The bytes every completed task's video has.
pub(crate) fn sample() -> Bytes {
    Bytes::from_static(SAMPLE)
}

/// The video as `media_type`, honouring a single `Range: bytes=...` (players seek with it); other range
/// forms are ignored and the whole file is sent, as HTTP allows. `synthetic` is the size of the
/// synthetic video to serve instead of the sample.
pub(crate) fn reply(
    media_type: &'static str,
    range: Option<&str>,
    synthetic: Option<u64>,
) -> Reply {
    let len = synthetic.unwrap_or(SAMPLE.len() as u64);
    // Bytes `start..end` of the video.
    let body = |start: u64, end: u64| match synthetic {
        Some(_) => (
            Bytes::new(),
            Some(Synthetic {
                start,
                len: end - start,
            }),
        ),
        None => (sample().slice(start as usize..end as usize), None),
    };
    let Some(range) = range.and_then(parse_range) else {
        let (body, synthetic) = body(0, len);
        return Reply {
            status: StatusCode::OK,
            content_type: Some(media_type),
            headers: vec![(header::ACCEPT_RANGES, "bytes".to_string())],
            body,
            synthetic,
        };
    };
    match resolve(range, len) {
        Some((start, end)) => {
            let (body, synthetic) = body(start, end + 1);
            Reply {
                status: StatusCode::PARTIAL_CONTENT,
                content_type: Some(media_type),
                headers: vec![
                    (header::ACCEPT_RANGES, "bytes".to_string()),
                    (header::CONTENT_RANGE, format!("bytes {start}-{end}/{len}")),
                ],
                body,
                synthetic,
            }
        }
        None => Reply {
            status: StatusCode::RANGE_NOT_SATISFIABLE,
            content_type: None,
            headers: vec![(header::CONTENT_RANGE, format!("bytes */{len}"))],
            body: Bytes::new(),
            synthetic: None,
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
fn resolve(range: ByteRange, len: u64) -> Option<(u64, u64)> {
    let (start, end) = match range {
        ByteRange::From(start, end) => (start, end.unwrap_or(u64::MAX).min(len.checked_sub(1)?)),
        ByteRange::Last(0) => return None,
        ByteRange::Last(n) => (len.saturating_sub(n), len.checked_sub(1)?),
    };
    (start <= end && start < len).then_some((start, end))
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
        let r = reply("video/mp4", Some("bytes=0-9"), None);
        assert_eq!((r.status, r.body.len()), (StatusCode::PARTIAL_CONTENT, 10));
        let r = reply("video/mp4", Some("bytes=-4"), None);
        assert_eq!(r.body, sample().slice(len - 4..));
        let r = reply("video/mp4", Some("bytes=10-"), None);
        assert_eq!(r.body.len(), len - 10);
        let r = reply("video/mp4", Some(&format!("bytes={len}-")), None);
        assert_eq!(r.status, StatusCode::RANGE_NOT_SATISFIABLE);
        for ignored in [
            None,
            Some("bytes=0-1,4-5"),
            Some("items=0-1"),
            Some("bytes=x-"),
        ] {
            let r = reply("video/mp4", ignored, None);
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

    #[test]
    fn synthetic_video() {
        let size = 3 * PATTERN_LEN as u64 + 17;
        let r = reply("video/mp4", None, Some(size));
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(
            r.synthetic,
            Some(Synthetic {
                start: 0,
                len: size
            })
        );
        let r = reply("video/mp4", Some("bytes=-10"), Some(size));
        assert_eq!(r.status, StatusCode::PARTIAL_CONTENT);
        assert_eq!(
            r.synthetic,
            Some(Synthetic {
                start: size - 10,
                len: 10
            })
        );
        let r = reply("video/mp4", Some(&format!("bytes={size}-")), Some(size));
        assert_eq!(r.status, StatusCode::RANGE_NOT_SATISFIABLE);
        // The pieces are the pattern, cut at block edges.
        let start = PATTERN_LEN as u64 - 5;
        let pieces: Vec<Bytes> = pattern_chunks(start, PATTERN_LEN as u64 + 10).collect();
        assert_eq!(
            pieces.iter().map(Bytes::len).collect::<Vec<_>>(),
            vec![5, PATTERN_LEN, 5]
        );
        let joined: Vec<u8> = pieces.iter().flat_map(|p| p.iter().copied()).collect();
        for (i, byte) in joined.iter().enumerate() {
            assert_eq!(*byte, pattern_byte(start + i as u64));
        }
        assert_eq!(pattern_byte(251), 0);
        assert_eq!(pattern_chunks(0, 0).count(), 0);
    }
}
