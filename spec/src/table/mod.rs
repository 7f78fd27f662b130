//! The runtime tables: what a built spec says about a provider, as `&'static` data the client, the
//! simulator, the CLI and the capabilities read.
//!
//! Every table has private fields, a `const fn` constructor taking what it cannot do without, and
//! `const fn` setters for the rest (their defaults are the common case), so generated code stays short:
//! `Field::body("prompt", Shape::STRING).required().doc("…")`. The same constructors work at run time
//! with leaked data, for tables built from a spec read at run time. Readers use the accessors.

mod choice;
mod field;
mod final_error;
mod host;
mod images;
mod operation;
mod provider;
mod response;
mod result;
mod rules;
mod scalar;
mod time;

pub use choice::Choice;
pub use field::{EnumInfo, Field, Kind, Limits, Shape};
pub use final_error::FinalError;
pub use host::Host;
pub use images::{FrameRoles, ImageItem};
pub use operation::{Const, Neutral, Operation, Unified};
pub use provider::{Auth, Envelope, ErrorPaths, Polling, Provider};
pub use response::{ENDED_BADLY, PathTest, Response, StatusStep, TaskField, TaskMapping};
pub use result::{ResultLink, ResultSource};
pub use rules::{Check, Condition, Rule};
pub use scalar::Scalar;
pub use time::TimeForm;
