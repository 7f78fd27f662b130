//! String patterns (`pattern:`) and the URL checks of `schemes:` and `accept:`, once for the loader,
//! the runtime and the simulator.
//!
//! A pattern is a regular expression (the `regex` crate's syntax) that must match the WHOLE value:
//! `\d+:\d+` takes `21:9` and refuses `21:9 wide`. Patterns are compiled once and kept.

use regex::Regex;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Compiles a pattern anchored at both ends, or says why it is not one (the loader's check).
pub fn compile(pattern: &str) -> Result<Regex, String> {
    regex::RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(1 << 20)
        .build()
        .map_err(|e| match e {
            regex::Error::Syntax(text) => {
                // The message's own first lines repeat the anchored pattern; its last is the cause.
                let cause = text.lines().last().unwrap_or(&text).trim();
                let cause = cause.strip_prefix("error: ").unwrap_or(cause);
                format!("`{pattern}` is not a valid pattern: {cause}")
            }
            other => format!("`{pattern}` is not a valid pattern: {other}"),
        })
}

/// True when `text` matches `pattern` as a whole. A pattern that does not compile (a hand-built table
/// the loader never saw) matches nothing, so the value is refused rather than let through.
pub fn matches(pattern: &'static str, text: &str) -> bool {
    static COMPILED: OnceLock<Mutex<HashMap<&'static str, Option<Regex>>>> = OnceLock::new();
    let regex = {
        let mut cache = COMPILED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        cache
            .entry(pattern)
            .or_insert_with(|| compile(pattern).ok())
            .clone()
    };
    regex.is_some_and(|r| r.is_match(text))
}

/// The scheme of a URL, lower-cased (`https`, `data`), or `None` when the text has none.
pub fn url_scheme(url: &str) -> Option<String> {
    let (scheme, _) = url.split_once(':')?;
    let ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then(|| scheme.to_ascii_lowercase())
}

/// The format a URL names, lower-cased: the extension of its path's last segment (query and fragment
/// left out: `https://a/b/clip.MP4?x=1` is `mp4`), or a data URL's media subtype
/// (`data:image/png;base64,...` is `png`). `None` when it names none.
pub fn url_format(url: &str) -> Option<String> {
    if url_scheme(url).as_deref() == Some("data") {
        let media = url.get(5..)?.split([';', ',']).next()?;
        let (_, subtype) = media.split_once('/')?;
        return (!subtype.is_empty()).then(|| subtype.to_ascii_lowercase());
    }
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    // The host is no file name: `https://example.com` names no format.
    let (_, path) = rest.split_once('/')?;
    let name = path.rsplit('/').next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// Spellings of one format collapse to one name (`jpg` is `jpeg`, `tif` is `tiff`).
pub fn canonical_format(ext: &str) -> String {
    let lower = ext.to_ascii_lowercase();
    match lower.as_str() {
        "jpg" => "jpeg".to_string(),
        "tif" => "tiff".to_string(),
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_whole_values() {
        assert!(matches(r"\d+:\d+", "21:9"));
        assert!(!matches(r"\d+:\d+", "21:9 wide"));
        assert!(!matches(r"\d+:\d+", "x21:9"));
        assert!(matches("720p|1080p", "1080p"));
        assert!(!matches("720p|1080p", "720p1080p"));
        assert!(!matches("(", "("));
        let err = compile("(").unwrap_err();
        assert!(err.starts_with("`(` is not a valid pattern: "), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn url_parts() {
        assert_eq!(url_scheme("HTTPS://a/b").as_deref(), Some("https"));
        assert_eq!(
            url_scheme("data:image/png;base64,AA").as_deref(),
            Some("data")
        );
        assert_eq!(url_scheme("no scheme here"), None);
        assert_eq!(
            url_format("https://a/b/clip.MP4?x=1.png#y").as_deref(),
            Some("mp4")
        );
        assert_eq!(url_format("https://a.example.com").as_deref(), None);
        assert_eq!(url_format("https://a/dir.d/file").as_deref(), None);
        assert_eq!(
            url_format("data:image/png;base64,AA").as_deref(),
            Some("png")
        );
        assert_eq!(url_format("data:,hello"), None);
        assert_eq!(canonical_format("JPG"), "jpeg");
    }
}
