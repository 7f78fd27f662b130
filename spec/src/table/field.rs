//! Fields, their shapes and limits.

use super::Scalar;
use crate::Builtin;
use crate::ParamLocation;

/// A field of a request, an object or a reply.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    wire: &'static str,
    location: ParamLocation,
    shape: Shape,
    required: bool,
    default: Option<Scalar>,
    client_default: bool,
    task_id: bool,
    description: &'static str,
}

impl Field {
    /// An optional field with no default, no description, at `location`.
    pub const fn new(wire: &'static str, location: ParamLocation, shape: Shape) -> Field {
        Field {
            wire,
            location,
            shape,
            required: false,
            default: None,
            client_default: false,
            task_id: false,
            description: "",
        }
    }

    /// A body field (also every field of an object or a reply).
    pub const fn body(wire: &'static str, shape: Shape) -> Field {
        Field::new(wire, ParamLocation::Body, shape)
    }

    /// A query parameter.
    pub const fn query(wire: &'static str, shape: Shape) -> Field {
        Field::new(wire, ParamLocation::Query, shape)
    }

    /// A path parameter (always required).
    pub const fn path(wire: &'static str, shape: Shape) -> Field {
        Field::new(wire, ParamLocation::Path, shape).required()
    }

    /// A header parameter.
    pub const fn header(wire: &'static str, shape: Shape) -> Field {
        Field::new(wire, ParamLocation::Header, shape)
    }

    /// Makes the field required.
    pub const fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// Marks the field as the one carrying the task id (query and content operations).
    pub const fn task_id(mut self) -> Field {
        self.task_id = true;
        self
    }

    /// The vendor's default, applied by the vendor when the field is omitted.
    pub const fn default(mut self, value: Scalar) -> Field {
        self.default = Some(value);
        self.client_default = false;
        self
    }

    /// A default the client sends itself when the field is omitted.
    pub const fn client_default(mut self, value: Scalar) -> Field {
        self.default = Some(value);
        self.client_default = true;
        self
    }

    /// The spec's description.
    pub const fn doc(mut self, description: &'static str) -> Field {
        self.description = description;
        self
    }

    /// The wire name.
    pub const fn wire(&self) -> &'static str {
        self.wire
    }

    /// Where the field goes in a request.
    pub const fn location(&self) -> ParamLocation {
        self.location
    }

    /// Its type and limits.
    pub const fn shape(&self) -> &Shape {
        &self.shape
    }

    /// True when a request must set it.
    pub const fn is_required(&self) -> bool {
        self.required
    }

    /// The documented default, if any.
    pub const fn default_value(&self) -> Option<Scalar> {
        self.default
    }

    /// True when the client sends the default itself; false when the vendor applies it.
    pub const fn sends_default(&self) -> bool {
        self.client_default
    }

    /// True for the field that carries the task id.
    pub const fn is_task_id(&self) -> bool {
        self.task_id
    }

    /// The spec's description ("" when none).
    pub const fn description(&self) -> &'static str {
        self.description
    }
}

/// A value's type and the limits at this level (list limits on lists).
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    kind: Kind,
    limits: Limits,
}

impl Shape {
    /// True when its values are file uploads: a file, or a list of files (multipart parts).
    pub fn holds_files(&self) -> bool {
        let file = |kind: &Kind| matches!(kind, Kind::Builtin(b) if b.form() == crate::Form::File);
        match &self.kind {
            Kind::List(item) => file(item.kind()),
            other => file(other),
        }
    }

    /// A shape of this kind, unconstrained.
    pub const fn new(kind: Kind) -> Shape {
        Shape {
            kind,
            limits: Limits::NONE,
        }
    }

    /// One of an enum's values.
    pub const fn enumeration(info: &'static EnumInfo) -> Shape {
        Shape::new(Kind::Enum(info))
    }

    /// An object with these fields.
    pub const fn object(fields: &'static [Field]) -> Shape {
        Shape::new(Kind::Object(fields))
    }

    /// A list of items of this shape.
    pub const fn list(item: &'static Shape) -> Shape {
        Shape::new(Kind::List(item))
    }

    /// A value of one of these built-in types, in the vendor's order of preference.
    pub const fn union(members: &'static [Builtin]) -> Shape {
        Shape::new(Kind::Union(members))
    }

    /// The same shape with these limits.
    pub const fn with_limits(mut self, limits: Limits) -> Shape {
        self.limits = limits;
        self
    }

    /// The kind of value.
    pub const fn kind(&self) -> &Kind {
        &self.kind
    }

    /// The limits at this level.
    pub const fn limits(&self) -> &Limits {
        &self.limits
    }
}

/// The kind of a value.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A built-in type (`string`, `integer`, …; its `Shape` constants are `Shape::STRING`, …).
    Builtin(Builtin),
    /// One of an enum's values.
    Enum(&'static EnumInfo),
    /// An object with these fields.
    Object(&'static [Field]),
    /// A list of items of this shape.
    List(&'static Shape),
    /// A value of one of these built-in types (`type: [integer, string]`), in the vendor's order of
    /// preference; each member's JSON type is its own (see [`Builtin::union_json`]).
    Union(&'static [Builtin]),
}

/// Values and aliases of an enum, as the vendor spells them.
#[derive(Debug, Clone, Copy)]
pub struct EnumInfo {
    name: &'static str,
    values: &'static [Scalar],
    aliases: &'static [(&'static str, &'static str)],
}

impl EnumInfo {
    /// An enum (its Rust type name) with these values and no aliases.
    pub const fn new(name: &'static str, values: &'static [Scalar]) -> EnumInfo {
        EnumInfo {
            name,
            values,
            aliases: &[],
        }
    }

    /// `(alias, canonical)` pairs: other spellings the vendor accepts.
    pub const fn with_aliases(
        mut self,
        aliases: &'static [(&'static str, &'static str)],
    ) -> EnumInfo {
        self.aliases = aliases;
        self
    }

    /// The Rust type name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The values, as sent.
    pub const fn values(&self) -> &'static [Scalar] {
        self.values
    }

    /// The integer value `text` spells, when it is one of the values and no string value is
    /// spelled the same (enums mixing strings and integers: `720` in `[720P, 720]`).
    pub fn integer_value(&self, text: &str) -> Option<i64> {
        let n: i64 = text.trim().parse().ok()?;
        let values = self.values.iter();
        let listed = values
            .clone()
            .any(|v| matches!(v, Scalar::Int(i) if *i == n));
        let as_text = values
            .clone()
            .any(|v| matches!(v, Scalar::Str(s) if *s == text));
        (listed && !as_text).then_some(n)
    }

    /// `(alias, canonical)` pairs.
    pub const fn aliases(&self) -> &'static [(&'static str, &'static str)] {
        self.aliases
    }
}

/// Constraints on one value; each is unconstrained unless set.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Limits {
    min: Option<f64>,
    max: Option<f64>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    accept: &'static [&'static str],
    text_form: bool,
    pattern: Option<&'static str>,
    schemes: &'static [&'static str],
}

impl Limits {
    /// No constraint.
    pub const NONE: Limits = Limits {
        min: None,
        max: None,
        min_length: None,
        max_length: None,
        min_items: None,
        max_items: None,
        accept: &[],
        text_form: false,
        pattern: None,
        schemes: &[],
    };

    /// The smallest number allowed.
    pub const fn with_min(mut self, min: f64) -> Limits {
        self.min = Some(min);
        self
    }

    /// The largest number allowed.
    pub const fn with_max(mut self, max: f64) -> Limits {
        self.max = Some(max);
        self
    }

    /// The fewest characters allowed.
    pub const fn with_min_length(mut self, min: usize) -> Limits {
        self.min_length = Some(min);
        self
    }

    /// The most characters allowed.
    pub const fn with_max_length(mut self, max: usize) -> Limits {
        self.max_length = Some(max);
        self
    }

    /// The fewest list items allowed.
    pub const fn with_min_items(mut self, min: usize) -> Limits {
        self.min_items = Some(min);
        self
    }

    /// The most list items allowed.
    pub const fn with_max_items(mut self, max: usize) -> Limits {
        self.max_items = Some(max);
        self
    }

    /// Accepted file formats (extensions, lower case): of a file's name, or of a URL's path (a data
    /// URL's media subtype).
    pub const fn with_accept(mut self, accept: &'static [&'static str]) -> Limits {
        self.accept = accept;
        self
    }

    /// A number that travels as JSON text (`"6"`, the spec's `wire: string`), checked as a number.
    pub const fn with_text_form(mut self) -> Limits {
        self.text_form = true;
        self
    }

    /// A pattern the whole text must match (see [`crate::pattern`]).
    pub const fn with_pattern(mut self, pattern: &'static str) -> Limits {
        self.pattern = Some(pattern);
        self
    }

    /// The URL schemes allowed (lower case: `https`, `data`).
    pub const fn with_schemes(mut self, schemes: &'static [&'static str]) -> Limits {
        self.schemes = schemes;
        self
    }

    /// The smallest number allowed.
    pub const fn min(&self) -> Option<f64> {
        self.min
    }

    /// The largest number allowed.
    pub const fn max(&self) -> Option<f64> {
        self.max
    }

    /// The fewest characters allowed.
    pub const fn min_length(&self) -> Option<usize> {
        self.min_length
    }

    /// The most characters allowed.
    pub const fn max_length(&self) -> Option<usize> {
        self.max_length
    }

    /// The fewest list items allowed.
    pub const fn min_items(&self) -> Option<usize> {
        self.min_items
    }

    /// The most list items allowed.
    pub const fn max_items(&self) -> Option<usize> {
        self.max_items
    }

    /// Accepted file formats (extensions, lower case; of a file name or a URL); empty when any is.
    pub const fn accept(&self) -> &'static [&'static str] {
        self.accept
    }

    /// True when a number travels as JSON text (`"6"`; `wire: string`).
    pub const fn text_form(&self) -> bool {
        self.text_form
    }

    /// The pattern the whole text must match, if any.
    pub const fn pattern(&self) -> Option<&'static str> {
        self.pattern
    }

    /// The URL schemes allowed (lower case); empty when the type's own are.
    pub const fn schemes(&self) -> &'static [&'static str] {
        self.schemes
    }

    /// True when text is checked beyond its length: a pattern, schemes or formats.
    #[inline]
    pub const fn checks_text(&self) -> bool {
        self.pattern.is_some() || !self.schemes.is_empty() || !self.accept.is_empty()
    }
}
