//! Result sources (the spec's `result:` list): once a task completes, its video is taken from the
//! first source, in the spec's order, that gives it. A source that cannot apply (no video URL, no
//! link handed back) is skipped; a source that fails is kept, with why, and the next one is tried.

use super::download::{Downloaded, Source, done, save};
use crate::spec::{ResultLink, ResultSource, TaskMapping};
use crate::transport::retry::Attempts;
use crate::{Error, HttpClient, Task};
use std::path::Path;

impl HttpClient {
    /// Tries every source in order; the error names each source tried and why it failed.
    pub(super) async fn fetch_result(
        &self,
        task: &Task,
        target: &Path,
        on_progress: &mut impl FnMut(u64, Option<u64>),
    ) -> Result<Downloaded, Error> {
        let mut tried: Vec<(String, Error)> = Vec::new();
        let mut skipped: Vec<String> = Vec::new();
        for source in self.provider().result_sources() {
            let Some((label, plan)) = self.plan(source, task, &mut skipped) else {
                continue;
            };
            match self.attempt(&plan, target, on_progress).await {
                Ok((bytes, from)) => return Ok(done(target, bytes, from)),
                // Too large for the cap or the disk: every source holds the same video.
                Err(e @ (Error::TooLarge { .. } | Error::Io { .. })) => return Err(e),
                Err(e) => tried.push((label, e)),
            }
        }
        let provider = self.provider().id().to_string();
        match tried.len() {
            0 => Err(Error::Config(format!(
                "{provider}: no source of the video applies: {}",
                skipped.join("; ")
            ))),
            // One source tried: its own error, as it came.
            1 => Err(tried.remove(0).1),
            _ => Err(Error::NoVideo { provider, tried }),
        }
    }

    /// What one source would fetch for this task, with its name for errors; `None` (noted in
    /// `skipped`) when it cannot apply to this task.
    fn plan(
        &self,
        source: ResultSource,
        task: &Task,
        skipped: &mut Vec<String>,
    ) -> Option<(String, Plan)> {
        let provider = self.provider();
        match source {
            ResultSource::VideoUrl => match &task.video_url {
                Some(url) => Some((format!("the video URL {url}"), Plan::VideoUrl(url.clone()))),
                None => {
                    skipped.push("the task has no video URL".to_string());
                    None
                }
            },
            ResultSource::Operation(name) => {
                let label = format!("the `{name}` operation");
                let (Some(op), Some(id)) = (provider.operation(name), &task.id) else {
                    skipped.push(format!("{label} needs the task id"));
                    return None;
                };
                Some((label, Plan::Operation(op, id.clone())))
            }
            ResultSource::Link(link) => match task.links.get(link.name()) {
                Some(url) => Some((
                    format!("the `{}` link {url}", link.name()),
                    Plan::Link(link, url.clone()),
                )),
                None => {
                    skipped.push(format!("no reply handed back the `{}` link", link.name()));
                    None
                }
            },
        }
    }

    /// One source, with the client's retries of transient failures.
    async fn attempt(
        &self,
        plan: &Plan,
        target: &Path,
        on_progress: &mut impl FnMut(u64, Option<u64>),
    ) -> Result<(u64, Source), Error> {
        let policy = self.retry_policy();
        let mut attempts = Attempts::new(&policy);
        loop {
            match self.attempt_once(plan, target, on_progress).await {
                Ok(done) => return Ok(done),
                Err(e) => {
                    let again = e.is_retryable();
                    attempts.after(e, again).await?;
                }
            }
        }
    }

    async fn attempt_once(
        &self,
        plan: &Plan,
        target: &Path,
        on_progress: &mut impl FnMut(u64, Option<u64>),
    ) -> Result<(u64, Source), Error> {
        let id = self.provider().id();
        match plan {
            Plan::VideoUrl(url) => {
                let response = self.get_video(url).await?;
                let bytes = save(response, target, &self.cap("video"), on_progress).await?;
                Ok((bytes, Source::VideoUrl(url.clone())))
            }
            Plan::Operation(op, task_id) if op.response().media().is_some() => {
                let response = self.get_content(op, task_id).await?;
                let bytes = save(response, target, &self.cap(op.name()), on_progress).await?;
                Ok((bytes, Source::Operation(op.name())))
            }
            Plan::Operation(op, task_id) => {
                let reply = self.call_for_task(op, task_id).await?;
                let operation = format!("{id}.{}", op.name());
                let url = op
                    .response()
                    .task()
                    .and_then(|mapping| crate::task::normalize(&reply, mapping).video_url)
                    .ok_or_else(|| no_url(&operation, &reply))?;
                let response = self.get_video(&url).await?;
                let bytes = save(response, target, &self.cap("video"), on_progress).await?;
                let operation = op.name();
                Ok((bytes, Source::OperationUrl { operation, url }))
            }
            Plan::Link(link, url) => {
                let operation = format!("{id}.{}", link.name());
                let name = link.name();
                if !link.is_json() {
                    let response = self.get_link(url, link.needs_key(), &operation).await?;
                    let bytes = save(response, target, &self.cap(name), on_progress).await?;
                    return Ok((
                        bytes,
                        Source::Link {
                            name,
                            url: url.clone(),
                        },
                    ));
                }
                let reply = self.get_url_json(url, link.needs_key(), &operation).await?;
                let mapping = TaskMapping::new(&[]).with_video_url(link.video_url());
                let video = crate::task::normalize(&reply, &mapping)
                    .video_url
                    .ok_or_else(|| no_url(&operation, &reply))?;
                let response = self.get_video(&video).await?;
                let bytes = save(response, target, &self.cap("video"), on_progress).await?;
                Ok((bytes, Source::Link { name, url: video }))
            }
        }
    }
}

/// One source made concrete for a task.
enum Plan {
    VideoUrl(String),
    Operation(&'static crate::spec::Operation, String),
    Link(ResultLink, String),
}

fn no_url(operation: &str, reply: &serde_json::Value) -> Error {
    Error::UnexpectedResponse {
        operation: operation.to_string(),
        http_status: 200,
        reason: "the reply carries no video URL at the paths the spec names".to_string(),
        body: crate::error::excerpt(reply.to_string().as_bytes()),
    }
}
