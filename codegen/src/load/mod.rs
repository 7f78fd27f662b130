//! Spec file → checked model. Every problem is collected with its position; a spec with any problem
//! produces no model.

mod auth;
mod check;
mod choose;
mod fields;
mod final_errors;
mod hosts;
mod images;
mod kept;
mod nesting;
mod operations;
mod result;
mod rules;
mod task;
mod times;
mod unions;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{
    Auth, AuthLocation, Envelope, ErrorPaths, ParamLocation, Polling, ProviderInfo, Spec, TypeBody,
    TypeDef,
};
use crate::names::{is_snake_ident, is_type_ident};
use crate::reader::{At, MapReader, string_list};
use crate::yaml::{self, Node, Pos};
use fields::{FieldSite, Hoisted};
use std::collections::BTreeMap;

/// Loads and checks one spec. `file` is how messages name it (`specs/geeknow.yaml`).
pub fn load(file: &str, source: &str) -> Result<Spec, Vec<Diagnostic>> {
    let mut loader = Loader {
        diags: Diagnostics::new(file),
        hoisted: Vec::new(),
        declared_type_names: Vec::new(),
        generated_type_names: Vec::new(),
        type_refs: Vec::new(),
        spots: BTreeMap::new(),
        untyped: Vec::new(),
    };
    let root = match yaml::parse(source) {
        Ok(root) => root,
        Err((pos, message)) => {
            loader
                .diags
                .error(pos, format!("YAML syntax error: {message}"));
            return Err(loader.diags.into_sorted());
        }
    };
    if root.value == yaml::Value::Null {
        // Also a file of only comments: nothing to point at but the start.
        loader
            .diags
            .error(Pos { line: 1, col: 1 }, "the spec is empty");
        return Err(loader.diags.into_sorted());
    }
    let spec = loader.read_spec(file, &root);
    match spec {
        Some(spec) if loader.diags.is_empty() => Ok(spec),
        _ => Err(loader.diags.into_sorted()),
    }
}

pub(crate) struct Loader {
    pub diags: Diagnostics,
    hoisted: Vec<Hoisted>,
    declared_type_names: Vec<String>,
    /// The names generated for the operations (`CreateRequest`, `CreateResponse`, the table static
    /// `CREATE`), which no type of the spec may take.
    generated_type_names: Vec<String>,
    /// Every `type: Name` seen, checked against the known types at the end.
    type_refs: Vec<At<String>>,
    /// Where things the model keeps without a position were written (a rule's field names, a field's
    /// `default`), so checks that run on the finished model can point at them. Keyed by the position
    /// of the item that holds them (the rule, the field), a part (`when`, `check`, `default`) and a name.
    spots: BTreeMap<(Pos, &'static str, String), Pos>,
    /// Fields whose type is missing or unknown (reported): they are kept as strings so rules can name
    /// them, but checks that depend on the type skip them.
    untyped: Vec<Pos>,
}

impl Loader {
    fn read_spec(&mut self, file: &str, root: &Node) -> Option<Spec> {
        let mut top = MapReader::new(root, "the spec", &mut self.diags)?;
        let provider = top
            .require("provider")
            .and_then(|n| self.read_provider(n, top.key_pos("provider")));
        let auth = top
            .require("auth")
            .and_then(|n| self.read_auth(n, top.key_pos("auth")));
        let polling = top
            .get("polling")
            .map(|n| self.read_polling(n))
            .unwrap_or_default();
        let envelope = top
            .get("envelope")
            .and_then(|n| self.read_envelope(n, top.key_pos("envelope")));
        let errors = top
            .get("errors")
            .map(|n| self.read_errors(n))
            .unwrap_or_default();
        let types_node = top.get("types");
        let operations_node = top.require("operations");
        let result_node = top.get("result");
        let hosts = top
            .get("hosts")
            .map(|n| self.read_hosts(n))
            .unwrap_or_default();
        top.finish(&mut self.diags);

        // Declared names first, so hoisted inline types can avoid them. `read_types` reports the
        // problems of this mapping; reading it here must not report them a second time.
        if let Some(Node {
            value: yaml::Value::Map(entries),
            ..
        }) = types_node
        {
            self.declared_type_names = entries.iter().map(|(k, _)| k.name.clone()).collect();
        }
        if let Some(Node {
            value: yaml::Value::Map(entries),
            ..
        }) = operations_node
        {
            self.generated_type_names = entries
                .iter()
                .flat_map(|(k, _)| {
                    let prefix = crate::names::pascal_case(&k.name);
                    // The operation's table is a static named `CREATE`: a newtype (a tuple struct,
                    // so a value too) of that name would clash with it.
                    [
                        format!("{prefix}Request"),
                        format!("{prefix}Response"),
                        k.name.to_uppercase(),
                    ]
                })
                .collect();
        }
        let mut types = types_node.map(|n| self.read_types(n)).unwrap_or_default();
        let operations = operations_node
            .map(|n| self.read_operations(n))
            .unwrap_or_default();
        let result = result_node
            .map(|n| self.read_result(n, &operations))
            .unwrap_or_default();
        self.check_hosts(&hosts, &operations);
        if let (Some(provider), Some(auth)) = (&provider, &auth) {
            let auths: Vec<&Auth> = std::iter::once(auth)
                .chain(hosts.iter().filter_map(|h| h.auth.as_ref()))
                .collect();
            self.check_app_headers(&provider.headers, &auths);
        }
        types.extend(self.hoisted.drain(..).map(|h| TypeDef {
            response_only: h.lenient,
            ..h.def
        }));
        // A broken `provider` or `auth` was reported already; the rest of the spec is still checked
        // (with stand-ins for them), so one run reports every problem. No model comes out of it.
        let complete = provider.is_some() && auth.is_some();
        let spec = Spec {
            file: file.to_string(),
            provider: provider.unwrap_or_else(|| ProviderInfo {
                id: String::new(),
                name: String::new(),
                base_url: String::new(),
                docs: String::new(),
                description: String::new(),
                headers: Vec::new(),
            }),
            auth: auth.unwrap_or_else(|| Auth {
                location: AuthLocation::Header,
                name: String::new(),
                prefix: String::new(),
                accept: Vec::new(),
                env: String::new(),
            }),
            polling,
            envelope,
            errors,
            types,
            operations,
            result,
            hosts,
        };
        self.check(&spec);
        complete.then_some(spec)
    }

    fn read_provider(&mut self, node: &Node, key: Option<Pos>) -> Option<ProviderInfo> {
        let mut map = MapReader::new(node, "`provider`", &mut self.diags)?.owned_by(key);
        let id = map.required_string("id", &mut self.diags);
        let name = map.required_string("name", &mut self.diags);
        // Optional: a vendor whose every deployment has its own URL has no default (the user gives it).
        let base_url = map.string("base_url", &mut self.diags);
        let docs = map.string("docs", &mut self.diags);
        let description = map.string("description", &mut self.diags);
        let headers = map
            .get("headers")
            .map(|n| self.read_app_headers(n))
            .unwrap_or_default();
        map.finish(&mut self.diags);
        if let Some(id) = &id
            && !is_snake_ident(&id.value)
        {
            self.diags.error(
                id.pos,
                format!(
                    "provider id `{}` must be snake_case (it becomes a module name)",
                    id.value
                ),
            );
        }
        if let Some(url) = &base_url {
            self.check_base_url(&url.value, url.pos);
        }
        Some(ProviderInfo {
            id: id?.value,
            name: name?.value,
            base_url: base_url
                .map(|u| u.value.trim_end_matches('/').to_string())
                .unwrap_or_default(),
            docs: docs.map(|d| d.value).unwrap_or_default(),
            description: description.map(|d| d.value).unwrap_or_default(),
            headers,
        })
    }

    fn read_polling(&mut self, node: &Node) -> Polling {
        let Some(mut map) = MapReader::new(node, "`polling`", &mut self.diags) else {
            return Polling::default();
        };
        let min = map.count("min_interval_ms", &mut self.diags);
        let suggested = map.count("suggested_interval_ms", &mut self.diags);
        map.finish(&mut self.diags);
        Polling {
            min_interval_ms: min.map(|m| m.value).unwrap_or(0),
            suggested_interval_ms: suggested.map(|m| m.value).unwrap_or(0),
        }
    }

    fn read_envelope(&mut self, node: &Node, key: Option<Pos>) -> Option<Envelope> {
        let mut map = MapReader::new(node, "`envelope`", &mut self.diags)?.owned_by(key);
        let ok = map.require("ok");
        let ok_key = map.key_pos("ok");
        map.finish(&mut self.diags);
        let mut ok = MapReader::new(ok?, "`envelope.ok`", &mut self.diags)?.owned_by(ok_key);
        let path = ok.required_string("path", &mut self.diags);
        let values_node = ok.require("in");
        let values = values_node
            .map(|n| crate::reader::literal_list(n, "in", &mut self.diags))
            .unwrap_or_default();
        ok.finish(&mut self.diags);
        let path = path?;
        self.check_path(&path);
        if let Some(node) = values_node
            && values.is_empty()
        {
            self.diags
                .error(node.pos, "`envelope.ok.in` lists no accepted values");
        }
        Some(Envelope {
            path: path.value,
            ok: values.into_iter().map(|v| v.value.text()).collect(),
        })
    }

    fn read_errors(&mut self, node: &Node) -> ErrorPaths {
        let Some(mut map) = MapReader::new(node, "`errors`", &mut self.diags) else {
            return ErrorPaths::default();
        };
        let code = self.read_paths(&mut map, "code");
        let message = self.read_paths(&mut map, "message");
        let finals = map
            .get("final")
            .map(|n| self.read_finals(n))
            .unwrap_or_default();
        map.finish(&mut self.diags);
        ErrorPaths {
            code,
            message,
            finals,
        }
    }

    /// A `key: [path, ...]` entry; every path's syntax is checked.
    pub(crate) fn read_paths(&mut self, map: &mut MapReader, key: &'static str) -> Vec<String> {
        let Some(node) = map.get(key) else {
            return Vec::new();
        };
        self.read_path_list(node, key)
    }

    /// A path or a list of paths, each checked with the runtime's parser.
    pub(crate) fn read_path_list(&mut self, node: &Node, key: &str) -> Vec<String> {
        let paths = string_list(node, key, &mut self.diags);
        for path in &paths {
            self.check_path(path);
        }
        paths.into_iter().map(|p| p.value).collect()
    }

    /// An `in:` location word; a wrong one is reported and read as `body`.
    pub(crate) fn location(&mut self, word: &At<String>) -> ParamLocation {
        ParamLocation::parse(&word.value).unwrap_or_else(|| {
            self.diags.error(
                word.pos,
                format!(
                    "`in` must be {}, found `{}`",
                    word_list(ParamLocation::ALL.iter().map(|l| l.as_str())),
                    word.value
                ),
            );
            ParamLocation::Body
        })
    }

    /// Path syntax (see specs/README.md "Paths"); the runtime reads the same syntax.
    pub(crate) fn check_path(&mut self, path: &At<String>) {
        if let Err(message) = grokvid_spec::json_path::check(&path.value) {
            self.diags
                .error(path.pos, format!("bad path `{}`: {message}", path.value));
        }
    }

    fn read_types(&mut self, node: &Node) -> Vec<TypeDef> {
        let Some(map) = MapReader::new(node, "`types`", &mut self.diags) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, def) in map.entries() {
            if !is_type_ident(&key.name) {
                self.diags.error(
                    key.pos,
                    format!("type name `{}` must be PascalCase", key.name),
                );
            } else if let Some(problem) =
                crate::names::type_name_problem(&key.name, &self.generated_type_names)
            {
                self.diags.error(key.pos, problem);
            }
            let what = format!("type `{}`", key.name);
            let Some(mut body) = MapReader::new(def, &what, &mut self.diags) else {
                continue;
            };
            let description = body
                .string("description", &mut self.diags)
                .map(|d| d.value)
                .unwrap_or_default();
            let values = body.get("enum");
            let aliases = body.get("aliases");
            let fields = body.get("fields");
            body.finish(&mut self.diags);
            let type_body = match (values, fields) {
                (Some(values), None) => self.read_enum(values, aliases, &key.name),
                (None, Some(fields)) => {
                    if let Some(a) = aliases {
                        self.diags.error(a.pos, "`aliases` only applies to enums");
                    }
                    TypeBody::Object(self.read_fields(fields, &what, FieldSite::Object, &key.name))
                }
                _ => {
                    self.diags.error(
                        key.pos,
                        format!("{what} needs exactly one of `enum` or `fields`"),
                    );
                    continue;
                }
            };
            out.push(TypeDef {
                name: key.name.clone(),
                pos: key.pos,
                description,
                body: type_body,
                response_only: false,
            });
        }
        out
    }

    /// Remembers where a name inside the item at `owner` was written (see `spots`).
    pub(crate) fn note_spot(&mut self, owner: Pos, part: &'static str, name: &str, at: Pos) {
        self.spots
            .entry((owner, part, name.to_string()))
            .or_insert(at);
    }

    /// Where a name inside the item at `owner` was written; the item itself when not recorded.
    pub(crate) fn spot(&self, owner: Pos, part: &'static str, name: &str) -> Pos {
        self.spots
            .get(&(owner, part, name.to_string()))
            .copied()
            .unwrap_or(owner)
    }

    /// Whether the field's type was read (see `untyped`).
    pub(crate) fn typed(&self, field: &crate::model::FieldDef) -> bool {
        !self.untyped.contains(&field.pos)
    }

    /// Reports an error at `pos`.
    pub(crate) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.error(pos, message);
    }
}

/// `a, b or c`: the words a value must be one of, for messages.
pub(crate) fn word_list<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.collect();
    match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
