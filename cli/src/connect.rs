//! Which server a command talks to: the vendor when a key is configured, otherwise the built-in
//! simulator (said on stderr). Status, wait and download reach the server a handle names.

use crate::keys;
use grokvid::spec::Provider;
use grokvid::{ApiKey, ClientConfig, Error, HttpClient, WaitOptions};
use std::time::Duration;

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
) -> Result<Connection, Error> {
    let key = keys::lookup(provider).map_err(Error::Config)?;
    match (key, base_url) {
        (Some(found), _) if !force_simulator => {
            eprintln!("{}: using the key from {}", provider.id, found.source);
            Ok(Connection {
                client: client(provider, found.key, base_url)?,
                simulator: None,
            })
        }
        (_, Some(url)) if !force_simulator => Ok(Connection {
            client: client(provider, local_key(provider, url)?, Some(url))?,
            simulator: None,
        }),
        _ => {
            let simulator = grokvid_sim::Simulator::start(provider, demo_config())
                .map_err(|e| Error::Config(format!("cannot start the simulator: {e}")))?;
            if force_simulator {
                eprintln!(
                    "using the built-in {} simulator at {}",
                    provider.name,
                    simulator.base_url()
                );
            } else {
                eprintln!(
                    "no key configured for {} (${} or {}): using the built-in {} simulator at {}",
                    provider.id,
                    provider.auth.env,
                    shown_config_path(),
                    provider.name,
                    simulator.base_url()
                );
            }
            let client = HttpClient::new(
                provider,
                ApiKey::new(simulator.api_key()),
                ClientConfig::default().with_base_url(simulator.base_url()),
            )?;
            Ok(Connection {
                client,
                simulator: Some(simulator),
            })
        }
    }
}

/// A client for a task at `base_url` (from a handle or `--base-url`).
pub fn reach(provider: &'static Provider, base_url: &str) -> Result<HttpClient, Error> {
    let key = match keys::lookup(provider).map_err(Error::Config)? {
        Some(found) => {
            eprintln!("{}: using the key from {}", provider.id, found.source);
            found.key
        }
        None => local_key(provider, base_url)?,
    };
    client(provider, key, Some(base_url))
}

fn client(
    provider: &'static Provider,
    key: ApiKey,
    base_url: Option<&str>,
) -> Result<HttpClient, Error> {
    let config = ClientConfig {
        base_url: base_url.map(str::to_string),
        ..ClientConfig::default()
    };
    HttpClient::new(provider, key, config)
}

/// With no key, only a server on this machine is reached: a simulator, whose default key is used.
fn local_key(provider: &Provider, base_url: &str) -> Result<ApiKey, Error> {
    if is_loopback(base_url) {
        eprintln!(
            "no key configured for {}: taking {base_url} as a local simulator (key sim-key)",
            provider.id
        );
        return Ok(ApiKey::new(grokvid_sim::SimConfig::default().api_key));
    }
    Err(Error::Config(format!(
        "no key for {}: set ${} or add `{} = \"...\"` to {}",
        provider.id,
        provider.auth.env,
        provider.id,
        shown_config_path()
    )))
}

fn shown_config_path() -> String {
    keys::config_path().map_or_else(
        || "a key file ($GROKVID_CONFIG)".to_string(),
        |p| p.display().to_string(),
    )
}

/// `http://127.0.0.1:…`, `http://localhost…`, `http://[::1]…`.
pub fn is_loopback(url: &str) -> bool {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or(url);
    let host = if let Some(v6) = rest.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        rest.split(['/', ':']).next().unwrap_or("")
    };
    host == "localhost" || host == "::1" || host.starts_with("127.")
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

/// The provider with this id, or an error listing them all.
pub fn find_provider(id: &str) -> Result<&'static Provider, Error> {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id == id)
        .ok_or_else(|| {
            let ids: Vec<&str> = grokvid::providers::ALL.iter().map(|p| p.id).collect();
            Error::Config(format!(
                "no provider `{id}`; built-in providers: {}",
                ids.join(", ")
            ))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn loopback_hosts() {
        for url in [
            "http://127.0.0.1:8700",
            "http://localhost/x",
            "http://[::1]:80/",
        ] {
            assert!(super::is_loopback(url), "{url}");
        }
        for url in ["https://api.x.ai", "http://127x.example", "http://10.0.0.1"] {
            assert!(!super::is_loopback(url), "{url}");
        }
    }
}
