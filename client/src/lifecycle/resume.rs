//! Picking a task up again from its handle, in this or another process: the handle read back from
//! its JSON, and a client for the provider and base URL it names.

use crate::task::handle::TaskHandle;
use crate::transport::http::origin::{check_handle_host, check_named_host};
use crate::{ApiKey, ClientConfig, Error, HttpClient};

impl TaskHandle {
    /// A handle from [`TaskHandle::to_json`]'s text; anything else is a configuration error.
    pub fn from_json(text: &str) -> Result<TaskHandle, Error> {
        serde_json::from_str(text).map_err(|e| Error::Config(format!("not a task handle: {e}")))
    }
}

impl HttpClient {
    /// A client for the task behind a handle: its provider and base URL, this key and settings.
    /// Handles are shared files, so the key only goes where the user meant: the handle's host must
    /// be the spec's, this machine's, or that of `config.base_url` (the user's confirmation);
    /// otherwise nothing is sent.
    ///
    /// The handle's provider is looked up among the built-in ones; a provider of your own (made with
    /// `grokvid::provider!`) resumes with [`HttpClient::resume_with`] or its `Client::resume`.
    pub fn resume(
        handle: &TaskHandle,
        key: ApiKey,
        config: ClientConfig,
    ) -> Result<HttpClient, Error> {
        HttpClient::resume_among(crate::providers::ALL, handle, key, config)
    }

    /// Like [`HttpClient::resume`], with the handle's provider looked up among `providers`.
    pub fn resume_among(
        providers: &[&'static crate::Provider],
        handle: &TaskHandle,
        key: ApiKey,
        config: ClientConfig,
    ) -> Result<HttpClient, Error> {
        let provider = providers
            .iter()
            .copied()
            .find(|p| p.id() == handle.provider)
            .ok_or_else(|| {
                Error::Config(format!(
                    "the handle names an unknown provider `{}`",
                    handle.provider
                ))
            })?;
        HttpClient::resume_with(provider, handle, key, config)
    }

    /// Like [`HttpClient::resume`], for a handle of `provider` (any provider, built-in or not); a
    /// handle of another provider is refused.
    pub fn resume_with(
        provider: &'static crate::Provider,
        handle: &TaskHandle,
        key: ApiKey,
        config: ClientConfig,
    ) -> Result<HttpClient, Error> {
        if handle.provider != provider.id() {
            return Err(Error::Config(format!(
                "the handle is for provider `{}`, not `{}`",
                handle.provider,
                provider.id()
            )));
        }
        check_handle_host(provider, &handle.base_url, config.base_url.as_deref())?;
        let mut config = config;
        for (name, url) in &handle.hosts {
            check_named_host(
                provider,
                name,
                url,
                config.hosts.get(name).map(String::as_str),
            )?;
            config.hosts.insert(name.clone(), url.clone());
        }
        check_links(handle)?;
        HttpClient::new(provider, key, config.with_base_url(handle.base_url.clone()))
    }
}

/// Every link of the handle is an absolute http(s) URL: a handle file may have been edited.
fn check_links(handle: &TaskHandle) -> Result<(), Error> {
    for (name, url) in &handle.links {
        let usable = reqwest::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
        if !usable {
            return Err(Error::Config(format!(
                "the handle's `{name}` link is not an http(s) URL"
            )));
        }
    }
    Ok(())
}
