//! `hosts:`: named base URLs some operations are served from (`host: files`), and the checks that tie
//! operations to them.

use super::Loader;
use crate::model::{HostDef, OperationDef};
use crate::names::{is_snake_ident, suggest};
use crate::reader::MapReader;
use crate::yaml::{Node, Pos};

impl Loader {
    /// The `hosts:` map: `name: {base_url: URL}` (the URL may be left out: the user gives it).
    pub(super) fn read_hosts(&mut self, node: &Node) -> Vec<HostDef> {
        let Some(map) = MapReader::new(node, "`hosts`", &mut self.diags) else {
            return Vec::new();
        };
        let mut hosts = Vec::new();
        for (key, body) in map.entries() {
            if !is_snake_ident(&key.name) {
                self.error(
                    key.pos,
                    format!("host name `{}` must be snake_case", key.name),
                );
            }
            let what = format!("host `{}`", key.name);
            let Some(mut host) = MapReader::new(body, &what, &mut self.diags) else {
                continue;
            };
            let base_url = host.string("base_url", &mut self.diags);
            let auth_key = host.key_pos("auth");
            let auth = host
                .get("auth")
                .and_then(|n| self.read_host_auth(n, auth_key));
            host.finish(&mut self.diags);
            if let Some(url) = &base_url {
                self.check_base_url(&url.value, url.pos);
            }
            hosts.push(HostDef {
                name: key.name.clone(),
                pos: key.pos,
                base_url: base_url
                    .map(|u| u.value.trim_end_matches('/').to_string())
                    .unwrap_or_default(),
                auth,
            });
        }
        hosts
    }

    /// A base URL must be http(s): the client sends nothing else.
    pub(super) fn check_base_url(&mut self, url: &str, pos: Pos) {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            self.error(
                pos,
                format!("`base_url` must start with http:// or https://, found `{url}`"),
            );
        }
    }

    /// Every operation's `host:` is declared, and every declared host serves an operation (a host
    /// nothing uses is a typo or a leftover).
    pub(super) fn check_hosts(&mut self, hosts: &[HostDef], operations: &[OperationDef]) {
        for op in operations {
            let Some((name, pos)) = &op.host else {
                continue;
            };
            if hosts.iter().any(|h| &h.name == name) {
                continue;
            }
            let hint = match suggest(name, hosts.iter().map(|h| h.name.as_str())) {
                Some(s) => format!("; did you mean `{s}`?"),
                None if hosts.is_empty() => "; declare it under the top-level `hosts:`".to_string(),
                None => format!(
                    " (declared: {})",
                    super::word_list(hosts.iter().map(|h| h.name.as_str()))
                ),
            };
            self.error(
                *pos,
                format!(
                    "operation `{}` names host `{name}`, which `hosts` does not declare{hint}",
                    op.name
                ),
            );
        }
        for host in hosts {
            let used = operations
                .iter()
                .any(|op| op.host.as_ref().is_some_and(|(n, _)| n == &host.name));
            if !used {
                self.error(
                    host.pos,
                    format!(
                        "host `{}` serves no operation: name it with `host: {}` on the operations \
                         it serves, or remove it",
                        host.name, host.name
                    ),
                );
            }
        }
    }
}
