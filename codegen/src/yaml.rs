//! A YAML document as a tree of located nodes.
//!
//! serde-saphyr parses; `Spanned` keeps each node's line and column, so every later check can point at
//! the exact place in the spec. We read the tree by hand (see `reader`) instead of deriving the spec
//! types, so that one pass reports every problem instead of stopping at the first.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u64,
    pub col: u64,
}

impl Pos {
    fn from_location(loc: serde_saphyr::Location) -> Pos {
        Pos {
            line: loc.line(),
            col: loc.column(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in document order; duplicates are kept so they can be reported.
    Map(Vec<(Key, Node)>),
}

/// A mapping key: scalars only, kept as text (`10: Ten` has the key "10").
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub pos: Pos,
    pub name: String,
}

impl Value {
    /// A short name of the value's kind, for "expected X, found Y" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Parses a document; a syntax error comes back with its position.
pub fn parse(source: &str) -> Result<Node, (Pos, String)> {
    // Duplicate keys reach our visitor, which keeps them all; the reader reports each one with both
    // positions instead of the parser stopping the whole load at the first.
    let options = serde_saphyr::options! {
        duplicate_keys: serde_saphyr::options::DuplicateKeyPolicy::PassThrough,
    };
    serde_saphyr::from_str_with_options::<Node>(source, options).map_err(|err| {
        let pos = err
            .location()
            .map(Pos::from_location)
            .unwrap_or(Pos { line: 1, col: 1 });
        match err.without_snippet() {
            // serde-saphyr's own text points at its API (`from_str_multiple`), not at the file, and
            // its position at the second document's first node; the `---` before it is the mistake.
            serde_saphyr::Error::MultipleDocuments { .. } => (
                document_marker_before(source, pos).unwrap_or(pos),
                "a spec is one YAML document, but a second one starts here".to_string(),
            ),
            other => (pos, one_line(&other.to_string())),
        }
    })
}

/// The last `---` line at or before `pos`.
fn document_marker_before(source: &str, pos: Pos) -> Option<Pos> {
    let line = usize::try_from(pos.line).ok()?;
    source
        .lines()
        .take(line)
        .enumerate()
        .filter(|(_, text)| text.starts_with("---"))
        .last()
        .map(|(i, _)| Pos {
            line: i as u64 + 1,
            col: 1,
        })
}

/// Drops serde-saphyr's own location suffix and joins lines: the caller prefixes `file:line:col`.
fn one_line(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    let trimmed = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    trimmed.trim().to_string()
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(deserializer)?;
        Ok(Node {
            pos: Pos::from_location(spanned.referenced),
            value: spanned.value,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        i64::try_from(v)
            .map(Value::Int)
            .map_err(|_| E::custom(format!("integer {v} is too large")))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(node) = seq.next_element::<Node>()? {
            items.push(node);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<KeyText>>()? {
            let value = map.next_value::<Node>()?;
            let key = Key {
                pos: Pos::from_location(key.referenced),
                name: key.value.0,
            };
            entries.push((key, value));
        }
        Ok(Value::Map(entries))
    }
}

/// Any scalar key as text.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Str(s) => Ok(KeyText(s)),
            Value::Int(i) => Ok(KeyText(i.to_string())),
            Value::Float(f) => Ok(KeyText(f.to_string())),
            Value::Bool(b) => Ok(KeyText(b.to_string())),
            Value::Null => Ok(KeyText("null".to_string())),
            other => Err(de::Error::custom(format!(
                "mapping keys must be scalars, found {}",
                other.kind()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let doc = parse("a: 1\nb:\n  - x\n  - 10: ten\n").unwrap();
        let Value::Map(entries) = doc.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].0.name, "a");
        assert_eq!(entries[0].1.pos, Pos { line: 1, col: 4 });
        assert_eq!(entries[1].0.pos, Pos { line: 2, col: 1 });
        let Value::Seq(items) = &entries[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(items[0].pos, Pos { line: 3, col: 5 });
        let Value::Map(inner) = &items[1].value else {
            panic!("not a map")
        };
        assert_eq!(inner[0].0.name, "10");
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_reader_to_report() {
        let doc = parse("a: 1\na: 2\n").unwrap();
        let Value::Map(entries) = doc.value else {
            panic!("not a map")
        };
        let lines: Vec<u64> = entries.iter().map(|(k, _)| k.pos.line).collect();
        assert_eq!(lines, [1, 2]);
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let (pos, message) = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(pos.line >= 1, "{pos:?}");
        assert!(!message.is_empty());
    }
}
