//! A fake vendor on loopback that plays any grokvid provider from its `&'static Provider` tables alone.
//!
//! Nothing here knows a vendor: routes come from the operations' method and path templates, auth from
//! `provider.auth`, request checks from the same runtime code the client uses ([`grokvid::limits`],
//! [`grokvid::rules`], [`grokvid::rt::validate::json_from_parts`]), and replies are built by inverting each
//! operation's task mapping and verified with [`grokvid::rt::reply::normalize`]. A new spec file therefore gets
//! a working simulator without any Rust change.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use grokvid_sim::{Fault, SimConfig, Simulator};
//! let provider = grokvid::providers::ALL[0];
//! let sim = Simulator::start(provider, SimConfig::default())?;
//! sim.inject("query", Fault::Status { code: 429, retry_after: Some(1) }, 1);
//! let client = grokvid::HttpClient::new(
//!     provider,
//!     grokvid::ApiKey::new(sim.api_key()),
//!     grokvid::ClientConfig::default().with_base_url(sim.base_url()),
//! )?;
//! # let _ = client; Ok(()) }
//! ```
//!
//! Task clock: with [`Clock::Instant`] a created task is queued, the first poll sees it processing at 50 %,
//! and every later poll sees it completed. [`Clock::Realistic`] moves on wall-clock time instead.

mod auth;
mod clock;
mod errors;
mod faults;
mod fill;
mod handler;
pub mod hostile;
mod hosts;
mod images;
mod incoming;
mod invert;
pub mod kit;
mod links;
mod reply;
mod routes;
mod server;
mod shape;
mod state;
mod time;
mod validate;
mod video;
mod visibility;

pub use visibility::{COUNTERS_PATH, ReceivedRequest, RequestObserver};

pub use clock::Clock;

/// The providers named by id (`all` for every built-in one), each once, in the order given: what the
/// `grokvid-sim` and `grokvid simulate` commands serve.
pub fn select_providers(ids: &[String]) -> Result<Vec<&'static Provider>, String> {
    let all = grokvid::providers::ALL;
    let mut out: Vec<&'static Provider> = Vec::new();
    for id in ids {
        let found: Vec<&'static Provider> = if id == "all" {
            all.to_vec()
        } else {
            let p = all.iter().copied().find(|p| p.id() == id).ok_or_else(|| {
                let known: Vec<&str> = all.iter().map(|p| p.id()).collect();
                format!("unknown provider `{id}` (known: {}, all)", known.join(", "))
            })?;
            vec![p]
        };
        for p in found {
            if !out.iter().any(|q| q.id() == p.id()) {
                out.push(p);
            }
        }
    }
    Ok(out)
}
pub use auth::Seen;
pub use faults::{Fault, FaultFlag};
pub use links::LINK;

use grokvid::Provider;
use std::net::SocketAddr;
use std::sync::Arc;

/// Settings of one simulated vendor.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// The only key accepted (sent the spec's way: header with prefix, or query parameter).
    pub api_key: String,
    /// How tasks move from queued to completed.
    pub clock: Clock,
    /// Path prefix the operations are served under; `None` uses the path of the spec's base URL
    /// (`/kyyReactApiServer` for a base of `https://host/kyyReactApiServer`), like the real vendor.
    pub base_path: Option<String>,
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Largest request body accepted; larger ones get a 413 in the vendor's error shape.
    pub max_body_bytes: usize,
    /// Serve a synthetic video of this many bytes instead of the built-in sample: a fixed byte pattern
    /// generated while it is sent, never held in memory (download benchmarks of any size). `None`
    /// serves the sample MP4.
    pub video_size: Option<u64>,
    /// Called once per request answered (method, path, status), e.g. to print it.
    pub on_request: Option<RequestObserver>,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            api_key: "sim-key".to_string(),
            clock: Clock::Instant,
            base_path: None,
            port: 0,
            max_body_bytes: 32 * 1024 * 1024,
            video_size: None,
            on_request: None,
        }
    }
}

/// A running simulated vendor; the server stops when this is dropped.
pub struct Simulator {
    shared: Arc<state::Shared>,
    server: server::Server,
    /// One per named host of the spec, same order as `shared.hosts`.
    _hosts: Vec<server::Server>,
}

impl Simulator {
    /// Binds 127.0.0.1 (port from the config, 0 = any) and serves `provider` on a background thread with
    /// its own runtime, so it works from sync code and from any async runtime alike.
    pub fn start(provider: &'static Provider, config: SimConfig) -> std::io::Result<Simulator> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", config.port))?;
        let addr = listener.local_addr()?;
        // Named hosts take any free port: only the base URL's is the user's to choose.
        let mut named = Vec::new();
        for host in provider.hosts() {
            named.push((host, std::net::TcpListener::bind(("127.0.0.1", 0))?));
        }
        let served = named
            .iter()
            .map(|(host, listener)| {
                Ok(hosts::Served {
                    name: host.name(),
                    origin: format!("http://{}", listener.local_addr()?),
                    base_path: state::normalize_base(&state::path_of(host.base_url())),
                })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        let shared = Arc::new(state::Shared::new(provider, config, addr, served));
        let server = server::Server::spawn(listener, shared.clone(), None)?;
        let hosts = named
            .into_iter()
            .map(|(host, listener)| {
                server::Server::spawn(listener, shared.clone(), Some(host.name()))
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Simulator {
            shared,
            server,
            _hosts: hosts,
        })
    }

    /// Where a client should point: the origin plus the base path (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("{}{}", self.shared.origin, self.shared.base_path)
    }

    /// Where the spec's named host `name` (`hosts:`) is served, like [`Simulator::base_url`].
    pub fn host_url(&self, name: &str) -> Option<String> {
        self.shared
            .hosts
            .iter()
            .find(|h| h.name == name)
            .map(|h| format!("{}{}", h.origin, h.base_path))
    }

    /// `config` pointed at this simulator: its base URL and every named host.
    pub fn configure(&self, config: grokvid::ClientConfig) -> grokvid::ClientConfig {
        let mut config = config.with_base_url(self.base_url());
        for host in &self.shared.hosts {
            config = config.with_host(host.name, format!("{}{}", host.origin, host.base_path));
        }
        config
    }

    /// The key the simulator accepts.
    pub fn api_key(&self) -> &str {
        &self.shared.config.api_key
    }

    /// The provider being played.
    pub fn provider(&self) -> &'static Provider {
        self.shared.provider
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// Requests received so far on `route` (an operation name, or `"video"`), whatever their outcome.
    pub fn requests(&self, route: &str) -> usize {
        self.shared.requests(route)
    }

    /// The fields of the last request on operation `route` that passed the simulator's checks, by wire
    /// name (path, query and header params included, constants left out), exactly as it read them.
    pub fn last_read(&self, route: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
        self.shared.last_read(route)
    }

    /// Requests received so far per route, the JSON that `GET` [`COUNTERS_PATH`] answers.
    pub fn counters(&self) -> serde_json::Value {
        visibility::counters(&self.shared)
    }

    /// Makes the next `times` requests on `route` (an operation name, or `"video"`) suffer `fault`.
    /// Faults queue up per route; each request consumes at most one.
    pub fn inject(&self, route: &str, fault: Fault, times: usize) {
        self.shared.faults.push(route, fault, times);
    }

    /// TCP connections accepted so far (a client that reuses its connection opens one).
    pub fn connections(&self) -> usize {
        self.shared
            .connections
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The MP4 served for every completed task (the sample: with [`SimConfig::video_size`] set, the
    /// served bytes are [`Simulator::synthetic_video_byte`]s instead).
    pub fn video_bytes(&self) -> bytes::Bytes {
        video::sample()
    }

    /// The byte at `offset` of the synthetic video served when [`SimConfig::video_size`] is set.
    pub fn synthetic_video_byte(offset: u64) -> u8 {
        video::pattern_byte(offset)
    }

    /// The last request on operation `route`, whatever its outcome: its header names and where it
    /// carried the API key, so a test sees which header reached which host.
    pub fn last_seen(&self, route: &str) -> Option<Seen> {
        self.shared.last_seen(route)
    }

    /// Per request on a URL the simulator handed back (`links:`), in order: whether it carried the
    /// API key, so a test sees where the key went.
    pub fn link_requests(&self) -> Vec<bool> {
        self.shared.link_requests()
    }

    /// The absolute URL of a task's video (what completed task replies carry).
    pub fn video_url(&self, task_id: &str) -> String {
        self.shared.video_url(task_id)
    }
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("provider", &self.shared.provider.id())
            .field("base_url", &self.base_url())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    /// Tests share simulators across tasks and threads.
    #[test]
    fn simulator_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<super::Simulator>();
        check::<super::SimConfig>();
        check::<super::Fault>();
    }
}
