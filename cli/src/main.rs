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
#[command(name = "grokvid", version, about = "Grok video generation through any reseller")]
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
        Command::Providers => {
            for p in grokvid::providers::ALL {
                println!("{:<10} {:<14} {}  (key: {})", p.id, p.name, p.base_url, p.auth.env);
            }
            ExitCode::SUCCESS
        }
    }
}

/// Where the video goes when `--out` is not given.
fn default_out(provider: &str) -> PathBuf {
    PathBuf::from(format!("{provider}-video.mp4"))
}
