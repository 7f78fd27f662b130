//! The `grokvid` binary end to end, offline: against the built-in simulator for every provider, and
//! against simulators started here (faults, failover, resuming). Each run gets a clean environment: no
//! provider key variables, and a key file of its own.

use grokvid::capabilities::Capabilities;
use grokvid_sim::{Clock, Fault, SimConfig, Simulator};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

mod common;

use common::{command, provider, run, sample_video, scratch_dir, slow};

fn sim(id: &str, clock: Clock) -> Simulator {
    let config = SimConfig {
        clock,
        ..SimConfig::default()
    };
    Simulator::start(provider(id), config).unwrap()
}

/// The env var that makes the command use the simulator's key for `id`.
fn key_env(id: &str) -> (&'static str, &'static str) {
    (provider(id).auth().env(), "sim-key")
}

/// Arguments a provider needs besides the prompt: the reference images it requires, in the kind it
/// takes (from the capability table).
fn required_images(caps: &Capabilities, dir: &Path) -> Vec<String> {
    (0..caps.images.min)
        .map(|i| {
            if caps.images.urls {
                format!("https://example.com/ref{i}.png")
            } else {
                let path = dir.join(format!("ref{i}.png"));
                std::fs::write(&path, b"\x89PNG\r\n\x1a\n").unwrap();
                path.display().to_string()
            }
        })
        .collect()
}

#[test]
fn generate_on_the_built_in_simulator_for_every_provider() {
    let video = sample_video();
    std::thread::scope(|scope| {
        for p in grokvid::providers::ALL {
            let video = &video;
            scope.spawn(move || {
                let dir = scratch_dir(&format!("builtin-{}", p.id()));
                let caps = grokvid::capabilities(p);
                let images = required_images(&caps, &dir);
                let mut args = vec![
                    "--json",
                    "generate",
                    "--provider",
                    p.id(),
                    "--prompt",
                    "A cat surfing a wave at sunset",
                    "--out",
                    "video.mp4",
                ];
                for image in &images {
                    args.extend(["--image", image.as_str()]);
                }
                let r = run(&dir, &args, &[]);
                assert_eq!(r.code, 0, "{}: {r:?}", p.id());
                assert_eq!(
                    std::fs::read(dir.join("video.mp4")).unwrap(),
                    *video,
                    "{}: the saved file is the simulator's MP4",
                    p.id()
                );
                assert!(
                    r.stderr.contains(&format!(
                        "no key configured for {} (${}",
                        p.id(),
                        p.auth().env()
                    )) && r.stderr.contains("using the built-in"),
                    "{}: says on stderr that it uses the simulator: {r:?}",
                    p.id()
                );
                let doc = r.json();
                assert_eq!(doc["provider"], p.id());
                assert_eq!(doc["simulated"], true);
                assert_eq!(doc["file"], "video.mp4");
                assert_eq!(doc["bytes"], video.len());
                assert_eq!(doc["task"]["status"], "completed");
                assert_eq!(doc["handle"]["provider"], p.id());
                assert_eq!(doc["handle"]["last_status"], "completed");
                assert!(
                    doc["handle"]["task_id"]
                        .as_str()
                        .is_some_and(|id| !id.is_empty())
                );
                assert_eq!(doc["operation"], caps.operation.unwrap());
            });
        }
    });
}

#[test]
fn human_output_prints_the_saved_path_on_stdout() {
    let dir = scratch_dir("human");
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "a cat",
            "--out",
            "cat.mp4",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout.trim(), "cat.mp4");
    assert!(r.stderr.contains("saved cat.mp4"), "{r:?}");
    assert!(r.stderr.contains("completed"), "progress is shown: {r:?}");
}

#[test]
fn invalid_input_exits_2_before_anything_starts() {
    let dir = scratch_dir("invalid");
    // A value the provider cannot honour.
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "acedata",
            "--prompt",
            "x",
            "--resolution",
            "1080p",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "unsupported");
    assert_eq!(e["exit_code"], 2);
    assert_eq!(e["provider"], "acedata");
    assert_eq!(e["field"], "resolution");
    assert_eq!(e["limit"], "`1080p` is not offered; it accepts 480p, 720p");
    assert!(
        !r.stderr.contains("simulator"),
        "nothing was started: {r:?}"
    );

    // What the typed request requires.
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "jimmyai",
            "--prompt",
            "x",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "invalid");
    assert_eq!(e["violations"][0]["field"], "jimmyai: image_urls (images)");

    // A local image that does not exist.
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "geeknow",
            "--prompt",
            "x",
            "--image",
            "nope.png",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.json()["error"]["message"],
        "--image nope.png: no such file"
    );

    // Unknown provider, unknown extra, and a usage error caught by clap.
    let r = run(
        &dir,
        &["generate", "--provider", "nope", "--prompt", "x"],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("unknown provider `nope` (known: acedata"),
        "{r:?}"
    );
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "aizfw",
            "--prompt",
            "x",
            "--set",
            "fps=30",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("aizfw cannot honour fps: not a field of aizfw.create"),
        "{r:?}"
    );
    let r = run(&dir, &["generate", "--provider", "xai"], &[]);
    assert_eq!(r.code, 2, "{r:?}");
    // Several providers, none of which can take it: each one's reason.
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "xai,acedata",
            "--prompt",
            "x",
            "--resolution",
            "1080p",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "failover");
    let verdicts: Vec<(&str, &str)> = e["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["provider"].as_str().unwrap(),
                a["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(verdicts, [("xai", "rejected"), ("acedata", "rejected")]);
}

#[test]
fn vendor_rejection_exits_3() {
    let dir = scratch_dir("vendor");
    let s = sim("xai", Clock::Instant);
    s.inject(
        "generations",
        Fault::Status {
            code: 400,
            retry_after: None,
        },
        1,
    );
    let url = s.base_url();
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "x",
            "--base-url",
            &url,
        ],
        &[key_env("xai")],
    );
    assert_eq!(r.code, 3, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "vendor");
    assert_eq!(e["http_status"], 400);
    assert!(
        r.stderr.contains("xai: using the key from $XAI_API_KEY"),
        "{r:?}"
    );
}

#[test]
fn a_failed_task_exits_4() {
    let dir = scratch_dir("failed");
    let s = sim("geeknow", Clock::Instant);
    s.inject(
        "query",
        Fault::FailTask("render crashed".into()),
        usize::MAX,
    );
    let url = s.base_url();
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "geeknow",
            "--prompt",
            "x",
            "--base-url",
            &url,
        ],
        &[key_env("geeknow")],
    );
    assert_eq!(r.code, 4, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "task_ended");
    assert_eq!(e["task"]["status"], "failed");
    assert!(
        e["task"]["error"]
            .as_str()
            .unwrap()
            .contains("render crashed"),
        "{r:?}"
    );
    assert!(!dir.join("geeknow-video.mp4").exists());
}

#[test]
fn a_timeout_exits_5_with_a_handle_that_resumes() {
    let dir = scratch_dir("timeout");
    let s = sim("aizfw", slow());
    let url = s.base_url();
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "aizfw",
            "--prompt",
            "x",
            "--base-url",
            &url,
            "--timeout",
            "1",
        ],
        &[key_env("aizfw")],
    );
    assert_eq!(r.code, 5, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "deadline");
    let handle = &e["handle"];
    assert_eq!(handle["provider"], "aizfw");
    assert_eq!(handle["base_url"], url.as_str());
    std::fs::write(dir.join("handle.json"), handle.to_string()).unwrap();
    // The handle resumes: here with a key from the key file.
    std::fs::write(dir.join("keys.toml"), "# test keys\naizfw = \"sim-key\"\n").unwrap();
    let r = run(&dir, &["--json", "status", "handle.json"], &[]);
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    assert_eq!(doc["task"]["status"], "queued");
    assert_eq!(doc["handle"]["task_id"], handle["task_id"]);
    assert!(r.stderr.contains("aizfw: using the key from"), "{r:?}");
    // Waiting again runs out again.
    let r = run(&dir, &["wait", "handle.json", "--timeout", "1"], &[]);
    assert_eq!(r.code, 5, "{r:?}");
    assert!(
        r.stdout.contains(handle["task_id"].as_str().unwrap()),
        "{r:?}"
    );
}

#[test]
fn no_wait_then_status_wait_and_download() {
    let dir = scratch_dir("resume");
    let s = sim("xai", Clock::Instant);
    let url = s.base_url();
    let env = [key_env("xai")];
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "x",
            "--base-url",
            &url,
            "--no-wait",
        ],
        &env,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    assert_eq!(doc["task"]["status"], "queued");
    let id = doc["handle"]["task_id"].as_str().unwrap().to_string();
    // The whole `--json` document works as a handle file.
    std::fs::write(dir.join("submitted.json"), &r.stdout).unwrap();

    let r = run(&dir, &["status", "submitted.json"], &env);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.starts_with(&format!("{id}: ")), "{r:?}");

    let r = run(&dir, &["--json", "wait", "submitted.json"], &env);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["task"]["status"], "completed");

    // By provider and id.
    let r = run(
        &dir,
        &[
            "--json",
            "status",
            "--provider",
            "xai",
            "--base-url",
            &url,
            &id,
        ],
        &env,
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["task"]["status"], "completed");

    let r = run(
        &dir,
        &["--json", "download", "submitted.json", "--out", "got.mp4"],
        &env,
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["bytes"], s.video_bytes().len());
    assert_eq!(
        std::fs::read(dir.join("got.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );

    // A handle on stdin.
    let handle = serde_json::to_string(&doc["handle"]).unwrap();
    let mut child = command(&dir, &["download", "-", "--out", "stdin.mp4"], &env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), handle.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(dir.join("stdin.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );

    // An id without a provider is not a handle.
    let r = run(&dir, &["status", &id], &env);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("for a task id, add --provider P"),
        "{r:?}"
    );
}

/// The task's times (a spec declaring them under `times:`) as `status` and `wait` print the task: RFC
/// 3339 in `--json`, `created …`/`finished …` on the line; no finish time before the task has ended.
#[test]
fn status_and_wait_show_the_task_times() {
    let dir = scratch_dir("times");
    let id = "geeknow";
    let s = sim(id, Clock::Instant);
    let url = s.base_url();
    let env = [key_env(id)];
    let args = ["--json", "generate", "--provider", id, "--prompt", "x"];
    let r = run(
        &dir,
        &[&args[..], &["--base-url", &url, "--no-wait"]].concat(),
        &env,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let created = r.json()["task"]["created_at"].clone();
    let at = created
        .as_str()
        .unwrap_or_else(|| panic!("created_at: {r:?}"));
    assert!(at.starts_with("20") && at.ends_with('Z'), "{at}");
    assert_eq!(r.json()["task"].get("finished_at"), None, "{r:?}");
    std::fs::write(dir.join("submitted.json"), &r.stdout).unwrap();

    let r = run(&dir, &["wait", "submitted.json"], &env);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains(&format!(" created {at}")), "{r:?}");
    assert!(r.stdout.contains(" finished 20"), "{r:?}");

    let r = run(&dir, &["--json", "status", "submitted.json"], &env);
    assert_eq!(r.code, 0, "{r:?}");
    let task = &r.json()["task"];
    assert_eq!(task["status"], "completed");
    assert_eq!(task["created_at"], created);
    let finished = task["finished_at"]
        .as_str()
        .unwrap_or_else(|| panic!("{r:?}"));
    assert!(finished >= at, "finished {finished} before created {at}");
}

#[test]
fn an_operation_without_a_neutral_mapping_takes_prompt_and_set() {
    let dir = scratch_dir("raw-operation");
    let s = sim("xai", Clock::Instant);
    let url = s.base_url();
    let args = [
        "--json",
        "generate",
        "--provider",
        "xai",
        "--operation",
        "edits",
        "--prompt",
        "make it blue",
        "--set",
        r#"video={"url": "https://example.com/v.mp4"}"#,
        "--base-url",
        &url,
        "--out",
        "e.mp4",
    ];
    let r = run(&dir, &args, &[key_env("xai")]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["operation"], "edits");
    assert_eq!(s.requests("edits"), 1);
    assert_eq!(
        std::fs::read(dir.join("e.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );
    // Neutral fields have nowhere to go there.
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "xai",
            "--operation",
            "edits",
            "--prompt",
            "x",
            "--duration",
            "5",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("xai.edits has no provider-neutral mapping"),
        "{r:?}"
    );
}

/// Raw mode sends only the fields the operation has: an operation with no `prompt` field gets none (the
/// simulator refuses any field the spec does not list), and naming a field it lacks sends nothing. The
/// operation is `tests/specs/fileonly.yaml`'s `submit` (fields `engine`, `text`, `length`), a spec
/// given with `--spec`.
#[test]
fn an_operation_without_a_prompt_is_sent_none() {
    let dir = scratch_dir("raw-no-prompt");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs/fileonly.yaml");
    let spec = spec.to_str().unwrap();
    let fileonly = grokvid::Provider::from_file(spec).unwrap();
    let s = Simulator::start(fileonly, SimConfig::default()).unwrap();
    let url = s.base_url();
    let submit = |extra: &[&'static str]| {
        let mut args = vec![
            "--json",
            "generate",
            "--spec",
            spec,
            "--operation",
            "submit",
            "--set",
            "engine=grok-video-3",
            "--set",
            "text=a lantern",
            "--base-url",
            &url,
            "--out",
            "u.mp4",
            "--force",
        ];
        args.extend(extra);
        run(&dir, &args, &[(fileonly.auth().env(), "sim-key")])
    };
    let r = submit(&[]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["operation"], "submit");
    assert_eq!(s.requests("submit"), 1);
    assert_eq!(
        std::fs::read(dir.join("u.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );

    // A prompt, or any field the operation lacks, is refused by name, and nothing is sent.
    for (extra, flag, field) in [
        (&["--prompt", "sharper"][..], "--prompt", "prompt"),
        (&["--set", "seed=7"][..], "--set seed=...", "seed"),
    ] {
        let r = submit(extra);
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr.contains(&format!(
                "`{flag}`: submit has no field `{field}`; its fields are: engine, text, length"
            )),
            "{r:?}"
        );
    }
    assert_eq!(s.requests("submit"), 1);

    // A neutral request still needs its prompt.
    let lumenhub = sim("lumenhub", Clock::Instant);
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "lumenhub",
            "--base-url",
            &lumenhub.base_url(),
        ],
        &[key_env("lumenhub")],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--prompt is required"), "{r:?}");
    assert_eq!(lumenhub.requests("create"), 0);
}

/// Reads stderr lines until one contains `needle` (the rest keeps draining in the background).
fn wait_for_line(child: &mut Child, needle: &str) -> String {
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut seen = String::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("no `{needle}` on stderr; saw:\n{seen}"));
        seen.push_str(&line);
        seen.push('\n');
        if line.contains(needle) {
            return seen;
        }
    }
}

fn interrupt(child: &Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn ctrl_c_while_waiting_prints_the_resumable_handle() {
    let dir = scratch_dir("ctrl-c");
    let s = sim("lumenhub", slow());
    let url = s.base_url();
    let mut child = command(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "lumenhub",
            "--prompt",
            "x",
            "--base-url",
            &url,
        ],
        &[key_env("lumenhub")],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    wait_for_line(&mut child, "submitted task");
    std::thread::sleep(Duration::from_millis(300));
    interrupt(&child);
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{stdout}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["interrupted"], true);
    assert_eq!(doc["handle"]["provider"], "lumenhub");
    std::fs::write(dir.join("handle.json"), doc["handle"].to_string()).unwrap();
    let r = run(
        &dir,
        &["--json", "status", "handle.json"],
        &[key_env("lumenhub")],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["task"]["status"], "queued");
}

#[test]
fn failover_moves_on_only_when_the_first_provider_refused() {
    let dir = scratch_dir("failover");
    let env = [key_env("xai"), key_env("aizfw")];
    let refuse = |code| Fault::Status {
        code,
        retry_after: None,
    };
    // The first refuses: the second takes it and the video is saved.
    let (first, second) = (sim("xai", Clock::Instant), sim("aizfw", Clock::Instant));
    first.inject("generations", refuse(400), 1);
    let (u1, u2) = (
        format!("xai={}", first.base_url()),
        format!("aizfw={}", second.base_url()),
    );
    let args = [
        "--json",
        "generate",
        "--provider",
        "xai,aizfw",
        "--prompt",
        "x",
        "--duration",
        "8",
        "--base-url",
        &u1,
        "--base-url",
        &u2,
        "--out",
        "v.mp4",
    ];
    let r = run(&dir, &args, &env);
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    assert_eq!(doc["provider"], "aizfw");
    assert_eq!(doc["passed_over"][0]["provider"], "xai");
    assert_eq!(doc["passed_over"][0]["verdict"], "refused");
    assert_eq!(
        (first.requests("generations"), second.requests("create")),
        (1, 1)
    );
    assert_eq!(
        std::fs::read(dir.join("v.mp4")).unwrap(),
        second.video_bytes().to_vec()
    );

    // The first fails after receiving the create: no failover.
    let (first, second) = (sim("xai", Clock::Instant), sim("aizfw", Clock::Instant));
    first.inject("generations", refuse(500), 1);
    let (u1, u2) = (
        format!("xai={}", first.base_url()),
        format!("aizfw={}", second.base_url()),
    );
    let args = [
        "--json",
        "generate",
        "--provider",
        "xai,aizfw",
        "--prompt",
        "x",
        "--duration",
        "8",
        "--base-url",
        &u1,
        "--base-url",
        &u2,
    ];
    let r = run(&dir, &args, &env);
    // A 5xx after the create was sent: it may have been charged (exit 6), not a plain rejection.
    assert_eq!(r.code, 6, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "failover");
    assert_eq!(e["may_have_been_taken"], true);
    assert_eq!(e["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(e["attempts"][0]["verdict"], "maybe_taken");
    assert_eq!(
        (first.requests("generations"), second.requests("create")),
        (1, 0)
    );
}

#[test]
fn a_real_request_never_fails_over_to_the_built_in_simulator() {
    let dir = scratch_dir("no-fake-failover");
    let first = sim("xai", Clock::Instant);
    first.inject(
        "generations",
        Fault::Status {
            code: 400,
            retry_after: None,
        },
        1,
    );
    let u1 = format!("xai={}", first.base_url());
    // xai has a key; aizfw has none, so it would only reach a simulator: it is skipped.
    let args = [
        "--json",
        "generate",
        "--provider",
        "xai,aizfw",
        "--prompt",
        "x",
        "--duration",
        "8",
        "--base-url",
        &u1,
    ];
    let r = run(&dir, &args, &[key_env("xai")]);
    assert_eq!(r.code, 3, "{r:?}");
    assert!(
        r.stderr
            .contains("skipping aizfw: no key configured ($AIZFW_API_KEY)"),
        "{r:?}"
    );
    assert!(!r.stderr.contains("built-in"), "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "failover");
    assert_eq!(e["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(e["attempts"][0]["verdict"], "refused");
}

#[test]
fn keys_come_from_the_env_var_or_the_key_file() {
    let dir = scratch_dir("keys");
    let config = SimConfig {
        api_key: "file-key".to_string(),
        clock: Clock::Instant,
        ..SimConfig::default()
    };
    let s = Simulator::start(provider("unified"), config).unwrap();
    let url = s.base_url();
    let args = [
        "--json",
        "generate",
        "--provider",
        "unified",
        "--prompt",
        "x",
        "--base-url",
        &url,
        "--no-wait",
    ];
    // No key: a local base URL is taken as a simulator with the default key, which this one refuses.
    let r = run(&dir, &args, &[]);
    assert_eq!(r.code, 3, "{r:?}");
    assert_eq!(r.json()["error"]["http_status"], 401);
    // The key file, by provider id or env var name.
    std::fs::write(dir.join("keys.toml"), "[keys]\nunified = \"file-key\"\n").unwrap();
    let r = run(&dir, &args, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stderr.contains(&format!(
            "using the key from {}",
            dir.join("keys.toml").display()
        )),
        "{r:?}"
    );
    std::fs::write(dir.join("keys.toml"), "UNIFIED_API_KEY = 'file-key'\n").unwrap();
    assert_eq!(run(&dir, &args, &[]).code, 0);
    // The env var wins over the file.
    let r = run(&dir, &args, &[("UNIFIED_API_KEY", "wrong")]);
    assert_eq!(r.code, 3, "{r:?}");
    // A key file that cannot be read as key lines is invalid input.
    std::fs::write(dir.join("keys.toml"), "unified\n").unwrap();
    let r = run(&dir, &args, &[]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("keys.toml:1: expected `provider = \"key\"`"),
        "{r:?}"
    );
    // A remote base URL without a key is refused before sending.
    std::fs::write(dir.join("keys.toml"), "").unwrap();
    let r = run(
        &dir,
        &[
            "generate",
            "--provider",
            "unified",
            "--prompt",
            "x",
            "--base-url",
            "https://example.com",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("no key for unified: set $UNIFIED_API_KEY"),
        "{r:?}"
    );
}

#[test]
fn providers_prints_the_capability_table() {
    let dir = scratch_dir("providers");
    let r = run(&dir, &["--json", "providers"], &[]);
    assert_eq!(r.code, 0, "{r:?}");
    // Each with where it comes from.
    let mut want = serde_json::to_value(grokvid::capabilities::all()).unwrap();
    for caps in want.as_array_mut().unwrap() {
        caps["source"] = "built-in".into();
    }
    assert_eq!(r.json(), want);

    let r = run(&dir, &["providers"], &[]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .starts_with(&grokvid::capabilities::table(&grokvid::capabilities::all())),
        "{r:?}"
    );
    assert!(r.stdout.contains("grokvid providers ID"), "{r:?}");
    assert!(r.stdout.lines().all(|l| l.chars().count() <= 100), "{r:?}");

    let r = run(&dir, &["--json", "providers", "geeknow"], &[]);
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    assert_eq!(doc["capabilities"]["transport"], "multipart");
    let fields = doc["operations"][0]["fields"].as_array().unwrap();
    let refs = fields
        .iter()
        .find(|f| f["name"] == "input_reference")
        .unwrap();
    assert_eq!(refs["type"], "list<file>");
    assert_eq!(refs["neutral"], "images");
    assert_eq!(
        refs["limits"]["accept"],
        serde_json::json!(["png", "jpeg", "webp"])
    );
    let r = run(&dir, &["--json", "providers", "lumenhub"], &[]);
    let fields = r.json()["operations"][0]["fields"].clone();
    let duration = fields
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "duration")
        .unwrap()
        .clone();
    assert_eq!(
        (
            duration["limits"]["min"].clone(),
            duration["limits"]["max"].clone()
        ),
        (2.0.into(), 12.0.into())
    );
    assert_eq!(
        (duration["default"].clone(), duration["default_by"].clone()),
        (5.into(), "vendor".into())
    );

    let r = run(&dir, &["providers", "aizfw"], &[]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.starts_with("aizfw (GlobalAI OPC (aizfw))\n"),
        "{r:?}"
    );
    assert!(
        r.stdout
            .contains("when model = grok_video3_pro: duration is fixed at 10"),
        "{r:?}"
    );
    assert_eq!(run(&dir, &["providers", "nope"], &[]).code, 2);
}

#[test]
fn spec_check_reports_every_problem() {
    let dir = scratch_dir("spec-check");
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut files: Vec<String> = std::fs::read_dir(&specs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    let mut args = vec!["spec", "check"];
    args.extend(files.iter().map(String::as_str));
    let r = run(&dir, &args, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    std::fs::write(dir.join("bad.yaml"), "provider: {id: bad}\n").unwrap();
    let r = run(&dir, &["--json", "spec", "check", "bad.yaml"], &[]);
    assert_eq!(r.code, 2, "{r:?}");
    let doc = r.json();
    assert_eq!(doc["files"][0]["ok"], false);
    assert!(
        doc["files"][0]["problems"][0]
            .as_str()
            .unwrap()
            .starts_with("bad.yaml:"),
        "{r:?}"
    );
}

#[test]
fn simulate_quiet_lists_no_requests() {
    let dir = scratch_dir("simulate-quiet");
    let mut child = command(&dir, &["simulate", "--provider", "xai", "--quiet"], &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .expect("simulate prints its server")
        .unwrap();
    let url = line.split('\t').nth(1).unwrap().to_string();
    let r = run(
        &dir,
        &["status", "--provider", "xai", "--base-url", &url, "nope"],
        &[key_env("xai")],
    );
    assert_ne!(r.code, 0, "{r:?}");
    interrupt(&child);
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(stderr.contains("--quiet"), "{stderr}");
    assert!(!stderr.contains("xai GET"), "{stderr}");
}

#[test]
fn simulate_serves_with_faults_until_interrupted() {
    let dir = scratch_dir("simulate");
    let mut child = command(
        &dir,
        &[
            "--json",
            "simulate",
            "--provider",
            "xai",
            "--instant",
            "--fault",
            "generations=429x1",
        ],
        &[],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // The JSON document of the served simulators.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut text = String::new();
    let doc: Value = loop {
        let line = lines.next().expect("simulate prints its servers").unwrap();
        text.push_str(&line);
        text.push('\n');
        if let Ok(doc) = serde_json::from_str(&text) {
            break doc;
        }
    };
    assert_eq!(doc["api_key"], "sim-key");
    assert_eq!(doc["simulators"][0]["provider"], "xai");
    let url = doc["simulators"][0]["base_url"]
        .as_str()
        .unwrap()
        .to_string();
    // The injected 429 is retried by the client (a refused create may be repeated), then it goes through.
    let r = run(
        &dir,
        &[
            "--json",
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "x",
            "--base-url",
            &url,
            "--out",
            "s.mp4",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(std::fs::read(dir.join("s.mp4")).unwrap(), sample_video());
    interrupt(&child);
    assert_eq!(child.wait().unwrap().code(), Some(0));
    // One line per request received, the refused create included.
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    for line in [
        "xai POST /v1/videos/generations 429",
        "xai POST /v1/videos/generations 200",
        "xai GET /v1/videos/",
    ] {
        assert!(stderr.contains(line), "no `{line}` in:\n{stderr}");
    }

    // A fault for a route no served provider has is invalid input.
    let r = run(
        &dir,
        &["simulate", "--provider", "xai", "--fault", "nope=500"],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
}
