//! Tolerant serde helpers for typed response structs.
//!
//! Vendors send `"6"` where their docs say `6` and `20000` where they say `"20000"`; a reply must never
//! fail to parse over that. Each helper reads any JSON value and yields `None` when it cannot use it:
//!
//! ```
//! #[derive(serde::Deserialize)]
//! struct Reply {
//!     #[serde(default, deserialize_with = "grokvid::rt::lenient::integer")]
//!     seconds: Option<i64>,
//! }
//! let reply: Reply = serde_json::from_str(r#"{"seconds": "6"}"#).unwrap();
//! assert_eq!(reply.seconds, Some(6));
//! ```
//!
//! They need a self-describing format (JSON), as they read the value before deciding what it is.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// Text from a string, number or boolean.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    })
}

/// An integer from an integer, a float without fraction, or numeric text.
pub fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().and_then(whole)),
        Value::String(s) => parse_integer(&s),
        _ => None,
    })
}

/// A finite number from a number or numeric text.
pub fn number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => parse_number(&s),
        _ => None,
    })
}

/// A boolean from `true`/`false`, `"true"`/`"false"` (any case), or `0`/`1` (number or text).
pub fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Bool(b) => Some(b),
        Value::Number(n) => bit(n.as_f64()),
        Value::String(s) => parse_boolean(&s),
        _ => None,
    })
}

/// Any type, or `None` when the value does not fit it (instead of failing the whole reply).
pub fn any<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        v => serde_json::from_value(v).ok(),
    })
}

/// `6.0` → `6`; fractions and out-of-range values are not integers.
fn whole(f: f64) -> Option<i64> {
    // 2^63 is exactly representable; i64 covers -2^63..2^63.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    let in_range = (-LIMIT..LIMIT).contains(&f);
    (f.fract() == 0.0 && in_range).then_some(f as i64)
}

fn parse_integer(s: &str) -> Option<i64> {
    let t = s.trim();
    t.parse::<i64>()
        .ok()
        .or_else(|| parse_number(t).and_then(whole))
}

/// Numeric text; `NaN` and `inf` are not numbers a vendor means.
fn parse_number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|f| f.is_finite())
}

fn parse_boolean(s: &str) -> Option<bool> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("true") {
        Some(true)
    } else if t.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        bit(parse_number(t))
    }
}

/// `0` and `1` as booleans; other numbers are not.
fn bit(n: Option<f64>) -> Option<bool> {
    n.filter(|x| *x == 0.0 || *x == 1.0).map(|x| x == 1.0)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        url: String,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Reply {
        #[serde(default, deserialize_with = "crate::reply::lenient::string")]
        id: Option<String>,
        #[serde(default, deserialize_with = "crate::reply::lenient::integer")]
        seconds: Option<i64>,
        #[serde(default, deserialize_with = "crate::reply::lenient::number")]
        progress: Option<f64>,
        #[serde(default, deserialize_with = "crate::reply::lenient::boolean")]
        done: Option<bool>,
        #[serde(default, deserialize_with = "crate::reply::lenient::any")]
        video: Option<Inner>,
    }

    fn read(v: serde_json::Value) -> Reply {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn missing_and_null_fields_are_none() {
        let empty = Reply {
            id: None,
            seconds: None,
            progress: None,
            done: None,
            video: None,
        };
        assert_eq!(read(json!({})), empty);
        let nulls =
            json!({"id": null, "seconds": null, "progress": null, "done": null, "video": null});
        assert_eq!(read(nulls), empty);
    }

    #[test]
    fn strings_from_scalars() {
        assert_eq!(read(json!({"id": "a"})).id.as_deref(), Some("a"));
        assert_eq!(read(json!({"id": 20000})).id.as_deref(), Some("20000"));
        assert_eq!(read(json!({"id": 1.5})).id.as_deref(), Some("1.5"));
        assert_eq!(read(json!({"id": true})).id.as_deref(), Some("true"));
        assert_eq!(read(json!({"id": [1]})).id, None);
        assert_eq!(read(json!({"id": {"x": 1}})).id, None);
    }

    #[test]
    fn integers_from_numbers_and_text() {
        let s = |v| read(json!({ "seconds": v })).seconds;
        assert_eq!(s(json!(6)), Some(6));
        assert_eq!(s(json!(6.0)), Some(6));
        assert_eq!(s(json!(6.5)), None);
        assert_eq!(s(json!("6")), Some(6));
        assert_eq!(s(json!(" 6 ")), Some(6));
        assert_eq!(s(json!("6.0")), Some(6));
        assert_eq!(s(json!("six")), None);
        assert_eq!(s(json!(u64::MAX)), None);
        assert_eq!(s(json!(1e300)), None);
        assert_eq!(s(json!(true)), None);
        assert_eq!(s(json!(-3)), Some(-3));
    }

    #[test]
    fn numbers_from_numbers_and_text() {
        let p = |v| read(json!({ "progress": v })).progress;
        assert_eq!(p(json!(0.5)), Some(0.5));
        assert_eq!(p(json!(42)), Some(42.0));
        assert_eq!(p(json!(" 42.5 ")), Some(42.5));
        assert_eq!(p(json!("NaN")), None);
        assert_eq!(p(json!("inf")), None);
        assert_eq!(p(json!("x")), None);
        assert_eq!(p(json!([])), None);
    }

    #[test]
    fn booleans_from_words_and_bits() {
        let b = |v| read(json!({ "done": v })).done;
        assert_eq!(b(json!(true)), Some(true));
        assert_eq!(b(json!("TRUE")), Some(true));
        assert_eq!(b(json!(" false ")), Some(false));
        assert_eq!(b(json!(1)), Some(true));
        assert_eq!(b(json!(0)), Some(false));
        assert_eq!(b(json!("1")), Some(true));
        assert_eq!(b(json!(2)), None);
        assert_eq!(b(json!("yes")), None);
    }

    #[test]
    fn any_type_or_none() {
        let v = |x| read(json!({ "video": x })).video;
        assert_eq!(v(json!({"url": "u"})), Some(Inner { url: "u".into() }));
        assert_eq!(v(json!({"url": 5})), None);
        assert_eq!(v(json!("u")), None);
    }

    #[test]
    fn parses_from_text_too() {
        let r: Reply = serde_json::from_str(r#"{"id": 7, "seconds": "10", "extra": 1}"#).unwrap();
        assert_eq!(r.id.as_deref(), Some("7"));
        assert_eq!(r.seconds, Some(10));
    }
}
