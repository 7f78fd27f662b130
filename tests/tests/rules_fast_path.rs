//! The generated `rules_hold` (the spec's rules and list limits checked straight on a request's fields)
//! and the table-driven rule engine always agree: `rules_hold()` is true exactly when the engine finds
//! no list-length violation and no rule violation, and `validate()`, which skips the engine when
//! `rules_hold()` is true, reports exactly what the engine reports (lists, files, unions, rules, in that order).
//!
//! For every request type of every provider, the sweep builds every combination of values for the
//! fields the operation's rules and list limits read: unset, each enum value, numbers at and around
//! every bound and literal the rules name, texts the rules name, lists of every length up to one past
//! the largest limit. Requests are read from JSON keyed by wire names, through the same typed
//! `Deserialize` (checked newtypes, enums, URLs) the builders' values pass; combinations a typed field
//! rejects are skipped. A second table builds requests with the typed builders.

mod common;

use common::{url, urls};

// A made-up vendor whose rule reads a union (`duration: [integer, string]`).
grokvid::provider!("specs/eitheror.yaml");
use grokvid::providers::{acedata, aizfw, geeknow, jimmyai, lumenhub, unified, xai};
use grokvid::rt::validate::{list_violations, rule_violations};
use grokvid::spec::{Builtin, Check, Condition, Field, Form, Kind, Scalar, Shape};
use grokvid::{ApiRequest, Violations};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use std::fmt::Debug;

/// Most combinations one request type may have (the sweep is a cartesian product).
const MAX_COMBINATIONS: usize = 200_000;

/// What the engine reports for a request: list lengths, file formats, union values, rules.
fn engine<R: ApiRequest>(request: &R) -> (Violations, Violations) {
    let mut lists_and_rules = Violations::new();
    list_violations(request, &mut lists_and_rules);
    rule_violations(request, &mut lists_and_rules);
    let mut all = Violations::new();
    list_violations(request, &mut all);
    request.check_files(&mut all);
    request.check_unions(&mut all);
    rule_violations(request, &mut all);
    (lists_and_rules, all)
}

/// Checks one request; returns what `rules_hold` said.
fn agree<R: ApiRequest + Debug>(what: &dyn Fn() -> String, request: &R) -> bool {
    let (lists_and_rules, all) = engine(request);
    let fast = request.rules_hold();
    assert_eq!(
        fast,
        lists_and_rules.is_empty(),
        "{}: rules_hold() is {fast}, the engine found [{lists_and_rules}]\n{request:?}",
        what()
    );
    assert_eq!(
        request.validate(),
        all.into_result(),
        "{}: validate() differs from the engine\n{request:?}",
        what()
    );
    fast
}

/// Counts of one request type's sweep.
#[derive(Debug, Default)]
struct Swept {
    checked: usize,
    held: usize,
    rejected_by_types: usize,
}

/// Every combination of candidate values for the fields the operation's checks read; one valid
/// value for the other required fields.
fn sweep<R: ApiRequest + DeserializeOwned + Debug>(provider: &str) -> Swept {
    let op = R::operation();
    let read = fields_read(op);
    let mut axes: Vec<(&'static str, Vec<Option<Value>>)> = Vec::new();
    let mut fixed = Map::new();
    for field in op.params() {
        if read.contains(&field.wire()) {
            let mut values: Vec<Option<Value>> =
                candidates(op, field).into_iter().map(Some).collect();
            values.push(None);
            axes.push((field.wire(), values));
        } else if field.is_required()
            && let Some(value) = one_value(field.shape())
        {
            fixed.insert(field.wire().to_string(), value);
        }
    }
    let total: usize = axes.iter().map(|(_, v)| v.len()).product();
    assert!(
        total <= MAX_COMBINATIONS,
        "{provider} {}: {total} combinations",
        op.name()
    );
    let mut swept = Swept::default();
    for n in 0..total {
        let mut body = fixed.clone();
        let mut rest = n;
        for (wire, values) in &axes {
            if let Some(value) = &values[rest % values.len()] {
                body.insert(wire.to_string(), value.clone());
            }
            rest /= values.len();
        }
        let json = Value::Object(body);
        let Ok(request) = serde_json::from_value::<R>(json.clone()) else {
            swept.rejected_by_types += 1;
            continue;
        };
        swept.checked += 1;
        if agree(&|| format!("{provider} {}: {json}", op.name()), &request) {
            swept.held += 1;
        }
    }
    assert!(
        swept.checked > 0,
        "{provider} {}: no combination read as a request ({swept:?})",
        op.name()
    );
    swept
}

/// The wire names the operation's rules and list limits read.
fn fields_read(op: &grokvid::spec::Operation) -> Vec<&'static str> {
    let mut read = Vec::new();
    for field in op.params() {
        if matches!(field.shape().kind(), Kind::List(_))
            && (field.shape().limits().min_items().is_some()
                || field.shape().limits().max_items().is_some())
        {
            read.push(field.wire());
        }
    }
    for rule in op.rules() {
        for condition in rule.when() {
            read.push(match condition {
                Condition::Equals { field, .. } | Condition::Set(field) => *field,
            });
        }
        match rule.check() {
            Check::Fixed { field, .. }
            | Check::Range { field, .. }
            | Check::Items { field, .. }
            | Check::Allowed { field, .. } => read.push(field),
            Check::Forbidden(names)
            | Check::Required(names)
            | Check::Exclusive(names)
            | Check::OneOf(names)
            | Check::Precedence(names) => read.extend(names.iter().copied()),
        }
    }
    read
}

/// The numbers and texts the rules compare a field with, and the bounds they set for it.
fn literals(op: &grokvid::spec::Operation, wire: &str) -> (Vec<f64>, Vec<String>, Vec<usize>) {
    let (mut numbers, mut texts, mut counts) = (Vec::new(), Vec::new(), Vec::new());
    let scalar = |s: &Scalar, numbers: &mut Vec<f64>, texts: &mut Vec<String>| match s {
        Scalar::Int(i) => numbers.push(*i as f64),
        Scalar::Num(n) => numbers.push(*n),
        Scalar::Str(t) => {
            texts.push(t.to_string());
            if let Ok(n) = t.trim().parse::<f64>() {
                numbers.push(n);
            }
        }
        Scalar::Bool(b) => texts.push(b.to_string()),
    };
    for rule in op.rules() {
        for condition in rule.when() {
            if let Condition::Equals { field, any_of } = condition
                && *field == wire
            {
                for s in *any_of {
                    scalar(s, &mut numbers, &mut texts);
                }
            }
        }
        match rule.check() {
            Check::Fixed { field, value } if *field == wire => {
                scalar(value, &mut numbers, &mut texts)
            }
            Check::Allowed { field, values } if *field == wire => {
                for s in *values {
                    scalar(s, &mut numbers, &mut texts);
                }
            }
            Check::Range { field, min, max } if *field == wire => {
                numbers.extend(min.iter().chain(max.iter()).copied())
            }
            Check::Items { field, min, max } if *field == wire => {
                counts.extend(min.iter().chain(max.iter()).copied())
            }
            _ => {}
        }
    }
    (numbers, texts, counts)
}

/// Values to try for a field the checks read.
fn candidates(op: &grokvid::spec::Operation, field: &Field) -> Vec<Value> {
    let (numbers, texts, counts) = literals(op, field.wire());
    let shape = field.shape();
    let mut out: Vec<Value> = match shape.kind() {
        Kind::Enum(info) => info.values().iter().map(scalar_json).collect(),
        // Each member's candidates, with the union's limits (each applies to its member).
        Kind::Union(members) => members
            .iter()
            .flat_map(|m| {
                let member = Shape::new(Kind::Builtin(*m)).with_limits(*shape.limits());
                candidates(op, &Field::body(field.wire(), member))
            })
            .collect(),
        Kind::Builtin(b) if b.form() == Form::Integer => {
            let mut bounds: Vec<f64> = numbers.clone();
            bounds.extend(
                shape
                    .limits()
                    .min()
                    .iter()
                    .chain(shape.limits().max().iter()),
            );
            let mut ints: Vec<i64> = vec![0, 1];
            for b in bounds {
                let b = b.round() as i64;
                ints.extend([b - 1, b, b + 1]);
            }
            ints.sort_unstable();
            ints.dedup();
            ints.into_iter().map(Value::from).collect()
        }
        Kind::Builtin(b) if b.form() == Form::Number => {
            let mut bounds: Vec<f64> = numbers.clone();
            bounds.extend(
                shape
                    .limits()
                    .min()
                    .iter()
                    .chain(shape.limits().max().iter()),
            );
            let mut values = vec![0.0, 1.0];
            for b in bounds {
                values.extend([b - 0.5, b, b + 0.5]);
            }
            values.into_iter().map(Value::from).collect()
        }
        Kind::Builtin(b) if b.form() == Form::Boolean => vec![json!(true), json!(false)],
        Kind::Builtin(Builtin::String) => {
            let mut values = vec![String::new(), "x".to_string()];
            values.extend(texts);
            values.into_iter().map(Value::from).collect()
        }
        Kind::List(item) => {
            let mut longest = counts.iter().copied().max().unwrap_or(1);
            longest = longest
                .max(shape.limits().min_items().unwrap_or(0))
                .max(shape.limits().max_items().unwrap_or(0));
            let item = one_value(item).unwrap_or(Value::Null);
            (0..=longest + 1)
                .map(|n| Value::Array(vec![item.clone(); n]))
                .collect()
        }
        _ => one_value(shape).into_iter().collect(),
    };
    out.dedup();
    out
}

/// One valid value of a shape (a minimal object for objects), if the sweep can make one.
fn one_value(shape: &Shape) -> Option<Value> {
    Some(match shape.kind() {
        Kind::Builtin(Builtin::String) => {
            let n = shape.limits().min_length().unwrap_or(1).max(1);
            Value::from("p".repeat(n))
        }
        Kind::Builtin(b) if b.form().is_numeric() => {
            let n = shape.limits().min().or(shape.limits().max()).unwrap_or(1.0);
            if b.form() == Form::Integer {
                Value::from(n as i64)
            } else {
                Value::from(n)
            }
        }
        Kind::Builtin(b) => scalar_json(&b.sample()),
        Kind::Enum(info) => scalar_json(info.values().first()?),
        Kind::Union(members) => {
            one_value(&Shape::new(Kind::Builtin(*members.first()?)).with_limits(*shape.limits()))?
        }
        Kind::Object(fields) => {
            let mut object = Map::new();
            for field in fields.iter() {
                if field.is_required() || fields.iter().all(|f| !f.is_required()) {
                    object.insert(field.wire().to_string(), one_value(field.shape())?);
                    if !field.is_required() {
                        break;
                    }
                }
            }
            Value::Object(object)
        }
        Kind::List(item) => {
            let n = shape.limits().min_items().unwrap_or(1).max(1);
            Value::Array(vec![one_value(item)?; n])
        }
    })
}

fn scalar_json(s: &Scalar) -> Value {
    match s {
        Scalar::Str(t) => Value::from(*t),
        Scalar::Int(i) => Value::from(*i),
        Scalar::Num(n) => Value::from(*n),
        Scalar::Bool(b) => Value::from(*b),
    }
}

#[test]
fn rules_hold_agrees_with_the_engine_on_every_combination() {
    let mut report = Vec::new();
    let mut run = |provider: &str, name: &str, swept: Swept, rules: usize| {
        if rules > 0 {
            assert!(
                swept.held > 0 && swept.held < swept.checked,
                "{provider} {name}: the sweep should find requests that hold and requests that \
                 break a rule ({swept:?})"
            );
        }
        report.push(format!(
            "{provider} {name}: {} requests, {} hold, {} rejected by the types",
            swept.checked, swept.held, swept.rejected_by_types
        ));
    };
    macro_rules! sweep_all {
        ($($provider:ident :: $request:ident),* $(,)?) => {$(
            run(
                stringify!($provider),
                stringify!($request),
                sweep::<$provider::$request>(stringify!($provider)),
                <$provider::$request as ApiRequest>::operation().rules().len(),
            );
        )*};
    }
    sweep_all!(
        eitheror::CreateRequest,
        acedata::CreateRequest,
        acedata::QueryRequest,
        acedata::BatchQueryRequest,
        aizfw::CreateRequest,
        aizfw::QueryRequest,
        geeknow::CreateRequest,
        geeknow::QueryRequest,
        geeknow::ContentRequest,
        jimmyai::CreateRequest,
        jimmyai::QueryRequest,
        lumenhub::CreateRequest,
        lumenhub::QueryRequest,
        lumenhub::CancelRequest,
        unified::CreateRequest,
        unified::QueryRequest,
        xai::GenerationsRequest,
        xai::EditsRequest,
        xai::ExtensionsRequest,
        xai::QueryRequest,
    );
    eprintln!("{}", report.join("\n"));
}

/// Requests built with the typed builders: each rule of each create operation held and broken.
#[test]
fn rules_hold_agrees_with_the_engine_on_built_requests() {
    fn check<R: ApiRequest + Debug>(name: &str, request: R, holds: bool) {
        let got = agree(&|| name.to_string(), &request);
        assert_eq!(got, holds, "{name}");
    }
    {
        use acedata::{CreateRequest, Model};
        let preview = || CreateRequest::new().model(Model::GrokImagineVideo1_5Preview);
        check("acedata: text only", CreateRequest::new().prompt("a"), true);
        check("acedata: preview without image_url", preview(), false);
        check(
            "acedata: preview with image_url",
            preview().image_url(url("https://a.example/i.png")),
            true,
        );
    }
    {
        use aizfw::{CreateRequest, Model, Resolution};
        let (v3, pro) = (Model::GrokVideo3, Model::GrokVideo3Pro);
        check(
            "aizfw: v3 30 s",
            CreateRequest::new(v3, "a").duration(30),
            true,
        );
        check(
            "aizfw: v3 31 s",
            CreateRequest::new(v3, "a").duration(31),
            false,
        );
        check(
            "aizfw: v3 5 s",
            CreateRequest::new(v3, "a").duration(5),
            false,
        );
        check(
            "aizfw: pro 10 s",
            CreateRequest::new(pro, "a").duration(10),
            true,
        );
        check(
            "aizfw: pro 6 s",
            CreateRequest::new(pro, "a").duration(6),
            false,
        );
        check(
            "aizfw: pro with a resolution",
            CreateRequest::new(pro, "a").resolution(Resolution::P720),
            false,
        );
        check(
            "aizfw: v3 with 7 images",
            CreateRequest::new(v3, "a").image_urls(urls(7)),
            true,
        );
        check(
            "aizfw: v3 with 8 images",
            CreateRequest::new(v3, "a").image_urls(urls(8)),
            false,
        );
        check(
            "aizfw: pro with 8 images",
            CreateRequest::new(pro, "a").image_urls(urls(8)),
            true,
        );
    }
    {
        use geeknow::{CreateRequest, Model};
        let req = |m| CreateRequest::new(m, "a");
        check("geeknow: v3 6 s", req(Model::GrokVideo3).seconds(6), true);
        check(
            "geeknow: pro 10 s",
            req(Model::GrokVideo3Pro).seconds(10),
            true,
        );
        check(
            "geeknow: pro 6 s",
            req(Model::GrokVideo3Pro).seconds(6),
            false,
        );
        check(
            "geeknow: max 15 s",
            req(Model::GrokVideo3Max).seconds(15),
            true,
        );
        check(
            "geeknow: max 10 s",
            req(Model::GrokVideo3Max).seconds(10),
            false,
        );
    }
    {
        use jimmyai::{CreateRequest, Model, Orientation, Ratio};
        let req = || CreateRequest::new(Model::GrokImagineVideo1_5, "a");
        check("jimmyai: no image", req(), false);
        check("jimmyai: one image_url", req().image_urls(urls(1)), true);
        check("jimmyai: two image_urls", req().image_urls(urls(2)), false);
        check(
            "jimmyai: empty image_urls",
            req().image_urls(urls(0)),
            false,
        );
        check("jimmyai: one image", req().images(urls(1)), true);
        // The two precedence rules warn (the vendor ignores the loser): they never fail the check.
        check(
            "jimmyai: both lists",
            req().image_urls(urls(1)).images(urls(1)),
            true,
        );
        check(
            "jimmyai: empty image_urls and one image",
            req().image_urls(urls(0)).images(urls(1)),
            true,
        );
        check(
            "jimmyai: ratio and orientation",
            req()
                .image_urls(urls(1))
                .ratio(Ratio::R16x9)
                .orientation(Orientation::Portrait),
            true,
        );
    }
    {
        use lumenhub::{CreateRequest, Duration, Fps, Framing, Model, Prompt};
        let req = |m| CreateRequest::new(m, Prompt::new("a").expect("valid"));
        let d = |n| Duration::new(n).expect("in range");
        check(
            "lumenhub: v1 12 s",
            req(Model::LumenGrokV1).duration(d(12)),
            true,
        );
        check(
            "lumenhub: turbo 8 s",
            req(Model::LumenGrokV1Turbo).duration(d(8)),
            true,
        );
        check(
            "lumenhub: turbo 9 s",
            req(Model::LumenGrokV1Turbo).duration(d(9)),
            false,
        );
        check(
            "lumenhub: turbo 30 fps",
            req(Model::LumenGrokV1Turbo).fps(Fps::Fps30),
            false,
        );
        check(
            "lumenhub: init image with framing",
            req(Model::LumenGrokV1)
                .init_image(url("https://a.example/i.png"))
                .framing(Framing::Landscape),
            false,
        );
        check(
            "lumenhub: init image and style refs",
            req(Model::LumenGrokV1)
                .init_image(url("https://a.example/i.png"))
                .style_refs(urls(1)),
            false,
        );
        check(
            "lumenhub: 4 style refs",
            req(Model::LumenGrokV1).style_refs(urls(4)),
            false,
        );
        check(
            "lumenhub: 3 style refs",
            req(Model::LumenGrokV1).style_refs(urls(3)),
            true,
        );
    }
    {
        use unified::{CreateRequest, Model};
        check(
            "unified: images",
            CreateRequest::new(Model::GrokVideo3, "a").images(urls(3)),
            true,
        );
    }
    {
        use xai::{Duration, GenerationsRequest, ImageRef, ReferenceImage};
        let d = |n| Duration::new(n).expect("in range");
        let refs = |n: usize| -> Vec<ReferenceImage> {
            urls(n)
                .into_iter()
                .map(|u| ReferenceImage::new().url(u))
                .collect()
        };
        let req = || GenerationsRequest::new("a");
        check("xai: 15 s", req().duration(d(15)), true);
        check(
            "xai: references and 10 s",
            req().reference_images(refs(2)).duration(d(10)),
            true,
        );
        check(
            "xai: references and 11 s",
            req().reference_images(refs(2)).duration(d(11)),
            false,
        );
        check(
            "xai: image and references",
            req()
                .image(ImageRef::new(url("https://a.example/i.png")))
                .reference_images(refs(1)),
            false,
        );
        check("xai: 8 references", req().reference_images(refs(8)), false);
    }
}
