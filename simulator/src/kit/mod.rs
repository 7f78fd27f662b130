//! The spec author's test kit: for one `&'static Provider` (built in, made by `provider!`, or loaded at
//! run time) and an optional fixtures folder laid out like `tests/fixtures/<id>/` (`requests/`,
//! `responses/`, `errors/`), everything the project's own tests check for a built-in spec, with no build:
//!
//! - each request example goes through the client to this simulator and is read back as it was written;
//! - each reply example reads as its `expect`ed task, each error example as the vendor's code and message;
//! - the simulator's own status replies read back as every status the mapping can express;
//! - every create operation runs create → wait → download on the simulator, with the neutral request where
//!   the spec maps one, else the spec's own examples (its request fixtures, or values from its field table).
//!
//! A spec is judged by what it declares: a check whose subject the spec does not declare (no neutral
//! mapping, no fixtures) is skipped with the reason, never failed, and never passed in silence.

mod examples;
mod fixtures;
mod jobs;
pub(crate) mod readback;
mod replies;
mod requests;

pub use examples::{
    example_input, neutral_operation, request_input, sample_input, with_upload_files,
};
pub use fixtures::{RequestExample, fixture_files, request_examples};

use grokvid::Provider;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// What became of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It held.
    Pass,
    /// It did not; the text says what was seen instead.
    Fail(String),
    /// The spec does not declare what it checks; the text says what is missing.
    Skipped(String),
}

/// One row of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was checked (`request requests/create.json`, `job submit: neutral request`, ...).
    pub name: String,
    /// Whether it held.
    pub outcome: Outcome,
}

impl Check {
    pub(crate) fn new(name: impl Into<String>, outcome: Outcome) -> Check {
        Check {
            name: name.into(),
            outcome,
        }
    }

    /// A passing row, or a failing one with the error's text.
    pub(crate) fn from_result(name: impl Into<String>, result: Result<(), String>) -> Check {
        Check::new(name, result.map_or_else(Outcome::Fail, |()| Outcome::Pass))
    }
}

/// Every check of one provider, in a stable order.
#[derive(Debug, Clone)]
pub struct Report {
    /// The provider checked.
    pub provider: &'static str,
    /// One row per check.
    pub checks: Vec<Check>,
}

impl Report {
    /// True when no check failed (skipped ones do not count against it).
    pub fn passed(&self) -> bool {
        self.failures().next().is_none()
    }

    /// The failed rows.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Fail(_)))
    }

    /// How many rows passed.
    pub fn passes(&self) -> usize {
        self.checks
            .iter()
            .filter(|c| c.outcome == Outcome::Pass)
            .count()
    }

    /// `{"provider", "passed", "checks": [{"name", "outcome": "pass"|"fail"|"skipped", "detail"}]}`.
    pub fn to_json(&self) -> Value {
        let checks: Vec<Value> = self
            .checks
            .iter()
            .map(|c| {
                let (outcome, detail) = match &c.outcome {
                    Outcome::Pass => ("pass", None),
                    Outcome::Fail(why) => ("fail", Some(why.as_str())),
                    Outcome::Skipped(why) => ("skipped", Some(why.as_str())),
                };
                json!({ "name": c.name, "outcome": outcome, "detail": detail })
            })
            .collect();
        json!({ "provider": self.provider, "passed": self.passed(), "checks": checks })
    }
}

/// Runs every check of `provider`, with the examples in `fixtures` when given.
pub async fn run(provider: &'static Provider, fixtures: Option<&Path>) -> Report {
    let scratch = Scratch::new(provider.id());
    let mut checks = Vec::new();
    match fixtures {
        Some(dir) => {
            checks.extend(requests::check(provider, dir, scratch.path()).await);
            checks.extend(replies::check_replies(provider, dir));
            checks.extend(replies::check_errors(provider, dir));
        }
        None => checks.push(Check::new(
            "fixtures",
            Outcome::Skipped("no fixtures folder given".into()),
        )),
    }
    checks.extend(readback::check(provider));
    checks.extend(jobs::check(provider, fixtures, scratch.path()).await);
    Report {
        provider: provider.id(),
        checks,
    }
}

/// A folder for the upload files examples name, removed when the run ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new(id: &str) -> Scratch {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let n = RUNS.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("grokvid-kit-{}-{id}-{n}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        Scratch(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
