//! Typed async clients for Grok video resellers, generated from the YAML specs in `specs/`.
//!
//! Each spec becomes a module under [`providers`] with typed requests, enums, checked newtypes, typed
//! replies and a `Client` (your own specs too, with [`provider!`]). Every client shares one runtime,
//! [`HttpClient`], driven by the provider's tables ([`spec`]): it validates a request before sending
//! anything, sends it, and maps the reply onto a normalized [`Task`]; [`HttpClient::wait`] and
//! [`HttpClient::download`] finish the job, and a [`TaskHandle`] resumes it in another process.
//! [`VideoRequest`] is one request for every provider; [`failover`] submits it to the first that
//! takes it, and [`capabilities`] says what each accepts. Every failure is an [`Error`] that says
//! whether the request was sent, and whether a paid create may have been charged.
//!
//! A spec can also be read at run time, with no build: [`Provider::from_file`] and
//! [`Provider::from_yaml`] run the generator's own loader and checks (a [`SpecError`] lists every
//! problem as `file:line:col: message`) and build the same tables a compiled provider holds. Such a
//! provider takes requests as JSON objects keyed by wire names ([`Provider::call`],
//! [`Provider::encode_request`]), checked against its tables before anything is sent, and works with
//! everything above like a built-in one.
//!
//! # Layers
//!
//! The runtime's folders depend one way, each on the ones below it only (`tests/tests/layers.rs`
//! fails on any import cycle between them, or between the files of one folder):
//!
//! ```text
//! unified/    the provider-neutral request, failover, capabilities (reads the generated registry)
//! lifecycle/  after a create: waiting, downloading, resuming from a handle, a create's task
//! load        a provider read from its spec at run time (the generator's loader, then tables)
//! providers   generated from specs/: names the runtime only through the `rt` door
//! transport/  the HTTP client, request encoding, API key, uploads, retries, what may be charged
//! reply/      reading a vendor reply: success or vendor error, lenient fields, explained readings
//! error       the one error type
//! task/       the normalized task, its handle, reading a reply onto it  | validate/  limits, rules,
//! json_path   reading JSON paths in replies                              |   wire enums, newtypes
//! spec        the provider tables, in the spec language's vocabulary (grokvid_spec)
//! ```
//!
//! This file is the facade: what a user needs is re-exported here, plus the [`spec`], [`failover`],
//! [`capabilities`], [`http`] and [`providers`] modules. What only generated code and this workspace's tools
//! (simulator, CLI, benchmarks, tests) need goes through one hidden door, `rt`.

#![warn(missing_docs, unreachable_pub)]

mod error;
mod json_path;
mod lifecycle;
#[cfg(test)]
mod light_replies;
mod load;
mod reply;
pub mod spec;
mod task;
mod transport;
mod unified;
mod validate;

pub use error::{Error, VendorError};
/// Generates a provider module from a spec file in your crate: `grokvid::provider!("specs/acme.yaml");`
pub use grokvid_macros::provider;
pub use lifecycle::download::{Downloaded, Source};
pub use lifecycle::wait::{Trackable, WaitEvent, WaitOptions};
pub use load::{SpecDiagnostic, SpecError};
pub use reply::raw::RawReply;
pub use task::handle::TaskHandle;
pub use task::{Task, TaskStatus};
pub use transport::http::provider::Provider;
pub use transport::http::{BatchReply, ClientConfig, Content, DynReply, HttpClient, Reply};
pub use transport::request::{ApiRequest, Encoded};
pub use transport::retry::RetryPolicy;
pub use transport::secret::ApiKey;
pub use transport::upload::Upload;
pub use unified::capabilities::{self, Capabilities, capabilities};
pub use unified::failover::{self, FailoverError, Submitted, submit_first};
pub use unified::{FrameRole, ImageInput, VideoRequest, to_provider};
pub use validate::rules::{FieldAccess, FieldRef};
pub use validate::url::{Checked, Url};
pub use validate::violation::{Violation, Violations, Warning};
pub use validate::wire::{Open, WireEnum, WireUnion};

/// The HTTP client grokvid sends with, for [`ClientConfig::with_http_client`]: the same version.
pub use reqwest;

/// Your own `reqwest::Client` for [`ClientConfig::with_http_client`], started from grokvid's settings.
pub mod http {
    pub use crate::transport::http::{client_builder, redirect_policy};
}

/// The door for generated code (one path, so generated modules read the same inside and outside this
/// crate) and for this workspace's tools: the simulator, the CLI, benchmarks and tests. Not an API.
#[doc(hidden)]
pub mod rt {
    // Generated code and the runtime's macros.
    pub use crate::transport::http::provider::{Entry, Provider};
    pub use crate::transport::http::{
        BatchReply, ClientConfig, Content, DynReply, HttpClient, Reply,
    };
    pub use crate::transport::request::{ApiRequest, Encoded, Params, encode, typed_reply};
    pub use crate::transport::upload::{Upload, check_uploads};
    pub use crate::validate::limits::{check_number, check_string, check_text, not_a_value};
    pub use crate::validate::rules::{FieldAccess, FieldRef};
    pub use crate::validate::url::{Checked, Url};
    pub use crate::validate::wire::{
        FieldValue, Open, UnionValues, WireEnum, WireNumber, WireText, WireUnion, deserialize_enum,
        deserialize_number, serialize_enum, serialize_number,
    };
    pub use crate::{ApiKey, Error, TaskHandle, TaskStatus, Violation, Violations};
    pub use crate::{client, default_is_new, newtype, object, wire_enum};
    pub use crate::{reply::lenient, spec};
    pub use grokvid_macros::Setters;
    pub use grokvid_spec::json_path::Path;
    pub use grokvid_spec::table::Provider as ProviderTable;
    pub use grokvid_spec::table::*;
    pub use grokvid_spec::{
        BodyKind, Builtin, Form, Method, ParamLocation, PathTemplate, Role, Seg, Then, syntax,
    };
    pub use serde;
    pub use serde_json;

    /// `rt::path!("data[0].url")`: a JSON path parsed at compile time (see `grokvid_macros::json_path`).
    pub use grokvid_macros::json_path as path;

    /// The steps of a pre-parsed JSON path (`rt::Path::new(&[rt::step::Key("data"), rt::step::Index(0)])`).
    pub mod step {
        pub use grokvid_spec::json_path::Segment::{Any, Index, Json, Key};
    }

    /// Reading JSON paths (the simulator writes what the client reads).
    pub mod json_path {
        pub use crate::json_path::{
            as_text, get, is_present, matches_scalar, number_json, scalar_json,
        };
        pub use grokvid_spec::json_path::{Path, Segment, segments};
    }

    /// Reading replies onto tasks, and explaining a reading (`grokvid spec read`).
    pub mod reply {
        pub use crate::reply::explain::{Explained, Reading, explain, task_json};
        pub use crate::reply::interpret;
        pub use crate::task::{normalize, normalize_many};
    }

    /// Times in replies: the RFC 3339 text the task's times serialize as (the simulator writes it).
    pub mod time {
        pub use crate::task::time::{from_unix, parse_rfc3339, rfc3339, to_unix};
    }

    /// Checks the simulator runs on what it receives, with the client's own code.
    pub mod validate {
        pub use crate::transport::http::table::canonical;
        pub use crate::transport::nesting::{flatten, has_nested};
        pub use crate::transport::request::{
            fill_path, json_body, json_from_parts, list_violations, rule_violations,
        };
        pub use crate::validate::limits::{check_json, check_object, enum_values, format_number};
        pub use crate::validate::rules::{as_vendor_reads, check};
    }

    /// Transport settings and the money rule, for the CLI.
    pub mod transport {
        pub use crate::lifecycle::created::task_of_reply;
        pub use crate::lifecycle::wait::MAX_FAILED_POLLS;
        pub use crate::transport::charged::after_create;
        pub use crate::transport::http::{
            DEFAULT_DOWNLOAD_TIMEOUT, DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_REPLY_BYTES,
            is_loopback,
        };
    }

    /// The provider-neutral request's conversion, for tools that show or send it.
    pub mod unified {
        pub use crate::unified::images::decode_data_uri;
        pub use crate::unified::{Converted, NEUTRAL_FIELDS, convert, create_operation};
    }
}

/// The built-in providers, one module per file in `specs/`.
pub mod providers {
    include!(concat!(env!("OUT_DIR"), "/providers.rs"));
}

/// The README's Rust example compiles as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExample;
