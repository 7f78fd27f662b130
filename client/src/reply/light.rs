//! Reading a 2xx reply in one pass without building its whole JSON tree: the typed reply is read
//! from the bytes, and only the top-level keys the spec's paths start at (the task mapping, the
//! envelope, the common error shape) also become a tree; every other value is checked as the whole
//! reading would check it (`Value`'s number ranges, string checks and depth limit) and not kept. The
//! whole tree is built only when someone asks for it ([`RawReply`]).
//!
//! Whenever the whole reading could decide otherwise (not a JSON object, not JSON, a typed reply that
//! does not read, a repeated field, a reply the checks refuse, a path that does not start at a key),
//! [`read`] returns `None` and the whole reading decides, with its own errors and messages.
//!
//! [`RawReply`]: super::raw::RawReply

use crate::json_path::{Path, Segment};
use crate::spec::{Operation, Provider};
use crate::task::Trace;
use serde::de::value::{BorrowedStrDeserializer, StrDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

/// The typed reply `T` of a 2xx `body` of `op`, and the part of its tree that reading the task and
/// the checks look at (a JSON object); `None` when the whole reply must be read instead (see the
/// module docs). `T = serde::de::IgnoredAny` reads the tree alone.
pub(crate) fn read<T: DeserializeOwned>(
    provider: &Provider,
    op: &Operation,
    http_status: u16,
    body: &[u8],
) -> Option<(T, Value)> {
    let keys = keys(provider, op)?;
    let mut kept = Map::new();
    let mut de = serde_json::Deserializer::from_slice(body);
    let typed = T::deserialize(Tee {
        inner: &mut de,
        keys: &keys,
        kept: &mut kept,
    })
    .ok()?;
    de.end().ok()?;
    let tree = Value::Object(kept);
    super::refusal(provider, op, http_status, &tree, &mut Trace::off())
        .is_none()
        .then_some((typed, tree))
}

/// The top-level keys a reading of `op`'s 2xx reply can look at (with repeats); `None` when some path
/// starts elsewhere (the root itself, an index).
fn keys(provider: &Provider, op: &Operation) -> Option<Vec<&'static str>> {
    // `super::refusal` reads the common error shape's `error`, and the envelope's marker.
    let mut keys = Vec::with_capacity(16);
    keys.push("error");
    let mut at_keys = true;
    let mut add = |path: &Path<'static>| match path.segments().first() {
        Some(Segment::Key(key)) => keys.push(*key),
        _ => at_keys = false,
    };
    if let Some(envelope) = provider.envelope() {
        add(envelope.path());
    }
    if let Some(mapping) = op.response().task() {
        mapping.for_each_path(&mut add);
    }
    if let Some(at) = op.response().tasks_at() {
        add(at);
    }
    at_keys.then_some(keys)
}

/// The reply's deserializer as the typed reply sees it: an object only, whose kept keys are copied
/// into `kept` on the way.
struct Tee<'k, D> {
    inner: D,
    keys: &'k [&'static str],
    kept: &'k mut Map<String, Value>,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tee<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        // Anything but an object goes the whole way (`read` gives up on the error).
        self.inner.deserialize_map(TeeVisitor {
            visitor,
            keys: self.keys,
            kept: self.kept,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct TeeVisitor<'k, V> {
    visitor: V,
    keys: &'k [&'static str],
    kept: &'k mut Map<String, Value>,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TeeVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(TeeMap {
            map,
            keys: self.keys,
            kept: self.kept,
            key: None,
        })
    }
}

/// The object's entries as the typed reply reads them.
struct TeeMap<'k, 'de, A> {
    map: A,
    keys: &'k [&'static str],
    kept: &'k mut Map<String, Value>,
    /// The key whose value comes next.
    key: Option<Cow<'de, str>>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TeeMap<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(Key(key)) = self.map.next_key()? else {
            return Ok(None);
        };
        let read = match &key {
            Cow::Borrowed(k) => seed.deserialize(BorrowedStrDeserializer::new(k))?,
            Cow::Owned(k) => seed.deserialize(StrDeserializer::new(k))?,
        };
        self.key = Some(key);
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| de::Error::custom("a value before its key"))?;
        if !self.keys.contains(&key.as_ref()) {
            return self.map.next_value_seed(Exact(seed));
        }
        let value: Value = self.map.next_value()?;
        let read = seed.deserialize(value.clone()).map_err(de::Error::custom)?;
        // A repeated key keeps its last value, as in `Value` (the typed reply refuses a repeated
        // field of its own, and the whole reading decides).
        self.kept.insert(key.into_owned(), value);
        Ok(read)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// A value the typed reply reads, checked as `Value` would read it even where the typed reply skips
/// it (`IgnoredAny` alone accepts numbers out of range, invalid UTF-8 and any depth).
struct Exact<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Exact<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(ExactDe(d))
    }
}

struct ExactDe<D>(D);

/// Forwards each `deserialize_*` method to the inner deserializer.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ExactDe<D> {
    type Error = D::Error;

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        <Checked as de::Deserialize>::deserialize(self.0)?;
        visitor.visit_unit()
    }

    forward! {
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16() deserialize_i32()
        deserialize_i64() deserialize_i128() deserialize_u8() deserialize_u16() deserialize_u32()
        deserialize_u64() deserialize_u128() deserialize_f32() deserialize_f64() deserialize_char()
        deserialize_str() deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_option() deserialize_unit() deserialize_seq() deserialize_map()
        deserialize_identifier()
        deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// A key, borrowed from the body when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

/// A value read exactly as `Value` reads it (`deserialize_any`: the same number ranges, string
/// checks and depth limit), so a body that passes would also parse whole; nothing is kept.
struct Checked;

impl<'de> de::Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_none<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Checked, D::Error> {
        de::Deserialize::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        // Keys as `Value` reads them: strings.
        while map.next_key::<Key<'de>>()?.is_some() {
            map.next_value::<Checked>()?;
        }
        Ok(Checked)
    }
}
