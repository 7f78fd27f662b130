//! Spec problems, collected rather than thrown: one build reports all of them.

use crate::yaml::Pos;
use std::fmt;

/// One problem at one place: prints as `specs/file.yaml:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.pos.line, self.pos.col, self.message
        )
    }
}

/// The problems found in one spec file, in the order they were found.
#[derive(Debug, Default)]
pub struct Diagnostics {
    file: String,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(file: impl Into<String>) -> Self {
        Diagnostics {
            file: file.into(),
            items: Vec::new(),
        }
    }

    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.items.push(Diagnostic {
            file: self.file.clone(),
            pos,
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The problems sorted by position, so output reads top to bottom.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_key(|d| d.pos);
        self.items
    }
}
