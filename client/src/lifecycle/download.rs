//! `download`: stream the video to disk through a temporary file, so the target path only ever holds
//! a complete file, and never the whole video in memory. A download is capped
//! (`ClientConfig::max_download_bytes`) and checked against the free space before writing.

use crate::{Error, HttpClient, Task};
use std::path::{Path, PathBuf};
use writer::Writer;

mod space;
mod writer;

/// What a finished download wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// Where the video was written.
    pub path: PathBuf,
    /// Its size.
    pub bytes: u64,
    /// Where it came from.
    pub source: Source,
}

/// Where the bytes came from: one of the spec's result sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The task's video URL.
    VideoUrl(String),
    /// An operation returning the file (the content operation), by name.
    Operation(&'static str),
    /// The video URL an operation's JSON reply gave.
    OperationUrl {
        /// The operation.
        operation: &'static str,
        /// The URL the file came from.
        url: String,
    },
    /// A URL a reply handed back (the link itself, or the video URL its JSON gave).
    Link {
        /// The link's name in the spec.
        name: &'static str,
        /// The URL the file came from.
        url: String,
    },
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::VideoUrl(url) => write!(f, "the video URL {url}"),
            Source::Operation(name) => write!(f, "the `{name}` operation"),
            Source::OperationUrl { operation, url } => {
                write!(f, "the video URL {url} from the `{operation}` operation")
            }
            Source::Link { name, url } => write!(f, "{url} by the `{name}` link"),
        }
    }
}

impl HttpClient {
    /// Saves the task's video at `target`, from the first of the spec's result sources that gives
    /// it (by default its video URL, then the content operation): redirects followed, no API key
    /// sent to third-party hosts. Transient failures are retried; on failure nothing is left at
    /// `target`, and the error names each source tried. `on_progress` gets (bytes so far, total
    /// when known).
    pub async fn download(
        &self,
        task: &Task,
        target: &Path,
        mut on_progress: impl FnMut(u64, Option<u64>),
    ) -> Result<Downloaded, Error> {
        self.fetch_result(task, target, &mut on_progress).await
    }
}

impl HttpClient {
    pub(super) fn cap(&self, operation: &str) -> Cap {
        Cap {
            operation: format!("{}.{operation}", self.provider().id()),
            limit: self.max_download_bytes(),
            silence: self.download_silence(),
        }
    }
}

/// What a download may take: how many bytes, how long a silence between them, and the operation
/// that names it in errors.
pub(super) struct Cap {
    operation: String,
    limit: u64,
    silence: Option<std::time::Duration>,
}

impl Cap {
    fn exceeded(&self) -> Error {
        crate::transport::http::download_too_large(&self.operation, self.limit)
    }
}

pub(super) fn done(target: &Path, bytes: u64, source: Source) -> Downloaded {
    Downloaded {
        path: target.to_path_buf(),
        bytes,
        source,
    }
}

/// Streams a successful response into `target` via a temporary sibling file. A body announced larger
/// than the cap or the free space is refused before anything is written.
pub(super) async fn save(
    mut response: reqwest::Response,
    target: &Path,
    cap: &Cap,
    on_progress: &mut impl FnMut(u64, Option<u64>),
) -> Result<u64, Error> {
    let total = response.content_length();
    if let Some(total) = total {
        if total > cap.limit {
            return Err(cap.exceeded());
        }
        space::check(target, total)?;
    }
    let part = PartFile(temp_path(target));
    let temp = part.0.as_path();
    let mut writer = Writer::create(temp).await.map_err(|e| io_error(temp, e))?;
    let streamed = receive(&mut response, &mut writer, temp, total, cap, on_progress).await;
    let written = match streamed {
        Ok(written) => written,
        Err(e) => {
            writer.abort().await;
            return Err(e);
        }
    };
    writer.finish().await.map_err(|e| io_error(temp, e))?;
    tokio::fs::rename(temp, target)
        .await
        .map_err(|e| io_error(target, e))?;
    Ok(written)
}

/// A half-written download, removed when dropped: on an error, and when the download is cancelled
/// (Ctrl-C drops the future), so none outlives the process. After the final rename nothing is there
/// and the removal is a no-op.
struct PartFile(PathBuf);

impl Drop for PartFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Hands the body to `writer` chunk by chunk and checks it is complete.
async fn receive(
    response: &mut reqwest::Response,
    writer: &mut Writer,
    temp: &Path,
    total: Option<u64>,
    cap: &Cap,
    on_progress: &mut impl FnMut(u64, Option<u64>),
) -> Result<u64, Error> {
    let mut written: u64 = 0;
    on_progress(0, total);
    loop {
        let chunk = crate::transport::http::next_chunk(response, cap.silence)
            .await
            .map_err(|stop| Error::MaybeSent {
                operation: cap.operation.clone(),
                timed_out: stop.is_timeout(),
                // reqwest words a timeout inside the body as a decoding error: say what it was.
                reason: if stop.is_timeout() {
                    format!(
                        "the download timed out after {written} bytes (a read timeout, or the \
                         overall download deadline, --download-timeout)"
                    )
                } else {
                    format!(
                        "the download broke off after {written} bytes: {}",
                        stop.describe()
                    )
                },
            })?;
        let Some(chunk) = chunk else { break };
        written += chunk.len() as u64;
        if written > cap.limit {
            return Err(cap.exceeded());
        }
        writer.write(chunk).await.map_err(|e| io_error(temp, e))?;
        on_progress(written, total);
    }
    if let Some(expected) = total
        && expected != written
    {
        return Err(Error::MaybeSent {
            operation: cap.operation.clone(),
            reason: format!("the download ended after {written} of {expected} bytes"),
            timed_out: false,
        });
    }
    Ok(written)
}

/// `.name.part` beside the target, so the final rename stays on one file system. The name is the
/// same in every run: a part file left by a killed process is overwritten by the next download of
/// the same target, never left to pile up.
fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "video".to_string());
    target.with_file_name(format!(".{name}.part"))
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}
