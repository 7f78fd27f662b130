//! The built-in types of `type:` (`string`, `integer`, `url`, …), described once.
//!
//! Everything the generator, the runtime, the simulator and the CLI need to know about one built-in
//! type is a method here: its word, the JSON form of its values, the check of its text, how text
//! reads as a value, a sample value, the table constant. Consumers ask these methods instead of
//! matching on the type, so a new built-in type is a variant here plus its Rust type in the generator.

use crate::table::{Kind, Scalar, Shape};

crate::vocabulary::vocabulary! {
    /// A built-in type of `type:`.
    pub enum Builtin {
        /// Text.
        String = "string",
        /// A whole number.
        Integer = "integer",
        /// A number.
        Number = "number",
        /// `true` or `false`.
        Boolean = "boolean",
        /// An http(s) or data URL.
        Url = "url",
        /// A file upload.
        File = "file",
        /// Any JSON value.
        Json = "json",
    }
}

/// How values of a built-in type are written in JSON; what the value checks, the lenient reply
/// readers and the text readers go by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A JSON string ([`Builtin::accepts_text`] may restrict it further).
    Text,
    /// A whole JSON number (`6` or `6.0`).
    Integer,
    /// A JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A file part; in JSON, its file name.
    File,
    /// Any JSON value.
    Any,
}

/// The scalar limits a constrained newtype of a built-in type takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bounds {
    /// `min_length` / `max_length` and `pattern` (a URL also takes `schemes` and `accept`).
    Length,
    /// `min` / `max`.
    Range,
}

impl Builtin {
    /// How its values are written in JSON.
    pub const fn form(self) -> Form {
        match self {
            Builtin::String | Builtin::Url => Form::Text,
            Builtin::Integer => Form::Integer,
            Builtin::Number => Form::Number,
            Builtin::Boolean => Form::Boolean,
            Builtin::File => Form::File,
            Builtin::Json => Form::Any,
        }
    }

    /// True when `text` is a value of this type (always true but for text types with a syntax of
    /// their own). Runs on every request: the common case returns early.
    #[inline]
    pub fn accepts_text(self, text: &str) -> bool {
        match self {
            Builtin::Url => is_url(text),
            _ => true,
        }
    }

    /// What [`accepts_text`](Self::accepts_text) takes, for messages: "must be {rule}".
    pub const fn text_rule(self) -> &'static str {
        match self {
            Builtin::Url => "an http://, https:// or data: URL",
            _ => "a string",
        }
    }

    /// The name a spec literal of the wrong kind is told it is not: "`x` is not a valid {noun}".
    pub const fn noun(self) -> &'static str {
        match self {
            Builtin::Url => "URL (http://, https:// or data:)",
            Builtin::Json => "JSON value",
            other => other.as_str(),
        }
    }

    /// True when a URL is one of its values, so `unified.images` can put image URLs in it.
    pub fn takes_urls(self) -> bool {
        matches!(self.form(), Form::Text | Form::Any)
            && self.accepts_text("https://example.com/a.png")
    }

    /// The limits a constrained newtype of this type takes, or `None` when it cannot be constrained.
    pub const fn bounds(self) -> Option<Bounds> {
        match self {
            // A URL is text too: lengths and a pattern, plus `schemes` and formats (`accept`).
            Builtin::String | Builtin::Url => Some(Bounds::Length),
            Builtin::Integer | Builtin::Number => Some(Bounds::Range),
            _ => None,
        }
    }

    /// A plausible value, for examples and simulated requests (`Json` gives a string, which it takes).
    pub const fn sample(self) -> Scalar {
        match self {
            Builtin::String | Builtin::Json => Scalar::Str("sample"),
            Builtin::Integer => Scalar::Int(1),
            Builtin::Number => Scalar::Num(1.0),
            Builtin::Boolean => Scalar::Bool(true),
            Builtin::Url => Scalar::Str("https://example.com/sample.png"),
            Builtin::File => Scalar::Str("sample.png"),
        }
    }

    /// The JSON type its values are written in, when it may be a member of a union
    /// (`type: [integer, string]`): members must differ in it, since a value picks its member by
    /// it. `None` for `file` and `json`, which cannot be members.
    pub const fn union_json(self) -> Option<UnionJson> {
        match self.form() {
            Form::Text => Some(UnionJson::String),
            Form::Integer | Form::Number => Some(UnionJson::Number),
            Form::Boolean => Some(UnionJson::Boolean),
            Form::File | Form::Any => None,
        }
    }

    /// The name of its [`Shape`] constant (`Shape::STRING`), which generated tables use.
    pub const fn shape_const(self) -> &'static str {
        match self {
            Builtin::String => "STRING",
            Builtin::Integer => "INTEGER",
            Builtin::Number => "NUMBER",
            Builtin::Boolean => "BOOLEAN",
            Builtin::Url => "URL",
            Builtin::File => "FILE",
            Builtin::Json => "JSON",
        }
    }
}

impl Shape {
    /// Text.
    pub const STRING: Shape = Shape::new(Kind::Builtin(Builtin::String));
    /// A whole number.
    pub const INTEGER: Shape = Shape::new(Kind::Builtin(Builtin::Integer));
    /// A number.
    pub const NUMBER: Shape = Shape::new(Kind::Builtin(Builtin::Number));
    /// `true` or `false`.
    pub const BOOLEAN: Shape = Shape::new(Kind::Builtin(Builtin::Boolean));
    /// An http(s) or data URL.
    pub const URL: Shape = Shape::new(Kind::Builtin(Builtin::Url));
    /// A file upload.
    pub const FILE: Shape = Shape::new(Kind::Builtin(Builtin::File));
    /// Any JSON value.
    pub const JSON: Shape = Shape::new(Kind::Builtin(Builtin::Json));
}

/// The JSON type of a union member's values ([`Builtin::union_json`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnionJson {
    /// A JSON string (`string`, `url`).
    String,
    /// A JSON number (`integer`, `number`).
    Number,
    /// `true` or `false`.
    Boolean,
}

/// The member of a union a JSON value of this type is a value of, if any.
pub fn union_member(members: &[Builtin], json: UnionJson) -> Option<Builtin> {
    members
        .iter()
        .copied()
        .find(|m| m.union_json() == Some(json))
}

/// The members of a union as people read them: `integer or string`, `integer, string or boolean`.
pub fn union_words(members: &[Builtin]) -> String {
    match members.split_last() {
        Some((last, [])) => last.as_str().to_string(),
        Some((last, rest)) => {
            let rest: Vec<&str> = rest.iter().map(|b| b.as_str()).collect();
            format!("{} or {}", rest.join(", "), last.as_str())
        }
        None => String::new(),
    }
}

/// What a value of a union is told it must be: `an integer or a string`.
pub fn union_expected(members: &[Builtin]) -> String {
    let words: Vec<&str> = members.iter().map(|b| b.form().expected()).collect();
    match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Text read as a value of a union: the first member, in the spec's order, that reads it. A text
/// member (`string`, a `url` the text is one of) keeps it text (`None`), so `[integer, string]`
/// reads `42` as the integer and `abc` as text, while `[string, integer]` keeps `42` text. `None`
/// too when no member reads it (validation then reports it).
pub fn union_parse_text(members: &[Builtin], text: &str) -> Option<Scalar> {
    let trimmed = text.trim();
    for member in members {
        let read = match member.form() {
            Form::Text if member.accepts_text(text) => return None,
            Form::Integer => trimmed.parse().ok().map(Scalar::Int),
            Form::Number => trimmed
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Scalar::Num),
            Form::Boolean => trimmed.parse().ok().map(Scalar::Bool),
            _ => None,
        };
        if read.is_some() {
            return read;
        }
    }
    None
}

/// A built-in text type with a syntax of its own, as a Rust type: the runtime's checked text type
/// is generic over these (`grokvid::Url` is the one for [`Builtin::Url`]).
pub trait Syntax {
    /// The built-in type whose [`accepts_text`](Builtin::accepts_text) checks the text.
    const BUILTIN: Builtin;
}

/// The [`Syntax`] types, one per built-in text type with a syntax of its own.
pub mod syntax {
    use super::{Builtin, Syntax};

    /// An http(s) or data URL.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct Url;
    impl Syntax for Url {
        const BUILTIN: Builtin = Builtin::Url;
    }
}

impl Form {
    /// What a value of the wrong JSON kind is told it must be: "must be {expected}".
    pub const fn expected(self) -> &'static str {
        match self {
            Form::Text => "a string",
            Form::Integer => "an integer",
            Form::Number => "a number",
            Form::Boolean => "a boolean",
            Form::File => "a file",
            Form::Any => "a JSON value",
        }
    }

    /// True for numbers, whose limits are a range.
    pub const fn is_numeric(self) -> bool {
        matches!(self, Form::Integer | Form::Number)
    }
}

impl Kind {
    /// The built-in type, when it is one.
    pub const fn builtin(&self) -> Option<Builtin> {
        match self {
            Kind::Builtin(b) => Some(*b),
            _ => None,
        }
    }

    /// Text (a query param, a multipart part, a CLI value) read as the JSON value this kind takes:
    /// `"6"` is `6` for an integer or an enum of integers, `"true"` is `true` for a boolean. `None`
    /// when the value stays text, also when it does not parse (validation then reports it).
    pub fn parse_text(&self, text: &str) -> Option<Scalar> {
        let text = text.trim();
        let form = match self {
            Kind::Builtin(b) => b.form(),
            Kind::Enum(info) if info.values().iter().all(|v| matches!(v, Scalar::Int(_))) => {
                Form::Integer
            }
            // Strings and integers mixed (`[720P, 720]`): `720` is the integer when it is one of
            // the values and no string value is spelled the same.
            Kind::Enum(info) => return info.integer_value(text).map(Scalar::Int),
            Kind::Union(members) => return union_parse_text(members, text),
            _ => return None,
        };
        match form {
            Form::Integer => text.parse().ok().map(Scalar::Int),
            Form::Number => text.parse().ok().map(Scalar::Num),
            Form::Boolean => text.parse().ok().map(Scalar::Bool),
            Form::Text | Form::File | Form::Any => None,
        }
    }
}

/// An `http://`, `https://` or `data:` URL (schemes in any case) with something after the scheme.
#[inline]
fn is_url(text: &str) -> bool {
    // Fast path for the usual lower-case schemes (every URL a request carries is checked).
    (text.starts_with("https://") && text.len() > 8)
        || (text.starts_with("http://") && text.len() > 7)
        || ["http://", "https://", "data:"].iter().any(|scheme| {
            text.get(..scheme.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
                && text.len() > scheme.len()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_forms() {
        for b in Builtin::ALL {
            assert_eq!(Builtin::parse(b.as_str()), Some(*b));
            let sample = b.sample();
            let fits = match (b.form(), sample) {
                (Form::Text | Form::File, Scalar::Str(s)) => b.accepts_text(s),
                (Form::Integer, Scalar::Int(_)) => true,
                (Form::Number, Scalar::Num(_)) | (Form::Boolean, Scalar::Bool(_)) => true,
                (Form::Any, _) => true,
                _ => false,
            };
            assert!(fits, "the sample of {b:?} is not one of its values");
        }
        assert_eq!(Builtin::parse("int"), None);
    }

    #[test]
    fn urls() {
        for ok in [
            "https://a",
            "http://a",
            "HTTPS://a",
            "data:image/png;base64,AA",
        ] {
            assert!(Builtin::Url.accepts_text(ok), "{ok}");
        }
        for bad in ["https://", "ftp://a", "example.com", "", "data:"] {
            assert!(!Builtin::Url.accepts_text(bad), "{bad}");
        }
        assert!(Builtin::String.accepts_text(""));
        let takes: Vec<Builtin> = Builtin::ALL
            .iter()
            .copied()
            .filter(|b| b.takes_urls())
            .collect();
        assert_eq!(takes, [Builtin::String, Builtin::Url, Builtin::Json]);
    }

    #[test]
    fn text_reads_as_the_kind_takes_it() {
        assert_eq!(
            Shape::INTEGER.kind().parse_text(" 6 "),
            Some(Scalar::Int(6))
        );
        assert_eq!(Shape::INTEGER.kind().parse_text("6.5"), None);
        assert_eq!(
            Shape::NUMBER.kind().parse_text("6.5"),
            Some(Scalar::Num(6.5))
        );
        assert_eq!(
            Shape::BOOLEAN.kind().parse_text("true"),
            Some(Scalar::Bool(true))
        );
        assert_eq!(Shape::STRING.kind().parse_text("6"), None);
        static INFO: crate::table::EnumInfo =
            crate::table::EnumInfo::new("Duration", &[Scalar::Int(6), Scalar::Int(10)]);
        assert_eq!(Kind::Enum(&INFO).parse_text("10"), Some(Scalar::Int(10)));
    }

    #[test]
    fn unions_read_text_as_their_first_member_that_reads_it() {
        let int_first = Kind::Union(&[Builtin::Integer, Builtin::String]);
        assert_eq!(int_first.parse_text("42"), Some(Scalar::Int(42)));
        assert_eq!(int_first.parse_text("6s"), None);
        let text_first = Kind::Union(&[Builtin::String, Builtin::Integer]);
        assert_eq!(text_first.parse_text("42"), None);
        let url_first = Kind::Union(&[Builtin::Url, Builtin::Number, Builtin::Boolean]);
        assert_eq!(url_first.parse_text("https://a"), None);
        assert_eq!(url_first.parse_text("2.5"), Some(Scalar::Num(2.5)));
        assert_eq!(url_first.parse_text("true"), Some(Scalar::Bool(true)));
        assert_eq!(url_first.parse_text("nope"), None);
        assert_eq!(
            union_words(&[Builtin::Integer, Builtin::String]),
            "integer or string"
        );
        assert_eq!(
            union_expected(&[Builtin::Integer, Builtin::String, Builtin::Boolean]),
            "an integer, a string or a boolean"
        );
        assert_eq!(
            union_member(&[Builtin::Integer, Builtin::String], UnionJson::Number),
            Some(Builtin::Integer)
        );
        assert_eq!(Builtin::File.union_json(), None);
    }
}
