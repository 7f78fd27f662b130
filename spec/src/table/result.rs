//! Result sources: where the finished video comes from, tried in order by `download`.

use super::Provider;
use crate::Role;
use crate::json_path::Path;

/// One place the finished video may come from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ResultSource {
    /// The task's own video URL (its reply's `video_url` paths), fetched without the key.
    VideoUrl,
    /// An operation called with the task id, by name: a `content` operation returns the file, any
    /// other returns JSON whose `task.video_url` paths hold the URL.
    Operation(&'static str),
    /// A URL a create or status reply handed back (its task's `links:`), by link name.
    Link(ResultLink),
}

/// A handed-back URL and how to read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResultLink {
    name: &'static str,
    video_url: &'static [Path<'static>],
    key: bool,
}

impl ResultLink {
    /// The link named `name`, read as the file itself, fetched without the key.
    pub const fn file(name: &'static str) -> ResultLink {
        ResultLink {
            name,
            video_url: &[],
            key: false,
        }
    }

    /// The link named `name`, read as JSON with the video URL at these paths (tried in order).
    pub const fn json(name: &'static str, video_url: &'static [Path<'static>]) -> ResultLink {
        ResultLink {
            name,
            video_url,
            key: false,
        }
    }

    /// The link needs the API key (sent only when it is on the provider's own origin).
    pub const fn with_key(mut self) -> ResultLink {
        self.key = true;
        self
    }

    /// The link's name, as the task mappings' `links:` declare it.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Where the video URL is in its JSON reply; empty when the link serves the file itself.
    pub const fn video_url(&self) -> &'static [Path<'static>] {
        self.video_url
    }

    /// True when the link is read as JSON.
    pub const fn is_json(&self) -> bool {
        !self.video_url.is_empty()
    }

    /// True when the spec says the link needs the API key.
    pub const fn needs_key(&self) -> bool {
        self.key
    }
}

impl Provider {
    /// The sources `download` tries, in order: the spec's `result:` list, or by default the task's
    /// video URL, then the content operation when there is one.
    pub fn result_sources(&self) -> Vec<ResultSource> {
        if !self.declared_result().is_empty() {
            return self.declared_result().to_vec();
        }
        let mut sources = vec![ResultSource::VideoUrl];
        if let Some(op) = self.operation_with_role(Role::Content) {
            sources.push(ResultSource::Operation(op.name()));
        }
        sources
    }

    /// True when some source besides the task's own video URL can give the video: a completed task
    /// without a URL is then still completed.
    pub fn has_other_result_source(&self) -> bool {
        // What `result_sources` lists, without building the list: every reply's task asks this.
        match self.declared_result() {
            [] => self.operation_with_role(Role::Content).is_some(),
            declared => declared
                .iter()
                .any(|s| !matches!(s, ResultSource::VideoUrl)),
        }
    }
}
