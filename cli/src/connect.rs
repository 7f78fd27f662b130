//! Which server a command talks to: the vendor when a key is configured, otherwise the built-in
//! simulator (said on stderr). Status, wait and download reach the server a handle names.

use crate::keys;
use grokvid::Provider;
use grokvid::rt::transport::{DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_REPLY_BYTES};
use grokvid::{ApiKey, ClientConfig, Error, HttpClient, TaskHandle, WaitOptions};
use std::time::Duration;

/// Decided on the parsed host: `0x7f000001` is loopback, `0.0.0.0` is not.
pub use grokvid::rt::transport::is_loopback;

/// Limits and safety switches of every command that talks to a server.
#[derive(clap::Args, Debug, Clone)]
pub struct TransportArgs {
    /// Largest API reply read, in bytes; a longer one is an error (a create: "may have been sent").
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_REPLY_BYTES)]
    max_reply_bytes: u64,
    /// Largest video saved, in bytes; a larger one is refused, leaving no file.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_DOWNLOAD_BYTES)]
    max_download_bytes: u64,
    /// Longest time one download may take in all, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = grokvid::rt::transport::DEFAULT_DOWNLOAD_TIMEOUT.as_secs())]
    download_timeout: u64,
    /// Send the API key over plain http:// to a host that is not this machine (it travels
    /// unencrypted; refused without this flag).
    #[arg(long)]
    allow_insecure_http: bool,
    /// The base URL of one of the spec's named hosts (`hosts:`), as NAME=URL; repeatable. Needed
    /// for a host the spec gives no URL, and to confirm a handle's host that is not the spec's.
    #[arg(long = "host", value_name = "NAME=URL", value_parser = named_host)]
    hosts: Vec<(String, String)>,
}

/// `NAME=URL` of `--host`.
fn named_host(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, url)) if !name.trim().is_empty() && !url.trim().is_empty() => {
            Ok((name.trim().to_string(), url.trim().to_string()))
        }
        _ => Err(format!(
            "`{text}` is not NAME=URL (e.g. files=https://files.example.com)"
        )),
    }
}

impl TransportArgs {
    fn config(&self, base_url: Option<&str>) -> ClientConfig {
        let config = ClientConfig {
            base_url: base_url.map(str::to_string),
            ..ClientConfig::default()
        }
        .with_max_reply_bytes(self.max_reply_bytes)
        .with_max_download_bytes(self.max_download_bytes)
        .with_download_timeout(Duration::from_secs(self.download_timeout))
        .allow_insecure_http(self.allow_insecure_http);
        self.hosts
            .iter()
            .fold(config, |config, (name, url)| config.with_host(name, url))
    }
}

/// A client, and the simulator it talks to when one was started (stopped when dropped).
pub struct Connection {
    pub client: HttpClient,
    pub simulator: Option<grokvid_sim::Simulator>,
}

impl Connection {
    /// True when the server is on this machine (the built-in simulator or a local one).
    pub fn is_local(&self) -> bool {
        self.simulator.is_some() || is_loopback(self.client.base_url())
    }
}

/// The vendor (or `base_url`) with the configured key; with no key, a local `base_url` is taken as a
/// simulator (key `sim-key`), and no `base_url` starts the built-in simulator.
pub fn connect(
    provider: &'static Provider,
    base_url: Option<&str>,
    force_simulator: bool,
    transport: &TransportArgs,
) -> Result<Connection, Error> {
    let key = keys::lookup(provider).map_err(Error::Config)?;
    match (key, base_url) {
        (Some(found), _) if !force_simulator => {
            let client = HttpClient::new(provider, found.key, transport.config(base_url))?;
            eprintln!("{}: using the key from {}", provider.id(), found.source);
            Ok(Connection {
                client,
                simulator: None,
            })
        }
        (_, Some(url)) if !force_simulator => Ok(Connection {
            client: HttpClient::new(
                provider,
                local_key(provider, url)?,
                transport.config(Some(url)),
            )?,
            simulator: None,
        }),
        _ => {
            let simulator = grokvid_sim::Simulator::start(provider, demo_config())
                .map_err(|e| Error::Config(format!("cannot start the simulator: {e}")))?;
            if force_simulator {
                eprintln!(
                    "using the built-in {} simulator at {}",
                    provider.name(),
                    simulator.base_url()
                );
            } else {
                eprintln!(
                    "no key configured for {} (${} or {}): using the built-in {} simulator at {}",
                    provider.id(),
                    provider.auth().env(),
                    shown_config_path(),
                    provider.name(),
                    simulator.base_url()
                );
            }
            let client = HttpClient::new(
                provider,
                ApiKey::new(simulator.api_key()),
                simulator.configure(transport.config(None)),
            )?;
            Ok(Connection {
                client,
                simulator: Some(simulator),
            })
        }
    }
}

/// A client for the task behind `handle`. Its base URL is only trusted when it is the spec's, on
/// this machine, or `confirmed` (the user's `--base-url`): see [`HttpClient::resume`].
pub fn reach(
    handle: &TaskHandle,
    confirmed: Option<&str>,
    transport: &TransportArgs,
) -> Result<HttpClient, Error> {
    let provider = find_provider(&handle.provider)?;
    let (key, source) = match keys::lookup(provider).map_err(Error::Config)? {
        Some(found) => (found.key, Some(found.source)),
        None => (local_key(provider, &handle.base_url)?, None),
    };
    let providers = crate::catalog::get().all();
    let client = HttpClient::resume_among(&providers, handle, key, transport.config(confirmed))?;
    if let Some(source) = source {
        eprintln!("{}: using the key from {source}", provider.id());
    }
    Ok(client)
}

/// With no key, only a server on this machine is reached: a simulator, whose default key is used.
fn local_key(provider: &Provider, base_url: &str) -> Result<ApiKey, Error> {
    if is_loopback(base_url) {
        eprintln!(
            "no key configured for {}: taking {base_url} as a local simulator (key sim-key)",
            provider.id()
        );
        return Ok(ApiKey::new(grokvid_sim::SimConfig::default().api_key));
    }
    Err(Error::Config(format!(
        "no key for {}: set ${} or add `{} = \"...\"` to {}",
        provider.id(),
        provider.auth().env(),
        provider.id(),
        shown_config_path()
    )))
}

fn shown_config_path() -> String {
    keys::config_path().map_or_else(
        || "a key file ($GROKVID_CONFIG)".to_string(),
        |p| p.display().to_string(),
    )
}

/// Polling: the vendor's pacing for real vendors, quick polls (still above the spec's minimum
/// interval) for local servers.
pub fn wait_options(provider: &Provider, local: bool, timeout: Duration) -> WaitOptions {
    let base = if local {
        WaitOptions::quick(timeout)
    } else {
        WaitOptions::for_provider(provider)
    };
    WaitOptions { timeout, ..base }
}

/// A few seconds of queue and rendering, so the progress display has something to show.
fn demo_config() -> grokvid_sim::SimConfig {
    grokvid_sim::SimConfig {
        clock: grokvid_sim::Clock::Realistic {
            queued: Duration::from_secs(1),
            processing: Duration::from_secs(4),
        },
        ..grokvid_sim::SimConfig::default()
    }
}

/// The provider with this id (built-in, from the specs folder or a --spec file), or an error listing
/// them all.
pub fn find_provider(id: &str) -> Result<&'static Provider, Error> {
    crate::catalog::get().find(id)
}
