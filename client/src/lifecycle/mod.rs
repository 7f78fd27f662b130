//! The task lifecycle shared by every provider: retries, waiting, downloading, resuming.

pub mod charged;
pub mod download;
pub mod handle;
pub mod retry;
pub mod wait;
