//! `rules:`: one optional condition and exactly one check per rule.

use super::Loader;
use crate::model::{CheckDef, ConditionDef, RuleDef, Then};
use crate::reader::{MapReader, literal, literal_list, string_list};
use crate::yaml::{Node, Pos, Value};

const CHECKS: [&str; 9] = [
    "fixed",
    "forbidden",
    "required",
    "range",
    "items",
    "allowed",
    "exclusive",
    "one_of",
    "precedence",
];

impl Loader {
    pub(super) fn read_rules(&mut self, node: &Node) -> Vec<RuleDef> {
        let Value::Seq(items) = &node.value else {
            self.error(
                node.pos,
                format!("`rules` must be a list, found {}", node.value.kind()),
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| self.read_rule(item))
            .collect()
    }

    fn read_rule(&mut self, node: &Node) -> Option<RuleDef> {
        let mut map = MapReader::new(node, "a rule", &mut self.diags)?;
        let mut when = Vec::new();
        if let Some(cond) = map.get("when")
            && let Some(cond_map) = MapReader::new(cond, "`when`", &mut self.diags)
        {
            for (key, values) in cond_map.entries() {
                self.note_spot(node.pos, "when", &key.name, key.pos);
                let any_of = literal_list(values, &key.name, &mut self.diags)
                    .into_iter()
                    .map(|v| v.value)
                    .collect();
                when.push(ConditionDef::Equals {
                    field: key.name.clone(),
                    any_of,
                });
            }
        }
        if let Some(set) = map.get("when_set") {
            for field in string_list(set, "when_set", &mut self.diags) {
                self.note_spot(node.pos, "when", &field.value, field.pos);
                when.push(ConditionDef::Set(field.value));
            }
        }
        let message = map.string("message", &mut self.diags).map(|m| m.value);
        let (then, then_pos) = self.read_then(&mut map, node.pos);
        let present: Vec<&'static str> = CHECKS.into_iter().filter(|c| map.has(c)).collect();
        if present.len() != 1 {
            let found = if present.is_empty() {
                "none".to_string()
            } else {
                present.join(", ")
            };
            self.error(
                node.pos,
                format!(
                    "a rule needs exactly one check ({}); found {found}",
                    CHECKS.join(", ")
                ),
            );
        }
        let check = present.first().and_then(|key| {
            let value = map.get(key)?;
            self.read_check(node.pos, key, value)
        });
        // Ask for the remaining check keys so they are not reported twice as unknown.
        for key in CHECKS {
            let _ = map.get(key);
        }
        map.finish(&mut self.diags);
        let check = check?;
        if let Some(msg) = then_misfit(then, &check) {
            self.error(then_pos, msg);
        }
        Some(RuleDef {
            pos: node.pos,
            when,
            check,
            message,
            then,
            then_pos,
        })
    }

    /// `then: reject | warn | drop` (default `reject`), and where it was said.
    fn read_then(&mut self, map: &mut MapReader, rule: Pos) -> (Then, Pos) {
        let Some(word) = map.string("then", &mut self.diags) else {
            return (Then::Reject, rule);
        };
        match Then::parse(&word.value) {
            Some(then) => (then, word.pos),
            None => {
                let words: Vec<&str> = Then::ALL.iter().map(|t| t.as_str()).collect();
                let hint = crate::names::suggest(&word.value, words.iter().copied())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let msg = format!(
                    "`then` must be one of {}, found `{}`{hint}",
                    words.join(", "),
                    word.value
                );
                self.error(word.pos, msg);
                (Then::Reject, word.pos)
            }
        }
    }

    /// Reads the check `key` of the rule at `rule`; field names are noted so later checks point at them.
    fn read_check(&mut self, rule: Pos, key: &str, node: &Node) -> Option<CheckDef> {
        let names = |this: &mut Self| -> Vec<String> {
            string_list(node, key, &mut this.diags)
                .into_iter()
                .map(|s| {
                    this.note_spot(rule, "check", &s.value, s.pos);
                    s.value
                })
                .collect()
        };
        Some(match key {
            "forbidden" => CheckDef::Forbidden(names(self)),
            "required" => CheckDef::Required(names(self)),
            "exclusive" => {
                let fields = names(self);
                CheckDef::Exclusive(self.at_least_two(node, key, fields)?)
            }
            "one_of" => {
                let fields = names(self);
                CheckDef::OneOf(self.at_least_two(node, key, fields)?)
            }
            "precedence" => {
                let fields = names(self);
                CheckDef::Precedence(self.at_least_two(node, key, fields)?)
            }
            "fixed" => {
                let (field, value) = self.single_entry(rule, node, key)?;
                let value = literal(value, key, &mut self.diags)?.value;
                CheckDef::Fixed { field, value }
            }
            "allowed" => {
                let (field, values) = self.single_entry(rule, node, key)?;
                let values = literal_list(values, key, &mut self.diags)
                    .into_iter()
                    .map(|v| v.value)
                    .collect();
                CheckDef::Allowed { field, values }
            }
            "range" => {
                let (field, bounds) = self.single_entry(rule, node, key)?;
                let mut b = MapReader::new(bounds, "`range`", &mut self.diags)?;
                let min = b.number("min", &mut self.diags).map(|m| m.value);
                let max = b.number("max", &mut self.diags).map(|m| m.value);
                b.finish(&mut self.diags);
                if min.is_none() && max.is_none() {
                    self.error(bounds.pos, "`range` needs `min`, `max` or both");
                }
                CheckDef::Range { field, min, max }
            }
            "items" => {
                let (field, bounds) = self.single_entry(rule, node, key)?;
                let mut b = MapReader::new(bounds, "`items`", &mut self.diags)?;
                let min = b.count("min", &mut self.diags).map(|m| m.value);
                let max = b.count("max", &mut self.diags).map(|m| m.value);
                b.finish(&mut self.diags);
                if min.is_none() && max.is_none() {
                    self.error(bounds.pos, "`items` needs `min`, `max` or both");
                }
                CheckDef::Items { field, min, max }
            }
            _ => return None,
        })
    }

    /// `check: {field: value}` with one field.
    fn single_entry<'n>(
        &mut self,
        rule: Pos,
        node: &'n Node,
        key: &str,
    ) -> Option<(String, &'n Node)> {
        let Value::Map(entries) = &node.value else {
            self.error(
                node.pos,
                format!(
                    "`{key}` must be a mapping `{{field: ...}}`, found {}",
                    node.value.kind()
                ),
            );
            return None;
        };
        if entries.len() != 1 {
            self.error(
                node.pos,
                format!("`{key}` must name exactly one field (write one rule per field)"),
            );
            return None;
        }
        let (field, value) = &entries[0];
        self.note_spot(rule, "check", &field.name, field.pos);
        Some((field.name.clone(), value))
    }

    fn at_least_two(&mut self, node: &Node, key: &str, names: Vec<String>) -> Option<Vec<String>> {
        if names.len() < 2 {
            self.error(node.pos, format!("`{key}` needs at least two fields"));
            return None;
        }
        Some(names)
    }
}

/// Why `then` means nothing on `check`, if it does not: `drop` needs a field the rule finds wrong to
/// leave out, and a vendor that takes two exclusive fields ignores one, which `precedence` says.
fn then_misfit(then: Then, check: &CheckDef) -> Option<String> {
    match (then, check) {
        (Then::Drop, CheckDef::Required(_) | CheckDef::OneOf(_) | CheckDef::Exclusive(_)) => {
            let name = match check {
                CheckDef::Required(_) => "required",
                CheckDef::OneOf(_) => "one_of",
                _ => "exclusive",
            };
            Some(format!(
                "`then: drop` leaves out the fields a rule finds wrong, and `{name}` names none \
                 it could leave out; use `warn` or `reject`"
            ))
        }
        (Then::Warn, CheckDef::Exclusive(_)) => Some(
            "`then: warn` on `exclusive`: a vendor that takes both fields ignores one; say which \
             with `precedence` (the first set wins)"
                .to_string(),
        ),
        _ => None,
    }
}
