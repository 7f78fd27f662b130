//! `Url`: a string that was checked to be an http(s) or data URL.

use crate::Violation;
use crate::validate::rules::FieldRef;
use crate::validate::wire::{FieldValue, WireText};
use std::borrow::Cow;
use std::fmt;

/// An `http://`, `https://` or `data:` URL, checked on construction.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Url(String);

impl Url {
    /// Checks the text; the violation names no field (`TryFrom` callers add their own context).
    pub fn new(value: impl Into<String>) -> Result<Url, Violation> {
        let value = value.into();
        crate::validate::limits::check_builtin_text("url", &value, crate::spec::Builtin::Url)?;
        Ok(Url(value))
    }

    /// For generated defaults the generator already checked.
    #[doc(hidden)]
    pub fn new_unchecked(value: &str) -> Url {
        Url(value.to_string())
    }

    /// The URL's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Url {
    type Error = Violation;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Url::new(value)
    }
}

impl TryFrom<String> for Url {
    type Error = Violation;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Url::new(value)
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for Url {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Url {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Url::new(text).map_err(serde::de::Error::custom)
    }
}

impl FieldValue for Url {
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Str(&self.0)
    }
}

impl WireText for Url {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}
