//! Paid work is never misreported or lost (issue 11 §3): the `grokvid` binary against simulators with
//! injected faults and small loopback servers written here. Every paid-create case counts the creates
//! the server saw, and no output ever holds the key.

use grokvid::spec::Provider;
use grokvid_sim::{Clock, Fault, SimConfig, Simulator};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_grokvid");
/// The key every server here accepts; it must never be printed.
const KEY: &str = "sk-paid-work-secret-7f3a9c";

fn provider(id: &str) -> &'static Provider {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id == id)
        .unwrap()
}

/// A simulator of `id` that accepts [`KEY`].
fn sim(id: &str, clock: Clock) -> Simulator {
    let config = SimConfig {
        api_key: KEY.to_string(),
        clock,
        ..SimConfig::default()
    };
    Simulator::start(provider(id), config).unwrap()
}

#[allow(dead_code)] // used by the wait tests below
fn slow() -> Clock {
    Clock::Realistic {
        queued: Duration::from_secs(60),
        processing: Duration::from_secs(60),
    }
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
    let mut cmd = Command::new(BIN);
    cmd.arg("--json").args(args).current_dir(dir);
    for p in grokvid::providers::ALL {
        cmd.env_remove(p.auth.env);
    }
    cmd.env_remove("XDG_CONFIG_HOME")
        .env("GROKVID_CONFIG", dir.join("keys.toml"));
    if let Some(id) = key_for {
        cmd.env(provider(id).auth.env, KEY);
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

/// A loopback server answering every request with one canned JSON reply, counting requests.
struct Canned {
    url: String,
    requests: Arc<AtomicUsize>,
}

impl Canned {
    fn start(status: u16, body: &'static str) -> Canned {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                if read_request(&mut stream).is_none() {
                    continue;
                }
                counter.fetch_add(1, Ordering::SeqCst);
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        Canned { url, requests }
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// Reads one request's head and body (by Content-Length).
fn read_request(stream: &mut std::net::TcpStream) -> Option<()> {
    let mut reader = BufReader::new(stream);
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
    reader.read_exact(&mut body).ok()
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
    let server = Canned::start(200, r#"{"status":"accepted","req_id":"r-77"}"#);
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
            .name;
        assert_eq!(s.requests(create), 0, "{id}: nothing sent: {r:?}");
        assert_eq!(r.code, 2, "{id}: {r:?}");
        assert!(r.stderr.contains("(nothing sent)"), "{id}: {r:?}");
    }
}
