//! `ApiKey`: the vendor key, which never appears in Debug, Display, errors or logs.

use crate::Error;
use std::borrow::Cow;
use std::fmt;

/// Vendor text that repeats this many leading bytes of the key (or all of a shorter key) is taken to
/// be echoing it: a vendor that cuts the key short in a message still leaks most of it.
const ECHO_MIN: usize = 8;

/// An API key. Its Debug and Display print `ApiKey(***)`; only the transport reads the value.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// A key from its text.
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

    /// `text` with every echo of the key replaced by `***`: the whole key (so `Bearer KEY` too) and
    /// any start of it of at least eight bytes. Vendor replies pass through this before anything reads
    /// them, so an echoed key never reaches an error, a task, a handle or the output.
    pub(crate) fn redact<'a>(&self, text: &'a [u8]) -> Cow<'a, [u8]> {
        let key = self.0.as_bytes();
        let min = key.len().min(ECHO_MIN);
        if min == 0 || text.len() < min {
            return Cow::Borrowed(text);
        }
        let head = &key[..min];
        let mut out: Option<Vec<u8>> = None;
        let (mut at, mut copied) = (0, 0);
        while at + min <= text.len() {
            // Candidates are found by the key's first byte (memchr, many bytes per step), not by
            // comparing `min` bytes at every offset: every reply passes through here.
            let Some(skip) = memchr::memchr(head[0], &text[at..=text.len() - min]) else {
                break;
            };
            at += skip;
            if text[at + 1..at + min] != head[1..] {
                at += 1;
                continue;
            }
            let echoed = text[at..]
                .iter()
                .zip(key)
                .take_while(|(a, b)| a == b)
                .count();
            let out = out.get_or_insert_with(|| Vec::with_capacity(text.len()));
            out.extend_from_slice(&text[copied..at]);
            out.extend_from_slice(b"***");
            at += echoed;
            copied = at;
        }
        match out {
            Some(mut out) => {
                out.extend_from_slice(&text[copied..]);
                Cow::Owned(out)
            }
            None => Cow::Borrowed(text),
        }
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

#[cfg(test)]
mod tests {
    use super::ApiKey;

    fn redacted(key: &str, text: &str) -> String {
        String::from_utf8(ApiKey::new(key).redact(text.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn every_echo_of_the_key_is_cut_out() {
        let key = "sk-live-0123456789abcdef";
        assert_eq!(redacted(key, "no key here"), "no key here");
        assert_eq!(
            redacted(key, &format!("bad key: Bearer {key}.")),
            "bad key: Bearer ***."
        );
        assert_eq!(
            redacted(key, &format!("{key}{key} and {key}")),
            "****** and ***"
        );
        // A vendor that shortens the key still leaks its start.
        assert_eq!(
            redacted(key, "key sk-live-0123… is invalid"),
            "key ***… is invalid"
        );
        // Seven bytes of it are not taken for an echo.
        assert_eq!(redacted(key, "sk-live"), "sk-live");
        // A short key is only cut out whole.
        assert_eq!(redacted("abc", "abcab abc"), "***ab ***");
        assert_eq!(redacted("", "text"), "text");
    }

    /// `redact` as it was before it looked for candidates with `memchr`: `min` bytes compared at
    /// every offset.
    fn redact_before(key: &[u8], text: &[u8]) -> Vec<u8> {
        let min = key.len().min(super::ECHO_MIN);
        if min == 0 || text.len() < min {
            return text.to_vec();
        }
        let (mut out, mut at, mut copied) = (Vec::new(), 0, 0);
        while at + min <= text.len() {
            if text[at..at + min] != key[..min] {
                at += 1;
                continue;
            }
            let echoed = text[at..]
                .iter()
                .zip(key)
                .take_while(|(a, b)| a == b)
                .count();
            out.extend_from_slice(&text[copied..at]);
            out.extend_from_slice(b"***");
            at += echoed;
            copied = at;
        }
        out.extend_from_slice(&text[copied..]);
        out
    }

    #[test]
    fn redact_is_unchanged() {
        // Texts built from pieces of the keys, so starts, echoes and near misses meet at every offset.
        let keys = ["sk-live-0123456789abcdef", "aaaaaaaaab", "abc", "ssss", "x"];
        let pieces = [
            "s",
            "sk-",
            "sk-live-0",
            "sk-live-012345",
            "a",
            "aaaa",
            "aaaaaaaab",
            "abc",
            " ",
            "{\"k\":",
        ];
        let mut seed = 7u64;
        for key in keys {
            let pieces: Vec<&str> = pieces.iter().copied().chain([key]).collect();
            for len in 0..400 {
                let mut text = String::new();
                for _ in 0..len % 23 {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                }
                let new = ApiKey::new(key).redact(text.as_bytes()).into_owned();
                assert_eq!(
                    new,
                    redact_before(key.as_bytes(), text.as_bytes()),
                    "{key} in {text:?}"
                );
            }
        }
    }
}
