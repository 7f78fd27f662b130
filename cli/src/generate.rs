//! `grokvid generate`: create → wait → download, against the vendor when its key is set, otherwise
//! against the simulator started in this process.

use crate::exit;
use crate::progress::Display;
use grokvid::spec::{Provider, Role};
use grokvid::{ApiKey, ClientConfig, DynReply, Error, HttpClient, WaitOptions};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct GenerateArgs {
    /// Provider id (see `grokvid providers`).
    #[arg(long)]
    provider: String,
    /// What the video should show.
    #[arg(long)]
    prompt: String,
    /// Any field of the provider's create request, by its wire name (repeatable), e.g. `--set seconds=6`.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    sets: Vec<String>,
    /// The create operation to call, when the provider has several (xai: generations, edits, extensions).
    #[arg(long)]
    operation: Option<String>,
    /// Where to save the MP4 (default: <provider>-video.mp4).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Talk to this base URL instead of the spec's.
    #[arg(long)]
    base_url: Option<String>,
    /// Use the built-in simulator even when an API key is set.
    #[arg(long)]
    simulate: bool,
    /// Give up waiting after this many seconds and print the task handle.
    #[arg(long, default_value_t = 1800)]
    timeout: u64,
    /// Submit only: print the task handle and exit.
    #[arg(long)]
    no_wait: bool,
}

pub async fn run(args: GenerateArgs) -> ExitCode {
    match generate(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            if let Error::Deadline { handle } = &e {
                println!("{}", handle.to_json());
            }
            ExitCode::from(exit::code(&e))
        }
    }
}

async fn generate(args: GenerateArgs) -> Result<(), Error> {
    let provider = find_provider(&args.provider)?;
    let op = match &args.operation {
        Some(name) => provider
            .operation(name)
            .filter(|op| op.role == Role::Create)
            .ok_or_else(|| {
                Error::Config(format!("{} has no create operation `{name}`", provider.id))
            })?,
        None => provider
            .operation_with_role(Role::Create)
            .ok_or_else(|| Error::Config(format!("{} has no create operation", provider.id)))?,
    };
    let built = crate::input::build(op, &args.prompt, &args.sets).map_err(Error::Config)?;
    for note in &built.notes {
        eprintln!("note: {note}");
    }

    // The simulator lives as long as this function: it is dropped (and stopped) at the end.
    let (client, _simulator) = connect(provider, &args)?;
    let reply = grokvid::providers::call(&client, op.name, built.json.clone()).await?;
    let DynReply::Json {
        task: Some(task), ..
    } = reply
    else {
        return Err(Error::Config(format!(
            "{}.{} returned no task",
            provider.id, op.name
        )));
    };
    let model = built.json.get("model").and_then(|m| m.as_str());
    let handle = client.track(&task, model)?;
    eprintln!("submitted task {} to {}", handle.task_id, provider.name);
    if args.no_wait {
        println!("{}", handle.to_json());
        return Ok(());
    }

    let display = Display::new();
    let options = WaitOptions {
        timeout: Duration::from_secs(args.timeout),
        ..WaitOptions::for_provider(provider)
    };
    let done = tokio::select! {
        done = client.wait(&handle, &options, |task| display.task(task)) => done,
        _ = tokio::signal::ctrl_c() => {
            display.finish();
            eprintln!("interrupted: the task goes on; resume it with this handle:");
            println!("{}", handle.to_json());
            return Ok(());
        }
    };
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            display.finish();
            return Err(e);
        }
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| crate::default_out(provider.id));
    let saved = client
        .download(&done, &out, |got, total| display.downloading(got, total))
        .await;
    display.finish();
    let saved = saved?;
    eprintln!(
        "saved {} ({} bytes, from {})",
        saved.path.display(),
        saved.bytes,
        saved.source
    );
    Ok(())
}

fn find_provider(id: &str) -> Result<&'static Provider, Error> {
    grokvid::providers::ALL
        .iter()
        .copied()
        .find(|p| p.id == id)
        .ok_or_else(|| {
            let ids: Vec<&str> = grokvid::providers::ALL.iter().map(|p| p.id).collect();
            Error::Config(format!(
                "no provider `{id}`; built-in providers: {}",
                ids.join(", ")
            ))
        })
}

/// The vendor when its key is set (and `--simulate` is not), else a simulator in this process.
fn connect(
    provider: &'static Provider,
    args: &GenerateArgs,
) -> Result<(HttpClient, Option<grokvid_sim::Simulator>), Error> {
    let key = std::env::var(provider.auth.env)
        .ok()
        .filter(|k| !k.trim().is_empty());
    match key {
        Some(key) if !args.simulate => {
            let config = ClientConfig {
                base_url: args.base_url.clone(),
                ..ClientConfig::default()
            };
            Ok((HttpClient::new(provider, ApiKey::new(key), config)?, None))
        }
        _ => {
            let simulator = grokvid_sim::Simulator::start(provider, demo_config())
                .map_err(|e| Error::Config(format!("cannot start the simulator: {e}")))?;
            eprintln!(
                "no {} set: using the built-in {} simulator at {}",
                provider.auth.env,
                provider.name,
                simulator.base_url()
            );
            let config = ClientConfig::default().with_base_url(simulator.base_url());
            let client = HttpClient::new(provider, ApiKey::new(simulator.api_key()), config)?;
            Ok((client, Some(simulator)))
        }
    }
}

/// A few seconds of queue and rendering, so the progress display has something to show.
fn demo_config() -> grokvid_sim::SimConfig {
    grokvid_sim::SimConfig {
        clock: grokvid_sim::Clock::Realistic {
            queued: Duration::from_secs(1),
            processing: Duration::from_secs(4),
        },
        ..grokvid_sim::SimConfig::default()
    }
}
