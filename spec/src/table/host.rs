//! Named hosts: operations a vendor serves from another base URL than its API's (a queue host and a
//! synchronous host, a file host for downloads).

/// A named host of a provider (`hosts:` in the spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Host {
    name: &'static str,
    base_url: &'static str,
}

impl Host {
    /// The host `name` at `base_url` (`""`: no default; the user must give one).
    pub const fn new(name: &'static str, base_url: &'static str) -> Host {
        Host { name, base_url }
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
