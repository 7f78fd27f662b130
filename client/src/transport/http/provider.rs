//! A provider as the runtime uses it: the spec's tables plus, per operation, the entry points of its
//! typed request (encode a request from JSON, read a typed reply, call).
//!
//! Built-in providers and those made with `grokvid::provider!` carry the same statics, so resuming
//! from a handle, failover and the neutral request's validation take a `&'static Provider` and never
//! look a provider up in the generated registry. A provider whose tables were built at run time has
//! no typed entry points ([`Provider::table_only`]); it is served by the table-driven path
//! (`table.rs`), through the same sender.

use super::{DynReply, HttpClient, table};
use crate::spec::{self, Operation};
use crate::transport::request::Encoded;
use crate::{Error, Warning};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::future::Future;
use std::pin::Pin;

/// The future of a call chosen at run time.
/// `Send`, so a failover or a neutral call can run on `tokio::spawn` like a typed call.
pub(crate) type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<DynReply, Error>> + Send + 'a>>;

/// The spec's tables of one provider and the typed entry points of its operations.
///
/// It dereferences to the tables ([`spec::Provider`]), so `provider.id()` and `provider.operations()`
/// read as they always did; the tables are what the simulator, the CLI and the capabilities need.
#[derive(Debug)]
pub struct Provider {
    table: spec::Provider,
    entries: &'static [Entry],
}

impl Provider {
    /// A provider whose operations have typed entry points (generated code: one [`Entry`] per
    /// operation).
    pub const fn new(table: spec::Provider, entries: &'static [Entry]) -> Provider {
        Provider { table, entries }
    }

    /// A provider known only by its tables (built at run time): its operations have no typed
    /// request, so requests are checked and sent from the tables alone.
    pub const fn table_only(table: spec::Provider) -> Provider {
        Provider {
            table,
            entries: &[],
        }
    }

    /// The spec's tables.
    pub const fn table(&self) -> &spec::Provider {
        &self.table
    }

    /// The typed entry points of `op`, when it has a typed request.
    pub fn entry(&self, op: &Operation) -> Option<&'static Entry> {
        self.entries
            .iter()
            .find(|e| e.operation.name() == op.name())
    }

    /// The operation called `name`, or a `Config` error naming the provider.
    fn operation_named(&self, name: &str) -> Result<&'static Operation, Error> {
        self.table
            .operation(name)
            .ok_or_else(|| Error::Config(format!("{} has no operation `{name}`", self.table.id())))
    }

    /// Reads a request of `operation` from JSON keyed by wire names (path, query and header params
    /// included), validates it, and encodes it as it would be sent.
    ///
    /// An operation with a typed request reads the JSON into it; one known only by its tables
    /// ([`Provider::table_only`], [`Provider::from_yaml`]) checks the JSON against them: unknown
    /// keys, required fields, kinds, enums (aliases included), limits, list lengths, URLs, file
    /// formats and the spec's rules, with the messages the simulator gives for the same request.
    /// A file param takes a path, read when the request is sent.
    pub fn encode_request(&self, operation: &str, json: Value) -> Result<Encoded, Error> {
        let op = self.operation_named(operation)?;
        match self.entry(op) {
            Some(entry) => (entry.encode)(json),
            None => table::encode(op, json),
        }
    }

    /// The spec's `then: warn`/`drop` rules a request of `operation` (JSON keyed by wire names)
    /// breaks: what the vendor will really do with it. Nothing is checked otherwise, nothing sent.
    pub fn warnings(&self, operation: &str, json: &Value) -> Result<Vec<Warning>, Error> {
        let op = self.operation_named(operation)?;
        let fields = json.as_object().cloned().unwrap_or_default();
        let fields = table::canonical(op, fields);
        Ok(crate::validate::rules::warnings(op.rules(), &fields))
    }

    /// Reads a reply of `operation` into its typed response and back to JSON: the documented fields,
    /// typed as the spec says. An operation without a typed reply (a provider known only by its
    /// tables) returns the reply as it is: its documented fields are not typed.
    pub fn typed_reply(&self, operation: &str, json: Value) -> Result<Value, Error> {
        let op = self.operation_named(operation)?;
        match self.entry(op) {
            Some(entry) => (entry.typed_reply)(json),
            None if op.response().media().is_some() => no_json_reply(json),
            None => Ok(json),
        }
    }

    /// Calls `operation` through `client` with a request read from JSON keyed by wire names, checked
    /// as [`Provider::encode_request`] checks it (nothing is sent when that fails), and sent by the
    /// one sender every operation shares (the same retries, the same rules on what may be charged).
    pub async fn call(
        &self,
        client: &HttpClient,
        operation: &str,
        json: Value,
    ) -> Result<DynReply, Error> {
        let op = self.operation_named(operation)?;
        match self.entry(op) {
            Some(entry) => (entry.call)(client, json).await,
            None => client.call_prepared(op, table::prepare(op, json)?).await,
        }
    }
}

/// Reads as the spec's tables.
impl std::ops::Deref for Provider {
    type Target = spec::Provider;

    fn deref(&self) -> &spec::Provider {
        &self.table
    }
}

/// The typed entry points of one operation, as plain function pointers so they sit in a `static`.
#[derive(Debug)]
pub struct Entry {
    operation: &'static Operation,
    encode: fn(Value) -> Result<Encoded, Error>,
    typed_reply: fn(Value) -> Result<Value, Error>,
    call: for<'a> fn(&'a HttpClient, Value) -> CallFuture<'a>,
}

impl Entry {
    /// The entry points of request type `R`, whose reply is JSON.
    pub const fn json<R>(operation: &'static Operation) -> Entry
    where
        R: crate::ApiRequest + DeserializeOwned,
        R::Response: DeserializeOwned + Serialize,
    {
        Entry {
            operation,
            encode: crate::transport::request::encode::<R>,
            typed_reply: crate::transport::request::typed_reply::<R::Response>,
            call: call::<R>,
        }
    }

    /// The entry points of request type `R`, whose reply is a file.
    pub const fn content<R>(operation: &'static Operation) -> Entry
    where
        R: crate::ApiRequest + DeserializeOwned,
    {
        Entry {
            operation,
            encode: crate::transport::request::encode::<R>,
            typed_reply: no_json_reply,
            call: call::<R>,
        }
    }

    /// The operation these entry points serve.
    pub const fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// Reads a request from JSON keyed by wire names, validates it, and encodes it.
    pub fn encode(&self, json: Value) -> Result<Encoded, Error> {
        (self.encode)(json)
    }
}

/// Reads and checks the typed request, then sends it through the sender every operation shares.
fn call<R>(client: &HttpClient, json: Value) -> CallFuture<'_>
where
    R: crate::ApiRequest + DeserializeOwned,
{
    let prepared = super::prepare_json::<R>(json);
    Box::pin(async move { client.call_prepared(R::operation(), prepared?).await })
}

/// A file reply has no JSON to type.
fn no_json_reply(_: Value) -> Result<Value, Error> {
    Err(Error::Config(
        "this operation replies with a file, not JSON".to_string(),
    ))
}
