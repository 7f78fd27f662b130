//! `grokvid simulate`: serve simulated vendors on 127.0.0.1 until Ctrl-C, with injected faults.

use crate::output::Out;
use grokvid_sim::{Clock, FaultFlag, RequestObserver, SimConfig, Simulator};
use serde_json::json;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct SimulateArgs {
    /// Provider id to serve (repeat, or separate with commas; `all` serves every known provider). The
    /// providers of --spec files are served after those named here.
    #[arg(long = "provider", value_delimiter = ',', value_name = "ID")]
    providers: Vec<String>,
    /// Port of the first provider; each further one gets the next port. 0 picks free ports.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Fault to inject: [PROVIDER.]ROUTE=KIND[:ARG][xTIMES]; ROUTE an operation name or `video`;
    /// KIND an HTTP status (429:SECONDS sets Retry-After), latency:MS, drop, malformed, unknown:WORD,
    /// fail[:MESSAGE], expired or redirect; TIMES defaults to 1, x* means always.
    #[arg(long = "fault", value_name = "SPEC")]
    faults: Vec<FaultFlag>,
    /// Tasks move on per poll (queued, processing 50 %, completed) instead of on wall-clock time.
    #[arg(long)]
    instant: bool,
    /// How long a task stays queued.
    #[arg(long, default_value_t = 3000, value_name = "MS")]
    queued_ms: u64,
    /// How long a task stays processing.
    #[arg(long, default_value_t = 12000, value_name = "MS")]
    processing_ms: u64,
    /// The API key the simulators accept.
    #[arg(long, default_value = "sim-key")]
    api_key: String,
    /// Do not print a line per request received (method, path, status).
    #[arg(long, short)]
    quiet: bool,
}

pub async fn run(args: SimulateArgs, out: Out) -> ExitCode {
    let providers = match crate::catalog::get().chosen(&args.providers) {
        Ok(p) => p,
        Err(message) => return out.invalid(&message),
    };
    if let Err(message) = FaultFlag::check_all(&args.faults, &providers) {
        return out.invalid(&message);
    }
    let clock = if args.instant {
        Clock::Instant
    } else {
        Clock::Realistic {
            queued: Duration::from_millis(args.queued_ms),
            processing: Duration::from_millis(args.processing_ms),
        }
    };
    let mut sims = Vec::new();
    let mut served = Vec::new();
    let mut lines = Vec::new();
    for (i, provider) in providers.iter().enumerate() {
        let port = match args.port {
            0 => 0,
            first => match u16::try_from(usize::from(first) + i) {
                Ok(port) => port,
                Err(_) => return out.invalid(&format!("no port left for {}", provider.id())),
            },
        };
        let config = SimConfig {
            api_key: args.api_key.clone(),
            clock,
            port,
            on_request: (!args.quiet).then(|| RequestObserver::print_to_stderr(provider.id())),
            ..SimConfig::default()
        };
        let sim = match Simulator::start(provider, config) {
            Ok(sim) => sim,
            Err(e) => {
                return out.error(&grokvid::Error::Config(format!(
                    "{}: cannot listen on port {port}: {e}",
                    provider.id()
                )));
            }
        };
        for flag in args.faults.iter().filter(|f| f.applies_to(provider)) {
            sim.inject(&flag.route, flag.fault.clone(), flag.times);
        }
        served.push(json!({
            "provider": provider.id(),
            "base_url": sim.base_url(),
            "key_env": provider.auth().env(),
            "counters": format!("http://{}{}", sim.addr(), grokvid_sim::COUNTERS_PATH),
        }));
        lines.push(format!("{}\t{}", provider.id(), sim.base_url()));
        sims.push(sim);
    }
    out.result(
        &json!({ "api_key": args.api_key, "simulators": served }),
        &lines.join("\n"),
    );
    // A `--spec` file's provider is named by its file: another command finds it no other way.
    let named = match crate::catalog::get().source(providers[0].id()) {
        Some(crate::catalog::Source::Given(path)) => format!("--spec {}", path.display()),
        _ => format!("--provider {}", providers[0].id()),
    };
    eprintln!(
        "api key: {} (e.g. {}={} grokvid generate {named} --base-url {} ...); Ctrl-C to stop",
        args.api_key,
        providers[0].auth().env(),
        args.api_key,
        sims[0].base_url()
    );
    eprintln!(
        "request counts per operation: GET http://{}{} (on each port); {}",
        sims[0].addr(),
        grokvid_sim::COUNTERS_PATH,
        if args.quiet {
            "--quiet: requests are not listed"
        } else {
            "each request is listed below as PROVIDER METHOD PATH STATUS"
        }
    );
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {e}");
        return ExitCode::from(crate::exit::OTHER);
    }
    drop(sims);
    ExitCode::SUCCESS
}
