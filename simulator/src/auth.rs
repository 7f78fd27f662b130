//! The key check, the spec's way: a header holding prefix + key (the prefix the client sends or one
//! the vendor also takes), or a query parameter; and nowhere else.

use crate::incoming::Incoming;
use grokvid::spec::{Auth, AuthLocation};

/// True when the request carries exactly `prefix + key` where the spec puts the key, with its
/// `prefix` or one of the prefixes it `accept`s.
pub(crate) fn authorized(auth: &Auth, incoming: &Incoming, key: &str) -> bool {
    let sent = match auth.location() {
        AuthLocation::Header => incoming.header_values(auth.name()),
        AuthLocation::Query => incoming.query_values(auth.name()),
    };
    std::iter::once(auth.prefix())
        .chain(auth.accept().iter().copied())
        .any(|prefix| {
            let expected = format!("{prefix}{key}");
            sent.iter()
                .any(|value| same(value.as_bytes(), expected.as_bytes()))
        })
}

/// What one request carried, as a test reads it: the header names (lower case) and where the key sat
/// (header names, `?name` for query parameters). The key's value itself is never kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen {
    /// Every header name the request carried.
    pub headers: Vec<String>,
    /// Every header or query parameter holding the key, with or without a prefix.
    pub key_in: Vec<String>,
}

impl Seen {
    pub(crate) fn of(incoming: &Incoming, key: &str) -> Seen {
        let mut seen = Seen::default();
        for (name, value) in &incoming.headers {
            if !seen.headers.iter().any(|n| n == name.as_str()) {
                seen.headers.push(name.to_string());
            }
            if !key.is_empty() && value.to_str().is_ok_and(|v| v.contains(key)) {
                seen.key_in.push(name.to_string());
            }
        }
        for (name, value) in &incoming.query {
            if !key.is_empty() && value.contains(key) {
                seen.key_in.push(format!("?{name}"));
            }
        }
        seen
    }

    /// A place other than the one `auth` names that carries the key: the key went where this host
    /// does not take it.
    pub(crate) fn stray_key(&self, auth: &Auth) -> Option<&str> {
        let own = match auth.location() {
            AuthLocation::Header => auth.name().to_ascii_lowercase(),
            AuthLocation::Query => format!("?{}", auth.name()),
        };
        self.key_in.iter().map(String::as_str).find(|p| *p != own)
    }
}

/// The first of the provider's constant headers the request lacks (or carries with another value).
pub(crate) fn missing_app_header(
    headers: &[(&'static str, &'static str)],
    incoming: &Incoming,
) -> Option<(&'static str, &'static str)> {
    headers
        .iter()
        .copied()
        .find(|(name, value)| !incoming.header_values(name).iter().any(|v| v == value))
}

/// Compares without stopping at the first difference (habit for secrets; cheap here).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_whole_values() {
        assert!(same(b"Bearer k", b"Bearer k"));
        assert!(!same(b"Bearer k", b"Bearer x"));
        assert!(!same(b"Bearer", b"Bearer k"));
    }
}
