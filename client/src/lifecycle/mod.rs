//! The task lifecycle after a create, shared by every provider: waiting for the task and downloading
//! its video.

pub mod created;
pub mod download;
mod resume;
pub mod wait;

// Former paths, kept while the crate's users move to the new ones.
pub use crate::task::handle;
pub use crate::transport::{charged, retry};
