//! `grokvid generate`: one provider-neutral request → create (failing over across the providers
//! given, in order) → wait with a progress bar → download. Each provider without a key gets the
//! built-in simulator.

use crate::connect::{Connection, connect};
use crate::follow_up::{Existing, Next, interrupted_create, unless_interrupted};
use crate::input;
use crate::output::Out;
use grokvid::Provider;
use grokvid::failover::{Attempt, FailoverError, Verdict, submit_first_with};
use grokvid::rt::transport::after_create;
use grokvid::rt::transport::task_of_reply;
use grokvid::rt::unified::{convert, create_operation};
use grokvid::{ImageInput, VideoRequest};
use grokvid::{Task, TaskHandle};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct GenerateArgs {
    /// Provider id (see `grokvid providers`). Repeat, or separate with commas, for failover: the first
    /// that takes the request gets it. The providers of --spec files follow those named here.
    #[arg(long = "provider", value_delimiter = ',', value_name = "ID")]
    providers: Vec<String>,
    /// What the video should show. Required, except with an `--operation` that has no prompt field.
    #[arg(long)]
    prompt: Option<String>,
    /// Reference image: a local file or an http(s):// or data: URL (repeatable).
    #[arg(long = "image", value_name = "FILE|URL")]
    images: Vec<String>,
    /// The image the video starts on: a local file or a URL (sent with the vendor's first-frame role).
    #[arg(long = "first-frame", value_name = "FILE|URL")]
    first_frame: Option<String>,
    /// The image the video ends on: a local file or a URL (sent with the vendor's last-frame role).
    #[arg(long = "last-frame", value_name = "FILE|URL")]
    last_frame: Option<String>,
    /// Length in seconds.
    #[arg(long)]
    duration: Option<u32>,
    /// Aspect ratio, e.g. 16:9.
    #[arg(long, alias = "aspect-ratio")]
    ratio: Option<String>,
    /// Resolution, e.g. 720p.
    #[arg(long)]
    resolution: Option<String>,
    /// Model of the provider (or one of its aliases).
    #[arg(long)]
    model: Option<String>,
    /// A vendor-specific field of the create request by its wire name (repeatable), e.g. `--set seed=7`.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    sets: Vec<String>,
    /// The create operation to call, when the provider has several (xai: generations, edits,
    /// extensions). Operations without a provider-neutral mapping take only --prompt and --set.
    #[arg(long)]
    operation: Option<String>,
    /// Where to save the MP4 (default: <provider>-video.mp4). Checked before the create is sent.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Replace a file already at the --out path.
    #[arg(long)]
    force: bool,
    /// Talk to this base URL instead of the spec's: `URL` with one provider, `PROVIDER=URL` (repeatable)
    /// with several.
    #[arg(long = "base-url", value_name = "[PROVIDER=]URL")]
    base_urls: Vec<String>,
    /// Use the built-in simulator even when a key is configured.
    #[arg(long)]
    simulate: bool,
    /// Give up waiting after this many seconds and print the task handle (exit 5).
    #[arg(long, default_value_t = 1800)]
    timeout: u64,
    /// Submit only: print the task handle and exit.
    #[arg(long)]
    no_wait: bool,
    #[command(flatten)]
    transport: crate::connect::TransportArgs,
}

/// The task as submitted.
struct Taken {
    /// Index into the connections.
    index: usize,
    operation: &'static str,
    task: Task,
    handle: TaskHandle,
    notes: Vec<String>,
    /// What the vendor really does with the request (the spec's `then: warn`/`drop` rules).
    warnings: Vec<String>,
    passed_over: Vec<Attempt>,
}

pub async fn run(args: GenerateArgs, out: Out) -> ExitCode {
    let req = match request(&args) {
        Ok(req) => req,
        Err(message) => return out.invalid(&message),
    };
    let providers: Vec<&'static Provider> = match crate::catalog::get().chosen(&args.providers) {
        Ok(providers) => providers,
        Err(message) => return out.invalid(&message),
    };
    if providers.len() > 1 && args.operation.is_some() {
        return out.invalid("--operation takes a single --provider");
    }
    let base_urls = match base_urls(&args.base_urls, &providers) {
        Ok(urls) => urls,
        Err(message) => return out.invalid(&message),
    };

    // An operation without a neutral mapping (xai edits, extensions): prompt and --set only.
    if let Some(name) = &args.operation {
        let provider = providers[0];
        let op = match create_operation(provider, Some(name)) {
            Ok(op) => op,
            Err(e) => return out.error(&e),
        };
        if op.unified().is_none() {
            return raw(&args, &req, provider, base_urls[0].as_deref(), op, out).await;
        }
    }
    // Every neutral mapping has a prompt; only a raw operation may go without.
    if args.prompt.is_none() {
        return out.invalid("--prompt is required");
    }

    // Everything is checked for every provider before anything is started or sent.
    let order: Vec<&'static str> = providers.iter().map(|p| p.id()).collect();
    let mut usable = Vec::new();
    let mut rejected = Vec::new();
    for p in providers {
        match convert(&req, p, args.operation.as_deref()) {
            Ok(_) => usable.push(p),
            Err(error) => rejected.push(Attempt {
                provider: p.id(),
                verdict: Verdict::of(&error),
                error,
            }),
        }
    }
    if usable.is_empty() {
        if rejected.len() == 1 {
            return out.error(&rejected[0].error);
        }
        return out.failover_error(&FailoverError { attempts: rejected });
    }
    for attempt in &rejected {
        eprintln!("skipping {attempt}");
    }
    // A real request never fails over to the built-in simulator: when any provider is reached with a
    // key (or a given base URL), the ones without are skipped.
    let slot = |p: &Provider| order.iter().position(|id| *id == p.id()).unwrap_or(0);
    if !args.simulate {
        let mut reachable = Vec::new();
        for p in &usable {
            let keyed = match crate::keys::lookup(p) {
                Ok(found) => found.is_some(),
                Err(message) => return out.invalid(&message),
            };
            reachable.push(keyed || base_urls[slot(p)].is_some());
        }
        if reachable.contains(&true) && reachable.contains(&false) {
            let mut kept = Vec::new();
            for (p, ok) in usable.into_iter().zip(reachable) {
                if ok {
                    kept.push(p);
                } else {
                    eprintln!(
                        "skipping {}: no key configured (${}), and the others talk to real servers",
                        p.id(),
                        p.auth().env()
                    );
                }
            }
            usable = kept;
        }
    }
    if let Err(message) = check_before_paying(&args, &usable) {
        return out.invalid(&message);
    }
    let mut connections = Vec::new();
    for p in &usable {
        match connect(
            p,
            base_urls[slot(p)].as_deref(),
            args.simulate,
            &args.transport,
        ) {
            Ok(c) => connections.push(c),
            Err(e) => return out.error(&e),
        }
    }
    let clients: Vec<_> = connections.iter().map(|c| c.client.clone()).collect();
    // With one provider its failure is the error printed at the end: not a second time here.
    let several = clients.len() > 1;
    let submitting = submit_first_with(&clients, &req, args.operation.as_deref(), |a| {
        if several {
            eprintln!("passed over {a}");
        }
    });
    let simulated = connections.iter().all(|c| c.simulator.is_some());
    let Some(submitted) = unless_interrupted(submitting).await else {
        return interrupted_create(out, simulated);
    };
    let taken = match submitted {
        Ok(s) => Taken {
            index: s.index,
            operation: s.operation,
            task: s.task,
            handle: s.handle,
            notes: s.notes,
            warnings: s.warnings.iter().map(ToString::to_string).collect(),
            passed_over: {
                let mut all: Vec<Attempt> = rejected.into_iter().chain(s.attempts).collect();
                all.sort_by_key(|a| order.iter().position(|id| *id == a.provider));
                all
            },
        },
        Err(e) if order.len() == 1 && e.attempts.len() == 1 => {
            return out.error(&e.attempts[0].error);
        }
        Err(mut e) => {
            e.attempts.splice(0..0, rejected);
            e.attempts
                .sort_by_key(|a| order.iter().position(|id| *id == a.provider));
            return out.failover_error(&e);
        }
    };
    follow(&args, &connections, taken, out).await
}

/// Each provider's base URL override: a plain URL for a single provider, `ID=URL` otherwise.
fn base_urls(
    given: &[String],
    providers: &[&'static Provider],
) -> Result<Vec<Option<String>>, String> {
    let mut urls = vec![None; providers.len()];
    for text in given {
        let (slot, url) = if text.starts_with("http://") || text.starts_with("https://") {
            if providers.len() > 1 {
                return Err(format!(
                    "--base-url {text}: with several providers, say which: --base-url PROVIDER=URL"
                ));
            }
            (0, text.as_str())
        } else {
            if let Some((scheme, _)) = text.split_once("://")
                && !scheme.contains('=')
            {
                return Err(format!(
                    "--base-url {text}: `{scheme}://` is not supported; give an http:// or \
                     https:// URL (or PROVIDER=URL)"
                ));
            }
            let (id, url) = text
                .split_once('=')
                .ok_or_else(|| format!("--base-url {text}: expected URL or PROVIDER=URL"))?;
            let slot = providers
                .iter()
                .position(|p| p.id() == id.trim())
                .ok_or_else(|| {
                    format!("--base-url {text}: `{id}` is not one of the --provider ids")
                })?;
            (slot, url)
        };
        urls[slot] = Some(url.trim().to_string());
    }
    Ok(urls)
}

/// The neutral request from the flags; local images must exist.
fn request(args: &GenerateArgs) -> Result<VideoRequest, String> {
    let mut req = VideoRequest::new(args.prompt.clone().unwrap_or_default());
    let image = |flag: &str, text: &str| {
        let input = ImageInput::parse(text);
        match &input {
            ImageInput::File(path) if !path.is_file() => {
                Err(format!("--{flag} {text}: no such file"))
            }
            _ => Ok(input),
        }
    };
    for text in &args.images {
        req.images.push(image("image", text)?);
    }
    req.first_frame = args
        .first_frame
        .as_deref()
        .map(|t| image("first-frame", t))
        .transpose()?;
    req.last_frame = args
        .last_frame
        .as_deref()
        .map(|t| image("last-frame", t))
        .transpose()?;
    req.duration = args.duration;
    req.aspect_ratio = args.ratio.clone();
    req.resolution = args.resolution.clone();
    req.model = args.model.clone();
    for set in &args.sets {
        let (key, value) = set
            .split_once('=')
            .ok_or_else(|| format!("--set {set}: expected KEY=VALUE"))?;
        req.extras.push((key.trim().to_string(), value.to_string()));
    }
    Ok(req)
}

/// A create operation without a neutral mapping: `--prompt` and `--set` become its fields.
async fn raw(
    args: &GenerateArgs,
    req: &VideoRequest,
    provider: &'static Provider,
    base_url: Option<&str>,
    op: &'static grokvid::spec::Operation,
    out: Out,
) -> ExitCode {
    if !req.all_images().is_empty()
        || req.duration.is_some()
        || req.aspect_ratio.is_some()
        || req.resolution.is_some()
        || req.model.is_some()
    {
        return out.invalid(&format!(
            "{}.{} has no provider-neutral mapping: give its fields with --set KEY=VALUE",
            provider.id(),
            op.name()
        ));
    }
    let built = match input::build(op, args.prompt.as_deref(), &args.sets) {
        Ok(built) => built,
        Err(message) => return out.invalid(&message),
    };
    if let Err(e) = provider.encode_request(op.name(), built.json.clone()) {
        return out.error(&e);
    }
    if let Err(message) = check_before_paying(args, &[provider]) {
        return out.invalid(&message);
    }
    let connection = match connect(provider, base_url, args.simulate, &args.transport) {
        Ok(c) => c,
        Err(e) => return out.error(&e),
    };
    let calling = provider.call(&connection.client, op.name(), built.json.clone());
    let Some(reply) = unless_interrupted(calling).await else {
        return interrupted_create(out, connection.simulator.is_some());
    };
    // From here on the create may have reached the vendor: every error says so.
    let name = format!("{}.{}", provider.id(), op.name());
    let task = match task_of_reply(&name, reply) {
        Ok(task) => task,
        Err(e) => return out.error(&e),
    };
    let model = built.json.get("model").and_then(|m| m.as_str());
    let handle = match connection.client.track(&task, model) {
        Ok(h) => h,
        Err(e) => return out.error(&after_create(&name, e, None)),
    };
    let taken = Taken {
        index: 0,
        operation: op.name(),
        task,
        handle,
        notes: built.notes,
        warnings: provider
            .warnings(op.name(), &built.json)
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect(),
        passed_over: Vec::new(),
    };
    follow(args, std::slice::from_ref(&connection), taken, out).await
}

/// After the create: print the handle (--no-wait), or wait, download and report. Every way out
/// prints the handle and how to continue.
async fn follow(
    args: &GenerateArgs,
    connections: &[Connection],
    taken: Taken,
    out: Out,
) -> ExitCode {
    let connection = &connections[taken.index];
    let client = &connection.client;
    let provider = client.provider();
    for note in &taken.notes {
        eprintln!("note: {note}");
    }
    for warning in &taken.warnings {
        eprintln!("warning: {warning}");
    }
    eprintln!(
        "submitted task {} to {} ({})",
        taken.handle.task_id,
        provider.name(),
        client.base_url()
    );
    let mut existing = Existing {
        handle: taken.handle,
        resumable: connection.simulator.is_none(),
    };
    let target = target_of(args, provider);
    let next = Next::Download(&target);
    let mut doc = json!({
        "provider": provider.id(),
        "operation": taken.operation,
        "simulated": connection.simulator.is_some(),
        "handle": existing.handle,
        "notes": taken.notes,
        "warnings": taken.warnings,
        "passed_over": taken.passed_over.iter().map(|a| json!({
            "provider": a.provider,
            "verdict": a.verdict,
            "error": a.error.to_string(),
        })).collect::<Vec<Value>>(),
    });
    if args.no_wait {
        doc["task"] = json!(taken.task);
        existing.advise(&mut doc, Some(next));
        out.result(&doc, &existing.handle.to_json());
        return ExitCode::SUCCESS;
    }
    let local = connection.is_local();
    let waited =
        crate::wait::until_done_polling(client, &existing, args.timeout, local, out, next, &doc)
            .await;
    let done = match waited {
        Ok(done) => done,
        Err(code) => return code,
    };
    existing.handle.last_status = Some(done.status.clone());
    doc["handle"] = json!(existing.handle);
    doc["task"] = json!(done);
    let saved = match crate::download::save(client, &done, &target, &existing, out, &doc).await {
        Ok(saved) => saved,
        Err(code) => return code,
    };
    crate::download::report_saved(&mut doc, &saved);
    out.result(&doc, &saved.path.display().to_string());
    ExitCode::SUCCESS
}

/// Where the video of `provider`'s task goes.
fn target_of(args: &GenerateArgs, provider: &Provider) -> PathBuf {
    args.out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-video.mp4", provider.id())))
}

/// What can be checked before paying, for every provider the create may go to: the file the video
/// will be saved in, and the keys (never shown).
fn check_before_paying(args: &GenerateArgs, providers: &[&'static Provider]) -> Result<(), String> {
    for p in providers {
        if !args.no_wait {
            crate::out_file::check(&target_of(args, p), args.force)?;
        }
        if args.simulate {
            continue;
        }
        if let Some(found) = crate::keys::lookup(p)?
            && !found.key.is_well_formed()
        {
            return Err(format!(
                "the key for {} (from {}) contains spaces or control characters: it cannot be \
                 sent in a request",
                p.id(),
                found.source
            ));
        }
    }
    Ok(())
}
