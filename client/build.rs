//! Generates one module per `specs/*.yaml` into OUT_DIR. All logic is in `grokvid-codegen`; this only
//! finds the files, reports diagnostics the way cargo shows them, and writes files whose content changed.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=GROKVID_SPECS_DIR");
    // Read when the script runs, never baked in with env!(): clones sharing one CARGO_TARGET_DIR
    // share this compiled script, and each must read its own specs/.
    let (Some(manifest_dir), Some(out_dir)) = (
        std::env::var_os("CARGO_MANIFEST_DIR"),
        std::env::var_os("OUT_DIR"),
    ) else {
        println!("cargo::error=CARGO_MANIFEST_DIR and OUT_DIR must be set (cargo sets both)");
        std::process::exit(1);
    };
    let specs_dir = std::env::var_os("GROKVID_SPECS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(&manifest_dir).join("../specs"));
    let out_dir = PathBuf::from(out_dir);
    println!("cargo::rerun-if-changed={}", specs_dir.display());
    match grokvid_codegen::build::generate_dir(&specs_dir, &out_dir, "crate::rt") {
        Ok(report) => {
            for file in report.inputs {
                println!("cargo::rerun-if-changed={}", file.display());
            }
        }
        Err(problems) => {
            for problem in &problems {
                println!("cargo::error={problem}");
            }
            std::process::exit(1);
        }
    }
}
