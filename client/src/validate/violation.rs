//! Field-level validation failures, shared by typed constructors, the rule engine and the simulator.
//!
//! Every check reports *which* field is wrong, so a caller (or the simulator's 400 reply) can point at it.

use serde::Serialize;
use std::fmt;

/// One failed check on one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// Wire name (or path such as `input.images[0]`) of the field concerned.
    pub field: String,
    /// What is wrong, without the field name.
    pub message: String,
}

impl Violation {
    /// A violation of `field`; `message` should read well after `"{field}: "`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Violation {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for Violation {}

/// A rule the request breaks that the vendor does not refuse (the spec's `then: warn` or `drop`):
/// the request is sent, and the message says what the vendor will really do with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Wire name of the field concerned.
    pub field: String,
    /// What is wrong and what happens instead (`must be 10 when model is pro (got 6); sent as
    /// given; the vendor uses 10`).
    pub message: String,
    /// True when the field is left out of the request (`then: drop`).
    pub dropped: bool,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Every violation found in one value, so all problems are reported at once instead of one per attempt.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// No violations yet.
    pub fn new() -> Self {
        Violations(Vec::new())
    }

    /// Records one more violation.
    pub fn push(&mut self, violation: Violation) {
        self.0.push(violation);
    }

    /// Records every violation of `other` (used when checks are composed).
    pub fn extend(&mut self, other: impl IntoIterator<Item = Violation>) {
        self.0.extend(other);
    }

    /// True when every check passed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of violations.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The violations in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.0.iter()
    }

    /// The violations as a slice.
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }

    /// `Ok(())` when nothing was found, so checks compose with `?`.
    pub fn into_result(self) -> Result<(), Violations> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<Violation> for Violations {
    fn from_iter<I: IntoIterator<Item = Violation>>(iter: I) -> Self {
        Violations(iter.into_iter().collect())
    }
}

impl From<Violation> for Violations {
    fn from(violation: Violation) -> Self {
        Violations(vec![violation])
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violation_displays_field_and_message() {
        let v = Violation::new("seconds", "40 is above the maximum 30");
        assert_eq!(v.to_string(), "seconds: 40 is above the maximum 30");
    }

    #[test]
    fn empty_violations_are_ok() {
        let vs = Violations::new();
        assert!(vs.is_empty());
        assert_eq!(vs.len(), 0);
        assert_eq!(vs.into_result(), Ok(()));
    }

    #[test]
    fn violations_join_with_semicolons_and_fail() {
        let mut vs = Violations::new();
        vs.push(Violation::new("a", "is required"));
        vs.push(Violation::new("b", "must not be set"));
        assert_eq!(vs.to_string(), "a: is required; b: must not be set");
        assert_eq!(vs.len(), 2);
        assert_eq!(vs.as_slice()[1].field, "b");
        assert_eq!(vs.iter().count(), 2);
        let err = vs.clone().into_result().unwrap_err();
        assert_eq!(err, vs);
        let fields: Vec<String> = vs.into_iter().map(|v| v.field).collect();
        assert_eq!(fields, ["a", "b"]);
    }

    #[test]
    fn single_violation_converts() {
        let vs: Violations = Violation::new("x", "bad").into();
        assert_eq!(vs.len(), 1);
        let collected: Violations = vs.iter().cloned().collect();
        assert_eq!(collected, vs);
    }

    #[test]
    fn serializes_as_list_of_objects() {
        let vs: Violations = Violation::new("x", "bad").into();
        let json = serde_json::to_value(&vs).unwrap();
        assert_eq!(json, serde_json::json!([{"field": "x", "message": "bad"}]));
    }
}
