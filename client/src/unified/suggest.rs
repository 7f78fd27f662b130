//! "Did you mean": a value a user typed that differs from an accepted one only in case or separators
//! (`720P` for `720p`, `16-9` for `16:9`, `grok_video_3` for `grok-video-3`).

/// The accepted value `given` nearly matches, when exactly one does.
pub(crate) fn near_miss<'a>(
    given: &str,
    accepted: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let key = fold(given);
    let mut found = accepted
        .into_iter()
        .filter(|a| *a != given && fold(a) == key);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Lower case, without separators.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | ':' | '.' | '/'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::near_miss;

    #[test]
    fn case_and_separators_are_near_misses() {
        assert_eq!(near_miss("720P", ["480p", "720p"]), Some("720p"));
        assert_eq!(near_miss("16-9", ["16:9", "9:16"]), Some("16:9"));
        assert_eq!(
            near_miss("GROK_VIDEO_3", ["grok-video-3", "grok-video-3-pro"]),
            Some("grok-video-3")
        );
        assert_eq!(near_miss("1080p", ["480p", "720p"]), None);
        assert_eq!(
            near_miss("720p", ["720p"]),
            None,
            "an exact value is no miss"
        );
    }
}
