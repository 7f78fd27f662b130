//! `ApiKey`: the vendor key, which never appears in Debug, Display, errors or logs.

use crate::Error;
use std::fmt;

/// An API key. Its Debug and Display print `ApiKey(***)`; only the transport reads the value.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> ApiKey {
        ApiKey(key.into())
    }

    /// Reads the key from an environment variable; a missing or empty variable is an error naming it.
    pub fn from_env(var: &str) -> Result<ApiKey, Error> {
        match std::env::var(var) {
            Ok(key) if !key.trim().is_empty() => Ok(ApiKey(key.trim().to_string())),
            _ => Err(Error::Config(format!(
                "no API key: set the environment variable {var}"
            ))),
        }
    }

    /// True when the key can be sent as it is: not empty, no spaces or control characters (checked
    /// before a paid call, so a mangled key fails before anything is sent).
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty() && !self.0.chars().any(|c| c.is_whitespace() || c.is_control())
    }

    /// The secret itself, for the transport only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}
