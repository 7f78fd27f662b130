//! Enums, constrained newtypes and objects, plus the struct pieces request types share with them.

use super::{Emitter, docs, ident};
use crate::model::{Builtin, EnumDef, FieldDef, Form, Limits, Literal, Ty, TypeBody, TypeDef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub(super) fn type_def(&self, def: &TypeDef) -> TokenStream {
        match &def.body {
            TypeBody::Enum(e) => self.enum_def(def, e),
            TypeBody::Newtype {
                inner,
                limits,
                field,
            } => self.newtype_def(def, *inner, limits, field),
            TypeBody::Union { members, limits } => self.union_def(def, members, limits),
            TypeBody::Object(fields) if def.response_only => {
                self.response_struct(&def.name, &def.description, fields)
            }
            TypeBody::Object(fields) => self.object_def(def, fields),
        }
    }

    fn enum_def(&self, def: &TypeDef, e: &EnumDef) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&def.name);
        let name_text = &def.name;
        let doc = docs(&def.description);
        let variants = e.values.iter().map(|v| {
            let variant = format_ident!("{}", v.variant);
            let text = if v.description.is_empty() {
                format!("`{}`", v.value.text())
            } else {
                format!("`{}`: {}", v.value.text(), v.description)
            };
            let doc = docs(&text);
            quote!(#doc #variant)
        });
        let all = e.values.iter().map(|v| format_ident!("{}", v.variant));
        let values = e.values.iter().map(|v| self.scalar(&v.value));
        let mut info = quote!(#rt::EnumInfo::new(#name_text, &[#(#values),*]));
        if !e.aliases.is_empty() {
            let aliases = e.aliases.iter().map(|(a, c)| quote!((#a, #c)));
            info = quote!(#info.with_aliases(&[#(#aliases),*]));
        }
        quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variants,)*
            }

            impl #rt::WireEnum for #name {
                const INFO: &'static #rt::EnumInfo = &#info;
                const ALL: &'static [Self] = &[#(Self::#all),*];
            }

            #rt::wire_enum!(#name);
        }
    }

    fn newtype_def(
        &self,
        def: &TypeDef,
        inner: Builtin,
        limits: &crate::model::Limits,
        field: &str,
    ) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&def.name);
        let mut text = def.description.clone();
        let bounds = describe_limits(limits);
        if !bounds.is_empty() {
            text.push_str(&format!("\n\nChecked on construction: {bounds}."));
        }
        let doc = docs(&text);
        let limits = self
            .limits(limits, &[])
            .unwrap_or_else(|| quote!(#rt::Limits::NONE));
        // Text types hold a `String` checked by the macro with the type's own syntax (a URL's).
        let (inner_ty, syntax) = match inner.form() {
            // `String` needs no syntax argument (the macro's default), keeping older output as it was.
            Form::Text if inner == Builtin::String => (quote!(String), quote!()),
            Form::Text => {
                let variant = format_ident!("{}", variant_of(inner));
                (quote!(String), quote!(, #rt::Builtin::#variant))
            }
            _ => (self.builtin_type(inner, false), quote!()),
        };
        let derives = match inner.form() {
            Form::Integer => {
                quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)])
            }
            Form::Number => quote!(#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]),
            _ => quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash)]),
        };
        quote! {
            #doc
            #derives
            pub struct #name(#inner_ty);

            impl #name {
                /// The limits the vendor documents.
                pub const LIMITS: #rt::Limits = #limits;
            }

            #rt::newtype!(#name, #inner_ty, #field #syntax);
        }
    }

    /// A union (`type: [integer, string]`): an enum with one variant per member, each holding a
    /// plain value of it and serialized untagged (in its member's JSON type). Its limits are
    /// checked before a request is sent (`ApiRequest::check_unions`), against `SHAPE`.
    fn union_def(&self, def: &TypeDef, members: &[Builtin], limits: &Limits) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&def.name);
        let serde_crate = self.serde_crate();
        let response = def.response_only;
        let mut text = def.description.clone();
        let member_docs: Vec<String> = members
            .iter()
            .map(|m| {
                let own = describe_limits(&limits.of_member(*m));
                let article = m.form().expected();
                if own.is_empty() {
                    article.to_string()
                } else {
                    format!("{article} ({own})")
                }
            })
            .collect();
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&format!(
            "One of: {}; sent as that JSON value. {}",
            member_docs.join(", "),
            if response {
                "Read leniently: a value of no member is left out."
            } else {
                "Checked before a request is sent."
            }
        ));
        let doc = docs(&text);
        let variants = members.iter().zip(&member_docs).map(|(m, d)| {
            let variant = format_ident!("{}", variant_of(*m));
            let ty = self.builtin_type(*m, response);
            let doc = docs(&format!("{}.", capitalize(d)));
            // `f64` alone would write a whole number as `8.0`; the runtime writes it as `8`.
            let number = (*m == Builtin::Number).then(|| {
                let with = format!("{}::serialize_number", self.rt_text);
                quote!(#[serde(serialize_with = #with)])
            });
            quote!(#doc #number #variant(#ty))
        });
        let froms = members.iter().map(|m| {
            let variant = format_ident!("{}", variant_of(*m));
            let ty = self.builtin_type(*m, response);
            let text = (*m == Builtin::String).then(|| {
                quote! {
                    impl From<&str> for #name {
                        fn from(value: &str) -> Self {
                            Self::#variant(value.to_string())
                        }
                    }
                }
            });
            quote! {
                impl From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        Self::#variant(value)
                    }
                }
                #text
            }
        });
        let arms = |call: TokenStream| {
            let arms = members.iter().map(|m| {
                let variant = format_ident!("{}", variant_of(*m));
                quote!(Self::#variant(value) => #call(value))
            });
            quote!(match self { #(#arms,)* })
        };
        let field_ref = arms(quote!(#rt::FieldValue::field_ref));
        let wire_text = arms(quote!(#rt::WireText::wire_text));
        let member_consts = members.iter().map(|m| {
            let variant = format_ident!("{}", variant_of(*m));
            quote!(#rt::Builtin::#variant)
        });
        let shape = quote!(#rt::Shape::union(&[#(#member_consts),*]));
        let shape = match self.limits(limits, &[]) {
            Some(limits) => quote!(#shape.with_limits(#limits)),
            None => shape,
        };
        quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, #rt::serde::Serialize, #rt::serde::Deserialize)]
            #serde_crate
            #[serde(untagged)]
            pub enum #name {
                #(#variants,)*
            }

            impl #rt::WireUnion for #name {
                const SHAPE: #rt::Shape = #shape;
            }

            #(#froms)*

            impl #rt::FieldValue for #name {
                fn field_ref(&self) -> #rt::FieldRef<'_> {
                    #field_ref
                }
            }

            impl #rt::WireText for #name {
                fn wire_text(&self) -> ::std::borrow::Cow<'_, str> {
                    #wire_text
                }
            }
        }
    }

    /// True when `ty` names a union.
    pub(super) fn is_union(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(name)
            if matches!(self.spec.type_def(name).map(|t| &t.body), Some(TypeBody::Union { .. })))
    }

    /// Objects also appear inside replies, read leniently: unknown keys are ignored (not denied), so
    /// a key a vendor adds does not drop the whole object. Requests are still checked key by key
    /// against `FIELDS` by the validator and the simulator.
    fn object_def(&self, def: &TypeDef, fields: &[FieldDef]) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&def.name);
        let doc = docs(&def.description);
        let serde_crate = self.serde_crate();
        let members = fields
            .iter()
            .map(|f| self.request_member(&def.name, f, false));
        let table = fields.iter().map(|f| self.field_table(f));
        let builder = self.builder(fields);
        let default_impl = default_impl(rt, &name, fields);
        let setters = setters_derive(rt, fields);
        quote! {
            #doc
            #[derive(Debug, Clone, PartialEq, #rt::serde::Serialize, #rt::serde::Deserialize)]
            #setters
            #serde_crate
            pub struct #name {
                #(#members,)*
            }

            impl #name {
                /// Field table read by the runtime validator and the simulator.
                pub const FIELDS: &'static [#rt::Field] = &[#(#table),*];
                #builder
            }

            #default_impl

            #rt::object!(#name);
        }
    }

    /// A tolerant struct for a reply: every field optional, odd types read leniently, unknown fields kept out.
    pub(super) fn response_struct(
        &self,
        name: &str,
        description: &str,
        fields: &[FieldDef],
    ) -> TokenStream {
        let rt = &self.rt;
        let name = ident(name);
        let doc = docs(description);
        let serde_crate = self.serde_crate();
        let members = fields.iter().map(|f| {
            let rust = ident(&f.rust);
            let ty = self.rust_type(&f.ty, true);
            let lenient = match f.ty.builtin().map(Builtin::form) {
                Some(Form::Text) => "string",
                Some(Form::Integer) => "integer",
                Some(Form::Number) => "number",
                Some(Form::Boolean) => "boolean",
                _ => "any",
            };
            let with = format!("{}::lenient::{lenient}", self.rt_text);
            let rename = rename(f);
            let doc = docs(&f.description);
            quote! {
                #doc
                #rename
                #[serde(deserialize_with = #with)]
                #[serde(skip_serializing_if = "Option::is_none")]
                pub #rust: Option<#ty>
            }
        });
        let table = fields.iter().map(|f| self.field_table(f));
        quote! {
            #doc
            #[derive(Debug, Clone, Default, PartialEq)]
            #[derive(#rt::serde::Serialize, #rt::serde::Deserialize)]
            #serde_crate
            #[serde(default)]
            pub struct #name {
                #(#members,)*
            }

            impl #name {
                /// The documented fields, as the spec types them.
                pub const FIELDS: &'static [#rt::Field] = &[#(#table),*];
            }
        }
    }

    /// One field of a request struct or request-side object.
    pub(super) fn request_member(
        &self,
        owner: &str,
        f: &FieldDef,
        not_in_json_body: bool,
    ) -> TokenStream {
        let rust = ident(&f.rust);
        let ty = self.rust_type(&f.ty, false);
        let doc = docs(&field_doc(f));
        let rename = rename(f);
        let ty = if f.is_optional() {
            quote!(Option<#ty>)
        } else {
            ty
        };
        let serde = match (not_in_json_body, f.is_optional(), f.client_default) {
            (true, true, _) => quote!(#[serde(default, skip_serializing)]),
            (true, false, false) => quote!(#[serde(skip_serializing)]),
            (true, false, true) => {
                let default = format!("{owner}::default_{}", f.rust);
                quote!(#[serde(default = #default, skip_serializing)])
            }
            (false, true, _) => quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
            (false, false, true) => {
                let default = format!("{owner}::default_{}", f.rust);
                quote!(#[serde(default = #default)])
            }
            (false, false, false) => quote!(),
        };
        // `f64` alone would write a whole number as `8.0`; the runtime writes it as `8`.
        let number = if !not_in_json_body && f.ty.item().is(Builtin::Number) {
            let with = format!("{}::serialize_number", self.rt_text);
            quote!(#[serde(serialize_with = #with)])
        } else {
            quote!()
        };
        quote! {
            #doc
            #rename
            #serde
            #number
            pub #rust: #ty
        }
    }

    /// `new(required...)`, client-default functions and one setter per optional field.
    pub(super) fn builder(&self, fields: &[FieldDef]) -> TokenStream {
        let required: Vec<&FieldDef> = fields.iter().filter(|f| f.required).collect();
        let args = required.iter().map(|f| {
            let rust = ident(&f.rust);
            match &f.ty {
                ty if ty.is(Builtin::String) => quote!(#rust: impl Into<String>),
                ty if self.is_union(ty) => {
                    let ty = self.rust_type(ty, false);
                    quote!(#rust: impl Into<#ty>)
                }
                ty => {
                    let ty = self.rust_type(ty, false);
                    quote!(#rust: #ty)
                }
            }
        });
        let inits = fields.iter().map(|f| {
            let rust = ident(&f.rust);
            if f.required {
                if f.ty.is(Builtin::String) || self.is_union(&f.ty) {
                    quote!(#rust: #rust.into())
                } else {
                    quote!(#rust)
                }
            } else if f.client_default {
                let default_fn = format_ident!("default_{}", f.rust);
                quote!(#rust: Self::#default_fn())
            } else {
                quote!(#rust: None)
            }
        });
        let default_fns = fields.iter().filter(|f| f.client_default).map(|f| {
            let default_fn = format_ident!("default_{}", f.rust);
            let ty = self.rust_type(&f.ty, false);
            let value = self.default_value(&f.ty, f.default.as_ref());
            quote! {
                fn #default_fn() -> #ty {
                    #value
                }
            }
        });
        // Optional fields get their setters from `#[derive(rt::Setters)]` (see `setters_derive`);
        // fields the client defaults hold the value, not an `Option`, and keep a setter of their own.
        let setters = fields
            .iter()
            .filter(|f| !f.required && !f.is_optional())
            .map(|f| {
                let rust = ident(&f.rust);
                let ty = self.rust_type(&f.ty, false);
                let doc = docs(&format!("Sets `{}`.", f.wire));
                let (arg, value) = if f.ty.is(Builtin::String) {
                    (quote!(value: impl Into<String>), quote!(value.into()))
                } else if self.is_union(&f.ty) {
                    (quote!(value: impl Into<#ty>), quote!(value.into()))
                } else {
                    (quote!(value: #ty), quote!(value))
                };
                quote! {
                    #doc
                    pub fn #rust(mut self, #arg) -> Self {
                        self.#rust = #value;
                        self
                    }
                }
            });
        let many = if required.len() > 7 {
            quote!(#[allow(clippy::too_many_arguments)])
        } else {
            quote!()
        };
        quote! {
            /// A value with every required field; optional ones are set by the methods named after them.
            #many
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits,)* }
            }
            #(#default_fns)*
            #(#setters)*
        }
    }

    /// The Rust expression of a client-sent default (checked against the type by the loader).
    fn default_value(&self, ty: &Ty, value: Option<&Literal>) -> TokenStream {
        let Some(value) = value else {
            return quote!(Default::default());
        };
        match (ty, value) {
            (Ty::Builtin(builtin), v) => self.builtin_default(*builtin, v),
            (Ty::Named(name), v) => {
                let type_ident = ident(name);
                match self.spec.type_def(name).map(|t| &t.body) {
                    Some(TypeBody::Enum(e)) => {
                        let text = v.text();
                        let canonical = e.canonical(&text);
                        let variant = e
                            .values
                            .iter()
                            .find(|ev| ev.value.text() == canonical)
                            .map(|ev| format_ident!("{}", ev.variant));
                        match variant {
                            Some(variant) => quote!(#type_ident::#variant),
                            None => quote!(Default::default()),
                        }
                    }
                    // The loader checked the value against the limits, so the unchecked field is sound here.
                    Some(TypeBody::Newtype { inner, .. }) => {
                        let inner = self.builtin_default(*inner, v);
                        quote!(#type_ident(#inner))
                    }
                    Some(TypeBody::Union { members, .. }) => {
                        match crate::model::literal_member(members, v) {
                            Some(member) => {
                                let variant = format_ident!("{}", variant_of(member));
                                let inner = self.builtin_default(member, v);
                                quote!(#type_ident::#variant(#inner))
                            }
                            None => quote!(Default::default()),
                        }
                    }
                    _ => quote!(Default::default()),
                }
            }
            _ => quote!(Default::default()),
        }
    }

    /// The Rust type of a built-in type: the one place the generator maps them onto Rust (what else
    /// it needs to know about one, it asks `grokvid_spec::Builtin`). Replies read URLs as plain text.
    pub(super) fn builtin_type(&self, builtin: Builtin, response: bool) -> TokenStream {
        let rt = &self.rt;
        match builtin {
            Builtin::String => quote!(String),
            Builtin::Integer => quote!(i64),
            Builtin::Number => quote!(f64),
            Builtin::Boolean => quote!(bool),
            Builtin::Url if response => quote!(String),
            Builtin::Url => quote!(#rt::Url),
            Builtin::File => quote!(#rt::Upload),
            Builtin::Json => quote!(#rt::serde_json::Value),
        }
    }

    /// A spec literal as a Rust value of a built-in type (the loader checked that it is one).
    fn builtin_default(&self, builtin: Builtin, value: &Literal) -> TokenStream {
        let rt = &self.rt;
        match (builtin, value) {
            (Builtin::String, v) => {
                let s = v.text();
                quote!(#s.to_string())
            }
            (Builtin::Url, v) => {
                let s = v.text();
                quote!(#rt::Url::new_unchecked(#s))
            }
            (Builtin::Integer, Literal::Int(i)) => {
                let i = super::unsuffixed_i64(*i);
                quote!(#i)
            }
            (Builtin::Number, v) => {
                let n = super::unsuffixed_f64(v.as_f64().unwrap_or_default());
                quote!(#n)
            }
            (Builtin::Boolean, Literal::Bool(b)) => quote!(#b),
            _ => quote!(Default::default()),
        }
    }
}

/// `#[derive(rt::Setters)]` when some field is an `Option` a setter fills.
pub(super) fn setters_derive(rt: &TokenStream, fields: &[FieldDef]) -> TokenStream {
    if fields.iter().any(|f| !f.required && f.is_optional()) {
        quote!(#[derive(#rt::Setters)])
    } else {
        quote!()
    }
}

/// `Default` through `new()` when nothing is required (clippy's `new_without_default`).
pub(super) fn default_impl(
    rt: &TokenStream,
    name: &proc_macro2::Ident,
    fields: &[FieldDef],
) -> TokenStream {
    if fields.iter().any(|f| f.required) {
        return quote!();
    }
    quote!(#rt::default_is_new!(#name);)
}

fn rename(f: &FieldDef) -> TokenStream {
    if f.wire == f.rust {
        quote!()
    } else {
        let wire = &f.wire;
        quote!(#[serde(rename = #wire)])
    }
}

/// A field's doc: its description, then what the spec says about defaults and limits.
pub(super) fn field_doc(f: &FieldDef) -> String {
    let mut doc = if f.description.is_empty() {
        format!("`{}`", f.wire)
    } else {
        f.description.clone()
    };
    let mut notes = Vec::new();
    if f.wire != f.rust {
        notes.push(format!("sent as `{}`", f.wire));
    }
    if let Some(default) = &f.default {
        let by = if f.client_default {
            "sent by the client"
        } else {
            "applied by the vendor when omitted"
        };
        notes.push(format!("default `{}` ({by})", default.text()));
    }
    let limits = describe_limits(&f.limits);
    if !limits.is_empty() {
        notes.push(limits);
    }
    if !f.accept.is_empty() {
        notes.push(format!("formats: {}", f.accept.join(", ")));
    }
    if !notes.is_empty() {
        doc.push_str(&format!("\n\n{}.", capitalize(&notes.join("; "))));
    }
    doc
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The `Builtin` variant's name (`Url`), for `rt::Builtin::Url` in generated code.
fn variant_of(builtin: Builtin) -> String {
    format!("{builtin:?}")
}

/// `1 ≤ value ≤ 15`, `at most 7 items`, ... for docs.
fn describe_limits(l: &crate::model::Limits) -> String {
    let mut parts = Vec::new();
    if let Some(pattern) = &l.pattern {
        parts.push(format!("matches `{pattern}` as a whole"));
    }
    if !l.schemes.is_empty() {
        parts.push(format!("a {} URL", l.schemes.join(" or ")));
    }
    if !l.formats.is_empty() {
        parts.push(format!("formats {}", l.formats.join(", ")));
    }
    match (l.min, l.max) {
        (Some(a), Some(b)) => parts.push(format!("{a} ≤ value ≤ {b}")),
        (Some(a), None) => parts.push(format!("value ≥ {a}")),
        (None, Some(b)) => parts.push(format!("value ≤ {b}")),
        _ => {}
    }
    match (l.min_length, l.max_length) {
        (Some(a), Some(b)) => parts.push(format!("{a} to {b} characters")),
        (Some(a), None) => parts.push(format!("at least {a} characters")),
        (None, Some(b)) => parts.push(format!("at most {b} characters")),
        _ => {}
    }
    match (l.min_items, l.max_items) {
        (Some(a), Some(b)) if a == b => parts.push(format!("exactly {a} items")),
        (Some(a), Some(b)) => parts.push(format!("{a} to {b} items")),
        (Some(a), None) => parts.push(format!("at least {a} items")),
        (None, Some(b)) => parts.push(format!("at most {b} items")),
        _ => {}
    }
    parts.join(", ")
}
