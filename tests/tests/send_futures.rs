//! Every future the library hands a caller is `Send`, so any of them can run on `tokio::spawn` (a
//! web handler, a worker pool). Checked by the compiler: `futures_are_send` is type-checked with the
//! bound on each future and never run; a future that stops being `Send` fails this file's build.

use grokvid::providers::xai;
use grokvid::{HttpClient, Provider, Task, TaskHandle, VideoRequest, WaitOptions};
use std::path::Path;

fn send<T: Send>(_: T) {}

#[allow(clippy::too_many_arguments)]
fn futures_are_send(
    provider: &'static Provider,
    client: &HttpClient,
    clients: &[HttpClient],
    typed: &xai::Client,
    request: &xai::GenerationsRequest,
    neutral: &VideoRequest,
    handle: &TaskHandle,
    task: &Task,
) {
    let target = Path::new("video.mp4");
    send(typed.generations(request));
    send(typed.wait(handle, |_| {}));
    send(typed.download(task, target, |_, _| {}));
    send(client.wait(handle, &WaitOptions::for_provider(provider), |_| {}));
    send(client.download(task, target, |_, _| {}));
    send(provider.call(
        client,
        "generations",
        serde_json::json!({"prompt": "a cat"}),
    ));
    send(grokvid::failover::submit_first(clients, neutral));
    send(grokvid::failover::submit_first_with(
        clients,
        neutral,
        None,
        |_| {},
    ));
}

#[test]
fn the_library_futures_are_send() {
    // The check is the build of `futures_are_send`; naming it keeps it compiled and used.
    let check: fn(_, _, _, _, _, _, _, _) = futures_are_send;
    let _ = check;
}
