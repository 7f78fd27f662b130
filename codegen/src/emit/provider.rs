//! The `PROVIDER` static: the tables the runtime, the lifecycle and the simulator read.

use super::{Emitter, ident, unsuffixed_f64, unsuffixed_i64, unsuffixed_u64};
use crate::model::{
    CheckDef, ConditionDef, ConstDef, FieldDef, Limits, Literal, OperationDef, PathTestDef, Seg,
    StatusStepDef, TaskDef, TaskStatus, Ty, TypeBody,
};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    pub(super) fn provider_static(&self) -> TokenStream {
        let rt = &self.rt;
        let p = &self.spec.provider;
        let (id, name, base_url, docs) = (&p.id, &p.name, &p.base_url, &p.docs);
        let a = &self.spec.auth;
        let location = variant(a.location);
        let (auth_name, prefix, env) = (&a.name, &a.prefix, &a.env);
        let (min_interval, suggested) = (
            unsuffixed_u64(self.spec.polling.min_interval_ms),
            unsuffixed_u64(self.spec.polling.suggested_interval_ms),
        );
        let envelope = match &self.spec.envelope {
            None => quote!(None),
            Some(env) => {
                let (path, ok) = (&env.path, &env.ok);
                quote!(Some(#rt::spec::Envelope { path: #path, ok: &[#(#ok),*] }))
            }
        };
        let (codes, messages) = (&self.spec.errors.code, &self.spec.errors.message);
        let operations = self
            .spec
            .operations
            .iter()
            .map(|op| self.operation_table(op));
        quote! {
            /// Everything the runtime needs to know about this provider, read from its spec.
            pub static PROVIDER: #rt::spec::Provider = #rt::spec::Provider {
                id: #id,
                name: #name,
                base_url: #base_url,
                docs: #docs,
                auth: #rt::spec::Auth {
                    location: #rt::spec::AuthLocation::#location,
                    name: #auth_name,
                    prefix: #prefix,
                    env: #env,
                },
                polling: #rt::spec::Polling {
                    min_interval_ms: #min_interval,
                    suggested_interval_ms: #suggested,
                },
                envelope: #envelope,
                errors: #rt::spec::ErrorPaths { code: &[#(#codes),*], message: &[#(#messages),*] },
                operations: &[#(#operations),*],
            };
        }
    }

    fn operation_table(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let name = &op.name;
        let (role, method, body) = (variant(op.role), variant(op.method), variant(op.body));
        let segments = op.path_segments.iter().map(|seg| match seg {
            Seg::Lit(text) => quote!(#rt::spec::Seg::Lit(#text)),
            Seg::Param(name) => quote!(#rt::spec::Seg::Param(#name)),
        });
        let path = quote!(#rt::spec::PathTemplate::new(&[#(#segments),*]));
        let wrap = option_str(op.wrap.as_deref());
        let headers = op.headers.iter().map(|(k, v)| quote!((#k, #v)));
        let params = op.params.iter().map(|f| self.field_table(f));
        let consts = op.consts.iter().map(|c| self.const_table(c));
        let rules = op.rules.iter().map(|r| {
            let when = r.when.iter().map(|c| self.condition(c));
            let check = self.check(&r.check);
            let message = option_str(r.message.as_deref());
            quote!(#rt::spec::Rule { when: &[#(#when),*], check: #check, message: #message })
        });
        let response = self.response_table(op);
        let unified = match &op.unified {
            None => quote!(None),
            Some(u) => {
                let neutral = |f: &Option<crate::model::NeutralField>| match f {
                    None => quote!(None),
                    Some(n) => {
                        let field = &n.field;
                        let values = n.values.iter().map(|(a, b)| quote!((#a, #b)));
                        let key = option_str(n.key.as_deref());
                        quote!(Some(#rt::spec::Neutral { field: #field, values: &[#(#values),*], key: #key }))
                    }
                };
                let (prompt, model, duration) =
                    (neutral(&u.prompt), neutral(&u.model), neutral(&u.duration));
                let (aspect_ratio, resolution, images) = (
                    neutral(&u.aspect_ratio),
                    neutral(&u.resolution),
                    neutral(&u.images),
                );
                quote! {
                    Some(#rt::spec::Unified {
                        prompt: #prompt,
                        model: #model,
                        duration: #duration,
                        aspect_ratio: #aspect_ratio,
                        resolution: #resolution,
                        images: #images,
                    })
                }
            }
        };
        quote! {
            #rt::spec::Operation {
                name: #name,
                role: #rt::spec::Role::#role,
                method: #rt::spec::Method::#method,
                path: #path,
                body: #rt::spec::BodyKind::#body,
                wrap: #wrap,
                headers: &[#(#headers),*],
                params: &[#(#params),*],
                consts: &[#(#consts),*],
                rules: &[#(#rules),*],
                response: #response,
                unified: #unified,
            }
        }
    }

    /// The field table entry of one param or object field.
    pub(super) fn field_table(&self, f: &FieldDef) -> TokenStream {
        let rt = &self.rt;
        let wire = &f.wire;
        let location = variant(f.location);
        let shape = self.shape(&f.ty, &f.limits, &f.accept);
        let required = f.required;
        let default = match &f.default {
            Some(lit) => {
                let lit = self.scalar(lit);
                quote!(Some(#lit))
            }
            None => quote!(None),
        };
        let client_default = f.client_default;
        let task_id = f.task_id;
        let description = &f.description;
        quote! {
            #rt::spec::Field {
                wire: #wire,
                location: #rt::spec::ParamLocation::#location,
                shape: #shape,
                required: #required,
                default: #default,
                client_default: #client_default,
                task_id: #task_id,
                description: #description,
            }
        }
    }

    /// A shape: the kind plus the limits that apply at this level (list limits on lists).
    fn shape(&self, ty: &Ty, list_limits: &Limits, accept: &[String]) -> TokenStream {
        let rt = &self.rt;
        let (kind, limits) = match ty {
            Ty::List(inner) => {
                let item = self.shape(inner, &Limits::default(), accept);
                (
                    quote!(#rt::spec::Kind::List(&#item)),
                    self.limits(list_limits, accept),
                )
            }
            Ty::Named(name) => {
                let type_ident = ident(name);
                match self.spec.type_def(name).map(|t| &t.body) {
                    Some(TypeBody::Enum(_)) => (
                        quote!(#rt::spec::Kind::Enum(<#type_ident as #rt::WireEnum>::INFO)),
                        self.limits(&Limits::default(), accept),
                    ),
                    Some(TypeBody::Object(_)) => (
                        quote!(#rt::spec::Kind::Object(#type_ident::FIELDS)),
                        self.limits(&Limits::default(), accept),
                    ),
                    Some(TypeBody::Newtype { inner, .. }) => {
                        let kind = scalar_kind(inner);
                        (quote!(#rt::spec::Kind::#kind), quote!(#type_ident::LIMITS))
                    }
                    None => (
                        quote!(#rt::spec::Kind::Json),
                        self.limits(&Limits::default(), accept),
                    ),
                }
            }
            scalar => {
                let kind = scalar_kind(scalar);
                (
                    quote!(#rt::spec::Kind::#kind),
                    self.limits(list_limits, accept),
                )
            }
        };
        quote!(#rt::spec::Shape { kind: #kind, limits: #limits })
    }

    pub(super) fn limits(&self, l: &Limits, accept: &[String]) -> TokenStream {
        let rt = &self.rt;
        if *l == Limits::default() && accept.is_empty() {
            return quote!(#rt::spec::Limits::NONE);
        }
        let (min, max) = (opt_f64(&l.min), opt_f64(&l.max));
        let (min_length, max_length) = (opt_u64(&l.min_length), opt_u64(&l.max_length));
        let (min_items, max_items) = (opt_u64(&l.min_items), opt_u64(&l.max_items));
        quote! {
            #rt::spec::Limits {
                min: #min,
                max: #max,
                min_length: #min_length,
                max_length: #max_length,
                min_items: #min_items,
                max_items: #max_items,
                accept: &[#(#accept),*],
            }
        }
    }

    fn const_table(&self, c: &ConstDef) -> TokenStream {
        let rt = &self.rt;
        let wire = &c.wire;
        let location = variant(c.location);
        let value = self.scalar(&c.value);
        quote!(#rt::spec::Const { wire: #wire, location: #rt::spec::ParamLocation::#location, value: #value })
    }

    pub(super) fn scalar(&self, lit: &Literal) -> TokenStream {
        let rt = &self.rt;
        match lit {
            Literal::Str(s) => quote!(#rt::spec::Scalar::Str(#s)),
            Literal::Int(i) => {
                let i = unsuffixed_i64(*i);
                quote!(#rt::spec::Scalar::Int(#i))
            }
            Literal::Num(n) => {
                let n = unsuffixed_f64(*n);
                quote!(#rt::spec::Scalar::Num(#n))
            }
            Literal::Bool(b) => quote!(#rt::spec::Scalar::Bool(#b)),
        }
    }

    fn condition(&self, c: &ConditionDef) -> TokenStream {
        let rt = &self.rt;
        match c {
            ConditionDef::Equals { field, any_of } => {
                let values = any_of.iter().map(|v| self.scalar(v));
                quote!(#rt::spec::Condition::Equals { field: #field, any_of: &[#(#values),*] })
            }
            ConditionDef::Set(field) => quote!(#rt::spec::Condition::Set(#field)),
        }
    }

    fn check(&self, c: &CheckDef) -> TokenStream {
        let rt = &self.rt;
        match c {
            CheckDef::Fixed { field, value } => {
                let value = self.scalar(value);
                quote!(#rt::spec::Check::Fixed { field: #field, value: #value })
            }
            CheckDef::Forbidden(f) => quote!(#rt::spec::Check::Forbidden(&[#(#f),*])),
            CheckDef::Required(f) => quote!(#rt::spec::Check::Required(&[#(#f),*])),
            CheckDef::Exclusive(f) => quote!(#rt::spec::Check::Exclusive(&[#(#f),*])),
            CheckDef::OneOf(f) => quote!(#rt::spec::Check::OneOf(&[#(#f),*])),
            CheckDef::Precedence(f) => quote!(#rt::spec::Check::Precedence(&[#(#f),*])),
            CheckDef::Range { field, min, max } => {
                let (min, max) = (opt_f64(min), opt_f64(max));
                quote!(#rt::spec::Check::Range { field: #field, min: #min, max: #max })
            }
            CheckDef::Items { field, min, max } => {
                let (min, max) = (opt_u64(min), opt_u64(max));
                quote!(#rt::spec::Check::Items { field: #field, min: #min, max: #max })
            }
            CheckDef::Allowed { field, values } => {
                let values = values.iter().map(|v| self.scalar(v));
                quote!(#rt::spec::Check::Allowed { field: #field, values: &[#(#values),*] })
            }
        }
    }

    fn response_table(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let r = &op.response;
        let task = match &r.task {
            Some(t) => {
                let t = self.task_table(t);
                quote!(Some(#t))
            }
            None => quote!(None),
        };
        let tasks_at = option_str(r.tasks_at.as_deref());
        let media = option_str(r.media.as_deref());
        // The reply struct owns the field table; content replies have none.
        let fields = if r.media.is_some() {
            quote!(&[])
        } else {
            let response = quote::format_ident!("{}Response", op.type_prefix);
            quote!(#response::FIELDS)
        };
        quote!(#rt::spec::Response { fields: #fields, task: #task, tasks_at: #tasks_at, media: #media })
    }

    fn task_table(&self, t: &TaskDef) -> TokenStream {
        let rt = &self.rt;
        let (id, progress, video_url, error, error_code) =
            (&t.id, &t.progress, &t.video_url, &t.error, &t.error_code);
        let status = t.status.iter().map(|step| match step {
            StatusStepDef::Word { path, map } => {
                let pairs = map.iter().map(|(word, status)| {
                    let status = status_variant(status);
                    quote!((#word, #rt::TaskStatus::#status))
                });
                quote!(#rt::spec::StatusStep::Word { path: #path, map: &[#(#pairs),*] })
            }
            StatusStepDef::When { test, then, message } => {
                let test = match test {
                    None => quote!(None),
                    Some(PathTestDef::Present(p)) => quote!(Some(#rt::spec::PathTest::Present(#p))),
                    Some(PathTestDef::Absent(p)) => quote!(Some(#rt::spec::PathTest::Absent(#p))),
                    Some(PathTestDef::Equals(p, v)) => {
                        let v = self.scalar(v);
                        quote!(Some(#rt::spec::PathTest::Equals(#p, #v)))
                    }
                };
                let then = status_variant(then);
                let message = option_str(message.as_deref());
                quote!(#rt::spec::StatusStep::When { test: #test, then: #rt::TaskStatus::#then, message: #message })
            }
        });
        quote! {
            #rt::spec::TaskMapping {
                id: &[#(#id),*],
                status: &[#(#status),*],
                progress: &[#(#progress),*],
                video_url: &[#(#video_url),*],
                error: &[#(#error),*],
                error_code: &[#(#error_code),*],
            }
        }
    }
}

fn opt_f64(v: &Option<f64>) -> TokenStream {
    match v {
        Some(v) => {
            let v = unsuffixed_f64(*v);
            quote!(Some(#v))
        }
        None => quote!(None),
    }
}

fn opt_u64(v: &Option<u64>) -> TokenStream {
    match v {
        Some(v) => {
            let v = unsuffixed_u64(*v);
            quote!(Some(#v))
        }
        None => quote!(None),
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

/// The variant of a fieldless vocabulary enum (`Role::BatchQuery` → `BatchQuery`): the shared enums
/// are the runtime's, so their names are the generated code's.
fn variant(value: impl std::fmt::Debug) -> TokenStream {
    let name = ident(&format!("{value:?}"));
    quote!(#name)
}

fn scalar_kind(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String => quote!(String),
        Ty::Integer => quote!(Integer),
        Ty::Number => quote!(Number),
        Ty::Boolean => quote!(Boolean),
        Ty::Url => quote!(Url),
        Ty::File => quote!(File),
        _ => quote!(Json),
    }
}

fn status_variant(status: &TaskStatus) -> TokenStream {
    match status {
        // A spec may map a vendor word to `unknown`: the reader keeps that word.
        TaskStatus::Unknown(_) => quote!(Unknown(::std::string::String::new())),
        known => variant(known),
    }
}
