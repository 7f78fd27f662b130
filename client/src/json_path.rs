//! Reading JSON paths into vendor replies, as documented in `specs/README.md` ("Paths").
//!
//! `data.task_id` (keys), `data[0].url` and `outputs[0][0]` (indexes), `data[*].state` (the first element
//! where the rest resolves) and `payload.@json.url` (the string at `payload` holds JSON). Nulls and empty
//! strings count as absent, because vendors use them interchangeably for "not there yet".
//!
//! Paths come pre-parsed ([`Path`], from the spec language's one parser, `grokvid_spec::json_path`):
//! tables hold them parsed at build time, so nothing is parsed per request.

use crate::spec::{PathTest, Scalar};
use serde_json::Value;
use std::borrow::Cow;

pub(crate) use grokvid_spec::json_path::{Path, Segment};

/// The value at `path`, or `None` when it is absent, null or an empty string.
///
/// The result borrows from `root` unless an `@json` segment had to parse a string.
pub fn get<'a>(root: &'a Value, path: &Path<'_>) -> Option<Cow<'a, Value>> {
    resolve(Cow::Borrowed(root), path.segments(), present)
}

/// The value at `path` as sent, null and `""` included; `None` only when nothing is there at all.
pub(crate) fn get_as_sent<'a>(root: &'a Value, path: &Path<'_>) -> Option<Cow<'a, Value>> {
    resolve(Cow::Borrowed(root), path.segments(), |_| true)
}

/// True when `path` resolves to a present value.
pub fn is_present(root: &Value, path: &Path<'_>) -> bool {
    get(root, path).is_some()
}

/// The value at the first of `paths` that is present.
#[cfg(test)] // the tests read several paths at once; the runtime reads one path at a time
pub(crate) fn first<'a>(root: &'a Value, paths: &[Path<'_>]) -> Option<Cow<'a, Value>> {
    paths.iter().find_map(|p| get(root, p))
}

/// A scalar's text, for comparisons where `20000` and `"20000"` must match (envelopes, status words).
pub fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A spec literal as JSON.
pub fn scalar_json(value: &Scalar) -> Value {
    match value {
        Scalar::Str(s) => Value::from(*s),
        Scalar::Int(i) => Value::from(*i),
        Scalar::Num(n) => number_json(*n),
        Scalar::Bool(b) => Value::from(*b),
    }
}

/// The integer a whole `f64` stands for, within the range where every integer is exact (±2^53).
#[inline]
pub(crate) fn whole_number(value: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (value.fract() == 0.0 && value.abs() <= EXACT).then_some(value as i64)
}

/// A number as JSON in its wire form: a whole one as an integer (`8`, not `8.0`).
pub fn number_json(value: f64) -> Value {
    match whole_number(value) {
        Some(whole) => Value::from(whole),
        None => Value::from(value),
    }
}

/// True when the JSON value equals a spec literal; numbers compare numerically, and a string holding the
/// same text also matches (vendors send `"1"` where docs say `1`).
pub fn matches_scalar(v: &Value, s: &Scalar) -> bool {
    match (v, s) {
        (Value::Bool(a), Scalar::Bool(b)) => a == b,
        (Value::Number(n), Scalar::Int(i)) => {
            n.as_i64() == Some(*i) || n.as_f64() == Some(*i as f64)
        }
        (Value::Number(n), Scalar::Num(x)) => n.as_f64().is_some_and(|f| (f - x).abs() < 1e-9),
        (Value::String(text), _) => text_matches(text, s),
        _ => false,
    }
}

/// Compares a string against a literal by text (numbers parsed, booleans case-insensitively).
fn text_matches(text: &str, s: &Scalar) -> bool {
    match s {
        Scalar::Str(want) => text == *want,
        Scalar::Int(i) => text.trim().parse::<i64>().ok() == Some(*i),
        Scalar::Num(x) => text
            .trim()
            .parse::<f64>()
            .is_ok_and(|f| (f - x).abs() < 1e-9),
        Scalar::Bool(b) => text
            .trim()
            .eq_ignore_ascii_case(if *b { "true" } else { "false" }),
    }
}

/// Evaluates a spec test (`present`, `absent`, `null`, `missing`, `equals`, or all of a list) against a
/// reply. `present`/`absent` treat null and `""` as absent; `is_null` and `missing` tell them apart.
pub(crate) fn test_holds(root: &Value, test: &PathTest) -> bool {
    match test {
        PathTest::Present(p) => is_present(root, p),
        PathTest::Absent(p) => !is_present(root, p),
        PathTest::Null(p) => get_as_sent(root, p).is_some_and(|v| v.is_null()),
        PathTest::Missing(p) => get_as_sent(root, p).is_none(),
        PathTest::Equals(p, want) => get(root, p).is_some_and(|v| matches_scalar(&v, want)),
        PathTest::All(tests) => tests.iter().all(|t| test_holds(root, t)),
    }
}

/// Null and `""` mean "not there" at the end of a path.
fn present(v: &Value) -> bool {
    !matches!(v, Value::Null) && v.as_str() != Some("")
}

/// Walks the remaining segments, keeping borrows where possible; `end` says which final values count.
fn resolve<'a>(
    current: Cow<'a, Value>,
    segs: &[Segment<'_>],
    end: fn(&Value) -> bool,
) -> Option<Cow<'a, Value>> {
    // Leading keys of a borrowed value (most paths are only keys) are walked without recursion.
    let (current, segs) = match current {
        Cow::Borrowed(mut value) => {
            let mut rest = segs;
            while let Some((Segment::Key(key), after)) = rest.split_first() {
                value = value.get(*key)?;
                rest = after;
            }
            (Cow::Borrowed(value), rest)
        }
        owned => (owned, segs),
    };
    let Some((seg, rest)) = segs.split_first() else {
        return end(&current).then_some(current);
    };
    match seg {
        Segment::Any => any_element(current, rest, end),
        Segment::Json => resolve(Cow::Owned(parse_embedded(&current)?), rest, end),
        Segment::Key(k) => resolve(
            child(current, |v| take_key(v, k), |v| v.get(*k))?,
            rest,
            end,
        ),
        Segment::Index(i) => resolve(
            child(current, |v| take_index(v, *i), |v| v.get(*i))?,
            rest,
            end,
        ),
    }
}

/// Steps into a child, borrowing from a borrowed parent and moving out of an owned one.
fn child<'a>(
    current: Cow<'a, Value>,
    take: impl FnOnce(Value) -> Option<Value>,
    borrow: impl FnOnce(&'a Value) -> Option<&'a Value>,
) -> Option<Cow<'a, Value>> {
    match current {
        Cow::Borrowed(v) => borrow(v).map(Cow::Borrowed),
        Cow::Owned(v) => take(v).map(Cow::Owned),
    }
}

fn take_key(v: Value, key: &str) -> Option<Value> {
    match v {
        Value::Object(mut map) => map.remove(key),
        _ => None,
    }
}

fn take_index(v: Value, index: usize) -> Option<Value> {
    match v {
        Value::Array(items) => items.into_iter().nth(index),
        _ => None,
    }
}

/// `[*]`: the first element for which the rest of the path resolves to a present value.
fn any_element<'a>(
    current: Cow<'a, Value>,
    rest: &[Segment<'_>],
    end: fn(&Value) -> bool,
) -> Option<Cow<'a, Value>> {
    match current {
        Cow::Borrowed(Value::Array(items)) => items
            .iter()
            .find_map(|item| resolve(Cow::Borrowed(item), rest, end)),
        Cow::Owned(Value::Array(items)) => items
            .into_iter()
            .find_map(|item| resolve(Cow::Owned(item), rest, end)),
        _ => None,
    }
}

/// `@json`: parses a string holding JSON. An object or array is taken as-is, since some vendors send the
/// decoded value where the docs promise a string.
fn parse_embedded(v: &Value) -> Option<Value> {
    match v {
        Value::String(s) => serde_json::from_str(s).ok(),
        Value::Object(_) | Value::Array(_) => Some(v.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A path parsed from its text (tables hold them parsed).
    fn p(text: &str) -> Path<'static> {
        Path::leak(text).unwrap()
    }

    fn get<'a>(root: &'a Value, text: &str) -> Option<Cow<'a, Value>> {
        match Path::leak(text) {
            Ok(path) => super::get(root, &path),
            Err(_) => None,
        }
    }

    fn is_present(root: &Value, text: &str) -> bool {
        super::is_present(root, &p(text))
    }

    fn first<'a>(root: &'a Value, texts: &[&str]) -> Option<Cow<'a, Value>> {
        let paths: Vec<Path<'static>> = texts.iter().map(|t| p(t)).collect();
        super::first(root, &paths)
    }

    #[test]
    fn gets_keys_and_indexes() {
        let v = json!({"data": {"task_id": "t1", "list": [{"u": "a"}, {"u": "b"}]}, "n": 3, "grid": [[1, 2]]});
        assert_eq!(get(&v, "data.task_id").as_deref(), Some(&json!("t1")));
        assert_eq!(get(&v, "data.list[1].u").as_deref(), Some(&json!("b")));
        assert_eq!(get(&v, "grid[0][1]").as_deref(), Some(&json!(2)));
        assert!(matches!(get(&v, "n"), Some(Cow::Borrowed(_))));
        assert_eq!(get(&v, "data.list[5].u"), None);
        assert_eq!(get(&v, "data.missing"), None);
        assert_eq!(get(&v, "n.deeper"), None);
        assert_eq!(get(&v, "data[0]"), None);
        assert_eq!(get(&v, "bad[path"), None);
    }

    #[test]
    fn null_and_empty_string_are_absent() {
        let v = json!({"a": null, "b": "", "c": 0, "d": false, "e": {}});
        assert!(!is_present(&v, "a"));
        assert!(!is_present(&v, "b"));
        assert!(is_present(&v, "c"));
        assert!(is_present(&v, "d"));
        assert!(is_present(&v, "e"));
    }

    #[test]
    fn any_takes_first_element_where_rest_resolves() {
        let v = json!({"data": [{"state": null}, {"other": 1}, {"state": ""}, {"state": "done"}, {"state": "x"}]});
        assert_eq!(get(&v, "data[*].state").as_deref(), Some(&json!("done")));
        assert_eq!(get(&v, "data[*].none"), None);
        let w = json!({"xs": [null, "", 7]});
        assert_eq!(get(&w, "xs[*]").as_deref(), Some(&json!(7)));
        assert_eq!(get(&json!({"xs": {}}), "xs[*]"), None);
    }

    #[test]
    fn json_segment_parses_embedded_strings() {
        let v = json!({"payload": "{\"url\": \"https://x/v.mp4\", \"list\": [{\"k\": 1}]}"});
        let got = get(&v, "payload.@json.url").unwrap();
        assert!(matches!(got, Cow::Owned(_)));
        assert_eq!(got.as_ref(), &json!("https://x/v.mp4"));
        assert_eq!(
            get(&v, "payload.@json.list[*].k").as_deref(),
            Some(&json!(1))
        );
        assert_eq!(
            get(&v, "payload.@json.list[0].k").as_deref(),
            Some(&json!(1))
        );
        assert_eq!(get(&json!({"p": "not json"}), "p.@json.url"), None);
        assert_eq!(get(&json!({"p": 5}), "p.@json"), None);
        let already = json!({"p": {"url": "u"}});
        assert_eq!(get(&already, "p.@json.url").as_deref(), Some(&json!("u")));
        let nested = json!({"items": ["{\"a\": null}", "{\"a\": \"yes\"}"]});
        assert_eq!(
            get(&nested, "items[*].@json.a").as_deref(),
            Some(&json!("yes"))
        );
    }

    #[test]
    fn first_tries_paths_in_order() {
        let v = json!({"a": "", "b": "B", "c": "C"});
        assert_eq!(first(&v, &["a", "b", "c"]).as_deref(), Some(&json!("B")));
        assert_eq!(first(&v, &["x", "y"]), None);
        assert_eq!(first(&v, &[]), None);
    }

    #[test]
    fn as_text_stringifies_scalars() {
        assert_eq!(as_text(&json!("20000")).as_deref(), Some("20000"));
        assert_eq!(as_text(&json!(20000)).as_deref(), Some("20000"));
        assert_eq!(as_text(&json!(1.5)).as_deref(), Some("1.5"));
        assert_eq!(as_text(&json!(true)).as_deref(), Some("true"));
        assert_eq!(as_text(&json!(null)), None);
        assert_eq!(as_text(&json!({})), None);
    }

    #[test]
    fn scalars_match_across_text_and_numbers() {
        assert!(matches_scalar(&json!(false), &Scalar::Bool(false)));
        assert!(!matches_scalar(&json!(true), &Scalar::Bool(false)));
        assert!(matches_scalar(&json!("false"), &Scalar::Bool(false)));
        assert!(matches_scalar(&json!(3), &Scalar::Int(3)));
        assert!(matches_scalar(&json!(3.0), &Scalar::Int(3)));
        assert!(matches_scalar(&json!("3"), &Scalar::Int(3)));
        assert!(matches_scalar(&json!(0.5), &Scalar::Num(0.5)));
        assert!(matches_scalar(&json!("ok"), &Scalar::Str("ok")));
        assert!(!matches_scalar(&json!(null), &Scalar::Str("ok")));
    }

    #[test]
    fn path_tests() {
        let v = json!({"video": {"respect_moderation": false}, "done": "2024"});
        assert!(test_holds(
            &v,
            &PathTest::Equals(p("video.respect_moderation"), Scalar::Bool(false))
        ));
        assert!(test_holds(&v, &PathTest::Present(p("done"))));
        assert!(test_holds(&v, &PathTest::Absent(p("nope"))));
        assert!(!test_holds(
            &v,
            &PathTest::Equals(p("nope"), Scalar::Bool(false))
        ));
    }

    /// `absent` holds for missing, null and `""`; `is_null` only for null and `missing` only for nothing,
    /// also through `[*]` and `@json`.
    #[test]
    fn null_and_missing_are_told_apart() {
        let v = json!({"a": null, "b": "", "items": [{"u": null}], "raw": "{\"x\": null}"});
        let holds = |test: PathTest| test_holds(&v, &test);
        for path in ["a", "b", "c", "items[*].u", "raw.@json.x", "raw.@json.y"] {
            assert!(holds(PathTest::Absent(p(path))), "{path} absent");
        }
        for (path, null, missing) in [
            ("a", true, false),
            ("b", false, false),
            ("c", false, true),
            ("items[*].u", true, false),
            ("items[*].w", false, true),
            ("raw.@json.x", true, false),
            ("raw.@json.y", false, true),
        ] {
            assert_eq!(holds(PathTest::Null(p(path))), null, "{path} null");
            assert_eq!(holds(PathTest::Missing(p(path))), missing, "{path} missing");
        }
        static BOTH: &[PathTest] = &[
            PathTest::Present(Path::new(&[Segment::Key("raw")])),
            PathTest::Null(Path::new(&[Segment::Key("a")])),
        ];
        assert!(holds(PathTest::All(BOTH)));
        static ONE_FAILS: &[PathTest] = &[
            PathTest::Present(Path::new(&[Segment::Key("raw")])),
            PathTest::Null(Path::new(&[Segment::Key("b")])),
        ];
        assert!(!holds(PathTest::All(ONE_FAILS)));
    }
}
