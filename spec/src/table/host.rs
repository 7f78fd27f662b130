//! Named hosts: operations a vendor serves from another base URL than its API's (a queue host and a
//! synchronous host, a file host for downloads), each with where the key goes there.

use super::Auth;

/// A named host of a provider (`hosts:` in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Host {
    name: &'static str,
    base_url: &'static str,
    auth: Option<Auth>,
}

impl Host {
    /// The host `name` at `base_url` (`""`: no default; the user must give one).
    pub const fn new(name: &'static str, base_url: &'static str) -> Host {
        Host {
            name,
            base_url,
            auth: None,
        }
    }

    /// The key goes where `auth` says on this host (`X-API-Key` on a file host).
    pub const fn with_auth(mut self, auth: Auth) -> Host {
        self.auth = Some(auth);
        self
    }

    /// Where the key goes on this host; `None`: as the provider's `auth` says.
    pub const fn auth(&self) -> Option<&Auth> {
        self.auth.as_ref()
    }

    /// The name operations use (`host: files`).
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Its default base URL; empty when the spec knows none.
    pub const fn base_url(&self) -> &'static str {
        self.base_url
    }
}
