//! The grokvid generator: provider spec (YAML) → checked model → Rust tokens → formatted source.
//!
//! `client/build.rs` and the `grokvid-macros` proc-macro are thin front-ends over [`generate`].

pub mod diag;
mod load;
pub mod model;
pub mod names;
pub mod paths;
mod reader;
pub mod yaml;

pub use diag::Diagnostic;
pub use load::load;
