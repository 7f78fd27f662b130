//! The checked model of a spec: what the loader produces once every problem has been ruled out.
//!
//! Names here are already Rust names; inline enums and objects have been hoisted into `types`, and every
//! reference has been resolved, so the emitter never has to fail.

pub use crate::reader::Literal;
use crate::yaml::Pos;
pub use grokvid_spec::{
    AuthLocation, BodyKind, Bounds, Builtin, Form, Method, ParamLocation, Role, Seg, TaskStatus,
    Then, UnionJson,
    table::{TaskField, TimeForm},
};

#[derive(Debug, Clone)]
pub struct Spec {
    /// The spec's file name as given, for messages.
    pub file: String,
    pub provider: ProviderInfo,
    pub auth: Auth,
    pub polling: Polling,
    pub envelope: Option<Envelope>,
    pub errors: ErrorPaths,
    pub types: Vec<TypeDef>,
    pub operations: Vec<OperationDef>,
    /// The `result:` list; empty when the spec has none (the default applies).
    pub result: Vec<ResultSourceDef>,
    /// Named hosts (`hosts:`), in spec order.
    pub hosts: Vec<HostDef>,
}

/// A named host some operations are served from (`hosts:`).
#[derive(Debug, Clone)]
pub struct HostDef {
    pub name: String,
    pub pos: Pos,
    /// Its default base URL; empty when the spec knows none.
    pub base_url: String,
    /// Where the key goes there; `None`: as the top-level `auth` says.
    pub auth: Option<Auth>,
}

/// One source of the finished video (`result:`).
#[derive(Debug, Clone, PartialEq)]
pub enum ResultSourceDef {
    /// The task's own video URL.
    VideoUrl,
    /// An operation, by name.
    Operation(String),
    /// A handed-back URL: its name, the video URL paths when read as JSON, and whether it takes the key.
    Link {
        name: String,
        video_url: Vec<String>,
        key: bool,
    },
}

impl Spec {
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.name == name)
    }
}

#[derive(Debug, Clone)]
pub struct ProviderInfo {
    pub id: String,
    pub name: String,
    pub base_url: String,
    pub docs: String,
    pub description: String,
    /// Constant app-identifying headers, sent on every call.
    pub headers: Vec<AppHeader>,
}

#[derive(Debug, Clone)]
pub struct Auth {
    pub location: AuthLocation,
    pub name: String,
    pub prefix: String,
    /// Other prefixes the vendor also takes.
    pub accept: Vec<String>,
    /// Empty in a host's own `auth`.
    pub env: String,
}

/// A constant app-identifying header (`provider.headers`).
#[derive(Debug, Clone)]
pub struct AppHeader {
    pub name: String,
    pub value: String,
    pub pos: Pos,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Polling {
    pub min_interval_ms: u64,
    pub suggested_interval_ms: u64,
}

#[derive(Debug, Clone)]
pub struct Envelope {
    pub path: String,
    pub ok: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ErrorPaths {
    pub code: Vec<String>,
    pub message: Vec<String>,
    /// `errors.final`: the errors no retry can cure.
    pub finals: Vec<FinalDef>,
}

/// One `errors.final` entry; what is given must all match.
#[derive(Debug, Clone)]
pub struct FinalDef {
    pub pos: Pos,
    pub status: Option<u16>,
    pub code: Option<String>,
    pub message_contains: Option<String>,
    pub means: Option<String>,
}

impl FinalDef {
    /// Whether `other` matches the same errors (the same status, code and text).
    pub fn same_match(&self, other: &FinalDef) -> bool {
        self.status == other.status
            && self.code == other.code
            && self.message_contains == other.message_contains
    }
}

/// A generated type: a named or hoisted enum, object or constrained newtype.
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    pub pos: Pos,
    pub description: String,
    pub body: TypeBody,
    /// Made for a response: objects get optional, tolerant fields; enums stay open.
    pub response_only: bool,
}

#[derive(Debug, Clone)]
pub enum TypeBody {
    Enum(EnumDef),
    Object(Vec<FieldDef>),
    /// A scalar with constraints; `field` is the wire name used in violation messages.
    Newtype {
        inner: Builtin,
        limits: Limits,
        field: String,
    },
    /// A value of one of several built-in types (`type: [integer, string]`), in the vendor's order
    /// of preference; each limit applies to the member it fits (see `load/unions.rs`).
    Union {
        members: Vec<Builtin>,
        limits: Limits,
    },
}

/// The member of a union a spec literal is written as (`6` the number member, `"6s"` the text one).
pub fn literal_member(members: &[Builtin], value: &Literal) -> Option<Builtin> {
    let json = match value {
        Literal::Int(_) | Literal::Num(_) => UnionJson::Number,
        Literal::Str(_) => UnionJson::String,
        Literal::Bool(_) => UnionJson::Boolean,
    };
    grokvid_spec::union_member(members, json)
}

#[derive(Debug, Clone)]
pub struct EnumDef {
    pub values: Vec<EnumValue>,
    /// `(alias, canonical)`.
    pub aliases: Vec<(String, String)>,
    /// True when the values are integers (jimmyai duration 10 | 15).
    pub integer: bool,
}

impl EnumDef {
    /// The canonical value an alias stands for; other text is returned as it is.
    pub fn canonical<'a>(&'a self, text: &'a str) -> &'a str {
        self.aliases
            .iter()
            .find(|(alias, _)| alias == text)
            .map_or(text, |(_, canonical)| canonical.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct EnumValue {
    pub value: Literal,
    pub variant: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A built-in type (`string`, `integer`, …): what it means is described once, in `grokvid_spec`.
    Builtin(Builtin),
    /// A type from `types` (enum, object or newtype).
    Named(String),
    List(Box<Ty>),
}

impl Ty {
    pub fn is_list(&self) -> bool {
        matches!(self, Ty::List(_))
    }

    /// The built-in type, when it is one.
    pub fn builtin(&self) -> Option<Builtin> {
        match self {
            Ty::Builtin(b) => Some(*b),
            _ => None,
        }
    }

    /// True for the built-in type `b`.
    pub fn is(&self, b: Builtin) -> bool {
        self.builtin() == Some(b)
    }

    /// The item type of a list, or the type itself.
    pub fn item(&self) -> &Ty {
        match self {
            Ty::List(inner) => inner,
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Limits {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// `wire: string`: a number sent as JSON text (`"6"`).
    pub text_form: bool,
    /// `pattern:` the whole text must match (checked to compile by the loader).
    pub pattern: Option<String>,
    /// `schemes:` of a URL field, lower case.
    pub schemes: Vec<String>,
    /// `accept:` of a URL field: the formats its path (or data URL) may name, lower case.
    pub formats: Vec<String>,
}

impl Limits {
    /// The limits that apply to one member of a union: a range to a number, lengths and a
    /// pattern to text (plus schemes and formats to a URL).
    pub fn of_member(&self, member: Builtin) -> Limits {
        match member.bounds() {
            Some(Bounds::Range) => Limits {
                min: self.min,
                max: self.max,
                ..Limits::default()
            },
            Some(Bounds::Length) => Limits {
                min_length: self.min_length,
                max_length: self.max_length,
                pattern: self.pattern.clone(),
                schemes: self.schemes.clone(),
                formats: self.formats.clone(),
                ..Limits::default()
            },
            None => Limits::default(),
        }
    }

    /// Limits that apply to a single scalar (and so make a newtype).
    pub fn constrains_scalar(&self) -> bool {
        self.text_form
            || self.pattern.is_some()
            || !self.schemes.is_empty()
            || !self.formats.is_empty()
            || self.min.is_some()
            || self.max.is_some()
            || self.min_length.is_some()
            || self.max_length.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct FieldDef {
    pub wire: String,
    pub rust: String,
    pub pos: Pos,
    pub description: String,
    pub ty: Ty,
    pub required: bool,
    pub default: Option<Literal>,
    pub client_default: bool,
    pub location: ParamLocation,
    pub task_id: bool,
    /// List-level limits (items); scalar limits live on the newtype.
    pub limits: Limits,
    pub accept: Vec<String>,
}

impl FieldDef {
    /// Optional in Rust: neither required nor pre-filled by a client default.
    pub fn is_optional(&self) -> bool {
        !self.required && !self.client_default
    }
}

#[derive(Debug, Clone)]
pub struct ConstDef {
    pub wire: String,
    pub location: ParamLocation,
    pub value: Literal,
}

#[derive(Debug, Clone)]
pub struct OperationDef {
    /// snake_case, the client method name.
    pub name: String,
    /// PascalCase prefix of the request and response types.
    pub type_prefix: String,
    pub pos: Pos,
    pub description: String,
    pub role: Role,
    pub method: Method,
    /// The path template as written, for messages.
    pub path: String,
    /// The template parsed by the shared parser (`grokvid_spec::template`), emitted pre-parsed.
    pub path_segments: Vec<Seg<String>>,
    pub body: BodyKind,
    pub wrap: Option<String>,
    pub headers: Vec<(String, String)>,
    pub params: Vec<FieldDef>,
    pub consts: Vec<ConstDef>,
    pub rules: Vec<RuleDef>,
    pub response: ResponseDef,
    /// How the provider-neutral request maps onto this (create) operation.
    pub unified: Option<UnifiedDef>,
    /// The named host serving it (`host:`) and where that was written; `None`: the base URL.
    pub host: Option<(String, Pos)>,
}

/// The provider-neutral request's fields, each mapped onto one of the operation's params.
#[derive(Debug, Clone, Default)]
pub struct UnifiedDef {
    pub prompt: Option<NeutralField>,
    pub model: Option<NeutralField>,
    pub duration: Option<NeutralField>,
    pub aspect_ratio: Option<NeutralField>,
    pub resolution: Option<NeutralField>,
    pub images: Option<NeutralField>,
    /// `unified.when`: when this create takes the request (none: always).
    pub when: Option<WhenDef>,
}

/// `unified.when`: the conditions (all of them) under which a create takes the neutral request.
#[derive(Debug, Clone)]
pub struct WhenDef {
    pub pos: Pos,
    /// The models it is for (the model param's values), each where it is written.
    pub models: Option<Vec<(Pos, String)>>,
    /// Images `present` (true) or `absent` (false), where it is written.
    pub images: Option<(Pos, bool)>,
}

impl UnifiedDef {
    /// `(neutral name, mapping)` for every mapped field.
    pub fn fields(&self) -> Vec<(&'static str, &NeutralField)> {
        [
            ("prompt", &self.prompt),
            ("model", &self.model),
            ("duration", &self.duration),
            ("aspect_ratio", &self.aspect_ratio),
            ("resolution", &self.resolution),
            ("images", &self.images),
        ]
        .into_iter()
        .filter_map(|(name, field)| field.as_ref().map(|f| (name, f)))
        .collect()
    }
}

/// One neutral field: the param it fills, value renames, and for object items the key of the URL.
#[derive(Debug, Clone)]
pub struct NeutralField {
    pub pos: Pos,
    pub field: String,
    /// `(neutral value, vendor value)`; unlisted values pass through unchanged.
    pub values: Vec<(String, String)>,
    /// For images given as objects (`{url: ...}`): the key that holds the URL (a dotted path nests).
    pub key: Option<String>,
    /// Images: item constants, frame roles, inline sending (`unified.images` only).
    pub item: ImageItemDef,
}

/// How each neutral image is written beyond its URL (see `grokvid_spec::table::ImageItem`).
#[derive(Debug, Clone, Default)]
pub struct ImageItemDef {
    /// `(dotted key, value)` every item carries.
    pub consts: Vec<(String, Literal)>,
    /// `(dotted key, first-frame word, last-frame word)`.
    pub roles: Option<(String, String, String)>,
    /// Local files sent inline as `data:` URIs; URLs refused.
    pub data_uri: bool,
    /// The largest local image, in bytes.
    pub max_bytes: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct RuleDef {
    pub pos: Pos,
    pub when: Vec<ConditionDef>,
    pub check: CheckDef,
    pub message: Option<String>,
    /// What a request that breaks it gets (`then:`), and where that was said.
    pub then: Then,
    pub then_pos: Pos,
}

#[derive(Debug, Clone)]
pub enum ConditionDef {
    Equals { field: String, any_of: Vec<Literal> },
    Set(String),
}

#[derive(Debug, Clone)]
pub enum CheckDef {
    Fixed {
        field: String,
        value: Literal,
    },
    Forbidden(Vec<String>),
    Required(Vec<String>),
    Range {
        field: String,
        min: Option<f64>,
        max: Option<f64>,
    },
    Items {
        field: String,
        min: Option<u64>,
        max: Option<u64>,
    },
    Allowed {
        field: String,
        values: Vec<Literal>,
    },
    Exclusive(Vec<String>),
    OneOf(Vec<String>),
    Precedence(Vec<String>),
}

#[derive(Debug, Clone, Default)]
pub struct ResponseDef {
    pub fields: Vec<FieldDef>,
    pub task: Option<TaskDef>,
    pub tasks_at: Option<String>,
    pub media: Option<String>,
    /// How reply fields hold time (`times:`), by path.
    pub times: Vec<(String, TimeForm)>,
}

#[derive(Debug, Clone, Default)]
pub struct TaskDef {
    pub id: Vec<String>,
    pub status: Vec<StatusStepDef>,
    pub progress: Vec<String>,
    pub video_url: Vec<String>,
    pub error: Vec<String>,
    pub error_code: Vec<String>,
    /// URLs the reply hands back, by name (`links:`).
    pub links: Vec<(String, Vec<String>)>,
    /// Where the creation and finish times are, each path with its declared form.
    pub created_at: Vec<(String, TimeForm)>,
    pub finished_at: Vec<(String, TimeForm)>,
    /// Fields kept only on some statuses (`{paths, when}`), in table order.
    pub when: Vec<(TaskField, Vec<TaskStatus>)>,
}

#[derive(Debug, Clone)]
pub enum StatusStepDef {
    Word {
        path: String,
        map: Vec<(String, TaskStatus)>,
    },
    When {
        test: Option<PathTestDef>,
        then: TaskStatus,
        message: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub enum PathTestDef {
    Present(String),
    Absent(String),
    Null(String),
    Missing(String),
    Equals(String, Literal),
    /// A `when:` list: every test holds.
    All(Vec<PathTestDef>),
}
