//! The URL of each request: the base URL parsed once, and the operation's path set on a copy of it.
//! Parsing the whole URL again per request costs more than the rest of building the request (its
//! host goes through IDNA and IP address parsing every time).

use reqwest::Url;

/// reqwest re-exports `Url` but not its parse error.
type ParseError = <Url as std::str::FromStr>::Err;

/// The base URL, ready to take request paths.
#[derive(Debug, Clone)]
pub(crate) struct Endpoint {
    /// The base URL as given, without trailing `/`.
    base_url: String,
    /// The base URL parsed, when a path can be set on it with the same result as parsing
    /// `base_url + path` (see [`Endpoint::new`]); else every URL is parsed whole.
    home: Option<Url>,
    /// The base URL's own path without trailing `/` (`/v1`, or empty), put before each request path.
    prefix: String,
}

impl Endpoint {
    /// `base_url` (trailing `/` already cut) and `home`, the same URL parsed. The fast way is taken
    /// only when `base_url` is already written the way the parser writes it back (no spaces to trim,
    /// no upper-case host, no default port, ...) and has no query or fragment, so that `base_url +
    /// path` parses to the same scheme, host and port as `home`, and to `home`'s path followed by
    /// `path`.
    pub(crate) fn new(base_url: &str, home: &Url) -> Endpoint {
        let plain = home.query().is_none()
            && home.fragment().is_none()
            && home.as_str().trim_end_matches('/') == base_url;
        Endpoint {
            base_url: base_url.to_string(),
            home: plain.then(|| home.clone()),
            prefix: home.path().trim_end_matches('/').to_string(),
        }
    }

    /// The URL of a request to `path` (percent-encoded, as `fill_path` writes it): the same URL as
    /// `Url::parse(base_url + path)`.
    pub(crate) fn url(&self, path: &str) -> Result<Url, ParseError> {
        // A path that does not start with `/`, or holds what ends a path (`?`, `#`) or what the
        // parser reads as `/` (`\`), is parsed whole, as written.
        let simple = path.starts_with('/') && !path.contains(['?', '#', '\\']);
        match &self.home {
            Some(home) if simple => {
                let mut url = home.clone();
                let mut full = String::with_capacity(self.prefix.len() + path.len());
                full.push_str(&self.prefix);
                full.push_str(path);
                url.set_path(&full);
                Ok(url)
            }
            _ => Url::parse(&format!("{}{path}", self.base_url)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Endpoint;
    use reqwest::Url;

    /// Every base URL and path gives the URL that parsing them joined gave before.
    #[test]
    fn urls_are_unchanged() {
        let bases = [
            "http://127.0.0.1:8700",
            "http://127.0.0.1:8700/",
            "https://api.example.com",
            "https://api.example.com/v1",
            "https://api.example.com/v1/",
            "https://api.example.com/v1//",
            "https://API.Example.com/V1",
            "https://api.example.com:443/v1",
            "https://api.example.com/a b/%41",
            " https://api.example.com/v1 ",
            "https://user:pw@api.example.com/v1",
            "https://api.example.com/v1?region=eu",
            "https://api.example.com/v1#top",
            "http://[::1]:9/x",
            "https://bücher.example/v1",
        ];
        let paths = [
            "/v1/videos",
            "/v1/videos/task_0001",
            "/v1/videos/grok%3Aa%20b%2F%C3%BC",
            "/videos/./x/../y",
            "/videos/%2e%2e/y",
            "/a b/ü",
            "/a\tb",
            "videos",
            "",
            "/",
            "//double",
            "/q?x=1",
            "/f#frag",
            "/back\\slash",
            "/v1/{missing}",
            "/%zz",
        ];
        // The usual base URLs take the fast way (the comparison below would pass without it).
        for base in ["http://127.0.0.1:8700", "https://api.example.com/v1/"] {
            let home = Url::parse(base).unwrap();
            assert!(
                Endpoint::new(base.trim_end_matches('/'), &home)
                    .home
                    .is_some(),
                "{base}"
            );
        }
        for base in bases {
            let trimmed = base.trim_end_matches('/');
            let home = Url::parse(base).unwrap();
            let endpoint = Endpoint::new(trimmed, &home);
            for path in paths {
                let before = Url::parse(&format!("{trimmed}{path}")).map(|u| u.to_string());
                let now = endpoint.url(path).map(|u| u.to_string());
                assert_eq!(now, before, "{base:?} + {path:?}");
            }
        }
    }
}
