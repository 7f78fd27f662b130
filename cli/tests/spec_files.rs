//! Specs at run time, with this binary built before the files existed: a copy of a shipped spec under a
//! new id and the made-up vendor (lumenhub) under a new id, written here into a temp folder, work with
//! `--spec FILE` (generate, simulate, spec test) and from the specs folder (`$GROKVID_SPECS`); a broken
//! copy prints its located errors and exits 2, and in the folder it hides no other spec.

mod common;

use common::{command, provider, run, sample_video, scratch_dir};
use grokvid_sim::{SimConfig, Simulator};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `specs/<shipped>.yaml` saved as `dir/<id>.yaml` with `id: <id>`.
fn copy_spec(dir: &Path, shipped: &str, id: &str) -> String {
    let text =
        std::fs::read_to_string(repo().join("specs").join(format!("{shipped}.yaml"))).unwrap();
    let renamed = text.replacen(&format!("  id: {shipped}\n"), &format!("  id: {id}\n"), 1);
    assert!(id == shipped || renamed != text, "no id line in {shipped}");
    let path = dir.join(format!("{id}.yaml"));
    std::fs::write(&path, renamed).unwrap();
    path.display().to_string()
}

/// The copy with `role: query` misspelled: a located error.
fn broken_copy(dir: &Path, shipped: &str, id: &str) -> String {
    let path = copy_spec(dir, shipped, id);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("role: query", "role: qeury", 1)).unwrap();
    path
}

/// `FILE:LINE:COL: ` at the start of some line of `text`.
fn has_located_error(text: &str, file: &str) -> bool {
    text.lines().any(|line| {
        line.strip_prefix(file)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|rest| {
                let mut parts = rest.splitn(3, ':');
                parts.next().is_some_and(|l| l.parse::<u32>().is_ok())
                    && parts.next().is_some_and(|c| c.parse::<u32>().is_ok())
            })
    })
}

#[test]
fn generate_with_a_spec_file_saves_the_simulators_mp4() {
    let dir = scratch_dir("spec-generate");
    for (shipped, id) in [("unified", "myunified"), ("lumenhub", "mylumen")] {
        let file = copy_spec(&dir, shipped, id);
        let out = format!("{id}.mp4");
        let r = run(
            &dir,
            &[
                "generate",
                "--spec",
                &file,
                "--prompt",
                "a cat surfing",
                "--out",
                &out,
            ],
            &[],
        );
        assert_eq!(r.code, 0, "{id}: {r:?}");
        assert!(
            r.stderr.contains(&format!("no key configured for {id}")),
            "{r:?}"
        );
        assert_eq!(
            std::fs::read(dir.join(&out)).unwrap(),
            sample_video(),
            "{id}"
        );
    }
}

#[test]
fn simulate_with_a_spec_file_answers_a_plain_http_create() {
    let dir = scratch_dir("spec-simulate");
    let file = copy_spec(&dir, "unified", "myunified");
    let mut child = command(&dir, &["simulate", "--spec", &file, "--instant"], &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .expect("simulate prints its server")
        .unwrap();
    let (id, base) = line.split_once('\t').unwrap();
    assert_eq!(id, "myunified");
    // What `curl -H 'Authorization: Bearer sim-key' -d '{...}' BASE/v1/video/create` sends.
    let host = base.trim_start_matches("http://");
    let body = r#"{"model":"grok-video-3","prompt":"a cat"}"#;
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "POST /v1/video/create HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer sim-key\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    // The hint names the provider the way another command can find it: by its file. It is printed after
    // the server line, so read stderr up to it before stopping the simulator (killing it first races).
    let hint = format!("grokvid generate --spec {file} --base-url {base}");
    let stderr = read_until(child.stderr.take().unwrap(), &hint);
    child.kill().unwrap();
    let _ = child.wait();
    assert!(stderr.contains(&hint), "{stderr}");
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let (_, json) = reply.split_once("\r\n\r\n").unwrap();
    let doc: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert!(
        doc["id"].as_str().is_some_and(|id| id.starts_with("task_")),
        "{doc}"
    );
}

/// What `stream` prints up to and including the first line holding `wanted` (or all of it, should the
/// process end first). A reader thread keeps a silent, still-running process from hanging the test.
fn read_until(stream: impl Read + Send + 'static, wanted: &str) -> String {
    let (lines, seen) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut text = String::new();
    while let Ok(line) = seen.recv_timeout(std::time::Duration::from_secs(120)) {
        text.push_str(&line);
        text.push('\n');
        if line.contains(wanted) {
            break;
        }
    }
    text
}

#[test]
fn spec_test_passes_a_spec_file_with_its_fixtures() {
    let dir = scratch_dir("spec-test-file");
    for (shipped, id) in [("unified", "myunified"), ("lumenhub", "mylumen")] {
        let file = copy_spec(&dir, shipped, id);
        let fixtures = repo().join("tests/fixtures").join(shipped);
        let fixtures = fixtures.display().to_string();
        let r = run(&dir, &["spec", "test", &file, "--fixtures", &fixtures], &[]);
        assert_eq!(r.code, 0, "{id}: {r:?}");
        assert!(r.stdout.starts_with(&format!("{id}: ")), "{r:?}");
        assert!(r.stdout.contains(", 0 failed"), "{r:?}");
        assert!(r.stdout.contains("  pass  requests/"), "{r:?}");
        assert!(
            r.stdout.contains("  pass  create, wait, download: "),
            "{r:?}"
        );
    }
}

#[test]
fn a_broken_spec_file_prints_located_errors_and_exits_2() {
    let dir = scratch_dir("spec-broken");
    let file = broken_copy(&dir, "unified", "myunified");
    for args in [
        vec!["spec", "test", file.as_str()],
        vec!["generate", "--spec", &file, "--prompt", "a cat"],
        vec!["simulate", "--spec", &file],
    ] {
        let r = run(&dir, &args, &[]);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(has_located_error(&r.stderr, &file), "{args:?}: {r:?}");
        assert!(r.stderr.contains("qeury"), "{args:?}: {r:?}");
    }
}

#[test]
fn the_specs_folder_joins_the_providers_and_a_broken_spec_hides_no_other() {
    let dir = scratch_dir("spec-folder");
    let specs = dir.join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    let good = copy_spec(&specs, "lumenhub", "mylumen");
    let broken = broken_copy(&specs, "unified", "myunified");
    // A user spec with a built-in id replaces the built-in one, said once.
    let xai = copy_spec(&specs, "xai", "xai");
    let folder = specs.display().to_string();
    let env = [("GROKVID_SPECS", folder.as_str())];
    let r = run(&dir, &["providers"], &env);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains(&format!("mylumen   {good}")), "{r:?}");
    assert!(r.stdout.contains(&format!("xai       {xai}")), "{r:?}");
    assert!(r.stdout.contains("geeknow   built-in"), "{r:?}");
    assert!(!r.stdout.contains("myunified"), "{r:?}");
    assert!(has_located_error(&r.stderr, &broken), "{r:?}");
    assert_eq!(
        r.stderr
            .matches("replaces the built-in provider `xai`")
            .count(),
        1,
        "{r:?}"
    );
    let r = run(&dir, &["--json", "providers", "mylumen"], &env);
    assert_eq!(r.json()["source"], good.as_str(), "{r:?}");
    // And it generates like a built-in one.
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "mylumen",
            "--prompt",
            "a cat",
            "--out",
            "f.mp4",
        ],
        &env,
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(std::fs::read(dir.join("f.mp4")).unwrap(), sample_video());
}

#[test]
fn a_task_of_a_spec_file_is_continued_with_the_same_spec() {
    let dir = scratch_dir("spec-next");
    let file = copy_spec(&dir, "unified", "myunified");
    // The copy has unified's routes, so a unified simulator plays its vendor.
    let sim = Simulator::start(provider("unified"), SimConfig::default()).unwrap();
    let url = sim.base_url();
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--spec",
            &file,
            "--prompt",
            "a cat",
            "--base-url",
            &url,
            "--no-wait",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    let next = doc["next"].as_str().unwrap_or_default().to_string();
    assert!(
        next.starts_with(&format!(
            "grokvid download --spec {file} --provider myunified "
        )),
        "{doc}"
    );
    // The printed command works (here without the shell: its words after `grokvid`).
    let words: Vec<&str> = next.split(' ').skip(1).collect();
    let r = run(&dir, &words, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    let saved = std::fs::read(dir.join("myunified-video.mp4")).unwrap();
    assert_eq!(saved, sim.video_bytes().to_vec());
}
