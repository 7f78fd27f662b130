//! Per operation: the request struct, the response struct, and the provider's `Client`.

use super::{Emitter, docs, ident};
use crate::model::{BodyKind, Builtin, FieldDef, OperationDef, ParamLocation, Role};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub(super) fn operation(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let table = self.operation_static(op);
        let table_name = super::provider::operation_static_name(&op.name);
        let request = format_ident!("{}Request", op.type_prefix);
        let response = format_ident!("{}Response", op.type_prefix);
        let serde_crate = self.serde_crate();
        let doc = docs(&format!(
            "{}\n\n`{} {}`{}.",
            if op.description.is_empty() {
                format!("Request of `{}`.", op.name)
            } else {
                op.description.clone()
            },
            method_text(op),
            op.path,
            match op.body {
                BodyKind::Json => " with a JSON body",
                BodyKind::Multipart => " with a multipart body",
                BodyKind::None => "",
            }
        ));
        let request_name = request.to_string();
        let members = op
            .params
            .iter()
            .map(|f| self.request_member(&request_name, f, !serialized(f)));
        let builder = self.builder(&op.params);
        let default_impl = super::types::default_impl(rt, &request, &op.params);
        let setters = super::types::setters_derive(rt, &op.params);
        let accessors = op.params.iter().map(|f| {
            let wire = &f.wire;
            let rust = ident(&f.rust);
            quote!(#wire => #rt::FieldValue::field_ref(&self.#rust))
        });
        let writes = op.params.iter().filter_map(|f| self.write_param(op, f));
        let file_checks = op
            .params
            .iter()
            .filter(|f| f.ty.item().is(Builtin::File))
            .map(|f| {
                let wire = &f.wire;
                let rust = ident(&f.rust);
                let accept = &f.accept;
                quote!(#rt::check_uploads(#wire, &self.#rust, &[#(#accept),*], violations);)
            });
        let file_check_fn = if op.params.iter().any(|f| f.ty.item().is(Builtin::File)) {
            quote! {
                fn check_files(&self, violations: &mut #rt::Violations) {
                    #(#file_checks)*
                }
            }
        } else {
            quote!()
        };
        let response_doc = format!(
            "Reply of `{}` (documented fields; unknown ones are ignored).",
            op.name
        );
        let response_struct = if op.response.media.is_some() {
            let doc = docs(&format!(
                "Reply of `{}`: the file itself, streamed (see `Content`).",
                op.name
            ));
            quote! {
                #doc
                pub type #response = #rt::Content;
            }
        } else {
            self.response_struct(&response.to_string(), &response_doc, &op.response.fields)
        };
        // Union params hold plain values: their limits are checked before sending.
        let unions: Vec<TokenStream> = op
            .params
            .iter()
            .filter(|f| self.is_union(&f.ty))
            .map(|f| {
                let wire = &f.wire;
                let rust = ident(&f.rust);
                quote!(#rt::UnionValues::check_union(&self.#rust, #wire, violations);)
            })
            .collect();
        let union_check_fn = (!unions.is_empty()).then(|| {
            quote! {
                fn check_unions(&self, violations: &mut #rt::Violations) {
                    #(#unions)*
                }
            }
        });
        let rules_hold = self.rules_hold(op);
        let write_fn = if op.params.iter().any(|f| !in_json_body(op, f)) {
            quote! {
                fn write_params(&self, out: &mut #rt::Params) {
                    #(#writes)*
                }
            }
        } else {
            quote!()
        };
        // A nested body has a `Serialize` of its own (see `nested.rs`).
        let nested = super::nested::nests(op);
        let derive_serialize = (!nested).then(|| quote!(#rt::serde::Serialize,));
        let nested_serialize = nested.then(|| self.nested_serialize(op, &request));
        quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, #derive_serialize #rt::serde::Deserialize)]
            #setters
            #serde_crate
            #[serde(deny_unknown_fields)]
            pub struct #request {
                #(#members,)*
            }

            impl #request {
                #builder
            }

            #default_impl

            #nested_serialize

            impl #rt::FieldAccess for #request {
                fn field(&self, wire: &str) -> #rt::FieldRef<'_> {
                    match wire {
                        #(#accessors,)*
                        _ => #rt::FieldRef::Absent,
                    }
                }
            }

            impl #rt::ApiRequest for #request {
                type Response = #response;

                fn operation() -> &'static #rt::Operation {
                    &#table_name
                }

                #write_fn
                #file_check_fn
                #union_check_fn
                #rules_hold
            }

            #table

            #response_struct
        }
    }

    /// The call that puts a non-JSON-body param where it travels.
    fn write_param(&self, op: &OperationDef, f: &FieldDef) -> Option<TokenStream> {
        if in_json_body(op, f) {
            return None;
        }
        let wire = &f.wire;
        let rust = ident(&f.rust);
        let method = match (f.location, f.ty.item().is(Builtin::File)) {
            (ParamLocation::Body, true) => quote!(file),
            (ParamLocation::Body, false) => quote!(text),
            (ParamLocation::Path, _) => quote!(path),
            (ParamLocation::Query, _) => quote!(query),
            (ParamLocation::Header, _) => quote!(header),
        };
        Some(quote!(out.#method(#wire, &self.#rust);))
    }

    pub(super) fn client(&self) -> TokenStream {
        let rt = &self.rt;
        let name = &self.spec.provider.name;
        let env = &self.spec.auth.env;
        let doc = docs(&format!(
            "A client for {name}. The key is read from `{env}` by [`Client::from_env`]; the base URL, timeouts \
             and retries come from `grokvid::ClientConfig`."
        ));
        let methods = self.spec.operations.iter().map(|op| {
            let method = ident(&op.name);
            let request = format_ident!("{}Request", op.type_prefix);
            let response = format_ident!("{}Response", op.type_prefix);
            let doc = docs(&format!(
                "{}\n\n`{} {}`. {}",
                if op.description.is_empty() { format!("Calls `{}`.", op.name) } else { op.description.clone() },
                method_text(op),
                op.path,
                if op.role == Role::Create {
                    "A create call is paid: it is never retried once it may have reached the vendor."
                } else {
                    ""
                }
            ));
            let (ret, call) = if op.response.media.is_some() {
                (quote!(#rt::Content), quote!(fetch_content))
            } else if op.response.tasks_at.is_some() {
                (quote!(#rt::BatchReply<#response>), quote!(send_batch))
            } else if op.response.task.is_some() {
                (quote!(#rt::Reply<#response>), quote!(send))
            } else {
                (quote!(#response), quote!(send_plain))
            };
            quote! {
                #doc
                pub async fn #method(&self, request: &#request) -> Result<#ret, #rt::Error> {
                    self.inner.#call(request).await
                }
            }
        });
        quote! {
            #rt::client!(#doc Client, PROVIDER);

            impl Client {
                #(#methods)*
            }
        }
    }
}

/// True for fields that appear when the request is serialized: body fields except files. For JSON
/// operations that serialization is the body itself; for multipart ones it mirrors the text parts.
fn serialized(f: &FieldDef) -> bool {
    f.location == ParamLocation::Body && !f.ty.item().is(Builtin::File)
}

/// True when the field is serialized into the JSON body (everything else is written by `write_params`).
fn in_json_body(op: &OperationDef, f: &FieldDef) -> bool {
    f.location == ParamLocation::Body && op.body == BodyKind::Json
}

fn method_text(op: &OperationDef) -> &'static str {
    match op.method {
        crate::model::Method::Get => "GET",
        crate::model::Method::Post => "POST",
        crate::model::Method::Put => "PUT",
        crate::model::Method::Patch => "PATCH",
        crate::model::Method::Delete => "DELETE",
    }
}
