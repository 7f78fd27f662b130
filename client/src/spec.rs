//! The static description of a provider: the spec language's tables (`grokvid_spec::table`, private
//! fields read through accessors) and vocabulary, re-exported where the runtime has always found them.

pub use grokvid_spec::json_path::Path;
pub use grokvid_spec::table::*;
pub use grokvid_spec::{
    AuthLocation, BodyKind, Bounds, Builtin, Form, Method, ParamLocation, PathTemplate, Role, Seg,
    Syntax, Then, UnionJson, pattern, syntax, union_expected, union_member, union_parse_text,
    union_words,
};
