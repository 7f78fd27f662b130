//! Paid work is never misreported or lost (issue 11 §3): the `grokvid` binary against simulators with
//! injected faults and small loopback servers written here. Every paid-create case counts the creates
//! the server saw, and no output ever holds the key.

use grokvid_sim::{Clock, Fault, Simulator};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;

use common::{provider, slow};

const BIN: &str = env!("CARGO_BIN_EXE_grokvid");
/// The key every server here accepts; it must never be printed.
const KEY: &str = "sk-paid-work-secret-7f3a9c";

/// A simulator of `id` that accepts [`KEY`].
fn sim(id: &str, clock: Clock) -> Simulator {
    common::sim_with(id, KEY, clock)
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-paid-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `grokvid --json ARGS` in `dir`, with [`KEY`] as the key of `key_for` (if any) and no other key.
fn grokvid(dir: &Path, key_for: Option<&str>, args: &[&str]) -> Command {
    let mut cmd = human(dir, key_for, &["--json"]);
    cmd.args(args);
    cmd
}

/// `grokvid ARGS` as a person runs it (no `--json`), otherwise as [`grokvid`].
fn human(dir: &Path, key_for: Option<&str>, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir);
    for p in grokvid::providers::ALL {
        cmd.env_remove(p.auth().env());
    }
    cmd.env_remove("XDG_CONFIG_HOME")
        .env("GROKVID_CONFIG", dir.join("keys.toml"));
    if let Some(id) = key_for {
        cmd.env(provider(id).auth().env(), KEY);
    }
    cmd
}

/// What a finished run printed.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Outcome {
    fn of(output: std::process::Output) -> Outcome {
        let outcome = Outcome {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        assert!(
            !outcome.stdout.contains(KEY) && !outcome.stderr.contains(KEY),
            "the key was printed: {outcome:?}"
        );
        outcome
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}): {self:?}"))
    }
}

impl std::fmt::Debug for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

fn finish(mut cmd: Command) -> Outcome {
    Outcome::of(cmd.output().unwrap())
}

/// What the loopback server answers.
enum Answer {
    Json(u16, String),
    /// A video of this many bytes of which only the first 64 KiB ever arrive.
    Trickle(u64),
}

/// A loopback server answering each request with `route(method, path, own base URL)`, counting
/// requests.
struct Loopback {
    url: String,
    requests: Arc<AtomicUsize>,
}

impl Loopback {
    fn start(route: impl Fn(&str, &str, &str) -> Answer + Send + Sync + 'static) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let (counter, base, route) = (requests.clone(), url.clone(), Arc::new(route));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (counter, base, route) = (counter.clone(), base.clone(), route.clone());
                std::thread::spawn(move || {
                    let Some((method, path)) = read_request(&mut stream) else {
                        return;
                    };
                    counter.fetch_add(1, Ordering::SeqCst);
                    let _ = match route(&method, &path, &base) {
                        Answer::Json(status, body) => write!(
                            stream,
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n\
                             content-length: {}\r\nconnection: close\r\n\r\n{body}",
                            body.len()
                        ),
                        Answer::Trickle(size) => write!(
                            stream,
                            "HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\n\
                             content-length: {size}\r\n\r\n"
                        )
                        .and_then(|()| stream.write_all(&[0; 64 << 10]))
                        .map(|()| std::thread::sleep(Duration::from_secs(60))),
                    };
                });
            }
        });
        Loopback { url, requests }
    }

    /// Every request answered with `status` and `body`.
    fn canned(status: u16, body: &'static str) -> Loopback {
        Loopback::start(move |_, _, _| Answer::Json(status, body.to_string()))
    }

    /// An xAI-shaped vendor whose task `r-1` is done at once and whose video never finishes arriving.
    fn endless_video() -> Loopback {
        Loopback::start(|method, path, base| match (method, path) {
            ("POST", "/v1/videos/generations") => {
                Answer::Json(200, r#"{"request_id":"r-1"}"#.to_string())
            }
            ("GET", "/v1/videos/r-1") => Answer::Json(
                200,
                format!(r#"{{"status":"done","video":{{"url":"{base}/video.mp4"}}}}"#),
            ),
            // A few MiB announced: enough to be still arriving, little enough for any free space.
            ("GET", "/video.mp4") => Answer::Trickle(4 << 20),
            _ => Answer::Json(404, r#"{"error":"no such route"}"#.to_string()),
        })
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// Reads one request's head and body (by Content-Length): its method and path.
fn read_request(stream: &mut std::net::TcpStream) -> Option<(String, String)> {
    let mut reader = BufReader::new(stream);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    let mut words = first.split_whitespace();
    let (method, path) = (words.next()?.to_string(), words.next()?.to_string());
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((method, path))
}

/// `grokvid wait --provider xai ID --base-url URL EXTRA`.
fn wait_xai(dir: &Path, id: &str, url: &str, extra: &[&str]) -> Command {
    let mut args = vec!["wait", "--provider", "xai", id, "--base-url", url];
    args.extend_from_slice(extra);
    grokvid(dir, Some("xai"), &args)
}

fn generate_xai(dir: &Path, url: &str, extra: &[&str]) -> Command {
    let mut args = vec![
        "generate",
        "--provider",
        "xai",
        "--prompt",
        "a cat",
        "--base-url",
        url,
    ];
    args.extend_from_slice(extra);
    grokvid(dir, Some("xai"), &args)
}

#[test]
fn a_create_reply_without_a_task_id_may_have_been_charged() {
    let dir = scratch("no-id");
    let server = Loopback::canned(200, r#"{"status":"accepted","req_id":"r-77"}"#);
    let r = finish(generate_xai(&dir, &server.url, &[]));
    assert_eq!(server.requests(), 1, "exactly one create: {r:?}");
    assert_eq!(r.code, 6, "{r:?}");
    assert!(!r.stderr.contains("nothing sent"), "{r:?}");
    assert!(
        r.stderr
            .contains("xai.generations: the create may have been accepted and charged"),
        "{r:?}"
    );
    assert!(r.stderr.contains("r-77"), "the id-like value: {r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "maybe_charged");
    assert_eq!(e["exit_code"], 6);
    assert_eq!(e["id_hint"], "r-77");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains(r#""req_id":"r-77""#),
        "the reply excerpt is shown: {e}"
    );
}

#[test]
fn a_5xx_or_unreadable_create_reply_may_have_been_charged() {
    for fault in [
        Fault::Status {
            code: 502,
            retry_after: None,
        },
        Fault::MalformedJson,
    ] {
        let dir = scratch("create-5xx");
        let s = sim("xai", Clock::Instant);
        s.inject("generations", fault.clone(), 1);
        let r = finish(generate_xai(&dir, &s.base_url(), &[]));
        assert_eq!(s.requests("generations"), 1, "{fault:?}: one create: {r:?}");
        assert_eq!(r.code, 6, "{fault:?}: {r:?}");
        assert!(
            r.stderr.contains("may have been accepted and charged"),
            "{fault:?}: {r:?}"
        );
        assert_eq!(r.json()["error"]["may_have_been_charged"], true, "{r:?}");
    }
}

#[test]
fn a_blank_prompt_is_refused_before_paying() {
    // acedata's prompt is optional: a blank one without an image used to send a paid `{}`.
    for id in ["acedata", "xai"] {
        let dir = scratch("blank");
        let s = sim(id, Clock::Instant);
        let url = s.base_url();
        let r = finish(grokvid(
            &dir,
            Some(id),
            &[
                "generate",
                "--provider",
                id,
                "--prompt",
                "  ",
                "--base-url",
                &url,
            ],
        ));
        let create = provider(id)
            .operation_with_role(grokvid::spec::Role::Create)
            .unwrap()
            .name();
        assert_eq!(s.requests(create), 0, "{id}: nothing sent: {r:?}");
        assert_eq!(r.code, 2, "{id}: {r:?}");
        assert!(r.stderr.contains("(nothing sent)"), "{id}: {r:?}");
    }
}

/// A running `grokvid`, its stderr read line by line in the background.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: String,
}

impl Running {
    fn spawn(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Running {
            child,
            lines,
            seen: String::new(),
        }
    }

    fn wait_for_line(&mut self, needle: &str) {
        while !self.seen.contains(needle) {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no `{needle}` on stderr; saw:\n{}", self.seen));
            self.seen.push_str(&line);
            self.seen.push('\n');
        }
    }

    /// Sends SIGINT (what Ctrl-C sends) and collects what the command printed until it exited.
    fn interrupt(mut self) -> (Outcome, Duration) {
        let sent = Instant::now();
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let mut stdout = String::new();
        self.child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        let status = self.child.wait().unwrap();
        let took = sent.elapsed();
        self.seen.extend(self.lines.iter().map(|l| l + "\n"));
        let outcome = Outcome {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr: self.seen,
        };
        assert!(!outcome.stdout.contains(KEY) && !outcome.stderr.contains(KEY));
        (outcome, took)
    }
}

/// Waits (up to 30 s) until `ready` holds.
fn until(what: &str, ready: impl Fn() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(started.elapsed() < Duration::from_secs(30), "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn part_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".part"))
        .collect()
}

#[test]
fn the_out_path_and_the_key_are_checked_before_paying() {
    let dir = scratch("out-path");
    let s = sim("xai", Clock::Instant);
    let url = s.base_url();
    std::fs::write(dir.join("xai-video.mp4"), b"precious").unwrap();
    std::fs::create_dir(dir.join("folder")).unwrap();
    for (out, problem) in [
        (None, "a file is already there; pass --force to replace it"),
        (Some("folder"), "is a directory"),
        (Some("missing/v.mp4"), "the folder missing does not exist"),
    ] {
        let mut extra = vec![];
        if let Some(out) = out {
            extra = vec!["--out", out];
        }
        let r = finish(generate_xai(&dir, &url, &extra));
        assert_eq!(r.code, 2, "{out:?}: {r:?}");
        assert!(r.stderr.contains(problem), "{out:?}: {r:?}");
    }
    let r = finish(grokvid(
        &dir,
        Some("xai"),
        &[
            "download",
            "--provider",
            "xai",
            "r-1",
            "--base-url",
            &url,
            "--out",
            "xai-video.mp4",
        ],
    ));
    assert_eq!(r.code, 2, "{r:?}");
    let mut mangled = generate_xai(&dir, &url, &["--out", "new.mp4"]);
    mangled.env("XAI_API_KEY", "sk-two words");
    let r = finish(mangled);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("contains spaces or control characters"),
        "{r:?}"
    );
    assert_eq!(
        s.requests("generations") + s.requests("query"),
        0,
        "nothing sent"
    );
    assert_eq!(
        std::fs::read(dir.join("xai-video.mp4")).unwrap(),
        b"precious"
    );

    let r = finish(generate_xai(&dir, &url, &["--force"]));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(s.requests("generations"), 1);
    assert_eq!(
        std::fs::read(dir.join("xai-video.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );
}

/// The command a result or error names to continue the task, run as it is.
fn continue_with(dir: &Path, next: &Value) -> Outcome {
    let words: Vec<&str> = next
        .as_str()
        .expect("a `next` command")
        .split(' ')
        .collect();
    assert_eq!(words[0], "grokvid");
    finish(grokvid(dir, Some("xai"), &words[1..]))
}

#[test]
fn every_exit_with_a_task_prints_the_handle_and_the_command_that_continues_it() {
    let dir = scratch("next");
    let s = sim("xai", slow());
    let url = s.base_url();
    // Submitted only.
    let r = finish(generate_xai(&dir, &url, &["--no-wait"]));
    assert_eq!(r.code, 0, "{r:?}");
    let doc = r.json();
    let id = doc["handle"]["task_id"].as_str().unwrap().to_string();
    assert_eq!(
        doc["next"],
        format!("grokvid download --provider xai {id} --base-url {url} --out xai-video.mp4")
    );
    // The deadline.
    let r = finish(generate_xai(
        &dir,
        &url,
        &["--timeout", "1", "--out", "late.mp4"],
    ));
    assert_eq!(r.code, 5, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["handle"]["provider"], "xai");
    assert!(
        r.stderr
            .contains("the task goes on; continue it with:\n  grokvid download"),
        "{r:?}"
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .ends_with("is still queued at the deadline"),
        "{e}"
    );
    // `wait` at its deadline names `wait`.
    let r = finish(wait_xai(&dir, &id, &url, &["--timeout", "1"]));
    assert_eq!(r.code, 5, "{r:?}");
    assert_eq!(
        r.json()["error"]["next"],
        format!("grokvid wait --provider xai {id} --base-url {url}")
    );
    assert_eq!(s.requests("generations"), 2);

    // A download that fails: the command to continue is printed, and works once the video is back.
    let dir = scratch("next-download");
    let s = sim("xai", Clock::Instant);
    s.inject(
        "video",
        Fault::Status {
            code: 404,
            retry_after: None,
        },
        1,
    );
    let r = finish(generate_xai(&dir, &s.base_url(), &["--out", "v.mp4"]));
    assert_ne!(r.code, 0, "{r:?}");
    let e = &r.json()["error"];
    assert_eq!(e["handle"]["provider"], "xai", "{r:?}");
    assert!(
        r.stderr
            .contains("continue it with:\n  grokvid download --provider xai"),
        "{r:?}"
    );
    assert_eq!(part_files(&dir), Vec::<String>::new());
    let r = continue_with(&dir, &e["next"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        std::fs::read(dir.join("v.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );
    assert_eq!(
        s.requests("generations"),
        1,
        "continuing never creates again"
    );
}

#[test]
fn wait_shows_failed_polls_and_goes_on() {
    let dir = scratch("poll-failures");
    let s = sim("xai", Clock::Instant);
    let url = s.base_url();
    let r = finish(generate_xai(&dir, &url, &["--no-wait"]));
    let id = r.json()["handle"]["task_id"].as_str().unwrap().to_string();
    s.inject("query", Fault::MalformedJson, 1);
    s.inject(
        "query",
        Fault::Status {
            code: 503,
            retry_after: None,
        },
        1,
    );
    let r = finish(wait_xai(&dir, &id, &url, &[]));
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stderr
            .contains("poll failed (1 in a row): xai.query: unexpected reply"),
        "{r:?}"
    );
    assert!(
        r.stderr
            .contains("poll failed (2 in a row): xai.query: vendor error (HTTP 503"),
        "{r:?}"
    );
    assert_eq!(r.json()["task"]["status"], "completed");
}

#[test]
fn a_dead_server_during_wait_is_reported_within_seconds_with_the_handle() {
    let dir = scratch("dead");
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let r = finish(wait_xai(&dir, "r-9", &url, &[]));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("poll failed (1 in a row)"), "{r:?}");
    assert!(
        r.stderr
            .contains("stopped waiting for task r-9: 5 polls in a row failed"),
        "{r:?}"
    );
    let e = &r.json()["error"];
    assert_eq!(e["kind"], "wait_failed");
    assert_eq!(e["handle"]["task_id"], "r-9");
    assert_eq!(
        e["next"],
        format!("grokvid wait --provider xai r-9 --base-url {url}")
    );
}

#[test]
fn the_timeout_bounds_the_whole_wait_and_names_no_unseen_status() {
    let dir = scratch("timeout");
    let s = sim("xai", slow());
    let url = s.base_url();
    let r = finish(generate_xai(&dir, &url, &["--no-wait"]));
    let id = r.json()["handle"]["task_id"].as_str().unwrap().to_string();
    s.inject("query", Fault::Latency(Duration::from_secs(50)), usize::MAX);
    let started = Instant::now();
    let r = finish(wait_xai(&dir, &id, &url, &["--timeout", "3"]));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 5, "{r:?}");
    assert!(
        r.stderr.contains(&format!(
            "xai: no poll of task {id} told its status before the deadline"
        )),
        "{r:?}"
    );
}

/// A poll reply slower than `--timeout`: after the paid create, the deadline ends the command with exit 5,
/// says what happened in one line, and prints the handle and the command that continues the task,
/// which then finishes it without a second create.
#[test]
fn a_reply_slower_than_the_timeout_prints_the_handle_and_how_to_continue() {
    let dir = scratch("slow-reply");
    let s = sim("xai", Clock::Instant);
    let url = s.base_url();
    s.inject("query", Fault::Latency(Duration::from_secs(50)), 1);
    let started = Instant::now();
    let args = ["generate", "--provider", "xai", "--prompt", "a cat"];
    let mut cmd = human(&dir, Some("xai"), &args);
    cmd.args(["--base-url", &url, "--timeout", "2", "--out", "late.mp4"]);
    let r = finish(cmd);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 5, "{r:?}");
    let handle: Value = serde_json::from_str(&r.stdout).expect("the handle on stdout");
    let id = handle["task_id"].as_str().expect("a task id").to_string();
    assert_eq!(handle["provider"], "xai");
    assert_eq!(handle["base_url"], url.as_str());
    let next = format!("grokvid download --provider xai {id} --base-url {url} --out late.mp4");
    assert_eq!(
        r.stderr,
        format!(
            "xai: using the key from $XAI_API_KEY\n\
             submitted task {id} to xAI ({url})\n\
             error: xai: no poll of task {id} told its status before the deadline\n\
             the task goes on; continue it with:\n  {next}\n"
        )
    );
    assert_eq!(s.requests("generations"), 1);
    let r = continue_with(&dir, &Value::from(next));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        std::fs::read(dir.join("late.mp4")).unwrap(),
        s.video_bytes().to_vec()
    );
    assert_eq!(
        s.requests("generations"),
        1,
        "continuing never creates again"
    );
}

#[test]
fn ctrl_c_during_the_create_says_it_may_have_been_sent() {
    let dir = scratch("ctrl-c-create");
    let s = sim("xai", Clock::Instant);
    s.inject("generations", Fault::Latency(Duration::from_secs(30)), 1);
    let running = Running::spawn(generate_xai(&dir, &s.base_url(), &[]));
    until("the create arrived", || s.requests("generations") == 1);
    let (r, took) = running.interrupt();
    assert!(took < Duration::from_secs(15), "{took:?}");
    assert_eq!(r.code, 130, "{r:?}");
    assert!(
        r.stderr.contains("interrupted during the create: the request may have reached the vendor and been charged"),
        "{r:?}"
    );
    let doc = r.json();
    assert_eq!(
        (doc["during"].as_str(), doc["may_have_been_sent"].as_bool()),
        (Some("create"), Some(true))
    );
    assert_eq!(s.requests("generations"), 1);
}

#[test]
fn ctrl_c_during_a_download_removes_the_part_file_and_prints_the_handle() {
    let server = Loopback::endless_video();
    // Inside `generate`, then in `grokvid download`.
    let runs: [&[&str]; 2] = [
        &[
            "generate",
            "--provider",
            "xai",
            "--prompt",
            "a cat",
            "--out",
            "v.mp4",
        ],
        &["download", "--provider", "xai", "r-1", "--out", "v.mp4"],
    ];
    for args in runs {
        let dir = scratch("ctrl-c-download");
        let mut args = args.to_vec();
        args.extend(["--base-url", &server.url]);
        let mut running = Running::spawn(grokvid(&dir, Some("xai"), &args));
        running.wait_for_line("downloading");
        until("the part file exists", || !part_files(&dir).is_empty());
        let (r, took) = running.interrupt();
        assert!(took < Duration::from_secs(15), "{args:?}: {took:?}");
        assert_eq!(r.code, 130, "{args:?}: {r:?}");
        assert_eq!(part_files(&dir), Vec::<String>::new(), "{args:?}");
        assert!(!dir.join("v.mp4").exists());
        let doc = r.json();
        assert_eq!(doc["interrupted"], true);
        assert_eq!(doc["handle"]["task_id"], "r-1");
        assert_eq!(
            doc["next"],
            format!(
                "grokvid download --provider xai r-1 --base-url {} --out v.mp4",
                server.url
            )
        );
    }
    assert_eq!(
        server.requests(),
        1 + 1 + 1 + 1 + 1,
        "one create, a poll and the video, then a poll and the video"
    );
}

#[test]
fn a_task_of_the_built_in_simulator_is_never_offered_for_resuming() {
    let dir = scratch("built-in");
    for extra in [&["--no-wait"][..], &["--timeout", "1"]] {
        let mut args = vec!["generate", "--provider", "xai", "--prompt", "a cat"];
        args.extend_from_slice(extra);
        let r = finish(grokvid(&dir, None, &args));
        assert!(
            r.stderr.contains(
                "built-in simulator, which stops with this command: it cannot be resumed"
            ),
            "{r:?}"
        );
        assert!(!r.stderr.contains("continue it with"), "{r:?}");
        let doc = r.json();
        let doc = if doc["error"].is_object() {
            &doc["error"]
        } else {
            &doc
        };
        assert_eq!(doc["resumable"], false, "{r:?}");
        assert!(doc["next"].is_null(), "{r:?}");
    }
}

#[test]
fn a_429_on_the_create_honours_retry_after_or_says_how_long_the_vendor_asked() {
    let dir = scratch("429");
    let s = sim("xai", Clock::Instant);
    s.inject(
        "generations",
        Fault::Status {
            code: 429,
            retry_after: Some(1),
        },
        1,
    );
    let r = finish(generate_xai(&dir, &s.base_url(), &["--out", "a.mp4"]));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(s.requests("generations"), 2, "refused once, then taken");

    s.inject(
        "generations",
        Fault::Status {
            code: 429,
            retry_after: Some(3600),
        },
        1,
    );
    let started = Instant::now();
    let r = finish(generate_xai(&dir, &s.base_url(), &["--out", "b.mp4"]));
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(r.code, 3, "{r:?}");
    assert!(
        r.stderr.contains("(the vendor asks to wait 3600 s)"),
        "{r:?}"
    );
    assert_eq!(
        s.requests("generations"),
        3,
        "a refused create is not repeated past the cap"
    );
}

#[test]
fn replies_whose_status_cannot_be_read_are_failed_polls_not_a_blind_wait() {
    let dir = scratch("unreadable");
    let server = Loopback::canned(200, "{}");
    let started = Instant::now();
    let r = finish(wait_xai(&dir, "r-5", &server.url, &[]));
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr
            .contains("poll failed (1 in a row): xai.query: unexpected reply (HTTP 200): the reply carries no status the spec can read"),
        "{r:?}"
    );
    assert_eq!(r.json()["error"]["kind"], "wait_failed");
    assert_eq!(server.requests(), 5);
}
