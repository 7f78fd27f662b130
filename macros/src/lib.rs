//! `provider!("specs/my_reseller.yaml")`: generates a provider module from a spec in the calling crate.
//!
//! An adapter only: the spec is loaded, checked and emitted by `grokvid-codegen`, exactly as
//! `grokvid`'s build script does for the built-in providers.

use proc_macro::TokenStream;
use quote::quote;

/// Generates `pub mod <provider id> { ... }` from a spec file. The path is relative to the calling
/// crate's manifest folder (or `GROKVID_MANIFEST_DIR` when set); the crate rebuilds when the file
/// changes. A bad spec is a compile error
/// listing every problem as `file:line:col: message`.
#[proc_macro]
pub fn provider(input: TokenStream) -> TokenStream {
    let literal = match syn::parse::<syn::LitStr>(input) {
        Ok(literal) => literal,
        Err(e) => return e.to_compile_error().into(),
    };
    let relative = literal.value();
    // GROKVID_MANIFEST_DIR lets compile tests (trybuild builds cases in a crate of its own) point
    // back at the crate that holds the specs.
    let manifest_dir = std::env::var("GROKVID_MANIFEST_DIR")
        .or_else(|_| std::env::var("CARGO_MANIFEST_DIR"))
        .unwrap_or_else(|_| ".".to_string());
    let path = std::path::Path::new(&manifest_dir).join(&relative);
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(e) => {
            let message = format!("{relative}: cannot read the spec: {e}");
            return syn::Error::new(literal.span(), message)
                .to_compile_error()
                .into();
        }
    };
    let spec = match grokvid_codegen::load(&relative, &source) {
        Ok(spec) => spec,
        Err(diagnostics) => {
            // One compile_error! per problem, so each shows up with its location.
            let errors = diagnostics.iter().map(|d| {
                let message = d.to_string();
                quote!(::core::compile_error!(#message);)
            });
            return quote!(#(#errors)*).into();
        }
    };
    let module = grokvid_codegen::emit_module(
        &spec,
        &grokvid_codegen::Options {
            runtime: "::grokvid::rt".to_string(),
        },
    );
    // Makes cargo rebuild the caller when the spec changes.
    let tracked = path.display().to_string();
    quote! {
        #module
        const _: &[u8] = include_bytes!(#tracked);
    }
    .into()
}
