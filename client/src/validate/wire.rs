//! How typed values meet the wire: enum tables, text for paths/queries/multipart, rule access, and the
//! small macros that give generated types their trait impls.

use crate::json_path::whole_number;
use crate::spec::{EnumInfo, Scalar, Shape};
use crate::validate::limits::check_json;
use crate::validate::rules::FieldRef;
use crate::validate::violation::{Violation, Violations};
use std::borrow::Cow;

/// A closed enum generated from a spec: its values as the vendor spells them.
pub trait WireEnum: Copy + PartialEq + 'static {
    /// The enum's name, values and aliases.
    const INFO: &'static EnumInfo;
    /// Variants in the same order as `INFO.values`.
    const ALL: &'static [Self];

    /// The value on the wire.
    #[inline]
    fn wire(&self) -> Scalar {
        Self::ALL
            .iter()
            .position(|v| v == self)
            .and_then(|i| Self::INFO.values().get(i).copied())
            .unwrap_or(Scalar::Str(""))
    }

    /// Parses a vendor value, accepting documented aliases (`grok-1.5` → `grok-imagine-video-1.5`).
    fn from_wire(text: &str) -> Option<Self> {
        let canonical = Self::INFO
            .aliases()
            .iter()
            .find(|(alias, _)| *alias == text)
            .map_or(text, |(_, canonical)| canonical);
        Self::INFO
            .values()
            .iter()
            .position(|v| scalar_text(v) == canonical)
            .and_then(|i| Self::ALL.get(i).copied())
    }
}

fn scalar_text(value: &Scalar) -> Cow<'static, str> {
    match value {
        Scalar::Str(s) => Cow::Borrowed(s),
        other => Cow::Owned(other.to_string()),
    }
}

/// A union generated from a spec (`type: [integer, string]`): one variant per member, holding a
/// plain value of it, so its limits are checked before a request is sent (not on construction).
pub trait WireUnion: serde::Serialize {
    /// The members, in the spec's order, and their limits.
    const SHAPE: Shape;
}

/// Zero or one union value: lets generated code check `T` and `Option<T>` alike.
pub trait UnionValues {
    /// Reports the value (if any) that is no member's value or breaks its member's limits.
    fn check_union(&self, field: &str, out: &mut Violations);
}

impl<T: WireUnion> UnionValues for T {
    fn check_union(&self, field: &str, out: &mut Violations) {
        // A union serializes to the JSON of its member: what the table check and the vendor see.
        match serde_json::to_value(self) {
            Ok(value) => out.extend(check_json(field, &value, &T::SHAPE)),
            Err(e) => out.push(Violation::new(field, e.to_string())),
        }
    }
}

impl<T: UnionValues> UnionValues for Option<T> {
    fn check_union(&self, field: &str, out: &mut Violations) {
        if let Some(value) = self {
            value.check_union(field, out);
        }
    }
}

/// A typed value seen by the rule engine.
pub trait FieldValue {
    /// The value as the rule engine sees it.
    fn field_ref(&self) -> FieldRef<'_>;
}

impl FieldValue for String {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Str(self)
    }
}
impl FieldValue for i64 {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Int(*self)
    }
}
impl FieldValue for f64 {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Num(*self)
    }
}
impl FieldValue for bool {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Bool(*self)
    }
}
impl FieldValue for serde_json::Value {
    fn field_ref(&self) -> FieldRef<'_> {
        match self {
            serde_json::Value::Null => FieldRef::Absent,
            _ => FieldRef::Present,
        }
    }
}
impl<T: FieldValue> FieldValue for Option<T> {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        match self {
            Some(value) => value.field_ref(),
            None => FieldRef::Absent,
        }
    }
}
impl<T> FieldValue for Vec<T> {
    #[inline]
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Items(self.len())
    }
}

/// A scalar as text, for paths, query strings, headers and multipart fields.
pub trait WireText {
    /// The text sent for the value.
    fn wire_text(&self) -> Cow<'_, str>;
}

impl WireText for String {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}
impl WireText for i64 {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Owned(int_text(*self))
    }
}

/// `value.to_string()` without the formatting machinery (multipart requests send integers as text on
/// every request).
fn int_text(value: i64) -> String {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = value.unsigned_abs();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut text = String::with_capacity(digits.len() - start + 1);
    if value < 0 {
        text.push('-');
    }
    text.extend(digits[start..].iter().map(|&d| char::from(d)));
    text
}
impl WireText for f64 {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}
impl WireText for bool {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(if *self { "true" } else { "false" })
    }
}

/// A number as the vendor reads it on the wire: a whole `f64` goes out as an integer (`8`, not
/// `8.0`: vendors that parse integers reject the fraction), any other as written. Implemented for
/// `i64`, `f64`, `Option<T>`, `Vec<T>` and the generated numeric newtypes.
pub trait WireNumber {
    /// Serializes the value (each item of a list) in its wire form.
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl WireNumber for i64 {
    #[inline]
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(*self)
    }
}

impl WireNumber for f64 {
    #[inline]
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match whole_number(*self) {
            Some(whole) => serializer.serialize_i64(whole),
            None => serializer.serialize_f64(*self),
        }
    }
}

impl<T: WireNumber + ?Sized> WireNumber for &T {
    #[inline]
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_wire(serializer)
    }
}

impl<T: WireNumber> WireNumber for Option<T> {
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => value.serialize_wire(serializer),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: WireNumber> WireNumber for Vec<T> {
    fn serialize_wire<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        /// One item, serialized in its wire form.
        struct Item<'a, T>(&'a T);
        impl<T: WireNumber> serde::Serialize for Item<'_, T> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize_wire(s)
            }
        }
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for item in self {
            seq.serialize_element(&Item(item))?;
        }
        seq.end()
    }
}

/// `#[serde(serialize_with = "rt::serialize_number")]`: a number field in its wire form ([`WireNumber`]).
#[inline]
pub fn serialize_number<T: WireNumber, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_wire(serializer)
}

/// Reads a number; with `text` (a `wire: string` field) also from JSON text holding one (`"6"`),
/// the form such a field is sent in.
pub fn deserialize_number<'de, D, T>(deserializer: D, text: bool) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    use serde::Deserialize;
    use serde::de::Error;
    let value = serde_json::Value::deserialize(deserializer)?;
    let value = match value {
        serde_json::Value::String(s) if text => serde_json::from_str(s.trim())
            .map_err(|_| D::Error::custom(format!("`{s}` is not a number")))?,
        other => other,
    };
    T::deserialize(value).map_err(D::Error::custom)
}

/// Zero, one or many texts: lets generated code pass `T`, `Option<T>` and `Vec<T>` alike.
pub trait WireTexts {
    fn each_text(&self, f: &mut dyn FnMut(Cow<'_, str>));
}

impl<T: WireText> WireTexts for T {
    fn each_text(&self, f: &mut dyn FnMut(Cow<'_, str>)) {
        f(self.wire_text())
    }
}
impl<T: WireTexts> WireTexts for Option<T> {
    fn each_text(&self, f: &mut dyn FnMut(Cow<'_, str>)) {
        if let Some(value) = self {
            value.each_text(f)
        }
    }
}
impl<T: WireTexts> WireTexts for Vec<T> {
    fn each_text(&self, f: &mut dyn FnMut(Cow<'_, str>)) {
        for value in self {
            value.each_text(f)
        }
    }
}

/// A value a vendor returned: a known enum value, or a word this spec does not list (kept, never an error).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Open<T> {
    /// A value the spec lists.
    Known(T),
    /// A word the spec does not list, as sent.
    Unknown(String),
}

impl<T: WireEnum> Open<T> {
    /// The value when the spec lists it.
    pub fn known(&self) -> Option<T> {
        match self {
            Open::Known(value) => Some(*value),
            Open::Unknown(_) => None,
        }
    }
}

impl<T: WireEnum> serde::Serialize for Open<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Open::Known(value) => serialize_enum(value, serializer),
            Open::Unknown(word) => serializer.serialize_str(word),
        }
    }
}

impl<'de, T: WireEnum> serde::Deserialize<'de> for Open<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let text = match &value {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        Ok(T::from_wire(&text).map_or(Open::Unknown(text), Open::Known))
    }
}

/// Serializes an enum as its wire value (string or integer).
#[inline]
pub fn serialize_enum<T: WireEnum, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value.wire() {
        Scalar::Str(s) => serializer.serialize_str(s),
        Scalar::Int(i) => serializer.serialize_i64(i),
        Scalar::Num(n) => n.serialize_wire(serializer),
        Scalar::Bool(b) => serializer.serialize_bool(b),
    }
}

/// Deserializes an enum from its wire value or an alias; anything else is an error naming the choices.
pub fn deserialize_enum<'de, T: WireEnum, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    use serde::Deserialize;
    let value = serde_json::Value::deserialize(deserializer)?;
    let text = match &value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    T::from_wire(&text).ok_or_else(|| {
        serde::de::Error::custom(crate::validate::limits::not_a_value(T::INFO, &text))
    })
}

/// Trait impls of a generated enum: serde, Display, FromStr, rule access, wire text.
#[doc(hidden)] // for generated code, through `rt`
#[macro_export]
macro_rules! wire_enum {
    ($name:ident) => {
        impl $crate::rt::serde::Serialize for $name {
            #[inline]
            fn serialize<S: $crate::rt::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::rt::serialize_enum(self, s)
            }
        }
        impl<'de> $crate::rt::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::rt::serde::Deserializer<'de>>(
                d: D,
            ) -> Result<Self, D::Error> {
                $crate::rt::deserialize_enum(d)
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&$crate::rt::WireEnum::wire(self), f)
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = $crate::rt::Violation;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                let info = <Self as $crate::rt::WireEnum>::INFO;
                <Self as $crate::rt::WireEnum>::from_wire(text).ok_or_else(|| {
                    $crate::rt::Violation::new(info.name(), $crate::rt::not_a_value(info, text))
                })
            }
        }
        impl $crate::rt::FieldValue for $name {
            #[inline]
            fn field_ref(&self) -> $crate::rt::FieldRef<'_> {
                match $crate::rt::WireEnum::wire(self) {
                    $crate::rt::spec::Scalar::Str(s) => $crate::rt::FieldRef::Str(s),
                    $crate::rt::spec::Scalar::Int(i) => $crate::rt::FieldRef::Int(i),
                    $crate::rt::spec::Scalar::Num(n) => $crate::rt::FieldRef::Num(n),
                    $crate::rt::spec::Scalar::Bool(b) => $crate::rt::FieldRef::Bool(b),
                }
            }
        }
        impl $crate::rt::WireText for $name {
            fn wire_text(&self) -> ::std::borrow::Cow<'_, str> {
                match $crate::rt::WireEnum::wire(self) {
                    $crate::rt::spec::Scalar::Str(s) => ::std::borrow::Cow::Borrowed(s),
                    other => ::std::borrow::Cow::Owned(other.to_string()),
                }
            }
        }
    };
}

/// The checked constructor and trait impls of a generated newtype (`struct Name(inner)` with `LIMITS`).
/// The field stays private: `new`, `TryFrom` and `Deserialize` are the only ways in, all checked.
#[doc(hidden)] // for generated code, through `rt`
#[macro_export]
macro_rules! newtype {
    ($name:ident, String, $field:literal) => {
        $crate::newtype!($name, String, $field, $crate::rt::Builtin::String);
    };
    // Text of a built-in text type (`rt::Builtin::Url`): its syntax and the limits are checked.
    ($name:ident, String, $field:literal, $builtin:expr) => {
        impl $name {
            /// Checks the value against the limits.
            pub fn new(value: impl Into<String>) -> Result<Self, $crate::rt::Violation> {
                let value = value.into();
                $crate::rt::check_string(
                    $field,
                    &value,
                    $builtin,
                    &Self::LIMITS,
                )?;
                Ok(Self(value))
            }
            /// The checked text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl TryFrom<String> for $name {
            type Error = $crate::rt::Violation;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }
        impl TryFrom<&str> for $name {
            type Error = $crate::rt::Violation;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }
        impl $crate::rt::WireText for $name {
            fn wire_text(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(&self.0)
            }
        }
        impl $crate::rt::FieldValue for $name {
            #[inline]
            fn field_ref(&self) -> $crate::rt::FieldRef<'_> {
                $crate::rt::FieldRef::Str(&self.0)
            }
        }
        impl $crate::rt::serde::Serialize for $name {
            #[inline]
            fn serialize<S: $crate::rt::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::rt::serde::Serialize::serialize(&self.0, s)
            }
        }
        impl<'de> $crate::rt::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::rt::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = <String as $crate::rt::serde::Deserialize>::deserialize(d)?;
                Self::try_from(value).map_err($crate::rt::serde::de::Error::custom)
            }
        }
        $crate::newtype!(@common $name, String);
    };
    ($name:ident, $inner:ty, $field:literal) => {
        impl $name {
            /// Checks the value against the limits.
            pub fn new(value: $inner) -> Result<Self, $crate::rt::Violation> {
                $crate::rt::check_number($field, value as f64, &Self::LIMITS)?;
                Ok(Self(value))
            }
            /// The checked value.
            pub fn get(&self) -> $inner {
                self.0
            }
        }
        impl TryFrom<$inner> for $name {
            type Error = $crate::rt::Violation;
            fn try_from(value: $inner) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }
        impl $crate::rt::WireText for $name {
            fn wire_text(&self) -> ::std::borrow::Cow<'_, str> {
                $crate::rt::WireText::wire_text(&self.0)
            }
        }
        impl $crate::rt::FieldValue for $name {
            #[inline]
            fn field_ref(&self) -> $crate::rt::FieldRef<'_> {
                $crate::rt::FieldValue::field_ref(&self.0)
            }
        }
        impl $crate::rt::WireNumber for $name {
            #[inline]
            fn serialize_wire<S: $crate::rt::serde::Serializer>(
                &self,
                s: S,
            ) -> Result<S::Ok, S::Error> {
                if Self::LIMITS.text_form() {
                    s.serialize_str(&$crate::rt::WireText::wire_text(&self.0))
                } else {
                    $crate::rt::WireNumber::serialize_wire(&self.0, s)
                }
            }
        }
        impl $crate::rt::serde::Serialize for $name {
            #[inline]
            fn serialize<S: $crate::rt::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $crate::rt::WireNumber::serialize_wire(self, s)
            }
        }
        impl<'de> $crate::rt::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::rt::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value: $inner = $crate::rt::deserialize_number(d, Self::LIMITS.text_form())?;
                Self::try_from(value).map_err($crate::rt::serde::de::Error::custom)
            }
        }
        $crate::newtype!(@common $name, $inner);
    };
    (@common $name:ident, $inner:ty) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

/// Rule access of a generated request-side object: objects are only ever "set" or "absent".
#[doc(hidden)] // for generated code, through `rt`
#[macro_export]
macro_rules! object {
    ($name:ident) => {
        impl $crate::rt::FieldValue for $name {
            #[inline]
            fn field_ref(&self) -> $crate::rt::FieldRef<'_> {
                $crate::rt::FieldRef::Present
            }
        }
    };
}

/// `Default` for a generated struct with nothing required: `new()`, which also fills the defaults the
/// client sends itself (a derived `Default` would not).
#[doc(hidden)] // for generated code, through `rt`
#[macro_export]
macro_rules! default_is_new {
    ($name:ident) => {
        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    };
}

/// A provider's `Client`: the struct and its constructors. Generated code adds one method per
/// operation, each a one-line call into [`crate::HttpClient`].
#[doc(hidden)] // for generated code, through `rt`
#[macro_export]
macro_rules! client {
    ($(#[$meta:meta])* $name:ident, $provider:path) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name {
            inner: $crate::rt::HttpClient,
        }

        impl $name {
            /// A client with this key and the default settings.
            pub fn new(key: $crate::rt::ApiKey) -> Result<Self, $crate::rt::Error> {
                Self::with_config(key, $crate::rt::ClientConfig::default())
            }

            /// A client with this key and these settings (base URL, timeouts, retries).
            pub fn with_config(
                key: $crate::rt::ApiKey,
                config: $crate::rt::ClientConfig,
            ) -> Result<Self, $crate::rt::Error> {
                Ok(Self {
                    inner: $crate::rt::HttpClient::new(&$provider, key, config)?,
                })
            }

            /// A client for the task behind a handle of this provider (see
            /// `grokvid::HttpClient::resume`): its base URL, this key and settings.
            pub fn resume(
                handle: &$crate::rt::TaskHandle,
                key: $crate::rt::ApiKey,
                config: $crate::rt::ClientConfig,
            ) -> Result<Self, $crate::rt::Error> {
                Ok(Self {
                    inner: $crate::rt::HttpClient::resume_with(&$provider, handle, key, config)?,
                })
            }

            /// A client whose key comes from the provider's environment variable.
            pub fn from_env() -> Result<Self, $crate::rt::Error> {
                Self::new($crate::rt::ApiKey::from_env($provider.auth().env())?)
            }

            /// Polls the task of a create's reply (or of a handle) at the provider's pace until it
            /// finishes, calling `on_update` with each reading; the finished task.
            pub async fn wait(
                &self,
                task: &impl $crate::Trackable,
                on_update: impl FnMut(&$crate::Task),
            ) -> Result<$crate::Task, $crate::Error> {
                let handle = task.handle(&self.inner)?;
                let options = $crate::WaitOptions::for_provider(self.inner.provider());
                self.inner.wait(&handle, &options, on_update).await
            }

            /// Saves a finished task's video to `target` (its URL, or the provider's content
            /// operation), calling `on_progress` with the bytes received and the total when known.
            pub async fn download(
                &self,
                task: &$crate::Task,
                target: &::std::path::Path,
                on_progress: impl FnMut(u64, Option<u64>),
            ) -> Result<$crate::Downloaded, $crate::Error> {
                self.inner.download(task, target, on_progress).await
            }

            /// The provider-neutral client underneath: `wait`, `download`, `query_task`, `track`.
            pub fn runtime(&self) -> &$crate::rt::HttpClient {
                &self.inner
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_written_as_integers() {
        let json =
            |v: &dyn Fn(serde_json::value::Serializer) -> serde_json::Result<serde_json::Value>| {
                v(serde_json::value::Serializer).unwrap().to_string()
            };
        assert_eq!(json(&|s| 8.0f64.serialize_wire(s)), "8");
        assert_eq!(json(&|s| (-3.0f64).serialize_wire(s)), "-3");
        assert_eq!(json(&|s| 8.5f64.serialize_wire(s)), "8.5");
        assert_eq!(json(&|s| 1e300f64.serialize_wire(s)), "1e+300");
        assert_eq!(json(&|s| Some(2.0f64).serialize_wire(s)), "2");
        assert_eq!(json(&|s| None::<f64>.serialize_wire(s)), "null");
        assert_eq!(json(&|s| vec![1.0f64, 1.5].serialize_wire(s)), "[1,1.5]");
        assert_eq!(json(&|s| 7i64.serialize_wire(s)), "7");
    }

    #[test]
    fn integers_read_as_to_string_writes_them() {
        for value in [
            0,
            1,
            9,
            10,
            -1,
            -10,
            42,
            1_000_000,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            assert_eq!(value.wire_text(), value.to_string());
        }
    }
}
