//! What a running simulator remembers: its tasks, request counters and queued faults.

use crate::SimConfig;
use crate::clock::Phase;
use crate::faults::Faults;
use grokvid::Provider;
use grokvid::TaskStatus;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Oldest tasks are forgotten past this many, so a long demo does not grow without bound.
const MAX_TASKS: usize = 100_000;

/// State shared by every request handler of one simulator.
pub(crate) struct Shared {
    pub provider: &'static Provider,
    pub config: SimConfig,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// Prefix of every operation path (`""` or `/something`).
    pub base_path: String,
    /// The listeners of the spec's named hosts.
    pub hosts: Vec<crate::hosts::Served>,
    pub faults: Faults,
    /// TCP connections accepted (counted by the server's listener).
    pub connections: std::sync::atomic::AtomicUsize,
    counters: Mutex<HashMap<String, usize>>,
    /// The fields of the last request per route that passed the checks, as read (wire names).
    last_read: Mutex<HashMap<String, Map<String, Value>>>,
    /// Per request on a handed-back link, in order: whether it carried the API key.
    link_keys: Mutex<Vec<bool>>,
    /// The header names and the key's places of the last request per operation.
    seen: Mutex<HashMap<String, crate::auth::Seen>>,
    tasks: Mutex<Tasks>,
    next_id: AtomicU64,
    ids: std::hash::RandomState,
}

#[derive(Default)]
struct Tasks {
    by_id: HashMap<String, TaskRecord>,
    order: std::collections::VecDeque<String>,
}

/// Why a task left the clock's path for good.
#[derive(Debug, Clone, PartialEq)]
enum Forced {
    Failed(String),
    Expired,
    Cancelled,
}

struct TaskRecord {
    born: Instant,
    created_unix: f64,
    finished_unix: Option<f64>,
    polls: u32,
    progress: u8,
    forced: Option<Forced>,
    request: Map<String, Value>,
}

/// A task as one reply describes it.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot {
    pub id: String,
    pub status: TaskStatus,
    /// Percent done (kept when the task fails or is cancelled).
    pub progress: u8,
    /// The failure message, for failed tasks.
    pub error: Option<String>,
    /// The create request by wire name (path params included), for echoing fields such as `model`.
    pub request: Map<String, Value>,
    pub created_unix: f64,
    pub finished_unix: Option<f64>,
    /// True when the result has expired (the video route answers 410).
    pub expired: bool,
}

/// What a task-level fault does to a task.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TaskFault {
    Fail(String),
    Expire,
}

impl Shared {
    pub(crate) fn new(
        provider: &'static Provider,
        config: SimConfig,
        addr: SocketAddr,
        hosts: Vec<crate::hosts::Served>,
    ) -> Shared {
        let base_path = config
            .base_path
            .clone()
            .unwrap_or_else(|| path_of(provider.base_url()));
        Shared {
            provider,
            origin: format!("http://{addr}"),
            base_path: normalize_base(&base_path),
            hosts,
            config,
            faults: Faults::default(),
            connections: std::sync::atomic::AtomicUsize::new(0),
            counters: Mutex::default(),
            last_read: Mutex::default(),
            link_keys: Mutex::default(),
            seen: Mutex::default(),
            tasks: Mutex::default(),
            next_id: AtomicU64::new(1),
            ids: std::hash::RandomState::new(),
        }
    }

    pub(crate) fn count(&self, route: &str) {
        let mut counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        *counters.entry(route.to_string()).or_default() += 1;
    }

    pub(crate) fn requests(&self, route: &str) -> usize {
        let counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        counters.get(route).copied().unwrap_or(0)
    }

    /// Keeps what a request on `route` was read as (the kit compares it with the example sent).
    pub(crate) fn remember_read(&self, route: &str, fields: &Map<String, Value>) {
        let mut last = self.last_read.lock().unwrap_or_else(|e| e.into_inner());
        last.insert(route.to_string(), fields.clone());
    }

    pub(crate) fn last_read(&self, route: &str) -> Option<Map<String, Value>> {
        let last = self.last_read.lock().unwrap_or_else(|e| e.into_inner());
        last.get(route).cloned()
    }

    pub(crate) fn remember_seen(&self, route: &str, seen: crate::auth::Seen) {
        let mut all = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        all.insert(route.to_string(), seen);
    }

    pub(crate) fn last_seen(&self, route: &str) -> Option<crate::auth::Seen> {
        let all = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        all.get(route).cloned()
    }

    pub(crate) fn note_link_request(&self, with_key: bool) {
        let mut keys = self.link_keys.lock().unwrap_or_else(|e| e.into_inner());
        keys.push(with_key);
    }

    pub(crate) fn link_requests(&self) -> Vec<bool> {
        let keys = self.link_keys.lock().unwrap_or_else(|e| e.into_inner());
        keys.clone()
    }

    pub(crate) fn video_url(&self, task_id: &str) -> String {
        format!("{}/files/{task_id}.mp4", self.origin)
    }

    /// A new task in its first state (a task fault applies from the start).
    pub(crate) fn create(&self, request: Map<String, Value>, fault: Option<TaskFault>) -> Snapshot {
        let n = self.next_id.fetch_add(1, Ordering::Relaxed);
        let id = format!("task_{:016x}", self.ids.hash_one(n));
        let mut record = TaskRecord {
            born: Instant::now(),
            created_unix: crate::time::now_unix(),
            finished_unix: None,
            polls: 0,
            progress: 0,
            forced: None,
            request,
        };
        record.apply(fault);
        let snapshot = record.snapshot(&id, &self.config.clock);
        let mut tasks = self.tasks.lock().unwrap_or_else(|e| e.into_inner());
        if tasks.order.len() >= MAX_TASKS
            && let Some(oldest) = tasks.order.pop_front()
        {
            tasks.by_id.remove(&oldest);
        }
        tasks.order.push_back(id.clone());
        tasks.by_id.insert(id, record);
        snapshot
    }

    /// One poll of a task: moves the clock on, then describes it. `None` for an unknown id.
    pub(crate) fn poll(&self, id: &str, fault: Option<TaskFault>) -> Option<Snapshot> {
        self.with_task(id, |record, clock| {
            record.polls = record.polls.saturating_add(1);
            record.apply(fault);
            record.snapshot(id, clock)
        })
    }

    /// Describes a task without moving its clock.
    pub(crate) fn peek(&self, id: &str, fault: Option<TaskFault>) -> Option<Snapshot> {
        self.with_task(id, |record, clock| {
            record.apply(fault);
            record.snapshot(id, clock)
        })
    }

    /// Cancels a task that has not finished yet, then describes it.
    pub(crate) fn cancel(&self, id: &str) -> Option<Snapshot> {
        self.with_task(id, |record, clock| {
            if !record.snapshot(id, clock).status.is_terminal() {
                record.forced = Some(Forced::Cancelled);
            }
            record.snapshot(id, clock)
        })
    }

    fn with_task(
        &self,
        id: &str,
        f: impl FnOnce(&mut TaskRecord, &crate::Clock) -> Snapshot,
    ) -> Option<Snapshot> {
        let mut tasks = self.tasks.lock().unwrap_or_else(|e| e.into_inner());
        tasks
            .by_id
            .get_mut(id)
            .map(|record| f(record, &self.config.clock))
    }
}

impl TaskRecord {
    /// A fault makes a task fail or expire for good (a failed or cancelled task stays as it is).
    fn apply(&mut self, fault: Option<TaskFault>) {
        let settled = matches!(
            self.forced,
            Some(Forced::Failed(_) | Forced::Cancelled | Forced::Expired)
        );
        match fault {
            Some(TaskFault::Fail(message)) if !settled => {
                self.forced = Some(Forced::Failed(message))
            }
            Some(TaskFault::Expire) if !settled => {
                // Only a finished result can expire.
                self.forced = Some(Forced::Expired);
                self.progress = 100;
            }
            _ => {}
        }
    }

    fn snapshot(&mut self, id: &str, clock: &crate::Clock) -> Snapshot {
        let status = match &self.forced {
            Some(Forced::Failed(_)) => TaskStatus::Failed,
            Some(Forced::Expired) => TaskStatus::Expired,
            Some(Forced::Cancelled) => TaskStatus::Cancelled,
            None => match clock.phase(self.polls, self.born.elapsed()) {
                Phase::Queued => {
                    self.progress = 0;
                    TaskStatus::Queued
                }
                Phase::Processing(p) => {
                    self.progress = p;
                    TaskStatus::Processing
                }
                Phase::Completed => {
                    self.progress = 100;
                    TaskStatus::Completed
                }
            },
        };
        if status.is_terminal() && self.finished_unix.is_none() {
            self.finished_unix = Some(crate::time::now_unix());
        }
        Snapshot {
            id: id.to_string(),
            status,
            progress: self.progress,
            error: match &self.forced {
                Some(Forced::Failed(message)) => Some(message.clone()),
                _ => None,
            },
            request: self.request.clone(),
            created_unix: self.created_unix,
            finished_unix: self.finished_unix,
            expired: self.forced == Some(Forced::Expired),
        }
    }
}

/// The path part of a base URL (`https://h/api/` → `/api`).
pub(crate) fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/')
        .map_or(String::new(), |i| rest[i..].to_string())
}

/// `api/` → `/api`, `/` → ``.
pub(crate) fn normalize_base(path: &str) -> String {
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths() {
        assert_eq!(normalize_base(&path_of("https://api.x.ai")), "");
        assert_eq!(normalize_base(&path_of("https://h/kyy/")), "/kyy");
        assert_eq!(normalize_base("v1"), "/v1");
        assert_eq!(normalize_base("/"), "");
    }
}
