//! JSON paths into vendor replies, as documented in `specs/README.md` ("Paths"): `data.task_id` (keys),
//! `data[0].url` and `outputs[0][0]` (indexes), `data[*].state` (the first element where the rest
//! resolves), `payload.@json.url` (the string at `payload` holds JSON), `[0].id` (a reply that is a
//! list).
//!
//! One parser: the loader refuses what [`segments`] refuses, and the runtime reader
//! (`grokvid::path::get`) walks what it returns, so every path a spec is built with is one the runtime
//! reads.

use std::fmt;

/// One step of a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment<'a> {
    /// An object key.
    Key(&'a str),
    /// An array index, `[N]`.
    Index(usize),
    /// `[*]`: the first element for which the rest of the path resolves.
    Any,
    /// `@json`: the current value is a string holding JSON.
    Json,
}

/// A parsed path, as tables hold it: read against a reply without parsing anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Path<'a> {
    segs: &'a [Segment<'a>],
}

impl<'a> Path<'a> {
    /// A path from its segments, as generated tables write it.
    pub const fn new(segs: &'a [Segment<'a>]) -> Path<'a> {
        Path { segs }
    }

    /// The segments, in order.
    pub const fn segments(&self) -> &'a [Segment<'a>] {
        self.segs
    }
}

impl Path<'static> {
    /// Parses a path for a table built at run time; its segments are leaked (a table lives as long as
    /// the program).
    pub fn leak(text: &str) -> Result<Path<'static>, String> {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let segs: &'static [Segment<'static>] = Box::leak(segments(text)?.into_boxed_slice());
        Ok(Path::new(segs))
    }
}

/// The path as a spec writes it (`data[0].url`).
impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.segs.iter().enumerate() {
            let dot = if i == 0 { "" } else { "." };
            match seg {
                Segment::Key(key) => write!(f, "{dot}{key}")?,
                Segment::Json => write!(f, "{dot}@json")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Any => f.write_str("[*]")?,
            }
        }
        Ok(())
    }
}

/// Splits a path into segments, or says what is wrong with it.
pub fn segments(path: &str) -> Result<Vec<Segment<'_>>, String> {
    if path.is_empty() {
        return Err("the path is empty".to_string());
    }
    let mut out = Vec::new();
    for (i, part) in path.split('.').enumerate() {
        parse_part(part, i == 0, &mut out)?;
    }
    Ok(out)
}

/// Ok when `path` is well formed; otherwise what is wrong with it.
pub fn check(path: &str) -> Result<(), String> {
    segments(path).map(|_| ())
}

/// Parses one dot-separated part: a key (or `@json`) followed by any number of `[...]` groups. Only
/// the first part may be a bare `[...]` group (a reply that is a list).
fn parse_part<'a>(part: &'a str, first: bool, out: &mut Vec<Segment<'a>>) -> Result<(), String> {
    let (key, mut rest) = match part.find(['[', ']']) {
        Some(at) => part.split_at(at),
        None => (part, ""),
    };
    if key.is_empty() && rest.is_empty() {
        return Err("empty segment (two dots, or a leading or trailing dot)".to_string());
    }
    if key.is_empty() && !first {
        return Err(format!("`{rest}` must follow a key (`a[0]`, not `a.[0]`)"));
    }
    match key {
        "" => {}
        "@json" => out.push(Segment::Json),
        _ => out.push(Segment::Key(key)),
    }
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err(if rest.starts_with(']') {
                format!("`]` without a `[` before it in `{part}`")
            } else {
                format!("unexpected `{rest}` after `]`")
            });
        };
        let Some(close) = inner.find(']') else {
            return Err(format!("unclosed `[` in `{part}`"));
        };
        let (index, after) = inner.split_at(close);
        out.push(parse_index(index)?);
        rest = &after[1..];
    }
    Ok(())
}

/// Parses the inside of `[...]`: digits or `*`.
fn parse_index(text: &str) -> Result<Segment<'static>, String> {
    if text == "*" {
        return Ok(Segment::Any);
    }
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`[{text}]` must be a number or `*`"));
    }
    text.parse::<usize>()
        .map(Segment::Index)
        .map_err(|_| format!("index `[{text}]` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_indexes_any_and_json() {
        use Segment::*;
        for (path, want) in [
            (
                "response.data[0].url",
                vec![Key("response"), Key("data"), Index(0), Key("url")],
            ),
            ("outputs[0][12]", vec![Key("outputs"), Index(0), Index(12)]),
            ("data[*].state", vec![Key("data"), Any, Key("state")]),
            ("payload.@json.url", vec![Key("payload"), Json, Key("url")]),
            ("[1].id", vec![Index(1), Key("id")]),
            ("p.@json[0]", vec![Key("p"), Json, Index(0)]),
        ] {
            assert_eq!(segments(path).unwrap(), want, "{path}");
            assert_eq!(Path::new(&want).to_string(), path, "written back");
        }
    }

    #[test]
    fn rejects_malformed_paths() {
        for bad in [
            "",
            ".",
            "a.",
            ".a",
            "a..b",
            "a[",
            "a[0",
            "a[]",
            "a[x]",
            "a[-1]",
            "a[0]b",
            "a]",
            "a]b",
            "a.[0]",
            "a[99999999999999999999999]",
            "a[ 1]",
        ] {
            assert!(check(bad).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(
            check("data[x]").unwrap_err(),
            "`[x]` must be a number or `*`"
        );
        assert!(check("a[0").unwrap_err().contains("unclosed"));
        assert!(check("a..b").unwrap_err().contains("empty segment"));
        assert!(check("a.[0]").unwrap_err().contains("must follow a key"));
        assert!(check("a]b").unwrap_err().contains("without a `[`"));
    }
}
