//! The task lifecycle after a create, shared by every provider: waiting for the task and downloading
//! its video.

pub(crate) mod created;
pub(crate) mod download;
mod result;
mod resume;
pub(crate) mod wait;
