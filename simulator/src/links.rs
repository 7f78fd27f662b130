//! `/links/{task_id}/{name}`: the URLs the simulator hands back in task replies (a task mapping's
//! `links:`), played the way the spec's `result:` list reads them: JSON holding the video URL at the
//! source's `video_url` path, or the video itself. A source that needs the key refuses a request
//! without it; every request notes whether it carried the key, so tests can see where it went.

use crate::errors::{self, Refusal};
use crate::incoming::Incoming;
use crate::reply::{Delivery, Reply};
use crate::state::Shared;
use crate::{auth, shape, video};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::Response;
use grokvid::TaskStatus;
use grokvid::spec::ResultSource;
use serde_json::Value;

/// Route name of link requests, for counters and faults.
pub const LINK: &str = "link";

/// The URL of a task's link `name`, as a reply hands it back.
pub(crate) fn url(origin: &str, task_id: &str, name: &str) -> String {
    format!("{origin}/links/{task_id}/{name}")
}

/// `/links/{task_id}/{name}` → the id and the name.
pub(crate) fn parse(path: &str) -> Option<(String, String)> {
    let rest = path.strip_prefix("/links/")?;
    let (id, name) = rest.split_once('/')?;
    let ok = !id.is_empty() && !name.is_empty() && !name.contains('/');
    ok.then(|| (crate::routes::decode(id), name.to_string()))
}

/// The reply to a link request.
pub(crate) async fn answer(
    shared: &Shared,
    request: Request,
    task_id: &str,
    name: &str,
) -> Response {
    shared.count(LINK);
    let provider = shared.provider;
    let incoming = Incoming::read(request, shared.config.max_body_bytes).await;
    let with_key = auth::authorized(provider.auth(), &incoming, &shared.config.api_key);
    shared.note_link_request(with_key);
    let fault = shared.faults.take(LINK);
    let path = format!("/links/{task_id}/{name}");
    if let Some(early) = crate::handler::gateway_fault(shared, &fault, true, &path).await {
        return early;
    }
    let link = provider.result_sources().into_iter().find_map(|s| match s {
        ResultSource::Link(link) if link.name() == name => Some(link),
        _ => None,
    });
    let reply = match (link, shared.peek(task_id, None)) {
        (None, _) => errors::reply(provider, Refusal::NotFound, &format!("no link {name}")),
        (_, None) => errors::reply(provider, Refusal::NotFound, &format!("no task {task_id}")),
        (Some(link), _) if link.needs_key() && !with_key => errors::reply(
            provider,
            Refusal::Unauthorized,
            "missing or invalid API key",
        ),
        (_, Some(task)) if task.expired => {
            errors::reply(provider, Refusal::Gone, "the video has expired")
        }
        (_, Some(task)) if task.status != TaskStatus::Completed => {
            errors::reply(provider, Refusal::NotReady, "the result is not ready yet")
        }
        (Some(link), Some(_)) => match link.video_url().first() {
            Some(at) => {
                let mut body = Value::Object(Default::default());
                shape::write(&mut body, at, Value::from(shared.video_url(task_id)));
                Reply::json(StatusCode::OK, &body)
            }
            None => {
                let range = incoming
                    .headers
                    .get(header::RANGE)
                    .and_then(|v| v.to_str().ok());
                video::reply("video/mp4", range, shared.config.video_size)
            }
        },
    };
    reply.into_response(Delivery::Whole)
}
