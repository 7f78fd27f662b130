//! The grokvid generator: provider spec (YAML) → checked model → Rust tokens → formatted source.
//!
//! `client/build.rs` and the `grokvid-macros` proc-macro are thin front-ends over [`generate`] and
//! [`emit_module`]. Bad specs never panic: every problem comes back as a [`Diagnostic`] that prints as
//! `specs/file.yaml:line:col: message`.

// Without `emit` (the CLI's `spec check`) only loading and checking is compiled: no syn, quote or
// prettyplease.
#[cfg(feature = "emit")]
pub mod build;
pub mod diag;
#[cfg(feature = "emit")]
mod emit;
pub mod format;
mod load;
mod lower;
pub mod model;
pub mod names;
mod reader;
pub mod yaml;

pub use diag::Diagnostic;
#[cfg(feature = "emit")]
pub use emit::{Options, emit_items, emit_module, module_doc};
pub use load::load;
pub use lower::lower;

/// Loads and checks one spec and builds its runtime tables, with no code generated: a provider read
/// at run time. The same loader and checks as [`generate`]; the tables equal those the generated
/// module holds.
pub fn tables(file: &str, source: &str) -> Result<grokvid_spec::table::Provider, Vec<Diagnostic>> {
    load(file, source).map(|spec| lower(&spec))
}

/// One provider's generated source.
#[cfg(feature = "emit")]
#[derive(Debug, Clone)]
pub struct Generated {
    /// The provider id, which is also the module name.
    pub id: String,
    /// The module's doc text.
    pub doc: String,
    /// Formatted Rust items of the module body (no inner attributes, so it can be `include!`d).
    pub source: String,
}

/// Loads, checks and generates one spec. `file` is how messages name it.
#[cfg(feature = "emit")]
pub fn generate(file: &str, source: &str, options: &Options) -> Result<Generated, Vec<Diagnostic>> {
    let spec = load(file, source)?;
    let tokens = emit_items(&spec, options);
    Ok(Generated {
        id: spec.provider.id.clone(),
        doc: module_doc(&spec),
        source: format_tokens(tokens),
    })
}

/// prettyplease output; tokens that do not parse (a generator bug) are returned unformatted so the
/// compiler points at them instead of this function panicking.
#[cfg(feature = "emit")]
pub fn format_tokens(tokens: proc_macro2::TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => space_items(&prettyplease::unparse(&file)),
        Err(_) => tokens.to_string(),
    }
}

/// A blank line between top-level items, as rustfmt'd hand-written code has.
#[cfg(feature = "emit")]
fn space_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 20);
    let mut prev = "";
    for line in source.lines() {
        let item_start = !line.is_empty() && !line.starts_with([' ', '}', ')', ']']);
        let prev_ended =
            prev == "}" || prev == "};" || (!prev.starts_with(' ') && prev.ends_with(';'));
        if item_start && prev_ended {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = line;
    }
    out
}
