//! Where a base URL points, decided on the parsed host: the API key travels over plain `http://` only
//! to this machine.

use crate::Error;
use crate::spec::Provider;
use std::net::IpAddr;

/// True when `url` names this machine: `localhost` (and `*.localhost`), `127.0.0.0/8`, `::1`, or an
/// IPv4-mapped loopback (`[::ffff:127.0.0.1]`). The host is read after WHATWG parsing, which already
/// turns `0x7f000001`, `2130706433` and `127.1` into `127.0.0.1`. `0.0.0.0` is not loopback: on some
/// systems it reaches the machine, but it names no host, so it is treated as remote.
pub fn is_loopback(url: &str) -> bool {
    reqwest::Url::parse(url).is_ok_and(|url| host_is_loopback(&url))
}

pub(crate) fn host_is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => ip.is_loopback(),
        Ok(IpAddr::V6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => {
            let host = host.trim_end_matches('.').to_ascii_lowercase();
            host == "localhost" || host.ends_with(".localhost")
        }
    }
}

/// The base URL, parsed and checked: http(s) only, and plain http only to loopback unless
/// `allow_insecure_http`. Nothing has been sent when this fails.
pub(crate) fn check_base_url(
    base_url: &str,
    allow_insecure_http: bool,
) -> Result<reqwest::Url, Error> {
    let url = reqwest::Url::parse(base_url).map_err(|e| {
        Error::Config(format!(
            "base URL `{base_url}` is not a URL: {e}; write it as http(s)://HOST[:PORT][/PATH], \
             a port from 1 to 65535"
        ))
    })?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if allow_insecure_http || host_is_loopback(&url) => Ok(url),
        "http" => Err(Error::Config(format!(
            "base URL `{base_url}` is plain http to a host that is not this machine: the API key \
             would travel unencrypted. Use https, or allow it explicitly (--allow-insecure-http, \
             ClientConfig::allow_insecure_http)"
        ))),
        _ => Err(Error::Config(format!(
            "base URL `{base_url}` must start with http:// or https://"
        ))),
    }
}

/// True when `a` and `b` are on one origin (scheme, host, port), compared without building
/// `Origin`s: this runs on every reply.
pub(crate) fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// The host of a URL, lowercased, for comparing where a handle points with where the spec does.
pub(crate) fn host_of(url: &str) -> Option<String> {
    reqwest::Url::parse(url)
        .ok()?
        .host_str()
        .map(str::to_ascii_lowercase)
}

/// A handle's base URL is trusted when its host is the spec's, this machine's, or that of the base URL
/// the user passed; any other host would receive the key on the word of whoever wrote the handle.
pub(crate) fn check_handle_host(
    provider: &Provider,
    handle_base_url: &str,
    confirmed: Option<&str>,
) -> Result<(), Error> {
    let host = host_of(handle_base_url);
    let trusted = host.is_some()
        && (host == host_of(provider.base_url())
            || confirmed.is_some_and(|url| host_of(url) == host)
            || is_loopback(handle_base_url));
    if trusted {
        return Ok(());
    }
    Err(Error::Config(format!(
        "the handle points at `{handle_base_url}`, which is not {}'s host ({}): the API key would be \
         sent there. If you trust that server, confirm it with --base-url {handle_base_url}",
        provider.id(),
        provider.base_url()
    )))
}

/// Like [`check_handle_host`], for the handle's URL of the spec's named host `name`: trusted when its
/// host is that host's in the spec, this machine's, or that of the URL the user gave for it.
pub(crate) fn check_named_host(
    provider: &Provider,
    name: &str,
    handle_url: &str,
    confirmed: Option<&str>,
) -> Result<(), Error> {
    let declared = provider.host(name).map(|h| h.base_url()).ok_or_else(|| {
        Error::Config(format!(
            "the handle names host `{name}`, which {} does not declare",
            provider.id()
        ))
    })?;
    let host = host_of(handle_url);
    let trusted = host.is_some()
        && (host == host_of(declared)
            || confirmed.is_some_and(|url| host_of(url) == host)
            || is_loopback(handle_url));
    if trusted {
        return Ok(());
    }
    Err(Error::Config(format!(
        "the handle sends {}'s host `{name}` to `{handle_url}`, which is not the spec's: the API key \
         would be sent there. If you trust that server, confirm it with \
         ClientConfig::with_host(\"{name}\", \"{handle_url}\") (--host {name}={handle_url})",
        provider.id()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_decided_on_the_parsed_host() {
        for url in [
            "http://127.0.0.1:8700",
            "http://127.1/",
            "http://0x7f000001/",
            "http://2130706433:9/",
            "http://127.255.0.9",
            "http://localhost/x",
            "http://LOCALHOST./x",
            "http://sim.localhost:1",
            "http://[::1]:80/",
            "http://[::ffff:127.0.0.1]/",
        ] {
            assert!(is_loopback(url), "{url}");
        }
        for url in [
            "http://0.0.0.0:8700",
            "http://[::]/",
            "https://api.x.ai",
            "http://127x.example",
            "http://127.0.0.1.example.com",
            "http://localhost.example.com",
            "http://10.0.0.1",
            "http://[::ffff:10.0.0.1]/",
            "not a url",
        ] {
            assert!(!is_loopback(url), "{url}");
        }
    }

    #[test]
    fn plain_http_needs_loopback_or_an_explicit_opt_in() {
        assert!(check_base_url("https://api.example.com", false).is_ok());
        assert!(check_base_url("http://127.1:9/v1", false).is_ok());
        let refused = check_base_url("http://0.0.0.0:9", false).unwrap_err();
        assert!(refused.to_string().contains("unencrypted"), "{refused}");
        assert!(check_base_url("http://api.example.com", false).is_err());
        assert!(check_base_url("http://api.example.com", true).is_ok());
        assert!(check_base_url("ftp://api.example.com", true).is_err());
    }
}
