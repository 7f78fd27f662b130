//! Picking a task up again from its handle, in this or another process: the handle read back from
//! its JSON, and a client for the provider and base URL it names.

use crate::task::handle::TaskHandle;
use crate::transport::http::origin::check_handle_host;
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
    pub fn resume(
        handle: &TaskHandle,
        key: ApiKey,
        config: ClientConfig,
    ) -> Result<HttpClient, Error> {
        let provider = crate::providers::ALL
            .iter()
            .copied()
            .find(|p| p.id() == handle.provider)
            .ok_or_else(|| {
                Error::Config(format!(
                    "the handle names an unknown provider `{}`",
                    handle.provider
                ))
            })?;
        check_handle_host(provider, &handle.base_url, config.base_url.as_deref())?;
        HttpClient::new(provider, key, config.with_base_url(handle.base_url.clone()))
    }
}
