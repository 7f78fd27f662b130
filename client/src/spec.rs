//! The static description of a provider, generated from its YAML spec.
//!
//! Generated modules hold one `static PROVIDER: Provider`; everything behaviour-related (sending, rule
//! checks, task normalization, the simulator) reads these tables instead of being generated per vendor.
//! The vocabulary and the path templates are the spec language's own (`grokvid_spec`), re-exported here.

pub use grokvid_spec::{AuthLocation, BodyKind, Method, ParamLocation, PathTemplate, Role, Seg};

/// The former name of [`ParamLocation`].
pub use grokvid_spec::ParamLocation as Location;

/// A provider: identity, auth and its operations.
#[derive(Debug)]
pub struct Provider {
    /// snake_case id, also the module name.
    pub id: &'static str,
    pub name: &'static str,
    pub base_url: &'static str,
    pub docs: &'static str,
    pub auth: Auth,
    pub polling: Polling,
    /// Success marker of a body envelope, when the vendor wraps 2xx replies.
    pub envelope: Option<Envelope>,
    pub errors: ErrorPaths,
    pub operations: &'static [Operation],
}

impl Provider {
    /// The operation with this role, when the provider has one (query, content, batch query).
    pub fn operation_with_role(&self, role: Role) -> Option<&'static Operation> {
        self.operations.iter().find(|op| op.role == role)
    }

    /// The operation with this name.
    pub fn operation(&self, name: &str) -> Option<&'static Operation> {
        self.operations.iter().find(|op| op.name == name)
    }
}

/// Where the API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Auth {
    pub location: AuthLocation,
    /// Header or query parameter name.
    pub name: &'static str,
    /// Text put before the key, e.g. `"Bearer "`.
    pub prefix: &'static str,
    /// Environment variable that holds the key.
    pub env: &'static str,
}

/// The vendor's polling guidance, in milliseconds (0 when the docs give none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Polling {
    pub min_interval_ms: u64,
    pub suggested_interval_ms: u64,
}

/// A 2xx body is a success only when the value at `path` (if present) is one of `ok`, compared as text.
#[derive(Debug, Clone, Copy)]
pub struct Envelope {
    pub path: &'static str,
    pub ok: &'static [&'static str],
}

/// Where a vendor error reply keeps its code and message (paths tried in order).
#[derive(Debug, Clone, Copy, Default)]
pub struct ErrorPaths {
    pub code: &'static [&'static str],
    pub message: &'static [&'static str],
}

/// One endpoint.
#[derive(Debug)]
pub struct Operation {
    /// snake_case name, also the client method name.
    pub name: &'static str,
    pub role: Role,
    pub method: Method,
    /// Path template with `{wire_name}` placeholders, parsed when the spec was built.
    pub path: PathTemplate<'static>,
    pub body: BodyKind,
    /// Nest every body field under this key.
    pub wrap: Option<&'static str>,
    /// Constant headers (provider-wide ones are not repeated here).
    pub headers: &'static [(&'static str, &'static str)],
    pub params: &'static [Field],
    /// Parameters always sent with a fixed value.
    pub consts: &'static [Const],
    pub rules: &'static [Rule],
    pub response: Response,
    /// How the provider-neutral request maps onto this operation (creates only).
    pub unified: Option<Unified>,
}

/// The provider-neutral request's fields, each mapped onto one param of a create operation.
#[derive(Debug, Default)]
pub struct Unified {
    pub prompt: Option<Neutral>,
    pub model: Option<Neutral>,
    pub duration: Option<Neutral>,
    pub aspect_ratio: Option<Neutral>,
    pub resolution: Option<Neutral>,
    pub images: Option<Neutral>,
}

/// One neutral field's param, value renames, and (for images given as objects) the URL's key.
#[derive(Debug)]
pub struct Neutral {
    pub field: &'static str,
    /// `(neutral value, vendor value)`; unlisted values pass through unchanged.
    pub values: &'static [(&'static str, &'static str)],
    pub key: Option<&'static str>,
}

impl Operation {
    /// The parameter that carries the task id (query, content operations).
    pub fn task_id_param(&self) -> Option<&'static Field> {
        self.params.iter().find(|f| f.task_id)
    }

    /// True for calls that are paid or change something (creates, non-GET others): once one may
    /// have reached the vendor, it is never repeated nor reported as unsent.
    pub fn has_effects(&self) -> bool {
        self.role == Role::Create || (self.role == Role::Other && self.method != Method::Get)
    }
}

/// A parameter that is always sent with one value.
#[derive(Debug, Clone, Copy)]
pub struct Const {
    pub wire: &'static str,
    pub location: ParamLocation,
    pub value: Scalar,
}

/// A field of a request, object or response.
#[derive(Debug)]
pub struct Field {
    pub wire: &'static str,
    pub location: ParamLocation,
    pub shape: Shape,
    pub required: bool,
    pub default: Option<Scalar>,
    /// True when the client sends the default itself; false when the vendor applies it.
    pub client_default: bool,
    pub task_id: bool,
    pub description: &'static str,
}

/// A value's type and constraints.
#[derive(Debug)]
pub struct Shape {
    pub kind: Kind,
    pub limits: Limits,
}

#[derive(Debug)]
pub enum Kind {
    String,
    Integer,
    Number,
    Boolean,
    Url,
    File,
    Json,
    Enum(&'static EnumInfo),
    Object(&'static [Field]),
    List(&'static Shape),
}

/// Values and aliases of an enum, as the vendor spells them.
#[derive(Debug)]
pub struct EnumInfo {
    pub name: &'static str,
    pub values: &'static [Scalar],
    /// `(alias, canonical)` pairs.
    pub aliases: &'static [(&'static str, &'static str)],
}

/// Constraints on one value; `None` means unconstrained.
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    /// Accepted file formats (extensions, lower case).
    pub accept: &'static [&'static str],
}

impl Limits {
    pub const NONE: Limits = Limits {
        min: None,
        max: None,
        min_length: None,
        max_length: None,
        min_items: None,
        max_items: None,
        accept: &[],
    };
}

/// A literal from the spec.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    Str(&'static str),
    Int(i64),
    Num(f64),
    Bool(bool),
}

impl std::fmt::Display for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scalar::Str(s) => f.write_str(s),
            Scalar::Int(i) => write!(f, "{i}"),
            Scalar::Num(n) => write!(f, "{n}"),
            Scalar::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// A check across fields, applied when every condition holds.
#[derive(Debug)]
pub struct Rule {
    pub when: &'static [Condition],
    pub check: Check,
    /// Replaces the generated message when the spec gives one.
    pub message: Option<&'static str>,
}

#[derive(Debug)]
pub enum Condition {
    /// The field equals one of these values.
    Equals {
        field: &'static str,
        any_of: &'static [Scalar],
    },
    /// The field is set.
    Set(&'static str),
}

#[derive(Debug)]
pub enum Check {
    /// If set, the field must equal this value.
    Fixed {
        field: &'static str,
        value: Scalar,
    },
    Forbidden(&'static [&'static str]),
    Required(&'static [&'static str]),
    Range {
        field: &'static str,
        min: Option<f64>,
        max: Option<f64>,
    },
    Items {
        field: &'static str,
        min: Option<usize>,
        max: Option<usize>,
    },
    Allowed {
        field: &'static str,
        values: &'static [Scalar],
    },
    /// At most one of these may be set.
    Exclusive(&'static [&'static str]),
    /// At least one of these must be set.
    OneOf(&'static [&'static str]),
    /// The vendor uses the first one set and ignores the rest: setting several is reported.
    Precedence(&'static [&'static str]),
}

/// How a reply is read.
#[derive(Debug, Default)]
pub struct Response {
    /// The documented reply fields (types as documented; the simulator writes replies of this shape).
    pub fields: &'static [Field],
    /// Mapping of a reply onto one task.
    pub task: Option<TaskMapping>,
    /// Batch replies: the path of the list whose items are mapped with `task`.
    pub tasks_at: Option<&'static str>,
    /// Content operations: the reply is a file of this media type.
    pub media: Option<&'static str>,
}

/// Paths into a reply that make up the normalized task.
#[derive(Debug, Default)]
pub struct TaskMapping {
    pub id: &'static [&'static str],
    pub status: &'static [StatusStep],
    pub progress: &'static [&'static str],
    pub video_url: &'static [&'static str],
    pub error: &'static [&'static str],
    pub error_code: &'static [&'static str],
}

/// One step of the ordered status derivation; the first step that decides wins.
#[derive(Debug)]
pub enum StatusStep {
    /// Read a status word at `path` and map it; an unmapped word is `Unknown`.
    Word {
        path: &'static str,
        map: &'static [(&'static str, grokvid_spec::TaskStatus)],
    },
    /// When the test holds (or unconditionally), the status is `then`.
    When {
        test: Option<PathTest>,
        then: grokvid_spec::TaskStatus,
        message: Option<&'static str>,
    },
}

/// A test on the value at a path.
#[derive(Debug)]
pub enum PathTest {
    Present(&'static str),
    Absent(&'static str),
    Equals(&'static str, Scalar),
}
