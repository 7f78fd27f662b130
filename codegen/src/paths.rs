//! Syntax of the JSON paths used in responses (`data.items[0].url`, `list[*].state`, `payload.@json.id`).
//! The runtime (`grokvid::path`) evaluates the same syntax; this only checks it at build time.

/// Ok when `path` is well formed; otherwise what is wrong with it.
pub fn check_syntax(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("the path is empty".to_string());
    }
    for segment in path.split('.') {
        let (key, mut rest) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if key.is_empty() && rest.is_empty() {
            return Err("empty segment (two dots, or a leading or trailing dot)".to_string());
        }
        while !rest.is_empty() {
            let Some(close) = rest.find(']') else {
                return Err(format!("unclosed `[` in `{segment}`"));
            };
            let index = &rest[1..close];
            if index != "*" && index.parse::<usize>().is_err() {
                return Err(format!("`[{index}]` must be a number or `*`"));
            }
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                return Err(format!("unexpected `{rest}` after `]`"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_syntax;

    #[test]
    fn accepts_documented_forms() {
        for ok in [
            "id",
            "data.task_id",
            "response.data[*].state",
            "outputs[0][0]",
            "payload.@json.url",
        ] {
            assert_eq!(check_syntax(ok), Ok(()), "{ok}");
        }
        for bad in ["", "a..b", "a.", "a[x]", "a[0", "a[0]b"] {
            assert!(check_syntax(bad).is_err(), "{bad}");
        }
    }
}
