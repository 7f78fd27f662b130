//! A provider: identity, auth, polling guidance, error paths and operations.

use super::{FinalError, Host, Operation, ResultSource};
use crate::json_path::Path;
use crate::{AuthLocation, Role};

/// A provider, as its spec describes it.
#[derive(Debug, Clone, Copy)]
pub struct Provider {
    id: &'static str,
    name: &'static str,
    base_url: &'static str,
    docs: &'static str,
    auth: Auth,
    polling: Polling,
    envelope: Option<Envelope>,
    errors: ErrorPaths,
    operations: &'static [&'static Operation],
    result: &'static [ResultSource],
    hosts: &'static [Host],
    headers: &'static [(&'static str, &'static str)],
}

impl Provider {
    /// A provider with bearer auth from `env`, no polling guidance, no envelope, no error paths and
    /// no operations.
    pub const fn new(
        id: &'static str,
        name: &'static str,
        base_url: &'static str,
        auth: Auth,
    ) -> Provider {
        Provider {
            id,
            name,
            base_url,
            docs: "",
            auth,
            polling: Polling::NONE,
            envelope: None,
            errors: ErrorPaths::NONE,
            operations: &[],
            result: &[],
            hosts: &[],
            headers: &[],
        }
    }

    /// Constant app-identifying headers sent on every call to the provider's hosts.
    pub const fn with_headers(
        mut self,
        headers: &'static [(&'static str, &'static str)],
    ) -> Provider {
        self.headers = headers;
        self
    }

    /// The constant app-identifying headers (`provider.headers`).
    pub const fn headers(&self) -> &'static [(&'static str, &'static str)] {
        self.headers
    }

    /// Where the key goes on a call of `op`: its host's own `auth`, else the provider's.
    pub fn auth_for(&self, op: &Operation) -> &Auth {
        op.host()
            .and_then(|name| self.host(name))
            .and_then(|host| host.auth())
            .unwrap_or(&self.auth)
    }

    /// Named hosts some operations are served from (`Operation::host`).
    pub const fn with_hosts(mut self, hosts: &'static [Host]) -> Provider {
        self.hosts = hosts;
        self
    }

    /// The named hosts, in spec order.
    pub const fn hosts(&self) -> &'static [Host] {
        self.hosts
    }

    /// The named host `name`.
    pub fn host(&self, name: &str) -> Option<&'static Host> {
        self.hosts.iter().find(|h| h.name() == name)
    }

    /// The vendor's docs URL.
    pub const fn with_docs(mut self, docs: &'static str) -> Provider {
        self.docs = docs;
        self
    }

    /// The vendor's polling guidance.
    pub const fn with_polling(mut self, polling: Polling) -> Provider {
        self.polling = polling;
        self
    }

    /// The success marker of a body envelope.
    pub const fn with_envelope(mut self, envelope: Envelope) -> Provider {
        self.envelope = Some(envelope);
        self
    }

    /// Where error replies keep their code and message.
    pub const fn with_errors(mut self, errors: ErrorPaths) -> Provider {
        self.errors = errors;
        self
    }

    /// The operations.
    pub const fn with_operations(mut self, operations: &'static [&'static Operation]) -> Provider {
        self.operations = operations;
        self
    }

    /// The spec's `result:` list (empty: the default, see [`Provider::result_sources`]).
    pub const fn with_result(mut self, sources: &'static [ResultSource]) -> Provider {
        self.result = sources;
        self
    }

    /// The spec's own `result:` list, empty when it has none.
    pub const fn declared_result(&self) -> &'static [ResultSource] {
        self.result
    }

    /// snake_case id, also the module name.
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// Display name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The vendor's base URL; empty when the spec knows none (every deployment has its own: the
    /// user must give one).
    pub const fn base_url(&self) -> &'static str {
        self.base_url
    }

    /// The vendor's docs URL.
    pub const fn docs(&self) -> &'static str {
        self.docs
    }

    /// Where the API key goes.
    pub const fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The vendor's polling guidance.
    pub const fn polling(&self) -> &Polling {
        &self.polling
    }

    /// The success marker of a body envelope, when the vendor wraps 2xx replies.
    pub const fn envelope(&self) -> Option<&Envelope> {
        self.envelope.as_ref()
    }

    /// Where error replies keep their code and message.
    pub const fn errors(&self) -> &ErrorPaths {
        &self.errors
    }

    /// The operations, in spec order.
    pub const fn operations(&self) -> &'static [&'static Operation] {
        self.operations
    }

    /// The operation with this role, when the provider has one (query, content, batch query).
    pub fn operation_with_role(&self, role: Role) -> Option<&'static Operation> {
        self.operations.iter().copied().find(|op| op.role() == role)
    }

    /// The operation with this name.
    pub fn operation(&self, name: &str) -> Option<&'static Operation> {
        self.operations.iter().copied().find(|op| op.name() == name)
    }
}

/// Where the API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Auth {
    location: AuthLocation,
    name: &'static str,
    prefix: &'static str,
    env: &'static str,
    accept: &'static [&'static str],
}

impl Auth {
    /// The key in header `name`, after `prefix` (e.g. `"Bearer "`), read from the variable `env`.
    pub const fn header(name: &'static str, prefix: &'static str, env: &'static str) -> Auth {
        Auth {
            location: AuthLocation::Header,
            name,
            prefix,
            env,
            accept: &[],
        }
    }

    /// The key in query parameter `name`, after `prefix`, read from the variable `env`.
    pub const fn query(name: &'static str, prefix: &'static str, env: &'static str) -> Auth {
        Auth {
            location: AuthLocation::Query,
            name,
            prefix,
            env,
            accept: &[],
        }
    }

    /// Header or query.
    pub const fn location(&self) -> AuthLocation {
        self.location
    }

    /// Header or query parameter name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Text put before the key, e.g. `"Bearer "`.
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// Environment variable that holds the key (empty in a host's own `auth`: the key is the
    /// provider's one key).
    pub const fn env(&self) -> &'static str {
        self.env
    }

    /// Other prefixes the vendor also takes (`Token `, `""` for a bare key); the client sends
    /// [`Auth::prefix`].
    pub const fn with_accept(mut self, accept: &'static [&'static str]) -> Auth {
        self.accept = accept;
        self
    }

    /// Other prefixes the vendor also takes.
    pub const fn accept(&self) -> &'static [&'static str] {
        self.accept
    }
}

/// The vendor's polling guidance, in milliseconds (0 when the docs give none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Polling {
    min_interval_ms: u64,
    suggested_interval_ms: u64,
}

impl Polling {
    /// No guidance.
    pub const NONE: Polling = Polling::new(0, 0);

    /// At least `min_interval_ms` between polls; `suggested_interval_ms` advised.
    pub const fn new(min_interval_ms: u64, suggested_interval_ms: u64) -> Polling {
        Polling {
            min_interval_ms,
            suggested_interval_ms,
        }
    }

    /// The least time between polls (0: none given).
    pub const fn min_interval_ms(&self) -> u64 {
        self.min_interval_ms
    }

    /// The advised time between polls (0: none given).
    pub const fn suggested_interval_ms(&self) -> u64 {
        self.suggested_interval_ms
    }
}

/// A 2xx body is a success only when the value at `path` (if present) is one of `ok`, compared as text.
#[derive(Debug, Clone, Copy)]
pub struct Envelope {
    path: Path<'static>,
    ok: &'static [&'static str],
}

impl Envelope {
    /// Success when the value at `path` is absent or one of `ok`.
    pub const fn new(path: Path<'static>, ok: &'static [&'static str]) -> Envelope {
        Envelope { path, ok }
    }

    /// Where the marker is.
    pub const fn path(&self) -> &Path<'static> {
        &self.path
    }

    /// The values that mean success.
    pub const fn ok(&self) -> &'static [&'static str] {
        self.ok
    }
}

/// Where a vendor error reply keeps its code and message (paths tried in order).
#[derive(Debug, Clone, Copy, Default)]
pub struct ErrorPaths {
    code: &'static [Path<'static>],
    message: &'static [Path<'static>],
    finals: &'static [FinalError],
}

impl ErrorPaths {
    /// None known.
    pub const NONE: ErrorPaths = ErrorPaths::new(&[], &[]);

    /// The code at the first of `code`, the message at the first of `message`.
    pub const fn new(
        code: &'static [Path<'static>],
        message: &'static [Path<'static>],
    ) -> ErrorPaths {
        ErrorPaths {
            code,
            message,
            finals: &[],
        }
    }

    /// The errors no retry can cure (`errors.final`).
    pub const fn with_final(mut self, finals: &'static [FinalError]) -> ErrorPaths {
        self.finals = finals;
        self
    }

    /// The errors no retry can cure, in spec order.
    pub const fn finals(&self) -> &'static [FinalError] {
        self.finals
    }

    /// Where the code is.
    pub const fn code(&self) -> &'static [Path<'static>] {
        self.code
    }

    /// Where the message is.
    pub const fn message(&self) -> &'static [Path<'static>] {
        self.message
    }
}
