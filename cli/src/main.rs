//! `grokvid`: generate a video through any provider in `specs/`, or through the built-in simulator
//! when no API key is configured.

mod exit;
mod generate;
mod input;
mod progress;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "grokvid",
    version,
    about = "Grok video generation through any reseller"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a video, wait for it, and save the MP4.
    Generate(generate::GenerateArgs),
    /// List the built-in providers.
    Providers,
    /// Tools for spec authors.
    #[command(subcommand)]
    Spec(SpecCommand),
}

#[derive(Subcommand)]
enum SpecCommand {
    /// Check spec files without a build: every problem, as `file:line:col: message`.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::OTHER);
        }
    };
    match cli.command {
        Command::Generate(args) => runtime.block_on(generate::run(args)),
        Command::Spec(SpecCommand::Check { files }) => spec_check(&files),
        Command::Providers => {
            for p in grokvid::providers::ALL {
                println!(
                    "{:<10} {:<14} {}  (key: {})",
                    p.id, p.name, p.base_url, p.auth.env
                );
            }
            ExitCode::SUCCESS
        }
    }
}

/// Loads each spec with the generator's own checks; exit 2 when any has problems.
fn spec_check(files: &[PathBuf]) -> ExitCode {
    let mut problems = 0;
    for file in files {
        let shown = file.display().to_string();
        let result = std::fs::read_to_string(file)
            .map_err(|e| vec![format!("{shown}: cannot read: {e}")])
            .and_then(|source| {
                grokvid_codegen::load(&shown, &source)
                    .map_err(|diags| diags.iter().map(|d| d.to_string()).collect())
            });
        match result {
            Ok(spec) => eprintln!("{shown}: ok ({} operations)", spec.operations.len()),
            Err(lines) => {
                problems += lines.len();
                for line in lines {
                    println!("{line}");
                }
            }
        }
    }
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{problems} problem(s)");
        ExitCode::from(exit::INVALID)
    }
}

/// Where the video goes when `--out` is not given.
fn default_out(provider: &str) -> PathBuf {
    PathBuf::from(format!("{provider}-video.mp4"))
}
