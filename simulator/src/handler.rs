//! The request pipeline: route → read → count → fault → auth → content type → validation → the
//! operation's role (create, query, batch query, content, other) → reply, mangled by a fault if asked.
//!
//! Faults that a gateway would cause (latency, an error status, a redirect) act before auth; faults
//! about the task (failure, expiry, an unknown word) shape the reply; wire faults (malformed JSON, a
//! dropped connection) act on whatever reply was made.

use crate::errors::{self, Refusal};
use crate::faults::Fault;
use crate::fill::{self, Context};
use crate::hosts::Listening;
use crate::incoming::{self, Body, Incoming, Problem};
use crate::invert::TaskReply;
use crate::reply::{Delivery, Reply};
use crate::routes::{self, Route, VIDEO};
use crate::state::{Shared, Snapshot, TaskFault};
use crate::{auth, shape, validate, video, visibility};
use axum::extract::{Extension, Request, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use grokvid::TaskStatus;
use grokvid::rt::json_path::Path;
use grokvid::spec::{BodyKind, Kind, Method, Operation, Role};
use serde_json::{Map, Value};
use std::sync::Arc;

/// Every request lands here (the app's fallback): reserved paths first, then the vendor's routes;
/// each request is reported to the config's observer once answered.
pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
    Extension(Listening(host)): Extension<Listening>,
    request: Request,
) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = match visibility::reserved(&shared, &method, &path) {
        Some(response) => response,
        None => vendor(&shared, host, request).await,
    };
    visibility::observe(&shared, &method, &path, response.status());
    response
}

/// Routing is the spec's, not axum's.
async fn vendor(shared: &Arc<Shared>, host: Option<&str>, request: Request) -> Response {
    let method = request.method().as_str().to_string();
    let path = request.uri().path().to_string();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |pq| pq.as_str().to_string());
    let provider = shared.provider;
    let base_path = match host {
        Some(name) => shared.hosts.iter().find(|h| h.name == name),
        None => None,
    }
    .map_or(shared.base_path.as_str(), |h| h.base_path.as_str());
    let route = routes::resolve(provider, base_path, &method, &path);
    match crate::hosts::only_on(route, host) {
        Route::NotFound => {
            let message = format!("no route for {method} {path}");
            // The body (if any) is left unread, so the connection is not kept.
            errors::reply(provider, Refusal::NotFound, &message)
                .header(header::CONNECTION, "close")
                .into_response(Delivery::Whole)
        }
        Route::MethodNotAllowed => {
            let message = format!("{method} is not allowed on {path}");
            errors::reply(provider, Refusal::MethodNotAllowed, &message)
                .header(header::CONNECTION, "close")
                .into_response(Delivery::Whole)
        }
        Route::Video { task_id } => {
            let range = range(request.headers()).map(str::to_string);
            video_route(shared, &path_and_query, range.as_deref(), &task_id).await
        }
        Route::Link { task_id, name } => {
            crate::links::answer(shared, request, &task_id, &name).await
        }
        Route::Ops {
            candidates,
            path_params,
        } => {
            let incoming = Incoming::read(request, shared.config.max_body_bytes).await;
            let Some(op) = choose(&candidates, &incoming, &path_params) else {
                let message = format!("no route for {method} {path}");
                return errors::reply(provider, Refusal::NotFound, &message)
                    .into_response(Delivery::Whole);
            };
            shared.count(op.name());
            let fault = shared.faults.take(op.name());
            let media = op.role() == Role::Content;
            if let Some(early) = gateway_fault(shared, &fault, media, &path_and_query).await {
                return early;
            }
            let mut reply = answer(shared, op, &incoming, &path_params, fault.as_ref());
            if !incoming.body_complete {
                reply = reply.header(header::CONNECTION, "close");
            }
            reply.into_response(delivery(fault.as_ref()))
        }
    }
}

/// Among operations sharing a method and path, the one whose constants the request carries (the most
/// of them), then whose body kind the request's content type matches (a JSON and a multipart create on
/// one path), then whose checks pass (one create per model family), the first on a tie; the first one
/// when none fits, so its checks report why.
fn choose(
    candidates: &[&'static Operation],
    incoming: &Incoming,
    path_params: &[(String, String)],
) -> Option<&'static Operation> {
    if candidates.len() == 1 {
        return candidates.first().copied();
    }
    let mut best: Option<((usize, bool, bool), &'static Operation)> = None;
    for op in candidates {
        let Some(n) = validate::matching_consts(op, incoming, path_params) else {
            continue;
        };
        let media = media_problem(op, incoming).is_none();
        let valid = media && validate::check(op, incoming, path_params).is_ok();
        let score = (n, media, valid);
        if best.is_none_or(|(m, _)| score > m) {
            best = Some((score, op));
        }
    }
    best.map(|(_, op)| op)
        .or_else(|| candidates.first().copied())
}

/// Latency (then carry on), an error status, or a redirect of a JSON route, before anything else.
pub(crate) async fn gateway_fault(
    shared: &Shared,
    fault: &Option<Fault>,
    media: bool,
    path_and_query: &str,
) -> Option<Response> {
    match fault {
        Some(Fault::Latency(delay)) => {
            tokio::time::sleep(*delay).await;
            None
        }
        Some(Fault::Status { code, retry_after }) => {
            let message = if *code == 429 {
                "rate limit exceeded (simulated)".to_string()
            } else {
                format!("simulated HTTP {code}")
            };
            let mut reply = errors::reply(shared.provider, Refusal::Status(*code), &message);
            if let Some(seconds) = retry_after {
                reply = reply.header(header::RETRY_AFTER, seconds.to_string());
            }
            Some(reply.into_response(Delivery::Whole))
        }
        Some(Fault::Final(index)) => {
            let reply = errors::final_reply(shared.provider, *index).unwrap_or_else(|| {
                let message = format!("the spec declares no `errors.final` entry {index}");
                errors::reply(shared.provider, Refusal::Status(500), &message)
            });
            Some(reply.into_response(Delivery::Whole))
        }
        Some(Fault::Redirect) if !media => {
            let location = format!("{}{path_and_query}", shared.origin);
            Some(
                Reply::redirect(StatusCode::TEMPORARY_REDIRECT, location)
                    .into_response(Delivery::Whole),
            )
        }
        _ => None,
    }
}

fn delivery(fault: Option<&Fault>) -> Delivery {
    match fault {
        Some(Fault::DropMidBody) => Delivery::Dropped,
        Some(Fault::MalformedJson) => Delivery::Truncated,
        _ => Delivery::Whole,
    }
}

fn task_fault(fault: Option<&Fault>) -> Option<TaskFault> {
    match fault {
        Some(Fault::FailTask(message)) => Some(TaskFault::Fail(message.clone())),
        Some(Fault::Expired) => Some(TaskFault::Expire),
        _ => None,
    }
}

fn unknown_word(fault: Option<&Fault>) -> Option<&str> {
    match fault {
        Some(Fault::UnknownStatus(word)) => Some(word),
        _ => None,
    }
}

/// One operation call, from auth to the role's reply.
struct Call<'a> {
    shared: &'a Shared,
    op: &'static Operation,
    incoming: &'a Incoming,
    fault: Option<&'a Fault>,
}

fn answer(
    shared: &Shared,
    op: &'static Operation,
    incoming: &Incoming,
    path_params: &[(String, String)],
    fault: Option<&Fault>,
) -> Reply {
    let provider = shared.provider;
    let key_auth = provider.auth_for(op);
    let seen = auth::Seen::of(incoming, &shared.config.api_key);
    let stray = seen.stray_key(key_auth).map(str::to_string);
    shared.remember_seen(op.name(), seen);
    if !auth::authorized(key_auth, incoming, &shared.config.api_key) {
        return errors::reply(
            provider,
            Refusal::Unauthorized,
            "missing or invalid API key",
        );
    }
    // The key where this host does not take it is a leak, even beside the right header.
    if let Some(place) = stray {
        let message =
            format!("the API key was also sent in `{place}`, where this host does not take it");
        return errors::reply(provider, Refusal::BadRequest, &message);
    }
    if let Some((name, value)) = auth::missing_app_header(provider.headers(), incoming) {
        let message = format!("missing header `{name}: {value}`");
        return errors::reply(provider, Refusal::BadRequest, &message);
    }
    match &incoming.body {
        Body::Unreadable(Problem::TooLarge(limit)) => {
            let message = format!("the body is larger than {limit} bytes");
            return errors::reply(provider, Refusal::TooLarge, &message);
        }
        Body::Unreadable(Problem::Invalid(message) | Problem::Incomplete(message)) => {
            return errors::reply(provider, Refusal::BadRequest, message);
        }
        _ => {}
    }
    if let Some(message) = media_problem(op, incoming) {
        return errors::reply(provider, Refusal::UnsupportedMediaType, &message);
    }
    let fields = match validate::check(op, incoming, path_params) {
        Ok(fields) => fields,
        Err(violations) => {
            return errors::reply(provider, Refusal::BadRequest, &violations.to_string());
        }
    };
    shared.remember_read(op.name(), &fields);
    let call = Call {
        shared,
        op,
        incoming,
        fault,
    };
    match op.role() {
        Role::Create => call.create(fields),
        Role::Query => call.query(&fields),
        Role::BatchQuery => call.batch(&fields),
        Role::Content => call.content(&fields),
        Role::Other => call.other(fields),
    }
}

/// JSON operations take `application/json`, multipart ones `multipart/form-data`.
fn media_problem(op: &Operation, incoming: &Incoming) -> Option<String> {
    let media = incoming.media_type.as_deref();
    let sent = media.unwrap_or("no Content-Type");
    match op.body() {
        BodyKind::Json if !incoming::is_json(media) => Some(format!(
            "expected a JSON body (Content-Type: application/json), got {sent}"
        )),
        BodyKind::Multipart if !incoming::is_multipart(media) => {
            Some(format!("expected a multipart/form-data body, got {sent}"))
        }
        _ => None,
    }
}

impl Call<'_> {
    fn refuse(&self, refusal: Refusal, message: &str) -> Reply {
        errors::reply(self.shared.provider, refusal, message)
    }

    fn create(&self, fields: Map<String, Value>) -> Reply {
        let mut request = validate::canonical(self.op, fields);
        // What the vendor makes of it: a value it fixes, a field it ignores (`then: warn`/`drop`).
        grokvid::rt::validate::as_vendor_reads(self.op.rules(), &mut request);
        let task = self.shared.create(request, task_fault(self.fault));
        Reply::json(StatusCode::OK, &self.task_json(&task))
    }

    fn query(&self, fields: &Map<String, Value>) -> Reply {
        let Some(id) = task_id(self.op, fields) else {
            return self.refuse(Refusal::BadRequest, "the task id is missing");
        };
        match self.shared.poll(&id, task_fault(self.fault)) {
            Some(task) => Reply::json(StatusCode::OK, &self.task_json(&task)),
            None => self.refuse(Refusal::NotFound, &format!("no task with id {id}")),
        }
    }

    /// Every known id of the request, each polled once; unknown ids are left out, as vendors do.
    fn batch(&self, fields: &Map<String, Value>) -> Reply {
        let tasks: Vec<Snapshot> = batch_ids(self.op, fields)
            .iter()
            .filter_map(|id| self.shared.poll(id, task_fault(self.fault)))
            .collect();
        let provider = self.shared.provider;
        let Some(mapping) = self.op.response().task() else {
            return Reply::json(StatusCode::OK, &self.plain(None));
        };
        let at = self
            .op
            .response()
            .tasks_at()
            .copied()
            .unwrap_or(Path::new(&[]));
        let at = &at;
        let item_fields = shape::item_fields(self.op.response().fields(), at);
        let items: Vec<Value> = tasks
            .iter()
            .map(|task| {
                let video_url = self.shared.video_url(&task.id);
                TaskReply {
                    provider,
                    fields: item_fields,
                    times: self.op.response().times(),
                    mapping,
                    task,
                    video_url: &video_url,
                    origin: &self.shared.origin,
                    unknown_word: unknown_word(self.fault),
                    envelope: false,
                }
                .build()
            })
            .collect();
        let ctx = Context {
            item_count: Some(items.len()),
            ..Context::empty()
        };
        let owned = fill::owned_paths(provider, None, Some(at));
        let mut reply = fill::frame(
            provider,
            self.op.response().fields(),
            &owned,
            &ctx,
            true,
            true,
        );
        if at.segments().is_empty() {
            reply = Value::Array(items);
        } else {
            shape::write(&mut reply, at, Value::Array(items));
        }
        Reply::json(StatusCode::OK, &reply)
    }

    /// The file of a completed task (or a 302 to it, when that fault is set).
    fn content(&self, fields: &Map<String, Value>) -> Reply {
        let Some(id) = task_id(self.op, fields) else {
            return self.refuse(Refusal::BadRequest, "the task id is missing");
        };
        let Some(task) = self.shared.peek(&id, None) else {
            return self.refuse(Refusal::NotFound, &format!("no task with id {id}"));
        };
        if task.expired || self.fault == Some(&Fault::Expired) {
            return self.refuse(Refusal::Gone, "the video has expired");
        }
        if task.status != TaskStatus::Completed {
            return self.refuse(Refusal::NotReady, "video is not ready yet");
        }
        if self.fault == Some(&Fault::Redirect) {
            return Reply::redirect(StatusCode::FOUND, self.shared.video_url(&id));
        }
        let media = self.op.response().media().unwrap_or("video/mp4");
        video::reply(
            media,
            range(&self.incoming.headers),
            self.shared.config.video_size,
        )
    }

    /// An operation on one task (a DELETE or a `cancel...` name cancels it; anything else reads it), an
    /// extra create (no task id but a task mapping), or a plain call.
    fn other(&self, fields: Map<String, Value>) -> Reply {
        if self.op.task_id_param().is_none() {
            return match self.op.response().task() {
                Some(_) => self.create(fields),
                None => Reply::json(StatusCode::OK, &self.plain(None)),
            };
        }
        let Some(id) = task_id(self.op, &fields) else {
            return self.refuse(Refusal::BadRequest, "the task id is missing");
        };
        let cancels = self.op.method() == Method::Delete || self.op.name().contains("cancel");
        let task = if cancels {
            self.shared.cancel(&id)
        } else {
            self.shared.peek(&id, task_fault(self.fault))
        };
        match task {
            Some(task) => Reply::json(StatusCode::OK, &self.task_json(&task)),
            None => self.refuse(Refusal::NotFound, &format!("no task with id {id}")),
        }
    }

    /// The reply describing one task, or a plain reply when the operation maps no task.
    fn task_json(&self, task: &Snapshot) -> Value {
        let Some(mapping) = self.op.response().task() else {
            return self.plain(Some(task));
        };
        let video_url = self.shared.video_url(&task.id);
        TaskReply {
            provider: self.shared.provider,
            fields: self.op.response().fields(),
            times: self.op.response().times(),
            mapping,
            task,
            video_url: &video_url,
            origin: &self.shared.origin,
            unknown_word: unknown_word(self.fault),
            envelope: true,
        }
        .build()
    }

    /// A success reply with documented fields only.
    fn plain(&self, task: Option<&Snapshot>) -> Value {
        let provider = self.shared.provider;
        let ctx = match task {
            Some(t) => Context {
                request: &t.request,
                created_unix: t.created_unix,
                finished_unix: t.finished_unix,
                item_count: None,
                times: self.op.response().times(),
            },
            None => Context::empty(),
        };
        let owned = fill::owned_paths(provider, None, None);
        fill::frame(
            provider,
            self.op.response().fields(),
            &owned,
            &ctx,
            true,
            true,
        )
    }
}

/// The task id the request names, as text.
fn task_id(op: &Operation, fields: &Map<String, Value>) -> Option<String> {
    let param = op.task_id_param()?;
    fields
        .get(param.wire())
        .and_then(grokvid::rt::json_path::as_text)
        .filter(|id| !id.is_empty())
}

/// The ids of a batch request: its first list param that was sent (else its task id param).
fn batch_ids(op: &Operation, fields: &Map<String, Value>) -> Vec<String> {
    let list = op
        .params()
        .iter()
        .filter(|f| matches!(f.shape().kind(), Kind::List(_)))
        .find_map(|f| fields.get(f.wire()).and_then(Value::as_array));
    match list {
        Some(items) => items
            .iter()
            .filter_map(grokvid::rt::json_path::as_text)
            .collect(),
        None => task_id(op, fields).into_iter().collect(),
    }
}

fn range(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(header::RANGE).and_then(|v| v.to_str().ok())
}

/// `/files/{task_id}.mp4`: the video of a completed task, no key needed (like a CDN URL).
async fn video_route(
    shared: &Shared,
    path_and_query: &str,
    range: Option<&str>,
    task_id: &str,
) -> Response {
    shared.count(VIDEO);
    let fault = shared.faults.take(VIDEO);
    if let Some(early) = gateway_fault(shared, &fault, true, path_and_query).await {
        return early;
    }
    let provider = shared.provider;
    let reply = match shared.peek(task_id, None) {
        None => errors::reply(provider, Refusal::NotFound, &format!("no video {task_id}")),
        Some(task) if task.expired || fault == Some(Fault::Expired) => {
            errors::reply(provider, Refusal::Gone, "the video has expired")
        }
        Some(task) if task.status != TaskStatus::Completed => {
            errors::reply(provider, Refusal::NotFound, "the video is not ready yet")
        }
        Some(_) if fault == Some(Fault::Redirect) => {
            let location = format!("{}?redirected=1", shared.video_url(task_id));
            Reply::redirect(StatusCode::FOUND, location)
        }
        Some(_) => video::reply("video/mp4", range, shared.config.video_size),
    };
    reply.into_response(delivery(fault.as_ref()))
}
