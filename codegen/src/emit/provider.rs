//! The tables the runtime, the lifecycle and the simulator read: the `PROVIDER` static and one
//! operation static per operation, written with the spec crate's `const fn` constructors (a setter
//! only where the spec differs from the default).

use super::{Emitter, ident, unsuffixed_f64, unsuffixed_i64, unsuffixed_u64};
use crate::model::{
    CheckDef, ConditionDef, ConstDef, FieldDef, Limits, Literal, OperationDef, ParamLocation,
    PathTestDef, ResultSourceDef, Seg, StatusStepDef, TaskDef, TaskStatus, TimeForm, Ty, TypeBody,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    pub(super) fn provider_static(&self) -> TokenStream {
        let rt = &self.rt;
        let p = &self.spec.provider;
        let (id, name, base_url) = (&p.id, &p.name, &p.base_url);
        let auth = self.auth_table(&self.spec.auth);
        let mut setters = Vec::new();
        if !p.headers.is_empty() {
            let headers = p.headers.iter().map(|h| {
                let (name, value) = (&h.name, &h.value);
                quote!((#name, #value))
            });
            setters.push(quote!(with_headers(&[#(#headers),*])));
        }
        if !p.docs.is_empty() {
            let docs = &p.docs;
            setters.push(quote!(with_docs(#docs)));
        }
        let polling = &self.spec.polling;
        if polling.min_interval_ms != 0 || polling.suggested_interval_ms != 0 {
            let (min, suggested) = (
                unsuffixed_u64(polling.min_interval_ms),
                unsuffixed_u64(polling.suggested_interval_ms),
            );
            setters.push(quote!(with_polling(#rt::Polling::new(#min, #suggested))));
        }
        if let Some(envelope) = &self.spec.envelope {
            let path = self.json_path(&envelope.path);
            let ok = &envelope.ok;
            setters.push(quote!(with_envelope(#rt::Envelope::new(#path, &[#(#ok),*]))));
        }
        let errors = &self.spec.errors;
        if !errors.code.is_empty() || !errors.message.is_empty() || !errors.finals.is_empty() {
            let (codes, messages) = (
                self.json_paths(&errors.code),
                self.json_paths(&errors.message),
            );
            let mut table = quote!(#rt::ErrorPaths::new(#codes, #messages));
            if !errors.finals.is_empty() {
                let finals = errors.finals.iter().map(|f| {
                    let mut entry = quote!(#rt::FinalError::new());
                    if let Some(status) = f.status {
                        let status = unsuffixed_u64(u64::from(status));
                        entry = quote!(#entry.with_status(#status));
                    }
                    if let Some(code) = &f.code {
                        entry = quote!(#entry.with_code(#code));
                    }
                    if let Some(text) = &f.message_contains {
                        entry = quote!(#entry.with_message_containing(#text));
                    }
                    if let Some(means) = &f.means {
                        entry = quote!(#entry.with_means(#means));
                    }
                    entry
                });
                table = quote!(#table.with_final(&[#(#finals),*]));
            }
            setters.push(quote!(with_errors(#table)));
        }
        let operations = self
            .spec
            .operations
            .iter()
            .map(|op| operation_static_name(&op.name));
        setters.push(quote!(with_operations(&[#(&#operations),*])));
        if !self.spec.result.is_empty() {
            let sources = self.spec.result.iter().map(|s| self.result_source(s));
            setters.push(quote!(with_result(&[#(#sources),*])));
        }
        if !self.spec.hosts.is_empty() {
            let hosts = self.spec.hosts.iter().map(|h| {
                let (name, url) = (&h.name, &h.base_url);
                match &h.auth {
                    Some(auth) => {
                        let auth = self.auth_table(auth);
                        quote!(#rt::Host::new(#name, #url).with_auth(#auth))
                    }
                    None => quote!(#rt::Host::new(#name, #url)),
                }
            });
            setters.push(quote!(with_hosts(&[#(#hosts),*])));
        }
        let entries = self.spec.operations.iter().map(|op| {
            let table = operation_static_name(&op.name);
            let request = format_ident!("{}Request", op.type_prefix);
            let kind = if op.response.media.is_some() {
                quote!(content)
            } else {
                quote!(json)
            };
            quote!(#rt::Entry::#kind::<#request>(&#table))
        });
        quote! {
            /// Everything the runtime needs to know about this provider, read from its spec, with the
            /// entry points of each operation's typed request.
            #[doc(hidden)]
            pub static PROVIDER: #rt::Provider = #rt::Provider::new(
                #rt::ProviderTable::new(#id, #name, #base_url, #auth)
                    #(.#setters)*,
                &[#(#entries),*],
            );
        }
    }

    /// `rt::Auth::header(name, prefix, env)`, with the other prefixes the vendor takes.
    fn auth_table(&self, a: &crate::model::Auth) -> TokenStream {
        let rt = &self.rt;
        let (name, prefix, env) = (&a.name, &a.prefix, &a.env);
        let place = match a.location {
            crate::model::AuthLocation::Header => quote!(header),
            crate::model::AuthLocation::Query => quote!(query),
        };
        let mut auth = quote!(#rt::Auth::#place(#name, #prefix, #env));
        if !a.accept.is_empty() {
            let accept = &a.accept;
            auth = quote!(#auth.with_accept(&[#(#accept),*]));
        }
        auth
    }

    /// The static holding one operation's table.
    pub(super) fn operation_static(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let static_name = operation_static_name(&op.name);
        let name = &op.name;
        let (role, method) = (variant(op.role), variant(op.method));
        let segments = op.path_segments.iter().map(|seg| match seg {
            Seg::Lit(text) => quote!(#rt::Seg::Lit(#text)),
            Seg::Param(name) => quote!(#rt::Seg::Param(#name)),
        });
        let mut setters = Vec::new();
        if op.body != crate::model::BodyKind::None {
            let body = variant(op.body);
            setters.push(quote!(with_body(#rt::BodyKind::#body)));
        }
        if let Some(wrap) = &op.wrap {
            setters.push(quote!(with_wrap(#wrap)));
        }
        if let Some((host, _)) = &op.host {
            setters.push(quote!(with_host(#host)));
        }
        if !op.headers.is_empty() {
            let headers = op.headers.iter().map(|(k, v)| quote!((#k, #v)));
            setters.push(quote!(with_headers(&[#(#headers),*])));
        }
        if !op.params.is_empty() {
            let params = op.params.iter().map(|f| self.field_table(f));
            setters.push(quote!(with_params(&[#(#params),*])));
        }
        if !op.consts.is_empty() {
            let consts = op.consts.iter().map(|c| self.const_table(c));
            setters.push(quote!(with_consts(&[#(#consts),*])));
        }
        if !op.rules.is_empty() {
            let rules = op.rules.iter().map(|r| {
                let check = self.check(&r.check);
                let mut rule = quote!(#rt::Rule::new(#check));
                if !r.when.is_empty() {
                    let when = r.when.iter().map(|c| self.condition(c));
                    rule = quote!(#rule.with_when(&[#(#when),*]));
                }
                if let Some(message) = &r.message {
                    rule = quote!(#rule.with_message(#message));
                }
                if r.then != crate::model::Then::Reject {
                    let then = variant(r.then);
                    rule = quote!(#rule.with_then(#rt::Then::#then));
                }
                rule
            });
            setters.push(quote!(with_rules(&[#(#rules),*])));
        }
        setters.push(self.response_table(op));
        if let Some(u) = &op.unified {
            setters.push(self.unified_table(u));
        }
        let doc = format!("The table of `{name}`.");
        quote! {
            #[doc = #doc]
            #[doc(hidden)]
            pub static #static_name: #rt::Operation = #rt::Operation::new(
                #name,
                #rt::Role::#role,
                #rt::Method::#method,
                #rt::PathTemplate::new(&[#(#segments),*]),
            )
            #(.#setters)*;
        }
    }

    fn unified_table(&self, u: &crate::model::UnifiedDef) -> TokenStream {
        let rt = &self.rt;
        let neutral = |setter: &str, f: &Option<crate::model::NeutralField>| {
            let n = f.as_ref()?;
            let setter = format_ident!("with_{setter}");
            let field = &n.field;
            let mut neutral = quote!(#rt::Neutral::new(#field));
            if !n.values.is_empty() {
                let values = n.values.iter().map(|(a, b)| quote!((#a, #b)));
                neutral = quote!(#neutral.with_values(&[#(#values),*]));
            }
            if let Some(key) = &n.key {
                neutral = quote!(#neutral.with_key(#key));
            }
            if let Some(item) = self.image_item_table(&n.item) {
                neutral = quote!(#neutral.with_item(#item));
            }
            Some(quote!(.#setter(#neutral)))
        };
        let setters = [
            neutral("prompt", &u.prompt),
            neutral("model", &u.model),
            neutral("duration", &u.duration),
            neutral("aspect_ratio", &u.aspect_ratio),
            neutral("resolution", &u.resolution),
            neutral("images", &u.images),
        ]
        .into_iter()
        .flatten()
        .chain(u.when.as_ref().map(|w| {
            let mut choice = quote!(#rt::Choice::ANY);
            if let Some(models) = &w.models {
                let models = models.iter().map(|(_, m)| m);
                choice = quote!(#choice.with_models(&[#(#models),*]));
            }
            if let Some((_, present)) = w.images {
                choice = quote!(#choice.with_images(#present));
            }
            quote!(.with_when(#choice))
        }));
        quote!(with_unified(#rt::Unified::NONE #(#setters)*))
    }

    /// The field table entry of one param or object field.
    pub(super) fn field_table(&self, f: &FieldDef) -> TokenStream {
        let rt = &self.rt;
        let wire = &f.wire;
        let shape = self.shape(&f.ty, &f.limits, &f.accept);
        let location = match f.location {
            ParamLocation::Body => quote!(body),
            ParamLocation::Query => quote!(query),
            ParamLocation::Path => quote!(path),
            ParamLocation::Header => quote!(header),
        };
        let mut field = quote!(#rt::Field::#location(#wire, #shape));
        if f.required && f.location != ParamLocation::Path {
            field = quote!(#field.required());
        }
        if f.task_id {
            field = quote!(#field.task_id());
        }
        if let Some(default) = &f.default {
            let default = self.scalar(default);
            field = if f.client_default {
                quote!(#field.client_default(#default))
            } else {
                quote!(#field.default(#default))
            };
        }
        if !f.description.is_empty() {
            let description = &f.description;
            field = quote!(#field.doc(#description));
        }
        field
    }

    /// A shape: the kind plus the limits that apply at this level (list limits on lists).
    fn shape(&self, ty: &Ty, list_limits: &Limits, accept: &[String]) -> TokenStream {
        let rt = &self.rt;
        let none = Limits::default();
        let (shape, limits) = match ty {
            Ty::List(inner) => {
                let item = self.shape(inner, &none, accept);
                (
                    quote!(#rt::Shape::list(&#item)),
                    self.limits(list_limits, accept),
                )
            }
            Ty::Named(name) => {
                let type_ident = ident(name);
                match self.spec.type_def(name).map(|t| &t.body) {
                    Some(TypeBody::Enum(_)) => (
                        quote!(#rt::Shape::enumeration(<#type_ident as #rt::WireEnum>::INFO)),
                        self.limits(&none, accept),
                    ),
                    Some(TypeBody::Object(_)) => (
                        quote!(#rt::Shape::object(#type_ident::FIELDS)),
                        self.limits(&none, accept),
                    ),
                    Some(TypeBody::Newtype { inner, .. }) => {
                        let kind = format_ident!("{}", inner.shape_const());
                        (quote!(#rt::Shape::#kind), Some(quote!(#type_ident::LIMITS)))
                    }
                    Some(TypeBody::Union { .. }) => {
                        (quote!(<#type_ident as #rt::WireUnion>::SHAPE), None)
                    }
                    None => (quote!(#rt::Shape::JSON), self.limits(&none, accept)),
                }
            }
            Ty::Builtin(builtin) => {
                let kind = format_ident!("{}", builtin.shape_const());
                (quote!(#rt::Shape::#kind), self.limits(list_limits, accept))
            }
        };
        match limits {
            Some(limits) => quote!(#shape.with_limits(#limits)),
            None => shape,
        }
    }

    /// `Limits::NONE` with a setter per limit; `None` when there is none at all.
    pub(super) fn limits(&self, l: &Limits, accept: &[String]) -> Option<TokenStream> {
        let rt = &self.rt;
        if *l == Limits::default() && accept.is_empty() {
            return None;
        }
        let mut setters = Vec::new();
        for (setter, value) in [("with_min", l.min), ("with_max", l.max)] {
            if let Some(value) = value {
                let (setter, value) = (format_ident!("{setter}"), unsuffixed_f64(value));
                setters.push(quote!(#setter(#value)));
            }
        }
        for (setter, value) in [
            ("with_min_length", l.min_length),
            ("with_max_length", l.max_length),
            ("with_min_items", l.min_items),
            ("with_max_items", l.max_items),
        ] {
            if let Some(value) = value {
                let (setter, value) = (format_ident!("{setter}"), unsuffixed_u64(value));
                setters.push(quote!(#setter(#value)));
            }
        }
        // A URL's formats are its `accept` (a file's come with its field).
        let accept: Vec<&String> = accept.iter().chain(&l.formats).collect();
        if !accept.is_empty() {
            setters.push(quote!(with_accept(&[#(#accept),*])));
        }
        if l.text_form {
            setters.push(quote!(with_text_form()));
        }
        if let Some(pattern) = &l.pattern {
            setters.push(quote!(with_pattern(#pattern)));
        }
        if !l.schemes.is_empty() {
            let schemes = &l.schemes;
            setters.push(quote!(with_schemes(&[#(#schemes),*])));
        }
        Some(quote!(#rt::Limits::NONE #(.#setters)*))
    }

    fn const_table(&self, c: &ConstDef) -> TokenStream {
        let rt = &self.rt;
        let wire = &c.wire;
        let location = variant(c.location);
        let value = self.scalar(&c.value);
        quote!(#rt::Const::new(#wire, #rt::ParamLocation::#location, #value))
    }

    pub(super) fn scalar(&self, lit: &Literal) -> TokenStream {
        let rt = &self.rt;
        match lit {
            Literal::Str(s) => quote!(#rt::Scalar::Str(#s)),
            Literal::Int(i) => {
                let i = unsuffixed_i64(*i);
                quote!(#rt::Scalar::Int(#i))
            }
            Literal::Num(n) => {
                let n = unsuffixed_f64(*n);
                quote!(#rt::Scalar::Num(#n))
            }
            Literal::Bool(b) => quote!(#rt::Scalar::Bool(#b)),
        }
    }

    fn condition(&self, c: &ConditionDef) -> TokenStream {
        let rt = &self.rt;
        match c {
            ConditionDef::Equals { field, any_of } => {
                let values = any_of.iter().map(|v| self.scalar(v));
                quote!(#rt::Condition::Equals { field: #field, any_of: &[#(#values),*] })
            }
            ConditionDef::Set(field) => quote!(#rt::Condition::Set(#field)),
        }
    }

    fn check(&self, c: &CheckDef) -> TokenStream {
        let rt = &self.rt;
        match c {
            CheckDef::Fixed { field, value } => {
                let value = self.scalar(value);
                quote!(#rt::Check::Fixed { field: #field, value: #value })
            }
            CheckDef::Forbidden(f) => quote!(#rt::Check::Forbidden(&[#(#f),*])),
            CheckDef::Required(f) => quote!(#rt::Check::Required(&[#(#f),*])),
            CheckDef::Exclusive(f) => quote!(#rt::Check::Exclusive(&[#(#f),*])),
            CheckDef::OneOf(f) => quote!(#rt::Check::OneOf(&[#(#f),*])),
            CheckDef::Precedence(f) => quote!(#rt::Check::Precedence(&[#(#f),*])),
            CheckDef::Range { field, min, max } => {
                let (min, max) = (opt_f64(min), opt_f64(max));
                quote!(#rt::Check::Range { field: #field, min: #min, max: #max })
            }
            CheckDef::Items { field, min, max } => {
                let (min, max) = (opt_u64(min), opt_u64(max));
                quote!(#rt::Check::Items { field: #field, min: #min, max: #max })
            }
            CheckDef::Allowed { field, values } => {
                let values = values.iter().map(|v| self.scalar(v));
                quote!(#rt::Check::Allowed { field: #field, values: &[#(#values),*] })
            }
        }
    }

    /// The `with_response(...)` setter.
    fn response_table(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let r = &op.response;
        // The reply struct owns the field table; content replies have none.
        let mut response = match &r.media {
            Some(media) => quote!(#rt::Response::file(#media)),
            None => {
                let reply = format_ident!("{}Response", op.type_prefix);
                quote!(#rt::Response::new(#reply::FIELDS))
            }
        };
        if let Some(t) = &r.task {
            let t = self.task_table(t);
            response = quote!(#response.with_task(#t));
        }
        if let Some(at) = &r.tasks_at {
            let at = self.json_path(at);
            response = quote!(#response.with_tasks_at(#at));
        }
        if !r.times.is_empty() {
            let times = self.times(&r.times);
            response = quote!(#response.with_times(#times));
        }
        quote!(with_response(#response))
    }

    fn task_table(&self, t: &TaskDef) -> TokenStream {
        let rt = &self.rt;
        let id = self.json_paths(&t.id);
        let mut mapping = quote!(#rt::TaskMapping::new(#id));
        if !t.status.is_empty() {
            let steps = t.status.iter().map(|step| self.status_step(step));
            mapping = quote!(#mapping.with_status(&[#(#steps),*]));
        }
        for (setter, paths) in [
            ("with_progress", &t.progress),
            ("with_video_url", &t.video_url),
            ("with_error", &t.error),
            ("with_error_code", &t.error_code),
        ] {
            if !paths.is_empty() {
                let (setter, paths) = (format_ident!("{setter}"), self.json_paths(paths));
                mapping = quote!(#mapping.#setter(#paths));
            }
        }
        if !t.links.is_empty() {
            let links = t.links.iter().map(|(name, paths)| {
                let paths = self.json_paths(paths);
                quote!((#name, #paths))
            });
            mapping = quote!(#mapping.with_links(&[#(#links),*]));
        }
        for (setter, paths) in [
            ("with_created_at", &t.created_at),
            ("with_finished_at", &t.finished_at),
        ] {
            if !paths.is_empty() {
                let (setter, times) = (format_ident!("{setter}"), self.times(paths));
                mapping = quote!(#mapping.#setter(#times));
            }
        }
        for (field, statuses) in &t.when {
            let field = format_ident!("{}", format!("{field:?}"));
            let statuses = statuses.iter().map(|s| self.status_ref(s));
            mapping = quote!(#mapping.with_when(#rt::TaskField::#field, &[#(#statuses),*]));
        }
        mapping
    }

    /// One `result:` source as a table constant.
    fn result_source(&self, source: &ResultSourceDef) -> TokenStream {
        let rt = &self.rt;
        match source {
            ResultSourceDef::VideoUrl => quote!(#rt::ResultSource::VideoUrl),
            ResultSourceDef::Operation(name) => quote!(#rt::ResultSource::Operation(#name)),
            ResultSourceDef::Link {
                name,
                video_url,
                key,
            } => {
                let mut link = if video_url.is_empty() {
                    quote!(#rt::ResultLink::file(#name))
                } else {
                    let paths = self.json_paths(video_url);
                    quote!(#rt::ResultLink::json(#name, #paths))
                };
                if *key {
                    link = quote!(#link.with_key());
                }
                quote!(#rt::ResultSource::Link(#link))
            }
        }
    }

    fn status_step(&self, step: &StatusStepDef) -> TokenStream {
        let rt = &self.rt;
        match step {
            StatusStepDef::Word { path, map } => {
                let path = self.json_path(path);
                let pairs = map.iter().map(|(word, status)| {
                    let status = self.status_ref(status);
                    quote!((#word, #status))
                });
                quote!(#rt::StatusStep::word(#path, &[#(#pairs),*]))
            }
            StatusStepDef::When {
                test,
                then,
                message,
            } => {
                let then = self.status_ref(then);
                let step = match test {
                    None => quote!(#rt::StatusStep::otherwise(#then)),
                    Some(test) => {
                        let test = self.path_test(test);
                        quote!(#rt::StatusStep::when(#test, #then))
                    }
                };
                match message {
                    Some(message) => quote!(#step.with_message(#message)),
                    None => step,
                }
            }
        }
    }

    /// A `when:` test; a list is `PathTest::All` of its items.
    fn path_test(&self, test: &PathTestDef) -> TokenStream {
        let rt = &self.rt;
        match test {
            PathTestDef::Present(p) => {
                let p = self.json_path(p);
                quote!(#rt::PathTest::Present(#p))
            }
            PathTestDef::Absent(p) => {
                let p = self.json_path(p);
                quote!(#rt::PathTest::Absent(#p))
            }
            PathTestDef::Null(p) => {
                let p = self.json_path(p);
                quote!(#rt::PathTest::Null(#p))
            }
            PathTestDef::Missing(p) => {
                let p = self.json_path(p);
                quote!(#rt::PathTest::Missing(#p))
            }
            PathTestDef::Equals(p, v) => {
                let (p, v) = (self.json_path(p), self.scalar(v));
                quote!(#rt::PathTest::Equals(#p, #v))
            }
            PathTestDef::All(tests) => {
                let tests = tests.iter().map(|t| self.path_test(t));
                quote!(#rt::PathTest::All(&[#(#tests),*]))
            }
        }
    }

    /// A status by reference, as tables hold it.
    fn status_ref(&self, status: &TaskStatus) -> TokenStream {
        let rt = &self.rt;
        match status {
            // A spec may map a vendor word to `unknown`: the reader keeps that word.
            TaskStatus::Unknown(_) => quote!(#rt::TaskStatus::UNKNOWN),
            known => {
                let known = variant(known);
                quote!(&#rt::TaskStatus::#known)
            }
        }
    }

    /// A JSON path, parsed at compile time by `rt::path!` with the spec language's parser (the loader
    /// has checked it, so it parses); the empty path (a batch reply that is the list) is the reply.
    fn json_path(&self, text: &str) -> TokenStream {
        let rt = &self.rt;
        if text.is_empty() {
            return quote!(#rt::Path::new(&[]));
        }
        quote!(#rt::path!(#text))
    }

    /// Paths with their time forms: `&[(path, rt::TimeForm::EpochS), ...]`.
    fn times(&self, times: &[(String, TimeForm)]) -> TokenStream {
        let rt = &self.rt;
        let items = times.iter().map(|(text, form)| {
            let path = self.json_path(text);
            // The variant's name.
            let form = format_ident!("{}", format!("{form:?}"));
            quote!((#path, #rt::TimeForm::#form))
        });
        quote!(&[#(#items),*])
    }

    fn json_paths(&self, texts: &[String]) -> TokenStream {
        let paths = texts.iter().map(|text| self.json_path(text));
        quote!(&[#(#paths),*])
    }
}

/// `GENERATIONS` for the operation `generations`.
pub(super) fn operation_static_name(operation: &str) -> proc_macro2::Ident {
    format_ident!("{}", operation.to_uppercase())
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

/// The variant of a fieldless vocabulary enum (`Role::BatchQuery` → `BatchQuery`): the shared enums
/// are the runtime's, so their names are the generated code's.
fn variant(value: impl std::fmt::Debug) -> TokenStream {
    let name = ident(&format!("{value:?}"));
    quote!(#name)
}
