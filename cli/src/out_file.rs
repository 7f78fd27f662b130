//! Where the video goes, checked before anything is paid for: a video that cannot be saved is a
//! video paid for and lost.

use std::fs::OpenOptions;
use std::path::Path;

/// `path` can take the video: it is not a directory, its folder exists and is writable, and no file
/// is there unless `force` allows replacing it.
pub fn check(path: &Path, force: bool) -> Result<(), String> {
    let shown = path.display();
    if path.is_dir() {
        return Err(format!("--out {shown}: is a directory; give a file name"));
    }
    if path.exists() && !force {
        return Err(format!(
            "--out {shown}: a file is already there; pass --force to replace it"
        ));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(format!(
            "--out {shown}: the folder {} does not exist",
            folder.display()
        ));
    }
    // The only sure test of "writable" is writing: a probe file, removed at once.
    let probe = folder.join(format!(".grokvid-write-check-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(format!(
            "--out {shown}: cannot write in {}: {e}",
            folder.display()
        )),
    }
}
