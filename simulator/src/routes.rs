//! Which operation a request is for: the spec's method and path templates under the base path, plus
//! the video route `/files/{task_id}.mp4`.
//!
//! Matching is done here rather than with axum's router because specs may share one path between
//! operations (acedata's query and batch query differ only by a body constant) and between methods
//! (lumenhub's GET and DELETE `/v2/jobs`); the handler then picks among the candidates.

use grokvid::spec::{Operation, Provider};
use grokvid_spec::PathTemplate;

/// Route name of the result video, for counters and faults.
pub const VIDEO: &str = "video";

/// Where a request goes.
#[derive(Debug)]
pub(crate) enum Route {
    /// Operations whose method and path match, with the path parameters (decoded).
    Ops {
        candidates: Vec<&'static Operation>,
        path_params: Vec<(String, String)>,
    },
    /// The result video of a task.
    Video {
        task_id: String,
    },
    /// A URL a task reply handed back (`links:`).
    Link {
        task_id: String,
        name: String,
    },
    /// A known path with another method.
    MethodNotAllowed,
    NotFound,
}

/// Resolves a request; `path` is the raw (still percent-encoded) URI path.
pub(crate) fn resolve(provider: &Provider, base_path: &str, method: &str, path: &str) -> Route {
    if let Some(task_id) = video_task(path) {
        return if method == "GET" || method == "HEAD" {
            Route::Video { task_id }
        } else {
            Route::MethodNotAllowed
        };
    }
    if let Some((task_id, name)) = crate::links::parse(path) {
        return if method == "GET" {
            Route::Link { task_id, name }
        } else {
            Route::MethodNotAllowed
        };
    }
    let Some(rest) = path.strip_prefix(base_path) else {
        return Route::NotFound;
    };
    let mut candidates = Vec::new();
    let mut path_params = Vec::new();
    let mut other_method = false;
    for op in provider.operations().iter().copied() {
        let Some(params) = match_template(*op.path(), rest) else {
            continue;
        };
        if op.method().as_str() != method {
            other_method = true;
            continue;
        }
        if candidates.is_empty() {
            path_params = params;
        }
        candidates.push(op);
    }
    match (candidates.is_empty(), other_method) {
        (false, _) => Route::Ops {
            candidates,
            path_params,
        },
        (true, true) => Route::MethodNotAllowed,
        (true, false) => Route::NotFound,
    }
}

/// `/files/{id}.mp4` → the id.
fn video_task(path: &str) -> Option<String> {
    let id = path.strip_prefix("/files/")?.strip_suffix(".mp4")?;
    (!id.is_empty() && !id.contains('/')).then(|| decode(id))
}

/// Matches a raw request path against an operation's template (parsed once, by the spec language's
/// parser); the values are percent-decoded.
pub(crate) fn match_template(
    template: PathTemplate<'_>,
    path: &str,
) -> Option<Vec<(String, String)>> {
    let values = template.match_path(path)?;
    Some(
        values
            .into_iter()
            .map(|(name, value)| (name.to_string(), decode(value)))
            .collect(),
    )
}

/// Percent-decodes text (`+` kept as is: paths and header values do not use it for spaces).
pub(crate) fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = bytes.get(i + 1..i + 3)
            && let Some(b) = std::str::from_utf8(hex)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a=1&b=x%20y+z` → decoded pairs (`+` is a space in query strings).
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Matches against a template given as text.
    fn match_text(template: &str, path: &str) -> Option<Vec<(String, String)>> {
        let segments = grokvid_spec::template::parse(template).unwrap();
        match_template(PathTemplate::new(&segments), path)
    }

    #[test]
    fn templates() {
        assert_eq!(
            match_text("/v1/videos/{task_id}/content", "/v1/videos/a%3Ab/content"),
            Some(vec![("task_id".into(), "a:b".into())])
        );
        assert_eq!(match_text("/v1/videos/{id}", "/v1/videos/"), None);
        assert_eq!(match_text("/v1/videos/{id}", "/v1/videos/a/b"), None);
        assert_eq!(match_text("/v1/videos", "/v1/videos"), Some(vec![]));
        assert_eq!(
            match_text("/files/{id}.mp4", "/files/x.mp4"),
            Some(vec![("id".into(), "x".into())])
        );
        assert_eq!(match_text("/files/{id}.mp4", "/files/x.webm"), None);
        assert_eq!(
            match_text("/v1/{model}-{version}/jobs", "/v1/grok%20x-3/jobs"),
            Some(vec![
                ("model".into(), "grok x".into()),
                ("version".into(), "3".into())
            ])
        );
    }

    #[test]
    fn decoding() {
        assert_eq!(decode("a%20b%zz%4"), "a b%zz%4");
        assert_eq!(decode("%E6%97%A5"), "日");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(
            query_pairs("id=grok%3Aabc&view=full&flag&x=a+b"),
            vec![
                ("id".into(), "grok:abc".into()),
                ("view".into(), "full".into()),
                ("flag".into(), String::new()),
                ("x".into(), "a b".into())
            ]
        );
        assert_eq!(video_task("/files/task_1.mp4").as_deref(), Some("task_1"));
        assert_eq!(video_task("/files/a/b.mp4"), None);
        assert_eq!(video_task("/files/.mp4"), None);
    }
}
