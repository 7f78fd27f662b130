//! The parts of a success reply that are not about the task's state: the envelope's "ok" marker and
//! message, and documented response fields given plausible values (the request's own values echoed back,
//! `object: "video"`, timestamps), so replies look like the vendor's without per-vendor code.
//!
//! Paths the task mapping, the envelope or the error paths read are left alone: the inversion decides
//! them, and a plausible-looking value there could change the task's status.

use crate::shape::{self, Documented};
use grokvid::rt::json_path::{self, Path};
use grokvid::spec::{Builtin, Field, Form, Kind, Provider, StatusStep, TaskMapping, TimeForm};
use serde_json::{Map, Value};

/// What plausible values are made from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The create request by wire name.
    pub request: &'a Map<String, Value>,
    pub created_unix: f64,
    /// Set once the task has finished.
    pub finished_unix: Option<f64>,
    /// For batch replies: how many items the list holds.
    pub item_count: Option<usize>,
    /// How the reply's fields hold time (`times:`), by path: declared ones are written in their form.
    pub times: &'a [(Path<'static>, TimeForm)],
}

impl Context<'_> {
    pub(crate) fn empty() -> Context<'static> {
        static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
        Context {
            request: EMPTY.get_or_init(Map::new),
            created_unix: crate::time::now_unix(),
            finished_unix: None,
            item_count: None,
            times: &[],
        }
    }
}

/// Paths (indexes dropped) that the mapping, the batch list, the envelope or the error paths own.
pub(crate) fn owned_paths(
    provider: &Provider,
    mapping: Option<&TaskMapping>,
    tasks_at: Option<&Path<'_>>,
) -> Vec<String> {
    let mut paths: Vec<&Path<'_>> = Vec::new();
    if let Some(m) = mapping {
        for group in [
            m.id(),
            m.progress(),
            m.video_url(),
            m.error(),
            m.error_code(),
        ] {
            paths.extend(group);
        }
        paths.extend(m.created_at().iter().chain(m.finished_at()).map(|(p, _)| p));
        for step in m.status() {
            match step {
                StatusStep::Word { path, .. } => paths.push(path),
                StatusStep::When {
                    test: Some(test), ..
                } => test_paths(test, &mut paths),
                StatusStep::When { test: None, .. } => {}
            }
        }
    }
    paths.extend(tasks_at);
    paths.extend(provider.envelope().map(|e| e.path()));
    paths.extend(provider.errors().code());
    paths.extend(provider.errors().message());
    paths.into_iter().map(shape::plain).collect()
}

/// The paths a status test reads (each test of an all-of list).
pub(crate) fn test_paths<'t, 'p>(test: &'t grokvid::spec::PathTest, out: &mut Vec<&'t Path<'p>>) {
    use grokvid::spec::PathTest;
    match test {
        PathTest::Present(p)
        | PathTest::Absent(p)
        | PathTest::Null(p)
        | PathTest::Missing(p)
        | PathTest::Equals(p, _) => out.push(p),
        PathTest::All(tests) => tests.iter().for_each(|t| test_paths(t, out)),
    }
}

/// A success reply with no task in it yet: documented fields filled (when `filler`), plus the envelope.
pub(crate) fn frame(
    provider: &Provider,
    fields: &'static [Field],
    owned: &[String],
    ctx: &Context<'_>,
    envelope: bool,
    filler: bool,
) -> Value {
    let mut reply = if filler {
        Value::Object(fill_object(fields, "", owned, ctx))
    } else {
        Value::Object(Map::new())
    };
    if envelope && let Some(env) = &provider.envelope() {
        let doc = shape::documented(fields, env.path())
            .or_else(|| crate::errors::documented_anywhere(provider, env.path()));
        let ok = env.ok().first().copied().unwrap_or("true");
        let marker = if shape::is_boolean(doc) {
            Value::Bool(ok.eq_ignore_ascii_case("true"))
        } else {
            shape::typed_text(doc, ok)
        };
        shape::write(&mut reply, env.path(), marker);
        // The error message's neighbour on success ({code, msg, data} says msg "ok").
        if let Some(path) = provider.errors().message().first()
            && shape::is_text(shape::documented(fields, path))
            && !grokvid::rt::json_path::is_present(&reply, path)
        {
            shape::write(&mut reply, path, Value::from("ok"));
        }
    }
    reply
}

/// Documented fields with a plausible value; objects only when one of their fields got one.
fn fill_object(
    fields: &[Field],
    prefix: &str,
    owned: &[String],
    ctx: &Context<'_>,
) -> Map<String, Value> {
    let mut map = Map::new();
    for field in fields {
        let path = if prefix.is_empty() {
            field.wire().to_string()
        } else {
            format!("{prefix}.{}", field.wire())
        };
        if owned.contains(&path) {
            continue;
        }
        let value = match field.shape().kind() {
            Kind::Object(sub) => {
                let inner = fill_object(sub, &path, owned, ctx);
                (!inner.is_empty()).then_some(Value::Object(inner))
            }
            _ => plausible(field, &path, ctx),
        };
        if let Some(value) = value {
            map.insert(field.wire().to_string(), value);
        }
    }
    map
}

/// A plausible value for one field, or nothing when none is cheap and safe.
fn plausible(field: &Field, path: &str, ctx: &Context<'_>) -> Option<Value> {
    let kind = field.shape().kind();
    let name = field.wire().to_ascii_lowercase();
    if let Some(echo) = ctx
        .request
        .get(field.wire())
        .and_then(|v| convert(v, field))
    {
        return Some(echo);
    }
    match kind {
        Kind::Builtin(Builtin::Json) if name == "request" && !ctx.request.is_empty() => {
            return Some(Value::Object(ctx.request.clone()));
        }
        Kind::Builtin(Builtin::String) if name == "object" => return Some(Value::from("video")),
        Kind::Builtin(Builtin::Integer) if name == "count" || name == "total" => {
            return ctx.item_count.map(Value::from);
        }
        _ => {}
    }
    let doc = Some(Documented::Shape(field.shape()));
    // A declared time is written in its form; an undeclared one is guessed from its name, and only
    // when the name says it is a moment (a `predict_time` is a duration, never a timestamp).
    let declared = ctx.times.iter().find(|(p, _)| shape::plain(p) == path);
    match declared {
        Some((_, form)) if !form.is_moment() => {
            let elapsed =
                ctx.finished_unix.unwrap_or_else(crate::time::now_unix) - ctx.created_unix;
            time_in(Some(*form), doc, elapsed.max(0.0))
        }
        Some((_, form)) => time_in(Some(*form), doc, time_for(&name, ctx)?),
        None if is_moment_name(&name) => time_in(None, doc, time_for(&name, ctx)?),
        None => None,
    }
}

/// A request value in the documented response type, when it fits.
fn convert(value: &Value, field: &Field) -> Option<Value> {
    let builtin = match field.shape().kind() {
        Kind::Builtin(b) => *b,
        // A union echoes a request value that is one of its members' values.
        Kind::Enum(_) | Kind::Union(_) => {
            return grokvid::rt::validate::check_json(field.wire(), value, field.shape())
                .is_empty()
                .then(|| value.clone());
        }
        Kind::Object(_) | Kind::List(_) => return None,
    };
    match builtin.form() {
        Form::Text => grokvid::rt::json_path::as_text(value)
            .filter(|text| builtin.accepts_text(text))
            .map(Value::from),
        Form::Integer => match value {
            Value::Number(n) => n.as_i64().map(Value::from),
            Value::String(s) => s.trim().parse::<i64>().ok().map(Value::from),
            _ => None,
        },
        Form::Number => match value {
            Value::Number(_) => Some(value.clone()),
            Value::String(s) => s.trim().parse::<f64>().ok().map(json_path::number_json),
            _ => None,
        },
        Form::Boolean => value.as_bool().map(Value::from),
        Form::Any => Some(value.clone()),
        Form::File => None,
    }
}

/// A name that says "a moment": `*_at`, `created`, `updated`, or a `*time` naming an event
/// (`create_time`, `status_update_time`); other `*time` names (`predict_time`, `run_time`) are durations.
fn is_moment_name(name: &str) -> bool {
    let event = [
        "creat", "updat", "finish", "complet", "start", "end", "expir", "submit", "modif",
    ];
    name.ends_with("_at")
        || name == "created"
        || name == "updated"
        || (name.ends_with("time") && event.iter().any(|e| name.contains(e)))
}

/// Which moment a time field names: finishing ones only once finished, expiry a day after creation.
fn time_for(name: &str, ctx: &Context<'_>) -> Option<f64> {
    if ["completed", "finished", "ended", "done"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return ctx.finished_unix;
    }
    if name.contains("expire") {
        return Some(ctx.created_unix + 86_400.0);
    }
    Some(ctx.created_unix)
}

/// The form `times:` declares for the value at `path`, if any.
pub(crate) fn declared(times: &[(Path<'static>, TimeForm)], path: &Path<'_>) -> Option<TimeForm> {
    let plain = shape::plain(path);
    times
        .iter()
        .find(|(p, _)| shape::plain(p) == plain)
        .map(|(_, form)| *form)
}

/// A time in its declared form (a moment's Unix time, or a duration's seconds), as text when the
/// documented type is text; undeclared, a moment in the form its documented type suggests.
pub(crate) fn time_in(
    form: Option<TimeForm>,
    doc: Option<Documented<'_>>,
    secs: f64,
) -> Option<Value> {
    let Some(form) = form else {
        return time_value(doc, secs);
    };
    let value = match form {
        TimeForm::EpochS => Value::from(secs.floor() as i64),
        TimeForm::EpochMs | TimeForm::Ms => Value::from((secs * 1000.0).round() as i64),
        TimeForm::Seconds => Value::from((secs * 1000.0).round() / 1000.0),
        TimeForm::Iso8601 => {
            return Some(Value::from(crate::time::rfc3339(secs)));
        }
    };
    Some(if shape::is_text(doc) {
        Value::from(value.to_string())
    } else {
        value
    })
}

/// A moment in the documented type: whole seconds, float seconds (ms precision) or RFC 3339 text.
fn time_value(doc: Option<Documented<'_>>, unix: f64) -> Option<Value> {
    let builtin = match doc {
        Some(Documented::Shape(s)) => match s.kind() {
            Kind::Builtin(b) => *b,
            _ => return None,
        },
        // Undocumented: whole seconds, the most common form.
        _ => Builtin::Json,
    };
    match builtin.form() {
        Form::Number => Some(Value::from((unix * 1000.0).round() / 1000.0)),
        // A text type takes the RFC 3339 text only when it is one of its values.
        Form::Text => Some(crate::time::rfc3339(unix))
            .filter(|t| builtin.accepts_text(t))
            .map(Value::from),
        Form::Integer | Form::Any => Some(Value::from(unix.floor() as i64)),
        Form::Boolean => Some(Value::Bool(true)),
        Form::File => None,
    }
}
