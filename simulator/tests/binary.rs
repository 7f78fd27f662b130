//! The `grokvid-sim` binary: serves the named providers, prints their base URLs, applies `--fault`
//! flags and the realistic clock, prints a line per request received (unless `--quiet`), and refuses
//! bad arguments with exit code 2.

mod common;

use common::*;
use grokvid::{ApiKey, ClientConfig, HttpClient, TaskStatus, providers};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The binary, stopped when the test ends (even on failure).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn sim_command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_grokvid-sim"))
}

#[tokio::test]
async fn serves_each_provider_with_flags_applied() {
    let first = providers::ALL[0];
    let second = providers::ALL[providers::ALL.len() - 1];
    let query = first
        .operation_with_role(grokvid::spec::Role::Query)
        .expect("a query op");
    let mut child = sim_command()
        .args([
            "--provider",
            first.id(),
            "--provider",
            second.id(),
            "--port",
            "0",
        ])
        .args(["--api-key", "bin-key", "--realistic", "--queued-ms", "0"])
        .args(["--processing-ms", "0"])
        .arg(format!("--fault={}.{}=503x2", first.id(), query.name()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let running = Running(child);
    let mut lines = BufReader::new(stdout).lines();
    let mut urls = Vec::new();
    for expected in [first.id(), second.id()] {
        let line = lines.next().expect("a line").expect("text");
        let (id, url) = line.split_once('\t').expect("id<TAB>url");
        assert_eq!(id, expected);
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        urls.push(url.to_string());
    }
    for (provider, url) in [first, second].into_iter().zip(&urls) {
        let config = ClientConfig::default()
            .with_base_url(url.clone())
            .with_retry(grokvid::RetryPolicy::NONE);
        let client = HttpClient::new(provider, ApiKey::new("bin-key"), config).expect("a client");
        let create = create_input(provider);
        let reply = client
            .provider()
            .call(&client, create.op.name(), create.input.clone())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", provider.id()));
        let grokvid::DynReply::Json {
            task: Some(task), ..
        } = reply
        else {
            panic!("{}: no task", provider.id());
        };
        let id = task.id.expect("an id");
        if provider.id() == first.id() {
            for _ in 0..2 {
                let err = client.query_task(&id).await.expect_err("the --fault flag");
                assert!(
                    matches!(err, grokvid::Error::Vendor(ref e) if e.http_status == 503),
                    "{err}"
                );
            }
        }
        // Realistic clock with zero durations: completed at the first poll.
        let done = client.query_task(&id).await.expect("a poll");
        assert_eq!(done.status, TaskStatus::Completed, "{}", provider.id());
        let video = http()
            .get(done.video_url.expect("a URL"))
            .send()
            .await
            .expect("a video");
        assert_eq!(video.status(), 200);
    }
    drop(running);
}

#[test]
fn bad_arguments_exit_with_2() {
    for args in [
        vec!["--provider", "no-such-vendor"],
        vec![
            "--provider",
            providers::ALL[0].id(),
            "--fault",
            "query=teapot",
        ],
        vec![
            "--provider",
            providers::ALL[0].id(),
            "--fault",
            "no_such_route=500",
        ],
        vec![],
    ] {
        let output = sim_command()
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}: says why");
    }
}

/// A running `grokvid-sim --provider xai`: its base URL and its stderr lines as they come.
struct Served {
    url: String,
    stderr: mpsc::Receiver<String>,
    // Kept open: the binary prints more on stdout, and a closed pipe would end it.
    _stdout: BufReader<std::process::ChildStdout>,
    running: Running,
}

fn serve_xai(extra: &[&str]) -> Served {
    let mut child = sim_command()
        .args(["--provider", "xai", "--api-key", "bin-key"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let stderr = child.stderr.take().expect("stderr");
    let running = Running(child);
    let mut line = String::new();
    stdout.read_line(&mut line).expect("a line");
    let (_, url) = line.trim_end().split_once('\t').expect("id<TAB>url");
    let (send, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    Served {
        url: url.to_string(),
        stderr: lines,
        _stdout: stdout,
        running,
    }
}

/// One paid create through the typed client, as a user's program would send it; the path it went to.
async fn create_on(url: &str) -> String {
    let provider = providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == "xai")
        .unwrap();
    let config = ClientConfig::default().with_base_url(url.to_string());
    let client = HttpClient::new(provider, ApiKey::new("bin-key"), config).expect("a client");
    let create = create_input(provider);
    client
        .provider()
        .call(&client, create.op.name(), create.input.clone())
        .await
        .expect("the create is accepted");
    create.op.path().to_string()
}

#[tokio::test]
async fn prints_a_line_per_request_received() {
    let served = serve_xai(&[]);
    let path = create_on(&served.url).await;
    let line = served
        .stderr
        .recv_timeout(Duration::from_secs(30))
        .expect("a request line on stderr");
    assert_eq!(line, format!("xai POST {path} 200"));
}

#[tokio::test]
async fn quiet_prints_no_request_lines() {
    let served = serve_xai(&["--quiet"]);
    create_on(&served.url).await;
    // Stopping the binary closes its stderr: everything it printed is in by then.
    drop(served.running);
    let printed: Vec<String> = served.stderr.iter().collect();
    assert_eq!(printed, Vec::<String>::new());
}
