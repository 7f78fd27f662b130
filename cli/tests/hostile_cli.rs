//! The `grokvid` binary against a hostile vendor (issue 11 §1, §2): what it prints, its exit code, the
//! files it leaves, and what reached the server (which logs every request and counts paid creates).
//! The key is a real-looking one in the environment; it must appear in no output.

use grokvid_sim::hostile::{Answer, Hostile};
use serde_json::json;
use std::path::Path;

mod common;

use common::{Run, scratch_dir};

const KEY: &str = "xai-hostile-0123456789abcdef";
const CREATE: &str = "/v1/videos/generations";

/// Runs the binary in `dir` with only the xai key configured (from the environment); the key is in
/// neither output stream, or the test fails.
fn run(dir: &Path, args: &[&str]) -> Run {
    let run = common::run(dir, args, &[("XAI_API_KEY", KEY)]);
    for text in [&run.stdout, &run.stderr] {
        assert!(!text.contains(&KEY[..8]), "the key leaked: {run:?}");
    }
    run
}

/// A command line's words (none of them holds a space).
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// A server where task `t1` is pending.
fn pending_task_server() -> Hostile {
    let server = Hostile::start().unwrap();
    server.answer(
        "/v1/videos/t1",
        Answer::json(&json!({ "status": "pending" })),
    );
    server
}

/// The hostile server's URL with `0.0.0.0` for its host: it reaches the server on Linux, but is not
/// a loopback name, nor xai's host.
fn unspecified(server: &Hostile) -> String {
    server.url().replace("127.0.0.1", "0.0.0.0")
}

#[test]
fn plain_http_to_a_host_that_is_not_this_machine_is_refused_unless_allowed() {
    let dir = scratch_dir("insecure");
    let server = pending_task_server();
    let base = unspecified(&server);
    let args = ["status", "--provider", "xai", "--base-url", &base, "t1"];
    let r = run(&dir, &args);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("the API key would travel unencrypted"),
        "{r:?}"
    );
    assert!(r.stderr.contains("--allow-insecure-http"), "{r:?}");
    assert_eq!(server.requests().len(), 0, "nothing sent");
    let r = run(&dir, &[&args[..], &["--allow-insecure-http"]].concat());
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.starts_with("t1: "), "{r:?}");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_handle_naming_another_host_is_refused_until_the_user_confirms_it() {
    let dir = scratch_dir("handle");
    let server = pending_task_server();
    let base = unspecified(&server);
    let handle = json!({ "provider": "xai", "base_url": base, "task_id": "t1" });
    std::fs::write(dir.join("handle.json"), handle.to_string()).unwrap();
    let r = run(
        &dir,
        &["--json", "status", "handle.json", "--allow-insecure-http"],
    );
    assert_eq!(r.code, 2, "{r:?}");
    let message = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        message.contains(&format!("confirm it with --base-url {base}")),
        "{r:?}"
    );
    assert_eq!(server.requests().len(), 0, "nothing sent");
    let r = run(
        &dir,
        &words(&format!(
            "status handle.json --allow-insecure-http --base-url {base}"
        )),
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_vendor_that_echoes_the_key_gets_it_into_no_output() {
    let dir = scratch_dir("echo");
    let server = Hostile::start().unwrap();
    server.answer(CREATE, Answer::Echo(401));
    let url = server.url();
    let args = [
        "generate",
        "--provider",
        "xai",
        "--prompt",
        "x",
        "--base-url",
        &url,
    ];
    let r = run(&dir, &args);
    assert_eq!(r.code, 3, "{r:?}");
    assert!(r.stderr.contains("Bearer ***"), "{r:?}");
    let r = run(&dir, &[&["--json"], &args[..]].concat());
    assert_eq!(r.code, 3, "{r:?}");
    assert_eq!(r.json()["error"]["kind"], "vendor");
    assert_eq!(server.hits(CREATE), 2, "one create per run");
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

#[test]
fn a_create_reply_without_end_is_cut_and_may_have_been_sent() {
    let dir = scratch_dir("endless-reply");
    let server = Hostile::start().unwrap();
    server.answer(CREATE, Answer::Endless);
    let url = server.url();
    let r = run(
        &dir,
        &words(&format!(
            "--json generate --provider xai --prompt x --base-url {url} \
             --max-reply-bytes 1048576"
        )),
    );
    assert_eq!(r.code, 6, "{r:?}");
    let error = &r.json()["error"];
    assert_eq!(error["kind"], "maybe_charged", "{r:?}");
    assert!(
        error["message"].as_str().unwrap().contains("cap of 1 MiB"),
        "{r:?}"
    );
    assert_eq!(server.hits(CREATE), 1, "one paid create");
}

/// `grokvid --json download` of completed task `t1` whose video answers `video`, with `flags`; the
/// error document and the folder, after checking that the download failed (exit 1) leaving no file.
fn failed_download(name: &str, video: Answer, flags: &str) -> serde_json::Value {
    let dir = scratch_dir(name);
    let server = Hostile::start().unwrap();
    let url = server.url();
    let done = json!({ "status": "done", "video": { "url": format!("{url}/video.mp4") } });
    server.answer("/v1/videos/t1", Answer::json(&done));
    server.answer("/video.mp4", video);
    let line = format!("--json download --provider xai --base-url {url} t1 --out v.mp4 {flags}");
    let r = run(&dir, &words(&line));
    assert_eq!(r.code, 1, "{r:?}");
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
    r.json()["error"].clone()
}

#[test]
fn a_video_without_end_stops_at_the_cap_and_leaves_no_file() {
    let flags = "--max-download-bytes 1048576";
    let error = failed_download("endless-video", Answer::Endless, flags);
    assert_eq!(error["kind"], "too_large", "{error}");
    assert_eq!(
        error["message"],
        "xai.video: the download is larger than the cap of 1 MiB (max_download_bytes, \
         --max-download-bytes); reading stopped"
    );
}

#[test]
fn a_video_larger_than_the_free_space_is_refused_before_writing() {
    // An exabyte announced, under a cap raised to the maximum: only the free space refuses it.
    let flags = format!("--max-download-bytes {}", u64::MAX);
    let error = failed_download("no-space", Answer::Announce(1 << 60), &flags);
    assert_eq!(error["kind"], "io", "{error}");
    let message = error["message"].as_str().unwrap();
    assert!(
        message.starts_with("v.mp4: not enough free space: the video is 1152921504606846976 bytes"),
        "{error}"
    );
}

#[test]
fn a_trickling_video_ends_at_the_download_deadline() {
    let trickle = Answer::Trickle(std::time::Duration::from_millis(50));
    let started = std::time::Instant::now();
    let error = failed_download("trickle-video", trickle, "--download-timeout 1");
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(60), "{took:?}");
    assert!(
        error["message"].as_str().unwrap().contains("timed out"),
        "{error}"
    );
}

#[test]
fn a_dot_dot_task_id_is_refused_before_sending() {
    let dir = scratch_dir("dot-dot");
    let server = Hostile::start().unwrap();
    let url = server.url();
    for id in ["..", "."] {
        let r = run(
            &dir,
            &["status", "--provider", "xai", "--base-url", &url, id],
        );
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr.contains("cannot be sent as a path segment"),
            "{r:?}"
        );
    }
    assert_eq!(server.requests().len(), 0, "nothing sent");
}
