//! Reading a reply body whole, but never more than a cap: a vendor that streams without end must not
//! fill the memory.

use bytes::Bytes;

/// Why a body could not be read whole.
pub(crate) enum Cut {
    /// More than the cap arrived, or `Content-Length` announced more.
    TooLarge,
    /// The connection broke off or timed out.
    Broken(reqwest::Error),
}

/// The whole body, or `Cut::TooLarge` as soon as it passes `limit` bytes (before reading anything
/// when `Content-Length` already says so). A body in one chunk is returned without a copy.
pub(crate) async fn read_capped(
    response: &mut reqwest::Response,
    limit: u64,
) -> Result<Bytes, Cut> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit) {
        return Err(Cut::TooLarge);
    }
    let fits = |len: usize| len as u64 <= limit;
    let Some(first) = response.chunk().await.map_err(Cut::Broken)? else {
        return Ok(Bytes::new());
    };
    if !fits(first.len()) {
        return Err(Cut::TooLarge);
    }
    let Some(second) = response.chunk().await.map_err(Cut::Broken)? else {
        return Ok(first);
    };
    let hint = announced.unwrap_or(0).min(limit) as usize;
    let mut body = Vec::with_capacity(hint.max(first.len() + second.len()));
    body.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = next {
        if !fits(body.len() + chunk.len()) {
            return Err(Cut::TooLarge);
        }
        body.extend_from_slice(&chunk);
        next = response.chunk().await.map_err(Cut::Broken)?;
    }
    Ok(Bytes::from(body))
}
