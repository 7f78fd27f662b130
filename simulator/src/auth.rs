//! The key check, the spec's way: a header holding prefix + key, or a query parameter.

use crate::incoming::Incoming;
use grokvid::spec::{Auth, AuthLocation};

/// True when the request carries exactly `prefix + key` where the spec puts the key.
pub(crate) fn authorized(auth: &Auth, incoming: &Incoming, key: &str) -> bool {
    let expected = format!("{}{key}", auth.prefix());
    let sent = match auth.location() {
        AuthLocation::Header => incoming.header_values(auth.name()),
        AuthLocation::Query => incoming.query_values(auth.name()),
    };
    sent.iter()
        .any(|value| same(value.as_bytes(), expected.as_bytes()))
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
