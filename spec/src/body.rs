//! Where a body param goes: a param named by a dotted path (`input.prompt`) sits inside objects
//! (`{"input": {"prompt": ...}}`). One layout rule for the generator (which writes a typed request's
//! serialization from it) and the runtime (which lays out a request of a spec loaded at run time): a
//! group sits where its first member does, members in the order they were added.

/// Entries placed by dotted name, in order: each key holds a value or a group of nested entries.
#[derive(Debug, Clone)]
pub struct Tree<'a, T>(Vec<(&'a str, Node<'a, T>)>);

/// One key of a [`Tree`].
#[derive(Debug, Clone)]
pub enum Node<'a, T> {
    /// A value.
    Leaf(T),
    /// An object of nested entries.
    Group(Tree<'a, T>),
}

impl<T> Default for Tree<'_, T> {
    fn default() -> Self {
        Tree(Vec::new())
    }
}

impl<'a, T> Tree<'a, T> {
    /// Places `value` at the dotted `name` (`a.b.c` → group `a`, group `b`, key `c`).
    pub fn push(&mut self, name: &'a str, value: T) {
        match name.split_once('.') {
            None => self.0.push((name, Node::Leaf(value))),
            Some((head, rest)) => {
                let at = self
                    .0
                    .iter()
                    .position(|(key, node)| *key == head && matches!(node, Node::Group(_)));
                let at = at.unwrap_or_else(|| {
                    self.0.push((head, Node::Group(Tree::default())));
                    self.0.len() - 1
                });
                if let Node::Group(group) = &mut self.0[at].1 {
                    group.push(rest, value);
                }
            }
        }
    }

    /// The keys of this level, in order.
    pub fn entries(&self) -> &[(&'a str, Node<'a, T>)] {
        &self.0
    }

    /// Every value under this level, depth first, in order.
    pub fn leaves(&self) -> Vec<&T> {
        self.0
            .iter()
            .flat_map(|(_, node)| match node {
                Node::Leaf(value) => vec![value],
                Node::Group(group) => group.leaves(),
            })
            .collect()
    }
}

/// True when the dotted `name` sits inside the object at `group` (`input.prompt` inside `input`).
pub fn is_inside(name: &str, group: &str) -> bool {
    name.len() > group.len() && name.starts_with(group) && name.as_bytes()[group.len()] == b'.'
}

/// True for a dotted name with a segment missing (`a..b`, `.a`, `a.`).
pub fn has_empty_segment(name: &str) -> bool {
    name.contains('.') && name.split('.').any(str::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_sit_where_their_first_member_does() {
        let mut tree = Tree::default();
        for name in [
            "model",
            "input.prompt",
            "callback",
            "input.opts.seed",
            "input.images",
        ] {
            tree.push(name, name);
        }
        let keys: Vec<&str> = tree.entries().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["model", "input", "callback"]);
        assert_eq!(
            tree.leaves(),
            [
                &"model",
                &"input.prompt",
                &"input.opts.seed",
                &"input.images",
                &"callback"
            ]
        );
    }
}
