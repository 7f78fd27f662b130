//! Reading a reply body: whole but never more than a cap (a vendor that streams without end must not
//! fill the memory), and piece by piece with a bound on the silence between pieces (downloads).

use bytes::Bytes;
use std::time::Duration;

/// Why a body stopped arriving.
pub(crate) enum Stop {
    /// The connection broke off, or the request's own deadline passed.
    Broken(reqwest::Error),
    /// Nothing arrived for this long (the client's read timeout).
    Silent(Duration),
}

impl From<reqwest::Error> for Stop {
    fn from(e: reqwest::Error) -> Stop {
        Stop::Broken(e)
    }
}

impl Stop {
    pub(crate) fn is_timeout(&self) -> bool {
        match self {
            Stop::Broken(e) => e.is_timeout(),
            Stop::Silent(_) => true,
        }
    }

    /// What happened, without the URL reqwest's Display would add (it may hold a query-string key).
    pub(crate) fn describe(self) -> String {
        match self {
            Stop::Broken(e) => e.without_url().to_string(),
            Stop::Silent(after) => format!("nothing arrived for {after:?} (read_timeout)"),
        }
    }
}

/// Why a body could not be read whole.
pub(crate) enum Cut {
    /// More than the cap arrived, or `Content-Length` announced more.
    TooLarge,
    /// The body stopped arriving.
    Stopped(Stop),
}

/// The next piece of the body, `None` at its end; with `silence`, waiting no longer than that for it.
pub(crate) async fn next_chunk(
    response: &mut reqwest::Response,
    silence: Option<Duration>,
) -> Result<Option<Bytes>, Stop> {
    let chunk = match silence {
        Some(limit) => tokio::time::timeout(limit, response.chunk())
            .await
            .map_err(|_| Stop::Silent(limit))?,
        None => response.chunk().await,
    };
    Ok(chunk?)
}

/// The whole body, or `Cut::TooLarge` as soon as it passes `limit` bytes (before reading anything
/// when `Content-Length` already says so). A body in one chunk is returned without a copy.
pub(crate) async fn read_capped(
    response: &mut reqwest::Response,
    limit: u64,
    silence: Option<Duration>,
) -> Result<Bytes, Cut> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit) {
        return Err(Cut::TooLarge);
    }
    let fits = |len: usize| len as u64 <= limit;
    let Some(first) = next_chunk(response, silence).await.map_err(Cut::Stopped)? else {
        return Ok(Bytes::new());
    };
    if !fits(first.len()) {
        return Err(Cut::TooLarge);
    }
    let Some(second) = next_chunk(response, silence).await.map_err(Cut::Stopped)? else {
        return Ok(first);
    };
    let hint = announced.unwrap_or(0).min(limit) as usize;
    let mut body = Vec::with_capacity(hint.max(first.len() + second.len()));
    body.extend_from_slice(&first);
    let mut piece = Some(second);
    while let Some(chunk) = piece {
        if !fits(body.len() + chunk.len()) {
            return Err(Cut::TooLarge);
        }
        body.extend_from_slice(&chunk);
        piece = next_chunk(response, silence).await.map_err(Cut::Stopped)?;
    }
    Ok(Bytes::from(body))
}
