//! The `Serialize` of a request with params named by dotted body paths (`input.prompt`). The struct
//! keeps one flat field per param (its `Deserialize` reads JSON keyed by the dotted names); its
//! `Serialize` writes a tree of borrowing views, so the body nests with no copy and no map built per
//! request. A group sits where its first member does, members in param order (the table-driven path
//! lays a body out the same way); a group whose members are all optional is left out when none is set.

use super::{Emitter, ident};
use crate::model::{Builtin, FieldDef, OperationDef, ParamLocation, Ty};
use grokvid_spec::body::{Node, Tree};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

type Level<'a> = Tree<'a, &'a FieldDef>;

/// True when the operation's JSON body nests some param.
pub(super) fn nests(op: &OperationDef) -> bool {
    op.params.iter().any(|f| in_body(f) && f.wire.contains('.'))
}

/// Params serialized into the JSON body (files travel as multipart parts, which never nest).
fn in_body(f: &FieldDef) -> bool {
    f.location == ParamLocation::Body && !f.ty.item().is(Builtin::File)
}

impl Emitter<'_> {
    /// `impl Serialize for <request>` writing the nested body.
    pub(super) fn nested_serialize(
        &self,
        op: &OperationDef,
        request: &proc_macro2::Ident,
    ) -> TokenStream {
        let rt = &self.rt;
        let mut root = Level::default();
        for f in op.params.iter().filter(|f| in_body(f)) {
            root.push(&f.wire, f);
        }
        let mut views = Vec::new();
        let value = self.view(&root, &mut views);
        quote! {
            impl #rt::serde::Serialize for #request {
                fn serialize<S: #rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    #(#views)*
                    #rt::serde::Serialize::serialize(&#value, serializer)
                }
            }
        }
    }

    /// A field's Rust type as the views name it: the spec's own types through `self::` (the module),
    /// so a type of the spec's never meets a view struct of the same name.
    fn module_type(&self, ty: &Ty) -> TokenStream {
        match ty {
            Ty::Builtin(builtin) => self.builtin_type(*builtin, false),
            Ty::List(inner) => {
                let inner = self.module_type(inner);
                quote!(Vec<#inner>)
            }
            Ty::Named(name) => {
                let name = ident(name);
                quote!(self::#name)
            }
        }
    }

    /// The view struct of one level (pushed to `views`) and the expression that builds it.
    fn view(&self, level: &Level<'_>, views: &mut Vec<TokenStream>) -> TokenStream {
        let rt = &self.rt;
        let serde_crate = self.serde_crate();
        let name = format_ident!("Level{}", views.len());
        views.push(TokenStream::new()); // the slot, so inner levels get later numbers
        let slot = views.len() - 1;
        let mut members = Vec::new();
        let mut inits = Vec::new();
        for (i, (key, entry)) in level.entries().iter().enumerate() {
            let member = format_ident!("f{}", i);
            match entry {
                Node::Leaf(f) => {
                    let rust = ident(&f.rust);
                    let ty = self.module_type(&f.ty);
                    // A whole `f64` goes out as an integer, as in a flat body.
                    let number = if f.ty.item().is(crate::model::Builtin::Number) {
                        let with = format!("{}::serialize_number", self.rt_text);
                        quote!(#[serde(serialize_with = #with)])
                    } else {
                        quote!()
                    };
                    if f.is_optional() {
                        members.push(quote! {
                            #[serde(rename = #key, skip_serializing_if = "Option::is_none")]
                            #number
                            #member: Option<&'a #ty>
                        });
                        inits.push(quote!(#member: self.#rust.as_ref()));
                    } else {
                        members.push(quote!(#[serde(rename = #key)] #number #member: &'a #ty));
                        inits.push(quote!(#member: &self.#rust));
                    }
                }
                Node::Group(inner) => {
                    let inner_name = format_ident!("Level{}", views.len());
                    let value = self.view(inner, views);
                    let leaves = inner.leaves();
                    if leaves.iter().all(|f| f.is_optional()) {
                        let unset = leaves.iter().map(|f| {
                            let rust = ident(&f.rust);
                            quote!(self.#rust.is_none())
                        });
                        members.push(quote! {
                            #[serde(rename = #key, skip_serializing_if = "Option::is_none")]
                            #member: Option<#inner_name<'a>>
                        });
                        inits.push(quote! {
                            #member: if #(#unset)&&* { None } else { Some(#value) }
                        });
                    } else {
                        members.push(quote!(#[serde(rename = #key)] #member: #inner_name<'a>));
                        inits.push(quote!(#member: #value));
                    }
                }
            }
        }
        views[slot] = quote! {
            #[derive(#rt::serde::Serialize)]
            #serde_crate
            struct #name<'a> {
                #(#members,)*
            }
        };
        quote!(#name { #(#inits,)* })
    }
}
