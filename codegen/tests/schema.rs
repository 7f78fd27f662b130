//! The JSON Schema of the spec format (`specs/spec.schema.json`, made by `grokvid_codegen::format`)
//! must not drift from the loader, which stays the authority:
//!
//! - the checked-in file is exactly what the code produces (`UPDATE_SCHEMA=1` rewrites it);
//! - every shipped spec validates against it;
//! - every broken spec the loader rejects for an unknown key, a wrong value kind, a missing key or a
//!   word outside a closed list fails it too;
//! - a table of small edits of one valid spec is accepted or rejected by both alike;
//! - the schema names exactly the keys the loader asks for (read from `src/load/*.rs`).
//!
//! Validation uses the small validator below, for the JSON Schema subset the schema uses; a keyword it
//! does not know fails the test instead of being ignored.

use regex::Regex;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/spec.schema.json");
const BROKEN_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken");
const LOAD_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/load");

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn schema() -> Value {
    serde_json::from_str(&grokvid_codegen::format::spec_schema()).expect("the schema is JSON")
}

/// A YAML document as JSON (what an editor's YAML support validates).
fn to_json(source: &str) -> Result<Value, String> {
    serde_saphyr::from_str::<Value>(source).map_err(|e| e.without_snippet().to_string())
}

// ---------------------------------------------------------------------------------------------------
// A validator for the subset of JSON Schema (draft-07) the spec schema uses.

/// Keywords that only annotate.
const ANNOTATIONS: [&str; 7] = [
    "$schema",
    "title",
    "description",
    "examples",
    "default",
    "definitions",
    "$defs",
];

struct Validator<'a> {
    root: &'a Value,
    regexes: RefCell<HashMap<String, Regex>>,
}

impl<'a> Validator<'a> {
    fn new(root: &'a Value) -> Self {
        Validator {
            root,
            regexes: RefCell::new(HashMap::new()),
        }
    }

    /// Every violation, as `/json/pointer: problem`.
    fn errors(&self, instance: &Value) -> Vec<String> {
        let mut out = Vec::new();
        self.check(self.root, instance, "", &mut out);
        out
    }

    fn resolve(&self, reference: &str) -> &'a Value {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only local references are supported: {reference}"));
        self.root
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling reference {reference}"))
    }

    fn matches(&self, pattern: &str, text: &str) -> bool {
        let mut cache = self.regexes.borrow_mut();
        let regex = cache.entry(pattern.to_string()).or_insert_with(|| {
            Regex::new(pattern).unwrap_or_else(|e| panic!("bad pattern {pattern}: {e}"))
        });
        regex.is_match(text)
    }

    fn check(&self, schema: &'a Value, instance: &Value, at: &str, out: &mut Vec<String>) {
        let schema = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => {
                out.push(format!("{at}: not allowed here"));
                return;
            }
            Value::Object(schema) => schema,
            other => panic!("not a schema: {other}"),
        };
        for (keyword, value) in schema {
            match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => self.check(self.resolve(value.as_str().unwrap()), instance, at, out),
                "type" => {
                    let allowed: Vec<&str> = match value {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                        other => panic!("bad type {other}"),
                    };
                    if !allowed.iter().any(|t| has_type(instance, t)) {
                        out.push(format!(
                            "{at}: expected {}, found {}",
                            allowed.join(" or "),
                            kind(instance)
                        ));
                    }
                }
                "enum" => {
                    if !value.as_array().unwrap().contains(instance) {
                        out.push(format!("{at}: {instance} is not one of {value}"));
                    }
                }
                "const" => {
                    if value != instance {
                        out.push(format!("{at}: {instance} is not {value}"));
                    }
                }
                "pattern" => {
                    if let Value::String(text) = instance
                        && !self.matches(value.as_str().unwrap(), text)
                    {
                        out.push(format!("{at}: `{text}` does not match {value}"));
                    }
                }
                "minimum" => {
                    if let Some(n) = instance.as_f64()
                        && n < value.as_f64().unwrap()
                    {
                        out.push(format!("{at}: {n} is below {value}"));
                    }
                }
                "minItems" | "maxItems" => {
                    if let Value::Array(items) = instance {
                        let bound = value.as_u64().unwrap() as usize;
                        let bad = if keyword == "minItems" {
                            items.len() < bound
                        } else {
                            items.len() > bound
                        };
                        if bad {
                            out.push(format!("{at}: {} items, {keyword} is {bound}", items.len()));
                        }
                    }
                }
                "items" => {
                    if let Value::Array(items) = instance {
                        for (i, item) in items.iter().enumerate() {
                            self.check(value, item, &format!("{at}/{i}"), out);
                        }
                    }
                }
                "minProperties" | "maxProperties" => {
                    if let Value::Object(map) = instance {
                        let bound = value.as_u64().unwrap() as usize;
                        let bad = if keyword == "minProperties" {
                            map.len() < bound
                        } else {
                            map.len() > bound
                        };
                        if bad {
                            out.push(format!("{at}: {} keys, {keyword} is {bound}", map.len()));
                        }
                    }
                }
                "required" => {
                    if let Value::Object(map) = instance {
                        for key in value.as_array().unwrap() {
                            let key = key.as_str().unwrap();
                            if !map.contains_key(key) {
                                out.push(format!("{at}: missing `{key}`"));
                            }
                        }
                    }
                }
                "properties" | "patternProperties" => {} // with additionalProperties, below
                "additionalProperties" => {}
                "anyOf" | "oneOf" => {
                    let options = value.as_array().unwrap();
                    let results: Vec<Vec<String>> = options
                        .iter()
                        .map(|option| {
                            let mut errors = Vec::new();
                            self.check(option, instance, at, &mut errors);
                            errors
                        })
                        .collect();
                    let passing = results.iter().filter(|r| r.is_empty()).count();
                    if passing == 0 {
                        // The closest alternative explains best.
                        let closest = results.iter().min_by_key(|r| r.len()).unwrap();
                        out.push(format!(
                            "{at}: matches none of the {} alternatives of {keyword}; closest: {}",
                            options.len(),
                            closest.join("; ")
                        ));
                    } else if keyword == "oneOf" && passing > 1 {
                        out.push(format!("{at}: matches {passing} alternatives of oneOf"));
                    }
                }
                "allOf" => {
                    for option in value.as_array().unwrap() {
                        self.check(option, instance, at, out);
                    }
                }
                other => panic!("the test's validator does not know the keyword `{other}`"),
            }
        }
        if let Value::Object(map) = instance {
            self.check_properties(schema, map, at, out);
        }
    }

    fn check_properties(
        &self,
        schema: &'a Map<String, Value>,
        map: &Map<String, Value>,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let patterns = schema.get("patternProperties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties");
        for (key, value) in map {
            let here = format!("{at}/{key}");
            let mut known = false;
            if let Some(sub) = properties.and_then(|p| p.get(key)) {
                known = true;
                self.check(sub, value, &here, out);
            }
            for (pattern, sub) in patterns.into_iter().flatten() {
                if self.matches(pattern, key) {
                    known = true;
                    self.check(sub, value, &here, out);
                }
            }
            if !known && let Some(additional) = additional {
                if additional == &Value::Bool(false) {
                    out.push(format!("{at}: unknown key `{key}`"));
                } else {
                    self.check(additional, value, &here, out);
                }
            }
        }
    }
}

fn has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        // As the loader counts: written without a fraction.
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

#[test]
fn validator_understands_the_keywords_it_meets() {
    let root = serde_json::json!({
        "definitions": { "Name": { "type": "string", "pattern": "^[a-z]+$" } },
        "type": "object",
        "additionalProperties": false,
        "required": ["name"],
        "properties": {
            "name": { "$ref": "#/definitions/Name" },
            "count": { "type": "integer", "minimum": 0 },
            "tags": { "type": "array", "items": { "enum": ["a", "b"] }, "minItems": 1 },
            "one": { "oneOf": [{ "type": "integer" }, { "type": "number" }] },
        },
    });
    let v = Validator::new(&root);
    assert!(
        v.errors(&serde_json::json!({"name": "ok", "count": 2, "tags": ["a"], "one": 1.5}))
            .is_empty()
    );
    for bad in [
        serde_json::json!({"count": 1}),
        serde_json::json!({"name": "NO"}),
        serde_json::json!({"name": "ok", "count": -1}),
        serde_json::json!({"name": "ok", "count": 1.0}),
        serde_json::json!({"name": "ok", "tags": []}),
        serde_json::json!({"name": "ok", "tags": ["c"]}),
        serde_json::json!({"name": "ok", "one": 1}),
        serde_json::json!({"name": "ok", "extra": 1}),
        serde_json::json!(["name"]),
    ] {
        assert!(!v.errors(&bad).is_empty(), "{bad} passed");
    }
}

// ---------------------------------------------------------------------------------------------------
// The checked-in file.

#[test]
fn checked_in_schema_is_current() {
    let current = grokvid_codegen::format::spec_schema();
    assert_eq!(
        current,
        grokvid_codegen::format::spec_schema(),
        "spec_schema() is not deterministic"
    );
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(SCHEMA_FILE, &current).expect("write specs/spec.schema.json");
        return;
    }
    let checked_in = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    assert!(
        checked_in == current,
        "specs/spec.schema.json is not what grokvid_codegen::format produces; regenerate it with\n  \
         UPDATE_SCHEMA=1 cargo test -p grokvid-codegen --test schema\n(first differing line: {})",
        first_difference(&checked_in, &current)
    );
}

fn first_difference(old: &str, new: &str) -> String {
    let mut old_lines = old.lines();
    for (i, line) in new.lines().enumerate() {
        match old_lines.next() {
            Some(o) if o == line => continue,
            Some(o) => return format!("{}: `{o}` is now `{line}`", i + 1),
            None => return format!("{}: `{line}` is new", i + 1),
        }
    }
    "the checked-in file is longer".to_string()
}

// ---------------------------------------------------------------------------------------------------
// Shipped and broken specs.

#[test]
fn shipped_specs_validate() {
    let schema = schema();
    let validator = Validator::new(&schema);
    let files = yaml_files(&format!("{ROOT}/specs"));
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let source = std::fs::read_to_string(path).unwrap();
        assert!(
            source.starts_with("# yaml-language-server: $schema=./spec.schema.json\n"),
            "specs/{name} does not start with the schema modeline"
        );
        let document = to_json(&source).unwrap_or_else(|e| panic!("specs/{name}: {e}"));
        for error in validator.errors(&document) {
            failures.push(format!("specs/{name}: {error}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The test spec with all-of `when:` lists and `null`/`missing` tests is valid to editors too.
#[test]
fn compound_status_tests_validate() {
    let schema = schema();
    let validator = Validator::new(&schema);
    let path = format!("{ROOT}/tests/specs/compound.yaml");
    let source = std::fs::read_to_string(&path).unwrap();
    let document = to_json(&source).unwrap_or_else(|e| panic!("{path}: {e}"));
    let errors = validator.errors(&document);
    assert!(errors.is_empty(), "{path}:\n{}", errors.join("\n"));
}

/// Loader messages about a spec's shape: unknown keys, value kinds, missing keys, closed word lists.
/// The schema must catch these. (Type names, paths between fields, limits and the like are checks on
/// meaning that a schema cannot, or need not, make.)
const SHAPE_PROBLEMS: [&str; 17] = [
    "unknown key `",
    " must be a mapping",
    " must be true or false",
    " must be a string",
    " must be a number",
    " must be a non-negative integer",
    " must be a list",
    " is missing `",
    "`auth.in` must be ",
    "`role` must be ",
    "`method` must be ",
    "`body` must be ",
    "`in` must be ",
    "`default_by` must be ",
    "unknown status `",
    "a rule needs exactly one check",
    "a status step is either",
];

fn is_shape_problem(message: &str) -> bool {
    SHAPE_PROBLEMS.iter().any(|p| message.contains(p))
}

#[test]
fn broken_specs_with_shape_problems_fail_the_schema() {
    let schema = schema();
    let validator = Validator::new(&schema);
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in yaml_files(BROKEN_DIR) {
        let name = format!("broken/{}", path.file_name().unwrap().to_string_lossy());
        let source = std::fs::read_to_string(&path).unwrap();
        let Err(diags) = grokvid_codegen::load(&name, &source) else {
            failures.push(format!("{name}: the loader accepts it"));
            continue;
        };
        let shape: Vec<String> = diags
            .iter()
            .filter(|d| is_shape_problem(&d.message))
            .map(|d| d.to_string())
            .collect();
        if shape.is_empty() {
            continue;
        }
        // YAML an editor cannot read is no schema matter.
        let Ok(document) = to_json(&source) else {
            continue;
        };
        checked += 1;
        if validator.errors(&document).is_empty() {
            failures.push(format!(
                "{name}: the schema accepts it, but the loader reports {}",
                shape.join(" / ")
            ));
        }
    }
    assert!(
        checked >= 8,
        "only {checked} broken specs have shape problems"
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------------
// Edits of one valid spec: loader and schema must agree.

const BASE: &str = r#"provider:
  id: demo
  name: Demo
  base_url: https://api.example.com
auth:
  in: header
  name: Authorization
  prefix: "Bearer "
  env: DEMO_API_KEY
polling:
  min_interval_ms: 1000
envelope:
  ok:
    path: code
    in: [0, "200"]
errors:
  code: [error.code]
  message: error.message
types:
  Model:
    description: Models.
    enum: [fast, slow]
    aliases:
      quick: fast
  ImageRef:
    fields:
      url: {type: url, required: true}
operations:
  create:
    role: create
    description: Create a video.
    method: POST
    path: /v1/videos
    headers:
      Accept: application/json
    params:
      model:
        type: Model
        required: true
      prompt:
        type: string
        required: true
        max_length: 100
      seconds:
        type: integer
        min: 1
        max: 15
        default: 6
        default_by: vendor
      ratio:
        enum: ["16:9", "9:16"]
        type_name: Ratio
      images:
        type: list<ImageRef>
        max_items: 4
      action:
        const: create
    rules:
      - when: {model: fast}
        range: {seconds: {max: 10}}
      - exclusive: [ratio, images]
        message: pick one
    response:
      fields:
        id: string
        state:
          enum: [a, b]
      task:
        id: [data.id]
        status:
          - word: status
            map: {queued: queued, running: processing, done: completed, error: failed}
    unified:
      prompt: prompt
      model: model
      duration: seconds
      aspect_ratio: {field: ratio, values: {"16:9": "16:9"}}
  query:
    role: query
    method: GET
    path: /v1/videos/{id}
    params:
      id:
        type: string
        in: path
        task_id: true
        required: true
    response:
      task:
        id: [id]
        status:
          - when: {path: error, present: true}
            then: failed
            message: the vendor reports an error
          - word: status
            map: {queued: queued, running: processing, done: completed, error: failed}
        progress: [progress]
        video_url: [video.url]
"#;

/// What loader and schema say of an edit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Expect {
    /// Both accept it.
    Valid,
    /// Both reject it.
    Invalid,
    /// Only the loader rejects it: a check on meaning the schema does not express (listed in
    /// `format.rs`'s module doc).
    LoaderOnly,
}
use Expect::*;

/// `(what, text to replace, replacement, expected)`: the first occurrence is replaced.
const EDITS: &[(&str, &str, &str, Expect)] = &[
    // Forms the loader accepts: the schema must not be stricter.
    ("lowercase method", "method: POST", "method: post", Valid),
    (
        "union type",
        "        type: integer\n        min: 1",
        "        type: [integer, string]\n        min: 1",
        Valid,
    ),
    (
        "union of one type",
        "        type: integer\n        min: 1",
        "        type: [integer]\n        min: 1",
        Invalid,
    ),
    (
        "union of overlapping types",
        "        type: integer\n        min: 1",
        "        type: [integer, number]\n        min: 1",
        LoaderOnly,
    ),
    ("number as text", "  name: Demo\n", "  name: 123\n", Valid),
    ("single path", "id: [data.id]", "id: data.id", Valid),
    (
        "single accept",
        "{type: url, required: true}",
        "{type: url, required: true, accept: png}",
        Valid,
    ),
    (
        "number header",
        "Accept: application/json",
        "X-Version: 2",
        Valid,
    ),
    (
        "single envelope value",
        "in: [0, \"200\"]",
        "in: true",
        Valid,
    ),
    (
        "list of inline enum",
        "        type_name: Ratio\n",
        "        type_name: Ratio\n        type: list\n",
        Valid,
    ),
    (
        "param shorthand",
        "      prompt:\n        type: string\n        required: true\n        max_length: 100\n",
        "      prompt: string\n",
        Valid,
    ),
    (
        "integer enum with names",
        "          enum: [a, b]\n",
        "          enum:\n            - value: 1\n              name: One\n            - 2\n",
        Valid,
    ),
    (
        "when_set list",
        "      - exclusive: [ratio, images]",
        "      - when_set: [ratio, seconds]\n        exclusive: [ratio, images]",
        Valid,
    ),
    (
        "message on a word step",
        "          - word: status\n            map: {queued: queued, running: processing, done: completed, error: failed}\n    unified",
        "          - word: status\n            message: unused\n            map: {queued: queued}\n    unified",
        Valid,
    ),
    (
        "equals test",
        "{path: error, present: true}",
        "{path: error.code, equals: false}",
        Valid,
    ),
    (
        "nested list type",
        "type: list<ImageRef>",
        "type: \"list< list<ImageRef> >\"",
        Valid,
    ),
    (
        "index paths",
        "video_url: [video.url]",
        "video_url: [\"data[0].url\", \"data[*].url\", \"p.@json.url\"]",
        Valid,
    ),
    // Shape problems: both must reject.
    (
        "unknown provider key",
        "  name: Demo\n",
        "  name: Demo\n  nmae: Demo\n",
        Invalid,
    ),
    (
        "unknown field key",
        "        max_length: 100\n",
        "        max_lenght: 100\n",
        Invalid,
    ),
    (
        "required as a string",
        "        type: Model\n        required: true",
        "        type: Model\n        required: \"yes\"",
        Invalid,
    ),
    ("unknown method", "method: POST", "method: FETCH", Invalid),
    (
        "unknown body",
        "path: /v1/videos\n",
        "path: /v1/videos\n    body: form\n",
        Invalid,
    ),
    (
        "unknown param location",
        "        in: path",
        "        in: cookie",
        Invalid,
    ),
    (
        "unknown default_by",
        "default_by: vendor",
        "default_by: server",
        Invalid,
    ),
    ("unknown role", "role: query", "role: poll", Invalid),
    (
        "unknown auth location",
        "  in: header",
        "  in: cookie",
        Invalid,
    ),
    ("unknown status", "then: failed", "then: broken", Invalid),
    (
        "rule without a check",
        "        message: pick one\n",
        "        message: pick one\n      - when: {model: fast}\n",
        Invalid,
    ),
    (
        "rule with two checks",
        "        range: {seconds: {max: 10}}",
        "        range: {seconds: {max: 10}}\n        forbidden: [ratio]",
        Invalid,
    ),
    (
        "exclusive of one field",
        "exclusive: [ratio, images]",
        "exclusive: [ratio]",
        Invalid,
    ),
    (
        "fixed of two fields",
        "range: {seconds: {max: 10}}",
        "fixed: {seconds: 10, ratio: \"16:9\"}",
        Invalid,
    ),
    (
        "empty range",
        "range: {seconds: {max: 10}}",
        "range: {seconds: {}}",
        Invalid,
    ),
    (
        "status word without map",
        "            map: {queued: queued, running: processing, done: completed, error: failed}\n    unified",
        "\n    unified",
        Invalid,
    ),
    (
        "word and then in one step",
        "          - word: status\n",
        "          - word: status\n            then: queued\n",
        Invalid,
    ),
    (
        "test without present or equals",
        "{path: error, present: true}",
        "{path: error}",
        Invalid,
    ),
    (
        "empty envelope values",
        "in: [0, \"200\"]",
        "in: []",
        Invalid,
    ),
    (
        "no operations",
        "operations:\n  create:",
        "operations: {}\nold:\n  create:",
        Invalid,
    ),
    ("negative count", "max_items: 4", "max_items: -1", Invalid),
    (
        "limit as a string",
        "        min: 1\n",
        "        min: \"1\"\n",
        Invalid,
    ),
    (
        "unknown builtin type",
        "type: list<ImageRef>",
        "type: list<int>",
        Invalid,
    ),
    (
        "path without a slash",
        "path: /v1/videos\n",
        "path: v1/videos\n",
        Invalid,
    ),
    (
        "base URL scheme",
        "https://api.example.com",
        "ftp://api.example.com",
        Invalid,
    ),
    ("provider id case", "id: demo", "id: Demo", Invalid),
    ("env case", "DEMO_API_KEY", "demo_api_key", Invalid),
    (
        "type with enum and fields",
        "    enum: [fast, slow]\n",
        "    enum: [fast, slow]\n    fields: {a: string}\n",
        Invalid,
    ),
    (
        "aliases of an object",
        "      url: {type: url, required: true}\n",
        "      url: {type: url, required: true}\n    aliases: {a: b}\n",
        Invalid,
    ),
    (
        "empty enum",
        "enum: [\"16:9\", \"9:16\"]",
        "enum: []",
        Invalid,
    ),
    (
        "float enum value",
        "enum: [a, b]",
        "enum: [a, 1.5]",
        Invalid,
    ),
    (
        "unified field as a number",
        "prompt: prompt",
        "prompt: 5",
        Invalid,
    ),
    (
        "unknown unified key",
        "      duration: seconds\n",
        "      duration: seconds\n      seed: seed\n",
        Invalid,
    ),
    (
        "field without a type",
        "        type_name: Ratio\n",
        "        type_name: Ratio\n      extra:\n        description: no type\n",
        Invalid,
    ),
    (
        "const with a type",
        "        const: create\n",
        "        const: create\n        type: string\n",
        Invalid,
    ),
    (
        "in on a response field",
        "        id: string\n",
        "        id: {type: string, in: query}\n",
        Invalid,
    ),
    (
        "task_id on an object field",
        "      url: {type: url, required: true}",
        "      url: {type: url, task_id: true}",
        Invalid,
    ),
    (
        "null polling",
        "polling:\n  min_interval_ms: 1000\n",
        "polling:\n",
        Invalid,
    ),
    (
        "null description",
        "description: Create a video.",
        "description:",
        Invalid,
    ),
    (
        "rules as a mapping",
        "    rules:\n      - when: {model: fast}\n        range: {seconds: {max: 10}}\n      - exclusive: [ratio, images]\n        message: pick one\n",
        "    rules:\n      a: {model: fast}\n",
        Invalid,
    ),
    ("bad path", "id: [data.id]", "id: [data..id]", Invalid),
    ("operation name case", "  query:\n", "  Query:\n", Invalid),
    ("type name case", "  ImageRef:\n", "  imageRef:\n", Invalid),
    // Checks on meaning: the loader's alone.
    (
        "unconditional step not last",
        "            message: the vendor reports an error\n",
        "            message: the vendor reports an error\n          - then: queued\n",
        LoaderOnly,
    ),
    (
        "list without an inline enum",
        "        type: Model\n",
        "        type: list\n",
        LoaderOnly,
    ),
    (
        "a type besides an inline enum",
        "        type_name: Ratio\n",
        "        type_name: Ratio\n        type: string\n",
        LoaderOnly,
    ),
    (
        "mixed enum values",
        "enum: [fast, slow]",
        "enum: [fast, 2]",
        Valid,
    ),
    (
        "keyword operation name",
        "  query:\n",
        "  type:\n",
        LoaderOnly,
    ),
    (
        "unknown type name",
        "type: list<ImageRef>",
        "type: list<ImageRefs>",
        LoaderOnly,
    ),
    (
        "min above max",
        "        min: 1\n",
        "        min: 20\n",
        LoaderOnly,
    ),
    (
        "path param not in the path",
        "path: /v1/videos/{id}",
        "path: /v1/videos",
        LoaderOnly,
    ),
];

#[test]
fn loader_and_schema_agree_on_edits() {
    let schema = schema();
    let validator = Validator::new(&schema);
    if let Err(diags) = grokvid_codegen::load("base.yaml", BASE) {
        panic!("the base spec does not load: {diags:?}");
    }
    assert_eq!(
        validator.errors(&to_json(BASE).unwrap()),
        Vec::<String>::new()
    );
    let mut failures = Vec::new();
    for &(what, from, to, expect) in EDITS {
        assert!(
            BASE.contains(from),
            "edit `{what}`: `{from}` is not in the base spec"
        );
        let source = BASE.replacen(from, to, 1);
        let loader: Vec<String> = match grokvid_codegen::load("edit.yaml", &source) {
            Ok(_) => Vec::new(),
            Err(diags) => diags.iter().map(|d| d.to_string()).collect(),
        };
        let document = to_json(&source).unwrap_or_else(|e| panic!("edit `{what}`: {e}"));
        let schema = validator.errors(&document);
        let said = (loader.is_empty(), schema.is_empty());
        let wanted = match expect {
            Valid => (true, true),
            Invalid => (false, false),
            LoaderOnly => (false, true),
        };
        if said != wanted {
            failures.push(format!(
                "`{what}` ({expect:?}): loader says {}, schema says {}",
                if loader.is_empty() {
                    "ok".to_string()
                } else {
                    loader.join(" / ")
                },
                if schema.is_empty() {
                    "ok".to_string()
                } else {
                    schema.join(" / ")
                },
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------------
// Keys.

/// Every key the loader asks for, read from its source: `map.get("key")`, `.string("key", ..)`,
/// `read_paths(&mut map, "key")`, the rule checks, ...
fn loader_keys() -> BTreeSet<String> {
    let call = Regex::new(
        r#"\.(?:get|has|require|string|required_string|bool|number|count|key_pos)\(\s*"([a-z_]+)""#,
    )
    .unwrap();
    let paths = Regex::new(r#"read_(?:paths|moments)\(\s*&mut \w+,\s*"([a-z_]+)"\s*[,)]"#).unwrap();
    // `read_task_field(&mut map, TaskField::VideoUrl, ..)` asks for `video_url`.
    let field = Regex::new(r#"read_task_field\(\s*&mut \w+,\s*TaskField::(\w+)"#).unwrap();
    let word = Regex::new(r#""([a-z_]+)""#).unwrap();
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(LOAD_DIR).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for caps in call
            .captures_iter(&source)
            .chain(paths.captures_iter(&source))
        {
            keys.insert(caps[1].to_string());
        }
        for caps in field.captures_iter(&source) {
            let snake = caps[1]
                .chars()
                .enumerate()
                .fold(String::new(), |mut out, (i, c)| {
                    if c.is_ascii_uppercase() && i > 0 {
                        out.push('_');
                    }
                    out.push(c.to_ascii_lowercase());
                    out
                });
            keys.insert(snake);
        }
        // `const CHECKS: [&str; N] = ["fixed", ...];` names the rule checks, asked for by variable.
        if let Some(start) = source.find("const CHECKS") {
            let list = &source[start..start + source[start..].find("];").unwrap()];
            for caps in word.captures_iter(list) {
                keys.insert(caps[1].to_string());
            }
        }
    }
    keys
}

fn schema_keys(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            for value in map.values() {
                schema_keys(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| schema_keys(item, out)),
        _ => {}
    }
}

#[test]
fn schema_names_exactly_the_keys_the_loader_asks_for() {
    let loader = loader_keys();
    assert!(loader.len() > 40, "only {} loader keys found", loader.len());
    let mut schema_side = BTreeSet::new();
    schema_keys(&schema(), &mut schema_side);
    let missing: Vec<&String> = loader.difference(&schema_side).collect();
    let extra: Vec<&String> = schema_side.difference(&loader).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the schema (codegen/src/format.rs) and the loader (codegen/src/load) disagree on keys\n  \
         asked for by the loader, not in the schema: {missing:?}\n  \
         in the schema, never asked for by the loader: {extra:?}"
    );
}
