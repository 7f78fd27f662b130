//! `TaskHandle`: what another process needs to pick a task up again. It never holds the key.

use crate::TaskStatus;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A submitted task: which provider, where, which id. Serialize it at a deadline or on Ctrl-C and
/// resume it later with [`crate::HttpClient::resume`] (read back with `TaskHandle::from_json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskHandle {
    /// The provider id (`geeknow`, `xai`, ...).
    pub provider: String,
    /// The base URL the task was submitted to.
    pub base_url: String,
    /// The vendor's task id.
    pub task_id: String,
    /// The model asked for, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The last status seen, for people reading the handle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<TaskStatus>,
    /// URLs the vendor's replies handed back, by the spec's link name: a later download may need
    /// them (see `result:` in the spec language). Checked when the handle is resumed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub links: BTreeMap<String, String>,
    /// The URLs of the spec's named hosts (`hosts:`) the task was submitted with, by name. Checked
    /// like `base_url` when the handle is resumed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hosts: BTreeMap<String, String>,
}

impl TaskHandle {
    /// Gives `task` (read by a later poll) the links this handle keeps; the task's own win, being
    /// newer.
    pub fn lend_links(&self, task: &mut crate::Task) {
        for (name, url) in &self.links {
            task.links
                .entry(name.clone())
                .or_insert_with(|| url.clone());
        }
    }

    /// The handle as pretty JSON, for a file or another process.
    pub fn to_json(&self) -> String {
        // A struct of strings always serializes.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
