//! Literals from a spec.

use std::fmt;

/// A literal from the spec: a default, a constant, an enum value, a rule's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    /// Text.
    Str(&'static str),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Num(f64),
    /// `true` or `false`.
    Bool(bool),
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Str(s) => f.write_str(s),
            Scalar::Int(i) => write!(f, "{i}"),
            Scalar::Num(n) => write!(f, "{n}"),
            Scalar::Bool(b) => write!(f, "{b}"),
        }
    }
}
