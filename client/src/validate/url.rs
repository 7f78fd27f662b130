//! `Checked`: text of a built-in type with a syntax of its own (`Url`), checked on construction.

use crate::Violation;
use crate::spec::{Syntax, syntax};
use crate::validate::rules::FieldRef;
use crate::validate::wire::{FieldValue, WireText};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Text of the built-in type `S` names, checked on construction by `grokvid_spec::Builtin::accepts_text`.
/// One generic type serves every such built-in type, so a new one needs no code here.
pub struct Checked<S: Syntax>(String, PhantomData<S>);

/// An `http://`, `https://` or `data:` URL, checked on construction.
pub type Url = Checked<syntax::Url>;

impl<S: Syntax> Checked<S> {
    /// Checks the text; the violation names the type, not a field (`TryFrom` callers add their own
    /// context).
    pub fn new(value: impl Into<String>) -> Result<Self, Violation> {
        let value = value.into();
        crate::validate::limits::check_builtin_text(S::BUILTIN.as_str(), &value, S::BUILTIN)?;
        Ok(Checked(value, PhantomData))
    }

    /// For generated defaults the generator already checked.
    #[doc(hidden)]
    pub fn new_unchecked(value: &str) -> Self {
        Checked(value.to_string(), PhantomData)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<S: Syntax> fmt::Debug for Checked<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Url("…")`, as the type is called where users meet it.
        let name = std::any::type_name::<S>()
            .rsplit("::")
            .next()
            .unwrap_or("Checked");
        f.debug_tuple(name).field(&self.0).finish()
    }
}

impl<S: Syntax> Clone for Checked<S> {
    fn clone(&self) -> Self {
        Checked(self.0.clone(), PhantomData)
    }
}

impl<S: Syntax> PartialEq for Checked<S> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<S: Syntax> Eq for Checked<S> {}

impl<S: Syntax> std::hash::Hash for Checked<S> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<S: Syntax> TryFrom<&str> for Checked<S> {
    type Error = Violation;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Checked::new(value)
    }
}

impl<S: Syntax> TryFrom<String> for Checked<S> {
    type Error = Violation;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Checked::new(value)
    }
}

impl<S: Syntax> fmt::Display for Checked<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<S: Syntax> serde::Serialize for Checked<S> {
    fn serialize<Z: serde::Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de, S: Syntax> serde::Deserialize<'de> for Checked<S> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Checked::new(text).map_err(serde::de::Error::custom)
    }
}

impl<S: Syntax> FieldValue for Checked<S> {
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Str(&self.0)
    }
}

impl<S: Syntax> WireText for Checked<S> {
    fn wire_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}
