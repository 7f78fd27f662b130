//! Reading located YAML nodes into spec values, reporting every shape problem.
//!
//! Each mapping is read through a `MapReader`: keys the loader asks for are marked used, and `finish`
//! reports the rest as unknown keys with a "did you mean" hint.

use crate::diag::Diagnostics;
use crate::names::suggest;
use crate::yaml::{Key, Node, Pos, Value};

/// A value with the position it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct At<T> {
    pub pos: Pos,
    pub value: T,
}

impl<T> At<T> {
    pub fn new(pos: Pos, value: T) -> Self {
        At { pos, value }
    }
}

pub struct MapReader<'a> {
    pub pos: Pos,
    what: String,
    entries: &'a [(Key, Node)],
    used: Vec<bool>,
    asked: Vec<&'static str>,
    /// Required keys found missing, reported by `finish` (a misspelt one is reported once, as the
    /// unknown key with its suggestion, not a second time as missing).
    missing: Vec<&'static str>,
}

impl<'a> MapReader<'a> {
    /// Reads `node` as a mapping; reports duplicate keys. `what` names it in messages ("operation `create`").
    pub fn new(node: &'a Node, what: &str, diags: &mut Diagnostics) -> Option<MapReader<'a>> {
        let Value::Map(entries) = &node.value else {
            diags.error(
                node.pos,
                format!("{what} must be a mapping, found {}", node.value.kind()),
            );
            return None;
        };
        report_duplicates(entries, what, diags);
        Some(MapReader {
            pos: node.pos,
            what: what.to_string(),
            entries,
            used: vec![false; entries.len()],
            asked: Vec::new(),
            missing: Vec::new(),
        })
    }

    /// The node under `key`, if present.
    pub fn get(&mut self, key: &'static str) -> Option<&'a Node> {
        self.asked.push(key);
        let index = self.entries.iter().position(|(k, _)| k.name == key)?;
        self.used[index] = true;
        Some(&self.entries[index].1)
    }

    /// Reports missing keys at `pos`, the key that holds this mapping (`provider:`), instead of at the
    /// mapping's first entry, which is not what is wrong. `None` keeps the mapping's own position.
    pub fn owned_by(mut self, pos: Option<Pos>) -> Self {
        if let Some(pos) = pos {
            self.pos = pos;
        }
        self
    }

    /// Where `key` itself is written, if present.
    pub fn key_pos(&self, key: &str) -> Option<Pos> {
        self.entries
            .iter()
            .find(|(k, _)| k.name == key)
            .map(|(k, _)| k.pos)
    }

    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| k.name == key)
    }

    /// A required key: its absence is reported by `finish`, which every reader calls.
    pub fn require(&mut self, key: &'static str) -> Option<&'a Node> {
        let node = self.get(key);
        if node.is_none() {
            self.missing.push(key);
        }
        node
    }

    pub fn string(&mut self, key: &'static str, diags: &mut Diagnostics) -> Option<At<String>> {
        self.get(key).and_then(|n| string(n, key, diags))
    }

    pub fn required_string(
        &mut self,
        key: &'static str,
        diags: &mut Diagnostics,
    ) -> Option<At<String>> {
        self.require(key).and_then(|n| string(n, key, diags))
    }

    pub fn bool(&mut self, key: &'static str, diags: &mut Diagnostics) -> Option<bool> {
        let node = self.get(key)?;
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                diags.error(
                    node.pos,
                    format!("`{key}` must be true or false, found {}", node.value.kind()),
                );
                None
            }
        }
    }

    pub fn number(&mut self, key: &'static str, diags: &mut Diagnostics) -> Option<At<f64>> {
        let node = self.get(key)?;
        match node.value {
            Value::Int(i) => Some(At::new(node.pos, i as f64)),
            Value::Float(f) => Some(At::new(node.pos, f)),
            _ => {
                diags.error(
                    node.pos,
                    format!("`{key}` must be a number, found {}", node.value.kind()),
                );
                None
            }
        }
    }

    pub fn count(&mut self, key: &'static str, diags: &mut Diagnostics) -> Option<At<u64>> {
        let node = self.get(key)?;
        match node.value {
            Value::Int(i) if i >= 0 => Some(At::new(node.pos, i as u64)),
            _ => {
                diags.error(node.pos, format!("`{key}` must be a non-negative integer"));
                None
            }
        }
    }

    /// Every entry, for readers of open maps (params, types, operations). A repeated key was already
    /// reported by `new`; only its first definition is returned, so the repeat causes no follow-on errors.
    pub fn entries(&self) -> Vec<&'a (Key, Node)> {
        let entries = self.entries;
        entries
            .iter()
            .enumerate()
            .filter(|(i, (key, _))| !entries[..*i].iter().any(|(k, _)| k.name == key.name))
            .map(|(_, entry)| entry)
            .collect()
    }

    /// Reports every key nobody asked for, and every required key that is missing (unless an
    /// unknown key was reported as its misspelling).
    pub fn finish(mut self, diags: &mut Diagnostics) {
        for (i, ((key, _), used)) in self.entries.iter().zip(&self.used).enumerate() {
            // A repeated key was reported as a duplicate by `new`: not a second time as unknown.
            let repeated = self.entries[..i].iter().any(|(k, _)| k.name == key.name);
            if *used || repeated {
                continue;
            }
            let suggestion = suggest(&key.name, self.asked.iter().copied());
            let hint = suggestion
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_else(|| format!("; expected one of: {}", self.asked.join(", ")));
            diags.error(
                key.pos,
                format!("unknown key `{}` in {}{hint}", key.name, self.what),
            );
            self.missing.retain(|m| Some(*m) != suggestion);
        }
        for key in &self.missing {
            diags.error(self.pos, format!("{} is missing `{key}`", self.what));
        }
    }
}

fn report_duplicates(entries: &[(Key, Node)], what: &str, diags: &mut Diagnostics) {
    for (i, (key, _)) in entries.iter().enumerate() {
        if let Some((first, _)) = entries[..i].iter().find(|(k, _)| k.name == key.name) {
            diags.error(
                key.pos,
                format!(
                    "duplicate key `{}` in {what} (first defined at line {})",
                    key.name, first.pos.line
                ),
            );
        }
    }
}

/// A string scalar. Plain numbers are taken as their text, since YAML reads `16:9`-like values oddly.
pub fn string(node: &Node, key: &str, diags: &mut Diagnostics) -> Option<At<String>> {
    match &node.value {
        Value::Str(s) => Some(At::new(node.pos, s.clone())),
        Value::Int(i) => Some(At::new(node.pos, i.to_string())),
        Value::Float(f) => Some(At::new(node.pos, f.to_string())),
        other => {
            diags.error(
                node.pos,
                format!("`{key}` must be a string, found {}", other.kind()),
            );
            None
        }
    }
}

/// One string or a list of strings (`[a, b]` or `a`).
pub fn string_list(node: &Node, key: &str, diags: &mut Diagnostics) -> Vec<At<String>> {
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|item| string(item, key, diags))
            .collect(),
        _ => string(node, key, diags).into_iter().collect(),
    }
}

/// A scalar literal of the spec (defaults, enum values, rule values).
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Str(String),
    Int(i64),
    Num(f64),
    Bool(bool),
}

impl Literal {
    pub fn text(&self) -> String {
        match self {
            Literal::Str(s) => s.clone(),
            Literal::Int(i) => i.to_string(),
            Literal::Num(n) => n.to_string(),
            Literal::Bool(b) => b.to_string(),
        }
    }

    /// True for an integer literal (`720`, not `"720"`).
    pub fn is_int(&self) -> bool {
        matches!(self, Literal::Int(_))
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Literal::Int(i) => Some(*i as f64),
            Literal::Num(n) => Some(*n),
            _ => None,
        }
    }
}

pub fn literal(node: &Node, key: &str, diags: &mut Diagnostics) -> Option<At<Literal>> {
    let value = match &node.value {
        Value::Str(s) => Literal::Str(s.clone()),
        Value::Int(i) => Literal::Int(*i),
        Value::Float(f) => Literal::Num(*f),
        Value::Bool(b) => Literal::Bool(*b),
        other => {
            diags.error(
                node.pos,
                format!(
                    "`{key}` must be a string, number or boolean, found {}",
                    other.kind()
                ),
            );
            return None;
        }
    };
    Some(At::new(node.pos, value))
}

/// One literal or a list of literals.
pub fn literal_list(node: &Node, key: &str, diags: &mut Diagnostics) -> Vec<At<Literal>> {
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|item| literal(item, key, diags))
            .collect(),
        _ => literal(node, key, diags).into_iter().collect(),
    }
}
