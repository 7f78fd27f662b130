//! Running the `grokvid` binary in a clean environment, shared by the CLI test files.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const BIN: &str = env!("CARGO_BIN_EXE_grokvid");

pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("grokvid-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The command with no provider keys in its environment and `dir/keys.toml` as its key file.
pub fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir);
    for p in grokvid::providers::ALL {
        cmd.env_remove(p.auth().env());
    }
    cmd.env_remove("XDG_CONFIG_HOME");
    cmd.env("GROKVID_CONFIG", dir.join("keys.toml"));
    // No user specs unless a test writes some: the machine's own folder must not matter.
    cmd.env("GROKVID_SPECS", dir.join("specs"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = command(dir, args, env).output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn provider(id: &str) -> &'static grokvid::Provider {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id() == id)
        .unwrap()
}

/// A simulator of `id` accepting `key`, tasks moving on per poll.
pub fn sim_with_key(id: &str, key: &str) -> grokvid_sim::Simulator {
    sim_with(id, key, grokvid_sim::Clock::Instant)
}

/// A simulator of `id` accepting `key`, its tasks moving on by `clock`.
pub fn sim_with(id: &str, key: &str, clock: grokvid_sim::Clock) -> grokvid_sim::Simulator {
    let config = grokvid_sim::SimConfig {
        api_key: key.to_string(),
        clock,
        ..grokvid_sim::SimConfig::default()
    };
    grokvid_sim::Simulator::start(provider(id), config).unwrap()
}

/// Tasks that stay queued, then processing, for a minute each: long enough to interrupt a wait.
pub fn slow() -> grokvid_sim::Clock {
    grokvid_sim::Clock::Realistic {
        queued: std::time::Duration::from_secs(60),
        processing: std::time::Duration::from_secs(60),
    }
}

/// The MP4 every simulator serves for a completed task.
pub fn sample_video() -> Vec<u8> {
    let sim = grokvid_sim::Simulator::start(provider("xai"), Default::default()).unwrap();
    sim.video_bytes().to_vec()
}
