//! Checking a request before anything is sent: limits of one value, rules across fields, the wire
//! enums and checked newtypes generated code is made of, and the violations they report.

pub mod limits;
pub mod rules;
pub mod url;
pub mod violation;
pub mod wire;
