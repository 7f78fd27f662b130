//! The API key where the spec puts it. A header key is built into its header once, when the client is
//! made: formatting `prefix + key` and checking the header's name and value on every request cost
//! more than the rest of building the request.

use crate::ApiKey;
use crate::spec::{Auth, AuthLocation};
use reqwest::header::{HeaderName, HeaderValue};
use std::fmt;

/// How a client adds its key to a request.
#[derive(Clone)]
pub(crate) struct KeyHeader {
    /// The header, built once; `None` for a query key, or a name or key no header can hold (then
    /// each request builds it as before, and reqwest reports the bad header when it is sent).
    built: Option<(HeaderName, HeaderValue)>,
}

impl KeyHeader {
    pub(crate) fn new(auth: &Auth, key: &ApiKey) -> KeyHeader {
        let built = match auth.location() {
            AuthLocation::Header => {
                let name = HeaderName::from_bytes(auth.name().as_bytes()).ok();
                let value = HeaderValue::try_from(format!("{}{}", auth.prefix(), key.expose()))
                    .ok()
                    .map(|mut value| {
                        // Kept out of Debug output and of HTTP/2 header compression tables.
                        value.set_sensitive(true);
                        value
                    });
                name.zip(value)
            }
            AuthLocation::Query => None,
        };
        KeyHeader { built }
    }

    /// `builder` with the key where `auth` puts it.
    pub(crate) fn apply(
        &self,
        auth: &Auth,
        key: &ApiKey,
        builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        if let Some((name, value)) = &self.built {
            return builder.header(name.clone(), value.clone());
        }
        let secret = format!("{}{}", auth.prefix(), key.expose());
        match auth.location() {
            AuthLocation::Header => builder.header(auth.name(), secret),
            AuthLocation::Query => builder.query(&[(auth.name(), secret)]),
        }
    }
}

/// Never the key: a client's Debug output includes this.
impl fmt::Debug for KeyHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeyHeader(***)")
    }
}
