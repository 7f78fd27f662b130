//! Logging: `RUST_LOG` and `-v`/`-vv` show a span per request and per poll, and the API key appears in
//! no line of any output, even at the most verbose level (dependencies' events included).

mod common;

use grokvid_sim::{Fault, Simulator};
use std::sync::atomic::{AtomicUsize, Ordering};

static RUNS: AtomicUsize = AtomicUsize::new(0);

/// Recognizable in any output, whole or as its distinctive tail.
const KEY: &str = "sk-LOGCHECK-7f3a9c2e51d4";
const KEY_TAIL: &str = "7f3a9c2e51d4";

/// `grokvid generate` against `sim` with the key set; returns stdout and stderr together.
fn generate(sim: &Simulator, flags: &[&str], rust_log: Option<&str>) -> String {
    let url = sim.base_url();
    let mut args = flags.to_vec();
    args.extend(["generate", "--provider", "xai", "--prompt", "a red kite"]);
    args.extend(["--base-url", &url, "--out", "kite.mp4"]);
    let env = [("XAI_API_KEY", KEY)];
    let dir = common::scratch_dir(&format!("logging-{}", RUNS.fetch_add(1, Ordering::Relaxed)));
    let output = common::command(&dir, &args, &env)
        .env_remove("RUST_LOG")
        .envs(rust_log.map(|filter| ("RUST_LOG", filter)))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    text
}

fn xai_sim() -> Simulator {
    common::sim_with_key("xai", KEY)
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

#[test]
fn rust_log_takes_target_directives_and_reports_one_it_cannot_read() {
    let sim = xai_sim();
    let ours = generate(&sim, &[], Some("warn,grokvid=debug"));
    assert!(ours.contains("request{"), "{ours}");
    assert!(!ours.contains("hyper_util"), "{ours}");
    let bad = generate(&sim, &["-v"], Some("grokvid=loud"));
    assert!(
        bad.contains("warning: RUST_LOG=`grokvid=loud` is not a log filter"),
        "{bad}"
    );
    assert!(bad.contains("polled status="), "-v applies instead:\n{bad}");
}
