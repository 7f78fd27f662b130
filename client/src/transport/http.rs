//! The transport: one provider-neutral HTTP client driven by the provider's tables.
//!
//! Every request is validated before anything is sent. Nothing here retries: a create is paid, and the
//! lifecycle decides what may be repeated from the error kind.

use crate::error::excerpt;
use crate::spec::{BodyKind, Method, Operation, ParamLocation, Role};
use crate::task::{self, Task};
use crate::transport::request::{ApiRequest, Params, fill_path, json_body, without_dropped};
use crate::transport::retry::{Attempts, may_repeat};
use crate::{ApiKey, Error, Warning};
use body::{Cut, read_capped};
use bytes::Bytes;
use pool::{Call, Timeouts};
use serde::de::DeserializeOwned;
use std::time::Duration;

mod auth;
mod body;
mod endpoint;
mod hosts;
mod link;
pub(crate) mod origin;
mod pool;
pub(crate) mod provider;
mod redirect;
pub(crate) mod table;

pub(crate) use body::{Stop, next_chunk};
pub use origin::is_loopback;
pub use pool::client_builder;
pub use redirect::redirect_policy;

/// Default cap of an API reply: far above any documented reply, far below what hurts.
pub const DEFAULT_MAX_REPLY_BYTES: u64 = 16 << 20;
/// Default cap of a download: a generous multiple of the longest video vendors document.
pub const DEFAULT_MAX_DOWNLOAD_BYTES: u64 = 4 << 30;
/// Default overall time of one download: hours, so a slow line finishes, but not forever.
pub const DEFAULT_DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(2 * 60 * 60);

/// Settings of a client.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Replaces the spec's base URL (a reseller mirror, or the simulator); required when the spec has
    /// none.
    pub base_url: Option<String>,
    /// Replaces the URL of the spec's named hosts (`hosts:`), by name; required for a host the spec
    /// gives no URL. A name the spec does not declare is refused when the client is made.
    pub hosts: std::collections::BTreeMap<String, String>,
    /// Whole-request timeout for API calls, body included: a reply that trickles in ends here. Set on
    /// each request, like the two below, so API calls and downloads share one connection pool.
    pub timeout: Duration,
    /// Time to open a connection (grokvid's own pool only: a client given with
    /// [`ClientConfig::with_http_client`] keeps its own).
    pub connect_timeout: Duration,
    /// Longest silence while streaming a download (and before its reply starts).
    pub read_timeout: Duration,
    /// Whole-request timeout of one download (generous: videos are large).
    pub download_timeout: Duration,
    /// Largest API reply read; a larger one is `Error::TooLarge` (`MaybeSent` for a create).
    pub max_reply_bytes: u64,
    /// Largest download; a larger one fails before writing (by `Content-Length`) or as soon as it
    /// passes the cap, leaving no file.
    pub max_download_bytes: u64,
    /// Sends the key over plain `http://` to hosts other than this machine. Off: such a base URL is
    /// refused before anything is sent.
    pub allow_insecure_http: bool,
    /// The `User-Agent` of grokvid's own pool (a client given with
    /// [`ClientConfig::with_http_client`] sends its own).
    pub user_agent: String,
    /// Retries of transient failures; creates are only repeated when provably unsent or refused (429).
    pub retry: crate::transport::retry::RetryPolicy,
    /// The caller's own `reqwest::Client`, used instead of a pool of grokvid's: see
    /// [`ClientConfig::with_http_client`].
    pub http_client: Option<reqwest::Client>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: None,
            hosts: std::collections::BTreeMap::new(),
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            download_timeout: DEFAULT_DOWNLOAD_TIMEOUT,
            max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
            max_download_bytes: DEFAULT_MAX_DOWNLOAD_BYTES,
            allow_insecure_http: false,
            user_agent: concat!("grokvid/", env!("CARGO_PKG_VERSION")).to_string(),
            retry: crate::transport::retry::RetryPolicy::default(),
            http_client: None,
        }
    }
}

impl ClientConfig {
    /// Sends to this base URL instead of the spec's.
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }
    /// Sends the operations of the spec's host `name` (`hosts:`) to `base_url`.
    pub fn with_host(mut self, name: impl Into<String>, base_url: impl Into<String>) -> Self {
        self.hosts.insert(name.into(), base_url.into());
        self
    }
    /// Sets [`ClientConfig::timeout`].
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// Sets [`ClientConfig::retry`].
    pub fn with_retry(mut self, retry: crate::transport::retry::RetryPolicy) -> Self {
        self.retry = retry;
        self
    }
    /// Sets [`ClientConfig::max_reply_bytes`].
    pub fn with_max_reply_bytes(mut self, bytes: u64) -> Self {
        self.max_reply_bytes = bytes;
        self
    }
    /// Sets [`ClientConfig::max_download_bytes`].
    pub fn with_max_download_bytes(mut self, bytes: u64) -> Self {
        self.max_download_bytes = bytes;
        self
    }
    /// Sets [`ClientConfig::download_timeout`].
    pub fn with_download_timeout(mut self, timeout: Duration) -> Self {
        self.download_timeout = timeout;
        self
    }
    /// See [`ClientConfig::allow_insecure_http`].
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Sends every request through `client`, the caller's own pool (its proxies, TLS roots, default
    /// headers, connection limits), instead of one grokvid builds. Timeouts (`timeout`,
    /// `download_timeout`, `read_timeout`) are still set on each request; `connect_timeout` and
    /// `user_agent` are the client's own.
    ///
    /// Start from [`client_builder`] (grokvid's redirect policy and no retries, with the TLS crypto
    /// provider installed). The client **must not follow redirects to another origin**: keep that
    /// builder's policy, or build it with `.redirect(grokvid::http::redirect_policy())` (or
    /// `reqwest::redirect::Policy::none()`).
    /// grokvid follows such a hop itself, without the API key. A client that follows it on its own
    /// carries the request there as it is: reqwest drops an `Authorization` header on the way, but a
    /// key in another header or in the query goes along, and grokvid cannot vet the target. When a
    /// reply shows that happened, the call fails with an error that says so, but the key may already
    /// be gone. It should not retry requests either (reqwest's default retries only what the server
    /// refused unprocessed): a create is paid, and grokvid decides what may be repeated.
    pub fn with_http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }
}

/// A typed reply with the task it describes.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    /// The typed reply.
    pub body: T,
    /// The task it describes (a default one for replies that are not about a task).
    pub task: Task,
    /// The model the request named (the param the spec maps the neutral `model` onto), kept for the
    /// task's handle: `Client::wait(&reply, ..)` never needs it repeated.
    pub model: Option<String>,
    /// The reply's HTTP status.
    pub http_status: u16,
    /// The whole reply, for fields the spec does not describe (read as a `serde_json::Value`, built
    /// on first use).
    pub raw: crate::RawReply,
    /// The spec's `then: warn`/`drop` rules the request broke: what the vendor really does with it.
    pub warnings: Vec<Warning>,
}

/// A typed batch reply with one task per item.
#[derive(Debug, Clone)]
pub struct BatchReply<T> {
    /// The typed reply.
    pub body: T,
    /// One task per item of the reply's list.
    pub tasks: Vec<Task>,
    /// The reply's HTTP status.
    pub http_status: u16,
}

/// A file reply, not yet read: stream it with `chunk` or take it whole with `bytes`. Either stops at
/// the client's `max_download_bytes`.
#[derive(Debug)]
pub struct Content {
    response: reqwest::Response,
    operation: String,
    limit: u64,
    received: u64,
    /// The longest wait for the next piece (`read_timeout`).
    silence: Option<Duration>,
}

impl Content {
    /// The `Content-Type` header, when it is text.
    pub fn content_type(&self) -> Option<&str> {
        self.response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }
    /// The `Content-Length` header.
    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }
    /// The next piece of the body; `None` at the end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        let chunk = next_chunk(&mut self.response, self.silence)
            .await
            .map_err(|stop| broken(&self.operation, "the download", stop))?;
        if let Some(chunk) = &chunk {
            self.received += chunk.len() as u64;
            if self.received > self.limit {
                return Err(self.too_large());
            }
        }
        Ok(chunk)
    }
    /// The whole body in memory (small files only; `download` streams to disk).
    pub async fn bytes(mut self) -> Result<Bytes, Error> {
        match read_capped(&mut self.response, self.limit, self.silence).await {
            Ok(bytes) => Ok(bytes),
            Err(Cut::TooLarge) => Err(self.too_large()),
            Err(Cut::Stopped(stop)) => Err(broken(&self.operation, "the download", stop)),
        }
    }
    fn too_large(&self) -> Error {
        download_too_large(&self.operation, self.limit)
    }
}

/// A download over its cap.
pub(crate) fn download_too_large(operation: &str, limit: u64) -> Error {
    Error::TooLarge {
        operation: operation.to_string(),
        what: "download",
        limit,
        setting: "max_download_bytes, --max-download-bytes",
    }
}

/// A body that stopped arriving: the request was received, so it may have had its effect.
fn broken(operation: &str, what: &str, stop: impl Into<Stop>) -> Error {
    let stop = stop.into();
    Error::MaybeSent {
        operation: operation.to_string(),
        timed_out: stop.is_timeout(),
        // The URL may carry a query-string key: never in an error.
        reason: match stop {
            Stop::Broken(e) if e.is_timeout() => {
                format!("{what} timed out (the whole call is bounded, not only each read)")
            }
            Stop::Silent(_) => format!("{what} timed out: {}", stop.describe()),
            stop => format!("{what} broke off: {}", stop.describe()),
        },
    }
}

/// A reply to a call chosen at run time (see the generated `call` functions).
#[derive(Debug)]
pub enum DynReply {
    /// A JSON reply.
    Json {
        /// The reply.
        body: serde_json::Value,
        /// The task, for operations that map onto one.
        task: Option<Task>,
        /// The tasks, for batch operations.
        tasks: Vec<Task>,
        /// The reply's HTTP status.
        http_status: u16,
    },
    /// A file, not yet read.
    Content(Content),
}

/// A reply as [`HttpClient::exchange_parsed`] read it.
enum Parsed<T> {
    /// A 2xx reply read the light way (`reply::light`): the typed body, the part of the tree the
    /// task mapping and the checks read, and the bytes for [`crate::RawReply`].
    Light {
        typed: T,
        tree: serde_json::Value,
        body: Bytes,
    },
    /// The reply read whole, as `reply::interpret` reads it.
    Whole(serde_json::Value),
}

/// A client for one provider, shared by every generated `Client`.
#[derive(Debug, Clone)]
pub struct HttpClient {
    provider: &'static provider::Provider,
    key: ApiKey,
    /// The base URL and the named hosts, parsed once: where each operation's requests go.
    hosts: hosts::Hosts,
    /// The one connection pool, shared by API calls and downloads (and by clones of this client).
    http: reqwest::Client,
    /// Set on each request by its kind: API calls are bounded whole, downloads get longer.
    timeouts: Timeouts,
    retry: crate::transport::retry::RetryPolicy,
    max_reply_bytes: u64,
    max_download_bytes: u64,
}

impl HttpClient {
    /// A client for `provider` with this key; the base URLs are checked here (nothing is sent). A
    /// provider with no default host builds without one: each call that needs it then fails with a
    /// configuration error, before sending anything.
    pub fn new(
        provider: &'static provider::Provider,
        key: ApiKey,
        config: ClientConfig,
    ) -> Result<HttpClient, Error> {
        let hosts = hosts::Hosts::new(provider, &config, &key)?;
        let http = pool::pool(&config)?;
        Ok(HttpClient {
            provider,
            key,
            hosts,
            http,
            timeouts: Timeouts::of(&config),
            retry: config.retry,
            max_reply_bytes: config.max_reply_bytes,
            max_download_bytes: config.max_download_bytes,
        })
    }

    pub(crate) fn retry_policy(&self) -> crate::transport::retry::RetryPolicy {
        self.retry
    }

    /// This client with another retry policy (`wait` polls once per turn and paces itself).
    pub(crate) fn with_retry_policy(&self, retry: crate::transport::retry::RetryPolicy) -> Self {
        HttpClient {
            retry,
            ..self.clone()
        }
    }

    /// The provider: its tables and typed entry points.
    pub fn provider(&self) -> &'static provider::Provider {
        self.provider
    }

    /// The base URL requests go to, without a trailing `/`; empty when the provider has no default
    /// host and none was given.
    pub fn base_url(&self) -> &str {
        self.hosts.default().map_or("", |t| t.base_url())
    }

    /// The URLs of the spec's named hosts this client reaches, by name.
    pub fn host_urls(&self) -> std::collections::BTreeMap<String, String> {
        self.hosts.urls()
    }

    /// Validates, sends, and maps the reply onto a task.
    pub async fn send<R>(&self, request: &R) -> Result<Reply<R::Response>, Error>
    where
        R: ApiRequest,
        R::Response: DeserializeOwned,
    {
        let op = R::operation();
        let (http_status, parsed, warnings) = self.call_parsed::<R>(request).await?;
        let (body, tree, unparsed) = self.split(op, http_status, parsed)?;
        let task = op
            .response()
            .task()
            .map(|mapping| task::read(self.provider, &tree, mapping))
            .unwrap_or_default();
        let model =
            op.unified()
                .and_then(|u| u.model())
                .and_then(|n| match request.field(n.field()) {
                    crate::validate::rules::FieldRef::Str(model) => Some(model.to_string()),
                    _ => None,
                });
        Ok(Reply {
            body,
            task,
            model,
            http_status,
            raw: match unparsed {
                Some(bytes) => crate::RawReply::unparsed(bytes),
                None => crate::RawReply::from(tree),
            },
            warnings,
        })
    }

    /// Like `send`, for batch replies.
    pub async fn send_batch<R>(&self, request: &R) -> Result<BatchReply<R::Response>, Error>
    where
        R: ApiRequest,
        R::Response: DeserializeOwned,
    {
        let op = R::operation();
        let (http_status, parsed, _) = self.call_parsed::<R>(request).await?;
        let (body, tree, _) = self.split(op, http_status, parsed)?;
        let tasks = match (op.response().task(), op.response().tasks_at()) {
            (Some(mapping), Some(at)) => task::read_many(self.provider, &tree, at, mapping),
            _ => Vec::new(),
        };
        Ok(BatchReply {
            body,
            tasks,
            http_status,
        })
    }

    /// Like `send`, for operations whose reply is not a task.
    pub async fn send_plain<R>(&self, request: &R) -> Result<R::Response, Error>
    where
        R: ApiRequest,
        R::Response: DeserializeOwned,
    {
        let (http_status, parsed, _) = self.call_parsed::<R>(request).await?;
        let (body, _, _) = self.split(R::operation(), http_status, parsed)?;
        Ok(body)
    }

    /// Reads `R` from JSON keyed by wire names and calls its operation; for tools that choose the
    /// operation at run time. A JSON that does not fit `R` is an `Invalid` error and sends nothing.
    pub async fn call_json<R>(&self, json: serde_json::Value) -> Result<DynReply, Error>
    where
        R: ApiRequest + DeserializeOwned,
    {
        let prepared = prepare_json::<R>(json)?;
        self.call_prepared(R::operation(), prepared).await
    }

    /// Sends a checked, prepared request of `op` and reads its reply: the not-generic half of
    /// [`HttpClient::call_json`], which a provider's entry points call.
    pub(crate) async fn call_prepared(
        &self,
        op: &'static Operation,
        prepared: Prepared,
    ) -> Result<DynReply, Error> {
        if op.response().media().is_some() {
            return self.content(op, &prepared).await.map(DynReply::Content);
        }
        let (http_status, body) = self.exchange(op, &prepared).await?;
        let (task, tasks) = match (op.response().task(), op.response().tasks_at()) {
            (Some(mapping), Some(at)) => (None, task::read_many(self.provider, &body, at, mapping)),
            (Some(mapping), None) => (Some(task::read(self.provider, &body, mapping)), Vec::new()),
            (None, _) => (None, Vec::new()),
        };
        Ok(DynReply::Json {
            body,
            task,
            tasks,
            http_status,
        })
    }

    /// A file reply: checked for an error status, then handed over unread.
    pub async fn fetch_content<R: ApiRequest>(&self, request: &R) -> Result<Content, Error> {
        let (prepared, _) = Prepared::checked(request)?;
        self.content(R::operation(), &prepared).await
    }

    async fn content(&self, op: &'static Operation, prepared: &Prepared) -> Result<Content, Error> {
        let mut attempts = Attempts::new(&self.retry);
        let response = loop {
            match self.content_response(op, prepared).await {
                Ok(response) => break response,
                Err(e) => {
                    let again = may_repeat(op, &e);
                    attempts.after(e, again).await?;
                }
            }
        };
        Ok(Content {
            response,
            operation: self.op_name(op),
            limit: self.max_download_bytes,
            received: 0,
            silence: self.timeouts.silence(Call::Download),
        })
    }

    /// The cap of a download, for `download`.
    pub(crate) fn max_download_bytes(&self) -> u64 {
        self.max_download_bytes
    }

    /// The longest wait for the next piece of a download, for `download`.
    pub(crate) fn download_silence(&self) -> Option<Duration> {
        self.timeouts.silence(Call::Download)
    }

    /// The content operation's reply for one task id, checked for an error status.
    pub(crate) async fn get_content(
        &self,
        op: &'static Operation,
        task_id: &str,
    ) -> Result<reqwest::Response, Error> {
        let prepared = Prepared::for_task(op, task_id)?;
        self.content_response(op, &prepared).await
    }

    async fn content_response(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
    ) -> Result<reqwest::Response, Error> {
        let response = self.send_prepared(Call::Download, op, prepared).await?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        let retry_after = retry_after(&response);
        let body = self.error_body(Call::Download, response).await;
        let error = crate::reply::vendor_error(self.provider, op, status, &body, retry_after);
        Err(crate::reply::final_errors::mark(self.provider, error))
    }

    /// The start of an error reply, for the message: capped, the key cut out, empty if unreadable.
    async fn error_body(&self, call: Call, mut response: reqwest::Response) -> Bytes {
        // An error message needs no more than the excerpt kept of it, and some JSON around it.
        const ERROR_BODY_CAP: u64 = 64 << 10;
        let cap = ERROR_BODY_CAP.min(self.max_reply_bytes);
        match read_capped(&mut response, cap, self.timeouts.silence(call)).await {
            Ok(body) => Bytes::from(self.key.redact(&body).into_owned()),
            Err(_) => Bytes::new(),
        }
    }

    /// A GET of a video URL, without the API key: result URLs often live on another host.
    pub(crate) async fn get_video(&self, url: &str) -> Result<reqwest::Response, Error> {
        let operation = format!("{}.video", self.provider.id());
        self.get_url(url, false, Call::Download, &operation, "the video URL")
            .await
    }

    /// The task behind `id`, through the provider's query operation (no typed request needed).
    pub async fn query_task(&self, id: &str) -> Result<Task, Error> {
        let op = self
            .provider
            .operation_with_role(Role::Query)
            .ok_or_else(|| {
                Error::Config(format!("{} has no query operation", self.provider.id()))
            })?;
        let request = Prepared::for_task(op, id)?;
        // Only the task is read: no typed reply.
        let (_, parsed) = self
            .exchange_parsed::<serde::de::IgnoredAny>(op, &request)
            .await?;
        let tree = match parsed {
            Parsed::Light { tree, .. } | Parsed::Whole(tree) => tree,
        };
        Ok(op
            .response()
            .task()
            .map(|mapping| {
                let mut task = task::read(self.provider, &tree, mapping);
                // Query replies often omit the id (xAI): the caller's id is the task's id.
                task.id.get_or_insert_with(|| id.to_string());
                task
            })
            .unwrap_or_default())
    }

    /// Validates, prepares (leaving out what `then: drop` rules drop) and sends `request`, and
    /// reads its reply with its typed body; the request's warnings come back with it.
    async fn call_parsed<R>(
        &self,
        request: &R,
    ) -> Result<(u16, Parsed<R::Response>, Vec<Warning>), Error>
    where
        R: ApiRequest,
        R::Response: DeserializeOwned,
    {
        let (prepared, warnings) = Prepared::checked(request)?;
        let (status, parsed) = self.exchange_parsed(R::operation(), &prepared).await?;
        Ok((status, parsed, warnings))
    }

    /// Like [`HttpClient::exchange`], with the typed body `T`: a 2xx reply is read in one pass
    /// without its whole tree when it can be (`reply::light`), to the same result.
    async fn exchange_parsed<T: DeserializeOwned>(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
    ) -> Result<(u16, Parsed<T>), Error> {
        self.exchange_with(op, prepared, |status, retry_after, body| {
            if (200..300).contains(&status)
                && let Some((typed, tree)) =
                    crate::reply::light::read::<T>(self.provider, op, status, &body)
            {
                return Ok(Parsed::Light { typed, tree, body });
            }
            self.read_whole(op)(status, retry_after, body).map(Parsed::Whole)
        })
        .await
    }

    /// The typed body, the tree the task is read from, and the bytes of a reply not read whole.
    fn split<T: DeserializeOwned>(
        &self,
        op: &Operation,
        status: u16,
        parsed: Parsed<T>,
    ) -> Result<(T, serde_json::Value, Option<Bytes>), Error> {
        Ok(match parsed {
            Parsed::Light { typed, tree, body } => (typed, tree, Some(body)),
            Parsed::Whole(value) => (self.typed(op, status, &value)?, value, None),
        })
    }

    /// Sends a prepared request and reads a JSON reply, turning error statuses and envelopes into errors.
    /// A create that may have reached the vendor fails as [`Error::MaybeCharged`].
    pub(crate) async fn exchange(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
    ) -> Result<(u16, serde_json::Value), Error> {
        self.exchange_with(op, prepared, self.read_whole(op)).await
    }

    /// Reads a reply whole, as `reply::interpret` does.
    fn read_whole(
        &self,
        op: &'static Operation,
    ) -> impl Fn(u16, Option<Duration>, Bytes) -> Result<serde_json::Value, Error> + '_ {
        move |status, retry_after, body| {
            crate::reply::interpret(self.provider, op, status, retry_after, &body)
        }
    }

    /// [`HttpClient::exchange`] with the reply read by `read` (from its status, `Retry-After` and
    /// body), inside the retries: a reply `read` refuses may be asked again like any other failure.
    async fn exchange_with<X>(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
        read: impl Fn(u16, Option<Duration>, Bytes) -> Result<X, Error>,
    ) -> Result<(u16, X), Error> {
        let mut attempts = Attempts::new(&self.retry);
        let outcome = loop {
            match self.exchange_once_with(op, prepared, &read).await {
                Ok(done) => break Ok(done),
                Err(e) => {
                    let again = may_repeat(op, &e);
                    if let Err(e) = attempts.after(e, again).await {
                        break Err(e);
                    }
                }
            }
        };
        outcome.map_err(|e| match op.role() {
            Role::Create => crate::transport::charged::after_create(&self.op_name(op), e, None),
            _ => e,
        })
    }

    /// One attempt of [`HttpClient::exchange`].
    async fn exchange_once(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
    ) -> Result<(u16, serde_json::Value), Error> {
        self.exchange_once_with(op, prepared, &self.read_whole(op))
            .await
    }

    async fn exchange_once_with<X>(
        &self,
        op: &'static Operation,
        prepared: &Prepared,
        read: impl Fn(u16, Option<Duration>, Bytes) -> Result<X, Error>,
    ) -> Result<(u16, X), Error> {
        let mut response = self.send_prepared(Call::Api, op, prepared).await?;
        let status = response.status().as_u16();
        let retry_after = retry_after(&response);
        let body = match read_capped(&mut response, self.max_reply_bytes, None).await {
            Ok(body) => body,
            Err(Cut::TooLarge) => return Err(self.reply_too_large(op)),
            Err(Cut::Stopped(stop)) => return Err(broken(&self.op_name(op), "the reply", stop)),
        };
        // Vendor text is untrusted: a reply that echoes the key loses it before anything reads it.
        let body = match self.key.redact(&body) {
            std::borrow::Cow::Borrowed(_) => body,
            std::borrow::Cow::Owned(redacted) => Bytes::from(redacted),
        };
        let read = read(status, retry_after, body)
            .map_err(|e| crate::reply::final_errors::mark(self.provider, e))?;
        Ok((status, read))
    }

    /// A reply over the cap: for a paid call the request was received and may have been accepted.
    fn reply_too_large(&self, op: &Operation) -> Error {
        let operation = self.op_name(op);
        let cap = crate::error::bytes_text(self.max_reply_bytes);
        if op.has_effects() {
            return Error::MaybeSent {
                operation,
                reason: format!(
                    "the reply is larger than the cap of {cap} (max_reply_bytes, \
                     --max-reply-bytes) and was not read"
                ),
                timed_out: false,
            };
        }
        Error::TooLarge {
            operation,
            what: "reply",
            limit: self.max_reply_bytes,
            setting: "max_reply_bytes, --max-reply-bytes",
        }
    }

    fn typed<T: DeserializeOwned>(
        &self,
        op: &Operation,
        status: u16,
        raw: &serde_json::Value,
    ) -> Result<T, Error> {
        T::deserialize(raw).map_err(|e| Error::UnexpectedResponse {
            operation: self.op_name(op),
            http_status: status,
            reason: format!("the reply does not match the spec: {e}"),
            body: excerpt(raw.to_string().as_bytes()),
        })
    }

    /// Sends the request with the key, following redirects: within the origin by the client, and
    /// here by hand the hops it stops at. Once a hop leaves the base URL's origin, no later hop
    /// carries the key, in a header or in the query.
    async fn send_prepared(
        &self,
        call: Call,
        op: &'static Operation,
        prepared: &Prepared,
    ) -> Result<reqwest::Response, Error> {
        let http = &self.http;
        let target = self.hosts.of(self.provider, op)?;
        if op.role() == Role::Create {
            self.hosts.check_follow_up()?;
        }
        let home = target.home();
        let path = fill_path(*op.path(), &prepared.params.path);
        let url = target
            .endpoint()
            .url(&path)
            .map_err(|e| Error::Config(format!("{}: bad URL: {e}", self.op_name(op))))?;
        let mut method = match op.method() {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = target.with_key(&self.key, http.request(method.clone(), url));
        if !prepared.params.query.is_empty() {
            builder = builder.query(&prepared.params.query);
        }
        let builder = self
            .with_headers_and_body(builder, op, prepared, true)
            .await?;
        let mut response = self
            .send_one(call, op, &path, builder)
            .await
            .map_err(|stop| self.transport_error(op, stop))?;
        self.check_stayed(op, home, &response)?;
        let mut left_home = false;
        for _ in 0..redirect::CROSS_ORIGIN_HOPS {
            let Some((next, to)) = redirect::next_hop(&method, &response) else {
                break;
            };
            left_home |= !origin::same_origin(&to, home);
            let keeps_body = next == method && next != reqwest::Method::GET;
            let hop_path = to.path().to_string();
            let (builder, sent_to) = if left_home {
                // A server may have echoed a query-string key into `Location`.
                let to = redirect::without_query_param(to, target.auth().name());
                (http.request(next.clone(), to.clone()), to)
            } else {
                // A same-origin hop the client could not replay itself (a streamed body).
                (
                    target.with_key(&self.key, http.request(next.clone(), to.clone())),
                    to,
                )
            };
            let builder = self
                .with_headers_and_body(builder, op, prepared, keeps_body)
                .await?;
            response = self
                .send_one(call, op, &hop_path, builder)
                .await
                // The first server received the request: never "nothing sent" from here on.
                .map_err(|stop| broken(&self.op_name(op), "the redirected request", stop))?;
            self.check_stayed(op, &sent_to, &response)?;
            method = next;
        }
        Ok(response)
    }

    /// Sends one request of kind `call` with its timeouts, logged.
    async fn send_one(
        &self,
        call: Call,
        op: &Operation,
        path: &str,
        builder: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Stop> {
        let builder = self.timeouts.apply(call, builder);
        let sent = crate::transport::trace::send(self.provider, op, path, builder);
        self.timeouts.reply(call, sent).await
    }

    /// Fails when the reply came from another origin than `sent_to`: the HTTP client followed a
    /// redirect there by itself (a caller's client that follows redirects), which grokvid's own pool
    /// never does. The request went as it was, so the key may have gone along; the error says how to
    /// build the client.
    fn check_stayed(
        &self,
        op: &Operation,
        sent_to: &reqwest::Url,
        response: &reqwest::Response,
    ) -> Result<(), Error> {
        if origin::same_origin(response.url(), sent_to) {
            return Ok(());
        }
        Err(Error::UnexpectedResponse {
            operation: self.op_name(op),
            http_status: response.status().as_u16(),
            reason: format!(
                "the HTTP client followed a redirect to {} by itself, so grokvid could not keep \
                 the API key from it; build the reqwest::Client given to \
                 ClientConfig::with_http_client with `.redirect(grokvid::http::redirect_policy())`",
                response.url().origin().ascii_serialization()
            ),
            body: String::new(),
        })
    }

    /// The operation's fixed headers, the request's header params, and its body when `with_body`.
    async fn with_headers_and_body(
        &self,
        mut builder: reqwest::RequestBuilder,
        op: &Operation,
        prepared: &Prepared,
        with_body: bool,
    ) -> Result<reqwest::RequestBuilder, Error> {
        for (name, value) in op.headers() {
            builder = builder.header(*name, *value);
        }
        for (name, value) in &prepared.params.headers {
            builder = builder.header(*name, value);
        }
        Ok(match &prepared.body {
            _ if !with_body => builder,
            Body::None => builder,
            Body::Json(bytes) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes.clone()),
            Body::Multipart => builder.multipart(self.multipart(op, &prepared.params).await?),
        })
    }

    async fn multipart(
        &self,
        op: &Operation,
        params: &Params,
    ) -> Result<reqwest::multipart::Form, Error> {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in &params.texts {
            form = form.text(*name, value.clone());
        }
        for (name, upload) in &params.files {
            let bytes = upload.read().await.map_err(|e| {
                Error::Config(format!(
                    "{}: cannot read upload `{}` for `{name}`: {e}",
                    self.op_name(op),
                    upload.file_name()
                ))
            })?;
            let part = reqwest::multipart::Part::bytes(bytes.to_vec())
                .file_name(upload.file_name().to_string())
                .mime_str(upload.mime())
                .map_err(|e| Error::Config(format!("bad media type: {e}")))?;
            form = form.part(*name, part);
        }
        Ok(form)
    }

    /// A connect failure provably sent nothing; anything later may have reached the vendor.
    fn transport_error(&self, op: &Operation, stop: Stop) -> Error {
        match stop {
            // reqwest errors can carry the URL, which may hold a query-string key: drop it.
            Stop::Broken(e) if e.is_builder() => {
                Error::Config(format!("{}: {}", self.op_name(op), e.without_url()))
            }
            stop => sent_or_not(self.op_name(op), stop),
        }
    }

    fn op_name(&self, op: &Operation) -> String {
        crate::reply::operation_name(self.provider, op)
    }
}

/// A failed GET of a video URL: a connect failure sent nothing.
fn video_error(operation: &str, stop: Stop) -> Error {
    sent_or_not(operation.to_string(), stop)
}

/// A request that got no reply: `NotSent` when it failed to connect (nothing left this machine),
/// else `MaybeSent`.
fn sent_or_not(operation: String, stop: Stop) -> Error {
    match stop {
        Stop::Broken(e) => {
            // reqwest errors can carry the URL, which may hold a query-string key: drop it.
            let e = e.without_url();
            if e.is_connect() {
                Error::NotSent {
                    operation,
                    reason: crate::transport::failure::reason(&e),
                }
            } else {
                Error::MaybeSent {
                    operation,
                    reason: crate::transport::failure::reason(&e),
                    timed_out: e.is_timeout(),
                }
            }
        }
        Stop::Silent(_) => Error::MaybeSent {
            operation,
            reason: format!("no reply: {}", stop.describe()),
            timed_out: true,
        },
    }
}

/// A request ready to send: params outside the body plus the encoded body.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub params: Params,
    pub body: Body,
}

#[derive(Debug, Clone)]
pub(crate) enum Body {
    None,
    Json(Bytes),
    Multipart,
}

/// Reads `R` from JSON keyed by wire names, validates it and prepares it for sending.
pub(crate) fn prepare_json<R>(json: serde_json::Value) -> Result<Prepared, Error>
where
    R: ApiRequest + DeserializeOwned,
{
    let request: R = serde_json::from_value(json).map_err(|e| {
        Error::Invalid(crate::Violation::new(R::operation().name(), e.to_string()).into())
    })?;
    Prepared::checked(&request).map(|(prepared, _)| prepared)
}

impl Prepared {
    /// Validates `request` and prepares it, without the fields its `then: drop` rules leave out;
    /// the warnings of its `warn`/`drop` rules are logged and returned.
    fn checked<R: ApiRequest>(request: &R) -> Result<(Prepared, Vec<Warning>), Error> {
        request.validate()?;
        let mut prepared = Prepared::of(request)?;
        let warnings = request.warnings();
        if warnings.is_empty() {
            return Ok((prepared, warnings));
        }
        let op = R::operation();
        crate::validate::rules::trace(op.name(), &warnings);
        let json = match &prepared.body {
            Body::Json(bytes) => Some(bytes.as_ref()),
            Body::None | Body::Multipart => None,
        };
        let body = without_dropped(op, &warnings, &mut prepared.params, json)
            .map_err(|e| Error::Config(format!("cannot encode the request body: {e}")))?;
        if let Some(bytes) = body {
            prepared.body = Body::Json(Bytes::from(bytes));
        }
        Ok((prepared, warnings))
    }

    fn of<R: ApiRequest>(request: &R) -> Result<Prepared, Error> {
        let op = R::operation();
        let params = Params::of(request);
        check_path_segments(&params)?;
        let body = match op.body() {
            BodyKind::None => Body::None,
            BodyKind::Multipart => Body::Multipart,
            BodyKind::Json => {
                Body::Json(Bytes::from(json_body(request).map_err(|e| {
                    Error::Config(format!("cannot encode the request body: {e}"))
                })?))
            }
        };
        Ok(Prepared { params, body })
    }
}

impl Prepared {
    /// A request for one task id, built from the operation's table alone (used by `query_task`).
    pub(crate) fn for_task(op: &Operation, id: &str) -> Result<Prepared, Error> {
        let field = op.task_id_param().ok_or_else(|| {
            Error::Config(format!("operation `{}` has no task id param", op.name()))
        })?;
        let mut params = Params::default();
        let mut json = crate::transport::nesting::Nested::default();
        let mut place = |wire: &'static str, location: ParamLocation, value: serde_json::Value| {
            let text = crate::json_path::as_text(&value).unwrap_or_default();
            match location {
                ParamLocation::Path => params.path.push((wire, text)),
                ParamLocation::Query => params.query.push((wire, text)),
                ParamLocation::Header => params.headers.push((wire, text)),
                ParamLocation::Body if op.body() == BodyKind::Multipart => {
                    params.texts.push((wire, text))
                }
                ParamLocation::Body => json.push(wire, value),
            }
        };
        place(field.wire(), field.location(), serde_json::Value::from(id));
        for c in op.consts() {
            place(
                c.wire(),
                c.location(),
                crate::json_path::scalar_json(&c.value()),
            );
        }
        check_path_segments(&params)?;
        let body = match op.body() {
            BodyKind::None => Body::None,
            BodyKind::Multipart => Body::Multipart,
            BodyKind::Json => {
                let bytes = match op.wrap() {
                    Some(key) => {
                        serde_json::to_vec(&std::collections::BTreeMap::from([(key, json)]))
                    }
                    None => serde_json::to_vec(&json),
                }
                .map_err(|e| Error::Config(format!("cannot encode the request body: {e}")))?;
                Body::Json(Bytes::from(bytes))
            }
        };
        Ok(Prepared { params, body })
    }
}

/// Refuses path values that percent-encoding cannot make safe: `.` and `..` are dot segments (a task
/// id `..` turns `/v1/videos/{id}` into `/v1/`, a call the user never meant, with the key), and an
/// empty value drops a segment.
pub(crate) fn check_path_segments(params: &Params) -> Result<(), Error> {
    for (name, value) in &params.path {
        if matches!(value.as_str(), "" | "." | "..") {
            return Err(Error::Invalid(
                crate::Violation::new(
                    *name,
                    format!(
                        "`{value}` cannot be sent as a path segment: it would change which URL is \
                         asked for"
                    ),
                )
                .into(),
            ));
        }
    }
    Ok(())
}

fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}
