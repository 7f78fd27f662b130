//! Value checks shared by generated newtype constructors and the dynamic validator (the simulator), so a
//! typed client and the fake vendor reject exactly the same values with the same messages.

use crate::spec::pattern::canonical_format;
use crate::spec::{
    Builtin, EnumInfo, Field, Form, Kind, Limits, ParamLocation, Scalar, Shape, UnionJson,
    union_expected, union_member,
};
use crate::validate::violation::{Violation, Violations};
use serde_json::{Map, Value};

/// Longest piece of a value quoted in a message; data: URLs can be megabytes.
const QUOTE_LIMIT: usize = 60;

/// A number as people write it: `30`, not `30.0`.
pub fn format_number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// Checks `min` / `max` (inclusive).
#[inline]
pub fn check_number(field: &str, value: f64, limits: &Limits) -> Result<(), Violation> {
    // Checked constructors run on every request: a value within the limits returns here.
    if limits.min().is_none_or(|m| value >= m) && limits.max().is_none_or(|m| value <= m) {
        return Ok(());
    }
    number_violation(field, value, limits)
}

/// [`check_number`] for a value outside the limits (or NaN).
#[cold]
fn number_violation(field: &str, value: f64, limits: &Limits) -> Result<(), Violation> {
    // Formatted only for a message: checked constructors run on every request.
    let shown = || format_number(value);
    if value.is_nan() && (limits.min().is_some() || limits.max().is_some()) {
        return Err(Violation::new(field, "is not a number"));
    }
    if let Some(min) = limits.min().filter(|m| value < *m) {
        let msg = format!("{} is below the minimum {}", shown(), format_number(min));
        return Err(Violation::new(field, msg));
    }
    if let Some(max) = limits.max().filter(|m| value > *m) {
        let msg = format!("{} is above the maximum {}", shown(), format_number(max));
        return Err(Violation::new(field, msg));
    }
    Ok(())
}

/// Checks `min_length` / `max_length`, counted in characters (prompts are often not ASCII).
#[inline]
pub fn check_text(field: &str, value: &str, limits: &Limits) -> Result<(), Violation> {
    // A UTF-8 text of n bytes holds n/4 (rounded up) to n characters: when both bounds are met
    // whatever the count, the characters need not be counted.
    let bytes = value.len();
    if !(limits.min_length().is_none_or(|m| bytes.div_ceil(4) >= m)
        && limits.max_length().is_none_or(|m| bytes <= m))
    {
        text_violation(field, value, limits)?;
    }
    if limits.checks_text() {
        return check_text_rules(field, value, limits);
    }
    Ok(())
}

/// Checks `pattern`, and a URL's `schemes` and formats (`accept`): only fields that declare one.
fn check_text_rules(field: &str, value: &str, limits: &Limits) -> Result<(), Violation> {
    use crate::spec::pattern;
    if let Some(p) = limits.pattern()
        && !pattern::matches(p, value)
    {
        let msg = format!("{} does not match the pattern `{p}`", quote(value));
        return Err(Violation::new(field, msg));
    }
    let schemes = limits.schemes();
    if !schemes.is_empty() {
        let scheme = pattern::url_scheme(value);
        if !scheme.as_deref().is_some_and(|s| schemes.contains(&s)) {
            let msg = format!(
                "must be a {} URL (got {})",
                schemes.join(" or "),
                quote(value)
            );
            return Err(Violation::new(field, msg));
        }
    }
    let accept = limits.accept();
    if !accept.is_empty() {
        let accepted = accept.join(", ");
        let Some(format) = pattern::url_format(value) else {
            let msg = format!(
                "{} names no file format; accepted: {accepted}",
                quote(value)
            );
            return Err(Violation::new(field, msg));
        };
        let format = canonical_format(&format);
        if !accept.iter().any(|a| canonical_format(a) == format) {
            let msg = format!(
                "{} is a {format} file; accepted formats: {accepted}",
                quote(value)
            );
            return Err(Violation::new(field, msg));
        }
    }
    Ok(())
}

/// [`check_text`] counting the characters.
fn text_violation(field: &str, value: &str, limits: &Limits) -> Result<(), Violation> {
    let len = value.chars().count();
    if let Some(min) = limits.min_length().filter(|m| len < *m) {
        if len == 0 {
            return Err(Violation::new(field, "must not be empty"));
        }
        let msg = format!("is {}, at least {min} required", characters_long(len));
        return Err(Violation::new(field, msg));
    }
    if let Some(max) = limits.max_length().filter(|m| len > *m) {
        let msg = format!("is {}, at most {max} allowed", characters_long(len));
        return Err(Violation::new(field, msg));
    }
    Ok(())
}

/// `1 character long`, `4 characters long`.
fn characters_long(len: usize) -> String {
    if len == 1 {
        "1 character long".to_string()
    } else {
        format!("{len} characters long")
    }
}

/// Checks `min_items` / `max_items` of a list.
pub(crate) fn check_items(field: &str, count: usize, limits: &Limits) -> Result<(), Violation> {
    items_message(count, limits.min_items(), limits.max_items())
        .map_or(Ok(()), |msg| Err(Violation::new(field, msg)))
}

/// The message for a list length outside `min..=max` (shared with the rule engine).
pub(crate) fn items_message(
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
) -> Option<String> {
    // Formatted only for a message: list checks run on every request.
    let given = || {
        if count == 1 {
            "1 item given".to_string()
        } else {
            format!("{count} items given")
        }
    };
    if items_within(count, min, max) {
        return None;
    }
    if let Some(min) = min.filter(|m| count < *m) {
        return Some(format!("{}, at least {min} required", given()));
    }
    if let Some(max) = max.filter(|m| count > *m) {
        return Some(format!("{}, at most {max} allowed", given()));
    }
    None
}

/// True when a list of `count` items is within `min..=max` (the one definition of a list-length check:
/// field limits, `items` rules and generated `rules_hold` code all use it).
#[inline]
pub(crate) fn items_within(count: usize, min: Option<usize>, max: Option<usize>) -> bool {
    min.is_none_or(|m| count >= m) && max.is_none_or(|m| count <= m)
}

/// Checks the text of a built-in type with a syntax of its own (a URL's scheme).
#[inline]
pub(crate) fn check_builtin_text(
    field: &str,
    value: &str,
    builtin: Builtin,
) -> Result<(), Violation> {
    if builtin.accepts_text(value) {
        return Ok(());
    }
    let msg = format!("must be {} (got {})", builtin.text_rule(), quote(value));
    Err(Violation::new(field, msg))
}

/// Checks text of a built-in text type: its syntax (a URL's), then its limits (lengths, pattern, a
/// URL's schemes and formats). Checked newtypes of `string` and `url` call this on construction.
#[inline]
pub fn check_string(
    field: &str,
    value: &str,
    builtin: Builtin,
    limits: &Limits,
) -> Result<(), Violation> {
    check_builtin_text(field, value, builtin)?;
    check_text(field, value, limits)
}

/// Checks a file name's extension against `accept` (jpg and jpeg are the same format).
pub(crate) fn check_file_name(
    field: &str,
    file_name: &str,
    limits: &Limits,
) -> Result<(), Violation> {
    if limits.accept().is_empty() {
        return Ok(());
    }
    let accepted = limits.accept().join(", ");
    let Some(ext) = extension(file_name) else {
        let msg = format!(
            "{} has no file extension; accepted: {accepted}",
            quote(file_name)
        );
        return Err(Violation::new(field, msg));
    };
    let ext = canonical_format(&ext);
    if limits.accept().iter().any(|a| canonical_format(a) == ext) {
        return Ok(());
    }
    let msg = format!(
        "{} is a {ext} file; accepted formats: {accepted}",
        quote(file_name)
    );
    Err(Violation::new(field, msg))
}

/// The lower-cased extension of the last path component, if any.
fn extension(file_name: &str) -> Option<String> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let (stem, ext) = base.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// Validates one JSON value against a shape: its kind, its limits, and recursively its fields or items.
pub fn check_json(field: &str, value: &Value, shape: &Shape) -> Violations {
    let mut out = Violations::new();
    let limits = shape.limits();
    let result = match shape.kind() {
        Kind::Builtin(builtin) => check_builtin(field, value, *builtin, limits),
        Kind::Enum(info) => check_enum(field, value, info),
        Kind::Union(members) => check_union(field, value, members, limits),
        Kind::Object(fields) => {
            match value {
                Value::Object(map) => out.extend(check_fields(fields.iter(), map, field, "object")),
                other => out.push(wrong_kind(field, "an object", other)),
            }
            Ok(())
        }
        Kind::List(item) => {
            match value {
                Value::Array(items) => out.extend(check_list(field, items, item, limits)),
                other => out.push(wrong_kind(field, "a list", other)),
            }
            Ok(())
        }
    };
    if let Err(v) = result {
        out.push(v);
    }
    out
}

/// Checks a value of a built-in type: its JSON form, its text's syntax, and the limits of its form.
fn check_builtin(
    field: &str,
    value: &Value,
    builtin: Builtin,
    limits: &Limits,
) -> Result<(), Violation> {
    match builtin.form() {
        form if form.is_numeric() && limits.text_form() => {
            numeric_text(field, value, form).and_then(|n| check_number(field, n, limits))
        }
        Form::Text => text(field, value).and_then(|s| check_string(field, s, builtin, limits)),
        Form::Integer => integer(field, value).and_then(|n| check_number(field, n, limits)),
        Form::Number => number(field, value).and_then(|n| check_number(field, n, limits)),
        Form::Boolean => match value {
            Value::Bool(_) => Ok(()),
            other => Err(wrong_kind(field, Form::Boolean.expected(), other)),
        },
        Form::File => match value {
            Value::String(name) => check_file_name(field, name, limits),
            other => Err(wrong_kind(field, Form::File.expected(), other)),
        },
        Form::Any => Ok(()),
    }
}

/// Checks a value of a union: the member its JSON type picks (`42` the integer, `"42"` the
/// string), then that member's limits (a range for a number, lengths and a pattern for text).
fn check_union(
    field: &str,
    value: &Value,
    members: &[Builtin],
    limits: &Limits,
) -> Result<(), Violation> {
    let json = match value {
        Value::String(_) => Some(UnionJson::String),
        Value::Number(_) => Some(UnionJson::Number),
        Value::Bool(_) => Some(UnionJson::Boolean),
        _ => None,
    };
    match json.and_then(|json| union_member(members, json)) {
        Some(member) => check_builtin(field, value, member, limits),
        None => Err(wrong_kind(field, &union_expected(members), value)),
    }
}

/// Checks a request body: every body field of `fields`, and no keys that are not body fields.
///
/// Keys are reported with `prefix` (the `wrap` key, or empty). Operation consts are not fields, so a
/// caller checking a raw body should remove them first.
pub fn check_object(fields: &[Field], body: &Map<String, Value>, prefix: &str) -> Violations {
    let body_fields = fields
        .iter()
        .filter(|f| f.location() == ParamLocation::Body);
    check_fields(body_fields, body, prefix, "request")
}

/// Required fields present, present fields valid, unknown keys reported.
fn check_fields<'f>(
    fields: impl Iterator<Item = &'f Field> + Clone,
    map: &Map<String, Value>,
    prefix: &str,
    what: &str,
) -> Violations {
    let mut out = Violations::new();
    for f in fields.clone() {
        let name = join(prefix, f.wire());
        match map.get(f.wire()).filter(|v| !v.is_null()) {
            Some(value) => out.extend(check_json(&name, value, f.shape())),
            None if f.is_required() => out.push(Violation::new(name, "is required")),
            None => {}
        }
    }
    for key in map.keys() {
        if !fields.clone().any(|f| f.wire() == key.as_str()) {
            let msg = format!("is not a field of this {what}");
            out.push(Violation::new(join(prefix, key), msg));
        }
    }
    out
}

/// Checks a list's length and each item as `field[i]`.
fn check_list(field: &str, items: &[Value], item: &Shape, limits: &Limits) -> Violations {
    let mut out = Violations::new();
    if let Err(v) = check_items(field, items.len(), limits) {
        out.push(v);
    }
    for (i, value) in items.iter().enumerate() {
        out.extend(check_json(&format!("{field}[{i}]"), value, item));
    }
    out
}

/// Checks an enum value (after aliases) against the vendor's values.
fn check_enum(field: &str, value: &Value, info: &EnumInfo) -> Result<(), Violation> {
    let found = match value {
        Value::String(s) => {
            let canonical = info
                .aliases()
                .iter()
                .find(|(alias, _)| alias == s)
                .map_or(s.as_str(), |(_, c)| *c);
            info.values()
                .iter()
                .any(|v| matches!(v, Scalar::Str(x) if *x == canonical))
        }
        Value::Number(n) => n.as_i64().is_some_and(|i| {
            info.values()
                .iter()
                .any(|v| matches!(v, Scalar::Int(x) if *x == i))
        }),
        other => return Err(wrong_kind(field, "one of the listed values", other)),
    };
    if found {
        return Ok(());
    }
    let text = crate::json_path::as_text(value).unwrap_or_else(|| value.to_string());
    Err(Violation::new(field, not_a_value(info, &text)))
}

fn text<'v>(field: &str, value: &'v Value) -> Result<&'v str, Violation> {
    value
        .as_str()
        .ok_or_else(|| wrong_kind(field, Form::Text.expected(), value))
}

fn number(field: &str, value: &Value) -> Result<f64, Violation> {
    value
        .as_f64()
        .ok_or_else(|| wrong_kind(field, Form::Number.expected(), value))
}

/// A number sent as JSON text (`wire: string`): `"6"`, never a bare `6`.
fn numeric_text(field: &str, value: &Value, form: Form) -> Result<f64, Violation> {
    let expected = || format!("a string holding {}", form.expected());
    let Value::String(s) = value else {
        return Err(wrong_kind(field, &expected(), value));
    };
    match s.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && (form != Form::Integer || n.fract() == 0.0) => Ok(n),
        _ => {
            let msg = format!("must be {} (got {})", expected(), quote(s));
            Err(Violation::new(field, msg))
        }
    }
}

/// An integral number (`6` or `6.0`).
fn integer(field: &str, value: &Value) -> Result<f64, Violation> {
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 => Ok(n),
        _ => Err(wrong_kind(field, Form::Integer.expected(), value)),
    }
}

fn wrong_kind(field: &str, expected: &str, got: &Value) -> Violation {
    Violation::new(
        field,
        format!("must be {expected} (got {})", kind_name(got)),
    )
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Quotes text, cutting it at [`QUOTE_LIMIT`] characters.
fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTE_LIMIT) {
        Some((cut, _)) => format!("\"{}…\"", s.get(..cut).unwrap_or(s)),
        None => format!("\"{s}\""),
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// The one message for a value an enum does not list, wherever it is caught (parse, JSON, simulator).
pub fn not_a_value(info: &EnumInfo, text: &str) -> String {
    format!(
        "`{text}` is not a valid {}; expected one of: {}",
        info.name(),
        enum_values(info)
    )
}

/// The values an enum accepts, for error messages.
pub fn enum_values(info: &EnumInfo) -> String {
    info.values()
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::EnumInfo;
    use serde_json::json;

    fn range(min: Option<f64>, max: Option<f64>) -> Limits {
        let limits = Limits::NONE;
        let limits = match min {
            Some(min) => limits.with_min(min),
            None => limits,
        };
        match max {
            Some(max) => limits.with_max(max),
            None => limits,
        }
    }

    fn messages(vs: &Violations) -> Vec<String> {
        vs.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn numbers_print_without_trailing_zero() {
        assert_eq!(format_number(30.0), "30");
        assert_eq!(format_number(-2.0), "-2");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(f64::NAN), "NaN");
    }

    #[test]
    fn number_range() {
        let l = range(Some(1.0), Some(30.0));
        assert_eq!(check_number("s", 6.0, &l), Ok(()));
        assert_eq!(check_number("s", 1.0, &l), Ok(()));
        assert_eq!(check_number("s", 30.0, &l), Ok(()));
        assert_eq!(
            check_number("s", 40.0, &l).unwrap_err().to_string(),
            "s: 40 is above the maximum 30"
        );
        assert_eq!(
            check_number("s", 0.0, &l).unwrap_err().message,
            "0 is below the minimum 1"
        );
        assert_eq!(
            check_number("s", 0.5, &range(Some(1.5), None))
                .unwrap_err()
                .message,
            "0.5 is below the minimum 1.5"
        );
        assert!(check_number("s", f64::NAN, &l).is_err());
        assert_eq!(check_number("s", f64::NAN, &Limits::NONE), Ok(()));
    }

    #[test]
    fn text_length_in_characters() {
        let l = Limits::NONE.with_min_length(1).with_max_length(3);
        assert_eq!(
            check_text("p", "", &l).unwrap_err().message,
            "must not be empty"
        );
        assert_eq!(check_text("p", "日本語", &l), Ok(()));
        assert_eq!(
            check_text("p", "abcd", &l).unwrap_err().message,
            "is 4 characters long, at most 3 allowed"
        );
        let min2 = Limits::NONE.with_min_length(2);
        assert_eq!(
            check_text("p", "a", &min2).unwrap_err().message,
            "is 1 character long, at least 2 required"
        );
        assert_eq!(check_text("p", "", &Limits::NONE), Ok(()));
    }

    #[test]
    fn item_counts() {
        let l = Limits::NONE.with_min_items(1).with_max_items(1);
        assert_eq!(check_items("i", 1, &l), Ok(()));
        assert_eq!(
            check_items("i", 3, &l).unwrap_err().message,
            "3 items given, at most 1 allowed"
        );
        assert_eq!(
            check_items("i", 0, &l).unwrap_err().message,
            "0 items given, at least 1 required"
        );
        assert_eq!(
            items_message(1, Some(2), None).as_deref(),
            Some("1 item given, at least 2 required")
        );
    }

    #[test]
    fn urls() {
        for ok in [
            "http://a",
            "https://x.y/z.png",
            "data:image/png;base64,AA",
            "HTTPS://X",
        ] {
            assert_eq!(check_builtin_text("u", ok, Builtin::Url), Ok(()), "{ok}");
        }
        for bad in ["", "https://", "data:", "ftp://x", "x", "日本"] {
            assert!(check_builtin_text("u", bad, Builtin::Url).is_err(), "{bad}");
        }
        let long = format!("nope{}", "x".repeat(200));
        let msg = check_builtin_text("u", &long, Builtin::Url)
            .unwrap_err()
            .message;
        assert!(msg.len() < 150 && msg.contains('…'), "{msg}");
    }

    #[test]
    fn file_names() {
        let l = Limits::NONE.with_accept(&["png", "jpeg", "webp"]);
        assert_eq!(check_file_name("f", "cat.PNG", &l), Ok(()));
        assert_eq!(check_file_name("f", "dir/cat.jpg", &l), Ok(()));
        assert_eq!(check_file_name("f", "cat.JPEG", &l), Ok(()));
        assert_eq!(
            check_file_name("f", "cat.gif", &l).unwrap_err().message,
            "\"cat.gif\" is a gif file; accepted formats: png, jpeg, webp"
        );
        assert!(
            check_file_name("f", "cat", &l)
                .unwrap_err()
                .message
                .contains("no file extension")
        );
        assert!(check_file_name("f", ".png", &l).is_err());
        assert!(check_file_name("f", "a.png/b", &l).is_err());
        let jpg_only = Limits::NONE.with_accept(&["jpg"]);
        assert_eq!(check_file_name("f", "a.jpeg", &jpg_only), Ok(()));
        assert_eq!(check_file_name("f", "anything", &Limits::NONE), Ok(()));
    }

    static MODEL: EnumInfo = EnumInfo::new(
        "Model",
        &[
            Scalar::Str("grok-video-3"),
            Scalar::Str("grok-imagine-video-1.5"),
            Scalar::Int(10),
        ],
    )
    .with_aliases(&[("grok-1.5", "grok-imagine-video-1.5")]);

    static IMAGE_SHAPE: Shape = Shape::URL;

    static IMAGE_FIELDS: &[Field] = &[
        Field::new("url", ParamLocation::Body, Shape::URL).required(),
        Field::new(
            "weight",
            ParamLocation::Body,
            Shape::NUMBER.with_limits(Limits::NONE.with_min(0.0).with_max(1.0)),
        ),
    ];

    static OBJECT_SHAPE: Shape = Shape::new(Kind::Object(IMAGE_FIELDS));

    static FIELDS: &[Field] = &[
        Field::new("model", ParamLocation::Body, Shape::new(Kind::Enum(&MODEL))).required(),
        Field::new(
            "seconds",
            ParamLocation::Body,
            Shape::INTEGER.with_limits(Limits::NONE.with_min(1.0).with_max(30.0)),
        ),
        Field::new(
            "images",
            ParamLocation::Body,
            Shape::new(Kind::List(&IMAGE_SHAPE)).with_limits(Limits::NONE.with_max_items(2)),
        ),
        Field::new(
            "reference",
            ParamLocation::Body,
            Shape::new(Kind::List(&OBJECT_SHAPE)),
        ),
        Field::new("id", ParamLocation::Query, Shape::STRING)
            .required()
            .task_id(),
    ];

    #[test]
    fn scalar_kinds() {
        let s = |kind: Kind, v: Value| messages(&check_json("f", &v, &Shape::new(kind)));
        assert!(s(Kind::Builtin(Builtin::String), json!("x")).is_empty());
        assert_eq!(
            s(Kind::Builtin(Builtin::String), json!(1)),
            ["f: must be a string (got a number)"]
        );
        assert!(s(Kind::Builtin(Builtin::Integer), json!(6)).is_empty());
        assert!(s(Kind::Builtin(Builtin::Integer), json!(6.0)).is_empty());
        assert_eq!(
            s(Kind::Builtin(Builtin::Integer), json!(6.5)),
            ["f: must be an integer (got a number)"]
        );
        assert_eq!(
            s(Kind::Builtin(Builtin::Integer), json!("6")),
            ["f: must be an integer (got a string)"]
        );
        assert!(s(Kind::Builtin(Builtin::Number), json!(6.5)).is_empty());
        assert!(s(Kind::Builtin(Builtin::Boolean), json!(false)).is_empty());
        assert_eq!(
            s(Kind::Builtin(Builtin::Boolean), json!(null)),
            ["f: must be a boolean (got null)"]
        );
        assert!(s(Kind::Builtin(Builtin::Json), json!({"any": [1]})).is_empty());
        assert!(s(Kind::Builtin(Builtin::File), json!("a.png")).is_empty());
        assert_eq!(
            s(Kind::Builtin(Builtin::File), json!(3)),
            ["f: must be a file (got a number)"]
        );
        assert_eq!(s(Kind::Builtin(Builtin::Url), json!("x")).len(), 1);
        assert_eq!(
            s(Kind::Object(IMAGE_FIELDS), json!([])),
            ["f: must be an object (got a list)"]
        );
        assert_eq!(
            s(Kind::List(&IMAGE_SHAPE), json!("u")),
            ["f: must be a list (got a string)"]
        );
    }

    #[test]
    fn unions_check_the_member_a_value_is() {
        let seed = Shape::union(&[Builtin::Integer, Builtin::String]).with_limits(
            range(Some(0.0), Some(10.0))
                .with_max_length(3)
                .with_pattern("[a-z]+"),
        );
        assert!(check_json("s", &json!(7), &seed).is_empty());
        assert!(check_json("s", &json!("abc"), &seed).is_empty());
        assert_eq!(
            messages(&check_json("s", &json!(11), &seed)),
            ["s: 11 is above the maximum 10"]
        );
        assert_eq!(
            messages(&check_json("s", &json!(6.5), &seed)),
            ["s: must be an integer (got a number)"]
        );
        assert_eq!(
            messages(&check_json("s", &json!("abcd"), &seed)),
            ["s: is 4 characters long, at most 3 allowed"]
        );
        assert_eq!(
            messages(&check_json("s", &json!("42"), &seed)),
            ["s: \"42\" does not match the pattern `[a-z]+`"]
        );
        assert_eq!(
            messages(&check_json("s", &json!(true), &seed)),
            ["s: must be an integer or a string (got a boolean)"]
        );
    }

    #[test]
    fn numbers_as_text_are_checked_as_numbers() {
        let int = Shape::INTEGER.with_limits(range(Some(2.0), Some(12.0)).with_text_form());
        assert!(check_json("d", &json!("6"), &int).is_empty());
        assert_eq!(
            messages(&check_json("d", &json!(6), &int)),
            ["d: must be a string holding an integer (got a number)"]
        );
        assert_eq!(
            messages(&check_json("d", &json!("6.5"), &int)),
            ["d: must be a string holding an integer (got \"6.5\")"]
        );
        assert_eq!(
            messages(&check_json("d", &json!("13"), &int)),
            ["d: 13 is above the maximum 12"]
        );
        let num = Shape::NUMBER.with_limits(Limits::NONE.with_text_form());
        assert!(check_json("g", &json!("7.5"), &num).is_empty());
        assert_eq!(
            messages(&check_json("g", &json!("NaN"), &num)),
            ["g: must be a string holding a number (got \"NaN\")"]
        );
    }

    #[test]
    fn limits_apply_through_check_json() {
        let shape = Shape::INTEGER.with_limits(range(None, Some(10.0)));
        assert_eq!(
            messages(&check_json("n", &json!(11), &shape)),
            ["n: 11 is above the maximum 10"]
        );
        let text = Shape::STRING.with_limits(Limits::NONE.with_min_length(1));
        assert_eq!(
            messages(&check_json("p", &json!(""), &text)),
            ["p: must not be empty"]
        );
    }

    #[test]
    fn enums_with_aliases() {
        let shape = Shape::new(Kind::Enum(&MODEL));
        assert!(check_json("m", &json!("grok-video-3"), &shape).is_empty());
        assert!(check_json("m", &json!("grok-1.5"), &shape).is_empty());
        assert!(check_json("m", &json!(10), &shape).is_empty());
        assert_eq!(
            messages(&check_json("m", &json!("grok-9"), &shape)),
            [
                "m: `grok-9` is not a valid Model; expected one of: grok-video-3, grok-imagine-video-1.5, 10"
            ]
        );
        assert_eq!(messages(&check_json("m", &json!(11), &shape)).len(), 1);
        assert_eq!(messages(&check_json("m", &json!(true), &shape)).len(), 1);
    }

    #[test]
    fn request_bodies() {
        let body = json!({
            "model": "grok-9",
            "seconds": 40,
            "images": ["https://a", "nope", "https://c"],
            "reference": [{"weight": 2}, {"url": "https://r", "extra": 1}],
            "id": "t1",
            "colour": "red",
        });
        let map = body.as_object().cloned().unwrap_or_default();
        let mut got = messages(&check_object(FIELDS, &map, ""));
        got.sort();
        let mut want = [
            "model: `grok-9` is not a valid Model; expected one of: grok-video-3, grok-imagine-video-1.5, 10",
            "seconds: 40 is above the maximum 30",
            "images: 3 items given, at most 2 allowed",
            "images[1]: must be an http://, https:// or data: URL (got \"nope\")",
            "reference[0].url: is required",
            "reference[0].weight: 2 is above the maximum 1",
            "reference[1].extra: is not a field of this object",
            "colour: is not a field of this request",
            "id: is not a field of this request",
        ];
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn required_and_prefix() {
        let map = json!({"seconds": null})
            .as_object()
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            messages(&check_object(FIELDS, &map, "input")),
            ["input.model: is required"]
        );
        let ok = json!({"model": "grok-video-3", "seconds": 6});
        let ok = ok.as_object().cloned().unwrap_or_default();
        assert!(check_object(FIELDS, &ok, "").is_empty());
    }
}
