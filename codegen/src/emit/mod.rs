//! Checked model → Rust tokens. Nothing here can fail: the loader has ruled every problem out.
//!
//! Generated code stays small: types, their constructors and one-line trait impls. Behaviour (sending,
//! rules, task normalization) lives in the hand-written runtime and is driven by the `PROVIDER` tables.

mod images;
mod nested;
mod operations;
mod provider;
mod rules;
mod types;

use crate::model::{Spec, Ty, TypeBody};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

/// How generated code reaches the runtime.
#[derive(Debug, Clone)]
pub struct Options {
    /// Path of the runtime module: `crate::rt` inside the grokvid crate, `::grokvid::rt` elsewhere.
    pub runtime: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            runtime: "::grokvid::rt".to_string(),
        }
    }
}

/// Shared state of one emission.
pub(crate) struct Emitter<'a> {
    pub spec: &'a Spec,
    /// Tokens of the runtime path.
    pub rt: TokenStream,
    /// The same path as text, for serde attributes.
    pub rt_text: String,
}

/// The items of one provider module (without the `mod` itself).
pub fn emit_items(spec: &Spec, options: &Options) -> TokenStream {
    let runtime: TokenStream = options
        .runtime
        .parse()
        .unwrap_or_else(|_| quote!(::grokvid::rt));
    // Generated code names the runtime `rt`, so it reads the same wherever it is included.
    let e = Emitter {
        spec,
        rt: quote!(rt),
        rt_text: "rt".to_string(),
    };
    let provider = e.provider_static();
    let types = spec.types.iter().map(|t| e.type_def(t));
    let operations = spec.operations.iter().map(|op| e.operation(op));
    let client = e.client();
    // What a reader looks for first (the client, the types) first; the provider's table last.
    quote! {
        use #runtime;
        #client
        #(#types)*
        #(#operations)*
        #provider
    }
}

/// A whole provider module, `pub mod <id> { ... }`, with the spec's description as its doc.
pub fn emit_module(spec: &Spec, options: &Options) -> TokenStream {
    let name = ident(&spec.provider.id);
    let doc = docs(&module_doc(spec));
    let items = emit_items(spec, options);
    quote! {
        #doc
        pub mod #name {
            #items
        }
    }
}

/// The module doc: name, description, where the docs live.
pub fn module_doc(spec: &Spec) -> String {
    let p = &spec.provider;
    let mut doc = format!("{}: generated from `{}`.", p.name, spec.file);
    if !p.description.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&p.description);
    }
    if !p.docs.is_empty() {
        doc.push_str(&format!("\n\nVendor docs: <{}>", p.docs));
    }
    doc
}

/// Literals without type suffixes (`10`, not `10u64`), as a person would write them.
pub(crate) fn unsuffixed_u64(v: u64) -> proc_macro2::Literal {
    proc_macro2::Literal::u64_unsuffixed(v)
}

pub(crate) fn unsuffixed_f64(v: f64) -> proc_macro2::Literal {
    proc_macro2::Literal::f64_unsuffixed(v)
}

pub(crate) fn unsuffixed_i64(v: i64) -> proc_macro2::Literal {
    proc_macro2::Literal::i64_unsuffixed(v)
}

pub(crate) fn ident(name: &str) -> Ident {
    if crate::names::is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        format_ident!("{}", name)
    }
}

/// `#[doc = "..."]` lines; prettyplease prints them as `///` comments.
pub(crate) fn docs(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

impl Emitter<'_> {
    /// A Rust type for a field. Responses wrap enums in `Open` so unknown words never fail a parse.
    pub fn rust_type(&self, ty: &Ty, response: bool) -> TokenStream {
        let rt = &self.rt;
        match ty {
            Ty::Builtin(builtin) => self.builtin_type(*builtin, response),
            Ty::List(inner) => {
                let inner = self.rust_type(inner, response);
                quote!(Vec<#inner>)
            }
            Ty::Named(name) => {
                let name = ident(name);
                let is_enum = matches!(
                    self.spec.type_def(&name.to_string()).map(|t| &t.body),
                    Some(TypeBody::Enum(_))
                );
                if response && is_enum {
                    quote!(#rt::Open<#name>)
                } else {
                    quote!(#name)
                }
            }
        }
    }

    /// `#[serde(crate = "...")]`, so user crates need no serde dependency of their own.
    pub fn serde_crate(&self) -> TokenStream {
        let path = format!("{}::serde", self.rt_text);
        quote!(#[serde(crate = #path)])
    }
}
