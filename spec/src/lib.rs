//! The grokvid spec language, described once.
//!
//! The generator (`grokvid-codegen`) checks specs with it, the runtime (`grokvid`) and the simulator
//! (`grokvid-sim`) read the generated tables with it. It holds:
//!
//! - the vocabulary: [`Role`], [`Method`], [`BodyKind`], [`AuthLocation`], [`ParamLocation`] and the
//!   normalized statuses ([`TaskStatus`]), each with its words;
//! - the built-in field types ([`Builtin`]) with everything each consumer needs to know about them;
//! - one parser for path templates ([`template`]: `/v1/videos/{task_id}`), parsed once at build time and
//!   emitted pre-parsed, then rendered by the client and matched by the simulator;
//! - where a body param goes ([`body`]: `input.prompt` nests in `{"input": {...}}`);
//! - string patterns and URL checks ([`pattern`]: `pattern:`, `schemes:`, a URL's `accept:`);
//! - one parser for JSON paths into replies ([`json_path`]: `data[0].url`), whose accepted language is
//!   exactly what the runtime reader reads.

pub mod body;
pub mod json_path;
mod kind;
pub mod pattern;
mod status;
pub mod table;
pub mod template;
mod vocabulary;

pub use kind::{
    Bounds, Builtin, Form, Syntax, UnionJson, syntax, union_expected, union_member,
    union_parse_text, union_words,
};
pub use status::TaskStatus;
pub use template::{PathTemplate, Seg};
pub use vocabulary::{AuthLocation, BodyKind, Method, ParamLocation, Role, Then};
