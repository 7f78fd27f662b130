//! Turning vendor wire names into Rust names.

/// `aspect_ratio`, `aspect-ratio`, `aspectRatio` → `AspectRatio`; `16:9` → `R16x9` via `variant_name`.
pub fn pascal_case(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut upper = true;
    let mut prev_lower = false;
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if (c == '.' || c == '_') && between_digits {
            // `1.5` stays readable as `1_5` instead of merging into `15`.
            out.push('_');
            prev_lower = false;
        } else if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower {
                upper = true;
            }
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c.to_ascii_lowercase());
            }
            upper = false;
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        } else {
            upper = true;
            prev_lower = false;
        }
    }
    out
}

/// `taskId`, `task-id`, `Task ID` → `task_id`.
pub fn snake_case(text: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    out.trim_end_matches('_').to_string()
}

/// A Rust variant name for an enum value: `grok-video-3` → `GrokVideo3`, `16:9` → `R16x9`, `720P` → `P720`.
pub fn variant_name(value: &str) -> String {
    if let Some((a, b)) = value.split_once(':')
        && a.chars().all(|c| c.is_ascii_digit())
        && b.chars().all(|c| c.is_ascii_digit())
        && !a.is_empty()
        && !b.is_empty()
    {
        return format!("R{a}x{b}");
    }
    let name = pascal_case(value);
    match name.chars().next() {
        None => "Empty".to_string(),
        Some(c) if c.is_ascii_digit() => {
            // `720p` reads best as `P720`; other leading digits get a `V` prefix.
            let digits: String = name.chars().take_while(|c| c.is_ascii_digit()).collect();
            let rest = &name[digits.len()..];
            if rest.len() == 1 {
                format!("{}{digits}", rest.to_ascii_uppercase())
            } else {
                format!("V{name}")
            }
        }
        // `self` → `Self` is a keyword, `err` → `Err` names `FromStr::Err`: such values get a
        // `Value` suffix.
        Some(_) if is_keyword(&name) || RESERVED_VARIANT_NAMES.contains(&name.as_str()) => {
            format!("{name}Value")
        }
        Some(_) => name,
    }
}

/// Names every generated module uses without a path, so no type of a spec may take them: the standard
/// prelude's types, traits and constructors (generated code and the runtime's `newtype!`, `client!`...
/// macros write `Result`, `Option`, `String`, `Default`, `TryFrom`... as the prelude gives them), and
/// the module's own items. `Duration` and `Error` are free: generated code reaches the runtime's through
/// `rt::`. An emitter that starts writing another name unqualified adds it here (the test
/// `codegen/tests/reserved_names.rs` fails until it does).
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    // std::prelude::rust_2024
    "AsMut",
    "AsRef",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
    // The generated module's own items.
    "Client",
    "PROVIDER",
];

/// Methods of the generated `Client` that are not operations: no operation may take their name.
pub const CLIENT_METHODS: &[&str] = &[
    "new",
    "with_config",
    "resume",
    "from_env",
    "wait",
    "download",
    "runtime",
];

/// Method names of a generated request struct (its constructor and the methods of the runtime's
/// `ApiRequest` and `FieldAccess`): a field's setter of that name would clash with the constructor or
/// hide the trait method (`request.validate()` would call the setter).
pub const RESERVED_FIELD_NAMES: &[&str] = &[
    "new",
    "validate",
    "field",
    "operation",
    "write_params",
    "check_files",
    "check_unions",
    "rules_hold",
    "warnings",
];

/// Variant names that the impls of a generated enum use for associated items (`Self::Err` of
/// `FromStr`, `WireEnum::INFO` and `ALL`): a variant of that name makes `Self::Err` ambiguous.
pub const RESERVED_VARIANT_NAMES: &[&str] = &["Err", "INFO", "ALL"];

/// Why a type name written in a spec cannot be used, if it cannot: a keyword or a reserved name.
/// `generated` are the module's other generated type names (`CreateRequest`, `CreateResponse`...).
pub fn type_name_problem(name: &str, generated: &[String]) -> Option<String> {
    if is_keyword(name) {
        Some(format!(
            "type name `{name}` is a Rust keyword; choose another"
        ))
    } else if RESERVED_TYPE_NAMES.contains(&name) || generated.iter().any(|g| g == name) {
        Some(format!(
            "type name `{name}` is taken: generated code uses `{name}` itself; choose another \
             (see \"Rust names\" in specs/README.md)"
        ))
    } else {
        None
    }
}

/// The type name derived from a field's Rust name, made safe: `result` → `Result` would shadow the
/// prelude's, so it becomes `ResultValue` (as `self` does: `SelfValue`).
pub fn derived_type_name(field: &str, generated: &[String]) -> String {
    let name = pascal_case(field);
    if type_name_problem(&name, generated).is_some() {
        format!("{name}Value")
    } else {
        name
    }
}

/// The Rust field name derived from a wire name: snake_case, and a keyword or a name the struct's own
/// methods use gets a trailing `_` (`type` → `type_`, `self` → `self_`, `new` → `new_`): `self`
/// cannot be written as a raw identifier.
pub fn derived_field_name(wire: &str) -> String {
    let name = snake_case(wire);
    if is_keyword(&name) || RESERVED_FIELD_NAMES.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// True for words that cannot be a plain Rust identifier.
pub fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
    )
}

/// A valid snake_case Rust identifier (not a keyword, not starting with a digit).
pub fn is_snake_ident(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c == '_')
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !is_keyword(word)
        // `_` alone is a pattern, not a name.
        && word.chars().any(|c| c.is_ascii_alphanumeric())
}

/// A valid PascalCase Rust type name.
pub fn is_type_ident(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && !is_keyword(word)
}

/// Levenshtein distance, for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(cur)
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest candidate within a small distance.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(pascal_case("aspect_ratio"), "AspectRatio");
        assert_eq!(pascal_case("taskId"), "TaskId");
        assert_eq!(snake_case("taskId"), "task_id");
        assert_eq!(snake_case("X-Job-Ref"), "x_job_ref");
        assert_eq!(variant_name("grok-video-3"), "GrokVideo3");
        assert_eq!(
            variant_name("grok-imagine-video-1.5"),
            "GrokImagineVideo1_5"
        );
        assert_eq!(variant_name("16:9"), "R16x9");
        assert_eq!(variant_name("720P"), "P720");
        assert_eq!(variant_name("480p"), "P480");
        assert_eq!(variant_name("848x480"), "V848x480");
        assert_eq!(variant_name("IN_QUEUE"), "InQueue");
        assert_eq!(suggest("requird", ["required", "rust"]), Some("required"));
        assert_eq!(suggest("zzz", ["required"]), None);
    }
}
