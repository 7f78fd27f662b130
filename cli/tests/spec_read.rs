//! `grokvid spec read`: a reply body read the way the client reads it, on a task, a vendor error and an
//! unreadable reply, from a file and from stdin; bad arguments exit 2.

use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_grokvid");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `grokvid spec read ARGS -` with `body` on stdin.
fn read(args: &[&str], body: &str) -> Run {
    let mut child = Command::new(BIN)
        .args(["spec", "read"])
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refusing its arguments exits without reading stdin: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(body.as_bytes());
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn json_of(run: &Run) -> Value {
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc.as_object().unwrap().len(), 1, "exactly one key: {doc}");
    doc
}

#[test]
fn a_task_with_the_step_that_decided_and_where_each_field_came_from() {
    let body =
        r#"{"status": "done", "progress": 100, "video": {"url": "https://vidgen.x.ai/v.mp4"}}"#;
    let doc = json_of(&read(
        &["--provider", "xai", "--operation", "query", "--json"],
        body,
    ));
    let task = &doc["task"];
    assert_eq!(
        task.as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        [
            "created_at",
            "error",
            "error_code",
            "finished_at",
            "id",
            "progress",
            "status",
            "steps",
            "video_url"
        ]
    );
    assert_eq!(task["status"], json!("completed"));
    assert_eq!(task["progress"], json!(100));
    assert_eq!(task["video_url"], json!("https://vidgen.x.ai/v.mp4"));
    assert_eq!(task["error"], Value::Null);
    let steps: Vec<&str> = task["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let has = |needle: &str| steps.iter().any(|s| s.contains(needle));
    assert!(
        has("read the word \"done\" at `status` → completed"),
        "{steps:?}"
    );
    assert!(
        has("video_url: \"https://vidgen.x.ai/v.mp4\" read at `video.url`"),
        "{steps:?}"
    );
    // Paths tried in vain are named as a spec writes them.
    assert!(
        has("error: none of `error.message`, `error` holds a value"),
        "{steps:?}"
    );

    // Without --json: the same reading for people, steps included; by operation name and from a file.
    let dir = std::env::temp_dir().join(format!("grokvid-spec-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("reply.json");
    std::fs::write(&file, r#"{"status": "rendering"}"#).unwrap();
    let output = Command::new(BIN)
        .args(["spec", "read", "--provider", "xai", "--operation", "query"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(
        text.starts_with("xai.query: task unknown (rendering)"),
        "{text}"
    );
    assert!(
        text.contains("- status: step 2 read the word \"rendering\""),
        "{text}"
    );
}

#[test]
fn a_vendor_error_under_an_error_status_and_under_200() {
    let flat = r#"{"code": "Client specified an invalid argument", "error": "Incorrect API key provided: xa***ey."}"#;
    let doc = json_of(&read(
        &[
            "--provider",
            "xai",
            "--operation",
            "create",
            "--http-status",
            "400",
            "--json",
        ],
        flat,
    ));
    assert_eq!(
        doc["vendor_error"],
        json!({
            "http_status": 400,
            "code": "Client specified an invalid argument",
            "message": "Incorrect API key provided: xa***ey.",
            "final": null
        })
    );
    let quota = r#"{"error": {"message": "quota exhausted", "type": "new_api_error", "code": "insufficient_user_quota"}}"#;
    let doc = json_of(&read(
        &["--provider", "geeknow", "--operation", "create", "--json"],
        quota,
    ));
    assert_eq!(doc["vendor_error"]["http_status"], json!(200));
    assert_eq!(
        doc["vendor_error"]["code"],
        json!("insufficient_user_quota")
    );
    assert_eq!(doc["vendor_error"]["message"], json!("quota exhausted"));
    assert_eq!(doc["vendor_error"]["final"], Value::Null);
}

#[test]
fn a_vendor_error_the_spec_declares_final_says_so() {
    // acedata's `errors.final`: a 403 `used_up` is an empty balance, not worth asking again.
    let used_up = r#"{"error": {"code": "used_up", "message": "Your balance is used up."}}"#;
    let args = [
        "--provider",
        "acedata",
        "--operation",
        "create",
        "--http-status",
        "403",
    ];
    let doc = json_of(&read(&[&args[..], &["--json"]].concat(), used_up));
    assert_eq!(
        doc["vendor_error"]["final"],
        json!("HTTP 403, code used_up: the account balance is used up")
    );
    let text = read(&args, used_up);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.contains("final, not retried"),
        "{}",
        text.stdout
    );
    // The same code under another status is not the declared one.
    let doc = json_of(&read(
        &[
            "--provider",
            "acedata",
            "--operation",
            "create",
            "--http-status",
            "400",
            "--json",
        ],
        used_up,
    ));
    assert_eq!(doc["vendor_error"]["final"], Value::Null);
}

#[test]
fn an_unreadable_reply() {
    for body in [
        "<html>502 Bad Gateway</html>",
        r#"{"model": "grok-imagine-video"}"#,
    ] {
        let doc = json_of(&read(
            &["--provider", "xai", "--operation", "query", "--json"],
            body,
        ));
        let message = doc["unreadable"]["message"].as_str().unwrap();
        assert!(!message.is_empty(), "{doc}");
    }
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    for (args, said) in [
        (
            &["--provider", "nope", "--operation", "query"][..],
            "unknown provider `nope`",
        ),
        (
            &["--provider", "xai", "--operation", "nope"][..],
            "xai has no operation `nope`",
        ),
        (
            &[
                "--provider",
                "xai",
                "--operation",
                "query",
                "--http-status",
                "42",
            ][..],
            "not an HTTP status",
        ),
        (&["--operation", "query"][..], "--provider"),
    ] {
        let run = read(args, "{}");
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
}
