//! One reqwest connection pool per client. The settings that differ between calls (the deadline of an
//! API call, the much longer one of a download, the silence a download may keep) go on each request,
//! so API calls and downloads share connections, and a caller may bring their own pool.

use super::body::Stop;
use super::{ClientConfig, redirect};
use crate::Error;
use std::time::Duration;

/// The kind of a request, which decides its timeouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Call {
    /// An API call: one whole-request deadline, body included.
    Api,
    /// A video (the video URL, or the content operation): a long deadline and a bound on silence.
    Download,
}

/// The timeouts each request gets, by its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timeouts {
    api: Duration,
    download: Duration,
    silence: Duration,
}

impl Timeouts {
    pub(crate) fn of(config: &ClientConfig) -> Timeouts {
        Timeouts {
            api: config.timeout,
            download: config.download_timeout,
            silence: config.read_timeout,
        }
    }

    /// `request` with the whole-request deadline of `call` (it replaces any the pool has).
    pub(crate) fn apply(
        &self,
        call: Call,
        request: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        request.timeout(match call {
            Call::Api => self.api,
            Call::Download => self.download,
        })
    }

    /// The longest wait for the next piece of a reply of `call`: downloads only, as an API call's
    /// deadline already bounds it whole.
    pub(crate) fn silence(&self, call: Call) -> Option<Duration> {
        (call == Call::Download).then_some(self.silence)
    }

    /// The reply to a sent request; for a download, waited for no longer than the silence bound.
    pub(crate) async fn reply(
        &self,
        call: Call,
        sent: impl Future<Output = reqwest::Result<reqwest::Response>>,
    ) -> Result<reqwest::Response, Stop> {
        match self.silence(call) {
            Some(limit) => tokio::time::timeout(limit, sent)
                .await
                .map_err(|_| Stop::Silent(limit))?
                .map_err(Stop::Broken),
            None => sent.await.map_err(Stop::Broken),
        }
    }
}

/// The client's pool: the caller's (`ClientConfig::with_http_client`), or one of ours.
pub(crate) fn pool(config: &ClientConfig) -> Result<reqwest::Client, Error> {
    if let Some(client) = &config.http_client {
        return Ok(client.clone());
    }
    client_builder()
        .connect_timeout(config.connect_timeout)
        .user_agent(config.user_agent.clone())
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

/// A `reqwest::ClientBuilder` set up as grokvid's own pool is: it never retries by itself and follows
/// redirects only within an origin ([`redirect_policy`](super::redirect_policy)), and the TLS
/// crypto provider grokvid's reqwest build needs is installed. Add your own settings (default
/// headers, proxy, root certificates, pool limits), build it and pass it to
/// [`ClientConfig::with_http_client`]; do not change its redirect policy to one that follows other
/// origins.
pub fn client_builder() -> reqwest::ClientBuilder {
    // reqwest is built without a default TLS provider; ring is installed once per process.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        // reqwest may resend on protocol NACKs; whether anything is resent is decided by the
        // lifecycle, per operation, so a paid create is never repeated behind our back.
        .retry(reqwest::retry::never())
        .redirect(redirect::same_origin_policy())
}
