//! Logging: `RUST_LOG` and `-v`/`-vv` show a span per request and per poll, and the API key appears in
//! no line of any output, even at the most verbose level (dependencies' events included).

use grokvid_sim::{Clock, Fault, SimConfig, Simulator};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_grokvid");
/// Recognizable in any output, whole or as its distinctive tail.
const KEY: &str = "sk-LOGCHECK-7f3a9c2e51d4";
const KEY_TAIL: &str = "7f3a9c2e51d4";

fn xai_sim() -> Simulator {
    let xai = grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id == "xai")
        .unwrap();
    let config = SimConfig {
        api_key: KEY.to_string(),
        clock: Clock::Instant,
        ..SimConfig::default()
    };
    Simulator::start(xai, config).unwrap()
}

/// `grokvid generate` against `sim` with the key set; returns stdout and stderr together.
fn generate(sim: &Simulator, flags: &[&str], rust_log: Option<&str>) -> String {
    let dir = std::env::temp_dir().join(format!("grokvid-logging-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let out = dir.join(format!("{}.mp4", RUNS.fetch_add(1, Ordering::Relaxed)));
    let mut cmd = Command::new(BIN);
    cmd.args(flags)
        .args(["generate", "--provider", "xai", "--prompt", "a red kite"])
        .args(["--base-url", &sim.base_url()])
        .arg("--out")
        .arg(&out)
        .env("XAI_API_KEY", KEY)
        .env("GROKVID_CONFIG", dir.join("keys.toml"))
        .env_remove("RUST_LOG");
    if let Some(filter) = rust_log {
        cmd.env("RUST_LOG", filter);
    }
    let output = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    text
}

#[test]
fn the_key_is_in_no_line_at_trace_level() {
    let sim = xai_sim();
    // One refused poll, so a retry decision is logged too.
    sim.inject(
        "query",
        Fault::Status {
            code: 429,
            retry_after: Some(0),
        },
        1,
    );
    let log = generate(&sim, &[], Some("trace"));
    for needed in [
        r#"request{provider="xai" operation="generations" method="POST" path="/v1/videos/generations""#,
        "status=200",
        "poll{provider=\"xai\"",
        "retrying",
        // Dependencies' own events are shown at trace level, and checked like ours.
        "hyper_util",
    ] {
        assert!(log.contains(needed), "no `{needed}` in:\n{log}");
    }
    for line in log.lines() {
        assert!(!line.contains(KEY_TAIL), "the key is logged: {line}");
    }
}

#[test]
fn verbosity_flags_choose_what_is_logged() {
    let sim = xai_sim();
    let quiet = generate(&sim, &[], None);
    assert!(!quiet.contains("grokvid::"), "{quiet}");
    let polls = generate(&sim, &["-v"], None);
    assert!(polls.contains("polled status="), "{polls}");
    assert!(!polls.contains("request{"), "{polls}");
    let requests = generate(&sim, &["-vv"], None);
    assert!(requests.contains("method=\"GET\""), "{requests}");
    assert!(
        !requests.contains("hyper_util"),
        "dependencies stay quiet by default:\n{requests}"
    );
    assert!(!requests.contains(KEY_TAIL), "{requests}");
}
