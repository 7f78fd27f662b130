//! A provider read from its YAML spec at run time: the generator's own loader and checks, lowered into
//! the same tables a compiled provider holds, served by the table-driven entry points.
//!
//! No code is generated and nothing is compiled: the tables are built with the spec crate's
//! constructors on data leaked once per load (a provider lives as long as the program, as a built-in
//! one does).

use crate::transport::http::provider::Provider;
use std::fmt;
use std::path::Path;

impl Provider {
    /// Loads a provider from the text of a spec, with the same checks as a build (`file` is how
    /// messages name it). Every problem comes back at once, each as `file:line:col: message`.
    ///
    /// The provider has no typed requests: its operations take JSON objects keyed by wire names and
    /// are checked against its tables before anything is sent (see [`Provider::encode_request`]). It
    /// works with [`HttpClient`](crate::HttpClient), `wait`, `download`, resuming from a
    /// [`TaskHandle`](crate::TaskHandle), [`submit_first`](crate::submit_first) and
    /// [`capabilities`](crate::capabilities) like a built-in one. Its data is kept for the life of the
    /// program: load a spec once, not per request.
    pub fn from_yaml(file: &str, text: &str) -> Result<&'static Provider, SpecError> {
        let table = grokvid_codegen::tables(file, text).map_err(|diagnostics| SpecError {
            diagnostics: diagnostics
                .into_iter()
                .map(|d| SpecDiagnostic {
                    file: d.file,
                    line: d.pos.line,
                    col: d.pos.col,
                    message: d.message,
                })
                .collect(),
        })?;
        Ok(Box::leak(Box::new(Provider::table_only(table))))
    }

    /// Reads a spec file and loads it as [`Provider::from_yaml`] does; messages name the file as
    /// `path` is written. A file that cannot be read is one diagnostic without a position.
    pub fn from_file(path: impl AsRef<Path>) -> Result<&'static Provider, SpecError> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| SpecError {
            diagnostics: vec![SpecDiagnostic {
                file: shown.clone(),
                line: 0,
                col: 0,
                message: format!("cannot read the spec: {e}"),
            }],
        })?;
        Provider::from_yaml(&shown, &text)
    }
}

/// A spec that could not be loaded: every problem found in it, in file order.
///
/// Displays one problem per line, `file:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    diagnostics: Vec<SpecDiagnostic>,
}

impl SpecError {
    /// The problems, in file order (never empty).
    pub fn diagnostics(&self) -> &[SpecDiagnostic] {
        &self.diagnostics
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecError {}

/// One problem in a spec, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecDiagnostic {
    /// The spec's file name, as given to the loader.
    pub file: String,
    /// 1-based line; 0 when the problem has no place in the text (the file could not be read).
    pub line: u64,
    /// 1-based column; 0 with line 0.
    pub col: u64,
    /// What is wrong.
    pub message: String,
}

/// `file:line:col: message` (`file: message` without a place).
impl fmt::Display for SpecDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.col, self.message
            )
        }
    }
}
