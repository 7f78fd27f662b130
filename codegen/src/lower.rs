//! Checked model → the runtime tables (`grokvid_spec::table`), built at run time.
//!
//! This is what `emit/provider.rs` writes as `const` Rust, done with the same `const fn` constructors on
//! leaked data: a provider loaded at run time lives as long as the program (it is loaded once per
//! process), so its strings and slices are leaked once, when it is lowered. The two must agree field
//! for field: `tests/tests/runtime_specs.rs` compares the tables built here with the compiled ones for
//! every spec in the workspace.

use crate::model::{
    CheckDef, ConditionDef, ConstDef, FieldDef, Limits, Literal, NeutralField, OperationDef,
    ParamLocation, PathTestDef, ResultSourceDef, Seg, Spec, StatusStepDef, TaskDef, TaskStatus, Ty,
    TypeBody, UnifiedDef,
};
use grokvid_spec::json_path::Path;
use grokvid_spec::table::{
    Auth, Check, Choice, Condition, Const, EnumInfo, Envelope, ErrorPaths, Field, FinalError, Host,
    Kind, Neutral, Operation, PathTest, Polling, Provider, Response, ResultLink, ResultSource,
    Rule, Scalar, Shape, StatusStep, TaskMapping, TimeForm, Unified,
};
use grokvid_spec::{Builtin, PathTemplate};
use std::collections::HashMap;

/// Where the key goes, as `emit`'s `auth_table` writes it.
fn auth_table(a: &crate::model::Auth) -> Auth {
    let (name, prefix, env) = (leak_str(&a.name), leak_str(&a.prefix), leak_str(&a.env));
    let auth = match a.location {
        crate::model::AuthLocation::Header => Auth::header(name, prefix, env),
        crate::model::AuthLocation::Query => Auth::query(name, prefix, env),
    };
    auth.with_accept(leak_slice(a.accept.iter().map(|s| leak_str(s)).collect()))
}

/// One `errors.final` entry, as `emit` writes it.
fn final_error(f: &crate::model::FinalDef) -> FinalError {
    let mut entry = FinalError::new();
    if let Some(status) = f.status {
        entry = entry.with_status(status);
    }
    if let Some(code) = &f.code {
        entry = entry.with_code(leak_str(code));
    }
    if let Some(text) = &f.message_contains {
        entry = entry.with_message_containing(leak_str(text));
    }
    if let Some(means) = &f.means {
        entry = entry.with_means(leak_str(means));
    }
    entry
}

/// The tables of a checked spec, with `'static` data leaked once.
pub fn lower(spec: &Spec) -> Provider {
    let mut lowering = Lowering {
        spec,
        named: HashMap::new(),
    };
    lowering.provider()
}

/// One lowering: the spec, and the shapes of its named types (built once, shared by every use).
struct Lowering<'s> {
    spec: &'s Spec,
    named: HashMap<&'s str, Shape>,
}

impl<'s> Lowering<'s> {
    fn provider(&mut self) -> Provider {
        let spec = self.spec;
        let p = &spec.provider;
        let auth = auth_table(&spec.auth);
        let polling = Polling::new(
            spec.polling.min_interval_ms,
            spec.polling.suggested_interval_ms,
        );
        let operations: Vec<&'static Operation> = spec
            .operations
            .iter()
            .map(|op| leak(self.operation(op)))
            .collect();
        let mut provider = Provider::new(
            leak_str(&p.id),
            leak_str(&p.name),
            leak_str(&p.base_url),
            auth,
        )
        .with_docs(leak_str(&p.docs))
        .with_headers(leak_slice(
            p.headers
                .iter()
                .map(|h| (leak_str(&h.name), leak_str(&h.value)))
                .collect(),
        ))
        .with_polling(polling)
        .with_errors(
            ErrorPaths::new(paths(&spec.errors.code), paths(&spec.errors.message)).with_final(
                leak_slice(spec.errors.finals.iter().map(final_error).collect()),
            ),
        )
        .with_operations(leak_slice(operations))
        .with_result(leak_slice(spec.result.iter().map(result_source).collect()))
        .with_hosts(leak_slice(
            spec.hosts
                .iter()
                .map(|h| {
                    let host = Host::new(leak_str(&h.name), leak_str(&h.base_url));
                    match &h.auth {
                        Some(auth) => host.with_auth(auth_table(auth)),
                        None => host,
                    }
                })
                .collect(),
        ));
        if let Some(envelope) = &spec.envelope {
            let ok = leak_slice(envelope.ok.iter().map(|s| leak_str(s)).collect());
            provider = provider.with_envelope(Envelope::new(path(&envelope.path), ok));
        }
        provider
    }

    fn operation(&mut self, op: &OperationDef) -> Operation {
        let segments: Vec<Seg<&'static str>> = op
            .path_segments
            .iter()
            .map(|seg| match seg {
                Seg::Lit(text) => Seg::Lit(leak_str(text)),
                Seg::Param(name) => Seg::Param(leak_str(name)),
            })
            .collect();
        let template = PathTemplate::new(leak_slice(segments));
        let headers = op
            .headers
            .iter()
            .map(|(k, v)| (leak_str(k), leak_str(v)))
            .collect();
        let params = self.fields(&op.params);
        let consts = op.consts.iter().map(const_table).collect();
        let rules = op.rules.iter().map(rule).collect();
        let mut table = Operation::new(leak_str(&op.name), op.role, op.method, template)
            .with_body(op.body)
            .with_headers(leak_slice(headers))
            .with_params(params)
            .with_consts(leak_slice(consts))
            .with_rules(leak_slice(rules))
            .with_response(self.response(op));
        if let Some(wrap) = &op.wrap {
            table = table.with_wrap(leak_str(wrap));
        }
        if let Some((host, _)) = &op.host {
            table = table.with_host(leak_str(host));
        }
        if let Some(unified) = &op.unified {
            table = table.with_unified(unified_table(unified));
        }
        table
    }

    fn fields(&mut self, fields: &[FieldDef]) -> &'static [Field] {
        let fields = fields.iter().map(|f| self.field(f)).collect();
        leak_slice(fields)
    }

    /// One param or object field, as `emit`'s `field_table` writes it.
    fn field(&mut self, f: &FieldDef) -> Field {
        let shape = self.shape(&f.ty, &f.limits, &f.accept);
        let mut field = Field::new(leak_str(&f.wire), f.location, shape);
        if f.required || f.location == ParamLocation::Path {
            field = field.required();
        }
        if f.task_id {
            field = field.task_id();
        }
        if let Some(default) = &f.default {
            let default = scalar(default);
            field = if f.client_default {
                field.client_default(default)
            } else {
                field.default(default)
            };
        }
        field.doc(leak_str(&f.description))
    }

    /// The kind plus the limits at this level (list limits on lists; a newtype's own limits).
    fn shape(&mut self, ty: &Ty, list_limits: &Limits, accept: &[String]) -> Shape {
        let none = Limits::default();
        match ty {
            Ty::List(inner) => {
                let item = self.shape(inner, &none, accept);
                Shape::list(leak(item)).with_limits(limits(list_limits, accept))
            }
            Ty::Named(name) => match self.spec.type_def(name).map(|t| &t.body) {
                Some(TypeBody::Newtype { .. } | TypeBody::Union { .. }) => self.named(name),
                Some(_) => self.named(name).with_limits(limits(&none, accept)),
                None => Shape::JSON.with_limits(limits(&none, accept)),
            },
            Ty::Builtin(builtin) => {
                builtin_shape(*builtin).with_limits(limits(list_limits, accept))
            }
        }
    }

    /// The shape of a named type: an enum's values, an object's fields, a newtype's limits.
    fn named(&mut self, name: &str) -> Shape {
        if let Some(shape) = self.named.get(name) {
            return *shape;
        }
        let spec = self.spec;
        let Some(def) = spec.type_def(name) else {
            return Shape::JSON;
        };
        // A type that (through its fields) names itself would recurse forever: inside itself it is
        // any JSON. The compiled tables cannot express one either.
        self.named.insert(def.name.as_str(), Shape::JSON);
        let shape = match &def.body {
            TypeBody::Enum(e) => {
                let values = e.values.iter().map(|v| scalar(&v.value)).collect();
                let aliases = e
                    .aliases
                    .iter()
                    .map(|(a, c)| (leak_str(a), leak_str(c)))
                    .collect();
                let info = EnumInfo::new(leak_str(&def.name), leak_slice(values))
                    .with_aliases(leak_slice(aliases));
                Shape::enumeration(leak(info))
            }
            TypeBody::Object(fields) => Shape::object(self.fields(fields)),
            TypeBody::Newtype {
                inner, limits: l, ..
            } => builtin_shape(*inner).with_limits(limits(l, &[])),
            TypeBody::Union { members, limits: l } => {
                Shape::union(leak_slice(members.clone())).with_limits(limits(l, &[]))
            }
        };
        self.named.insert(def.name.as_str(), shape);
        shape
    }

    fn response(&mut self, op: &OperationDef) -> Response {
        let r = &op.response;
        let mut response = match &r.media {
            Some(media) => Response::file(leak_str(media)),
            None => Response::new(self.fields(&r.fields)),
        };
        if let Some(task) = &r.task {
            response = response.with_task(task_mapping(task));
        }
        if let Some(at) = &r.tasks_at {
            response = response.with_tasks_at(path(at));
        }
        response.with_times(times(&r.times))
    }
}

fn unified_table(u: &UnifiedDef) -> Unified {
    let neutral = |n: &NeutralField| {
        let values = n
            .values
            .iter()
            .map(|(a, b)| (leak_str(a), leak_str(b)))
            .collect();
        let neutral = Neutral::new(leak_str(&n.field)).with_values(leak_slice(values));
        let neutral = match &n.key {
            Some(key) => neutral.with_key(leak_str(key)),
            None => neutral,
        };
        neutral.with_item(image_item(&n.item))
    };
    /// A neutral field's setter on `Unified`.
    type Setter = fn(Unified, Neutral) -> Unified;
    let setters: [(&Option<NeutralField>, Setter); 6] = [
        (&u.prompt, Unified::with_prompt),
        (&u.model, Unified::with_model),
        (&u.duration, Unified::with_duration),
        (&u.aspect_ratio, Unified::with_aspect_ratio),
        (&u.resolution, Unified::with_resolution),
        (&u.images, Unified::with_images),
    ];
    let mut unified = Unified::NONE;
    for (field, set) in setters {
        if let Some(n) = field {
            unified = set(unified, neutral(n));
        }
    }
    if let Some(when) = &u.when {
        let mut choice = Choice::ANY;
        if let Some(models) = &when.models {
            let models = models.iter().map(|(_, m)| leak_str(m)).collect();
            choice = choice.with_models(leak_slice(models));
        }
        if let Some((_, present)) = when.images {
            choice = choice.with_images(present);
        }
        unified = unified.with_when(choice);
    }
    unified
}

fn const_table(c: &ConstDef) -> Const {
    Const::new(leak_str(&c.wire), c.location, scalar(&c.value))
}

fn rule(r: &crate::model::RuleDef) -> Rule {
    let when = r.when.iter().map(condition).collect();
    let rule = Rule::new(check(&r.check))
        .with_when(leak_slice(when))
        .with_then(r.then);
    match &r.message {
        Some(message) => rule.with_message(leak_str(message)),
        None => rule,
    }
}

fn condition(c: &ConditionDef) -> Condition {
    match c {
        ConditionDef::Equals { field, any_of } => Condition::Equals {
            field: leak_str(field),
            any_of: scalars(any_of),
        },
        ConditionDef::Set(field) => Condition::Set(leak_str(field)),
    }
}

fn check(c: &CheckDef) -> Check {
    match c {
        CheckDef::Fixed { field, value } => Check::Fixed {
            field: leak_str(field),
            value: scalar(value),
        },
        CheckDef::Forbidden(f) => Check::Forbidden(names(f)),
        CheckDef::Required(f) => Check::Required(names(f)),
        CheckDef::Exclusive(f) => Check::Exclusive(names(f)),
        CheckDef::OneOf(f) => Check::OneOf(names(f)),
        CheckDef::Precedence(f) => Check::Precedence(names(f)),
        CheckDef::Range { field, min, max } => Check::Range {
            field: leak_str(field),
            min: *min,
            max: *max,
        },
        CheckDef::Items { field, min, max } => Check::Items {
            field: leak_str(field),
            min: min.map(usize_of),
            max: max.map(usize_of),
        },
        CheckDef::Allowed { field, values } => Check::Allowed {
            field: leak_str(field),
            values: scalars(values),
        },
    }
}

fn task_mapping(t: &TaskDef) -> TaskMapping {
    let steps = t.status.iter().map(status_step).collect();
    let mapping = TaskMapping::new(paths(&t.id))
        .with_status(leak_slice(steps))
        .with_progress(paths(&t.progress))
        .with_video_url(paths(&t.video_url))
        .with_error(paths(&t.error))
        .with_error_code(paths(&t.error_code))
        .with_links(leak_slice(
            t.links
                .iter()
                .map(|(name, at)| (leak_str(name), paths(at)))
                .collect(),
        ));
    let mapping = mapping
        .with_created_at(times(&t.created_at))
        .with_finished_at(times(&t.finished_at));
    t.when.iter().fold(mapping, |mapping, (field, statuses)| {
        mapping.with_when(
            *field,
            leak_slice(statuses.iter().map(status_ref).collect()),
        )
    })
}

/// One `result:` source.
fn result_source(source: &ResultSourceDef) -> ResultSource {
    match source {
        ResultSourceDef::VideoUrl => ResultSource::VideoUrl,
        ResultSourceDef::Operation(name) => ResultSource::Operation(leak_str(name)),
        ResultSourceDef::Link {
            name,
            video_url,
            key,
        } => {
            let link = if video_url.is_empty() {
                ResultLink::file(leak_str(name))
            } else {
                ResultLink::json(leak_str(name), paths(video_url))
            };
            ResultSource::Link(if *key { link.with_key() } else { link })
        }
    }
}

fn status_step(step: &StatusStepDef) -> StatusStep {
    match step {
        StatusStepDef::Word { path: at, map } => {
            let pairs = map
                .iter()
                .map(|(word, status)| (leak_str(word), status_ref(status)))
                .collect();
            StatusStep::word(path(at), leak_slice(pairs))
        }
        StatusStepDef::When {
            test,
            then,
            message,
        } => {
            let then = status_ref(then);
            let step = match test {
                None => StatusStep::otherwise(then),
                Some(test) => StatusStep::when(path_test(test), then),
            };
            match message {
                Some(message) => step.with_message(leak_str(message)),
                None => step,
            }
        }
    }
}

fn path_test(test: &PathTestDef) -> PathTest {
    match test {
        PathTestDef::Present(p) => PathTest::Present(path(p)),
        PathTestDef::Absent(p) => PathTest::Absent(path(p)),
        PathTestDef::Null(p) => PathTest::Null(path(p)),
        PathTestDef::Missing(p) => PathTest::Missing(path(p)),
        PathTestDef::Equals(p, v) => PathTest::Equals(path(p), scalar(v)),
        PathTestDef::All(tests) => PathTest::All(leak_slice(tests.iter().map(path_test).collect())),
    }
}

/// A status by reference, as tables hold it: the shared list's own value (nothing leaked). A word
/// mapped to `unknown` is kept by the reader, so the table holds `unknown` with no word.
fn status_ref(status: &TaskStatus) -> &'static TaskStatus {
    match status {
        TaskStatus::Unknown(_) => TaskStatus::UNKNOWN,
        known => TaskStatus::mappable()
            .iter()
            .find(|s| *s == known)
            .unwrap_or(TaskStatus::UNKNOWN),
    }
}

/// `Limits::NONE` with each limit the spec sets.
fn limits(l: &Limits, accept: &[String]) -> grokvid_spec::table::Limits {
    let mut out = grokvid_spec::table::Limits::NONE;
    if let Some(min) = l.min {
        out = out.with_min(min);
    }
    if let Some(max) = l.max {
        out = out.with_max(max);
    }
    if let Some(n) = l.min_length {
        out = out.with_min_length(usize_of(n));
    }
    if let Some(n) = l.max_length {
        out = out.with_max_length(usize_of(n));
    }
    if let Some(n) = l.min_items {
        out = out.with_min_items(usize_of(n));
    }
    if let Some(n) = l.max_items {
        out = out.with_max_items(usize_of(n));
    }
    // A URL's formats are its `accept` (a file's come with its field).
    let accept: Vec<&'static str> = accept
        .iter()
        .chain(&l.formats)
        .map(|s| leak_str(s))
        .collect();
    if !accept.is_empty() {
        out = out.with_accept(leak_slice(accept));
    }
    if l.text_form {
        out = out.with_text_form();
    }
    if let Some(pattern) = &l.pattern {
        out = out.with_pattern(leak_str(pattern));
    }
    if !l.schemes.is_empty() {
        out = out.with_schemes(leak_slice(l.schemes.iter().map(|s| leak_str(s)).collect()));
    }
    out
}

/// A built-in type's shape (what its `Shape::STRING`, … constant holds).
fn builtin_shape(builtin: Builtin) -> Shape {
    Shape::new(Kind::Builtin(builtin))
}

/// `unified.images`' item template.
fn image_item(item: &crate::model::ImageItemDef) -> grokvid_spec::table::ImageItem {
    use grokvid_spec::table::{FrameRoles, ImageItem};
    let consts = item
        .consts
        .iter()
        .map(|(key, value)| (leak_str(key), scalar(value)))
        .collect();
    let mut out = ImageItem::NONE.with_consts(leak_slice(consts));
    if let Some((at, first, last)) = &item.roles {
        out = out.with_roles(FrameRoles::new(
            leak_str(at),
            leak_str(first),
            leak_str(last),
        ));
    }
    if item.data_uri {
        out = out.data_uri();
    }
    if let Some(max) = item.max_bytes {
        out = out.with_max_bytes(max);
    }
    out
}

fn scalar(lit: &Literal) -> Scalar {
    match lit {
        Literal::Str(s) => Scalar::Str(leak_str(s)),
        Literal::Int(i) => Scalar::Int(*i),
        Literal::Num(n) => Scalar::Num(*n),
        Literal::Bool(b) => Scalar::Bool(*b),
    }
}

fn scalars(values: &[Literal]) -> &'static [Scalar] {
    leak_slice(values.iter().map(scalar).collect())
}

fn names(fields: &[String]) -> &'static [&'static str] {
    leak_slice(fields.iter().map(|s| leak_str(s)).collect())
}

/// A JSON path parsed by the spec language's one parser. The loader has parsed every path of a checked
/// spec with it, so this cannot fail; the empty path (a batch reply that is the list) is the reply.
fn path(text: &str) -> Path<'static> {
    if text.is_empty() {
        return Path::new(&[]);
    }
    Path::leak(text).unwrap_or(Path::new(&[]))
}

fn times(times: &[(String, TimeForm)]) -> &'static [(Path<'static>, TimeForm)] {
    leak_slice(times.iter().map(|(t, form)| (path(t), *form)).collect())
}

fn paths(texts: &[String]) -> &'static [Path<'static>] {
    leak_slice(texts.iter().map(|t| path(t)).collect())
}

/// Limits and counts in a spec are small; one beyond `usize` (a 32-bit target) means "no limit".
fn usize_of(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Text kept for the program's life ("" costs nothing).
fn leak_str(text: &str) -> &'static str {
    if text.is_empty() {
        return "";
    }
    Box::leak(text.to_owned().into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    if items.is_empty() {
        return &[];
    }
    Box::leak(items.into_boxed_slice())
}

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}
