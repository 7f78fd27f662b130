//! Checking a request before anything is sent: limits of one value, rules across fields, the wire
//! enums and checked newtypes generated code is made of, and the violations they report.

pub(crate) mod limits;
pub(crate) mod rules;
pub(crate) mod url;
pub(crate) mod violation;
pub(crate) mod wire;
