//! `grokvid`: generate a video through any provider in `specs/` (or several, with failover), follow
//! and download tasks, inspect the providers' capabilities, and run simulated vendors. With no key
//! configured it uses the built-in simulator.

mod catalog;
mod connect;
mod download;
mod exit;
mod follow_up;
mod generate;
mod input;
mod keys;
mod logging;
mod out_file;
mod output;
mod progress;
mod providers;
mod simulate;
mod spec_check;
mod spec_read;
mod spec_test;
mod status;
mod target;
mod wait;

use clap::{Parser, Subcommand};
use output::Out;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "grokvid",
    version,
    about = "Grok video generation through any reseller",
    after_help = "Keys: the env var each spec names (see `grokvid providers`), else `provider = \"key\"` \
lines in $GROKVID_CONFIG or ~/.config/grokvid/keys.toml; with none, the built-in simulator is used.\n\
Exit codes: 0 ok, 1 other failure, 2 invalid input (nothing sent), 3 vendor rejection, 4 task failed, \
5 timeout (the handle is printed), 6 the create may have been accepted and charged but no task can \
be followed (the reply excerpt and any id-like value are printed), 130 interrupted (the handle is \
printed, or whether the create may have been sent)."
)]
struct Cli {
    /// Machine-readable output: one JSON document on stdout (results and errors).
    #[arg(long, global = true)]
    json: bool,
    /// Log to stderr: -v retries and polls, -vv every HTTP request (RUST_LOG overrides).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// A spec file to use as a provider, loaded at run time with no build (repeatable); its provider
    /// joins those named with --provider, after them.
    #[arg(long = "spec", value_name = "FILE", global = true)]
    specs: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a video, wait for it with a progress bar, and save the MP4.
    Generate(generate::GenerateArgs),
    /// Ask once where a task is.
    Status(status::StatusArgs),
    /// Wait until a task ends.
    Wait(wait::WaitArgs),
    /// Save a task's video (waiting for it first if needed).
    Download(download::DownloadArgs),
    /// The capability table, or one provider's capabilities and fields.
    Providers(providers::ProvidersArgs),
    /// Serve simulated vendors on 127.0.0.1 until Ctrl-C.
    Simulate(simulate::SimulateArgs),
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
    /// Read one reply body the way the client does, showing which step decided what.
    Read(spec_read::SpecReadArgs),
    /// Test specs with no build: examples round-trip and read as expected, and every create runs a
    /// whole job on the simulator.
    Test(spec_test::SpecTestArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.verbose);
    let out = Out { json: cli.json };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::OTHER);
        }
    };
    // The providers: built-in, the user's specs folder, the --spec files (a broken one: nothing runs).
    if !matches!(cli.command, Command::Spec(SpecCommand::Check { .. }))
        && let Err(problems) = catalog::init(&cli.specs)
    {
        eprintln!("{problems}");
        return out.invalid("a --spec file has problems (listed above)");
    }
    match cli.command {
        Command::Generate(args) => runtime.block_on(generate::run(args, out)),
        Command::Status(args) => runtime.block_on(status::run(args, out)),
        Command::Wait(args) => runtime.block_on(wait::run(args, out)),
        Command::Download(args) => runtime.block_on(download::run(args, out)),
        Command::Providers(args) => providers::run(args, out),
        Command::Simulate(args) => runtime.block_on(simulate::run(args, out)),
        Command::Spec(SpecCommand::Check { files }) => spec_check::run(&files, out),
        Command::Spec(SpecCommand::Read(args)) => spec_read::run(&args, out),
        Command::Spec(SpecCommand::Test(args)) => runtime.block_on(spec_test::run(&args, out)),
    }
}
