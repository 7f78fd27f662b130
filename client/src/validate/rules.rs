//! The one rule engine for cross-field rules, used by typed requests (through generated [`FieldAccess`]
//! impls) and by the simulator (through the JSON body), so both report the same violations.

use crate::spec::{Check, Condition, Rule, Scalar, Then};
use crate::validate::limits::{format_number, items_message};
use crate::validate::violation::{Violation, Violations, Warning};
use serde_json::{Map, Value};

/// What a rule sees of one field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldRef<'a> {
    /// Not set.
    Absent,
    /// A string (enum values included).
    Str(&'a str),
    /// An integer.
    Int(i64),
    /// A number.
    Num(f64),
    /// A boolean.
    Bool(bool),
    /// A list with this many items (an empty list counts as unset for rules).
    Items(usize),
    /// Set, but not a scalar or list (an object, a file).
    Present,
}

impl FieldRef<'_> {
    /// True when the field carries something: absent fields, empty lists and empty text are unset,
    /// as vendors treat them (jimmyai uses `images` "when image_urls is empty").
    #[inline]
    pub fn is_set(&self) -> bool {
        !matches!(
            self,
            FieldRef::Absent | FieldRef::Items(0) | FieldRef::Str("")
        )
    }

    /// True when the value equals one of `any_of` (a `when: {field: value}` condition).
    #[inline(always)]
    pub fn equals_any(&self, any_of: &[Scalar]) -> bool {
        // A plain loop: generated code passes a literal list of one or two values, which then
        // compiles to as many comparisons.
        for s in any_of {
            if self.equals(s) {
                return true;
            }
        }
        false
    }

    /// `fixed`: an unset (or non-scalar) value passes; a scalar must equal `value`.
    #[inline]
    pub fn fixed_ok(&self, value: &Scalar) -> bool {
        !comparable(self) || self.equals(value)
    }

    /// `allowed`: an unset (or non-scalar) value passes; a scalar must equal one of `values`.
    #[inline]
    pub fn allowed_ok(&self, values: &[Scalar]) -> bool {
        !comparable(self) || self.equals_any(values)
    }

    /// `range`: a value that is not a number passes; a number must lie within `min..=max`.
    #[inline]
    pub fn range_ok(&self, min: Option<f64>, max: Option<f64>) -> bool {
        self.as_number()
            .is_none_or(|n| !below(n, min) && !above(n, max))
    }

    /// `items` (and a list field's own item limits): a value that is not a list passes; a list must
    /// hold `min..=max` items.
    #[inline]
    pub fn items_ok(&self, min: Option<usize>, max: Option<usize>) -> bool {
        match self {
            FieldRef::Items(n) => crate::validate::limits::items_within(*n, min, max),
            _ => true,
        }
    }

    /// `forbidden`: none of the fields is set.
    pub fn forbidden_ok<'a>(values: impl IntoIterator<Item = FieldRef<'a>>) -> bool {
        !values.into_iter().any(|v| v.is_set())
    }

    /// `required`: every field is set.
    pub fn required_ok<'a>(values: impl IntoIterator<Item = FieldRef<'a>>) -> bool {
        values.into_iter().all(|v| v.is_set())
    }

    /// `exclusive`: at most one of the fields is set.
    pub fn exclusive_ok<'a>(values: impl IntoIterator<Item = FieldRef<'a>>) -> bool {
        values.into_iter().filter(|v| v.is_set()).nth(1).is_none()
    }

    /// `one_of`: at least one of the fields is set (an empty list of fields asks for nothing).
    pub fn one_of_ok<'a>(values: impl IntoIterator<Item = FieldRef<'a>>) -> bool {
        let mut values = values.into_iter().peekable();
        values.peek().is_none() || values.any(|v| v.is_set())
    }

    /// `precedence`: at most one of the fields is set (the vendor would ignore the others).
    pub fn precedence_ok<'a>(values: impl IntoIterator<Item = FieldRef<'a>>) -> bool {
        Self::exclusive_ok(values)
    }

    /// The numeric value, also from numeric text.
    #[inline]
    fn as_number(&self) -> Option<f64> {
        match self {
            FieldRef::Int(i) => Some(*i as f64),
            FieldRef::Num(n) => Some(*n),
            FieldRef::Str(s) => text_number(s),
            _ => None,
        }
    }

    /// The value as shown after "got" in a message.
    fn shown(&self) -> String {
        match self {
            FieldRef::Absent => "nothing".to_string(),
            FieldRef::Str(s) => format!("\"{s}\""),
            FieldRef::Int(i) => i.to_string(),
            FieldRef::Num(n) => format_number(*n),
            FieldRef::Bool(b) => b.to_string(),
            FieldRef::Items(1) => "1 item".to_string(),
            FieldRef::Items(n) => format!("{n} items"),
            FieldRef::Present => "a value".to_string(),
        }
    }

    /// Equality with a spec literal; text and numbers compare by value, as vendors mix them.
    #[inline(always)]
    fn equals(&self, s: &Scalar) -> bool {
        match (self, s) {
            (FieldRef::Str(a), Scalar::Str(b)) => a == b,
            (FieldRef::Int(a), Scalar::Int(b)) => a == b,
            (FieldRef::Bool(a), Scalar::Bool(b)) => a == b,
            _ => self.equals_across_types(s),
        }
    }

    /// [`equals`](Self::equals) for a value and a literal of different kinds.
    fn equals_across_types(&self, s: &Scalar) -> bool {
        match (self, s) {
            (FieldRef::Bool(a), Scalar::Str(b)) => b.eq_ignore_ascii_case(&a.to_string()),
            (FieldRef::Str(a), Scalar::Bool(b)) => a.trim().eq_ignore_ascii_case(&b.to_string()),
            (FieldRef::Int(_) | FieldRef::Num(_) | FieldRef::Str(_), _) => {
                match (self.as_number(), scalar_number(s)) {
                    (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                    _ => false,
                }
            }
            _ => false,
        }
    }
}

#[inline]
fn below(n: f64, min: Option<f64>) -> bool {
    min.is_some_and(|m| n < m)
}

#[inline]
fn above(n: f64, max: Option<f64>) -> bool {
    max.is_some_and(|m| n > m)
}

/// Numeric text's value (finite numbers only).
fn text_number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A literal's numeric value, also from numeric text.
fn scalar_number(s: &Scalar) -> Option<f64> {
    match s {
        Scalar::Int(i) => Some(*i as f64),
        Scalar::Num(n) => Some(*n),
        Scalar::Str(t) => text_number(t),
        Scalar::Bool(_) => None,
    }
}

/// Gives the rule engine read access to a request's fields by wire name.
pub trait FieldAccess {
    /// The field with this wire name ([`FieldRef::Absent`] when unset or unknown).
    fn field(&self, wire: &str) -> FieldRef<'_>;
}

/// A raw JSON body, as the simulator receives it.
impl FieldAccess for Map<String, Value> {
    fn field(&self, wire: &str) -> FieldRef<'_> {
        self.get(wire).map_or(FieldRef::Absent, value_ref)
    }
}

/// A JSON object (anything else has no fields).
impl FieldAccess for Value {
    fn field(&self, wire: &str) -> FieldRef<'_> {
        self.as_object().map_or(FieldRef::Absent, |m| m.field(wire))
    }
}

/// What a rule sees of one JSON value.
fn value_ref(v: &Value) -> FieldRef<'_> {
    match v {
        Value::Null => FieldRef::Absent,
        Value::String(s) => FieldRef::Str(s),
        Value::Bool(b) => FieldRef::Bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => FieldRef::Int(i),
            (None, Some(f)) => FieldRef::Num(f),
            (None, None) => FieldRef::Present,
        },
        Value::Array(items) => FieldRef::Items(items.len()),
        Value::Object(_) => FieldRef::Present,
    }
}

/// Applies every rule the vendor refuses a request for (`then: reject`, the default) whose conditions
/// hold, and reports each violation with the field it concerns.
pub fn check(rules: &[Rule], fields: &impl FieldAccess) -> Violations {
    let mut out = Violations::new();
    for rule in rules.iter().filter(|r| r.then() == Then::Reject) {
        for (field, message) in broken(rule, fields) {
            out.push(Violation::new(field, message));
        }
    }
    out
}

/// The rules the request breaks that the vendor takes anyway (`then: warn` or `drop`): one warning
/// per field concerned, saying what will really happen. Empty when every such rule holds.
pub(crate) fn warnings(rules: &[Rule], fields: &impl FieldAccess) -> Vec<Warning> {
    let mut out = Vec::new();
    for rule in rules.iter().filter(|r| r.then() != Then::Reject) {
        for (field, message) in broken(rule, fields) {
            out.push(Warning {
                field,
                message: format!("{message}; {}", outcome(rule)),
                dropped: rule.then() == Then::Drop,
            });
        }
    }
    out
}

/// Logs each warning (the key is never near: only field names and the spec's words).
pub(crate) fn trace(operation: &str, warnings: &[Warning]) {
    for w in warnings {
        tracing::warn!(operation, field = %w.field, dropped = w.dropped, "{}", w.message);
    }
}

/// What the vendor does with a request that breaks a rule it does not refuse.
fn outcome(rule: &Rule) -> String {
    match (rule.then(), rule.check()) {
        (Then::Drop, _) => "left out of the request".to_string(),
        (_, Check::Fixed { value, .. }) => format!("sent as given; the vendor uses {value}"),
        (_, Check::Forbidden(_) | Check::Precedence(_)) => {
            "sent as given; the vendor ignores it".to_string()
        }
        _ => "sent as given".to_string(),
    }
}

/// The request as the vendor reads it, for the simulator to play: a value a `then: warn` `fixed`
/// rule says the vendor fixes becomes that value, a field a `warn` rule says it ignores (`forbidden`,
/// `precedence`) and a field a `then: drop` rule leaves out are removed.
pub fn as_vendor_reads(rules: &[Rule], fields: &mut Map<String, Value>) {
    for rule in rules.iter().filter(|r| r.then() != Then::Reject) {
        let broken = broken(rule, &*fields);
        match (rule.then(), rule.check()) {
            (Then::Warn, Check::Fixed { field, value }) if !broken.is_empty() => {
                let value = crate::json_path::scalar_json(value);
                fields.insert(field.to_string(), value);
            }
            (Then::Warn, Check::Forbidden(_) | Check::Precedence(_)) | (Then::Drop, _) => {
                for (field, _) in broken {
                    fields.remove(&field);
                }
            }
            _ => {}
        }
    }
}

/// The `(field, message)` pairs of a rule whose conditions hold and whose check fails (none
/// otherwise), worded with the spec's own message when it gives one.
fn broken(rule: &Rule, fields: &impl FieldAccess) -> Vec<(String, String)> {
    if !rule.when().iter().all(|c| holds(c, fields)) || passes(rule.check(), fields) {
        return Vec::new();
    }
    let mut out = apply(rule.check(), rule.when(), fields);
    if let Some(custom) = rule.message() {
        for (field, message) in &mut out {
            *message = if shows_value(rule.check()) {
                // A spec's own wording still shows the value the user gave.
                format!("{custom} (got {})", fields.field(field).shown())
            } else {
                custom.to_string()
            };
        }
    }
    out
}

/// Checks about one field's value, whose messages end with what was given.
fn shows_value(check: &Check) -> bool {
    matches!(
        check,
        Check::Fixed { .. } | Check::Range { .. } | Check::Items { .. } | Check::Allowed { .. }
    )
}

/// Whether a rule applies. Generated `rules_hold` code calls the same `FieldRef` predicates.
fn holds(condition: &Condition, fields: &impl FieldAccess) -> bool {
    match condition {
        Condition::Equals { field, any_of } => fields.field(field).equals_any(any_of),
        Condition::Set(field) => fields.field(field).is_set(),
    }
}

/// Whether a check passes: the one definition of each check, as `FieldRef` predicates that generated
/// `rules_hold` code calls on typed fields too. Only a check that fails is worded (by [`apply`]).
fn passes(check: &Check, fields: &impl FieldAccess) -> bool {
    let each = |names: &'static [&'static str]| names.iter().map(|f| fields.field(f));
    match check {
        Check::Fixed { field, value } => fields.field(field).fixed_ok(value),
        Check::Forbidden(names) => FieldRef::forbidden_ok(each(names)),
        Check::Required(names) => FieldRef::required_ok(each(names)),
        Check::Range { field, min, max } => fields.field(field).range_ok(*min, *max),
        Check::Items { field, min, max } => fields.field(field).items_ok(*min, *max),
        Check::Allowed { field, values } => fields.field(field).allowed_ok(values),
        Check::Exclusive(names) => FieldRef::exclusive_ok(each(names)),
        Check::OneOf(names) => FieldRef::one_of_ok(each(names)),
        Check::Precedence(names) => FieldRef::precedence_ok(each(names)),
    }
}

/// How a condition reads in a message: `model is grok-video-3-pro`, `reference_images is set`.
fn describe(condition: &Condition) -> String {
    match condition {
        Condition::Equals { field, any_of } => match any_of {
            [one] => format!("{field} is {one}"),
            many => format!("{field} is one of {}", join_scalars(many)),
        },
        Condition::Set(field) => format!("{field} is set"),
    }
}

/// `" when a is x and b is set"`, or nothing for an unconditional rule. Written only into a message,
/// so a rule that holds costs no formatting.
struct Suffix<'a>(&'a [Condition]);

impl std::fmt::Display for Suffix<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return Ok(());
        }
        write!(f, " when {}", describe_all(self.0))
    }
}

fn describe_all(conditions: &[Condition]) -> String {
    let parts: Vec<String> = conditions.iter().map(describe).collect();
    parts.join(" and ")
}

fn join_scalars(values: &[Scalar]) -> String {
    let parts: Vec<String> = values.iter().map(Scalar::to_string).collect();
    parts.join(", ")
}

/// The `(field, message)` pairs one check reports: called for a check that [`passes`] says failed, so
/// each arm only words what its predicate found.
fn apply(check: &Check, when: &[Condition], fields: &impl FieldAccess) -> Vec<(String, String)> {
    let suffix = Suffix(when);
    match check {
        Check::Fixed { field, value } => fixed(field, value, &suffix, fields),
        Check::Forbidden(names) => set_fields(names, fields)
            .map(|f| (f.to_string(), format!("must not be set{suffix}")))
            .collect(),
        Check::Required(names) => names
            .iter()
            .filter(|f| !fields.field(f).is_set())
            .map(|f| (f.to_string(), format!("is required{suffix}")))
            .collect(),
        Check::Range { field, min, max } => range(field, *min, *max, &suffix, fields),
        Check::Items { field, min, max } => match fields.field(field) {
            FieldRef::Items(n) => items_message(n, *min, *max)
                .map(|m| (field.to_string(), format!("{m}{suffix}")))
                .into_iter()
                .collect(),
            _ => Vec::new(),
        },
        Check::Allowed { field, values } => allowed(field, values, &suffix, fields),
        Check::Exclusive(names) => exclusive(names, &suffix, fields),
        Check::OneOf(names) => one_of(names, &suffix, fields),
        Check::Precedence(names) => precedence(names, when, fields),
    }
}

/// The names among `names` that are set, in order (lazily: rules that hold allocate nothing).
fn set_fields<'a, 'n>(
    names: &'a [&'n str],
    fields: &'a impl FieldAccess,
) -> impl Iterator<Item = &'n str> + 'a {
    names.iter().copied().filter(|f| fields.field(f).is_set())
}

/// True for values a scalar literal can be compared with.
#[inline]
fn comparable(value: &FieldRef<'_>) -> bool {
    !matches!(
        value,
        FieldRef::Absent | FieldRef::Items(_) | FieldRef::Present
    )
}

fn fixed(
    field: &str,
    value: &Scalar,
    suffix: &Suffix<'_>,
    fields: &impl FieldAccess,
) -> Vec<(String, String)> {
    let got = fields.field(field);
    if got.fixed_ok(value) {
        return Vec::new();
    }
    let msg = format!("must be {value}{suffix} (got {})", got.shown());
    vec![(field.to_string(), msg)]
}

fn range(
    field: &str,
    min: Option<f64>,
    max: Option<f64>,
    suffix: &Suffix<'_>,
    fields: &impl FieldAccess,
) -> Vec<(String, String)> {
    let Some(n) = fields.field(field).as_number() else {
        return Vec::new();
    };
    let shown = || format_number(n);
    let msg = if let Some(min) = min.filter(|m| below(n, Some(*m))) {
        format!("{} is below the minimum {}", shown(), format_number(min))
    } else if let Some(max) = max.filter(|m| above(n, Some(*m))) {
        format!("{} is above the maximum {}", shown(), format_number(max))
    } else {
        return Vec::new();
    };
    vec![(field.to_string(), format!("{msg}{suffix}"))]
}

fn allowed(
    field: &str,
    values: &[Scalar],
    suffix: &Suffix<'_>,
    fields: &impl FieldAccess,
) -> Vec<(String, String)> {
    let got = fields.field(field);
    if got.allowed_ok(values) {
        return Vec::new();
    }
    let msg = format!(
        "{} is not allowed{suffix}; allowed: {}",
        got.shown(),
        join_scalars(values)
    );
    vec![(field.to_string(), msg)]
}

/// Every set field after the first is reported against the first.
fn exclusive(
    names: &[&str],
    suffix: &Suffix<'_>,
    fields: &impl FieldAccess,
) -> Vec<(String, String)> {
    let mut set = set_fields(names, fields);
    let Some(first) = set.next() else {
        return Vec::new();
    };
    set.map(|f| {
        (
            f.to_string(),
            format!("cannot be combined with {first}{suffix}"),
        )
    })
    .collect()
}

fn one_of(names: &[&str], suffix: &Suffix<'_>, fields: &impl FieldAccess) -> Vec<(String, String)> {
    if FieldRef::one_of_ok(names.iter().map(|f| fields.field(f))) {
        return Vec::new();
    }
    // Reported under the first (preferred) field, a real field name tools can point at.
    let msg = format!("one of {} is required{suffix}", names.join(", "));
    vec![(names[0].to_string(), msg)]
}

/// The vendor uses the first set field; each later set field is reported as ignored.
fn precedence(
    names: &[&str],
    when: &[Condition],
    fields: &impl FieldAccess,
) -> Vec<(String, String)> {
    let mut set = set_fields(names, fields);
    let Some(first) = set.next() else {
        return Vec::new();
    };
    let rest: Vec<&str> = set.collect();
    if rest.is_empty() {
        return Vec::new();
    }
    let extra = if when.is_empty() {
        String::new()
    } else {
        format!(" and {}", describe_all(when))
    };
    rest.iter()
        .map(|f| {
            (
                f.to_string(),
                format!("is ignored when {first} is set{extra}"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    fn run(rules: &[Rule], v: Value) -> Vec<String> {
        check(rules, &body(v))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    static PRO: &[Condition] = &[Condition::Equals {
        field: "model",
        any_of: &[Scalar::Str("grok-video-3-pro")],
    }];

    static FIXED: &[Rule] = &[Rule::new(Check::Fixed {
        field: "seconds",
        value: Scalar::Int(10),
    })
    .with_when(PRO)];

    #[test]
    fn map_access() {
        let m = body(json!({"s": "x", "i": 3, "f": 1.5, "b": true, "l": [], "o": {}, "n": null}));
        assert_eq!(m.field("s"), FieldRef::Str("x"));
        assert_eq!(m.field("i"), FieldRef::Int(3));
        assert_eq!(m.field("f"), FieldRef::Num(1.5));
        assert_eq!(m.field("b"), FieldRef::Bool(true));
        assert_eq!(m.field("l"), FieldRef::Items(0));
        assert_eq!(m.field("o"), FieldRef::Present);
        assert_eq!(m.field("n"), FieldRef::Absent);
        assert_eq!(m.field("missing"), FieldRef::Absent);
        assert_eq!(json!({"i": 2}).field("i"), FieldRef::Int(2));
        assert_eq!(json!([1]).field("i"), FieldRef::Absent);
        assert_eq!(
            body(json!({"u": u64::MAX})).field("u"),
            FieldRef::Num(u64::MAX as f64)
        );
    }

    #[test]
    fn fixed_applies_only_when_condition_holds_and_field_is_set() {
        assert_eq!(
            run(FIXED, json!({"model": "grok-video-3-pro", "seconds": 6})),
            ["seconds: must be 10 when model is grok-video-3-pro (got 6)"]
        );
        assert!(run(FIXED, json!({"model": "grok-video-3-pro", "seconds": 10})).is_empty());
        assert!(run(FIXED, json!({"model": "grok-video-3-pro", "seconds": 10.0})).is_empty());
        assert!(run(FIXED, json!({"model": "grok-video-3-pro", "seconds": "10"})).is_empty());
        assert!(run(FIXED, json!({"model": "grok-video-3-pro"})).is_empty());
        assert!(run(FIXED, json!({"model": "grok-video-3", "seconds": 6})).is_empty());
        assert!(run(FIXED, json!({"seconds": 6})).is_empty());
    }

    static FORBIDDEN_REQUIRED: &[Rule] = &[
        Rule::new(Check::Forbidden(&["resolution", "size"])).with_when(&[Condition::Equals {
            field: "model",
            any_of: &[
                Scalar::Str("grok_video3_pro"),
                Scalar::Str("grok_video3_max"),
            ],
        }]),
        Rule::new(Check::Required(&["image_url"])).with_when(&[Condition::Equals {
            field: "model",
            any_of: &[Scalar::Str("preview")],
        }]),
    ];

    #[test]
    fn forbidden_and_required() {
        assert_eq!(
            run(
                FORBIDDEN_REQUIRED,
                json!({"model": "grok_video3_max", "resolution": "720p"})
            ),
            ["resolution: must not be set when model is one of grok_video3_pro, grok_video3_max"]
        );
        assert_eq!(
            run(FORBIDDEN_REQUIRED, json!({"model": "preview"})),
            ["image_url: is required when model is preview"]
        );
        assert!(
            run(
                FORBIDDEN_REQUIRED,
                json!({"model": "preview", "image_url": "u"})
            )
            .is_empty()
        );
        assert_eq!(
            run(
                FORBIDDEN_REQUIRED,
                json!({"model": "preview", "image_url": ""})
            ),
            ["image_url: is required when model is preview"],
            "an empty string is unset for the rule engine"
        );
    }

    static RANGE_ITEMS: &[Rule] = &[
        Rule::new(Check::Range {
            field: "duration",
            min: Some(6.0),
            max: Some(10.0),
        })
        .with_when(&[Condition::Set("reference_images")]),
        Rule::new(Check::Items {
            field: "image_urls",
            min: None,
            max: Some(1),
        }),
    ];

    #[test]
    fn range_and_items() {
        assert_eq!(
            run(
                RANGE_ITEMS,
                json!({"reference_images": ["r"], "duration": 15})
            ),
            ["duration: 15 is above the maximum 10 when reference_images is set"]
        );
        assert_eq!(
            run(
                RANGE_ITEMS,
                json!({"reference_images": ["a"], "duration": "2.5"})
            ),
            ["duration: 2.5 is below the minimum 6 when reference_images is set"]
        );
        assert!(run(RANGE_ITEMS, json!({"duration": 15})).is_empty());
        assert!(
            run(
                RANGE_ITEMS,
                json!({"reference_images": [], "duration": "long"})
            )
            .is_empty()
        );
        assert_eq!(
            run(RANGE_ITEMS, json!({"image_urls": ["a", "b", "c"]})),
            ["image_urls: 3 items given, at most 1 allowed"]
        );
        assert!(run(RANGE_ITEMS, json!({"image_urls": "a"})).is_empty());
    }

    static ALLOWED: &[Rule] = &[Rule::new(Check::Allowed {
        field: "aspect_ratio",
        values: &[Scalar::Str("16:9"), Scalar::Str("9:16"), Scalar::Str("1:1")],
    })
    .with_when(&[Condition::Equals {
        field: "model",
        any_of: &[Scalar::Str("x")],
    }])];

    #[test]
    fn allowed_values() {
        assert_eq!(
            run(ALLOWED, json!({"model": "x", "aspect_ratio": "4:3"})),
            ["aspect_ratio: \"4:3\" is not allowed when model is x; allowed: 16:9, 9:16, 1:1"]
        );
        assert!(run(ALLOWED, json!({"model": "x", "aspect_ratio": "1:1"})).is_empty());
        assert!(run(ALLOWED, json!({"model": "x"})).is_empty());
    }

    static GROUPS: &[Rule] = &[
        Rule::new(Check::Exclusive(&["image", "reference_images", "video"])),
        Rule::new(Check::OneOf(&["image_urls", "images"])),
        Rule::new(Check::Precedence(&["ratio", "orientation"])),
    ];

    #[test]
    fn exclusive_one_of_precedence() {
        assert_eq!(
            run(
                GROUPS,
                json!({"image": "a", "reference_images": ["b"], "images": ["c"]})
            ),
            ["reference_images: cannot be combined with image"]
        );
        assert_eq!(
            run(
                GROUPS,
                json!({"image": "a", "video": "v", "reference_images": ["r"], "images": ["i"]})
            ),
            [
                "reference_images: cannot be combined with image",
                "video: cannot be combined with image"
            ]
        );
        assert_eq!(
            run(GROUPS, json!({})),
            ["image_urls: one of image_urls, images is required"]
        );
        assert_eq!(
            run(
                GROUPS,
                json!({"images": ["i"], "ratio": "16:9", "orientation": "landscape"})
            ),
            ["orientation: is ignored when ratio is set"]
        );
        assert!(run(GROUPS, json!({"images": ["i"], "orientation": "landscape"})).is_empty());
        assert_eq!(
            run(GROUPS, json!({"image_urls": [], "images": []})),
            ["image_urls: one of image_urls, images is required"],
            "empty lists do not count as given"
        );
    }

    static CONDITIONAL_PRECEDENCE: &[Rule] =
        &[Rule::new(Check::Precedence(&["ratio", "orientation"])).with_when(PRO)];

    #[test]
    fn precedence_names_extra_conditions() {
        let v = json!({"model": "grok-video-3-pro", "ratio": "1:1", "orientation": "p"});
        assert_eq!(
            run(CONDITIONAL_PRECEDENCE, v),
            ["orientation: is ignored when ratio is set and model is grok-video-3-pro"]
        );
    }

    static CUSTOM: &[Rule] = &[Rule::new(Check::Precedence(&["ratio", "orientation"]))
        .with_message("orientation is ignored when ratio is set")];

    #[test]
    fn custom_message_keeps_the_field() {
        let vs = check(CUSTOM, &body(json!({"ratio": "1:1", "orientation": "p"})));
        assert_eq!(
            vs.as_slice(),
            [Violation::new(
                "orientation",
                "orientation is ignored when ratio is set"
            )]
        );
    }

    #[test]
    fn condition_equality_across_types() {
        let eq = |v: FieldRef<'_>, s: Scalar| v.equals(&s);
        assert!(eq(FieldRef::Int(10), Scalar::Num(10.0)));
        assert!(eq(FieldRef::Num(10.0), Scalar::Int(10)));
        assert!(eq(FieldRef::Str("10"), Scalar::Int(10)));
        assert!(eq(FieldRef::Int(720), Scalar::Str("720")));
        assert!(eq(FieldRef::Bool(true), Scalar::Bool(true)));
        assert!(eq(FieldRef::Str("TRUE"), Scalar::Bool(true)));
        assert!(!eq(FieldRef::Bool(true), Scalar::Int(1)));
        assert!(!eq(FieldRef::Str("x"), Scalar::Str("X")));
        assert!(!eq(FieldRef::Absent, Scalar::Str("")));
        assert!(!eq(FieldRef::Items(1), Scalar::Int(1)));
    }

    #[test]
    fn predicates_on_values() {
        use FieldRef::*;
        assert!(FieldRef::one_of_ok([]), "no fields ask for nothing");
        assert!(!FieldRef::one_of_ok([Absent, Items(0), Str("")]));
        assert!(FieldRef::one_of_ok([Absent, Present]));
        assert!(FieldRef::exclusive_ok([Int(1), Absent, Items(0)]));
        assert!(!FieldRef::precedence_ok([Int(1), Absent, Bool(false)]));
        assert!(FieldRef::required_ok([]) && FieldRef::forbidden_ok([]));
        assert!(!FieldRef::forbidden_ok([Absent, Str("x")]));
        assert!(Absent.fixed_ok(&Scalar::Int(10)) && Items(3).fixed_ok(&Scalar::Int(10)));
        assert!(Str("10").fixed_ok(&Scalar::Int(10)) && !Int(6).fixed_ok(&Scalar::Int(10)));
        assert!(
            Str("long").range_ok(Some(6.0), None) && !Num(f64::INFINITY).range_ok(None, Some(1.0))
        );
        assert!(
            Num(f64::NAN).range_ok(Some(0.0), Some(1.0)),
            "the engine reports no NaN"
        );
        assert!(Int(5).items_ok(Some(9), None) && !Items(0).items_ok(Some(1), None));
        assert!(!Int(30).allowed_ok(&[Scalar::Int(24)]) && Absent.allowed_ok(&[]));
        assert!(Int(24).equals_any(&[Scalar::Str("x"), Scalar::Num(24.0)]));
    }

    struct Typed {
        model: &'static str,
        seconds: Option<i64>,
    }

    impl FieldAccess for Typed {
        fn field(&self, wire: &str) -> FieldRef<'_> {
            match wire {
                "model" => FieldRef::Str(self.model),
                "seconds" => self.seconds.map_or(FieldRef::Absent, FieldRef::Int),
                _ => FieldRef::Absent,
            }
        }
    }

    #[test]
    fn works_with_typed_access() {
        let t = Typed {
            model: "grok-video-3-pro",
            seconds: Some(6),
        };
        assert_eq!(check(FIXED, &t).len(), 1);
        let ok = Typed {
            model: "grok-video-3-pro",
            seconds: None,
        };
        assert!(check(FIXED, &ok).is_empty());
    }
}
