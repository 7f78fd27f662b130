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

/// `path!("data[0].url")`: a JSON path parsed at compile time by the spec language's one parser
/// (`grokvid_spec::json_path`) and written as the `rt::Path` of its segments, so nothing is parsed
/// per request. Generated modules call it as `rt::path!`; `rt` is the caller's runtime path.
#[proc_macro]
pub fn json_path(input: TokenStream) -> TokenStream {
    use grokvid_spec::json_path::{Segment, segments};
    let literal = match syn::parse::<syn::LitStr>(input) {
        Ok(literal) => literal,
        Err(e) => return e.to_compile_error().into(),
    };
    let text = literal.value();
    let parsed = match segments(&text) {
        Ok(parsed) => parsed,
        Err(e) => {
            return syn::Error::new(literal.span(), format!("`{text}`: {e}"))
                .to_compile_error()
                .into();
        }
    };
    let steps = parsed.iter().map(|seg| match seg {
        Segment::Key(key) => quote!(rt::step::Key(#key)),
        Segment::Index(index) => {
            let index = proc_macro2::Literal::usize_unsuffixed(*index);
            quote!(rt::step::Index(#index))
        }
        Segment::Any => quote!(rt::step::Any),
        Segment::Json => quote!(rt::step::Json),
    });
    quote!(rt::Path::new(&[#(#steps),*])).into()
}

/// `#[derive(Setters)]`: one builder-style setter per `Option<T>` field, `field(value: T)` (text:
/// `impl Into<String>`) storing `Some(value)`; generated request types and objects derive it instead of spelling
/// out a setter per field.
#[proc_macro_derive(Setters)]
pub fn setters(input: TokenStream) -> TokenStream {
    let input = match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error().into(),
    };
    let syn::Data::Struct(data) = &input.data else {
        return syn::Error::new(input.ident.span(), "`Setters` is for structs")
            .to_compile_error()
            .into();
    };
    let setters = data.fields.iter().filter_map(|field| {
        let name = field.ident.as_ref()?;
        let inner = option_inner(&field.ty)?;
        let doc = format!("Sets `{}`.", name.to_string().trim_start_matches("r#"));
        // Text takes anything that converts into a `String`; every other type is taken as it is, so
        // a wrong value is the plain type mismatch it reads as.
        let (arg, value) = if is_string(inner) {
            (quote!(impl Into<String>), quote!(value.into()))
        } else {
            (quote!(#inner), quote!(value))
        };
        Some(quote! {
            #[doc = #doc]
            pub fn #name(mut self, value: #arg) -> Self {
                self.#name = Some(#value);
                self
            }
        })
    });
    let name = &input.ident;
    quote!(impl #name { #(#setters)* }).into()
}

/// `T` of a field typed `Option<T>`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// True for `String`.
fn is_string(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none() && path.path.is_ident("String"))
}
