//! Property test of the whole generator: at least 100,000 generated or mutated spec documents per run
//! go through `grokvid_codegen::generate`. None may panic; each either generates code (non-empty source)
//! that parses as Rust, or yields diagnostics that each carry a real location (line and column ≥ 1,
//! a line of the document), a message, and the file name.
//!
//! Inputs are the shipped specs (`specs/*.yaml`) and the broken ones (`tests/broken/*.yaml`), mutated
//! line by line (delete, duplicate, swap, re-indent, replace scalars, rename or insert keys, splice two
//! specs, truncate, garble a line), plus whole documents generated from the spec language's keys.
//! Every run uses the same fixed seeds (proptest's ChaCha RNG), so a failure reproduces; proptest then
//! shrinks it to a minimal list of mutations and the failure message prints the document itself.
//! To explore further locally: `FUZZ_SPECS_SEED=7 FUZZ_SPECS_SCALE=10 cargo test -p grokvid-codegen
//! --test fuzz_specs` (other seeds, ten times the documents).
//!
//! The work is split into several tests so the test harness runs them on every core.

use grokvid_codegen::Options;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestCaseError, TestError, TestRunner};
use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Once, OnceLock};

/// Documents per test; their sum is checked against the issue's 100,000.
const SHIPPED_ONE_EDIT_CASES: u32 = 20_000;
const SHIPPED_CASES: u32 = 20_000;
const BROKEN_CASES: u32 = 25_000;
const SPLICED_CASES: u32 = 15_000;
const GENERATED_CASES: u32 = 25_000;
const _: () = assert!(
    SHIPPED_ONE_EDIT_CASES + SHIPPED_CASES + BROKEN_CASES + SPLICED_CASES + GENERATED_CASES
        >= 100_000
);

// ---------------------------------------------------------------------------------------------
// The corpus: the documents to mutate and the words to mutate them with.

struct Source {
    name: String,
    text: String,
}

struct Corpus {
    shipped: Vec<Source>,
    broken: Vec<Source>,
    /// Every mapping key seen in the corpus (`id`, `type`, `min_items`, `GrokVideo3`, ...).
    keys: Vec<String>,
    /// Every scalar value seen in the corpus, as written (quotes included).
    scalars: Vec<String>,
}

fn yaml_files(dir: &str) -> Vec<Source> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| Source {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(&p).unwrap(),
        })
        .collect()
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let shipped = yaml_files(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"));
        let broken = yaml_files(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken"));
        assert!(!shipped.is_empty() && !broken.is_empty());
        let mut keys = Vec::new();
        let mut scalars = Vec::new();
        for source in shipped.iter().chain(&broken) {
            for line in source.text.lines() {
                if let Some((key, value)) = split_key_value(line) {
                    keys.push(line[key].trim().to_string());
                    if !value.is_empty() {
                        scalars.push(line[value].to_string());
                    }
                } else if let Some(item) = line.trim_start().strip_prefix("- ") {
                    scalars.push(item.to_string());
                }
            }
        }
        keys.sort();
        keys.dedup();
        scalars.sort();
        scalars.dedup();
        Corpus {
            shipped,
            broken,
            keys,
            scalars,
        }
    })
}

/// In a `key: value` line (optionally a `- key: value` list item), the byte ranges of the key and of
/// the value (empty when the line ends at the colon). Comment lines have none.
fn split_key_value(line: &str) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let indent = line.len() - line.trim_start().len();
    let mut start = indent;
    if line[start..].starts_with("- ") {
        start += 2;
    }
    let rest = &line[start..];
    if rest.starts_with('#') || rest.is_empty() {
        return None;
    }
    // The first `: ` (or a final `:`) outside quotes and brackets.
    let bytes = rest.as_bytes();
    let mut quote = None;
    let mut depth = 0i32;
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'[' | b'{') => depth += 1,
            (None, b']' | b'}') => depth -= 1,
            (None, b':') if depth == 0 && (i + 1 == bytes.len() || bytes[i + 1] == b' ') => {
                let after = start + i + 1;
                let raw = &line[after..];
                let value_start = after + (raw.len() - raw.trim_start().len());
                let value_end = value_start.max(line.trim_end().len());
                return Some((start..start + i, value_start..value_end));
            }
            _ => {}
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Mutations.

/// A position relative to whatever it is applied to: `At(x)` picks `x / 2^32` of the way along, so
/// it fits a document of any length and shrinks towards the start.
#[derive(Debug, Clone, Copy)]
struct At(u32);

impl At {
    /// An index below `len` (which must not be 0).
    fn of(self, len: usize) -> usize {
        ((u64::from(self.0) * len as u64) >> 32) as usize
    }

    fn pick<T>(self, items: &[T]) -> &T {
        &items[self.of(items.len())]
    }
}

fn at() -> impl Strategy<Value = At> {
    any::<u32>().prop_map(At)
}

/// Replacement scalars chosen to reach the loader's checks: numbers at the edges of their types,
/// YAML's many spellings of booleans and null, type names (good, bad and half-written), status words,
/// path syntax, and YAML structure written where a scalar was.
const SCALARS: &[&str] = &[
    "0",
    "-1",
    "1",
    "7",
    "15",
    "1.5",
    "-0.0",
    "1e309",
    "-1e309",
    ".nan",
    ".inf",
    "-.inf",
    "0x1F",
    "0o17",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "true",
    "false",
    "yes",
    "no",
    "on",
    "~",
    "null",
    "\"\"",
    "''",
    "\" \"",
    "x",
    "\"10\"",
    "'a''b'",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"tab\\there\"",
    "é",
    "视频",
    "🎬",
    "\"grok-video-3\"",
    "[]",
    "[1, 2]",
    "[a, b]",
    "[[]]",
    "[{}]",
    "{}",
    "{a: 1}",
    "{path: status, equals: 1}",
    "{field: size, values: {720p: 720P}}",
    "{min: 10, max: 1}",
    "[",
    "{",
    "]",
    "&anchor x",
    "*anchor",
    "!!str 1",
    "!!binary aGk=",
    "!custom x",
    "|",
    ">-",
    "string",
    "integer",
    "number",
    "boolean",
    "url",
    "file",
    "json",
    "list<string>",
    "list<file>",
    "list<list<url>>",
    "list<>",
    "list<",
    "list<Model",
    "List<string>",
    "Model",
    "Status",
    "Unknown",
    "model",
    "self",
    "type",
    "r#type",
    "_",
    "9lives",
    "queued",
    "processing",
    "completed",
    "failed",
    "cancelled",
    "expired",
    "unknown",
    "complete",
    "create",
    "query",
    "content",
    "batch_query",
    "other",
    "header",
    "query",
    "path",
    "body",
    "cookie",
    "client",
    "vendor",
    "json",
    "multipart",
    "none",
    "GET",
    "post",
    "a..b",
    "[*]",
    "@json",
    "a.@json",
    "@json.url",
    "data[*].url",
    "data[0].video_url",
    "data[x]",
    "data[-1]",
    "data[99999999999999999999]",
    "data[",
    "data]",
    ".",
    "..",
    "a.",
    ".a",
    "\"a b\"",
    "/v1/videos/{id}",
    "/v1/videos/{",
    "/v1/{a}/{a}",
    "/v1/{}",
    "{task_id}",
    "https://",
    "data:",
    "http://127.0.0.1:1/x",
    "Bearer ",
];

/// Keys no spec has, at every level they may be inserted.
const UNKNOWN_KEYS: &[&str] = &[
    "bogus",
    "Provider",
    "typo_key",
    "\"quoted key\"",
    "''",
    "1",
    "true",
    "~",
    "<<",
    "[a, b]",
    "{a: b}",
    "? complex",
    "kéy",
];

/// Printable junk for a garbled line: YAML indicators, whitespace, control characters, non-ASCII.
const JUNK: &[&str] = &[
    ":",
    "-",
    "#",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&",
    "*",
    "!",
    "|",
    ">",
    "'",
    "\"",
    "%",
    "@",
    "`",
    "?",
    " ",
    "\t",
    "\r",
    "\n",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{feff}",
    "\u{85}",
    "\u{2028}",
    "é",
    "𝕏",
    "\\",
    "---",
    "...",
    "%YAML 1.2",
    "<<: *a",
];

#[derive(Debug, Clone)]
enum Scalar {
    Fixed(&'static str),
    /// A scalar from anywhere in the corpus.
    Corpus(At),
    Int(i64),
    Float(f64),
    Word(String),
}

impl Scalar {
    fn render(&self) -> String {
        match self {
            Scalar::Fixed(s) => s.to_string(),
            Scalar::Corpus(i) => i.pick(&corpus().scalars).clone(),
            Scalar::Int(n) => n.to_string(),
            Scalar::Float(x) => format!("{x:?}"),
            Scalar::Word(w) => w.clone(),
        }
    }
}

fn scalar() -> impl Strategy<Value = Scalar> {
    prop_oneof![
        4 => select(SCALARS).prop_map(Scalar::Fixed),
        3 => at().prop_map(Scalar::Corpus),
        1 => any::<i64>().prop_map(Scalar::Int),
        1 => any::<f64>().prop_map(Scalar::Float),
        1 => "[a-z_][a-z0-9_]{0,10}".prop_map(Scalar::Word),
        1 => "[A-Z][A-Za-z0-9]{0,8}".prop_map(Scalar::Word),
    ]
}

#[derive(Debug, Clone)]
enum Key {
    Fixed(&'static str),
    Corpus(At),
}

impl Key {
    fn render(&self) -> String {
        match self {
            Key::Fixed(s) => s.to_string(),
            Key::Corpus(i) => i.pick(&corpus().keys).clone(),
        }
    }
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        1 => select(UNKNOWN_KEYS).prop_map(Key::Fixed),
        3 => at().prop_map(Key::Corpus),
    ]
}

/// One edit of a document. Positions are `At`es, resolved against the document as it is when the
/// edit applies, so every edit fits every document and shrinks well.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLines {
        at: At,
        count: usize,
    },
    DuplicateLines {
        at: At,
        count: usize,
    },
    SwapLines {
        a: At,
        b: At,
    },
    /// Add (positive) or remove (negative) leading spaces.
    Indent {
        at: At,
        delta: i8,
    },
    /// Indent a line with a tab, which YAML forbids.
    TabIndent {
        at: At,
    },
    ReplaceScalar {
        at: At,
        with: Scalar,
    },
    RenameKey {
        at: At,
        to: Key,
    },
    InsertKey {
        at: At,
        key: Key,
        value: Scalar,
        extra_indent: u8,
    },
    /// Cut the document at a byte offset (rounded down to a char boundary).
    Truncate {
        at: At,
    },
    /// Insert junk somewhere in a line.
    Garble {
        at: At,
        pos: At,
        junk: Vec<Junk>,
    },
    /// The lines before a cut of this document, then those after a cut of another document.
    Splice {
        other: At,
        here: At,
        there: At,
    },
}

#[derive(Debug, Clone)]
enum Junk {
    Text(&'static str),
    Byte(u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let junk = prop_oneof![
        select(JUNK).prop_map(Junk::Text),
        any::<u8>().prop_map(Junk::Byte),
    ];
    prop_oneof![
        3 => (at(), 1..4usize).prop_map(|(at, count)| Mutation::DeleteLines { at, count }),
        2 => (at(), 1..4usize)
            .prop_map(|(at, count)| Mutation::DuplicateLines { at, count }),
        2 => (at(), at()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        2 => (at(), -6..7i8).prop_map(|(at, delta)| Mutation::Indent { at, delta }),
        1 => at().prop_map(|at| Mutation::TabIndent { at }),
        8 => (at(), scalar()).prop_map(|(at, with)| Mutation::ReplaceScalar { at, with }),
        3 => (at(), key()).prop_map(|(at, to)| Mutation::RenameKey { at, to }),
        3 => (at(), key(), scalar(), 0..3u8).prop_map(|(at, key, value, extra_indent)| {
            Mutation::InsertKey { at, key, value, extra_indent }
        }),
        1 => at().prop_map(|at| Mutation::Truncate { at }),
        2 => (at(), at(), prop::collection::vec(junk, 1..4))
            .prop_map(|(at, pos, junk)| Mutation::Garble { at, pos, junk }),
        1 => (at(), at(), at())
            .prop_map(|(other, here, there)| Mutation::Splice { other, here, there }),
    ]
}

/// A document as lines (without their `\n`).
struct Doc {
    lines: Vec<String>,
}

impl Doc {
    fn new(text: &str) -> Doc {
        Doc {
            lines: text.split('\n').map(str::to_string).collect(),
        }
    }

    fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// A line index, or `None` for an empty document.
    fn line(&self, at: &At) -> Option<usize> {
        (!self.lines.is_empty()).then(|| at.of(self.lines.len()))
    }

    fn apply(&mut self, m: &Mutation, others: &[Source]) {
        match m {
            Mutation::DeleteLines { at, count } => {
                if let Some(i) = self.line(at) {
                    let end = (i + count).min(self.lines.len());
                    self.lines.drain(i..end);
                }
            }
            Mutation::DuplicateLines { at, count } => {
                if let Some(i) = self.line(at) {
                    let end = (i + count).min(self.lines.len());
                    let copy: Vec<String> = self.lines[i..end].to_vec();
                    self.lines.splice(end..end, copy);
                }
            }
            Mutation::SwapLines { a, b } => {
                if let (Some(a), Some(b)) = (self.line(a), self.line(b)) {
                    self.lines.swap(a, b);
                }
            }
            Mutation::Indent { at, delta } => {
                if let Some(i) = self.line(at) {
                    let line = &mut self.lines[i];
                    if *delta >= 0 {
                        line.insert_str(0, &" ".repeat(*delta as usize));
                    } else {
                        let spaces = line.len() - line.trim_start_matches(' ').len();
                        line.drain(..spaces.min(delta.unsigned_abs() as usize));
                    }
                }
            }
            Mutation::TabIndent { at } => {
                if let Some(i) = self.line(at) {
                    self.lines[i].insert(0, '\t');
                }
            }
            Mutation::ReplaceScalar { at, with } => {
                if let Some(i) = self.line(at) {
                    let line = &self.lines[i];
                    let with = with.render();
                    let value = match split_key_value(line) {
                        Some((_, value)) => value,
                        None => {
                            let start = line.len() - line.trim_start().len();
                            let start = if line[start..].starts_with("- ") {
                                start + 2
                            } else {
                                start
                            };
                            start..line.len()
                        }
                    };
                    let mut line = line.clone();
                    if value.is_empty() && !line.ends_with(' ') {
                        line.insert(value.start, ' ');
                        line.insert_str(value.start + 1, &with);
                    } else {
                        line.replace_range(value, &with);
                    }
                    self.lines[i] = line;
                }
            }
            Mutation::RenameKey { at, to } => {
                if let Some(i) = self.line(at)
                    && let Some((key, _)) = split_key_value(&self.lines[i])
                {
                    self.lines[i].replace_range(key, &to.render());
                }
            }
            Mutation::InsertKey {
                at,
                key,
                value,
                extra_indent,
            } => {
                let i = self.line(at).unwrap_or(0);
                // At the indentation of the line it goes before, so it lands in that mapping.
                let indent = self
                    .lines
                    .get(i)
                    .map_or(0, |l| l.len() - l.trim_start().len());
                let indent = indent + 2 * *extra_indent as usize;
                let line = format!("{}{}: {}", " ".repeat(indent), key.render(), value.render());
                self.lines.insert(i, line);
            }
            Mutation::Truncate { at } => {
                let mut text = self.text();
                let mut cut = at.of(text.len() + 1);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                *self = Doc::new(&text);
            }
            Mutation::Garble { at, pos, junk } => {
                if let Some(i) = self.line(at) {
                    let mut insert = Vec::new();
                    for j in junk {
                        match j {
                            Junk::Text(t) => insert.extend_from_slice(t.as_bytes()),
                            Junk::Byte(b) => insert.push(*b),
                        }
                    }
                    let line = &mut self.lines[i];
                    let mut p = pos.of(line.len() + 1);
                    while !line.is_char_boundary(p) {
                        p -= 1;
                    }
                    // Arbitrary bytes, made text as a file read with `from_utf8_lossy` would be.
                    line.insert_str(p, &String::from_utf8_lossy(&insert));
                }
            }
            Mutation::Splice { other, here, there } => {
                let other = Doc::new(&other.pick(others).text);
                let keep = here.of(self.lines.len() + 1);
                let from = there.of(other.lines.len() + 1);
                self.lines.truncate(keep);
                self.lines.extend_from_slice(&other.lines[from..]);
            }
        }
    }
}

/// A base document and the edits made to it.
#[derive(Debug, Clone)]
struct Case {
    base: At,
    mutations: Vec<Mutation>,
}

impl Case {
    /// The base's name and the mutated text. Splices take their second part from the shipped specs.
    fn render(&self, bases: &[Source]) -> (String, String) {
        let base = self.base.pick(bases);
        let mut doc = Doc::new(&base.text);
        for m in &self.mutations {
            doc.apply(m, &corpus().shipped);
        }
        (base.name.clone(), doc.text())
    }
}

fn case(mutations: std::ops::Range<usize>) -> impl Strategy<Value = Case> {
    (at(), prop::collection::vec(mutation(), mutations))
        .prop_map(|(base, mutations)| Case { base, mutations })
}

/// Cases that always splice two specs, then truncate or mutate the result.
fn spliced_case() -> impl Strategy<Value = Case> {
    (
        at(),
        (at(), at(), at()),
        prop::collection::vec(mutation(), 0..3),
    )
        .prop_map(|(base, (other, here, there), rest)| {
            let mut mutations = vec![Mutation::Splice { other, here, there }];
            mutations.extend(rest);
            Case { base, mutations }
        })
}

// ---------------------------------------------------------------------------------------------
// Generated documents: trees over the spec language's own keys, printed as block or flow YAML.

#[derive(Debug, Clone)]
enum Tree {
    Scalar(Scalar),
    List(Vec<Tree>),
    Map(Vec<(Key, Tree)>),
}

/// Keys of the spec language, so generated trees reach the checks behind the top-level ones.
const LANGUAGE_KEYS: &[&str] = &[
    "provider",
    "auth",
    "polling",
    "envelope",
    "errors",
    "types",
    "operations",
    "id",
    "name",
    "base_url",
    "docs",
    "description",
    "in",
    "prefix",
    "env",
    "min_interval_ms",
    "suggested_interval_ms",
    "ok",
    "path",
    "code",
    "message",
    "enum",
    "value",
    "aliases",
    "fields",
    "role",
    "method",
    "body",
    "wrap",
    "headers",
    "params",
    "rules",
    "response",
    "unified",
    "type",
    "required",
    "min",
    "max",
    "min_length",
    "max_length",
    "min_items",
    "max_items",
    "default",
    "default_by",
    "type_name",
    "accept",
    "rust",
    "task_id",
    "const",
    "when",
    "when_set",
    "fixed",
    "forbidden",
    "range",
    "items",
    "allowed",
    "exclusive",
    "one_of",
    "precedence",
    "task",
    "tasks",
    "at",
    "media",
    "status",
    "word",
    "map",
    "then",
    "equals",
    "present",
    "progress",
    "video_url",
    "error",
    "error_code",
    "prompt",
    "model",
    "duration",
    "aspect_ratio",
    "resolution",
    "images",
    "field",
    "values",
    "key",
    "create",
    "query",
    "Model",
];

fn tree() -> impl Strategy<Value = Tree> {
    let leaf = scalar().prop_map(Tree::Scalar);
    leaf.prop_recursive(5, 48, 6, |inner| {
        let key = prop_oneof![
            6 => select(LANGUAGE_KEYS).prop_map(Key::Fixed),
            1 => key(),
        ];
        prop_oneof![
            1 => prop::collection::vec(inner.clone(), 0..4).prop_map(Tree::List),
            3 => prop::collection::vec((key, inner), 0..6).prop_map(Tree::Map),
        ]
    })
}

/// A whole document: a map whose keys are mostly the seven top-level ones.
fn generated_document() -> impl Strategy<Value = (Tree, bool)> {
    let top = prop_oneof![
        4 => select(&LANGUAGE_KEYS[..7]).prop_map(Key::Fixed),
        1 => key(),
    ];
    (
        prop::collection::vec((top, tree()), 0..8).prop_map(Tree::Map),
        any::<bool>(),
    )
}

impl Tree {
    /// Block YAML, with flow style (`{...}`, `[...]`) below the top level when `flow` is set.
    fn render(&self, flow: bool) -> String {
        let mut out = String::new();
        self.block(0, flow, &mut out);
        out
    }

    fn block(&self, indent: usize, flow: bool, out: &mut String) {
        let pad = " ".repeat(indent);
        match self {
            Tree::Scalar(s) => writeln!(out, "{pad}{}", s.render()).unwrap(),
            Tree::List(items) if items.is_empty() => writeln!(out, "{pad}[]").unwrap(),
            Tree::Map(entries) if entries.is_empty() => writeln!(out, "{pad}{{}}").unwrap(),
            Tree::List(items) => {
                for item in items {
                    match item {
                        Tree::Scalar(_) => writeln!(out, "{pad}- {}", item.flow()).unwrap(),
                        _ if flow => writeln!(out, "{pad}- {}", item.flow()).unwrap(),
                        _ => {
                            writeln!(out, "{pad}-").unwrap();
                            item.block(indent + 2, flow, out);
                        }
                    }
                }
            }
            Tree::Map(entries) => {
                for (key, value) in entries {
                    let key = key.render();
                    match value {
                        Tree::Scalar(_) => writeln!(out, "{pad}{key}: {}", value.flow()).unwrap(),
                        _ if flow && indent > 0 => {
                            writeln!(out, "{pad}{key}: {}", value.flow()).unwrap()
                        }
                        _ => {
                            writeln!(out, "{pad}{key}:").unwrap();
                            value.block(indent + 2, flow, out);
                        }
                    }
                }
            }
        }
    }

    fn flow(&self) -> String {
        match self {
            Tree::Scalar(s) => s.render(),
            Tree::List(items) => {
                let items: Vec<String> = items.iter().map(Tree::flow).collect();
                format!("[{}]", items.join(", "))
            }
            Tree::Map(entries) => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.render(), v.flow()))
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The property.

thread_local! {
    /// Set while `check` runs the generator: its panics are expected and reported by `check`.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// Where the generator last panicked, with the generator's frames of the backtrace.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A panic hook that records the generator's panics (location and backtrace) instead of printing
/// one per shrinking step; every other panic is printed as usual.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let backtrace = std::backtrace::Backtrace::force_capture().to_string();
                // The generator's frames and the line after each (its `at file:line`).
                let mut frames = String::new();
                let mut keep_next = false;
                for line in backtrace.lines() {
                    if keep_next || line.contains("grokvid_codegen") {
                        frames.push_str(line);
                        frames.push('\n');
                    }
                    keep_next = line.contains("grokvid_codegen");
                }
                LAST_PANIC.with(|p| *p.borrow_mut() = format!("{info}\n{frames}"));
            } else {
                default(info);
            }
        }));
    });
}

/// How a document that passed the property went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Generated,
    Rejected,
}

/// Generates one document; `Err` says what went wrong.
fn check(file: &str, text: &str) -> Result<Outcome, String> {
    install_panic_hook();
    let options = Options::default();
    QUIET.with(|q| q.set(true));
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        grokvid_codegen::generate(file, text, &options)
    }));
    QUIET.with(|q| q.set(false));
    match result {
        Err(_) => {
            let panic = LAST_PANIC.with(|p| std::mem::take(&mut *p.borrow_mut()));
            Err(format!("generate panicked: {panic}"))
        }
        Ok(Ok(generated)) => {
            if generated.source.trim().is_empty() {
                Err("generated an empty source".to_string())
            } else if generated.id.is_empty() {
                Err("generated a module with an empty id".to_string())
            } else if let Err(e) = syn::parse_file(&generated.source) {
                // `format_tokens` falls back to raw tokens when they do not parse: a generator bug.
                Err(format!("generated source that is not Rust: {e}"))
            } else {
                Ok(Outcome::Generated)
            }
        }
        Ok(Err(diagnostics)) => {
            if diagnostics.is_empty() {
                return Err("failed with no diagnostics".to_string());
            }
            // A position past the end is allowed one line on (an error at the end of the input).
            let lines = text.split('\n').count() as u64 + 1;
            for d in &diagnostics {
                if d.pos.line < 1 || d.pos.col < 1 || d.pos.line > lines {
                    return Err(format!("diagnostic without a real location: `{d}`"));
                }
                if d.message.trim().is_empty() {
                    return Err(format!("diagnostic without a message: `{d}`"));
                }
                if !d.to_string().starts_with(&format!("{file}:")) {
                    return Err(format!("diagnostic does not name its file: `{d}`"));
                }
            }
            Ok(Outcome::Rejected)
        }
    }
}

/// Runs `cases` documents from `strategy` with a fixed seed. A failure is shrunk by proptest and
/// reported with the minimal input, printed in full so it can be pasted into a spec file. Returns how
/// many documents generated code.
fn run<S>(
    name: &str,
    seed: u64,
    cases: u32,
    strategy: S,
    render: impl Fn(&S::Value) -> (String, String),
) -> u64
where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    // For longer local runs: `FUZZ_SPECS_SCALE=10` multiplies the cases, `FUZZ_SPECS_SEED=N` moves
    // every seed. CI sets neither, so every run there checks the same documents.
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = cases.saturating_mul(env("FUZZ_SPECS_SCALE").unwrap_or(1).max(1) as u32);
    let seed = seed ^ env("FUZZ_SPECS_SEED").unwrap_or(0);
    let config = Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 4096,
        max_global_rejects: 0,
        ..Config::default()
    };
    let documents = AtomicU64::new(0);
    let generated = AtomicU64::new(0);
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        let (file, text) = render(&value);
        documents.fetch_add(1, Ordering::Relaxed);
        match check(&format!("fuzz/{file}"), &text) {
            Ok(Outcome::Generated) => {
                generated.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            Ok(Outcome::Rejected) => Ok(()),
            Err(problem) => Err(TestCaseError::fail(problem)),
        }
    });
    match result {
        Ok(()) => {
            let documents = documents.into_inner();
            let generated = generated.into_inner();
            eprintln!(
                "{name}: {documents} documents in {:.1?}, {generated} generated code",
                started.elapsed()
            );
            assert!(
                documents >= u64::from(cases),
                "{name}: only {documents} documents were checked"
            );
            generated
        }
        Err(TestError::Fail(reason, minimal)) => {
            let (file, text) = render(&minimal);
            // The text as is, and escaped when it holds characters a terminal would not show.
            let escaped = if text.chars().any(|c| c.is_control() && c != '\n') {
                format!("\nescaped: {text:?}")
            } else {
                String::new()
            };
            panic!(
                "{name} (seed {seed:#x}): {reason}\n\nminimal input: {minimal:#?}\n\n\
                 document (from {file}), {} bytes:\n-----\n{text}\n-----{escaped}",
                text.len()
            );
        }
        Err(TestError::Abort(reason)) => panic!("{name}: proptest aborted: {reason}"),
    }
}

/// One edit each: most of these still load, so the generator runs on odd but valid specs. These are
/// the slowest documents (each one that loads is generated, formatted and parsed back), so they are
/// split in two tests that the harness can run side by side.
#[test]
fn shipped_specs_with_one_edit() {
    let bases = &corpus().shipped;
    run(
        "shipped specs with one edit",
        0x5eed_0001,
        SHIPPED_ONE_EDIT_CASES / 2,
        case(1..2),
        |c| c.render(bases),
    );
}

#[test]
fn shipped_specs_with_one_edit_more() {
    let bases = &corpus().shipped;
    run(
        "shipped specs with one edit (more)",
        0x5eed_0006,
        SHIPPED_ONE_EDIT_CASES - SHIPPED_ONE_EDIT_CASES / 2,
        case(1..2),
        |c| c.render(bases),
    );
}

#[test]
fn shipped_specs_with_several_edits() {
    let bases = &corpus().shipped;
    run(
        "shipped specs with several edits",
        0x5eed_0005,
        SHIPPED_CASES,
        case(2..6),
        |c| c.render(bases),
    );
}

#[test]
fn mutated_broken_specs() {
    let bases = &corpus().broken;
    run(
        "mutated broken specs",
        0x5eed_0002,
        BROKEN_CASES,
        case(1..5),
        |c| c.render(bases),
    );
}

#[test]
fn spliced_specs() {
    let bases = &corpus().shipped;
    run(
        "spliced specs",
        0x5eed_0003,
        SPLICED_CASES,
        spliced_case(),
        |c| c.render(bases),
    );
}

#[test]
fn generated_documents() {
    run(
        "generated documents",
        0x5eed_0004,
        GENERATED_CASES,
        generated_document(),
        |(tree, flow)| ("generated.yaml".to_string(), tree.render(*flow)),
    );
}

/// Found by this test: an integer enum value below zero made the variant name `V-1`, and the
/// generator panicked building the identifier.
#[test]
fn negative_integer_enum_values_generate() {
    let spec = "provider: {id: p, name: P, base_url: https://x.example}\n\
                auth: {in: header, name: A, env: P_KEY}\n\
                types:\n  Model:\n    enum: [-1, 1]\n\
                operations:\n  create:\n    role: create\n    method: POST\n    path: /v\n\
                \x20   params:\n      model: {type: Model}\n\
                \x20   response:\n      task: {id: [id]}\n";
    assert_eq!(check("negative.yaml", spec), Ok(Outcome::Generated));
    let generated = grokvid_codegen::generate("negative.yaml", spec, &Options::default()).unwrap();
    assert!(generated.source.contains("VMinus1"), "{}", generated.source);
}

/// A minimal spec with one create operation whose params are `params` (flow YAML).
fn spec_with(types: &str, params: &str) -> String {
    format!(
        "provider: {{id: p, name: P, base_url: https://x.example}}\n\
         auth: {{in: header, name: A, env: P_KEY}}\n\
         types: {types}\n\
         operations:\n  create: {{role: create, method: POST, path: /v, params: {params}, \
         response: {{task: {{id: [id]}}}}}}\n"
    )
}

/// Found by this test with other seeds (`FUZZ_SPECS_SEED=7 FUZZ_SPECS_SCALE=3`): the enum value
/// `self` got the variant name `Self`, a keyword, and the generated code did not parse; it
/// now gets the variant `SelfValue`.
#[test]
fn enum_value_self_generates_rust() {
    let spec = spec_with("{Model: {enum: [self]}}", "{model: {type: Model}}");
    assert_eq!(check("self.yaml", &spec), Ok(Outcome::Generated));
}

/// Found by this test with other seeds: `rust: _` was accepted as a field name (`is_snake_ident("_")`
/// was true) and `pub _: String` did not parse; it is now rejected.
#[test]
fn rust_name_underscore_is_rejected() {
    let spec = spec_with("{}", "{x: {type: string, rust: _}}");
    match check("underscore.yaml", &spec) {
        Ok(Outcome::Rejected) => {}
        other => panic!("expected a diagnostic for `rust: _`, got {other:?}"),
    }
}

/// The mutations do what they say on a small document (so the fuzzer is not quietly a no-op).
#[test]
fn mutations_edit_the_document() {
    let text = "a: 1\nb:\n  c: [x, y]\n- d: e\n# note\n";
    let first = At(0);
    let apply = |m: Mutation| {
        let mut doc = Doc::new(text);
        doc.apply(&m, &corpus().shipped);
        doc.text()
    };
    assert_eq!(
        split_key_value("  c: [x, y]"),
        Some((2..3, 5..11)),
        "key and value ranges"
    );
    assert_eq!(split_key_value("b:"), Some((0..1, 2..2)));
    assert_eq!(split_key_value("- d: e"), Some((2..3, 5..6)));
    assert_eq!(split_key_value("# a: b"), None);
    assert_eq!(split_key_value("k:   "), Some((0..1, 5..5)));
    assert_eq!(split_key_value("k: v  # c"), Some((0..1, 3..9)));
    assert_eq!(split_key_value("\"a: b\": c"), Some((0..6, 8..9)));
    assert_eq!(
        apply(Mutation::ReplaceScalar {
            at: first,
            with: Scalar::Fixed("[*]"),
        }),
        text.replacen("a: 1", "a: [*]", 1)
    );
    assert_eq!(
        apply(Mutation::RenameKey {
            at: first,
            to: Key::Fixed("bogus"),
        }),
        text.replacen("a: 1", "bogus: 1", 1)
    );
    assert_eq!(
        apply(Mutation::DeleteLines {
            at: first,
            count: 2
        }),
        "  c: [x, y]\n- d: e\n# note\n"
    );
    assert_eq!(
        apply(Mutation::Truncate {
            at: At(u32::MAX / 2 + 1),
        }),
        &text[..text.len() / 2]
    );
    let tree = Tree::Map(vec![(
        Key::Fixed("types"),
        Tree::Map(vec![(
            Key::Fixed("Model"),
            Tree::List(vec![Tree::Scalar(Scalar::Fixed("x"))]),
        )]),
    )]);
    assert_eq!(tree.render(false), "types:\n  Model:\n    - x\n");
    assert_eq!(tree.render(true), "types:\n  Model: [x]\n");
}
