//! Sending a request and reading its reply: the HTTP client driven by a provider's tables, the request
//! encoding, the API key, uploads, retries, and what a failed create means for money.

pub(crate) mod charged;
mod failure;
pub(crate) mod http;
pub(crate) mod nesting;
pub(crate) mod request;
pub(crate) mod retry;
pub(crate) mod secret;
pub(crate) mod trace;
pub(crate) mod upload;
