//! Fault injection: what can go wrong on a route, queued per route and consumed one per request, so a
//! test can script "the next two polls get a 429" and see the client cope.

use crate::routes::VIDEO;
use grokvid::Provider;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

/// Something that goes wrong on one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer this HTTP status in the vendor's error shape (429, 500, 502, 503, ...), with a
    /// `Retry-After: <seconds>` header when given.
    Status { code: u16, retry_after: Option<u64> },
    /// Wait this long, then answer normally.
    Latency(Duration),
    /// Send the headers (with the full Content-Length) and half of the body, then close the connection.
    DropMidBody,
    /// Answer 200 with the first half of the normal body, so the JSON does not parse.
    MalformedJson,
    /// The task reply carries this status word where the spec reads one (it maps to no status).
    UnknownStatus(String),
    /// The task fails with this message, written where the spec reads the task's error; for good.
    FailTask(String),
    /// The result expires: task replies say expired where the spec maps a word to it (else they stay
    /// completed), and the video route and content operation answer 410.
    Expired,
    /// Media routes answer 302 to another URL serving the same file; other routes answer 307 to
    /// themselves, which succeeds when followed (a client that cannot replay a streamed multipart body
    /// sees the 307 itself).
    Redirect,
    /// Answer the spec's `errors.final` entry of this index (0: the first) as the vendor would: its
    /// status (400 when it names none), its code and a message holding its text.
    Final(usize),
}

/// Faults queued per route, each with how many more requests it applies to.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    queues: Mutex<HashMap<String, VecDeque<(Fault, usize)>>>,
}

impl Faults {
    pub(crate) fn push(&self, route: &str, fault: Fault, times: usize) {
        if times == 0 {
            return;
        }
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        queues
            .entry(route.to_string())
            .or_default()
            .push_back((fault, times));
    }

    /// The fault for the next request on `route`, if any; counts it down.
    pub(crate) fn take(&self, route: &str) -> Option<Fault> {
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        let queue = queues.get_mut(route)?;
        let (fault, left) = queue.front_mut()?;
        let fault = fault.clone();
        *left -= 1;
        if *left == 0 {
            queue.pop_front();
        }
        Some(fault)
    }
}

/// A `--fault` flag of the binary: `[PROVIDER.]ROUTE=KIND[:ARG][xTIMES]`.
///
/// KIND is an HTTP status (`429:5` = Retry-After 5 s), `latency:MS`, `drop`, `malformed`,
/// `unknown:WORD`, `fail[:MESSAGE]`, `expired`, `redirect` or `final[:INDEX]` (the spec's
/// `errors.final` entry, the first by default). TIMES defaults to 1; `x*` means every
/// request. A message or word ending in `x` followed by digits needs an explicit `xTIMES` after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultFlag {
    /// Only this provider's simulator, when given.
    pub provider: Option<String>,
    pub route: String,
    pub fault: Fault,
    pub times: usize,
}

impl std::str::FromStr for FaultFlag {
    type Err = String;

    fn from_str(text: &str) -> Result<FaultFlag, String> {
        let (target, spec) = text
            .split_once('=')
            .ok_or_else(|| format!("`{text}`: expected ROUTE=KIND[:ARG][xTIMES]"))?;
        let (provider, route) = match target.split_once('.') {
            Some((p, r)) => (Some(p.to_string()), r),
            None => (None, target),
        };
        if route.is_empty() {
            return Err(format!("`{text}`: the route is empty"));
        }
        let (spec, times) = split_times(spec);
        let (kind, arg) = match spec.split_once(':') {
            Some((k, a)) => (k, Some(a)),
            None => (spec, None),
        };
        let fault = parse_kind(kind, arg).map_err(|e| format!("`{text}`: {e}"))?;
        Ok(FaultFlag {
            provider,
            route: route.to_string(),
            fault,
            times,
        })
    }
}

impl FaultFlag {
    /// True when this flag is meant for `provider`: its provider (if named) and a route it serves.
    pub fn applies_to(&self, provider: &Provider) -> bool {
        self.provider.as_deref().is_none_or(|p| p == provider.id())
            && (self.route == VIDEO || provider.operation(&self.route).is_some())
    }

    /// Every flag must reach at least one served provider, so a typo is not silently ignored.
    pub fn check_all(flags: &[FaultFlag], providers: &[&Provider]) -> Result<(), String> {
        match flags
            .iter()
            .find(|flag| !providers.iter().any(|p| flag.applies_to(p)))
        {
            Some(flag) => Err(format!(
                "--fault for route `{}` matches no served provider (routes are operation names or `{VIDEO}`)",
                flag.route
            )),
            None => Ok(()),
        }
    }
}

/// Splits a trailing `xN` / `x*` off; 1 when there is none.
fn split_times(spec: &str) -> (&str, usize) {
    if let Some((head, tail)) = spec.rsplit_once('x') {
        if tail == "*" {
            return (head, usize::MAX);
        }
        if !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_digit())
            && let Ok(n) = tail.parse::<usize>()
        {
            return (head, n);
        }
    }
    (spec, 1)
}

fn parse_kind(kind: &str, arg: Option<&str>) -> Result<Fault, String> {
    let number = |what: &str| -> Result<u64, String> {
        arg.ok_or_else(|| format!("{kind} needs :{what}"))?
            .parse::<u64>()
            .map_err(|_| format!("{kind}: {what} must be a whole number"))
    };
    Ok(match kind.to_ascii_lowercase().as_str() {
        "latency" => Fault::Latency(Duration::from_millis(number("MILLISECONDS")?)),
        "drop" => Fault::DropMidBody,
        "malformed" => Fault::MalformedJson,
        "unknown" => Fault::UnknownStatus(arg.unwrap_or("mystery").to_string()),
        "fail" => Fault::FailTask(arg.unwrap_or("simulated failure").to_string()),
        "expired" => Fault::Expired,
        "redirect" => Fault::Redirect,
        "final" => Fault::Final(arg.map(|_| number("INDEX")).transpose()?.unwrap_or(0) as usize),
        code => {
            let code = code
                .parse::<u16>()
                .ok()
                .filter(|c| (400..=599).contains(c))
                .ok_or_else(|| {
                    format!(
                        "unknown fault `{kind}` (an HTTP status 400-599, latency, drop, malformed, \
                         unknown, fail, expired, redirect or final)"
                    )
                })?;
            let retry_after = arg.map(|_| number("SECONDS")).transpose()?;
            Fault::Status { code, retry_after }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(text: &str) -> FaultFlag {
        text.parse().unwrap()
    }

    #[test]
    fn parses_final_flags() {
        assert_eq!(flag("submit=final").fault, Fault::Final(0));
        let second = flag("submit=final:1x2");
        assert_eq!((second.fault, second.times), (Fault::Final(1), 2));
        assert!("submit=final:one".parse::<FaultFlag>().is_err());
    }

    #[test]
    fn parses_flags() {
        assert_eq!(
            flag("query=429:5x2"),
            FaultFlag {
                provider: None,
                route: "query".into(),
                fault: Fault::Status {
                    code: 429,
                    retry_after: Some(5)
                },
                times: 2
            }
        );
        let f = flag("xai.video=redirect");
        assert_eq!(f.provider.as_deref(), Some("xai"));
        assert_eq!(
            (f.route.as_str(), f.fault, f.times),
            ("video", Fault::Redirect, 1)
        );
        assert_eq!(
            flag("create=503").fault,
            Fault::Status {
                code: 503,
                retry_after: None
            }
        );
        assert_eq!(
            flag("query=latency:250x*").fault,
            Fault::Latency(Duration::from_millis(250))
        );
        assert_eq!(flag("query=latency:250x*").times, usize::MAX);
        assert_eq!(flag("query=drop").fault, Fault::DropMidBody);
        assert_eq!(
            flag("query=malformed x3".replace(' ', "").as_str()).times,
            3
        );
        assert_eq!(
            flag("query=unknown:rendering").fault,
            Fault::UnknownStatus("rendering".into())
        );
        assert_eq!(
            flag("query=fail:no luck here").fault,
            Fault::FailTask("no luck here".into())
        );
        assert_eq!(flag("query=fail:max").fault, Fault::FailTask("max".into()));
        assert_eq!(flag("query=expired").fault, Fault::Expired);
    }

    #[test]
    fn rejects_bad_flags() {
        for bad in [
            "query",
            "=drop",
            "query=teapot",
            "query=200",
            "query=latency",
            "query=latency:soon",
            "q=429:later",
        ] {
            assert!(bad.parse::<FaultFlag>().is_err(), "{bad}");
        }
    }

    #[test]
    fn queue_counts_down_in_order() {
        let faults = Faults::default();
        faults.push("query", Fault::DropMidBody, 2);
        faults.push("query", Fault::Expired, 1);
        faults.push("query", Fault::Redirect, 0);
        assert_eq!(faults.take("create"), None);
        assert_eq!(faults.take("query"), Some(Fault::DropMidBody));
        assert_eq!(faults.take("query"), Some(Fault::DropMidBody));
        assert_eq!(faults.take("query"), Some(Fault::Expired));
        assert_eq!(faults.take("query"), None);
    }
}
