//! Typed async clients for Grok video resellers, generated from the YAML specs in `specs/`.

pub mod spec;
pub mod task;
pub mod violation;
pub mod rules;
pub mod limits;
pub mod path;
pub mod lenient;

pub use rules::{FieldAccess, FieldRef};
pub use task::{Task, TaskStatus};
pub use violation::{Violation, Violations};
