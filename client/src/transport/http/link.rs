//! GETs of URLs a reply handed back (a task's video URL, a result link). Such a URL is untrusted: the
//! API key goes along only when the caller asks for it and the URL is on the client's own origin, and
//! a redirect off that origin drops it.

use super::body::{Cut, read_capped};
use super::pool::Call;
use super::{HttpClient, broken, origin, redirect, retry_after, video_error};
use crate::Error;
use crate::error::excerpt;
use crate::spec::Operation;

impl HttpClient {
    /// A GET of `url`, checked for an error status; `what` names the URL in messages ("the video
    /// URL"). With `key`, the key (and the app headers) ride along, the way that host takes them,
    /// while the request stays on the origin of one of the provider's hosts.
    pub(crate) async fn get_url(
        &self,
        url: &str,
        key: bool,
        call: Call,
        operation: &str,
        what: &str,
    ) -> Result<reqwest::Response, Error> {
        let parsed = reqwest::Url::parse(url).map_err(|e| Error::UnexpectedResponse {
            operation: operation.to_string(),
            http_status: 200,
            reason: format!("{what} is not a URL ({e})"),
            body: String::new(),
        })?;
        // The provider's own host the URL is on (its key header and app headers), if any.
        let host = self.hosts.at_origin(&parsed).filter(|_| key);
        let home = host.map(|t| t.home());
        let mut keyed = host.is_some();
        let get = |method: reqwest::Method, url: reqwest::Url, keyed: bool| {
            let mut request = self.timeouts.apply(call, self.http.request(method, url));
            if keyed && let Some(target) = host {
                request = target.with_key(&self.key, request);
            }
            self.timeouts.reply(call, request.send())
        };
        let mut response = get(reqwest::Method::GET, parsed, keyed)
            .await
            .map_err(|stop| video_error(operation, stop))?;
        // Followed by hand: the client stops at other origins, and the key must stay home.
        let mut method = reqwest::Method::GET;
        for _ in 0..redirect::CROSS_ORIGIN_HOPS {
            let Some((next, to)) = redirect::next_hop(&method, &response) else {
                break;
            };
            let to = match host {
                Some(target)
                    if keyed && !home.is_some_and(|home| origin::same_origin(&to, home)) =>
                {
                    keyed = false;
                    // A server may have echoed a query-string key into `Location`.
                    redirect::without_query_param(to, target.auth().name())
                }
                _ => to,
            };
            response = get(next.clone(), to, keyed)
                .await
                .map_err(|stop| video_error(operation, stop))?;
            method = next;
        }
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(response);
        }
        let retry_after = retry_after(&response);
        let body = self.error_body(call, response).await;
        Err(Error::Vendor(crate::error::VendorError {
            operation: operation.to_string(),
            http_status: status,
            code: None,
            message: if body.is_empty() {
                format!("{what} answered HTTP {status}")
            } else {
                excerpt(&body)
            },
            retry_after,
            final_because: None,
        }))
    }

    /// The JSON at `url` (capped like every reply, a key it echoes cut out).
    pub(crate) async fn get_url_json(
        &self,
        url: &str,
        key: bool,
        operation: &str,
    ) -> Result<serde_json::Value, Error> {
        let mut response = self
            .get_url(url, key, Call::Api, operation, "the link")
            .await?;
        let body = match read_capped(&mut response, self.max_reply_bytes, None).await {
            Ok(body) => body,
            Err(Cut::TooLarge) => {
                return Err(Error::TooLarge {
                    operation: operation.to_string(),
                    what: "reply",
                    limit: self.max_reply_bytes,
                    setting: "max_reply_bytes, --max-reply-bytes",
                });
            }
            Err(Cut::Stopped(stop)) => return Err(broken(operation, "the reply", stop)),
        };
        let body = self.key.redact(&body);
        serde_json::from_slice(&body).map_err(|e| Error::UnexpectedResponse {
            operation: operation.to_string(),
            http_status: 200,
            reason: format!("the link's reply is not JSON ({e})"),
            body: excerpt(&body),
        })
    }

    /// A link's file (a download: its long deadline and bound on silence).
    pub(crate) async fn get_link(
        &self,
        url: &str,
        key: bool,
        operation: &str,
    ) -> Result<reqwest::Response, Error> {
        self.get_url(url, key, Call::Download, operation, "the link")
            .await
    }

    /// The JSON reply of an operation called with one task id (a result operation), asked once: the
    /// caller retries the whole source (this call and the video after it), so retrying here too would
    /// multiply the attempts.
    pub(crate) async fn call_for_task(
        &self,
        op: &'static Operation,
        task_id: &str,
    ) -> Result<serde_json::Value, Error> {
        let request = super::Prepared::for_task(op, task_id)?;
        Ok(self.exchange_once(op, &request).await?.1)
    }
}
