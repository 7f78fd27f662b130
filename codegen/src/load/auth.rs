//! `auth` (where the key goes, the prefixes the vendor accepts), a host's own `auth`, and the
//! provider's constant app-identifying `headers`.

use super::{Loader, word_list};
use crate::model::{AppHeader, Auth, AuthLocation};
use crate::reader::{MapReader, string_list};
use crate::yaml::{Node, Pos};

impl Loader {
    /// The top-level `auth`: it names the variable the key is read from.
    pub(super) fn read_auth(&mut self, node: &Node, key: Option<Pos>) -> Option<Auth> {
        self.read_auth_of(node, key, "`auth`", true)
    }

    /// A host's `auth`: where the one key goes on that host (`env` stays with the top-level `auth`).
    pub(super) fn read_host_auth(&mut self, node: &Node, key: Option<Pos>) -> Option<Auth> {
        self.read_auth_of(node, key, "a host's `auth`", false)
    }

    fn read_auth_of(
        &mut self,
        node: &Node,
        key: Option<Pos>,
        what: &str,
        top: bool,
    ) -> Option<Auth> {
        let mut map = MapReader::new(node, what, &mut self.diags)?.owned_by(key);
        let location = map.required_string("in", &mut self.diags);
        let name = map.required_string("name", &mut self.diags);
        let prefix = map.string("prefix", &mut self.diags);
        let accept_node = map.get("accept");
        let env = if top {
            map.required_string("env", &mut self.diags)
        } else {
            map.string("env", &mut self.diags)
        };
        map.finish(&mut self.diags);
        let location = location?;
        let Some(location) = AuthLocation::parse(&location.value) else {
            self.diags.error(
                location.pos,
                format!(
                    "`auth.in` must be {}, found `{}`",
                    word_list(AuthLocation::ALL.iter().map(|l| l.as_str())),
                    location.value
                ),
            );
            return None;
        };
        if let Some(env) = &env {
            if !top {
                self.error(
                    env.pos,
                    "a provider has one key: `env` belongs to the top-level `auth`, a host's `auth` \
                     only says where the key goes there",
                );
            } else if !env
                .value
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                self.diags.error(
                    env.pos,
                    format!(
                        "`auth.env` `{}` must be an UPPER_SNAKE environment variable name",
                        env.value
                    ),
                );
            }
        }
        let name = name?;
        if location == AuthLocation::Header && !is_header_name(&name.value) {
            self.error(
                name.pos,
                format!("`{}` cannot be an HTTP header name", name.value),
            );
        }
        let prefix = prefix.map(|p| p.value).unwrap_or_default();
        let accept = accept_node
            .map(|n| string_list(n, "accept", &mut self.diags))
            .unwrap_or_default();
        if let Some(node) = accept_node
            && accept.is_empty()
            && matches!(node.value, crate::yaml::Value::Seq(_))
        {
            self.error(
                node.pos,
                "`accept` is empty: list the other prefixes the vendor takes, or leave it out",
            );
        }
        let mut seen = vec![prefix.clone()];
        for other in &accept {
            if other.value == prefix {
                self.error(
                    other.pos,
                    format!(
                        "`{}` is the `prefix` the client sends: `accept` lists the other prefixes \
                         the vendor takes",
                        other.value
                    ),
                );
            } else if seen.contains(&other.value) {
                self.error(other.pos, format!("`accept` lists `{}` twice", other.value));
            }
            seen.push(other.value.clone());
        }
        Some(Auth {
            location,
            name: name.value,
            prefix,
            accept: accept.into_iter().map(|a| a.value).collect(),
            env: env.map(|e| e.value).unwrap_or_default(),
        })
    }

    /// `provider.headers`: constant headers that say who is calling (`X-App-Id`), sent on every call.
    pub(super) fn read_app_headers(&mut self, node: &Node) -> Vec<AppHeader> {
        let Some(map) = MapReader::new(node, "`provider.headers`", &mut self.diags) else {
            return Vec::new();
        };
        let mut headers = Vec::new();
        for (key, value) in map.entries() {
            if !is_header_name(&key.name) {
                self.error(
                    key.pos,
                    format!("`{}` cannot be an HTTP header name", key.name),
                );
            }
            if let Some(text) = crate::reader::string(value, &key.name, &mut self.diags) {
                // Visible ASCII and inner spaces: what every HTTP stack sends as it is.
                let fits = text
                    .value
                    .bytes()
                    .all(|b| b == b' ' || b.is_ascii_graphic())
                    && text.value.trim() == text.value;
                if !fits {
                    self.error(
                        text.pos,
                        format!(
                            "the value of `{}` must be visible ASCII without leading or trailing \
                             spaces",
                            key.name
                        ),
                    );
                }
                headers.push(AppHeader {
                    name: key.name.clone(),
                    value: text.value,
                    pos: key.pos,
                });
            }
        }
        headers
    }

    /// No app header takes the place of the key (the top-level `auth`'s header, or a host's).
    pub(super) fn check_app_headers(&mut self, headers: &[AppHeader], auths: &[&Auth]) {
        for header in headers {
            let is_key = auths.iter().any(|a| {
                a.location == AuthLocation::Header && a.name.eq_ignore_ascii_case(&header.name)
            });
            if is_key {
                self.error(
                    header.pos,
                    format!(
                        "`{}` is where the API key goes: a constant header there would replace or \
                         repeat the key",
                        header.name
                    ),
                );
            }
        }
    }
}

/// An HTTP header name (an RFC 9110 token).
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}
