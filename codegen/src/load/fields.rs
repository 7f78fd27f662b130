//! Fields and types: the syntax shared by params, object fields, response fields and `types`.

use super::Loader;
use crate::model::{
    Bounds, Builtin, EnumDef, EnumValue, FieldDef, Limits, Literal, ParamLocation, Ty, TypeBody,
    TypeDef,
};
use crate::names::{
    RESERVED_FIELD_NAMES, RESERVED_VARIANT_NAMES, derived_field_name, derived_type_name,
    is_snake_ident, is_type_ident, type_name_problem, variant_name,
};
use crate::reader::{At, MapReader, literal, string, string_list};
use crate::yaml::{Node, Pos, Value};

/// The schemes a `url` takes, which `schemes:` may narrow.
const URL_SCHEMES: [&str; 3] = ["http", "https", "data"];

/// Where a field is being read, which decides what it may say.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldSite {
    /// An operation parameter.
    Param,
    /// A field of a request-side object (`types` or inline in a param).
    Object,
    /// A response field: constraints are documentation only, enums are open.
    Response,
}

/// The built-in type names of `type:`.
fn builtin_words() -> impl Iterator<Item = &'static str> + Clone {
    Builtin::ALL.iter().map(|b| b.as_str())
}

/// The built-in type a misspelt or foreign type name most likely means (`int`, `strng`).
pub(super) fn suggest_builtin(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let common = match lower.as_str() {
        "int" | "i64" | "i32" | "u64" | "long" => Some("integer"),
        "str" | "text" => Some("string"),
        "bool" => Some("boolean"),
        "float" | "double" | "f64" => Some("number"),
        "uri" => Some("url"),
        "object" | "any" => Some("json"),
        _ => None,
    };
    common.or_else(|| crate::names::suggest(&lower, builtin_words()))
}

/// A parsed `type:` expression before names are resolved.
fn parse_type(text: &str) -> Result<Ty, String> {
    let text = text.trim();
    if let Some(inner) = text
        .strip_prefix("list<")
        .and_then(|rest| rest.strip_suffix('>'))
    {
        return Ok(Ty::List(Box::new(parse_type(inner)?)));
    }
    if let Some(builtin) = Builtin::parse(text) {
        return Ok(Ty::Builtin(builtin));
    }
    if text.starts_with('[') {
        return Err(format!(
            "`{text}`: a union is written as the whole `type` (`type: [integer, string]`), \
             never inside `list<...>` or as text"
        ));
    }
    if is_type_ident(text) {
        return Ok(Ty::Named(text.to_string()));
    }
    Err(match suggest_builtin(text) {
        Some(builtin) => format!("unknown type `{text}`; did you mean `{builtin}`?"),
        None => format!(
            "unknown type `{text}`: expected {}, list<T> or a type name from `types` (PascalCase)",
            builtin_words().collect::<Vec<_>>().join(", ")
        ),
    })
}

/// What a field's Rust name is derived from: a param named by a dotted body path (`input.prompt`)
/// is named after its last segment (`prompt`); object and reply fields keep their whole key.
fn rust_source(wire: &str, site: FieldSite) -> &str {
    match site {
        // A malformed path (`a..b`) is reported as such, not as a name that cannot be derived.
        FieldSite::Param if !grokvid_spec::body::has_empty_segment(wire) => {
            wire.rsplit('.').next().unwrap_or(wire)
        }
        _ => wire,
    }
}

impl Loader {
    /// Reads every entry of a `params:`/`fields:` mapping.
    pub(super) fn read_fields(
        &mut self,
        node: &Node,
        what: &str,
        site: FieldSite,
        scope: &str,
    ) -> Vec<FieldDef> {
        let Some(map) = MapReader::new(node, what, &mut self.diags) else {
            return Vec::new();
        };
        let mut fields = Vec::new();
        for (key, value) in map.entries() {
            if let Some(field) = self.read_field(key.pos, &key.name, value, site, scope) {
                fields.push(field);
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for field in &fields {
            if seen.contains(&field.rust.as_str()) {
                self.diags.error(
                    field.pos,
                    format!(
                        "two fields of {what} are both named `{}` in Rust; set `rust:` on one",
                        field.rust
                    ),
                );
            }
            seen.push(&field.rust);
        }
        fields
    }

    /// Reads one field. `scope` prefixes hoisted type names when they would collide.
    pub(super) fn read_field(
        &mut self,
        key_pos: Pos,
        wire: &str,
        node: &Node,
        site: FieldSite,
        scope: &str,
    ) -> Option<FieldDef> {
        let what = format!("field `{wire}`");
        // `name: string` is shorthand for `name: {type: string}`.
        if let Value::Str(text) = &node.value {
            let ty = match parse_type(text) {
                Ok(ty) => ty,
                Err(message) => {
                    self.diags.error(node.pos, message);
                    // Keep the field (as a string), so rules and paths naming it are still checked.
                    self.untyped.push(key_pos);
                    Ty::Builtin(Builtin::String)
                }
            };
            self.note_type_refs(&ty, node.pos);
            return Some(FieldDef {
                wire: wire.to_string(),
                rust: self.rust_field_name(rust_source(wire, site), None, key_pos),
                pos: key_pos,
                description: String::new(),
                ty,
                required: false,
                default: None,
                client_default: false,
                location: ParamLocation::Body,
                task_id: false,
                limits: Limits::default(),
                accept: Vec::new(),
            });
        }
        let mut map = MapReader::new(node, &what, &mut self.diags)?;
        if let Some(at) = map.key_pos("const") {
            // Params with `const:` never get here (the operation loader reads them); anywhere else
            // the whole field is the one mistake, so it is reported once, at `const`, and dropped.
            let place = match site {
                FieldSite::Response => "a response field",
                _ => "an object field",
            };
            self.diags.error(
                at,
                format!("field `{wire}`: `const` is only allowed on operation params, and this is {place}"),
            );
            return None;
        }
        let description = map
            .string("description", &mut self.diags)
            .map(|d| d.value)
            .unwrap_or_default();
        let rust_override = map.string("rust", &mut self.diags);
        let rust = self.rust_field_name(rust_source(wire, site), rust_override.as_ref(), key_pos);
        let type_name = map.string("type_name", &mut self.diags);
        if let Some(name) = &type_name {
            if !is_type_ident(&name.value) {
                self.diags.error(
                    name.pos,
                    format!(
                        "`type_name` `{}` must be a PascalCase Rust type name",
                        name.value
                    ),
                );
            } else if let Some(problem) = type_name_problem(&name.value, &self.generated_type_names)
            {
                self.diags.error(name.pos, problem);
            }
        }
        let required_given = map.bool("required", &mut self.diags);
        let mut limits = self.read_limits(&mut map);
        let mut accept: Vec<String> = map
            .get("accept")
            .map(|n| string_list(n, "accept", &mut self.diags))
            .unwrap_or_default()
            .into_iter()
            .map(|a| a.value.trim_start_matches('.').to_ascii_lowercase())
            .collect();
        let default = map
            .get("default")
            .and_then(|n| literal(n, "default", &mut self.diags));
        if let Some(d) = &default {
            self.note_spot(key_pos, "default", "", d.pos);
        }
        let client_default = match map.string("default_by", &mut self.diags) {
            None => false,
            Some(by) => match by.value.as_str() {
                "client" => true,
                "vendor" => false,
                other => {
                    self.diags.error(
                        by.pos,
                        format!("`default_by` must be `client` or `vendor`, found `{other}`"),
                    );
                    false
                }
            },
        };
        if client_default && default.is_none() {
            self.diags
                .error(key_pos, "`default_by: client` needs a `default` value");
        }
        let location = self.read_location(&mut map, site);
        // A path param is always required (the path cannot be built without it): saying so is optional.
        let required = required_given.unwrap_or(location == ParamLocation::Path);
        let task_id = map.bool("task_id", &mut self.diags).unwrap_or(false);
        if task_id && site != FieldSite::Param {
            self.diags
                .error(key_pos, "`task_id` is only meaningful on operation params");
        }
        let union = map
            .get("type")
            .filter(|node| matches!(node.value, Value::Seq(_)));
        let base = match union {
            Some(node) => {
                let at = super::unions::UnionSite {
                    wire,
                    rust: &rust,
                    type_name: type_name.as_ref(),
                    pos: key_pos,
                    site,
                    scope,
                    description: &description,
                };
                self.read_union(node, &mut map, &mut limits, &mut accept, at)
            }
            None => self.read_field_type(
                &mut map,
                wire,
                &rust,
                type_name.as_ref(),
                key_pos,
                site,
                scope,
                &description,
            ),
        };
        map.finish(&mut self.diags);
        // A missing or unknown type was reported; the field stays (as a string) so rules and paths
        // naming it are still checked, but its limits are not checked against a guessed type.
        let known = base.is_some();
        if !known {
            self.untyped.push(key_pos);
        }
        let base = base.unwrap_or(Ty::Builtin(Builtin::String));
        if base.item().is(Builtin::Url) {
            // A URL's `accept` names the formats its path may end in: a check of its text.
            limits.formats = std::mem::take(&mut accept);
        }

        if limits.text_form && site == FieldSite::Response {
            let msg = "`wire: string` applies to request fields; replies are read leniently \
                       (`\"6\"` and `6` alike)";
            self.diags.error(key_pos, msg);
        }
        if site == FieldSite::Response {
            // Replies are read leniently: their limits are documentation only.
            limits.pattern = None;
            limits.schemes.clear();
            limits.formats.clear();
        }
        let hoisted = known && site != FieldSite::Response && limits.constrains_scalar();
        let ty = if hoisted {
            self.hoist_newtype(
                base,
                limits.clone(),
                wire,
                &rust,
                type_name.as_ref(),
                key_pos,
                scope,
                &description,
            )
        } else {
            base
        };
        let list_limits = Limits {
            min_items: limits.min_items,
            max_items: limits.max_items,
            ..Limits::default()
        };
        if known && (limits.min_items.is_some() || limits.max_items.is_some()) && !ty.is_list() {
            self.diags.error(
                key_pos,
                format!("`min_items`/`max_items` need a list type, but `{wire}` is not a list"),
            );
        }
        Some(FieldDef {
            wire: wire.to_string(),
            rust,
            pos: key_pos,
            description,
            ty,
            required,
            default: default.map(|d| d.value),
            client_default,
            location,
            task_id,
            limits: list_limits,
            accept,
        })
    }

    fn rust_field_name(&mut self, wire: &str, explicit: Option<&At<String>>, pos: Pos) -> String {
        match explicit {
            Some(name) => {
                if !is_snake_ident(&name.value) {
                    self.diags.error(
                        name.pos,
                        format!("`rust` name `{}` must be a snake_case identifier that is not a keyword", name.value),
                    );
                } else if RESERVED_FIELD_NAMES.contains(&name.value.as_str()) {
                    self.diags.error(
                        name.pos,
                        format!(
                            "`rust` name `{}` is taken by a method of the generated struct; choose another",
                            name.value
                        ),
                    );
                }
                name.value.clone()
            }
            None => {
                let name = derived_field_name(wire);
                if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                    self.diags.error(
                        pos,
                        format!("cannot derive a Rust name from `{wire}`; set `rust:`"),
                    );
                }
                name
            }
        }
    }

    fn read_limits(&mut self, map: &mut MapReader) -> Limits {
        let min = map.number("min", &mut self.diags);
        let max = map.number("max", &mut self.diags);
        let min_length = map.count("min_length", &mut self.diags);
        let max_length = map.count("max_length", &mut self.diags);
        let min_items = map.count("min_items", &mut self.diags);
        let max_items = map.count("max_items", &mut self.diags);
        let text_form = match map.string("wire", &mut self.diags) {
            None => false,
            Some(w) if w.value == "string" => true,
            Some(w) => {
                let msg = format!(
                    "`wire` must be `string` (a number sent as JSON text, `\"6\"`), found `{}`; \
                     leave it out to send the type's own JSON form",
                    w.value
                );
                self.diags.error(w.pos, msg);
                false
            }
        };
        let pattern = map.string("pattern", &mut self.diags).and_then(|p| {
            grokvid_spec::pattern::compile(&p.value)
                .map_err(|message| self.diags.error(p.pos, message))
                .ok()
                .map(|_| p.value)
        });
        let schemes = map
            .get("schemes")
            .map(|n| string_list(n, "schemes", &mut self.diags))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|scheme| {
                let lower = scheme.value.trim_end_matches("://").trim_end_matches(':');
                let lower = lower.to_ascii_lowercase();
                if URL_SCHEMES.contains(&lower.as_str()) {
                    return Some(lower);
                }
                let msg = format!(
                    "`{}` is not a scheme a `url` takes; expected {}",
                    scheme.value,
                    URL_SCHEMES.join(", ")
                );
                self.diags.error(scheme.pos, msg);
                None
            })
            .collect();
        for (lo, hi, (lo_key, hi_key)) in [
            (
                min.as_ref().map(|a| (a.pos, a.value)),
                max.as_ref().map(|a| a.value),
                ("min", "max"),
            ),
            (
                min_length.as_ref().map(|a| (a.pos, a.value as f64)),
                max_length.as_ref().map(|a| a.value as f64),
                ("min_length", "max_length"),
            ),
            (
                min_items.as_ref().map(|a| (a.pos, a.value as f64)),
                max_items.as_ref().map(|a| a.value as f64),
                ("min_items", "max_items"),
            ),
        ] {
            if let (Some((pos, lo)), Some(hi)) = (lo, hi)
                && lo > hi
            {
                self.diags.error(
                    pos,
                    format!("`{lo_key}` {lo} is greater than `{hi_key}` {hi}"),
                );
            }
        }
        Limits {
            min: min.map(|a| a.value),
            max: max.map(|a| a.value),
            min_length: min_length.map(|a| a.value),
            max_length: max_length.map(|a| a.value),
            min_items: min_items.map(|a| a.value),
            max_items: max_items.map(|a| a.value),
            text_form,
            pattern,
            schemes,
            formats: Vec::new(),
        }
    }

    fn read_location(&mut self, map: &mut MapReader, site: FieldSite) -> ParamLocation {
        let Some(loc) = map.string("in", &mut self.diags) else {
            return ParamLocation::Body;
        };
        if site != FieldSite::Param {
            self.diags
                .error(loc.pos, "`in` is only meaningful on operation params");
        }
        self.location(&loc)
    }

    /// The field's type: `type:`, or an inline `enum:`/`fields:` hoisted into a named type. `None`
    /// when it is missing or unknown (reported here).
    #[allow(clippy::too_many_arguments)]
    fn read_field_type(
        &mut self,
        map: &mut MapReader,
        wire: &str,
        rust: &str,
        type_name: Option<&At<String>>,
        pos: Pos,
        site: FieldSite,
        scope: &str,
        description: &str,
    ) -> Option<Ty> {
        let declared = map.string("type", &mut self.diags);
        let enum_node = map.get("enum");
        let aliases_node = map.get("aliases");
        let fields_node = map.get("fields");
        let inline_name = self.type_name_of(type_name, rust);
        let as_list = match &declared {
            Some(t) if t.value == "list" => true,
            Some(t) if enum_node.is_some() || fields_node.is_some() => {
                self.diags.error(
                    t.pos,
                    "a field with inline `enum` or `fields` may only say `type: list` (a list of them)",
                );
                false
            }
            _ => false,
        };
        let inline = if let Some(values) = enum_node {
            let body = self.read_enum(values, aliases_node, &inline_name);
            Some((body, description.to_string()))
        } else if let Some(fields) = fields_node {
            if aliases_node.is_some() {
                self.diags.error(pos, "`aliases` only applies to enums");
            }
            let object_site = if site == FieldSite::Response {
                FieldSite::Response
            } else {
                FieldSite::Object
            };
            let what = format!("fields of `{wire}`");
            let body = TypeBody::Object(self.read_fields(fields, &what, object_site, scope));
            Some((body, description.to_string()))
        } else {
            if let Some(aliases) = aliases_node {
                self.diags
                    .error(aliases.pos, "`aliases` only applies to enums");
            }
            None
        };
        if let Some((body, description)) = inline {
            let name = self.hoist(
                inline_name,
                pos,
                description,
                body,
                scope,
                site == FieldSite::Response,
            );
            let named = Ty::Named(name);
            return Some(if as_list {
                Ty::List(Box::new(named))
            } else {
                named
            });
        }
        let Some(declared) = declared else {
            self.diags.error(
                pos,
                format!("field `{wire}` needs a `type` (or an inline `enum` or `fields`)"),
            );
            return None;
        };
        match parse_type(&declared.value) {
            Ok(ty) => {
                self.note_type_refs(&ty, declared.pos);
                Some(ty)
            }
            Err(message) => {
                self.diags.error(declared.pos, message);
                None
            }
        }
    }

    /// Remembers named-type references, resolved once all types are known.
    fn note_type_refs(&mut self, ty: &Ty, pos: Pos) {
        match ty {
            Ty::Named(name) => self.type_refs.push(At::new(pos, name.clone())),
            Ty::List(inner) => self.note_type_refs(inner, pos),
            _ => {}
        }
    }

    /// Reads `enum:` values and `aliases:`.
    pub(super) fn read_enum(
        &mut self,
        values: &Node,
        aliases: Option<&Node>,
        type_name: &str,
    ) -> TypeBody {
        let mut out: Vec<EnumValue> = Vec::new();
        let Value::Seq(items) = &values.value else {
            self.diags.error(
                values.pos,
                format!(
                    "`enum` must be a list of values, found {}",
                    values.value.kind()
                ),
            );
            return TypeBody::Enum(EnumDef {
                values: out,
                aliases: Vec::new(),
                integer: false,
            });
        };
        if items.is_empty() {
            self.diags
                .error(values.pos, format!("enum `{type_name}` has no values"));
        }
        let mut positions = Vec::new();
        for item in items {
            let (value, name, description) = if let Value::Map(_) = item.value {
                let Some(mut map) = MapReader::new(item, "enum value", &mut self.diags) else {
                    continue;
                };
                let value = map
                    .require("value")
                    .and_then(|n| literal(n, "value", &mut self.diags));
                let name = map.string("name", &mut self.diags);
                let description = map
                    .string("description", &mut self.diags)
                    .map(|d| d.value)
                    .unwrap_or_default();
                map.finish(&mut self.diags);
                let Some(value) = value else { continue };
                (value, name, description)
            } else {
                let Some(value) = literal(item, "enum value", &mut self.diags) else {
                    continue;
                };
                (value, None, String::new())
            };
            let variant = match &name {
                Some(n) => {
                    if !is_type_ident(&n.value) {
                        self.diags.error(
                            n.pos,
                            format!("variant name `{}` must be PascalCase", n.value),
                        );
                    } else if RESERVED_VARIANT_NAMES.contains(&n.value.as_str()) {
                        self.diags.error(
                            n.pos,
                            format!(
                                "variant name `{}` is taken by the enum's generated impls; \
                                 choose another",
                                n.value
                            ),
                        );
                    }
                    n.value.clone()
                }
                None => match &value.value {
                    // `-1` → `VMinus1`: `V-1` is not an identifier.
                    Literal::Int(i) if *i < 0 => format!("VMinus{}", i.unsigned_abs()),
                    Literal::Int(i) => format!("V{i}"),
                    other => variant_name(&other.text()),
                },
            };
            if let Literal::Num(_) | Literal::Bool(_) = value.value {
                self.diags
                    .error(value.pos, "enum values must be strings or integers");
            }
            if let Some(prev) = out
                .iter()
                .position(|v| v.value.text() == value.value.text())
            {
                self.diags.error(
                    value.pos,
                    format!(
                        "enum value `{}` is listed twice (first at line {})",
                        value.value.text(),
                        positions[prev]
                    ),
                );
            } else if out.iter().any(|v| v.variant == variant) {
                self.diags.error(value.pos, format!("enum values of `{type_name}` collide on the Rust variant `{variant}`; give one a `name`"));
            }
            positions.push(value.pos.line);
            out.push(EnumValue {
                value: value.value,
                variant,
                description,
            });
        }
        // Strings and integers may mix (`[720P, 720]`): each value goes out in its own JSON type.
        let integer = !out.is_empty() && out.iter().all(|v| matches!(v.value, Literal::Int(_)));
        let aliases = aliases
            .map(|node| self.read_aliases(node, &out, type_name))
            .unwrap_or_default();
        TypeBody::Enum(EnumDef {
            values: out,
            aliases,
            integer,
        })
    }

    fn read_aliases(
        &mut self,
        node: &Node,
        values: &[EnumValue],
        type_name: &str,
    ) -> Vec<(String, String)> {
        let Some(map) = MapReader::new(node, "aliases", &mut self.diags) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, target) in map.entries() {
            let Some(target) = string(target, "alias target", &mut self.diags) else {
                continue;
            };
            if !values.iter().any(|v| v.value.text() == target.value) {
                self.diags.error(
                    target.pos,
                    format!(
                        "alias `{}` points at `{}`, which is not a value of `{type_name}`",
                        key.name, target.value
                    ),
                );
            }
            if values.iter().any(|v| v.value.text() == key.name) {
                self.diags.error(
                    key.pos,
                    format!(
                        "alias `{}` is also a value of `{type_name}`; an alias must be a different word",
                        key.name
                    ),
                );
            }
            out.push((key.name.clone(), target.value));
        }
        out
    }

    /// The name of a field's inline type: its `type_name`, or one derived from the field's Rust name
    /// that shadows nothing generated code uses (`result` → `ResultValue`).
    pub(super) fn type_name_of(&self, type_name: Option<&At<String>>, rust: &str) -> String {
        type_name
            .map(|t| t.value.clone())
            .unwrap_or_else(|| derived_type_name(rust, &self.generated_type_names))
    }

    /// Adds a hoisted type, reusing an identical one, and prefixing the scope when names collide.
    pub(super) fn hoist(
        &mut self,
        name: String,
        pos: Pos,
        description: String,
        body: TypeBody,
        scope: &str,
        lenient: bool,
    ) -> String {
        let candidates = [name.clone(), format!("{scope}{name}")];
        for candidate in candidates {
            match self.hoisted.iter().find(|t| t.def.name == candidate) {
                Some(existing) if existing.same_as(&body, lenient) => return candidate,
                Some(_) => continue,
                None if self.declared_type_names.contains(&candidate) => continue,
                None => {
                    self.hoisted.push(Hoisted {
                        def: TypeDef {
                            name: candidate.clone(),
                            pos,
                            description,
                            body,
                            response_only: lenient,
                        },
                        lenient,
                    });
                    return candidate;
                }
            }
        }
        self.diags.error(
            pos,
            format!("the generated type name `{name}` collides with another type; set `type_name`"),
        );
        name
    }

    #[allow(clippy::too_many_arguments)]
    fn hoist_newtype(
        &mut self,
        base: Ty,
        limits: Limits,
        wire: &str,
        rust: &str,
        type_name: Option<&At<String>>,
        pos: Pos,
        scope: &str,
        description: &str,
    ) -> Ty {
        let (inner, list) = match base {
            Ty::List(inner) => (*inner, true),
            other => (other, false),
        };
        let mut limits = limits;
        let numeric = inner.builtin().is_some_and(|b| b.form().is_numeric());
        if limits.text_form && !numeric {
            let msg = format!(
                "`wire: string` applies to integer and number fields (sent as `\"6\"`), \
                 and `{wire}` is not one"
            );
            self.diags.error(pos, msg);
            limits.text_form = false;
            if !limits.constrains_scalar() {
                return if list {
                    Ty::List(Box::new(inner))
                } else {
                    inner
                };
            }
        }
        let Some((builtin, bounds)) = inner.builtin().and_then(|b| Some((b, b.bounds()?))) else {
            let bounded: Vec<&str> = Builtin::ALL
                .iter()
                .filter(|b| b.bounds().is_some())
                .map(|b| b.as_str())
                .collect();
            let (last, rest) = bounded.split_last().unwrap_or((&"", &[]));
            self.diags.error(
                pos,
                format!(
                    "`min`/`max`/`min_length`/`max_length`/`pattern` apply to {} or {last} fields",
                    rest.join(", ")
                ),
            );
            return if list {
                Ty::List(Box::new(inner))
            } else {
                inner
            };
        };
        if bounds == Bounds::Length && (limits.min.is_some() || limits.max.is_some()) {
            self.diags.error(
                pos,
                "`min`/`max` apply to numbers; use `min_length`/`max_length` for strings",
            );
        }
        if bounds == Bounds::Range && (limits.min_length.is_some() || limits.max_length.is_some()) {
            self.diags.error(
                pos,
                "`min_length`/`max_length` apply to strings; use `min`/`max` for numbers",
            );
        }
        if bounds == Bounds::Range && limits.pattern.is_some() {
            let msg =
                format!("`pattern` applies to string and url fields, and `{wire}` is a number");
            self.diags.error(pos, msg);
        }
        if builtin != Builtin::Url && !(limits.schemes.is_empty() && limits.formats.is_empty()) {
            let msg = format!("`schemes` applies to url fields, and `{wire}` is not one");
            self.diags.error(pos, msg);
        }
        let name = self.type_name_of(type_name, rust);
        let scalar = Limits {
            min_items: None,
            max_items: None,
            ..limits
        };
        let body = TypeBody::Newtype {
            inner: builtin,
            limits: scalar,
            field: wire.to_string(),
        };
        let name = self.hoist(name, pos, description.to_string(), body, scope, false);
        let named = Ty::Named(name);
        if list {
            Ty::List(Box::new(named))
        } else {
            named
        }
    }
}

/// A type made from an inline definition.
pub(super) struct Hoisted {
    pub def: TypeDef,
    /// Response-side objects: every field optional and tolerant.
    pub lenient: bool,
}

impl Hoisted {
    fn same_as(&self, body: &TypeBody, lenient: bool) -> bool {
        self.lenient == lenient
            && format!("{:?}", strip_positions(&self.def.body))
                == format!("{:?}", strip_positions(body))
    }
}

/// Bodies compared without positions: the same enum written twice is one type.
fn strip_positions(body: &TypeBody) -> TypeBody {
    let mut body = body.clone();
    if let TypeBody::Object(fields) = &mut body {
        for f in fields {
            f.pos = Pos::default();
            f.description.clear();
        }
    }
    if let TypeBody::Enum(e) = &mut body {
        for v in &mut e.values {
            v.description.clear();
        }
    }
    body
}
