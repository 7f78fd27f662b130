//! Per request type: `rules_hold`, the spec's rules (and the list params' item limits) checked straight
//! on the struct's fields, with the spec's literals inlined. Every check is a call of the runtime's
//! `FieldRef` predicates, the same ones the table-driven rule engine decides with, so the two cannot
//! disagree; the engine still words the violations (`validate` runs it only when this returns false).

use super::{Emitter, ident, unsuffixed_f64, unsuffixed_u64};
use crate::model::{CheckDef, ConditionDef, FieldDef, Literal, OperationDef, RuleDef, Ty};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// `fn rules_hold(&self) -> bool` of one request type's `ApiRequest` impl. Empty (the trait's
    /// "don't know" default) if a rule names a field the operation does not have, which the loader
    /// rules out.
    pub(super) fn rules_hold(&self, op: &OperationDef) -> TokenStream {
        let lists: Vec<&FieldDef> = op
            .params
            .iter()
            .filter(|f| {
                matches!(f.ty, Ty::List(_))
                    && (f.limits.min_items.is_some() || f.limits.max_items.is_some())
            })
            .collect();
        // Only the rules the vendor refuses a request for: a `then: warn`/`drop` one never fails
        // validation (the request's warnings say what the vendor does instead).
        let rules: Vec<(usize, &RuleDef)> = op
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.then == crate::model::Then::Reject)
            .collect();
        if rules.is_empty() && lists.is_empty() {
            return quote! {
                /// No rules and no list limits: nothing to check across fields.
                fn rules_hold(&self) -> bool {
                    true
                }
            };
        }
        let named = |wire: &str| op.params.iter().any(|f| f.wire == wire);
        if !rules
            .iter()
            .all(|(_, r)| rule_fields(r).iter().all(|w| named(w)))
        {
            return quote!();
        }
        let rt = &self.rt;
        // One `FieldRef` per field the checks read, in param order.
        let used: Vec<&FieldDef> = op
            .params
            .iter()
            .filter(|f| {
                lists.iter().any(|l| l.wire == f.wire)
                    || rules
                        .iter()
                        .any(|(_, r)| rule_fields(r).contains(&f.wire.as_str()))
            })
            .collect();
        let value = |wire: &str| -> Ident {
            let f = op.params.iter().find(|f| f.wire == wire);
            ident(f.map_or(wire, |f| f.rust.as_str()))
        };
        let bindings = used.iter().map(|f| {
            let name = ident(&f.rust);
            quote!(let #name = #rt::FieldValue::field_ref(&self.#name);)
        });
        let mut doc = vec![
            "The operation's rules and list limits, checked on the fields with the spec's values"
                .to_string(),
            "inlined (`validate` runs the rule engine, which words the violations, only when this is"
                .to_string(),
            "false):".to_string(),
            String::new(),
        ];
        let mut names = Vec::new();
        let mut checks = Vec::new();
        let mut exprs = Vec::new();
        // Names of the checks' results, kept apart from the fields' bindings.
        let fresh = |base: String| -> Ident {
            let mut name = base;
            while op
                .params
                .iter()
                .any(|f| f.rust.trim_start_matches("r#") == name)
            {
                name.push('_');
            }
            format_ident!("{}", name)
        };
        for f in &lists {
            let name = fresh(format!("{}_items", f.rust.trim_start_matches("r#")));
            let field = value(&f.wire);
            let (min, max) = (opt_usize(f.limits.min_items), opt_usize(f.limits.max_items));
            doc.push(format!(
                "- `{name}`: `{}` holds {} (the field's limits)",
                f.wire,
                items_text(f.limits.min_items, f.limits.max_items)
            ));
            let expr = quote!(#field.items_ok(#min, #max));
            checks.push(quote!(let #name = #expr;));
            exprs.push(expr);
            names.push(name);
        }
        for &(index, rule) in &rules {
            let name = fresh(format!("rule_{index}"));
            doc.push(format!("- `{name}`: {}", describe_rule(rule)));
            let check = self.check_expr(&rule.check, &value);
            let conditions: Vec<TokenStream> = rule
                .when
                .iter()
                .map(|c| self.condition_expr(c, &value))
                .collect();
            let expr = match conditions.as_slice() {
                [] => check,
                [one] => quote!(!#one || #check),
                many => quote!(!(#(#many)&&*) || #check),
            };
            checks.push(quote!(let #name = #expr;));
            exprs.push(expr);
            names.push(name);
        }
        let doc = super::docs(&doc.join("\n"));
        // One check is the body's value itself (a `let` only to return it would be noise).
        let body = match (checks.as_slice(), exprs.as_slice()) {
            ([_], [only]) => quote!(#only),
            _ => quote! {
                #(#checks)*
                #(#names)&&*
            },
        };
        quote! {
            #doc
            #[inline]
            fn rules_hold(&self) -> bool {
                #(#bindings)*
                #body
            }
        }
    }

    fn condition_expr(&self, c: &ConditionDef, value: &impl Fn(&str) -> Ident) -> TokenStream {
        match c {
            ConditionDef::Equals { field, any_of } => {
                let field = value(field);
                let values = any_of.iter().map(|v| self.scalar(v));
                quote!(#field.equals_any(&[#(#values),*]))
            }
            ConditionDef::Set(field) => {
                let field = value(field);
                quote!(#field.is_set())
            }
        }
    }

    fn check_expr(&self, c: &CheckDef, value: &impl Fn(&str) -> Ident) -> TokenStream {
        let rt = &self.rt;
        let group = |names: &[String]| {
            let fields = names.iter().map(|n| value(n));
            quote!([#(#fields),*])
        };
        match c {
            CheckDef::Fixed { field, value: v } => {
                let field = value(field);
                let v = self.scalar(v);
                quote!(#field.fixed_ok(&#v))
            }
            CheckDef::Range { field, min, max } => {
                let field = value(field);
                let (min, max) = (opt_f64(*min), opt_f64(*max));
                quote!(#field.range_ok(#min, #max))
            }
            CheckDef::Items { field, min, max } => {
                let field = value(field);
                let (min, max) = (opt_usize(*min), opt_usize(*max));
                quote!(#field.items_ok(#min, #max))
            }
            CheckDef::Allowed { field, values } => {
                let field = value(field);
                let values = values.iter().map(|v| self.scalar(v));
                quote!(#field.allowed_ok(&[#(#values),*]))
            }
            CheckDef::Forbidden(names) => {
                let fields = group(names);
                quote!(#rt::FieldRef::forbidden_ok(#fields))
            }
            CheckDef::Required(names) => {
                let fields = group(names);
                quote!(#rt::FieldRef::required_ok(#fields))
            }
            CheckDef::Exclusive(names) => {
                let fields = group(names);
                quote!(#rt::FieldRef::exclusive_ok(#fields))
            }
            CheckDef::OneOf(names) => {
                let fields = group(names);
                quote!(#rt::FieldRef::one_of_ok(#fields))
            }
            CheckDef::Precedence(names) => {
                let fields = group(names);
                quote!(#rt::FieldRef::precedence_ok(#fields))
            }
        }
    }
}

/// The wire names a rule reads (conditions and check).
fn rule_fields(rule: &RuleDef) -> Vec<&str> {
    let mut fields: Vec<&str> = rule
        .when
        .iter()
        .map(|c| match c {
            ConditionDef::Equals { field, .. } | ConditionDef::Set(field) => field.as_str(),
        })
        .collect();
    match &rule.check {
        CheckDef::Fixed { field, .. }
        | CheckDef::Range { field, .. }
        | CheckDef::Items { field, .. }
        | CheckDef::Allowed { field, .. } => fields.push(field),
        CheckDef::Forbidden(names)
        | CheckDef::Required(names)
        | CheckDef::Exclusive(names)
        | CheckDef::OneOf(names)
        | CheckDef::Precedence(names) => fields.extend(names.iter().map(String::as_str)),
    }
    fields
}

/// One line of the doc list: the spec's message, or what the rule checks.
fn describe_rule(rule: &RuleDef) -> String {
    if let Some(message) = &rule.message {
        return format!("\"{message}\"");
    }
    let list = |names: &[String]| names.join(", ");
    let check = match &rule.check {
        CheckDef::Fixed { field, value } => format!("`{field}` is {}", value.text()),
        CheckDef::Forbidden(names) => format!("{} not set", list(names)),
        CheckDef::Required(names) => format!("{} set", list(names)),
        CheckDef::Range { field, min, max } => {
            let bound = |b: &Option<f64>| b.map_or(String::new(), |b| b.to_string());
            format!("`{field}` within {}..={}", bound(min), bound(max))
        }
        CheckDef::Items { field, min, max } => {
            format!("`{field}` holds {}", items_text(*min, *max))
        }
        CheckDef::Allowed { field, values } => {
            let values: Vec<String> = values.iter().map(Literal::text).collect();
            format!("`{field}` is one of {}", values.join(", "))
        }
        CheckDef::Exclusive(names) => format!("at most one of {} set", list(names)),
        CheckDef::OneOf(names) => format!("one of {} set", list(names)),
        CheckDef::Precedence(names) => {
            format!("at most one of {} set (the first wins)", list(names))
        }
    };
    let conditions: Vec<String> = rule
        .when
        .iter()
        .map(|c| match c {
            ConditionDef::Equals { field, any_of } => {
                let values: Vec<String> = any_of.iter().map(Literal::text).collect();
                format!("`{field}` is {}", values.join(" or "))
            }
            ConditionDef::Set(field) => format!("`{field}` is set"),
        })
        .collect();
    if conditions.is_empty() {
        check
    } else {
        format!("{check} when {}", conditions.join(" and "))
    }
}

fn items_text(min: Option<u64>, max: Option<u64>) -> String {
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("exactly {a} items"),
        (Some(a), Some(b)) => format!("{a} to {b} items"),
        (Some(a), None) => format!("at least {a} items"),
        (None, Some(b)) => format!("at most {b} items"),
        (None, None) => "any number of items".to_string(),
    }
}

fn opt_f64(v: Option<f64>) -> TokenStream {
    match v {
        Some(v) => {
            let v = unsuffixed_f64(v);
            quote!(Some(#v))
        }
        None => quote!(None),
    }
}

fn opt_usize(v: Option<u64>) -> TokenStream {
    match v {
        Some(v) => {
            let v = unsuffixed_u64(v);
            quote!(Some(#v))
        }
        None => quote!(None),
    }
}
