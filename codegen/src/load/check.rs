//! Checks that need the whole spec: type references, defaults, and rules naming fields.

use super::Loader;
use crate::model::{
    Builtin, CheckDef, ConditionDef, FieldDef, Form, Limits, Literal, OperationDef, ParamLocation,
    Spec, Ty, TypeBody,
};
use crate::names::suggest;
use crate::yaml::Pos;

impl Loader {
    pub(super) fn check(&mut self, spec: &Spec) {
        let refs = std::mem::take(&mut self.type_refs);
        for r in &refs {
            // A declared type that could not be read was reported where it is declared.
            if spec.type_def(&r.value).is_none() && !self.declared_type_names.contains(&r.value) {
                let hint = suggest(&r.value, spec.types.iter().map(|t| t.name.as_str()))
                    .or_else(|| super::fields::suggest_builtin(&r.value))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                self.error(r.pos, format!("unknown type `{}`{hint}", r.value));
            }
        }
        for def in &spec.types {
            if let TypeBody::Object(fields) = &def.body {
                for f in fields {
                    self.check_default(spec, f);
                }
            }
        }
        for op in &spec.operations {
            for p in &op.params {
                self.check_default(spec, p);
                self.check_wire_kind(spec, op, p);
            }
            if let Some(unified) = &op.unified {
                self.check_unified(spec, op, unified);
            }
            for rule in &op.rules {
                self.check_rule(spec, op, rule.pos, &rule.when, &rule.check);
                self.check_drop(op, rule);
            }
        }
        self.check_choices(spec);
    }

    fn check_default(&mut self, spec: &Spec, field: &FieldDef) {
        let Some(default) = &field.default else {
            return;
        };
        let pos = self.spot(field.pos, "default", "");
        if field.required {
            self.error(
                pos,
                format!(
                    "`{}` is required, so its `default` would never apply",
                    field.wire
                ),
            );
        }
        if let Err(message) = literal_fits(spec, &field.ty, default) {
            self.error(pos, format!("default of `{}`: {message}", field.wire));
        }
    }

    /// Params outside a JSON body must be scalars: enums or constrained scalars, not objects.
    fn check_wire_kind(&mut self, spec: &Spec, op: &OperationDef, p: &FieldDef) {
        let textual =
            p.location != ParamLocation::Body || op.body == crate::model::BodyKind::Multipart;
        if let Ty::Named(name) = p.ty.item()
            && textual
            && let Some(TypeBody::Object(_)) = spec.type_def(name).map(|t| &t.body)
        {
            self.error(p.pos, format!("param `{}` is an object, which cannot travel as text in the path, query, headers or a multipart field", p.wire));
        }
    }

    fn check_rule(
        &mut self,
        spec: &Spec,
        op: &OperationDef,
        rule: Pos,
        when: &[ConditionDef],
        check: &CheckDef,
    ) {
        for cond in when {
            match cond {
                ConditionDef::Equals { field, any_of } => {
                    let pos = self.spot(rule, "when", field);
                    if let Some(f) = self.rule_field(op, field, pos) {
                        for value in any_of {
                            if let Err(message) = literal_fits(spec, &f.ty, value) {
                                self.error(pos, format!("condition on `{field}`: {message}"));
                            }
                        }
                    }
                }
                ConditionDef::Set(field) => {
                    let pos = self.spot(rule, "when", field);
                    self.rule_field(op, field, pos);
                }
            }
        }
        let at = |this: &Self, field: &str| this.spot(rule, "check", field);
        match check {
            CheckDef::Fixed { field, value } => {
                let pos = at(self, field);
                if let Some(f) = self.rule_field(op, field, pos)
                    && let Err(message) = literal_fits(spec, &f.ty, value)
                {
                    self.error(pos, format!("`fixed` value of `{field}`: {message}"));
                }
            }
            CheckDef::Forbidden(fields)
            | CheckDef::Required(fields)
            | CheckDef::Exclusive(fields)
            | CheckDef::OneOf(fields)
            | CheckDef::Precedence(fields) => {
                for field in fields {
                    let pos = at(self, field);
                    self.rule_field(op, field, pos);
                }
            }
            CheckDef::Range { field, min, max } => {
                let pos = at(self, field);
                if let Some(f) = self.rule_field(op, field, pos) {
                    if !is_numeric(spec, &f.ty) && self.typed(f) {
                        self.error(
                            pos,
                            format!("`range` needs a number field, but `{field}` is not one"),
                        );
                    }
                    if let (Some(lo), Some(hi)) = (min, max)
                        && lo > hi
                    {
                        self.error(
                            pos,
                            format!("`range` of `{field}`: min {lo} is greater than max {hi}"),
                        );
                    }
                }
            }
            CheckDef::Items { field, .. } => {
                let pos = at(self, field);
                if let Some(f) = self.rule_field(op, field, pos)
                    && !f.ty.is_list()
                    && self.typed(f)
                {
                    self.error(
                        pos,
                        format!("`items` needs a list field, but `{field}` is not a list"),
                    );
                }
            }
            CheckDef::Allowed { field, values } => {
                let pos = at(self, field);
                if let Some(f) = self.rule_field(op, field, pos) {
                    for value in values {
                        if let Err(message) = literal_fits(spec, &f.ty, value) {
                            self.error(pos, format!("`allowed` value of `{field}`: {message}"));
                        }
                    }
                }
            }
        }
    }

    /// `then: drop` leaves fields out of the request: never a required one or a path placeholder.
    fn check_drop(&mut self, op: &OperationDef, rule: &crate::model::RuleDef) {
        if rule.then != crate::model::Then::Drop {
            return;
        }
        let names: Vec<&str> = match &rule.check {
            CheckDef::Fixed { field, .. }
            | CheckDef::Range { field, .. }
            | CheckDef::Items { field, .. }
            | CheckDef::Allowed { field, .. } => vec![field.as_str()],
            CheckDef::Forbidden(fields) | CheckDef::Precedence(fields) => {
                fields.iter().map(String::as_str).collect()
            }
            _ => Vec::new(),
        };
        for name in names {
            let Some(f) = op.params.iter().find(|p| p.wire == name) else {
                continue;
            };
            let why = if f.location == ParamLocation::Path {
                "a path param (the path needs it)"
            } else if f.required || f.client_default {
                "always sent (required or defaulted by the client)"
            } else {
                continue;
            };
            let msg = format!(
                "`then: drop` cannot leave out `{name}`: it is {why}; use `warn` or `reject`"
            );
            self.error(rule.then_pos, msg);
        }
    }

    /// `unified:` only on creates, naming real params, with values the params accept.
    fn check_unified(
        &mut self,
        spec: &Spec,
        op: &OperationDef,
        unified: &crate::model::UnifiedDef,
    ) {
        if op.role != crate::model::Role::Create {
            if let Some((_, first)) = unified.fields().first() {
                self.error(first.pos, format!("`unified` maps the neutral request onto a create operation, but `{}` is not one", op.name));
            }
            return;
        }
        for (name, neutral) in unified.fields() {
            let Some(param) = op.params.iter().find(|p| p.wire == neutral.field) else {
                let hint = suggest(&neutral.field, op.params.iter().map(|p| p.wire.as_str()))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                self.error(
                    neutral.pos,
                    format!(
                        "`unified.{name}` names `{}`, which is not a param of operation `{}`{hint}",
                        neutral.field, op.name
                    ),
                );
                continue;
            };
            for (from, to) in &neutral.values {
                // The value is read as the runtime reads the text: a union by its members' order.
                let literal = match union_of(spec, &param.ty) {
                    Some(members) => super::unions::literal_of_text(members, to),
                    None => to
                        .parse::<i64>()
                        .map(Literal::Int)
                        .unwrap_or_else(|_| Literal::Str(to.clone())),
                };
                if let Err(message) = literal_fits(spec, &param.ty, &literal) {
                    self.error(neutral.pos, format!("`unified.{name}` maps `{from}` to a value `{}` does not take: {message}", param.wire));
                }
            }
            let object_item = match param.ty.item() {
                Ty::Named(n) => match spec.type_def(n).map(|t| &t.body) {
                    Some(TypeBody::Object(fields)) => Some(fields),
                    _ => None,
                },
                _ => None,
            };
            if name == "images" {
                match (object_item, &neutral.key) {
                    (Some(fields), Some(key)) if super::images::object_field(spec, fields, key).is_none() => {
                        self.error(neutral.pos, format!("`unified.images.key` `{key}` is not a field of `{}`'s objects", param.wire));
                    }
                    (Some(_), None) => self.error(neutral.pos, format!("`{}` holds objects: say which of their keys takes the URL with `key`", param.wire)),
                    (None, Some(_)) => self.error(neutral.pos, "`key` applies when the images param holds objects"),
                    (None, None) if !leaf_builtin(spec, param.ty.item()).is_some_and(|b| b.takes_urls() || b == Builtin::File) => self.error(neutral.pos, format!("`unified.images` needs a url, file or object param, but `{}` is neither", param.wire)),
                    _ => {}
                }
            } else if neutral.key.is_some() {
                self.error(neutral.pos, "`key` only applies to `unified.images`");
            }
            if name == "images" {
                self.check_image_item(spec, param, neutral);
            }
        }
    }

    /// The param a rule names, reporting a missing one.
    fn rule_field<'o>(
        &mut self,
        op: &'o OperationDef,
        field: &str,
        pos: Pos,
    ) -> Option<&'o FieldDef> {
        let found = op.params.iter().find(|p| p.wire == field);
        if found.is_none() {
            let hint = suggest(field, op.params.iter().map(|p| p.wire.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.error(
                pos,
                format!(
                    "rule names `{field}`, which is not a param of operation `{}`{hint}",
                    op.name
                ),
            );
        }
        found
    }
}

fn is_numeric(spec: &Spec, ty: &Ty) -> bool {
    match ty {
        Ty::Builtin(b) => b.form().is_numeric(),
        Ty::Named(name) => match spec.type_def(name).map(|t| &t.body) {
            Some(TypeBody::Newtype { inner, .. }) => inner.form().is_numeric(),
            Some(TypeBody::Enum(e)) => e.integer,
            Some(TypeBody::Union { members, .. }) => members.iter().any(|m| m.form().is_numeric()),
            _ => false,
        },
        _ => false,
    }
}

/// The members of `ty` when it is a union.
fn union_of<'s>(spec: &'s Spec, ty: &Ty) -> Option<&'s [Builtin]> {
    match ty {
        Ty::Named(name) => match spec.type_def(name).map(|t| &t.body) {
            Some(TypeBody::Union { members, .. }) => Some(members),
            _ => None,
        },
        _ => None,
    }
}

/// The built-in type of a value of `ty`: its own, or a checked newtype's inner one.
fn leaf_builtin(spec: &Spec, ty: &Ty) -> Option<Builtin> {
    match ty {
        Ty::Named(name) => match spec.type_def(name).map(|t| &t.body) {
            Some(TypeBody::Newtype { inner, .. }) => Some(*inner),
            _ => None,
        },
        other => other.builtin(),
    }
}

/// Whether a literal from the spec is a valid value of `ty` (limits and enum values included).
pub(crate) fn literal_fits(spec: &Spec, ty: &Ty, value: &Literal) -> Result<(), String> {
    match (ty, value) {
        (Ty::List(inner), v) => literal_fits(spec, inner, v),
        (Ty::Builtin(b), v) => builtin_fits(*b, v),
        (Ty::Named(name), v) => match spec.type_def(name).map(|t| &t.body) {
            None => Ok(()), // reported as an unknown type already
            Some(TypeBody::Enum(e)) => {
                let text = v.text();
                let canonical = e.canonical(&text);
                if let Some(found) = e.values.iter().find(|ev| ev.value.text() == canonical) {
                    // In an enum mixing strings and integers, `"720"` and `720` are told apart on
                    // the wire: a literal must be written as the value is.
                    let mixed = !e.integer && e.values.iter().any(|ev| ev.value.is_int());
                    if mixed && canonical == text && found.value.is_int() != v.is_int() {
                        let (is, should) = if v.is_int() {
                            ("an integer", format!("\"{text}\" (quoted)"))
                        } else {
                            ("text", format!("{text} (unquoted)"))
                        };
                        return Err(format!(
                            "`{text}` is written as {is}, but `{name}` mixes strings and integers \
                             and lists it as {}: write {should}",
                            if found.value.is_int() {
                                "an integer"
                            } else {
                                "text"
                            }
                        ));
                    }
                    Ok(())
                } else {
                    let values: Vec<String> = e.values.iter().map(|ev| ev.value.text()).collect();
                    Err(format!(
                        "`{text}` is not a value of `{name}` ({})",
                        values.join(", ")
                    ))
                }
            }
            Some(TypeBody::Newtype { inner, limits, .. }) => {
                if limits.text_form && matches!(v, Literal::Str(_)) {
                    return Err(format!(
                        "write `{}` as a number: `wire: string` sends it as text itself",
                        v.text()
                    ));
                }
                builtin_fits(*inner, v)?;
                within(limits, v)
            }
            Some(TypeBody::Union { members, limits }) => {
                // A literal is the member its YAML type is (`6` the number, `"6s"` the text).
                let Some(member) = crate::model::literal_member(members, v) else {
                    let words = grokvid_spec::union_words(members);
                    return Err(format!(
                        "`{}` is no member's value of `{name}` ({words})",
                        v.text()
                    ));
                };
                builtin_fits(member, v)?;
                within(limits, v)
            }
            Some(TypeBody::Object(_)) => Err(format!(
                "`{}` cannot be a value of the object type `{name}`",
                v.text()
            )),
        },
    }
}

/// Whether a spec literal is a value of a built-in type (to a text type, a literal is its text).
fn builtin_fits(builtin: Builtin, value: &Literal) -> Result<(), String> {
    let fits = match (builtin.form(), value) {
        (Form::Text, v) => builtin.accepts_text(&v.text()),
        (Form::Integer, Literal::Int(_)) => true,
        (Form::Number, Literal::Int(_) | Literal::Num(_)) => true,
        (Form::Boolean, Literal::Bool(_)) => true,
        (Form::Any, _) => true,
        _ => false,
    };
    if fits {
        return Ok(());
    }
    Err(format!(
        "`{}` is not a valid {}",
        value.text(),
        builtin.noun()
    ))
}

fn within(limits: &Limits, value: &Literal) -> Result<(), String> {
    if let Some(n) = value.as_f64() {
        if let Some(min) = limits.min
            && n < min
        {
            return Err(format!("{n} is below the minimum {min}"));
        }
        if let Some(max) = limits.max
            && n > max
        {
            return Err(format!("{n} is above the maximum {max}"));
        }
    }
    if let Literal::Str(s) = value {
        let len = s.chars().count() as u64;
        if limits.min_length.is_some_and(|m| len < m) || limits.max_length.is_some_and(|m| len > m)
        {
            return Err(format!("`{s}` has a length outside the allowed range"));
        }
        text_fits(limits, s)?;
    }
    Ok(())
}

/// `pattern`, and a URL's `schemes` and formats, for a spec literal (the runtime's checks, the
/// spec crate's functions).
fn text_fits(limits: &Limits, text: &str) -> Result<(), String> {
    use grokvid_spec::pattern;
    if let Some(p) = &limits.pattern
        && pattern::compile(p).is_ok_and(|r| !r.is_match(text))
    {
        return Err(format!("`{text}` does not match the pattern `{p}`"));
    }
    if !limits.schemes.is_empty()
        && !pattern::url_scheme(text).is_some_and(|s| limits.schemes.contains(&s))
    {
        let schemes = limits.schemes.join(" or ");
        return Err(format!("`{text}` is not a {schemes} URL"));
    }
    if !limits.formats.is_empty() {
        let format = pattern::url_format(text).map(|f| pattern::canonical_format(&f));
        if !format.is_some_and(|f| {
            limits
                .formats
                .iter()
                .any(|a| pattern::canonical_format(a) == f)
        }) {
            let formats = limits.formats.join(", ");
            return Err(format!("`{text}` names none of the formats {formats}"));
        }
    }
    Ok(())
}
