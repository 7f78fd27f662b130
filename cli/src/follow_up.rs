//! Once a task exists, every way out of a command (success, error, deadline, Ctrl-C) prints its
//! handle and the exact command that continues it, or says that the task died with the built-in
//! simulator.

use crate::exit;
use crate::output::{Out, error_json, pretty, print_out};
use grokvid::{Error, TaskHandle};
use serde_json::{Value, json};
use std::path::Path;
use std::process::ExitCode;

/// A task that exists on some server.
pub struct Existing {
    pub handle: TaskHandle,
    /// False on the built-in simulator: its tasks end with this process.
    pub resumable: bool,
}

/// What continues the task.
#[derive(Clone, Copy)]
pub enum Next<'a> {
    Wait,
    /// Wait if needed, then save the video here.
    Download(&'a Path),
}

impl Existing {
    /// `grokvid download --provider P ID [--base-url URL] --out FILE`: the spec's base URL is implied,
    /// any other is named (a handle's host is only trusted when the user passes it).
    pub fn command(&self, next: Next<'_>) -> String {
        let h = &self.handle;
        let mut words = vec![
            "grokvid".to_string(),
            match next {
                Next::Wait => "wait",
                Next::Download(_) => "download",
            }
            .to_string(),
            "--provider".to_string(),
            quoted(&h.provider),
            quoted(&h.task_id),
        ];
        let catalog = crate::catalog::get();
        // A provider of a --spec file is only known with that flag again.
        if let Some(crate::catalog::Source::Given(path)) = catalog.source(&h.provider) {
            words.insert(2, "--spec".to_string());
            words.insert(3, quoted(&path.display().to_string()));
        }
        let provider = catalog.find(&h.provider).ok();
        let spec_url = provider.map(|p| p.base_url().trim_end_matches('/'));
        if spec_url != Some(h.base_url.trim_end_matches('/')) {
            words.push("--base-url".to_string());
            words.push(quoted(&h.base_url));
        }
        // Named hosts the spec gives another URL, or none: the continuation needs them too.
        for (name, url) in &h.hosts {
            let declared = provider
                .and_then(|p| p.host(name))
                .map(|host| host.base_url().trim_end_matches('/'));
            if declared != Some(url.trim_end_matches('/')) {
                words.push("--host".to_string());
                words.push(quoted(&format!("{name}={url}")));
            }
        }
        if let Next::Download(path) = next {
            words.push("--out".to_string());
            words.push(quoted(&path.display().to_string()));
        }
        words.join(" ")
    }

    /// Tells how to continue (stderr) and adds `handle`, `resumable` and `next` to `doc`; `next` is
    /// `None` when nothing is left to do (the task ended).
    pub fn advise(&self, doc: &mut Value, next: Option<Next<'_>>) {
        doc["handle"] = json!(self.handle);
        doc["resumable"] = json!(self.resumable);
        if !self.resumable {
            eprintln!(
                "task {} lived in the built-in simulator, which stops with this command: it cannot \
                 be resumed",
                self.handle.task_id
            );
            return;
        }
        if let Some(next) = next {
            let command = self.command(next);
            eprintln!("the task goes on; continue it with:\n  {command}");
            doc["next"] = json!(command);
        }
    }

    /// Reports an error that leaves the task behind: the error, then how to continue; with `--json`
    /// one document whose `error` holds both. The handle goes to stdout in human mode too.
    pub fn fail(&self, out: Out, error: &Error, next: Next<'_>) -> ExitCode {
        let ended = matches!(error, Error::TaskEnded { .. });
        let code = out.report(error);
        let mut doc = error_json(error);
        self.advise(&mut doc, (!ended).then_some(next));
        doc["exit_code"] = json!(code);
        if out.json {
            print_out(&pretty(&json!({ "error": doc })));
        } else if self.resumable && !ended {
            print_out(&self.handle.to_json());
        }
        ExitCode::from(code)
    }

    /// Ctrl-C while the task runs or downloads: `doc` (the command's result so far) marked as
    /// interrupted, with how to continue.
    pub fn interrupted(&self, out: Out, mut doc: Value, next: Next<'_>) -> ExitCode {
        eprintln!("interrupted");
        doc["interrupted"] = json!(true);
        self.advise(&mut doc, Some(next));
        out.result(&doc, &self.handle.to_json());
        ExitCode::from(exit::INTERRUPTED)
    }
}

/// Runs `phase` to its end, or until Ctrl-C (`None`). The phase is dropped before this returns, so
/// a download in progress has removed its part file by then.
pub async fn unless_interrupted<T>(phase: impl Future<Output = T>) -> Option<T> {
    tokio::select! {
        value = phase => Some(value),
        _ = tokio::signal::ctrl_c() => None,
    }
}

/// Ctrl-C while a create was in flight: it may have reached the vendor, and no task id came back.
pub fn interrupted_create(out: Out, simulated: bool) -> ExitCode {
    let charge = if simulated {
        "(the built-in simulator: nothing is charged)"
    } else {
        "and been charged; check the vendor's dashboard before sending it again"
    };
    eprintln!(
        "interrupted during the create: the request may have reached the vendor {charge}; no task \
         id came back, so there is nothing to resume"
    );
    let doc = json!({
        "interrupted": true,
        "during": "create",
        "may_have_been_sent": true,
        "simulated": simulated,
    });
    out.result(&doc, "");
    ExitCode::from(exit::INTERRUPTED)
}

/// A shell word: as is when it is plain, else in single quotes.
fn quoted(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_name_what_differs_from_the_spec_and_quote_odd_words() {
        let existing = Existing {
            handle: TaskHandle {
                provider: "xai".into(),
                base_url: "https://api.x.ai".into(),
                task_id: "req-1".into(),
                model: None,
                last_status: None,
                links: Default::default(),
                hosts: Default::default(),
            },
            resumable: true,
        };
        assert_eq!(
            existing.command(Next::Wait),
            "grokvid wait --provider xai req-1"
        );
        let mut other = existing;
        other.handle.base_url = "http://127.0.0.1:9/v".into();
        other.handle.task_id = "it's 1".into();
        assert_eq!(
            other.command(Next::Download(Path::new("my video.mp4"))),
            r"grokvid download --provider xai 'it'\''s 1' --base-url http://127.0.0.1:9/v --out 'my video.mp4'"
        );
        other.handle.hosts = [("files".to_string(), "http://127.0.0.1:10".to_string())].into();
        assert_eq!(
            other.command(Next::Wait),
            r"grokvid wait --provider xai 'it'\''s 1' --base-url http://127.0.0.1:9/v --host files=http://127.0.0.1:10"
        );
    }
}
