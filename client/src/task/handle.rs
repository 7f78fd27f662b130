//! `TaskHandle`: what another process needs to pick a task up again. It never holds the key.

use crate::TaskStatus;
use serde::{Deserialize, Serialize};

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
}

impl TaskHandle {
    /// The handle as pretty JSON, for a file or another process.
    pub fn to_json(&self) -> String {
        // A struct of strings always serializes.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
