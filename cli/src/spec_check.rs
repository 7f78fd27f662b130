//! `grokvid spec check`: load spec files with the generator's own checks, without a build.

use crate::exit;
use crate::output::Out;
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// Every problem as `file:line:col: message`; exit 2 when any file has one.
pub fn run(files: &[PathBuf], out: Out) -> ExitCode {
    let mut problems = Vec::new();
    let mut checked = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let result = std::fs::read_to_string(file)
            .map_err(|e| vec![format!("{shown}: cannot read: {e}")])
            .and_then(|source| {
                grokvid_codegen::load(&shown, &source)
                    .map_err(|diags| diags.iter().map(|d| d.to_string()).collect())
            });
        match result {
            Ok(spec) => {
                eprintln!("{shown}: ok ({} operations)", spec.operations.len());
                checked.push(json!({ "file": shown, "ok": true }));
            }
            Err(lines) => {
                checked.push(json!({ "file": shown, "ok": false, "problems": lines }));
                problems.extend(lines);
            }
        }
    }
    out.result(&json!({ "files": checked }), &problems.join("\n"));
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s)", problems.len());
        ExitCode::from(exit::INVALID)
    }
}
