//! Proc-macro front-end over `grokvid-codegen` (the `provider!` macro arrives with the macro issue).
