//! Typed async clients for Grok video resellers, generated from the YAML specs in `specs/`.
//!
//! Each spec becomes a module under [`providers`] with typed requests, enums, checked newtypes, typed
//! replies and a `Client`. Behaviour lives here, in a small runtime the generated code calls:
//! validation ([`rules`], [`limits`]), task normalization ([`task`]), and the transport ([`http`]).

pub mod error;
pub mod json_path;
pub mod lifecycle;
pub mod reply;
pub mod spec;
pub mod task;
pub mod transport;
pub mod unified;
pub mod validate;

// Former module paths, kept while the crate's users move to the new ones.
pub use json_path as path;
pub use reply::{explain, lenient};
pub use transport::{http, request, secret, upload};
pub use unified::{capabilities, failover};
pub use validate::{limits, rules, url, violation, wire};

pub use capabilities::{Capabilities, capabilities};
pub use error::{Error, VendorError};
pub use failover::{FailoverError, Submitted, submit_first};
/// Generates a provider module from a spec file in your crate: `grokvid::provider!("specs/acme.yaml");`
pub use grokvid_macros::provider;
pub use http::provider::Provider;
pub use http::{BatchReply, ClientConfig, Content, DynReply, HttpClient, Reply};
pub use lifecycle::download::{Downloaded, Source};
pub use lifecycle::handle::TaskHandle;
pub use lifecycle::retry::RetryPolicy;
pub use lifecycle::wait::{WaitEvent, WaitOptions};
pub use request::{ApiRequest, Encoded};
pub use rules::{FieldAccess, FieldRef};
pub use secret::ApiKey;
pub use task::{Task, TaskStatus};
pub use unified::{ImageInput, VideoRequest, to_provider};
pub use upload::Upload;
pub use url::Url;
pub use violation::{Violation, Violations};
pub use wire::{Open, WireEnum};

/// The HTTP client grokvid sends with, for [`ClientConfig::with_http_client`]: the same version.
pub use reqwest;
#[doc(hidden)]
pub use serde;
#[doc(hidden)]
pub use serde_json;

/// What generated code refers to: one path, so generated modules read the same inside and outside
/// this crate.
#[doc(hidden)]
pub mod rt {
    pub use crate::http::provider::{Entry, Provider};
    pub use crate::http::{BatchReply, ClientConfig, Content, DynReply, HttpClient, Reply};
    pub use crate::request::{ApiRequest, Encoded, Params, encode, typed_reply};
    pub use crate::rules::{FieldAccess, FieldRef};
    pub use crate::upload::{Upload, check_uploads};
    pub use crate::url::Url;
    pub use crate::wire::{FieldValue, Open, WireEnum};
    pub use crate::{ApiKey, Error, TaskStatus, Violation, Violations};
    pub use crate::{client, newtype, object, wire_enum};
    pub use crate::{lenient, spec};
    pub use grokvid_spec::json_path::Path;
    pub use grokvid_spec::table::Provider as ProviderTable;
    pub use grokvid_spec::table::*;
    pub use grokvid_spec::{BodyKind, Method, ParamLocation, PathTemplate, Role, Seg};

    /// The steps of a pre-parsed JSON path (`rt::Path::new(&[rt::step::Key("data"), rt::step::Index(0)])`).
    pub mod step {
        pub use grokvid_spec::json_path::Segment::{Any, Index, Json, Key};
    }
    pub use serde;
    pub use serde_json;
}

/// The built-in providers, one module per file in `specs/`.
pub mod providers {
    include!(concat!(env!("OUT_DIR"), "/providers.rs"));
}

/// The README's Rust example compiles as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExample;
