//! `grokvid providers [P]`: the capability table of every provider, or one provider's capabilities
//! and the fields of its create operations (types, limits, defaults), all from the spec tables.

use crate::connect::find_provider;
use crate::output::Out;
use grokvid::capabilities::{self, Capabilities};
use grokvid::spec::{
    BodyKind, Check, Condition, Field, Kind, Operation, ParamLocation, Provider, Role,
};
use grokvid::spec::{Rule, Shape};
use serde_json::{Value, json};
use std::process::ExitCode;

/// Under the table: where the cells cut to fit (`…`) are shown whole.
const TABLE_NOTE: &str =
    "Cells ending in … are cut to fit: `grokvid providers ID` shows one provider in full.";

#[derive(clap::Args)]
pub struct ProvidersArgs {
    /// One provider's details.
    provider: Option<String>,
}

pub fn run(args: ProvidersArgs, out: Out) -> ExitCode {
    let catalog = crate::catalog::get();
    let Some(id) = args.provider else {
        let providers = catalog.all();
        let all: Vec<Capabilities> = providers
            .iter()
            .map(|p| capabilities::capabilities(p))
            .collect();
        let table = capabilities::table(&all);
        let text = format!("{table}\n{TABLE_NOTE}\n{}", sources(&providers));
        let docs: Vec<Value> = all
            .iter()
            .map(|caps| {
                let mut doc = json!(caps);
                doc["source"] = json!(source_of(caps.provider));
                doc
            })
            .collect();
        out.result(&json!(docs), text.trim_end());
        return ExitCode::SUCCESS;
    };
    let provider = match find_provider(&id) {
        Ok(p) => p,
        Err(e) => return out.error(&e),
    };
    let caps = grokvid::capabilities(provider);
    let creates: Vec<&Operation> = provider
        .operations()
        .iter()
        .copied()
        .filter(|op| op.role() == Role::Create)
        .collect();
    let doc = json!({
        "capabilities": caps,
        "base_url": provider.base_url(),
        "docs": provider.docs(),
        "source": source_of(provider.id()),
        "operations": creates.iter().map(|op| operation_json(op)).collect::<Vec<Value>>(),
    });
    out.result(&doc, &human(provider, &caps, &creates));
    ExitCode::SUCCESS
}

/// Where a provider comes from: `built-in` or its spec file.
fn source_of(id: &str) -> String {
    crate::catalog::get()
        .source(id)
        .map_or_else(String::new, ToString::to_string)
}

/// `from:` and, per provider, `built-in` or its spec file.
fn sources(providers: &[&'static grokvid::Provider]) -> String {
    let width = providers.iter().map(|p| p.id().len()).max().unwrap_or(0);
    let mut text = String::from("Where each comes from:\n");
    for p in providers {
        text.push_str(&format!("  {:<width$}  {}\n", p.id(), source_of(p.id())));
    }
    text
}

fn human(provider: &Provider, caps: &Capabilities, creates: &[&Operation]) -> String {
    let mut text = format!("{caps}");
    text.push_str(&format!(
        "  {:<14} {}\n  {:<14} {}\n  {:<14} {}\n",
        "from",
        source_of(provider.id()),
        "base url",
        provider.base_url(),
        "docs",
        provider.docs()
    ));
    for op in creates {
        text.push_str(&format!(
            "\n{} {} {}{}\n",
            op.name(),
            op.method().as_str(),
            op.path(),
            match op.body() {
                BodyKind::Json => " (json)",
                BodyKind::Multipart => " (multipart)",
                BodyKind::None => "",
            }
        ));
        let rows: Vec<[String; 6]> = op
            .params()
            .iter()
            .map(|f| {
                [
                    f.wire().to_string(),
                    type_text(f.shape()),
                    if f.is_required() { "required" } else { "" }.to_string(),
                    limits_text(f.shape()),
                    default_text(f),
                    neutral_of(op, f.wire())
                        .map(|n| format!("<- {n}"))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let header = ["field", "type", "", "limits", "default", "neutral"].map(str::to_string);
        let mut widths = [0usize; 6];
        for row in std::iter::once(&header).chain(&rows) {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&header).chain(&rows) {
            let cells: Vec<String> = row
                .iter()
                .zip(widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect();
            text.push_str(&format!("  {}\n", cells.join("  ").trim_end()));
        }
        if !op.rules().is_empty() {
            text.push_str("  rules:\n");
            for rule in op.rules() {
                text.push_str(&format!("    - {}\n", rule_text(rule)));
            }
        }
    }
    text
}

fn operation_json(op: &Operation) -> Value {
    json!({
        "name": op.name(),
        "method": op.method().as_str(),
        "path": op.path().to_string(),
        "body": match op.body() {
            BodyKind::Json => "json",
            BodyKind::Multipart => "multipart",
            BodyKind::None => "none",
        },
        "fields": op.params().iter().map(|f| json!({
            "name": f.wire(),
            "type": type_text(f.shape()),
            "required": f.is_required(),
            "location": match f.location() {
                ParamLocation::Body => "body",
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
                ParamLocation::Header => "header",
            },
            "limits": limits_json(f.shape()),
            "default": f.default_value().map(scalar_json),
            "default_by": f.default_value().map(|_| if f.sends_default() { "client" } else { "vendor" }),
            "neutral": neutral_of(op, f.wire()),
            "description": f.description(),
        })).collect::<Vec<Value>>(),
        "rules": op.rules().iter().map(rule_text).collect::<Vec<String>>(),
    })
}

/// The neutral field mapped onto `wire`, if any.
fn neutral_of(op: &Operation, wire: &str) -> Option<&'static str> {
    let u = op.unified()?;
    [
        ("prompt", u.prompt()),
        ("model", u.model()),
        ("duration", u.duration()),
        ("aspect_ratio", u.aspect_ratio()),
        ("resolution", u.resolution()),
        ("images", u.images()),
    ]
    .into_iter()
    .find(|(_, n)| n.is_some_and(|n| n.field() == wire))
    .map(|(name, _)| name)
}

fn type_text(shape: &Shape) -> String {
    match shape.kind() {
        Kind::Builtin(b) => b.as_str().into(),
        Kind::Union(members) => grokvid::rt::spec::union_words(members),
        Kind::Enum(info) => format!(
            "{} ({})",
            info.name(),
            grokvid::rt::validate::enum_values(info)
        ),
        Kind::Object(fields) => format!(
            "object {{{}}}",
            fields
                .iter()
                .map(|f| f.wire())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Kind::List(item) => format!("list<{}>", type_text(item)),
    }
}

fn num(v: f64) -> String {
    grokvid::rt::validate::format_number(v)
}

fn range(min: Option<String>, max: Option<String>) -> Option<String> {
    match (min, max) {
        (Some(a), Some(b)) => Some(format!("{a}..{b}")),
        (Some(a), None) => Some(format!(">= {a}")),
        (None, Some(b)) => Some(format!("<= {b}")),
        (None, None) => None,
    }
}

fn limits_text(shape: &Shape) -> String {
    let l = shape.limits();
    let mut parts = Vec::new();
    if let Some(r) = range(l.min().map(num), l.max().map(num)) {
        parts.push(r);
    }
    if let Some(r) = range(
        l.min_length().map(|v| v.to_string()),
        l.max_length().map(|v| v.to_string()),
    ) {
        parts.push(format!("length {r}"));
    }
    if let Some(r) = range(
        l.min_items().map(|v| v.to_string()),
        l.max_items().map(|v| v.to_string()),
    ) {
        parts.push(format!("items {r}"));
    }
    let accept = match shape.kind() {
        Kind::List(item) if l.accept().is_empty() => item.limits().accept(),
        _ => l.accept(),
    };
    if !accept.is_empty() {
        parts.push(format!("formats {}", accept.join("/")));
    }
    parts.join(", ")
}

fn limits_json(shape: &Shape) -> Value {
    let l = shape.limits();
    json!({
        "min": l.min(), "max": l.max(),
        "min_length": l.min_length(), "max_length": l.max_length(),
        "min_items": l.min_items(), "max_items": l.max_items(),
        "accept": l.accept(),
    })
}

fn default_text(f: &Field) -> String {
    match &f.default_value() {
        Some(d) if f.sends_default() => format!("{d} (sent)"),
        Some(d) => format!("{d} (vendor)"),
        None => String::new(),
    }
}

/// A rule in words: its own message when the spec gives one.
fn rule_text(rule: &Rule) -> String {
    let when: Vec<String> = rule
        .when()
        .iter()
        .map(|c| match c {
            Condition::Equals { field, any_of } => format!(
                "{field} = {}",
                any_of
                    .iter()
                    .map(|v| v.to_string())
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            Condition::Set(field) => format!("{field} is set"),
        })
        .collect();
    let check = match rule.check() {
        Check::Fixed { field, value } => format!("{field} is fixed at {value}"),
        Check::Forbidden(fields) => format!("{} must not be set", fields.join(", ")),
        Check::Required(fields) => format!("{} required", fields.join(", ")),
        Check::Range { field, min, max } => format!(
            "{field} in {}",
            range(min.map(num), max.map(num)).unwrap_or_default()
        ),
        Check::Items { field, min, max } => format!(
            "{field} items {}",
            range(min.map(|v| v.to_string()), max.map(|v| v.to_string())).unwrap_or_default()
        ),
        Check::Allowed { field, values } => format!(
            "{field} one of {}",
            values
                .iter()
                .map(|v| v.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Check::Exclusive(fields) => format!("at most one of {}", fields.join(", ")),
        Check::OneOf(fields) => format!("at least one of {}", fields.join(", ")),
        Check::Precedence(fields) => format!("{} win in this order", fields.join(", ")),
    };
    let text = match rule.message() {
        Some(message) => format!("{check} ({message})"),
        None => check,
    };
    if when.is_empty() {
        text
    } else {
        format!("when {}: {text}", when.join(" and "))
    }
}

fn scalar_json(s: grokvid::spec::Scalar) -> Value {
    match s {
        grokvid::spec::Scalar::Str(v) => json!(v),
        grokvid::spec::Scalar::Int(v) => json!(v),
        grokvid::spec::Scalar::Num(v) => json!(v),
        grokvid::spec::Scalar::Bool(v) => json!(v),
    }
}
