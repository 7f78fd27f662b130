//! `operations:`: method, path, body encoding, params, consts, rules and responses.

use super::Loader;
use super::fields::FieldSite;
use crate::model::{
    BodyKind, Builtin, ConstDef, FieldDef, Form, Method, OperationDef, ParamLocation, ResponseDef,
    Role, Seg, Ty,
};
use crate::names::{is_snake_ident, pascal_case};
use crate::reader::{MapReader, literal, string};
use crate::yaml::{Node, Value};

impl Loader {
    pub(super) fn read_operations(&mut self, node: &Node) -> Vec<OperationDef> {
        let Some(map) = MapReader::new(node, "`operations`", &mut self.diags) else {
            return Vec::new();
        };
        if map.entries().is_empty() {
            self.error(
                node.pos,
                "`operations` is empty: a provider needs at least a create operation",
            );
        }
        let mut out: Vec<OperationDef> = Vec::new();
        let mut all_roles_known = true;
        for (key, def) in map.entries() {
            if !is_snake_ident(&key.name) {
                self.error(
                    key.pos,
                    format!(
                        "operation name `{}` must be snake_case (it becomes a method name)",
                        key.name
                    ),
                );
            } else if crate::names::CLIENT_METHODS.contains(&key.name.as_str()) {
                self.error(
                    key.pos,
                    format!(
                        "operation name `{}` is taken by the generated `Client`'s own method \
                         `{}`; choose another",
                        key.name, key.name
                    ),
                );
            }
            if let Some((op, role_known)) = self.read_operation(&key.name, key.pos, def) {
                all_roles_known &= role_known;
                out.push(op);
            }
        }
        self.check_roles(&out, all_roles_known);
        out
    }

    /// One operation, and whether its role could be read. A missing or bad `role`, `method` or `path`
    /// is reported and replaced by a stand-in, so the rest of the operation is still checked.
    fn read_operation(
        &mut self,
        name: &str,
        pos: crate::yaml::Pos,
        node: &Node,
    ) -> Option<(OperationDef, bool)> {
        let what = format!("operation `{name}`");
        let mut map = MapReader::new(node, &what, &mut self.diags)?.owned_by(Some(pos));
        let type_prefix = pascal_case(name);
        let role = map.required_string("role", &mut self.diags).and_then(|r| {
            let role = Role::parse(&r.value);
            if role.is_none() {
                self.error(
                    r.pos,
                    format!(
                        "`role` must be {}, found `{}`",
                        super::word_list(Role::ALL.iter().map(|r| r.as_str())),
                        r.value
                    ),
                );
            }
            role
        });
        let description = map
            .string("description", &mut self.diags)
            .map(|d| d.value)
            .unwrap_or_default();
        let method = map
            .required_string("method", &mut self.diags)
            .and_then(|m| {
                let upper = m.value.to_ascii_uppercase();
                let method = Method::parse(&upper);
                if method.is_none() {
                    self.error(
                        m.pos,
                        format!(
                            "`method` must be {}, found `{upper}`",
                            super::word_list(Method::ALL.iter().map(|m| m.as_str()))
                        ),
                    );
                }
                method
            });
        let path = map.required_string("path", &mut self.diags);
        let body = map.string("body", &mut self.diags);
        let wrap = map.string("wrap", &mut self.diags);
        let headers = map
            .get("headers")
            .map(|n| self.read_headers(n))
            .unwrap_or_default();
        let (params, consts) = map
            .get("params")
            .map(|n| self.read_params(n, &what, &type_prefix))
            .unwrap_or_default();
        let rules = map
            .get("rules")
            .map(|n| self.read_rules(n))
            .unwrap_or_default();
        let response = map
            .get("response")
            .map(|n| self.read_response(n, &what, &type_prefix))
            .unwrap_or_default();
        let unified = map.get("unified").map(|n| self.read_unified(n));
        let host = map
            .string("host", &mut self.diags)
            .map(|h| (h.value, h.pos));
        map.finish(&mut self.diags);

        let method = method.unwrap_or(Method::Post);
        let body = match body {
            None if matches!(method, Method::Post | Method::Put | Method::Patch) => BodyKind::Json,
            None => BodyKind::None,
            Some(b) => BodyKind::parse(&b.value).unwrap_or_else(|| {
                self.error(
                    b.pos,
                    format!(
                        "`body` must be {}, found `{}`",
                        super::word_list(BodyKind::ALL.iter().map(|b| b.as_str())),
                        b.value
                    ),
                );
                BodyKind::Json
            }),
        };
        if let Some(w) = &wrap
            && body != BodyKind::Json
        {
            self.error(w.pos, "`wrap` needs a JSON body");
        }
        if let Some(path) = &path
            && !path.value.starts_with('/')
        {
            self.error(
                path.pos,
                format!("`path` must start with `/`, found `{}`", path.value),
            );
        }
        let op = OperationDef {
            name: name.to_string(),
            type_prefix,
            pos,
            description,
            role: role.unwrap_or(Role::Other),
            method,
            path: path.as_ref().map(|p| p.value.clone()).unwrap_or_default(),
            path_segments: Vec::new(),
            body,
            wrap: wrap.map(|w| w.value),
            headers,
            params,
            consts,
            rules,
            response,
            unified,
            host,
        };
        let mut op = op;
        if let Some(path) = &path {
            op.path_segments = self.check_path_template(&op, path.pos);
        }
        self.check_params(&op);
        self.check_nesting(&op);
        Some((op, role.is_some()))
    }

    /// `unified:` — neutral name → param, as a plain wire name or `{field, values, key}`.
    fn read_unified(&mut self, node: &Node) -> crate::model::UnifiedDef {
        let mut out = crate::model::UnifiedDef::default();
        let Some(mut map) = MapReader::new(node, "`unified`", &mut self.diags) else {
            return out;
        };
        out.prompt = map
            .get("prompt")
            .and_then(|n| self.read_neutral(n, "prompt"));
        out.model = map.get("model").and_then(|n| self.read_neutral(n, "model"));
        out.duration = map
            .get("duration")
            .and_then(|n| self.read_neutral(n, "duration"));
        out.aspect_ratio = map
            .get("aspect_ratio")
            .and_then(|n| self.read_neutral(n, "aspect_ratio"));
        out.resolution = map
            .get("resolution")
            .and_then(|n| self.read_neutral(n, "resolution"));
        out.images = map
            .get("images")
            .and_then(|n| self.read_neutral(n, "images"));
        out.when = map.get("when").and_then(|n| self.read_when(n));
        map.finish(&mut self.diags);
        out
    }

    fn read_neutral(&mut self, node: &Node, name: &str) -> Option<crate::model::NeutralField> {
        if let Value::Str(field) = &node.value {
            return Some(crate::model::NeutralField {
                pos: node.pos,
                field: field.clone(),
                values: Vec::new(),
                key: None,
                item: Default::default(),
            });
        }
        let mut map = MapReader::new(node, &format!("`unified.{name}`"), &mut self.diags)?;
        let field = map.required_string("field", &mut self.diags);
        let values = match map.get("values") {
            None => Vec::new(),
            Some(values) => match MapReader::new(values, "`values`", &mut self.diags) {
                None => Vec::new(),
                Some(values) => values
                    .entries()
                    .iter()
                    .filter_map(|(k, v)| {
                        crate::reader::literal(v, &k.name, &mut self.diags)
                            .map(|v| (k.name.clone(), v.value.text()))
                    })
                    .collect(),
            },
        };
        let key = map.string("key", &mut self.diags).map(|k| k.value);
        let item = self.read_image_item(&mut map, name);
        map.finish(&mut self.diags);
        let field = field?;
        Some(crate::model::NeutralField {
            pos: field.pos,
            field: field.value,
            values,
            key,
            item,
        })
    }

    fn read_headers(&mut self, node: &Node) -> Vec<(String, String)> {
        let Some(map) = MapReader::new(node, "`headers`", &mut self.diags) else {
            return Vec::new();
        };
        map.entries()
            .iter()
            .filter_map(|(k, v)| {
                string(v, &k.name, &mut self.diags).map(|v| (k.name.clone(), v.value))
            })
            .collect()
    }

    /// Params and consts: an entry with `const:` is a constant, anything else a field.
    fn read_params(
        &mut self,
        node: &Node,
        what: &str,
        scope: &str,
    ) -> (Vec<FieldDef>, Vec<ConstDef>) {
        let Some(map) = MapReader::new(node, &format!("params of {what}"), &mut self.diags) else {
            return Default::default();
        };
        let mut params: Vec<FieldDef> = Vec::new();
        let mut consts = Vec::new();
        for (key, value) in map.entries() {
            let is_const = matches!(&value.value, Value::Map(entries) if entries.iter().any(|(k, _)| k.name == "const"));
            if is_const {
                self.check_const_key(key.pos, &key.name);
                if let Some(c) = self.read_const(&key.name, value) {
                    consts.push(c);
                }
            } else if let Some(field) =
                self.read_field(key.pos, &key.name, value, FieldSite::Param, scope)
            {
                if let Some(other) = params.iter().find(|p| p.rust == field.rust) {
                    self.error(
                        field.pos,
                        format!(
                            "params `{}` and `{}` are both named `{}` in Rust; set `rust:` on one",
                            other.wire, field.wire, field.rust
                        ),
                    );
                }
                params.push(field);
            }
        }
        (params, consts)
    }

    fn read_const(&mut self, wire: &str, node: &Node) -> Option<ConstDef> {
        let what = format!("const param `{wire}`");
        let mut map = MapReader::new(node, &what, &mut self.diags)?;
        let value = map
            .get("const")
            .and_then(|n| literal(n, "const", &mut self.diags));
        let _ = map.string("description", &mut self.diags);
        let location = match map.string("in", &mut self.diags) {
            None => ParamLocation::Body,
            Some(l) => self.location(&l),
        };
        map.finish(&mut self.diags);
        Some(ConstDef {
            wire: wire.to_string(),
            location,
            value: value?.value,
        })
    }

    /// `{name}` placeholders and `in: path` params must match one to one. The template is parsed by
    /// the shared parser (the one the client renders and the simulator matches with); its segments are
    /// returned for the emitter, or none when it is malformed (reported here).
    fn check_path_template(
        &mut self,
        op: &OperationDef,
        pos: crate::yaml::Pos,
    ) -> Vec<Seg<String>> {
        let segments = match grokvid_spec::template::parse(&op.path) {
            Ok(segments) => segments,
            Err(e) => {
                self.error(
                    pos,
                    format!("`path` of operation `{}`: {e} (in `{}`)", op.name, op.path),
                );
                return Vec::new();
            }
        };
        let placeholders: Vec<&str> = grokvid_spec::PathTemplate::new(&segments)
            .params()
            .collect();
        for name in &placeholders {
            let param = op.params.iter().find(|p| p.wire == *name);
            let constant = op.consts.iter().find(|c| c.wire == *name);
            match (param, constant) {
                (Some(p), _) if p.location != ParamLocation::Path => self.error(p.pos, format!("param `{name}` fills `{{{name}}}` in the path of operation `{}`, so it needs `in: path`", op.name)),
                (Some(p), _) if !p.required => self.error(p.pos, format!("path param `{name}` of operation `{}` must be `required: true`", op.name)),
                (None, Some(c)) if c.location != ParamLocation::Path => self.error(pos, format!("const `{name}` fills the path, so it needs `in: path`")),
                (None, None) => self.error(pos, format!("path placeholder `{{{name}}}` of operation `{}` has no param named `{name}` with `in: path`", op.name)),
                _ => {}
            }
        }
        for p in op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Path)
        {
            if !placeholders.contains(&p.wire.as_str()) {
                self.error(
                    p.pos,
                    format!(
                        "param `{}` is `in: path` but the path `{}` has no `{{{}}}`",
                        p.wire, op.path, p.wire
                    ),
                );
            }
        }
        segments
            .iter()
            .map(|seg| match seg {
                Seg::Lit(text) => Seg::Lit(text.to_string()),
                Seg::Param(name) => Seg::Param(name.to_string()),
            })
            .collect()
    }

    fn check_params(&mut self, op: &OperationDef) {
        for p in &op.params {
            let is_file = p.ty.item().is(Builtin::File);
            if is_file && (op.body != BodyKind::Multipart || p.location != ParamLocation::Body) {
                self.error(
                    p.pos,
                    format!(
                        "file param `{}` needs a multipart body (`body: multipart`)",
                        p.wire
                    ),
                );
            }
            if !p.accept.is_empty() && !is_file && self.typed(p) {
                self.error(
                    p.pos,
                    format!(
                        "`accept` applies to file params, but `{}` is not a file",
                        p.wire
                    ),
                );
            }
            if p.location == ParamLocation::Body && op.body == BodyKind::None {
                self.error(p.pos, format!("param `{}` goes in the body, but operation `{}` sends no body; set `in:` or `body:`", p.wire, op.name));
            }
            if p.location != ParamLocation::Body && !is_scalar_param(&p.ty) {
                self.error(p.pos, format!("param `{}` goes in the {}, which only carries scalar values or lists of them", p.wire, location_name(p.location)));
            }
            if op.body == BodyKind::Multipart
                && p.location == ParamLocation::Body
                && !is_file
                && !is_scalar_param(&p.ty)
            {
                self.error(
                    p.pos,
                    format!(
                        "multipart field `{}` must be a scalar or a list of scalars",
                        p.wire
                    ),
                );
            }
        }
        for c in &op.consts {
            if op.params.iter().any(|p| p.wire == c.wire) {
                self.error(
                    op.pos,
                    format!(
                        "`{}` is both a const and a param of operation `{}`",
                        c.wire, op.name
                    ),
                );
            }
        }
        let task_ids: Vec<&FieldDef> = op.params.iter().filter(|p| p.task_id).collect();
        if task_ids.len() > 1 {
            self.error(
                task_ids[1].pos,
                format!(
                    "operation `{}` marks more than one param `task_id: true`",
                    op.name
                ),
            );
        }
        if let Some(p) = task_ids.first()
            && (!p.required || !p.ty.is(Builtin::String))
        {
            self.error(
                p.pos,
                format!("the task id param `{}` must be a required string", p.wire),
            );
        }
        if matches!(op.role, Role::Query | Role::Content) && task_ids.is_empty() {
            self.error(
                op.pos,
                format!(
                    "operation `{}` is a {} operation, so one param needs `task_id: true`",
                    op.name,
                    Role::as_str(op.role)
                ),
            );
        }
        match op.role {
            Role::Create | Role::Query if op.response.task.is_none() => self.error(
                op.pos,
                format!(
                    "operation `{}` needs `response.task` to say how its reply maps onto a task",
                    op.name
                ),
            ),
            Role::BatchQuery if op.response.tasks_at.is_none() => self.error(
                op.pos,
                format!(
                    "operation `{}` needs `response.tasks` (where the list of tasks is)",
                    op.name
                ),
            ),
            Role::Content if op.response.media.is_none() => self.error(
                op.pos,
                format!(
                    "operation `{}` needs `response.media` (the file's media type)",
                    op.name
                ),
            ),
            _ => {}
        }
    }

    /// One query, one content and one batch query at most: the lifecycle must know which to call.
    /// `all_known`: every role could be read (a broken one may have been meant as the create).
    fn check_roles(&mut self, ops: &[OperationDef], all_known: bool) {
        for role in [Role::Query, Role::Content, Role::BatchQuery] {
            let with_role: Vec<&OperationDef> = ops.iter().filter(|o| o.role == role).collect();
            if with_role.len() > 1 {
                self.error(
                    with_role[1].pos,
                    format!(
                        "duplicate {} operation: `{}` and `{}` both have `role: {}`",
                        Role::as_str(role),
                        with_role[0].name,
                        with_role[1].name,
                        Role::as_str(role)
                    ),
                );
            }
        }
        if all_known && !ops.iter().any(|o| o.role == Role::Create) && !ops.is_empty() {
            self.error(
                ops[0].pos,
                "the provider has no operation with `role: create`",
            );
        }
    }

    fn read_response(&mut self, node: &Node, what: &str, scope: &str) -> ResponseDef {
        let Some(mut map) = MapReader::new(node, &format!("response of {what}"), &mut self.diags)
        else {
            return ResponseDef::default();
        };
        let fields = map
            .get("fields")
            .map(|n| {
                self.read_fields(
                    n,
                    &format!("response fields of {what}"),
                    FieldSite::Response,
                    &format!("{scope}Response"),
                )
            })
            .unwrap_or_default();
        let times = map
            .get("times")
            .map(|n| self.read_times(n, &fields, map.key_pos("tasks").is_some()))
            .unwrap_or_default();
        let task = map.get("task").map(|n| self.read_task(n, &times));
        let tasks_key = map.key_pos("tasks");
        let tasks_at = map.get("tasks").and_then(|n| {
            let mut tasks = MapReader::new(n, "`tasks`", &mut self.diags)?.owned_by(tasks_key);
            let at = tasks.required_string("at", &mut self.diags);
            tasks.finish(&mut self.diags);
            let at = at?;
            self.check_path(&at);
            Some(at.value)
        });
        let media = map.string("media", &mut self.diags).map(|m| m.value);
        map.finish(&mut self.diags);
        ResponseDef {
            fields,
            task,
            tasks_at,
            media,
            times,
        }
    }
}

fn is_scalar_param(ty: &Ty) -> bool {
    match ty {
        Ty::List(inner) => is_scalar_param(inner),
        Ty::Builtin(b) => b.form() != Form::Any,
        // Named types are enums or newtypes here; objects are rejected by the emitter's check.
        Ty::Named(_) => true,
    }
}

pub(super) fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query string",
        ParamLocation::Header => "headers",
        ParamLocation::Body => "body",
    }
}
