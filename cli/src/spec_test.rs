//! `grokvid spec test`: the spec author's test kit (`grokvid_sim::kit`) on specs, with no build: request
//! examples round-trip through the simulator, reply and error examples read as expected, and every create
//! operation runs create → wait → download. A table of results; non-zero exit on any failure.

use crate::exit;
use crate::output::Out;
use clap::Args;
use grokvid::Provider;
use grokvid_sim::kit::{self, Outcome, Report};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct SpecTestArgs {
    /// Spec files to test, loaded at run time (a broken one: its problems as `file:line:col: message`).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Known providers to test by id (repeat, or separate with commas; `all` for every one).
    #[arg(long = "provider", value_delimiter = ',', value_name = "ID")]
    providers: Vec<String>,
    /// The examples: a folder with `requests/`, `responses/`, `errors/` (as `tests/fixtures/<id>/`),
    /// or a folder of such folders named by provider id.
    #[arg(long, value_name = "DIR")]
    fixtures: Option<PathBuf>,
}

/// Prints one table per provider (one JSON document with `--json`); exit 0 when every check passed or
/// was skipped, 1 when one failed, 2 for a broken spec (its located errors printed) or bad arguments.
pub async fn run(args: &SpecTestArgs, out: Out) -> ExitCode {
    let mut providers = Vec::new();
    let mut problems = Vec::new();
    for file in &args.files {
        match Provider::from_file(file) {
            Ok(p) => providers.push(p),
            Err(e) => problems.extend(e.diagnostics().iter().map(ToString::to_string)),
        }
    }
    if !problems.is_empty() {
        eprintln!("{}", problems.join("\n"));
        let doc = json!({ "passed": false, "problems": problems });
        out.result(&doc, "");
        eprintln!("{} problem(s)", problems.len());
        return ExitCode::from(exit::INVALID);
    }
    // With files, --provider adds to them; without, the providers named or of the --spec files.
    let catalog = crate::catalog::get();
    let named = if args.files.is_empty() {
        catalog.chosen(&args.providers)
    } else {
        catalog.select(&args.providers)
    };
    let named = match named {
        Ok(named) => named,
        Err(message) => return out.invalid(&message),
    };
    for p in named {
        if !providers.iter().any(|q: &&Provider| q.id() == p.id()) {
            providers.push(p);
        }
    }
    if let Some(dir) = &args.fixtures
        && !dir.is_dir()
    {
        return out.invalid(&format!("--fixtures {}: not a folder", dir.display()));
    }
    test(&providers, args.fixtures.as_deref(), out).await
}

/// Runs the kit on each provider and prints the results.
pub async fn test(providers: &[&'static Provider], fixtures: Option<&Path>, out: Out) -> ExitCode {
    let mut reports = Vec::new();
    for provider in providers {
        let dir = fixtures.map(|dir| fixtures_of(dir, provider.id()));
        reports.push(kit::run(provider, dir.as_deref()).await);
    }
    let passed = reports.iter().all(Report::passed);
    let docs: Vec<_> = reports.iter().map(Report::to_json).collect();
    let human: Vec<String> = reports.iter().map(table).collect();
    out.result(
        &json!({ "passed": passed, "reports": docs }),
        &human.join("\n\n"),
    );
    if passed {
        ExitCode::SUCCESS
    } else {
        let failed: usize = reports.iter().map(|r| r.failures().count()).sum();
        eprintln!("{failed} check(s) failed");
        ExitCode::from(exit::OTHER)
    }
}

/// `DIR` itself when it holds examples, else `DIR/<id>` (a folder of fixture folders).
fn fixtures_of(dir: &Path, id: &str) -> PathBuf {
    let holds_examples = ["requests", "responses", "errors"]
        .iter()
        .any(|kind| dir.join(kind).is_dir());
    if holds_examples {
        dir.to_path_buf()
    } else {
        dir.join(id)
    }
}

/// `id: N passed, N skipped, N failed`, then a row per check.
fn table(report: &Report) -> String {
    let skipped = report
        .checks
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Skipped(_)))
        .count();
    let mut text = format!(
        "{}: {} passed, {skipped} skipped, {} failed",
        report.provider,
        report.passes(),
        report.failures().count()
    );
    for check in &report.checks {
        let row = match &check.outcome {
            Outcome::Pass => format!("  pass  {}", check.name),
            Outcome::Fail(why) => format!("  FAIL  {}: {why}", check.name),
            Outcome::Skipped(why) => format!("  skip  {}: {why}", check.name),
        };
        text.push('\n');
        text.push_str(&row);
    }
    text
}
