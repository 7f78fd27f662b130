//! The spec format as types, for tools: [`spec_schema`] turns them into the JSON Schema checked in as
//! `specs/spec.schema.json`, which editors use to complete and check specs as they are typed.
//!
//! These types describe what the loader (`load/*.rs`) accepts, key by key: the same keys, value kinds
//! and words. They are documentation, never used to read a spec; the loader reads specs by hand so that
//! one pass reports every problem with its position. `codegen/tests/schema.rs` keeps the two in step:
//! every shipped spec must validate against the schema, and every broken spec the loader rejects for an
//! unknown key or a wrong value kind must fail it too.
//!
//! Their doc comments become the schema's `description`s, which editors show on hover: they follow
//! `specs/README.md`.
//!
//! Two habits of the loader shape the value types. A plain number is taken as its text wherever text is
//! expected (YAML reads `16:9`-like values oddly), hence [`Text`] accepts numbers. And no key accepts
//! null (an empty value): an optional key is either absent or holds a value, so optional keys are not
//! nullable in the schema.
//!
//! Behind the default `schema` feature, which the workspace's dependents turn off: the build script
//! and the proc macro never compile this module or schemars.
//!
//! The schema checks shape: keys, value kinds, closed word lists (roles, methods, body kinds, `in`
//! locations, `default_by`, statuses), name and path syntax, "exactly one check per rule", "`present`
//! or `equals`", single-entry rule checks. What it leaves to the loader (`cargo build`, `grokvid spec
//! check`):
//!
//! - names that must resolve: `type: Name` must be declared in `types`; rules, `unified` and `{path}`
//!   placeholders must name params; alias targets must be values of their enum;
//! - relations between keys: `type: list` goes with an inline `enum` or `fields` and any other `type`
//!   does not; an unconditional status step must be the last; an enum's values are unique and all
//!   strings or all integers; `min` ≤ `max`; limits and `accept` fit the field's type; a default fits
//!   its type, limits and enum; `default_by: client` needs a `default`; `wrap` needs a JSON body;
//!   `file` params need a multipart body; task-id params; what each role needs (`response.task`, a
//!   task id, `response.media`, `response.tasks`); one query/content/batch-query operation at most
//!   and one create at least; a union's members are unique and of distinct JSON types, and its
//!   limits fit a member;
//! - Rust keywords used as names (`type`, `Self`): the name patterns accept them;
//! - `list<...>` nested more than three deep (the loader accepts any depth; the schema's pattern
//!   stops at three);
//! - numbers written with a fraction where a count is expected (`4.0`): the loader rejects them, but
//!   JSON Schema counts 4.0 as an integer;
//! - duplicate keys (editors' YAML parsers report those themselves).

#![cfg(feature = "schema")]

// The vocabulary is the language's own (grokvid-spec), its schema derived there from the same words.
pub use grokvid_spec::{AuthLocation, BodyKind, ParamLocation, Role, TaskStatus, Then};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The JSON Schema (draft-07, which editors' YAML support implements fully) of a provider spec, as
/// pretty-printed JSON with sorted keys and a final newline. Deterministic: the same types give the same
/// text.
pub fn spec_schema() -> String {
    let settings = SchemaSettings::draft07().with(|s| {
        // First, so the draft-07 rewrites (`$ref` siblings into `allOf`) see the cleaned schemas.
        s.transforms.insert(0, Box::new(tidy));
    });
    let schema = settings.into_generator().into_root_schema_for::<Spec>();
    let value = sorted(schema.to_value());
    let mut text = serde_json::to_string_pretty(&value).expect("a JSON value always serializes");
    text.push('\n');
    text
}

/// Optional keys are absent or hold a value, never null: drops the `null` alternative schemars adds for
/// `Option` fields. Joins the hard-wrapped lines of doc comments so hover text flows (a blank line still
/// separates paragraphs).
fn tidy(schema: &mut Schema) {
    schemars::transform::transform_subschemas(&mut tidy, schema);
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(options)) = obj.get_mut("anyOf") {
        options.retain(|o| o.get("type").is_none_or(|t| t != "null"));
        if options.len() == 1
            && let Some(Value::Object(only)) = options.pop()
        {
            obj.remove("anyOf");
            for (key, value) in only {
                obj.entry(key).or_insert(value);
            }
        }
    }
    if let Some(Value::String(text)) = obj.get_mut("description") {
        *text = unwrap_lines(text);
    }
}

fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Keys sorted at every level, whatever map type serde_json was built with.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted(v)))
                    .collect::<Map<String, Value>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

// ---------------------------------------------------------------------------------------------------
// Value kinds shared by many keys (schemas written by hand: they are small and exact).

/// Implements `JsonSchema` for a value kind with a fixed, inlined schema.
macro_rules! inline_schema {
    ($ty:ty, $name:literal, $schema:expr) => {
        impl JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

/// Free text. A plain number is taken as its text.
pub struct Text(pub String);
inline_schema!(Text, "Text", json_schema!({ "type": ["string", "number"] }));

/// A scalar literal: a default, a const, an enum value, a rule value.
pub enum Scalar {
    Text(String),
    Number(f64),
    Bool(bool),
}
inline_schema!(
    Scalar,
    "Scalar",
    json_schema!({ "type": ["string", "number", "boolean"] })
);

/// An integer that is zero or more.
pub struct Count(pub u64);
inline_schema!(
    Count,
    "Count",
    json_schema!({ "type": "integer", "minimum": 0 })
);

/// An HTTP status a reply may carry an error under: 200 (an envelope's error) to 599.
pub struct HttpStatus(pub u16);
inline_schema!(
    HttpStatus,
    "HttpStatus",
    json_schema!({ "type": "integer", "minimum": 200 })
);

/// A number (integer or not).
pub struct Number(pub f64);
inline_schema!(Number, "Number", json_schema!({ "type": "number" }));

/// A snake_case identifier: a provider id, an operation name, a Rust field name.
pub struct SnakeName(pub String);
inline_schema!(
    SnakeName,
    "SnakeName",
    json_schema!({ "type": "string", "pattern": "^[a-z_][a-z0-9_]*$" })
);

/// A PascalCase Rust type or variant name.
pub struct TypeName(pub String);
inline_schema!(
    TypeName,
    "TypeName",
    json_schema!({ "type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$" })
);

/// A JSON path into a reply: `data.task_id` (keys), `data[0].url` (index), `data[*].state` (first element
/// where the rest resolves), `payload.@json.url` (the string at `payload` holds JSON).
pub struct Path(pub String);
inline_schema!(Path, "Path", {
    let index = r"\[(?:\+?[0-9]+|\*)\]";
    let segment = format!(r"(?:[^.\[]+(?:{index})*|(?:{index})+)");
    json_schema!({
        "type": ["string", "number"],
        "pattern": format!(r"^{segment}(?:\.{segment})*$"),
    })
});

/// One item or a list of them (`a` or `[a, b]`).
#[derive(JsonSchema)]
#[schemars(inline)]
#[serde(untagged)]
pub enum OneOrList<T> {
    One(T),
    List(Vec<T>),
}

/// Paths tried in order; the first one present (not absent, null or an empty string) wins.
pub type Paths = OneOrList<Path>;

/// A mapping with exactly one entry: `{field: value}` (write one rule per field).
pub struct SingleEntry<V>(pub String, pub V);

impl<V: JsonSchema> JsonSchema for SingleEntry<V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("SingleEntry_of_{}", V::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": generator.subschema_for::<V>(),
        })
    }
}

/// Built-in names of `type:`.
fn builtin_words() -> Vec<&'static str> {
    grokvid_spec::Builtin::ALL
        .iter()
        .map(|b| b.as_str())
        .collect()
}

/// `list<...>` nesting the type patterns follow (the loader has no limit; nobody writes more).
const LIST_DEPTH: usize = 3;

/// The pattern of a type expression: a built-in, a type name from `types`, or `list<T>` of one,
/// with the blanks the loader trims.
fn type_expression_pattern() -> String {
    let base = format!("(?:{}|[A-Z][A-Za-z0-9]*)", builtin_words().join("|"));
    let mut pattern = format!(r"\s*{base}\s*");
    for _ in 0..LIST_DEPTH {
        pattern = format!(r"\s*(?:{base}|list<{pattern}>)\s*");
    }
    pattern
}

fn type_examples() -> Vec<String> {
    let mut examples: Vec<String> = builtin_words().into_iter().map(String::from).collect();
    examples.extend(["string", "url", "file", "integer"].map(|t| format!("list<{t}>")));
    examples
}

/// A type: `string`, `integer`, `number`, `boolean`, `url` (must start with http://, https:// or
/// data:), `file` (a multipart file part), `json` (anything), `list<T>`, or the name of an enum or
/// object from `types` (PascalCase).
pub struct TypeExpression(pub String);
inline_schema!(TypeExpression, "TypeExpression", {
    json_schema!({
        "type": "string",
        "pattern": format!("^{}$", type_expression_pattern()),
        "examples": type_examples(),
    })
});

/// A field's type: a type expression, `list` for a list of the field's inline `enum` or `fields`, or
/// a union: a list of two or more built-in scalar types (`[integer, string]`), in the vendor's
/// order of preference, each written as its own JSON type.
pub struct FieldType(pub String);
inline_schema!(FieldType, "FieldType", {
    let mut examples = type_examples();
    examples.push("list".to_string());
    let members: Vec<&str> = grokvid_spec::Builtin::ALL
        .iter()
        .filter(|b| b.union_json().is_some())
        .map(|b| b.as_str())
        .collect();
    json_schema!({
        "anyOf": [
            {
                "type": "string",
                "pattern": format!("^(?:list|{})$", type_expression_pattern()),
                "examples": examples,
            },
            {
                "type": "array",
                "items": { "enum": members },
                "minItems": 2,
                "examples": [["integer", "string"]],
            },
        ],
    })
});

/// An HTTP method; the loader reads it in any case.
pub struct Method(pub String);
inline_schema!(Method, "Method", {
    let methods: Vec<&str> = grokvid_spec::Method::ALL
        .iter()
        .map(|m| m.as_str())
        .collect();
    let any_case: Vec<String> = methods
        .iter()
        .map(|m| {
            m.chars()
                .map(|c| format!("[{c}{}]", c.to_ascii_lowercase()))
                .collect()
        })
        .collect();
    json_schema!({
        "anyOf": [
            { "enum": methods },
            { "type": "string", "pattern": format!("^(?:{})$", any_case.join("|")) },
        ],
    })
});

// ---------------------------------------------------------------------------------------------------
// The spec.

/// A grokvid provider spec: one YAML file per reseller. `client/build.rs` turns it into the typed
/// module `grokvid::providers::<id>`, and the simulator plays it as a fake vendor. Unknown keys are
/// errors (with a suggestion), so typos never pass silently. The language is documented in
/// specs/README.md.
#[derive(JsonSchema)]
#[schemars(title = "grokvid provider spec")]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Identity: id, display name, default base URL, docs link.
    pub provider: Provider,
    /// Where the API key goes and which environment variable holds it.
    pub auth: Auth,
    /// The vendor's polling guidance (used by `wait`).
    pub polling: Option<Polling>,
    /// How a 2xx reply says "this is actually an error".
    pub envelope: Option<Envelope>,
    /// Where the vendor's error code and message live in an error reply.
    pub errors: Option<Errors>,
    /// Named enums and objects shared by several operations; a field refers to one by name
    /// (`type: Model`). Names are PascalCase.
    pub types: Option<BTreeMap<TypeName, TypeDef>>,
    /// The endpoints, by operation name (snake_case; it becomes the client method name): create,
    /// query, content, batch query, other creates. A provider needs at least a create operation.
    #[schemars(extend("minProperties" = 1))]
    pub operations: BTreeMap<SnakeName, Operation>,
    /// Where the finished video comes from, tried in order by `download`. Without it: the task's
    /// video URL, then the content operation.
    #[schemars(extend("minItems" = 1))]
    pub result: Option<Vec<ResultSource>>,
    /// Named hosts some operations are served from (`host: files` on the operation): a queue host
    /// and a synchronous host, a file host for downloads. Each must serve an operation.
    pub hosts: Option<BTreeMap<SnakeName, Host>>,
}

/// A named host.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// Its default base URL (http:// or https://); without it the user must give one
    /// (`ClientConfig::with_host`), and a call to its operations fails before sending anything.
    #[schemars(regex(pattern = "^https?://"))]
    pub base_url: Option<String>,
    /// Where the key goes on this host (`{in: header, name: X-API-Key}` on a file host); default: as
    /// the top-level `auth` says. The key goes only where the spec puts it.
    pub auth: Option<HostAuth>,
}

/// Identity of the provider.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// snake_case; becomes the module name (`grokvid::providers::<id>`).
    pub id: SnakeName,
    /// Display name.
    pub name: Text,
    /// The default base URL (http:// or https://); every client can override it at runtime. Leave it
    /// out when the vendor has no default host (every deployment has its own): the user must give one,
    /// and a call without it fails before sending anything.
    #[schemars(regex(pattern = "^https?://"))]
    pub base_url: Option<String>,
    /// Link to the vendor's API documentation.
    pub docs: Option<Text>,
    /// Becomes the module doc.
    pub description: Option<Text>,
    /// Constant app-identifying headers (`X-App-Id: ...`), sent on every call to the provider's
    /// hosts; not secrets, never the key's header.
    pub headers: Option<BTreeMap<String, Text>>,
}

/// Where the API key goes. `X-API-Key: <key>` is `{in: header, name: X-API-Key}`; `?key=<key>` is
/// `{in: query, name: key}`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Auth {
    /// Where the key goes: `header` or `query`.
    #[serde(rename = "in")]
    pub location: AuthLocation,
    /// The header name, or the query parameter name.
    pub name: Text,
    /// Text put before the key (`"Bearer "`, `"Key "`, ...); none: the bare key.
    pub prefix: Option<Text>,
    /// Other prefixes the vendor also takes (`"Token "`, `""` for the bare key); the client sends
    /// `prefix`, the simulator takes any of them.
    pub accept: Option<Vec<Text>>,
    /// The environment variable the key is read from (UPPER_SNAKE).
    pub env: EnvVar,
}

/// Where the key goes on one host (the provider's one key: no `env`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HostAuth {
    /// Where the key goes: `header` or `query`.
    #[serde(rename = "in")]
    pub location: AuthLocation,
    /// The header name, or the query parameter name.
    pub name: Text,
    /// Text put before the key; none: the bare key.
    pub prefix: Option<Text>,
    /// Other prefixes the vendor also takes on this host.
    pub accept: Option<Vec<Text>>,
}

/// An UPPER_SNAKE environment variable name.
pub struct EnvVar(pub String);
inline_schema!(
    EnvVar,
    "EnvVar",
    json_schema!({ "type": ["string", "integer"], "pattern": "^[A-Z0-9_]*$", "minimum": 0 })
);

/// The vendor's polling guidance.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Polling {
    /// Never poll faster than this, in milliseconds.
    pub min_interval_ms: Option<Count>,
    /// The interval the vendor advises, in milliseconds.
    pub suggested_interval_ms: Option<Count>,
}

/// Some vendors answer HTTP 200 and put success or failure in the body. When the path is present and
/// its value is not listed, the reply is a vendor error read with `errors`; when the path is absent the
/// reply is taken as-is.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Where the success marker lives and which values mean success.
    pub ok: EnvelopeOk,
}

/// The success marker of an envelope.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeOk {
    /// Where the success marker lives.
    pub path: Path,
    /// Accepted values, compared as text: 20000 and "20000" both match. At least one.
    #[serde(rename = "in")]
    #[schemars(extend("minItems" = 1))]
    pub values: OneOrList<Scalar>,
}

/// Where the vendor's error code and message live; used for every non-2xx reply and for envelope
/// failures. A path may point at a string, a number or an object (an object's `message` is used).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Errors {
    /// Paths of the error code, tried in order.
    pub code: Option<Paths>,
    /// Paths of the error message, tried in order.
    pub message: Option<Paths>,
    /// Errors no retry can cure (a 429 that means "out of credits", not "slow down"): never retried,
    /// and reported as final with what matched.
    #[serde(rename = "final")]
    pub finals: Option<Vec<FinalError>>,
}

/// A vendor error no retry can cure; every part given must match, and at least one of `status`,
/// `code` and `message_contains` is given.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FinalError {
    /// The HTTP status (200 for an envelope's error), 200 to 599.
    pub status: Option<HttpStatus>,
    /// The vendor's code, exactly (read with `errors.code`).
    pub code: Option<Text>,
    /// Text the message holds, in any case.
    pub message_contains: Option<Text>,
    /// What the error means, shown with it (`out of credits`).
    pub means: Option<Text>,
}

// ---------------------------------------------------------------------------------------------------
// Types.

/// A named type: an enum (`enum:`) or an object (`fields:`).
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum TypeDef {
    Enum(EnumType),
    Object(ObjectType),
}

/// A named enum.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnumType {
    /// Doc text of the type.
    pub description: Option<Text>,
    /// The values.
    #[serde(rename = "enum")]
    pub values: EnumValues,
    /// Words accepted on input and normalized to the canonical value: `alias: value`.
    pub aliases: Option<Aliases>,
}

/// A named object (a struct).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ObjectType {
    /// Doc text of the type.
    pub description: Option<Text>,
    /// Its fields, by wire name: the same syntax as operation params.
    pub fields: Fields,
}

/// Enum values, strings or integers (not both). Enums are closed in requests and open in responses
/// (unknown words are kept, never rejected).
#[derive(JsonSchema)]
#[schemars(extend("minItems" = 1))]
pub struct EnumValues(pub Vec<EnumValue>);

/// An enum value: plain (the Rust variant name is derived: grok-video-3 is GrokVideo3), or a mapping
/// with its own variant name and doc.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum EnumValue {
    Plain(EnumLiteral),
    Described(DescribedValue),
}

/// An enum value: a string or an integer.
pub struct EnumLiteral(pub Scalar);
inline_schema!(
    EnumLiteral,
    "EnumLiteral",
    json_schema!({ "type": ["string", "integer"] })
);

/// An enum value with its own Rust variant name or doc.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DescribedValue {
    /// The value on the wire.
    pub value: EnumLiteral,
    /// The Rust variant name (PascalCase), instead of the derived one.
    pub name: Option<TypeName>,
    /// Doc text of the variant.
    pub description: Option<Text>,
}

/// Words accepted on input and normalized to a value of the enum: `alias: value`. An alias must not be
/// a value itself.
#[derive(JsonSchema)]
pub struct Aliases(pub BTreeMap<String, Text>);

// ---------------------------------------------------------------------------------------------------
// Fields.

/// Fields by wire name (what the vendor calls them).
#[derive(JsonSchema)]
pub struct Fields(pub BTreeMap<String, Field>);

/// A field of an object or a response: `name: type` for short, or a mapping.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum Field {
    Short(TypeExpression),
    Full(Box<ObjectField>),
}

/// Params by wire name (what the vendor calls them).
#[derive(JsonSchema)]
pub struct Params(pub BTreeMap<String, Param>);

/// An operation param: `name: type` for short, a constant (`const:`), or a mapping.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum Param {
    Short(TypeExpression),
    Const(ConstParam),
    Full(Box<ParamField>),
}

/// A value always sent, not a field of the request struct.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConstParam {
    /// The value sent.
    #[serde(rename = "const")]
    pub value: Scalar,
    /// Doc text.
    pub description: Option<Text>,
    /// Where it goes (default `body`).
    #[serde(rename = "in")]
    pub location: Option<ParamLocation>,
}

/// Defines the two field mappings: the keys every field has, plus those of operation params.
macro_rules! field_struct {
    ($(#[$attr:meta])* $name:ident { $($(#[$extra_attr:meta])* $extra:ident: $extra_ty:ty,)* }) => {
        $(#[$attr])*
        #[derive(JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[schemars(extend("anyOf" = [
            { "required": ["type"] },
            { "required": ["enum"] },
            { "required": ["fields"] },
        ]))]
        pub struct $name {
            /// The field's type (see `FieldType`). With an inline `enum` or `fields`, only `list`
            /// (a list of them) may be given.
            #[serde(rename = "type")]
            pub ty: Option<FieldType>,
            /// A required field is a constructor argument: it cannot be omitted. Default false.
            pub required: Option<bool>,
            /// Doc text of the field.
            pub description: Option<Text>,
            /// An inline enum; its Rust type is named after the field (or `type_name`). Closed in
            /// requests, `grokvid::Open<T>` in responses.
            #[serde(rename = "enum")]
            pub values: Option<EnumValues>,
            /// Aliases of the inline enum: `alias: value`.
            pub aliases: Option<Aliases>,
            /// An inline object: its own fields, by wire name.
            pub fields: Option<Fields>,
            /// Names the inline enum, object or checked newtype yourself (PascalCase).
            pub type_name: Option<TypeName>,
            /// The Rust field name (snake_case), for wire names that are keywords or awkward.
            pub rust: Option<SnakeName>,
            /// Smallest allowed number (inclusive). A field with limits becomes a checked newtype.
            pub min: Option<Number>,
            /// Largest allowed number (inclusive).
            pub max: Option<Number>,
            /// Shortest allowed string.
            pub min_length: Option<Count>,
            /// Longest allowed string.
            pub max_length: Option<Count>,
            /// Fewest list items.
            pub min_items: Option<Count>,
            /// Most list items.
            pub max_items: Option<Count>,
            /// Formats a file field accepts (`[png, jpeg, webp]`); on a url field, the formats its
            /// path ends in (a data URL: its media subtype).
            pub accept: Option<OneOrList<Text>>,
            /// A regular expression a string or url value must match as a whole (`\d+:\d+`).
            pub pattern: Option<Text>,
            /// The schemes a url field takes (`[https]`, `[data]`); default: those of `url`.
            pub schemes: Option<OneOrList<UrlScheme>>,
            /// `string`: an integer or number sent as JSON text (`"6"`), checked as a number
            /// (`min`/`max`); the Rust type stays numeric. Request fields only.
            pub wire: Option<WireForm>,
            /// The default value, documented; who applies it is `default_by`.
            pub default: Option<Scalar>,
            /// Who applies the default: `vendor` (the default: the field stays optional and is omitted
            /// when unset) or `client` (non-optional, pre-filled by the constructor, always sent).
            pub default_by: Option<DefaultBy>,
            $($(#[$extra_attr])* pub $extra: $extra_ty,)*
        }
    };
}

field_struct! {
    /// A field of an object or a response. Params, object fields and response fields share one
    /// syntax; in responses unknown fields are tolerated and limits are documentation only.
    ObjectField {}
}

field_struct! {
    /// An operation param: a field, plus where it goes and whether it carries the task id.
    ParamField {
        /// Where it goes: `path`, `query`, `header` or `body` (default `body`; a multipart field for
        /// a multipart body).
        #[serde(rename = "in")]
        location: Option<ParamLocation>,
        /// This param carries the task id (a query or content operation needs one; a required
        /// string).
        task_id: Option<bool>,
    }
}

/// A scheme a `url` field may narrow itself to.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UrlScheme {
    /// `http://`
    Http,
    /// `https://`
    Https,
    /// `data:`
    Data,
}

/// How a number travels in a JSON body.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WireForm {
    /// As JSON text: `"6"`.
    String,
}

/// Who applies a field's default.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DefaultBy {
    /// The vendor applies it when the field is omitted: the field stays optional.
    Vendor,
    /// The client sends it: the field is pre-filled by the constructor and always sent.
    Client,
}

// ---------------------------------------------------------------------------------------------------
// Operations.

/// One endpoint.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// What the operation is for; roles drive the lifecycle.
    pub role: Role,
    /// Doc text of the client method.
    pub description: Option<Text>,
    /// GET, POST, PUT, PATCH or DELETE.
    pub method: Method,
    /// The path after the base URL, starting with `/`; `{name}` placeholders must be params with
    /// `in: path`.
    #[schemars(regex(pattern = "^/"))]
    pub path: String,
    /// How the body is encoded: `json`, `multipart` or `none` (default: json for POST/PUT/PATCH, none
    /// otherwise).
    pub body: Option<BodyKind>,
    /// Nest every body field under this key (`{"input": {...}}`); JSON bodies only.
    pub wrap: Option<Text>,
    /// The named host (from the top-level `hosts:`) serving this operation; default: the provider's
    /// base URL.
    pub host: Option<SnakeName>,
    /// Constant headers: `Name: value`.
    pub headers: Option<BTreeMap<String, Text>>,
    /// The request's params, by wire name; a dotted name (`input.prompt`) nests a JSON body param
    /// (`{"input": {"prompt": ...}}`).
    pub params: Option<Params>,
    /// Checks of relations between params; every violated rule is reported with its field.
    pub rules: Option<Vec<Rule>>,
    /// The reply: typed fields and how it maps onto the normalized task.
    pub response: Option<Response>,
    /// Create operations: which param takes each field of the provider-neutral request. A field not
    /// mapped is one the provider cannot honour, and asking for it is an error naming the provider.
    pub unified: Option<Unified>,
}

// ---------------------------------------------------------------------------------------------------
// Rules.

/// A rule: at most one condition (`when` or `when_set`, which may be combined) and exactly one check
/// (`fixed`, `forbidden`, `required`, `range`, `items`, `allowed`, `exclusive`, `one_of`,
/// `precedence`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    { "required": ["fixed"] },
    { "required": ["forbidden"] },
    { "required": ["required"] },
    { "required": ["range"] },
    { "required": ["items"] },
    { "required": ["allowed"] },
    { "required": ["exclusive"] },
    { "required": ["one_of"] },
    { "required": ["precedence"] },
]))]
pub struct Rule {
    /// Condition: each field equals the value (or one of the values) given.
    pub when: Option<BTreeMap<String, OneOrList<Scalar>>>,
    /// Condition: this field (or every listed field) is set.
    pub when_set: Option<OneOrList<Text>>,
    /// A custom message reported when the rule is violated.
    pub message: Option<Text>,
    /// What a request that breaks the rule gets: `reject` (the default: refused, nothing sent),
    /// `warn` (sent as given, with a warning saying what the vendor will do) or `drop` (the fields the
    /// rule finds wrong are left out of the request, with a warning).
    pub then: Option<Then>,
    /// Check: if set, the field must be exactly this value (`{seconds: 10}`).
    pub fixed: Option<SingleEntry<Scalar>>,
    /// Check: these fields must not be set.
    pub forbidden: Option<OneOrList<Text>>,
    /// Check: these fields must be set.
    pub required: Option<OneOrList<Text>>,
    /// Check: numeric range of one field (`{duration: {min: 6, max: 30}}`).
    pub range: Option<SingleEntry<NumberBounds>>,
    /// Check: list length of one field (`{image_urls: {max: 7}}`).
    pub items: Option<SingleEntry<CountBounds>>,
    /// Check: the field's value must be one of these (an enum subset).
    pub allowed: Option<SingleEntry<OneOrList<Scalar>>>,
    /// Check: at most one of these fields may be set.
    #[schemars(extend("minItems" = 2))]
    pub exclusive: Option<Vec<Text>>,
    /// Check: at least one of these fields must be set.
    #[schemars(extend("minItems" = 2))]
    pub one_of: Option<Vec<Text>>,
    /// Check: the vendor uses the first of these that is set; setting more is reported.
    #[schemars(extend("minItems" = 2))]
    pub precedence: Option<Vec<Text>>,
}

/// An inclusive numeric range: `min`, `max` or both.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{ "required": ["min"] }, { "required": ["max"] }]))]
pub struct NumberBounds {
    /// Smallest allowed value.
    pub min: Option<Number>,
    /// Largest allowed value.
    pub max: Option<Number>,
}

/// Bounds of a list length: `min`, `max` or both.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{ "required": ["min"] }, { "required": ["max"] }]))]
pub struct CountBounds {
    /// Fewest items.
    pub min: Option<Count>,
    /// Most items.
    pub max: Option<Count>,
}

// ---------------------------------------------------------------------------------------------------
// Responses.

/// The reply of an operation.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The typed response struct, by wire name (unknown fields are tolerated; enums are open).
    pub fields: Option<Fields>,
    /// How this reply maps onto the normalized `grokvid::Task` (create and query operations need
    /// one).
    pub task: Option<Task>,
    /// Batch replies: where the list of tasks is; each is mapped with `task`.
    pub tasks: Option<TasksAt>,
    /// Content operations: the reply is the file itself, of this media type (`video/mp4`).
    pub media: Option<Text>,
    /// How reply fields hold time, by path (as the task mapping's): a moment as `epoch_s`,
    /// `epoch_ms` or `iso8601`, a duration as `seconds` or `ms`.
    pub times: Option<BTreeMap<String, TimeFormWord>>,
}

/// The form of a time value: `epoch_s`, `epoch_ms`, `iso8601` (moments), `seconds`, `ms` (durations).
pub struct TimeFormWord(pub String);
inline_schema!(TimeFormWord, "TimeForm", {
    let words: Vec<&str> = grokvid_spec::table::TimeForm::ALL
        .iter()
        .map(|f| f.as_str())
        .collect();
    json_schema!({ "enum": words })
});

/// Where a batch reply's list of tasks is.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TasksAt {
    /// Path of the list.
    pub at: Path,
}

/// How a reply maps onto the normalized task. Paths are tried in order; the first non-empty wins.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Paths of the task id.
    pub id: Option<Paths>,
    /// Ordered status steps; the first one that decides wins.
    pub status: Option<Vec<StatusStep>>,
    /// Paths of the progress: an integer, a float, or "42%".
    pub progress: Option<TaskPaths>,
    /// Paths of the finished video's URL.
    pub video_url: Option<TaskPaths>,
    /// Paths of the error message of a failed task (kept on failed, cancelled and expired tasks).
    pub error: Option<TaskPaths>,
    /// Paths of the error code of a failed task (kept on failed, cancelled and expired tasks).
    pub error_code: Option<TaskPaths>,
    /// Paths of the task's creation time, each declared as a moment in the response's `times`.
    pub created_at: Option<Paths>,
    /// Paths of the time the task finished, each declared as a moment in the response's `times`.
    pub finished_at: Option<Paths>,
    /// URLs this reply hands back, by name (snake_case), each with its paths: a `result:` source
    /// reads them (`link: NAME`).
    pub links: Option<BTreeMap<SnakeName, Paths>>,
}

/// A task field's paths, kept on every status (error text: failed, cancelled, expired), or
/// `{paths, when}` to keep what they read only on the listed statuses.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum TaskPaths {
    /// Paths tried in order.
    Paths(Paths),
    /// Paths kept only on some statuses.
    When(KeptWhen),
}

/// `{paths: [fail_reason], when: [completed]}`: one reply field can mean two things by status.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeptWhen {
    /// Paths tried in order.
    pub paths: Paths,
    /// The statuses on which the value read is kept (a video URL needs `completed`; error text only
    /// failed, cancelled or expired).
    #[schemars(extend("minItems" = 1))]
    pub when: Vec<TaskStatus>,
}

/// A status step: read a status word (`word` + `map`), or decide a fixed status (`then`, with an
/// optional `when` test; without one the step always decides, so it must come last).
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum StatusStep {
    Word(WordStep),
    Decide(DecideStep),
}

/// Reads a status word at a path, if present, and maps it. A word not in the map becomes `unknown`
/// (never a failure).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WordStep {
    /// Where the vendor's status word is.
    pub word: Path,
    /// Vendor word → normalized status.
    pub map: BTreeMap<String, TaskStatus>,
    /// Accepted by the loader but unused on a `word` step.
    pub message: Option<Text>,
}

/// Decides a fixed status, when its test passes (always, without `when`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecideStep {
    /// The test: one test of a path, or a list of them that must all hold.
    pub when: Option<When>,
    /// The status decided.
    pub then: TaskStatus,
    /// The task's error message when this step decides.
    pub message: Option<Text>,
}

/// A `when:`: one test, or a non-empty list of tests that must all hold.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum When {
    /// One test.
    One(PathTest),
    /// All of these tests hold.
    #[schemars(extend("minItems" = 1))]
    All(Vec<PathTest>),
}

/// A test of a reply: `{path, present: true|false}`, `{path, is_null: true}`, `{path, missing: true}` or
/// `{path, equals: value}`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    { "required": ["present"] },
    { "required": ["is_null"] },
    { "required": ["missing"] },
    { "required": ["equals"] },
]))]
pub struct PathTest {
    /// The path tested.
    pub path: Path,
    /// true: the path is present (not absent, null or empty); false: it is absent, null or empty.
    pub present: Option<bool>,
    /// true: the path is there and holds JSON null (a missing path is not null).
    #[schemars(extend("const" = true))]
    pub is_null: Option<bool>,
    /// true: nothing is at the path at all (a null there is not missing).
    #[schemars(extend("const" = true))]
    pub missing: Option<bool>,
    /// The path's value equals this.
    pub equals: Option<Scalar>,
}

// ---------------------------------------------------------------------------------------------------
// The provider-neutral request.

/// Which param takes each field of the provider-neutral request (prompt, model, duration, aspect
/// ratio, resolution, reference images).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unified {
    /// The param taking the prompt.
    pub prompt: Option<NeutralField>,
    /// The param taking the model.
    pub model: Option<NeutralField>,
    /// The param taking the duration in seconds.
    pub duration: Option<NeutralField>,
    /// The param taking the aspect ratio (16:9, 9:16, ...).
    pub aspect_ratio: Option<NeutralField>,
    /// The param taking the resolution (720p, 1080p, ...).
    pub resolution: Option<NeutralField>,
    /// The param taking the reference images. Whether they may be local files or URLs, and how
    /// many, follows from the param's type (`file`, `url`, `list<...>`, `max_items`).
    pub images: Option<NeutralField>,
    /// When this create takes the request (all conditions must hold); needed when several creates
    /// map the request, whose conditions must exclude each other.
    pub when: Option<UnifiedWhen>,
}

/// `unified.when`: the model values and the presence of images this create is for.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{ "required": ["model"] }, { "required": ["images"] }]))]
pub struct UnifiedWhen {
    /// The models it is for (values of its model param); with no model given, its default model.
    pub model: Option<OneOrList<Scalar>>,
    /// `present`: only requests with reference images; `absent`: only requests without.
    pub images: Option<Presence>,
}

/// Whether reference images are given.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// At least one image.
    Present,
    /// No image.
    Absent,
}

/// The param's wire name, or `{field, values, key}`.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum NeutralField {
    Param(String),
    Mapped(NeutralMapping),
}

/// A neutral field mapped with value renames or an object key.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NeutralMapping {
    /// The param's wire name.
    pub field: Text,
    /// Neutral value → the vendor's value (`{"16:9": landscape}`). Values not listed pass through
    /// unchanged; the param's own type and limits then decide.
    pub values: Option<BTreeMap<String, Scalar>>,
    /// Images as objects: the key that takes the URL (`{field: image, key: url}`); a dotted path
    /// nests (`image_url.url`).
    pub key: Option<Text>,
    /// Images: keys every item carries with a fixed value (`{type: image_url}`; dotted paths nest).
    pub item: Option<BTreeMap<String, Scalar>>,
    /// Images: where the first/last frame role goes in an item, and the vendor's word for each.
    pub roles: Option<FrameRoles>,
    /// Images: local files are sent inline as `data:<mime>;base64,...` URLs; other URLs are refused
    /// (the client never fetches an image for you).
    pub data_uri: Option<bool>,
    /// Images: the largest local image, in bytes, checked before anything is sent.
    #[schemars(range(min = 1))]
    pub max_bytes: Option<u64>,
}

/// `unified.images.roles`: `{at: frame_type, first: first_frame, last: last_frame}`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrameRoles {
    /// The role's key in an image item (a dotted path nests).
    pub at: Text,
    /// The vendor's word for the first frame.
    pub first: Text,
    /// The vendor's word for the last frame.
    pub last: Text,
}

// ---------------------------------------------------------------------------------------------------
// Result sources.

/// One place the finished video comes from: `video_url` (the task's own URL), an operation, or a link
/// a reply handed back.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum ResultSource {
    VideoUrl(VideoUrlSource),
    Operation(OperationSource),
    Link(LinkSource),
}

/// `video_url`: the task's own video URL (its replies' `video_url` paths), fetched without the key.
pub struct VideoUrlSource;
inline_schema!(VideoUrlSource, "VideoUrlSource", {
    json_schema!({ "type": "string", "enum": ["video_url"] })
});

/// An operation called with the task id: a `content` operation returns the file; any other returns
/// JSON whose `task.video_url` paths hold the URL. Never a create or batch query.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OperationSource {
    /// The operation's name.
    pub operation: SnakeName,
}

/// A URL a create or status reply handed back (a `links:` entry of its `task`).
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkSource {
    /// The link's name, as a `task:`'s `links:` declares it.
    pub link: SnakeName,
    /// `file` (default): the link serves the video; `json`: its reply holds the video URL at
    /// `video_url`.
    pub read: Option<LinkRead>,
    /// With `read: json`: paths of the video URL in the link's reply.
    pub video_url: Option<Paths>,
    /// Send the API key (default false); it goes only to the provider's own origin, whatever the
    /// link says.
    pub key: Option<bool>,
}

/// How a link's reply is read.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkRead {
    /// The reply is the video file.
    File,
    /// The reply is JSON holding the video URL.
    Json,
}
