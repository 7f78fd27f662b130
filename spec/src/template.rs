//! Path templates (`/v1/videos/{task_id}`, `/v1/{model}-{version}/jobs`): parsed once, at build time,
//! into literal and placeholder segments. The generated tables hold the parsed form
//! ([`PathTemplate::new`] is a `const fn`), the client renders it ([`PathTemplate::render`]) and the
//! simulator matches requests against it ([`PathTemplate::match_path`]), so the three always agree on
//! what a template means.

use std::fmt;

/// One piece of a template: literal text, or a `{name}` placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seg<S = &'static str> {
    /// Text sent as it is (`/v1/videos/`).
    Lit(S),
    /// A value filled in by the param (or const) of this wire name, as one encoded path segment.
    Param(S),
}

impl<S: AsRef<str>> Seg<S> {
    /// The same segment, borrowing its text.
    pub fn as_str_seg(&self) -> Seg<&str> {
        match self {
            Seg::Lit(text) => Seg::Lit(text.as_ref()),
            Seg::Param(name) => Seg::Param(name.as_ref()),
        }
    }
}

/// A parsed path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PathTemplate<'a> {
    segs: &'a [Seg<&'a str>],
}

/// Why a template text is not a template, and where (a byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Byte offset of the problem in the template text.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TemplateError {}

/// Parses a template's text into segments: literals and `{name}` placeholders. Refused: an unclosed
/// `{`, a `}` outside a placeholder, an empty name, a name holding `/` or `{`, two placeholders with no
/// literal text between them (no request path could tell their values apart), and a name used twice.
pub fn parse(text: &str) -> Result<Vec<Seg<&str>>, TemplateError> {
    let error = |offset: usize, message: String| TemplateError { offset, message };
    let mut segs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let at = text.len() - rest.len();
        let Some(open) = rest.find(['{', '}']) else {
            segs.push(Seg::Lit(rest));
            break;
        };
        if rest.as_bytes()[open] == b'}' {
            return Err(error(at + open, "`}` without a `{` before it".into()));
        }
        if open > 0 {
            segs.push(Seg::Lit(&rest[..open]));
        } else if let Some(Seg::Param(before)) = segs.last() {
            return Err(error(
                at,
                format!(
                    "placeholders `{{{before}}}` and the next one need literal text between them"
                ),
            ));
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(error(at + open, "unclosed `{`".into()));
        };
        let name = &after[..close];
        if name.is_empty() {
            return Err(error(at + open, "empty placeholder `{}`".into()));
        }
        if name.contains(['{', '/']) {
            return Err(error(
                at + open,
                format!("placeholder `{{{name}}}` holds `{{` or `/`"),
            ));
        }
        if segs.contains(&Seg::Param(name)) {
            return Err(error(
                at + open,
                format!("placeholder `{{{name}}}` appears twice"),
            ));
        }
        segs.push(Seg::Param(name));
        rest = &after[close + 1..];
    }
    Ok(segs)
}

impl<'a> PathTemplate<'a> {
    /// A template from its segments, as generated tables write it.
    pub const fn new(segs: &'a [Seg<&'a str>]) -> PathTemplate<'a> {
        PathTemplate { segs }
    }

    /// The segments, in order.
    pub fn segments(&self) -> &'a [Seg<&'a str>] {
        self.segs
    }

    /// The placeholder names, in order.
    pub fn params(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.segs.iter().filter_map(|seg| match seg {
            Seg::Param(name) => Some(*name),
            Seg::Lit(_) => None,
        })
    }

    /// Writes the path: literals as they are, each placeholder's value through `encode`. A placeholder
    /// without a value (never the case for a checked spec) is written back as `{name}`.
    #[inline]
    pub fn render<'v>(
        &self,
        out: &mut String,
        mut value_of: impl FnMut(&str) -> Option<&'v str>,
        mut encode: impl FnMut(&mut String, &str),
    ) {
        for seg in self.segs {
            match seg {
                Seg::Lit(text) => out.push_str(text),
                Seg::Param(name) => match value_of(name) {
                    Some(value) => encode(out, value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
    }

    /// Matches a request path (still percent-encoded) against the template: each placeholder takes a
    /// non-empty run of text without `/`. Returns the raw values by name, or `None`. When literal text
    /// between two placeholders also occurs inside a value, the first split that matches the whole path
    /// wins.
    pub fn match_path<'p>(&self, path: &'p str) -> Option<Vec<(&'a str, &'p str)>> {
        let mut values = Vec::new();
        match_from(self.segs, path, &mut values).then_some(values)
    }
}

/// Matches `path` against `segs`, pushing placeholder values; backtracks over where a value ends.
fn match_from<'a, 'p>(
    segs: &[Seg<&'a str>],
    path: &'p str,
    values: &mut Vec<(&'a str, &'p str)>,
) -> bool {
    match segs.split_first() {
        None => path.is_empty(),
        Some((Seg::Lit(text), rest)) => path
            .strip_prefix(text)
            .is_some_and(|after| match_from(rest, after, values)),
        Some((Seg::Param(name), rest)) => {
            let segment_end = path.find('/').unwrap_or(path.len());
            // The value ends somewhere in the current path segment; try each end, shortest first.
            for end in (1..=segment_end).filter(|&end| path.is_char_boundary(end)) {
                values.push((name, &path[..end]));
                if match_from(rest, &path[end..], values) {
                    return true;
                }
                values.pop();
            }
            false
        }
    }
}

impl fmt::Display for PathTemplate<'_> {
    /// The template as written in the spec.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for seg in self.segs {
            match seg {
                Seg::Lit(text) => f.write_str(text)?,
                Seg::Param(name) => write!(f, "{{{name}}}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(template: &str, path: &str) -> Option<Vec<(String, String)>> {
        let segs = parse(template).unwrap();
        let values = PathTemplate::new(&segs).match_path(path)?;
        Some(
            values
                .into_iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn pairs(list: &[(&str, &str)]) -> Option<Vec<(String, String)>> {
        Some(
            list.iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn parses_literals_and_placeholders() {
        assert_eq!(
            parse("/v1/{a}-{b}/x").unwrap(),
            vec![
                Seg::Lit("/v1/"),
                Seg::Param("a"),
                Seg::Lit("-"),
                Seg::Param("b"),
                Seg::Lit("/x")
            ]
        );
        assert_eq!(parse("/v1/videos").unwrap(), vec![Seg::Lit("/v1/videos")]);
    }

    #[test]
    fn refuses_bad_templates_with_offsets() {
        for (bad, offset) in [
            ("/a/{id", 3),
            ("/a/id}", 5),
            ("/a/{}", 3),
            ("/a/{x/y}", 3),
            ("/a/{a}{b}", 6),
            ("/{a}/{a}", 5),
        ] {
            let err = parse(bad).unwrap_err();
            assert_eq!(err.offset, offset, "{bad}: {err}");
        }
    }

    #[test]
    fn matches_what_it_renders() {
        assert_eq!(
            matched("/v1/videos/{task_id}/content", "/v1/videos/a%3Ab/content"),
            pairs(&[("task_id", "a%3Ab")])
        );
        assert_eq!(matched("/v1/videos/{id}", "/v1/videos/"), None);
        assert_eq!(matched("/v1/videos/{id}", "/v1/videos/a/b"), None);
        assert_eq!(matched("/v1/videos", "/v1/videos"), pairs(&[]));
        assert_eq!(
            matched("/files/{id}.mp4", "/files/x.mp4.mp4"),
            pairs(&[("id", "x.mp4")])
        );
        assert_eq!(matched("/files/{id}.mp4", "/files/x.webm"), None);
        assert_eq!(
            matched("/v1/{a}-{b}/jobs", "/v1/grok-3/jobs"),
            pairs(&[("a", "grok"), ("b", "3")])
        );
        assert_eq!(matched("/v1/{a}-{b}/jobs", "/v1/grok/jobs"), None);
    }

    #[test]
    fn renders_and_displays() {
        let segs = parse("/v1/{a}-{b}").unwrap();
        let template = PathTemplate::new(&segs);
        let mut out = String::new();
        template.render(
            &mut out,
            |name| (name == "a").then_some("x y"),
            |out, v| out.push_str(&v.replace(' ', "%20")),
        );
        assert_eq!(out, "/v1/x%20y-{b}");
        assert_eq!(template.to_string(), "/v1/{a}-{b}");
        assert_eq!(template.params().collect::<Vec<_>>(), ["a", "b"]);
    }
}
