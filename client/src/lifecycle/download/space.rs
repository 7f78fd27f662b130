//! Free space before a download: a video announced larger than what the disk holds fails at once,
//! instead of after filling the disk.

use crate::Error;
use std::path::Path;

/// Fails when the file system that will hold `target` has less than `needed` bytes free for this
/// user. Unknown free space (no such call here, or it failed) is not an error: the write itself
/// then reports a full disk, and the partial file is removed.
pub(super) fn check(target: &Path, needed: u64) -> Result<(), Error> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match free_bytes(dir) {
        Some(free) if free < needed => Err(Error::Io {
            path: target.to_path_buf(),
            reason: format!(
                "not enough free space: the video is {needed} bytes, {} has {free} bytes free \
                 (nothing was written)",
                dir.display()
            ),
        }),
        _ => Ok(()),
    }
}

/// Bytes available to an unprivileged user on the file system holding `dir`.
#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut stat = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `path` is NUL-terminated and outlives the call; `stat` is only read after statvfs
    // returned 0, which means it filled it.
    let stat = unsafe {
        if libc::statvfs(path.as_ptr(), stat.as_mut_ptr()) != 0 {
            return None;
        }
        stat.assume_init()
    };
    // The field types differ between systems (u32 or u64).
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    let (blocks, size) = (u64::from(stat.f_bavail), u64::from(stat.f_frsize));
    Some(blocks.saturating_mul(size))
}

#[cfg(not(unix))]
fn free_bytes(_: &Path) -> Option<u64> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn free_space_is_read_and_checked() {
        let dir = std::env::temp_dir();
        assert!(free_bytes(&dir).is_some_and(|free| free > 0));
        let target = dir.join("video.mp4");
        assert!(check(&target, 1).is_ok());
        let err = check(&target, u64::MAX).unwrap_err();
        assert!(err.to_string().contains("not enough free space"), "{err}");
        // A bare file name is checked in the current directory.
        assert!(check(Path::new("video.mp4"), 1).is_ok());
    }
}
