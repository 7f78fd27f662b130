//! A YAML document as a tree of located nodes.
//!
//! granit-parser (the event parser under serde-saphyr) reads the text; we build the tree straight from
//! its events, so every node and key keeps the line and column later checks point at. Going through
//! serde (`serde_saphyr::Spanned`) made this stage more than twice as slow; the rules below are the
//! ones it applied, so specs read exactly as before: plain scalars are resolved as in `scalar`, an alias is a
//! copy of its anchored node placed at the alias, and `<<` merge keys add the entries a mapping lacks.
//! We read the tree by hand (see `reader`) instead of deriving the spec types, so that one pass reports
//! every problem instead of stopping at the first.

use granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, StrInput};
use scalar::{KeyPrint, Problem, TagKind};
use std::collections::HashSet;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u64,
    pub col: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in document order; duplicates are kept so they can be reported.
    Map(Vec<(Key, Node)>),
}

/// A mapping key: scalars only, kept as text (`10: Ten` has the key "10").
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub pos: Pos,
    pub name: String,
}

impl Value {
    /// A short name of the value's kind, for "expected X, found Y" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Containers nested deeper than this are refused, as serde-saphyr's budget did.
const MAX_DEPTH: usize = 64;
/// Nodes (scalars, lists, mappings, keys included) in a document, counting every alias as a copy of
/// what it names: the guard against alias bombs, as serde-saphyr's budget did.
const MAX_NODES: usize = 250_000;
/// Event copies kept for anchors (nested anchors each keep their own): bounds the memory of a
/// document of anchors inside anchors, as serde-saphyr's budget did.
const MAX_RECORDED: usize = 1_000_000;

const MERGE_SHAPE: &str = "YAML merge value must be mapping or sequence of mappings";
const RECURSIVE_ALIAS: &str = "an alias cannot refer to the node that contains it";

type Fail = (Pos, String);
type Parsed<T> = Result<T, Fail>;

/// Parses a document; a syntax error comes back with its position.
pub fn parse(source: &str) -> Result<Node, (Pos, String)> {
    Builder::new(source).document()
}

/// The last `---` line at or before `pos`.
fn document_marker_before(source: &str, pos: Pos) -> Option<Pos> {
    let line = usize::try_from(pos.line).ok()?;
    source
        .lines()
        .take(line)
        .enumerate()
        .filter(|(_, text)| text.starts_with("---"))
        .last()
        .map(|(i, _)| Pos {
            line: i as u64 + 1,
            col: 1,
        })
}

/// The parser's message as serde-saphyr showed it: its first line, without a location suffix.
fn scan_error(error: ScanError) -> Fail {
    let mark = error.marker();
    let pos = Pos {
        line: mark.line() as u64,
        col: mark.col() as u64 + 1,
    };
    let message = match error.kind() {
        ErrorKind::UnknownAnchor => "alias references unknown anchor".to_string(),
        _ => one_line(&format!("{} at line ", error.info())),
    };
    (pos, message)
}

fn one_line(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message);
    let trimmed = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    trimmed.trim().to_string()
}

/// One event with where it was written and, when it is replayed for an alias, where the alias is.
struct Item<'a> {
    event: Event<'a>,
    at: Pos,
    alias: Option<Pos>,
}

/// An anchored node being recorded until its end, so aliases can replay it.
struct Recording<'a> {
    anchor: usize,
    depth: usize,
    events: Vec<(Event<'a>, Pos)>,
}

/// An alias being replayed: the anchor's recorded events, from `next` on.
struct Replay {
    anchor: usize,
    next: usize,
    at: Pos,
}

/// A mapping entry taken from a merge value (`<<: ...`). Its problems are only reported if the entry
/// is kept: a key the mapping already has wins, and its value is never read.
struct Merged<'a> {
    key: Key,
    value: Node,
    print: KeyPrint<'a>,
    problem: Option<Fail>,
}

struct Builder<'a> {
    source: &'a str,
    parser: Parser<'a, StrInput<'a>>,
    /// Recorded events of finished anchored nodes, by anchor id.
    anchors: Vec<Option<Vec<(Event<'a>, Pos)>>>,
    recordings: Vec<Recording<'a>>,
    replay: Option<Replay>,
    depth: usize,
    nodes: usize,
    recorded: usize,
    /// Inside a merge value: where its entries are placed (where the merge value is).
    merge_at: Option<Pos>,
    /// Inside a list or mapping copied for an alias: where the alias is.
    in_copy: Option<Pos>,
    /// Inside a merge value, problems wait in `deferred` (the first one) instead of failing.
    deferring: bool,
    deferred: Option<Fail>,
    /// Key identities of the open mappings' entries, for merges (a stack: each mapping its slice).
    prints: Vec<KeyPrint<'a>>,
    complex_keys: usize,
    /// Without `<<`, a `merge` tag or a `%` escape or directive, no key can be a merge key, and key
    /// identities are not needed.
    merges_possible: bool,
}

impl<'a> Builder<'a> {
    fn new(source: &'a str) -> Self {
        let mut options = granit_parser::Options::default();
        // Comments are not part of the tree; not collecting them is faster.
        options.emit_comments = false;
        Builder {
            source,
            parser: Parser::new_from_str_with_options(source, options),
            anchors: Vec::new(),
            recordings: Vec::new(),
            replay: None,
            depth: 0,
            nodes: 0,
            recorded: 0,
            merge_at: None,
            in_copy: None,
            deferring: false,
            deferred: None,
            prints: Vec::new(),
            complex_keys: 0,
            merges_possible: ["<<", "merge", "%"].iter().any(|s| source.contains(s)),
        }
    }

    /// The root node; a second document is refused at its `---`.
    fn document(mut self) -> Parsed<Node> {
        let root = loop {
            let item = self.fetch()?;
            match item.event {
                Event::StreamEnd => {
                    return Ok(Node {
                        pos: item.at,
                        value: Value::Null,
                    });
                }
                Event::StreamStart | Event::DocumentStart(..) | Event::DocumentEnd => {}
                _ => break self.node(item)?,
            }
        };
        loop {
            let item = self.fetch()?;
            match item.event {
                Event::StreamEnd => return Ok(root),
                Event::DocumentStart(..) | Event::DocumentEnd => {}
                _ => {
                    let at = self.place(&item);
                    let marker = document_marker_before(self.source, at).unwrap_or(at);
                    let message = "a spec is one YAML document, but a second one starts here";
                    return Err((marker, message.to_string()));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Events: from the parser, or replayed for an alias.

    fn fetch(&mut self) -> Parsed<Item<'a>> {
        loop {
            let item = match self.replayed() {
                Some(item) => item,
                None => match self.parser.next() {
                    Some(Ok((event, span))) => Item {
                        event,
                        at: Pos {
                            line: span.start.line() as u64,
                            col: span.start.col() as u64 + 1,
                        },
                        alias: None,
                    },
                    Some(Err(error)) => return Err(scan_error(error)),
                    None => {
                        let start = Pos { line: 1, col: 1 };
                        return Err((start, "unexpected end of input".to_string()));
                    }
                },
            };
            match item.event {
                Event::Alias(anchor) if item.alias.is_none() => {
                    if let Some(recursive) = self.start_replay(anchor, item.at)? {
                        return Ok(recursive);
                    }
                }
                Event::DocumentStart(..) | Event::DocumentEnd => {
                    // Anchors belong to one document.
                    self.anchors.clear();
                    self.recordings.clear();
                    return Ok(item);
                }
                Event::StreamStart | Event::StreamEnd => return Ok(item),
                _ => {
                    self.count(&item)?;
                    if item.alias.is_none() {
                        check_tag(&item)?;
                    }
                    self.record(&item)?;
                    return Ok(item);
                }
            }
        }
    }

    /// The next event of the alias being replayed, if any.
    fn replayed(&mut self) -> Option<Item<'a>> {
        let replay = self.replay.as_mut()?;
        let events = self.anchors.get(replay.anchor)?.as_ref()?;
        let Some((event, at)) = events.get(replay.next) else {
            self.replay = None;
            return None;
        };
        replay.next += 1;
        Some(Item {
            event: event.clone(),
            at: *at,
            alias: Some(replay.at),
        })
    }

    /// Starts replaying `anchor` for an alias at `at`. An alias inside the node it names comes back
    /// as itself, for the reader of that node to refuse.
    fn start_replay(&mut self, anchor: usize, at: Pos) -> Parsed<Option<Item<'a>>> {
        if self.recordings.iter().any(|r| r.anchor == anchor) {
            let item = Item {
                event: Event::Alias(anchor),
                at,
                alias: None,
            };
            self.record(&item)?;
            return Ok(Some(item));
        }
        match self.anchors.get(anchor) {
            Some(Some(_)) => {
                self.replay = Some(Replay {
                    anchor,
                    next: 0,
                    at,
                });
                Ok(None)
            }
            _ => Err((at, "alias references unknown anchor".to_string())),
        }
    }

    /// Keeps the document within `MAX_NODES` and `MAX_DEPTH`.
    fn count(&mut self, item: &Item<'a>) -> Parsed<()> {
        let at = item.alias.unwrap_or(item.at);
        match item.event {
            Event::Scalar(..) => self.add_node(at),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                self.add_node(at)?;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    let message =
                        format!("the document is nested too deeply (limit: {MAX_DEPTH} levels)");
                    return Err((at, message));
                }
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.depth = self.depth.saturating_sub(1);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn add_node(&mut self, at: Pos) -> Parsed<()> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            let message = format!(
                "the document is too large (limit: {MAX_NODES} nodes, each alias counting as a \
                 copy of its anchor)"
            );
            return Err((at, message));
        }
        Ok(())
    }

    /// Adds the event to every anchored node being recorded, and starts or finishes recordings.
    fn record(&mut self, item: &Item<'a>) -> Parsed<()> {
        let live = item.alias.is_none();
        let anchor = match &item.event {
            Event::Scalar(_, _, anchor, _)
            | Event::SequenceStart(_, anchor, _)
            | Event::MappingStart(_, anchor, _)
                if live =>
            {
                *anchor
            }
            _ => 0,
        };
        let copies = self.recordings.len() + usize::from(anchor != 0);
        if copies == 0 {
            return Ok(());
        }
        self.recorded += copies;
        if self.recorded > MAX_RECORDED {
            let message = format!(
                "the document's anchors are too large (limit: {MAX_RECORDED} recorded events)"
            );
            return Err((item.alias.unwrap_or(item.at), message));
        }
        for recording in &mut self.recordings {
            recording.events.push((item.event.clone(), item.at));
        }
        match item.event {
            Event::Scalar(..) if anchor != 0 => {
                self.store(anchor, vec![(item.event.clone(), item.at)]);
            }
            Event::SequenceStart(..) | Event::MappingStart(..) if live => {
                for recording in &mut self.recordings {
                    recording.depth += 1;
                }
                if anchor != 0 {
                    self.recordings.push(Recording {
                        anchor,
                        depth: 1,
                        events: vec![(item.event.clone(), item.at)],
                    });
                }
            }
            Event::SequenceEnd | Event::MappingEnd if live => self.end_recordings(),
            _ => {}
        }
        Ok(())
    }

    fn end_recordings(&mut self) {
        for recording in &mut self.recordings {
            recording.depth = recording.depth.saturating_sub(1);
        }
        while self.recordings.last().is_some_and(|r| r.depth == 0) {
            if let Some(done) = self.recordings.pop() {
                self.store(done.anchor, done.events);
            }
        }
    }

    fn store(&mut self, anchor: usize, events: Vec<(Event<'a>, Pos)>) {
        if self.anchors.len() <= anchor {
            self.anchors.resize_with(anchor + 1, || None);
        }
        self.anchors[anchor] = Some(events);
    }

    /// Where a node is placed: at the alias it was copied for, else in the merge value it came
    /// from, else where it is written.
    fn place(&self, item: &Item<'a>) -> Pos {
        item.alias.or(self.merge_at).unwrap_or(item.at)
    }

    // ---------------------------------------------------------------------------------------------
    // Nodes.

    /// A problem in a node's content: fails now, or waits if the node is inside a merge value.
    fn problem(&mut self, fail: Fail) -> Parsed<()> {
        if !self.deferring {
            return Err(fail);
        }
        self.deferred.get_or_insert(fail);
        Ok(())
    }

    fn node(&mut self, item: Item<'a>) -> Parsed<Node> {
        let pos = self.place(&item);
        // A problem in a copy is reported at the alias (the node's own, or its container's), as
        // serde-saphyr did; an alias to its own container was refused before that applied.
        let at = item.alias.or(self.in_copy).unwrap_or(item.at);
        let value = match item.event {
            Event::Scalar(text, style, _, tag) => {
                match scalar::resolve(text, style, TagKind::of(tag.as_deref())) {
                    Ok(value) => value,
                    Err(problem) => {
                        self.problem((at, problem.message()))?;
                        Value::Null
                    }
                }
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let outer = self.in_copy;
                self.in_copy = item.alias.or(outer);
                let value = match item.event {
                    Event::SequenceStart(..) => self.sequence().map(Value::Seq),
                    _ => self.mapping().map(Value::Map),
                };
                self.in_copy = outer;
                value?
            }
            Event::Alias(_) => {
                let at = self.in_copy.unwrap_or(item.at);
                self.problem((at, RECURSIVE_ALIAS.to_string()))?;
                Value::Null
            }
            _ => return Err((pos, "unexpected end of a YAML collection".to_string())),
        };
        Ok(Node { pos, value })
    }

    fn sequence(&mut self) -> Parsed<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            let item = self.fetch()?;
            if let Event::SequenceEnd = item.event {
                return Ok(items);
            }
            items.push(self.node(item)?);
        }
    }

    /// Entries in document order, then those of merge values (`<<`) whose keys it does not have.
    fn mapping(&mut self) -> Parsed<Vec<(Key, Node)>> {
        let first = self.prints.len();
        let mut entries = Vec::new();
        let mut merged = Vec::new();
        loop {
            let item = self.fetch()?;
            if let Event::MappingEnd = item.event {
                break;
            }
            if is_merge_key(&item.event) {
                let value = self.fetch()?;
                let eager = !self.deferring;
                if let Some(fail) = self.merge_value(value, false, eager, &mut merged)? {
                    self.problem(fail)?;
                }
                continue;
            }
            let (key, print) = self.key(item)?;
            let value = self.fetch()?;
            entries.push((key, self.node(value)?));
            if self.merges_possible {
                self.prints.push(print);
            }
        }
        let result = self.add_merged(&mut entries, first, merged);
        self.prints.truncate(first);
        result.map(|()| entries)
    }

    fn add_merged(
        &mut self,
        entries: &mut Vec<(Key, Node)>,
        first: usize,
        merged: Vec<Merged<'a>>,
    ) -> Parsed<()> {
        if merged.is_empty() {
            return Ok(());
        }
        let mut seen: HashSet<KeyPrint<'a>> = self.prints[first..].iter().cloned().collect();
        for entry in merged {
            if !seen.insert(entry.print) {
                continue;
            }
            if let Some(fail) = entry.problem {
                self.problem(fail)?;
            }
            entries.push((entry.key, entry.value));
        }
        Ok(())
    }

    fn key(&mut self, item: Item<'a>) -> Parsed<(Key, KeyPrint<'a>)> {
        let pos = self.place(&item);
        let Event::Scalar(text, style, _, tag) = item.event else {
            return self.complex_key(item, pos);
        };
        let kind = TagKind::of(tag.as_deref());
        let print = if self.merges_possible {
            KeyPrint::of(&text, style, kind, tag.as_deref())
        } else {
            KeyPrint::Complex(0)
        };
        let name = match scalar::resolve(text, style, kind) {
            Ok(value) => key_name(value),
            Err(problem) => {
                // serde-saphyr placed a too-large integer key where the key is used.
                let own = if matches!(problem, Problem::TooLarge(_)) {
                    pos
                } else {
                    item.at
                };
                let at = self.in_copy.unwrap_or(own);
                self.problem((at, problem.message()))?;
                String::new()
            }
        };
        Ok((Key { pos, name }, print))
    }

    /// A list or mapping used as a key is refused, after the first problem inside it: serde-saphyr
    /// read the whole key before looking at it.
    fn complex_key(&mut self, item: Item<'a>, pos: Pos) -> Parsed<(Key, KeyPrint<'a>)> {
        let outer = (self.deferred.take(), self.deferring);
        self.deferring = true;
        let node = self.node(item);
        let inner = std::mem::replace(&mut self.deferred, outer.0);
        self.deferring = outer.1;
        let kind = node?.value.kind();
        let message = format!("mapping keys must be scalars, found {kind}");
        let at = self.in_copy.unwrap_or(pos);
        self.problem(inner.unwrap_or((at, message)))?;
        self.complex_keys += 1;
        let key = Key {
            pos,
            name: String::new(),
        };
        Ok((key, KeyPrint::Complex(self.complex_keys)))
    }

    // ---------------------------------------------------------------------------------------------
    // Merge values: `<<: {..}`, `<<: *anchor`, `<<: [*a, *b]`.
    //
    // serde-saphyr read a merge value whole before looking at it, except that a list written in a
    // mapping stops at its first bad item; what it found wrong is returned (`Ok(Some(..))`) for the
    // caller to report at the same point. Problems inside the merged entries wait in each entry.

    /// Adds the entries of a merge value to `out`: a mapping's, or those of each item of a list.
    /// Null adds nothing. `eager`: the value of `<<` in an ordinary mapping, read as it comes.
    fn merge_value(
        &mut self,
        item: Item<'a>,
        nested: bool,
        eager: bool,
        out: &mut Vec<Merged<'a>>,
    ) -> Parsed<Option<Fail>> {
        let at = self.place(&item);
        let fail_at = self.in_copy.unwrap_or(item.at);
        let shape = Some((fail_at, MERGE_SHAPE.to_string()));
        match item.event {
            Event::Scalar(text, style, _, tag) => {
                let null = scalar::is_null(&text, style, TagKind::of(tag.as_deref()));
                Ok(if null { None } else { shape })
            }
            Event::MappingStart(..) => {
                let outer = (self.merge_at.replace(at), self.deferring);
                self.deferring = true;
                let result = self.merge_mapping(out);
                (self.merge_at, self.deferring) = outer;
                result
            }
            Event::SequenceStart(..) => {
                // A list inside the merge list places its mappings where it is written.
                let outer = self.merge_at;
                if nested {
                    self.merge_at = Some(at);
                }
                let result = self.merge_list(eager && !nested, out);
                self.merge_at = outer;
                result
            }
            Event::Alias(_) => Ok(Some((fail_at, RECURSIVE_ALIAS.to_string()))),
            _ => Ok(shape),
        }
    }

    fn merge_list(&mut self, eager: bool, out: &mut Vec<Merged<'a>>) -> Parsed<Option<Fail>> {
        let mut first = None;
        loop {
            let item = self.fetch()?;
            if let Event::SequenceEnd = item.event {
                return Ok(first);
            }
            if let Some(fail) = self.merge_value(item, true, false, out)? {
                if eager {
                    return Ok(Some(fail));
                }
                first.get_or_insert(fail);
            }
        }
    }

    /// The entries of a mapping used as a merge value, its own merges after them.
    fn merge_mapping(&mut self, out: &mut Vec<Merged<'a>>) -> Parsed<Option<Fail>> {
        let mut nested = Vec::new();
        let mut first = None;
        loop {
            let item = self.fetch()?;
            if let Event::MappingEnd = item.event {
                break;
            }
            if is_merge_key(&item.event) {
                let value = self.fetch()?;
                if let Some(fail) = self.merge_value(value, false, false, &mut nested)? {
                    first.get_or_insert(fail);
                }
                continue;
            }
            if let Event::Alias(_) = item.event {
                // serde-saphyr looked at these keys while collecting the entries.
                let at = self.in_copy.unwrap_or(item.at);
                first.get_or_insert((at, RECURSIVE_ALIAS.to_string()));
            }
            let outer = self.deferred.take();
            let (key, print) = self.key(item)?;
            let value = self.fetch()?;
            let value = self.node(value)?;
            let problem = std::mem::replace(&mut self.deferred, outer);
            out.push(Merged {
                key,
                value,
                print,
                problem,
            });
        }
        out.append(&mut nested);
        Ok(first)
    }
}

/// `<<` written plain (or tagged `!!merge`) is a merge key; quoted, it is an ordinary key.
fn is_merge_key(event: &Event<'_>) -> bool {
    let Event::Scalar(text, style, _, tag) = event else {
        return false;
    };
    text == "<<"
        && match tag.as_deref() {
            None => *style == ScalarStyle::Plain,
            Some(tag) => TagKind::of(Some(tag)) == TagKind::Merge,
        }
}

/// A tag that only fits another kind of node (`!!str [a]`, `!!seq x`) is refused.
fn check_tag(item: &Item<'_>) -> Parsed<()> {
    let (tag, kind) = match &item.event {
        Event::Scalar(_, _, _, tag) => (tag, scalar::NodeKind::Scalar),
        Event::SequenceStart(_, _, tag) => (tag, scalar::NodeKind::Sequence),
        Event::MappingStart(_, _, tag) => (tag, scalar::NodeKind::Mapping),
        _ => return Ok(()),
    };
    let Some(tag) = tag.as_deref() else {
        return Ok(());
    };
    match scalar::tag_misfit(tag, kind) {
        Some(message) => Err((item.at, message)),
        None => Ok(()),
    }
}

/// A scalar key as text, as serde-saphyr gave it to us: `10` → "10", `yes` → "true", `~` → "null".
fn key_name(value: Value) -> String {
    match value {
        Value::Str(s) => s,
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => "null".to_string(),
    }
}

/// Scalars and tags, resolved as `serde_saphyr` resolved them when deserializing into our `Value` with
/// `deserialize_any` (its default options: YAML 1.1 booleans, no legacy octal, non-finite floats
/// refused). The parsing helpers follow `serde_saphyr::parse_scalars` closely on purpose.
mod scalar {
    use super::Value;
    use granit_parser::{ScalarStyle, Tag};
    use std::borrow::Cow;

    const YAML_NAMESPACE: &str = "tag:yaml.org,2002:";

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum NodeKind {
        Scalar,
        Sequence,
        Mapping,
    }

    /// What a tag means to us.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub(super) enum TagKind {
        None,
        Null,
        Bool,
        Int,
        Float,
        /// `!!str`.
        Str,
        /// `!`: a string, but any node may carry it.
        NonSpecific,
        Binary,
        Timestamp,
        /// `!!time`, `!!degrees`, `!!radians` (serde-saphyr's robotics extras, off).
        Angle,
        Seq,
        Map,
        Merge,
        /// `!!value`: accepted, no meaning.
        ValueKey,
        Include,
        Other,
    }

    impl TagKind {
        pub(super) fn of(tag: Option<&Tag>) -> TagKind {
            let Some(tag) = tag else {
                return TagKind::None;
            };
            if is_include(tag) {
                return TagKind::Include;
            }
            if let Some(kind) = tag.core_suffix().and_then(core_kind) {
                return kind;
            }
            if let Some(name) = tag.suffix_in_namespace(YAML_NAMESPACE) {
                match name.as_ref() {
                    "merge" => return TagKind::Merge,
                    "value" => return TagKind::ValueKey,
                    _ => return named_kind(name.strip_prefix('!').unwrap_or(&name)),
                }
            }
            let Some(name) = tag.suffix_in_namespace("!") else {
                return TagKind::Other;
            };
            match name.as_ref() {
                "" | "!" => TagKind::NonSpecific,
                "!timestamp" => TagKind::Timestamp,
                "!binary" => TagKind::Binary,
                name => match name.strip_prefix('!') {
                    Some(name) => core_kind(name).unwrap_or(TagKind::Other),
                    None => named_kind(name),
                },
            }
        }

        fn requires(self) -> Option<NodeKind> {
            match self {
                TagKind::None | TagKind::NonSpecific | TagKind::Other => None,
                TagKind::Seq => Some(NodeKind::Sequence),
                TagKind::Map => Some(NodeKind::Mapping),
                _ => Some(NodeKind::Scalar),
            }
        }

        /// Tags under which a plain `~`, `null` or empty value is still null.
        fn allows_implicit_null(self) -> bool {
            matches!(
                self,
                TagKind::None
                    | TagKind::Other
                    | TagKind::Merge
                    | TagKind::ValueKey
                    | TagKind::Include
            )
        }
    }

    fn is_include(tag: &Tag) -> bool {
        [
            "!include",
            "tag:yaml.org,2002:include",
            "tag:yaml.org,2002:!include",
        ]
        .iter()
        .any(|prefix| {
            tag.suffix_in_namespace(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('#'))
        })
    }

    fn core_kind(name: &str) -> Option<TagKind> {
        Some(match name {
            "null" => TagKind::Null,
            "bool" => TagKind::Bool,
            "int" => TagKind::Int,
            "float" => TagKind::Float,
            "map" => TagKind::Map,
            "seq" => TagKind::Seq,
            "str" => TagKind::Str,
            _ => return None,
        })
    }

    fn named_kind(name: &str) -> TagKind {
        match name {
            "timestamp" => TagKind::Timestamp,
            "time" | "degrees" | "radians" => TagKind::Angle,
            "binary" => TagKind::Binary,
            "include" => TagKind::Include,
            name => core_kind(name).unwrap_or(TagKind::Other),
        }
    }

    /// The message for a tag that does not fit the node it is on.
    pub(super) fn tag_misfit(tag: &Tag, node: NodeKind) -> Option<String> {
        let kind = TagKind::of(Some(tag));
        match kind.requires() {
            Some(required) if required != node && kind == TagKind::Include => Some(
                "!include currently only supports the scalar form: !include <path>".to_string(),
            ),
            Some(required) if required != node => {
                Some(format!("unsupported tag `{}`", tag.original()))
            }
            _ => None,
        }
    }

    /// Why a scalar has no value.
    #[derive(Debug)]
    pub(super) enum Problem {
        /// Above `i64::MAX`.
        TooLarge(u64),
        /// Does not fit its tag (`!!int x`).
        Invalid(&'static str),
        NonFinite(String),
        Base64,
        BinaryNotUtf8,
        NotAString,
    }

    impl Problem {
        pub(super) fn message(&self) -> String {
            match self {
                Problem::TooLarge(v) => format!("integer {v} is too large"),
                Problem::Invalid(what) => format!("invalid {what}"),
                Problem::NonFinite(text) => format!("`{text}` is not a finite number"),
                Problem::Base64 => "invalid !!binary base64".to_string(),
                Problem::BinaryNotUtf8 => "!!binary scalar is not valid UTF-8 text".to_string(),
                Problem::NotAString => "cannot deserialize tagged scalar into string".to_string(),
            }
        }
    }

    /// `~`, `null` and nothing, written plain, under a tag that allows it (or `!!null`).
    pub(super) fn is_null(text: &str, style: ScalarStyle, kind: TagKind) -> bool {
        kind == TagKind::Null || (kind.allows_implicit_null() && nullish(text, style))
    }

    fn nullish(text: &str, style: ScalarStyle) -> bool {
        style == ScalarStyle::Plain && matches!(text, "" | "~" | "null" | "Null" | "NULL")
    }

    /// The value of a scalar: explicit tags first, then null, then strings (quoted, block, `!!str`),
    /// then a plain scalar's boolean, integer or number reading, else its text.
    pub(super) fn resolve(
        text: Cow<'_, str>,
        style: ScalarStyle,
        kind: TagKind,
    ) -> Result<Value, Problem> {
        match kind {
            TagKind::Null => return Ok(Value::Null),
            TagKind::Bool => {
                return yaml11_bool(&text)
                    .map(Value::Bool)
                    .ok_or(Problem::Invalid("boolean"));
            }
            TagKind::Int => return tagged_int(&text),
            TagKind::Float => {
                let value = float(&text).ok_or(Problem::Invalid("floating point"))?;
                return finite(value, &text);
            }
            TagKind::Angle => return Err(Problem::Invalid("floating point")),
            _ => {}
        }
        if is_null(&text, style, kind) {
            return Ok(Value::Null);
        }
        match kind {
            TagKind::Binary => binary(&text),
            TagKind::Timestamp | TagKind::Seq | TagKind::Map => Err(Problem::NotAString),
            TagKind::Str | TagKind::NonSpecific => Ok(Value::Str(text.into_owned())),
            _ if style != ScalarStyle::Plain => Ok(Value::Str(text.into_owned())),
            _ => plain(text),
        }
    }

    fn plain(text: Cow<'_, str>) -> Result<Value, Problem> {
        // No boolean, integer or number starts with another letter: most words stop here.
        if text
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() && !b"yYnNtTfFoO".contains(&b))
        {
            return Ok(Value::Str(text.into_owned()));
        }
        if let Some(b) = yaml11_bool(&text) {
            return Ok(Value::Bool(b));
        }
        let t = trim(&text);
        if t.starts_with('-') {
            if !leading_zero_decimal(t)
                && let Some(v) = signed(t).and_then(|v| i64::try_from(v).ok())
            {
                return Ok(Value::Int(v));
            }
        } else if let Some(v) = unsigned(t).and_then(|v| u64::try_from(v).ok()) {
            return i64::try_from(v)
                .map(Value::Int)
                .map_err(|_| Problem::TooLarge(v));
        }
        match float(&text) {
            Some(value) => finite(value, &text),
            None => Ok(Value::Str(text.into_owned())),
        }
    }

    fn tagged_int(text: &str) -> Result<Value, Problem> {
        let t = trim(text);
        if t.starts_with('-') {
            let v = signed(t).and_then(|v| i64::try_from(v).ok());
            return v.map(Value::Int).ok_or(Problem::Invalid("i64"));
        }
        let v = unsigned(t)
            .and_then(|v| u64::try_from(v).ok())
            .ok_or(Problem::Invalid("u64"))?;
        i64::try_from(v)
            .map(Value::Int)
            .map_err(|_| Problem::TooLarge(v))
    }

    fn finite(value: f64, text: &str) -> Result<Value, Problem> {
        if value.is_finite() {
            Ok(Value::Float(value))
        } else {
            Err(Problem::NonFinite(text.to_string()))
        }
    }

    /// The padding serde-saphyr ignores around numbers and booleans.
    fn trim(text: &str) -> &str {
        text.trim_matches([' ', '\t', '\r', '\n'])
    }

    /// YAML 1.1 booleans, any case: y, yes, true, on / n, no, false, off.
    fn yaml11_bool(text: &str) -> Option<bool> {
        let t = trim(text);
        // Every spelling is at most five bytes: most scalars are rejected here.
        if t.len() > 5 {
            return None;
        }
        let is = |word: &str| t.eq_ignore_ascii_case(word);
        if is("true") || is("yes") || is("y") || is("on") {
            Some(true)
        } else if is("false") || is("no") || is("n") || is("off") {
            Some(false)
        } else {
            None
        }
    }

    /// `0127`, `+0127`, `-0127`: decimal with a redundant leading zero.
    fn leading_zero_decimal(t: &str) -> bool {
        let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
        digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
    }

    /// `-12`, `+0x1F`, `0o17`, `0b101`, `1_000` as a signed 128-bit integer.
    pub(super) fn signed(t: &str) -> Option<i128> {
        let (negative, rest) = match t.strip_prefix('+') {
            Some(rest) => (false, rest),
            None => match t.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, t),
            },
        };
        let (radix, digits) = radix_and_digits(rest);
        if radix == 10 {
            if digits.starts_with('0') && digits != "0" {
                return None;
            }
            // Accumulated with the sign so that i128::MIN fits.
            return accumulate(digits, 10, |v: i128, d| {
                let v = v.checked_mul(10)?;
                if negative {
                    v.checked_sub(d)
                } else {
                    v.checked_add(d)
                }
            });
        }
        let magnitude = magnitude(digits, radix)?;
        if !negative {
            return i128::try_from(magnitude).ok();
        }
        if magnitude == i128::MAX as u128 + 1 {
            return Some(i128::MIN);
        }
        i128::try_from(magnitude).ok()?.checked_neg()
    }

    /// `12`, `+0x1F`, `0o17`, `0b101`, `1_000` as an unsigned 128-bit integer (no `-`).
    pub(super) fn unsigned(t: &str) -> Option<u128> {
        if t.starts_with('-') {
            return None;
        }
        let rest = t.strip_prefix('+').unwrap_or(t);
        let (radix, digits) = radix_and_digits(rest);
        if radix == 10 && digits.starts_with('0') && digits != "0" {
            return None;
        }
        magnitude(digits, radix)
    }

    fn radix_and_digits(rest: &str) -> (u32, &str) {
        for (prefixes, radix) in [(["0x", "0X"], 16), (["0o", "0O"], 8), (["0b", "0B"], 2)] {
            if let Some(digits) = prefixes.iter().find_map(|p| rest.strip_prefix(p)) {
                return (radix, digits);
            }
        }
        (10, rest)
    }

    fn magnitude(digits: &str, radix: u32) -> Option<u128> {
        accumulate(digits, radix, |v: u128, d| {
            v.checked_mul(u128::from(radix))?.checked_add(d)
        })
    }

    /// Folds the digits of `radix` into a number; `_` may only sit between two digits.
    fn accumulate<T: From<u8> + Default>(
        digits: &str,
        radix: u32,
        step: impl Fn(T, T) -> Option<T>,
    ) -> Option<T> {
        let bytes = digits.as_bytes();
        let mut value = T::default();
        let mut any = false;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'_' {
                let between =
                    i > 0 && bytes[i - 1] != b'_' && bytes.get(i + 1).is_some_and(|&n| n != b'_');
                if !between {
                    return None;
                }
                continue;
            }
            let digit = char::from(b).to_digit(16).filter(|&d| d < radix)?;
            value = step(value, T::from(digit as u8))?;
            any = true;
        }
        any.then_some(value)
    }

    /// YAML 1.2 floats as Rust reads them, `.inf`/`.nan` spellings, and numerals too large for f64
    /// (infinite). Rust's own `inf`/`nan` words stay strings.
    fn float(text: &str) -> Option<f64> {
        let t = trim(text);
        let (negative, unsigned) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        match unsigned {
            ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
            ".inf" | ".Inf" | ".INF" if negative => return Some(f64::NEG_INFINITY),
            ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
            _ => {}
        }
        // Only a numeral can be a finite float or overflow to infinity: skip Rust's parser otherwise.
        let numeral = t
            .strip_prefix(['+', '-'])
            .unwrap_or(t)
            .starts_with(|c: char| c.is_ascii_digit() || c == '.');
        if !numeral {
            return None;
        }
        let value = t.parse::<f64>().ok()?;
        let digit_first = t
            .strip_prefix(['+', '-'])
            .unwrap_or(t)
            .starts_with(|c: char| c.is_ascii_digit());
        (value.is_finite() || (value.is_infinite() && digit_first)).then_some(value)
    }

    /// `!!binary`: base64 (whitespace ignored) of UTF-8 text.
    fn binary(text: &str) -> Result<Value, Problem> {
        let bytes = decode_base64(text).ok_or(Problem::Base64)?;
        String::from_utf8(bytes)
            .map(Value::Str)
            .map_err(|_| Problem::BinaryNotUtf8)
    }

    fn decode_base64(text: &str) -> Option<Vec<u8>> {
        let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        if !clean.len().is_multiple_of(4) {
            return None;
        }
        let chunks = clean.len() / 4;
        let mut out = Vec::with_capacity(chunks * 3);
        for (i, chunk) in clean.chunks_exact(4).enumerate() {
            let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
            if pad > 2 || (pad > 0 && i + 1 != chunks) {
                return None;
            }
            let a = sextet(chunk[0])?;
            let b = sextet(chunk[1])?;
            let c = if pad == 2 { 0 } else { sextet(chunk[2])? };
            let d = if pad >= 1 { 0 } else { sextet(chunk[3])? };
            if (pad == 2 && b & 0x0F != 0) || (pad == 1 && c & 0x03 != 0) {
                return None;
            }
            let triple = (a << 18) | (b << 12) | (c << 6) | d;
            out.push((triple >> 16) as u8);
            if pad < 2 {
                out.push((triple >> 8) as u8);
            }
            if pad == 0 {
                out.push(triple as u8);
            }
        }
        Some(out)
    }

    fn sextet(b: u8) -> Option<u32> {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(u32::from(value))
    }

    /// A key's identity for merges: a merged entry is dropped when the mapping has a key with the
    /// same identity. As serde-saphyr compared keys: integers by value (`0x1` is `1`), other scalars
    /// by text and tag (`"1"` and `1` differ, `yes` and `true` too); list and mapping keys are
    /// refused anyway, so each is its own.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub(super) enum KeyPrint<'a> {
        Int { negative: bool, magnitude: u128 },
        Text(Cow<'a, str>, PrintTag),
        Complex(usize),
    }

    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub(super) enum PrintTag {
        Kind(TagKind),
        Custom(String),
    }

    impl<'a> KeyPrint<'a> {
        pub(super) fn of(
            text: &Cow<'a, str>,
            style: ScalarStyle,
            kind: TagKind,
            tag: Option<&Tag>,
        ) -> KeyPrint<'a> {
            if kind == TagKind::Int || (kind == TagKind::None && style == ScalarStyle::Plain) {
                let t = trim(text);
                let int = if t.starts_with('-') {
                    signed(t).map(|v| (v < 0, v.unsigned_abs()))
                } else {
                    unsigned(t).map(|v| (false, v))
                };
                if let Some((negative, magnitude)) = int {
                    return KeyPrint::Int {
                        negative,
                        magnitude,
                    };
                }
            }
            let tag = match kind {
                TagKind::None if nullish(text, style) => PrintTag::Kind(TagKind::Null),
                TagKind::Other => {
                    PrintTag::Custom(tag.map(ToString::to_string).unwrap_or_default())
                }
                TagKind::None
                | TagKind::NonSpecific
                | TagKind::Str
                | TagKind::Merge
                | TagKind::ValueKey
                | TagKind::Include => PrintTag::Kind(TagKind::Str),
                kind => PrintTag::Kind(kind),
            };
            KeyPrint::Text(text.clone(), tag)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let doc = parse("a: 1\nb:\n  - x\n  - 10: ten\n").unwrap();
        let Value::Map(entries) = doc.value else {
            panic!("not a map")
        };
        assert_eq!(entries[0].0.name, "a");
        assert_eq!(entries[0].1.pos, Pos { line: 1, col: 4 });
        assert_eq!(entries[1].0.pos, Pos { line: 2, col: 1 });
        let Value::Seq(items) = &entries[1].1.value else {
            panic!("not a seq")
        };
        assert_eq!(items[0].pos, Pos { line: 3, col: 5 });
        let Value::Map(inner) = &items[1].value else {
            panic!("not a map")
        };
        assert_eq!(inner[0].0.name, "10");
    }

    #[test]
    fn duplicate_keys_are_kept_for_the_reader_to_report() {
        let doc = parse("a: 1\na: 2\n").unwrap();
        let Value::Map(entries) = doc.value else {
            panic!("not a map")
        };
        let lines: Vec<u64> = entries.iter().map(|(k, _)| k.pos.line).collect();
        assert_eq!(lines, [1, 2]);
    }

    #[test]
    fn syntax_errors_carry_a_position() {
        let (pos, message) = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(pos.line >= 1, "{pos:?}");
        assert!(!message.is_empty());
    }

    fn map(source: &str) -> Vec<(Key, Node)> {
        match parse(source).unwrap().value {
            Value::Map(entries) => entries,
            other => panic!("not a map: {other:?}"),
        }
    }

    fn at(line: u64, col: u64) -> Pos {
        Pos { line, col }
    }

    #[test]
    fn plain_scalars_resolve_as_serde_saphyr_did() {
        let doc = "[~, '', yes, Off, 0x1F, -0o17, 1_000, 007, 1e3, .5, inf, \"1\", !!str 2, ! yes]";
        let Value::Seq(items) = parse(doc).unwrap().value else {
            panic!("not a seq")
        };
        let values: Vec<Value> = items.into_iter().map(|n| n.value).collect();
        assert_eq!(
            values,
            [
                Value::Null,
                Value::Str(String::new()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Int(31),
                Value::Int(-15),
                Value::Int(1000),
                Value::Float(7.0),
                Value::Float(1000.0),
                Value::Float(0.5),
                Value::Str("inf".into()),
                Value::Str("1".into()),
                Value::Str("2".into()),
                Value::Str("yes".into()),
            ]
        );
        let names: Vec<String> = map("y: 1\n~: 2\n0x10: 3\n1.5: 4\n")
            .into_iter()
            .map(|(k, _)| k.name)
            .collect();
        assert_eq!(names, ["true", "null", "16", "1.5"]);
    }

    #[test]
    fn scalar_problems_point_at_the_scalar() {
        let cases = [
            (
                "a: 18446744073709551615\n",
                at(1, 4),
                "integer 18446744073709551615 is too large",
            ),
            ("a: [.inf]\n", at(1, 5), "`.inf` is not a finite number"),
            ("a: !!int x\n", at(1, 10), "invalid u64"),
            ("a: !!str [1]\n", at(1, 10), "unsupported tag `!!str`"),
            (
                "[a]: 1\n",
                at(1, 1),
                "mapping keys must be scalars, found a list",
            ),
        ];
        for (source, pos, message) in cases {
            assert_eq!(parse(source), Err((pos, message.to_string())), "{source}");
        }
    }

    #[test]
    fn an_alias_is_a_copy_placed_at_the_alias() {
        let entries = map("a: &x {k: 1}\nb: *x\n");
        let Value::Map(copy) = &entries[1].1.value else {
            panic!("not a map")
        };
        assert_eq!(entries[1].1.pos, at(2, 4));
        assert_eq!((copy[0].0.pos, copy[0].1.pos), (at(2, 4), at(2, 4)));
        assert_eq!(copy[0].1.value, Value::Int(1));
        let (pos, message) = parse("a: &x [*x]\n").unwrap_err();
        assert_eq!((pos, message.as_str()), (at(1, 8), RECURSIVE_ALIAS));
    }

    #[test]
    fn merge_keys_add_missing_entries_after_the_mapping_own() {
        let entries = map("b: &b {x: 1, w: 2}\nm:\n  <<: *b\n  w: 3\n");
        let Value::Map(m) = &entries[1].1.value else {
            panic!("not a map")
        };
        let got: Vec<(&str, Pos, &Value)> = m
            .iter()
            .map(|(k, v)| (k.name.as_str(), k.pos, &v.value))
            .collect();
        assert_eq!(
            got,
            [
                ("w", at(4, 3), &Value::Int(3)),
                ("x", at(3, 7), &Value::Int(1)),
            ]
        );
        // A merged entry the mapping overrides is never read.
        assert!(parse("m:\n  a: 1\n  <<: {a: .inf}\n").is_ok());
        assert_eq!(
            parse("m:\n  <<: [1]\n"),
            Err((at(2, 8), MERGE_SHAPE.to_string()))
        );
    }

    #[test]
    fn a_second_document_is_refused_at_its_marker() {
        let (pos, message) = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert_eq!(pos, at(2, 1));
        assert!(message.contains("second one starts here"), "{message}");
        assert_eq!(parse("# nothing\n").unwrap().value, Value::Null);
    }

    #[test]
    fn deep_nesting_and_alias_bombs_are_refused_cleanly() {
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        let (pos, message) = parse(&deep).unwrap_err();
        assert_eq!(pos, at(1, 65));
        assert_eq!(
            message,
            "the document is nested too deeply (limit: 64 levels)"
        );

        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..8 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let (_, message) = parse(&bomb).unwrap_err();
        assert!(
            message.starts_with("the document is too large"),
            "{message}"
        );
    }
}
