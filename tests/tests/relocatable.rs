//! Two clones sharing one CARGO_TARGET_DIR share `grokvid`'s compiled build script: run as cargo runs
//! it for each clone, it must read that clone's `specs/`, not the folder it was compiled in.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The compiled build script of the `grokvid` package in this target folder (the newest, if several
/// feature sets built one): `build/grokvid-<hash>/build-script-build`.
fn build_script() -> PathBuf {
    // This test is target/<profile>/deps/relocatable-<hash>; build scripts are in <profile>/build.
    let exe = std::env::current_exe().unwrap();
    let build = exe.parent().unwrap().parent().unwrap().join("build");
    let mut scripts: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&build)
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            let hash = name.strip_prefix("grokvid-")?;
            if !hash.chars().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let script = entry.path().join("build-script-build");
            Some((script.metadata().ok()?.modified().ok()?, script))
        })
        .collect();
    scripts.sort();
    scripts.pop().expect("grokvid's build script is built").1
}

/// A clone's layout as far as the build script sees it: `client/` and `specs/<spec>` copied from this
/// repository; returns the clone's `client/` and a fresh OUT_DIR.
fn clone_with(root: &Path, spec: &str) -> (PathBuf, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root.join("client")).unwrap();
    std::fs::create_dir_all(root.join("specs")).unwrap();
    std::fs::create_dir_all(root.join("out")).unwrap();
    std::fs::copy(repo.join("specs").join(spec), root.join("specs").join(spec)).unwrap();
    (root.join("client"), root.join("out"))
}

#[test]
fn one_compiled_build_script_reads_each_clones_own_specs() {
    let script = build_script();
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("relocatable");
    for (clone, spec, module, other) in [
        ("a", "xai.yaml", "xai", "lumenhub"),
        ("b", "lumenhub.yaml", "lumenhub", "xai"),
    ] {
        let (manifest_dir, out_dir) = clone_with(&scratch.join(clone), spec);
        let output = Command::new(&script)
            .env("CARGO_MANIFEST_DIR", &manifest_dir)
            .env("OUT_DIR", &out_dir)
            .env_remove("GROKVID_SPECS_DIR")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "clone {clone}: {stdout}");
        let index = std::fs::read_to_string(out_dir.join("providers.rs")).unwrap();
        assert!(
            index.contains(&format!("pub mod {module}")),
            "clone {clone}: {index}"
        );
        assert!(
            !index.contains(&format!("pub mod {other}")),
            "clone {clone} read another folder's specs: {index}"
        );
        assert!(
            stdout.contains(&format!("{}", scratch.join(clone).display())),
            "{stdout}"
        );
    }
}
