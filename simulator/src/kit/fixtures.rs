//! Reading a fixtures folder (`requests/`, `responses/`, `errors/`): the files of one kind, and request
//! examples as the input of a call.

use super::examples::request_input;
use grokvid::Provider;
use grokvid::spec::Operation;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The `.json` files under `dir/kind`, sorted; none when the folder does not exist.
pub fn fixture_files(dir: &Path, kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(kind))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A fixture file's JSON, or why it cannot be read.
pub(crate) fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))
}

/// `kind/file.json`, how a row names a fixture.
pub(crate) fn label(kind: &str, path: &Path) -> String {
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    format!("{kind}/{file}")
}

/// One request example.
#[derive(Debug, Clone)]
pub struct RequestExample {
    /// `requests/<file>`.
    pub label: String,
    /// The operation it calls.
    pub op: &'static Operation,
    /// The call's input by wire name (see [`request_input`]).
    pub input: Value,
}

/// The request examples under `dir/requests`, each read or with why it cannot be.
pub fn request_examples(
    provider: &'static Provider,
    dir: &Path,
) -> Vec<Result<RequestExample, (String, String)>> {
    fixture_files(dir, "requests")
        .iter()
        .map(|path| {
            let label = label("requests", path);
            let fixture = read(path).map_err(|e| (label.clone(), e))?;
            let name = fixture["operation"].as_str().unwrap_or_default();
            let op = provider.operation(name).ok_or_else(|| {
                let why = format!("{} has no operation `{name}`", provider.id());
                (label.clone(), why)
            })?;
            Ok(RequestExample {
                input: request_input(op, &fixture),
                label,
                op,
            })
        })
        .collect()
}
