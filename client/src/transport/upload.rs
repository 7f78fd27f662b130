//! `Upload`: a file sent as a multipart part, from memory or read from disk at send time.

use crate::Violations;
use crate::validate::rules::FieldRef;
use crate::validate::wire::FieldValue;
use bytes::Bytes;
use std::path::{Path, PathBuf};

/// A file for a multipart file part.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    file_name: String,
    source: Source,
}

#[derive(Debug, Clone, PartialEq)]
enum Source {
    Path(PathBuf),
    Bytes(Bytes),
}

impl Upload {
    /// A file on disk; it is read when the request is sent.
    pub fn from_path(path: impl AsRef<Path>) -> Upload {
        let path = path.as_ref();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Upload {
            file_name,
            source: Source::Path(path.to_path_buf()),
        }
    }

    /// Bytes already in memory, sent under this file name.
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Upload {
        Upload {
            file_name: file_name.into(),
            source: Source::Bytes(bytes.into()),
        }
    }

    /// The file name sent with the part.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The media type guessed from the file name's extension.
    pub fn mime(&self) -> &'static str {
        match extension(&self.file_name).as_deref() {
            Some("png") => "image/png",
            Some("jpeg") => "image/jpeg",
            Some("webp") => "image/webp",
            Some("gif") => "image/gif",
            Some("mp4") => "video/mp4",
            _ => "application/octet-stream",
        }
    }

    /// The file's bytes (read from disk for path uploads).
    pub async fn read(&self) -> std::io::Result<Bytes> {
        match &self.source {
            Source::Bytes(bytes) => Ok(bytes.clone()),
            Source::Path(path) => tokio::fs::read(path).await.map(Bytes::from),
        }
    }
}

/// The lower-case extension, with `jpg` read as `jpeg`.
fn extension(file_name: &str) -> Option<String> {
    let (_, ext) = file_name.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    Some(if ext == "jpg" {
        "jpeg".to_string()
    } else {
        ext
    })
}

/// Uploads are serialized as their file name (requests as JSON are for logs and fixtures).
impl serde::Serialize for Upload {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.file_name)
    }
}

/// A file name in JSON reads as a path upload.
impl<'de> serde::Deserialize<'de> for Upload {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let path = String::deserialize(d)?;
        Ok(Upload::from_path(path))
    }
}

impl FieldValue for Upload {
    fn field_ref(&self) -> FieldRef<'_> {
        FieldRef::Present
    }
}

/// Zero, one or many uploads (`Upload`, `Option<Upload>`, `Vec<Upload>`).
pub trait Uploads {
    fn each_upload(&self, f: &mut dyn FnMut(&Upload));
}

impl Uploads for Upload {
    fn each_upload(&self, f: &mut dyn FnMut(&Upload)) {
        f(self)
    }
}
impl<T: Uploads> Uploads for Option<T> {
    fn each_upload(&self, f: &mut dyn FnMut(&Upload)) {
        if let Some(value) = self {
            value.each_upload(f)
        }
    }
}
impl<T: Uploads> Uploads for Vec<T> {
    fn each_upload(&self, f: &mut dyn FnMut(&Upload)) {
        for value in self {
            value.each_upload(f)
        }
    }
}

/// Checks each upload's format against the spec's `accept` list, with the same check the simulator
/// applies to received file parts.
pub fn check_uploads(
    field: &str,
    uploads: &impl Uploads,
    accept: &'static [&'static str],
    out: &mut Violations,
) {
    let limits = crate::spec::Limits::NONE.with_accept(accept);
    uploads.each_upload(&mut |upload| {
        if let Err(v) = crate::validate::limits::check_file_name(field, upload.file_name(), &limits)
        {
            out.push(v);
        }
    });
}
