//! Checks across the fields of a request.

use super::Scalar;
use crate::Then;

/// A check across fields, applied when every condition holds.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    when: &'static [Condition],
    check: Check,
    message: Option<&'static str>,
    then: Then,
}

impl Rule {
    /// A check that always applies, with the generated message.
    pub const fn new(check: Check) -> Rule {
        Rule {
            when: &[],
            check,
            message: None,
            then: Then::Reject,
        }
    }

    /// What a request that breaks it gets (default [`Then::Reject`]).
    pub const fn with_then(mut self, then: Then) -> Rule {
        self.then = then;
        self
    }

    /// What a request that breaks it gets: refused, sent with a warning, or sent without the fields
    /// it concerns.
    pub const fn then(&self) -> Then {
        self.then
    }

    /// Applies the check only when all these conditions hold.
    pub const fn with_when(mut self, conditions: &'static [Condition]) -> Rule {
        self.when = conditions;
        self
    }

    /// Replaces the generated message.
    pub const fn with_message(mut self, message: &'static str) -> Rule {
        self.message = Some(message);
        self
    }

    /// The conditions (all must hold; none means always).
    pub const fn when(&self) -> &'static [Condition] {
        self.when
    }

    /// What is checked.
    pub const fn check(&self) -> &Check {
        &self.check
    }

    /// The spec's own message, when it gives one.
    pub const fn message(&self) -> Option<&'static str> {
        self.message
    }
}

/// When a rule applies.
#[derive(Debug, Clone, Copy)]
pub enum Condition {
    /// The field equals one of these values.
    Equals {
        /// Wire name.
        field: &'static str,
        /// The values.
        any_of: &'static [Scalar],
    },
    /// The field is set.
    Set(&'static str),
}

/// What a rule checks (fields by wire name).
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// If set, the field must equal this value.
    Fixed {
        /// Wire name.
        field: &'static str,
        /// The only value allowed.
        value: Scalar,
    },
    /// None of these may be set.
    Forbidden(&'static [&'static str]),
    /// All of these must be set.
    Required(&'static [&'static str]),
    /// The number must lie in this range.
    Range {
        /// Wire name.
        field: &'static str,
        /// Smallest allowed.
        min: Option<f64>,
        /// Largest allowed.
        max: Option<f64>,
    },
    /// The list's length must lie in this range.
    Items {
        /// Wire name.
        field: &'static str,
        /// Fewest allowed.
        min: Option<usize>,
        /// Most allowed.
        max: Option<usize>,
    },
    /// The value must be one of these.
    Allowed {
        /// Wire name.
        field: &'static str,
        /// The values allowed.
        values: &'static [Scalar],
    },
    /// At most one of these may be set.
    Exclusive(&'static [&'static str]),
    /// At least one of these must be set.
    OneOf(&'static [&'static str]),
    /// The vendor uses the first one set and ignores the rest: setting several is reported.
    Precedence(&'static [&'static str]),
}
