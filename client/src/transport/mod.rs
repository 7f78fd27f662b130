//! Sending a request and reading its reply: the HTTP client driven by a provider's tables, the request
//! encoding, the API key, uploads, retries, and what a failed create means for money.

pub mod charged;
mod failure;
pub mod http;
pub mod request;
pub mod retry;
pub mod secret;
pub(crate) mod trace;
pub mod upload;
