//! Redirects never carry the key to another origin. reqwest itself only strips `Authorization`
//! (and cookies) on a cross-origin hop; a key in `X-API-Key` or in the query would go along. So the
//! clients follow redirects only within the origin they were sent to, and a hop to another origin
//! comes back as the 3xx, for the transport to follow by hand without the key.

use reqwest::redirect::{Attempt, Policy};
use reqwest::{Method, StatusCode, Url};

/// Hops followed within one origin, as reqwest's default.
const SAME_ORIGIN_HOPS: usize = 10;
/// Hops to another origin followed by hand, each without the key.
pub(crate) const CROSS_ORIGIN_HOPS: usize = 5;

/// The redirect policy of grokvid's own pool, for a client given to
/// [`ClientConfig::with_http_client`](super::ClientConfig::with_http_client): it follows redirects
/// that stay on the origin of the URL before them and stops at any other, which grokvid then follows
/// by hand without the API key.
pub fn redirect_policy() -> Policy {
    same_origin_policy()
}

/// Follows redirects that stay on the origin of the URL before them; stops at any other.
pub(crate) fn same_origin_policy() -> Policy {
    Policy::custom(|attempt: Attempt| {
        if attempt.previous().len() > SAME_ORIGIN_HOPS {
            return attempt.error("too many redirects");
        }
        let stays = attempt
            .previous()
            .last()
            .is_some_and(|from| from.origin() == attempt.url().origin());
        if stays {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// The next hop of a redirect the policy stopped at: its method (303, and 301/302 after a POST,
/// become a GET without body, as browsers and reqwest do) and its URL. `None` when `response` is not
/// a redirect with a usable `Location`.
pub(crate) fn next_hop(method: &Method, response: &reqwest::Response) -> Option<(Method, Url)> {
    let status = response.status();
    let method = match status {
        StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT => method.clone(),
        StatusCode::SEE_OTHER => Method::GET,
        StatusCode::MOVED_PERMANENTLY | StatusCode::FOUND if *method == Method::POST => Method::GET,
        StatusCode::MOVED_PERMANENTLY | StatusCode::FOUND => method.clone(),
        _ => return None,
    };
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)?
        .to_str()
        .ok()?;
    let url = response.url().join(location).ok()?;
    matches!(url.scheme(), "http" | "https").then_some((method, url))
}

/// `url` without the query parameter `name` (a query-string key a server echoed into `Location`).
pub(crate) fn without_query_param(mut url: Url, name: &str) -> Url {
    if url.query().is_none() {
        return url;
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != name)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_key_echoed_into_a_location_is_dropped() {
        let url = |text: &str| Url::parse(text).unwrap();
        let cleaned =
            without_query_param(url("https://cdn.example/v?key=sk-1&part=2&key=x"), "key");
        assert_eq!(cleaned.as_str(), "https://cdn.example/v?part=2");
        let cleaned = without_query_param(url("https://cdn.example/v?key=sk-1"), "key");
        assert_eq!(cleaned.as_str(), "https://cdn.example/v");
        let kept = without_query_param(url("https://cdn.example/v#k"), "key");
        assert_eq!(kept.as_str(), "https://cdn.example/v#k");
    }
}
