//! `grokvid-sim`: serves one or more providers on loopback until interrupted. Prints each base URL
//! on stdout and a line per request received on stderr (`PROVIDER METHOD PATH STATUS`, unless
//! `--quiet`), like `grokvid simulate`.
//!
//! ```text
//! grokvid-sim --provider geeknow --provider xai --port 8700 --realistic \
//!     --fault query=429:2x3 --fault xai.video=redirect
//! ```

use clap::Parser;
use grokvid_sim::{Clock, FaultFlag, RequestObserver, SimConfig, Simulator};
use std::process::ExitCode;
use std::time::Duration;

/// Fake Grok video vendors on 127.0.0.1, played from the built-in provider specs.
#[derive(Debug, Parser)]
#[command(name = "grokvid-sim", version)]
struct Args {
    /// Provider id to serve (repeat for several; `all` serves every built-in provider).
    #[arg(long = "provider", required = true, value_name = "ID")]
    providers: Vec<String>,
    /// Port of the first provider; each further one gets the next port. 0 picks free ports.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Tasks take wall-clock time (see --queued-ms and --processing-ms) instead of moving on per poll.
    #[arg(long)]
    realistic: bool,
    /// With --realistic: how long a task stays queued.
    #[arg(long, default_value_t = 3000, value_name = "MS")]
    queued_ms: u64,
    /// With --realistic: how long a task stays processing.
    #[arg(long, default_value_t = 12000, value_name = "MS")]
    processing_ms: u64,
    /// The API key the simulators accept.
    #[arg(long, default_value = "sim-key")]
    api_key: String,
    /// Fault to inject: [PROVIDER.]ROUTE=KIND[:ARG][xTIMES], ROUTE an operation name or `video`;
    /// KIND an HTTP status (429:SECONDS sets Retry-After), latency:MS, drop, malformed, unknown:WORD,
    /// fail[:MESSAGE], expired or redirect; TIMES defaults to 1, x* means always.
    #[arg(long = "fault", value_name = "SPEC")]
    faults: Vec<FaultFlag>,
    /// Do not print a line per request received (PROVIDER METHOD PATH STATUS, on stderr).
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("grokvid-sim: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let providers = grokvid_sim::select_providers(&args.providers)?;
    FaultFlag::check_all(&args.faults, &providers)?;
    let clock = if args.realistic {
        Clock::Realistic {
            queued: Duration::from_millis(args.queued_ms),
            processing: Duration::from_millis(args.processing_ms),
        }
    } else {
        Clock::Instant
    };
    let mut sims = Vec::new();
    for (i, provider) in providers.iter().enumerate() {
        let port = match args.port {
            0 => 0,
            first => u16::try_from(usize::from(first) + i)
                .map_err(|_| format!("no port left for {}", provider.id()))?,
        };
        let config = SimConfig {
            api_key: args.api_key.clone(),
            clock,
            port,
            on_request: (!args.quiet).then(|| RequestObserver::print_to_stderr(provider.id())),
            ..SimConfig::default()
        };
        let sim = Simulator::start(provider, config)
            .map_err(|e| format!("{}: cannot listen on port {port}: {e}", provider.id()))?;
        for flag in args.faults.iter().filter(|f| f.applies_to(provider)) {
            sim.inject(&flag.route, flag.fault.clone(), flag.times);
        }
        println!("{}\t{}", provider.id(), sim.base_url());
        sims.push(sim);
    }
    println!("api key: {}  (Ctrl-C to stop)", args.api_key);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start: {e}"))?;
    runtime
        .block_on(tokio::signal::ctrl_c())
        .map_err(|e| format!("cannot wait for Ctrl-C: {e}"))?;
    drop(sims);
    Ok(())
}
