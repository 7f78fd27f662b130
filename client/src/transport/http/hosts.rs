//! Where each operation's requests go: the provider's base URL, or the named host the spec serves it
//! from (`host: files`), each taken from the user's settings first and the spec second. A host with
//! neither makes every call to it fail before anything is sent, naming the setting that fixes it.

use super::auth::KeyHeader;
use super::endpoint::Endpoint;
use super::origin;
use crate::spec::{Auth, Operation, Provider, ResultSource, Role};
use crate::{ApiKey, ClientConfig, Error};
use reqwest::Url;
use std::collections::BTreeMap;

/// One base URL, checked and ready to take request paths.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// As given, without trailing `/`.
    base_url: String,
    /// Parsed: where requests to it go first (the origin a redirect is compared with).
    home: Url,
    endpoint: Endpoint,
    /// Where the key goes on this host, and its header built once.
    auth: &'static Auth,
    key: KeyHeader,
    /// The provider's constant app-identifying headers: they go where the key goes.
    app: &'static [(&'static str, &'static str)],
}

impl Target {
    fn new(
        base_url: &str,
        allow_insecure_http: bool,
        auth: &'static Auth,
        key: &ApiKey,
        app: &'static [(&'static str, &'static str)],
    ) -> Result<Target, Error> {
        let home = origin::check_base_url(base_url, allow_insecure_http)?;
        let base_url = base_url.trim_end_matches('/').to_string();
        Ok(Target {
            endpoint: Endpoint::new(&base_url, &home),
            base_url,
            home,
            auth,
            key: KeyHeader::new(auth, key),
            app,
        })
    }

    /// `builder` with the provider's app headers and the key where this host takes it. Both go to
    /// this host's origin only: a hop elsewhere gets neither.
    pub(crate) fn with_key(
        &self,
        key: &ApiKey,
        mut builder: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        for (name, value) in self.app {
            builder = builder.header(*name, *value);
        }
        self.key.apply(self.auth, key, builder)
    }

    /// Where the key goes on this host.
    pub(crate) fn auth(&self) -> &'static Auth {
        self.auth
    }

    /// The base URL, without trailing `/`.
    pub(crate) fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The base URL parsed.
    pub(crate) fn home(&self) -> &Url {
        &self.home
    }

    /// Builds request URLs on it.
    pub(crate) fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }
}

/// The base URL and every named host of one client; `None` where neither the user nor the spec
/// gives a URL.
#[derive(Debug, Clone)]
pub(crate) struct Hosts {
    default: Option<Target>,
    named: Vec<(&'static str, Option<Target>)>,
    /// Why a create would make a task no call can follow (see [`Hosts::check_follow_up`]); decided
    /// once, when the client is made, not per create.
    unfollowable: Option<String>,
}

impl Hosts {
    /// The hosts of `provider` under `config`; a URL given or declared is checked here (nothing is
    /// sent), and a host the user names that the spec does not declare is refused.
    pub(crate) fn new(
        provider: &'static Provider,
        config: &ClientConfig,
        key: &ApiKey,
    ) -> Result<Hosts, Error> {
        let insecure = config.allow_insecure_http;
        if let Some(name) = config.hosts.keys().find(|n| provider.host(n).is_none()) {
            let declared: Vec<&str> = provider.hosts().iter().map(|h| h.name()).collect();
            return Err(Error::Config(format!(
                "{} has no host named `{name}` (its hosts: {})",
                provider.id(),
                if declared.is_empty() {
                    "none but its base URL".to_string()
                } else {
                    declared.join(", ")
                }
            )));
        }
        let target = |given: Option<&String>, declared: &str, auth| match given {
            Some(url) => Target::new(url, insecure, auth, key, provider.headers()).map(Some),
            None if declared.is_empty() => Ok(None),
            None => Target::new(declared, insecure, auth, key, provider.headers()).map(Some),
        };
        let default = target(
            config.base_url.as_ref(),
            provider.base_url(),
            provider.auth(),
        )?;
        let named = provider
            .hosts()
            .iter()
            .map(|h| {
                let auth = h.auth().unwrap_or(provider.auth());
                let url = config.hosts.get(h.name());
                Ok((h.name(), target(url, h.base_url(), auth)?))
            })
            .collect::<Result<_, Error>>()?;
        let mut hosts = Hosts {
            default,
            named,
            unfollowable: None,
        };
        hosts.unfollowable = hosts.follow_up_problem(provider);
        Ok(hosts)
    }

    /// Where `op`'s requests go, or why there is nowhere (nothing sent).
    pub(crate) fn of(&self, provider: &Provider, op: &Operation) -> Result<&Target, Error> {
        let Some(name) = op.host() else {
            return self.default.as_ref().ok_or_else(|| {
                Error::Config(format!(
                    "{} has no default host: set its base URL (ClientConfig::with_base_url, \
                     --base-url URL) to call `{}`",
                    provider.id(),
                    op.name()
                ))
            });
        };
        self.named
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, target)| target.as_ref())
            .ok_or_else(|| {
                Error::Config(format!(
                    "{} has no default URL for its host `{name}`, which serves `{}`: set it with \
                     ClientConfig::with_host(\"{name}\", URL), --host {name}=URL",
                    provider.id(),
                    op.name()
                ))
            })
    }

    /// Before a paid create: the task it makes can be polled, and some source of its video is
    /// reachable, on hosts that have URLs. Otherwise nothing is sent: a task no call can follow is
    /// money spent for a video nobody can fetch.
    pub(crate) fn check_follow_up(&self) -> Result<(), Error> {
        match &self.unfollowable {
            Some(why) => Err(Error::Config(why.clone())),
            None => Ok(()),
        }
    }

    /// What [`Hosts::check_follow_up`] refuses a create for, if anything.
    fn follow_up_problem(&self, provider: &Provider) -> Option<String> {
        let unreachable = |op: &Operation| match self.of(provider, op) {
            Err(Error::Config(message)) => Some(format!(
                "{message} (checked before the create: its task could not be followed)"
            )),
            _ => None,
        };
        if let Some(why) = provider
            .operation_with_role(Role::Query)
            .and_then(unreachable)
        {
            return Some(why);
        }
        // Only when every source is an operation on a host without a URL (the first one's reason).
        let mut reasons = provider
            .result_sources()
            .into_iter()
            .map(|source| match source {
                ResultSource::Operation(name) => provider.operation(name).and_then(unreachable),
                ResultSource::VideoUrl | ResultSource::Link(_) => None,
            });
        match reasons.next() {
            Some(Some(first)) if reasons.all(|r| r.is_some()) => Some(first),
            _ => None,
        }
    }

    /// The base URL, when there is one.
    pub(crate) fn default(&self) -> Option<&Target> {
        self.default.as_ref()
    }

    /// The host (the base URL first, then the named ones) whose origin `url` is on: where a link a
    /// reply handed back may take the key, that host's way.
    pub(crate) fn at_origin(&self, url: &Url) -> Option<&Target> {
        let named = self.named.iter().filter_map(|(_, t)| t.as_ref());
        self.default
            .iter()
            .chain(named)
            .find(|t| origin::same_origin(url, &t.home))
    }

    /// The named hosts' URLs, by name (those known): what a handle keeps to reach them again.
    pub(crate) fn urls(&self) -> BTreeMap<String, String> {
        self.named
            .iter()
            .filter_map(|(name, t)| Some((name.to_string(), t.as_ref()?.base_url.clone())))
            .collect()
    }
}
