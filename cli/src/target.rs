//! The task `status`, `wait` and `download` act on: a handle (file, stdin or inline JSON) or
//! `--provider P ID`.

use crate::connect::{TransportArgs, find_provider, reach};
use grokvid::{Error, HttpClient, TaskHandle};

#[derive(clap::Args)]
pub struct TargetArgs {
    /// A task handle (as printed by `generate --no-wait`, at a deadline or on Ctrl-C): a JSON file,
    /// `-` for stdin, or the JSON itself. With --provider: the task id.
    #[arg(value_name = "HANDLE|ID")]
    target: String,
    /// The provider of a task id given instead of a handle.
    #[arg(long)]
    provider: Option<String>,
    /// The server to ask instead of the handle's (or the spec's) base URL. A handle that names a
    /// host other than the spec's (or this machine) is only used when this confirms it.
    #[arg(long)]
    base_url: Option<String>,
    #[command(flatten)]
    transport: TransportArgs,
}

/// The task and a client for the server that holds it.
pub struct Resolved {
    pub handle: TaskHandle,
    pub client: HttpClient,
}

pub fn resolve(args: &TargetArgs) -> Result<Resolved, Error> {
    let mut handle = match &args.provider {
        Some(id) => {
            let provider = find_provider(id)?;
            if provider.base_url().is_empty() && args.base_url.is_none() {
                return Err(Error::Config(format!(
                    "{id} has no default host: give its base URL with --base-url URL"
                )));
            }
            TaskHandle {
                provider: provider.id().to_string(),
                base_url: provider.base_url().to_string(),
                task_id: args.target.clone(),
                model: None,
                last_status: None,
                links: Default::default(),
                hosts: Default::default(),
            }
        }
        None => read_handle(&args.target)?,
    };
    if let Some(url) = &args.base_url {
        handle.base_url = url.clone();
    }
    let client = reach(&handle, args.base_url.as_deref(), &args.transport)?;
    Ok(Resolved { handle, client })
}

fn read_handle(target: &str) -> Result<TaskHandle, Error> {
    let text = if target == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| Error::Io {
            path: "-".into(),
            reason: format!("cannot read stdin: {e}"),
        })?
    } else if target.trim_start().starts_with('{') {
        target.to_string()
    } else {
        std::fs::read_to_string(target).map_err(|e| {
            Error::Config(format!(
                "`{target}` is not a readable handle file ({e}); for a task id, add --provider P"
            ))
        })?
    };
    // `generate --json` documents hold the handle under "handle".
    if let Ok(serde_json::Value::Object(doc)) = serde_json::from_str::<serde_json::Value>(&text)
        && let Some(inner) = doc.get("handle")
    {
        return serde_json::from_value(inner.clone())
            .map_err(|e| Error::Config(format!("not a task handle: {e}")));
    }
    TaskHandle::from_json(&text)
}
