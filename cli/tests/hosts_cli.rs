//! `--host NAME=URL`: the base URL of a spec's named host (`hosts:`) from the command line, for a
//! host the spec gives no URL. A made-up vendor (tests/specs/splithost.yaml with its file host's URL
//! taken out) is played by a simulator serving each host on a port of its own.

mod common;

use common::{run, scratch_dir};
use grokvid_sim::{Clock, SimConfig, Simulator};
use std::path::{Path, PathBuf};

/// splithost.yaml without its file host's URL: the user must give it.
fn spec_without_file_host_url(dir: &Path) -> PathBuf {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs/splithost.yaml");
    let text = std::fs::read_to_string(shipped).unwrap();
    let line = "  files:\n    base_url: https://files.splithost.example\n";
    assert!(text.contains(line), "splithost.yaml changed its file host");
    let path = dir.join("nofilehost.yaml");
    std::fs::write(&path, text.replacen(line, "  files: {}\n", 1)).unwrap();
    path
}

fn simulator(spec: &Path) -> Simulator {
    let provider = grokvid::Provider::from_file(spec).unwrap();
    let config = SimConfig {
        api_key: "sim-key".to_string(),
        clock: Clock::Instant,
        ..SimConfig::default()
    };
    Simulator::start(provider, config).unwrap()
}

#[test]
fn a_host_the_spec_gives_no_url_comes_from_the_command_line() {
    let dir = scratch_dir("host-flag");
    let spec = spec_without_file_host_url(&dir);
    let sim = simulator(&spec);
    let files = sim.host_url("files").unwrap();
    let host = format!("files={files}");
    let spec = spec.display().to_string();
    let base = sim.base_url().to_string();
    let generate = |extra: &[&str], out: &str| {
        let mut args = vec![
            "generate",
            "--spec",
            &spec,
            "--provider",
            "splithost",
            "--prompt",
            "a cat",
            "--base-url",
            &base,
            "--out",
            out,
        ];
        args.extend_from_slice(extra);
        run(&dir, &args, &[])
    };

    let r = generate(&["--host", &host], "v.mp4");
    assert_eq!(r.code, 0, "{r:?}");
    assert!(dir.join("v.mp4").is_file(), "{r:?}");
    assert_eq!(
        sim.requests("fetch"),
        1,
        "the video came from the file host"
    );

    // Without it: refused before the create (a task whose video no call could fetch is money spent
    // for nothing), saying how to give it.
    let r = generate(&[], "w.mp4");
    assert_ne!(r.code, 0, "{r:?}");
    assert!(
        r.stderr.contains("no default URL for its host `files`")
            && r.stderr.contains("--host files=URL"),
        "{r:?}"
    );
    assert!(r.stderr.contains("nothing sent"), "{r:?}");
    assert_eq!(
        sim.requests("submit"),
        1,
        "only the first run's create was sent"
    );
    assert!(!dir.join("w.mp4").exists());
}

#[test]
fn a_host_flag_that_is_not_name_equals_url_is_refused_before_anything() {
    let dir = scratch_dir("host-flag-bad");
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "a cat",
            "--host",
            "files",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("`files` is not NAME=URL"), "{r:?}");
}
