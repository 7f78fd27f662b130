//! `response.task`: how a reply maps onto the normalized task.

use super::Loader;
use crate::model::{PathTestDef, StatusStepDef, TaskDef, TaskField, TaskStatus, TimeForm};
use crate::reader::{At, MapReader, literal};
use crate::yaml::{Node, Pos, Value};

impl Loader {
    pub(super) fn read_task(&mut self, node: &Node, times: &[(String, TimeForm)]) -> TaskDef {
        let Some(mut map) = MapReader::new(node, "`task`", &mut self.diags) else {
            return TaskDef::default();
        };
        let id = self.read_paths(&mut map, "id");
        let status = map
            .get("status")
            .map(|n| self.read_status(n))
            .unwrap_or_default();
        let mut when = Vec::new();
        let progress = self.read_task_field(&mut map, TaskField::Progress, &mut when);
        let video_url = self.read_task_field(&mut map, TaskField::VideoUrl, &mut when);
        let error = self.read_task_field(&mut map, TaskField::Error, &mut when);
        let error_code = self.read_task_field(&mut map, TaskField::ErrorCode, &mut when);
        let created_at = self.read_moments(&mut map, "created_at", times);
        let finished_at = self.read_moments(&mut map, "finished_at", times);
        let links = map
            .get("links")
            .map(|n| self.read_links(n))
            .unwrap_or_default();
        map.finish(&mut self.diags);
        let when = self.check_kept(when, &status);
        TaskDef {
            id,
            status,
            progress,
            video_url,
            error,
            error_code,
            links,
            created_at,
            finished_at,
            when,
        }
    }

    /// `links:`: URLs the reply hands back, by snake_case name, each with its paths.
    fn read_links(&mut self, node: &Node) -> Vec<(String, Vec<String>)> {
        let Some(map) = MapReader::new(node, "`links`", &mut self.diags) else {
            return Vec::new();
        };
        let mut links = Vec::new();
        for (key, value) in map.entries() {
            if !crate::names::is_snake_ident(&key.name) {
                self.error(
                    key.pos,
                    format!("link name `{}` must be snake_case", key.name),
                );
            }
            let paths = crate::reader::string_list(value, "links", &mut self.diags);
            for path in &paths {
                self.check_path(path);
            }
            links.push((
                key.name.clone(),
                paths.into_iter().map(|p| p.value).collect(),
            ));
        }
        links
    }

    fn read_status(&mut self, node: &Node) -> Vec<StatusStepDef> {
        let Value::Seq(steps) = &node.value else {
            self.error(
                node.pos,
                format!(
                    "`status` must be a list of steps (`word:` or `when:`/`then:`), found {}",
                    node.value.kind()
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            let Some(parsed) = self.read_status_step(step) else {
                continue;
            };
            let unconditional = matches!(parsed, StatusStepDef::When { test: None, .. });
            out.push(parsed);
            if unconditional && i + 1 < steps.len() {
                self.error(
                    steps[i + 1].pos,
                    "this status step is never reached: the step before it always decides",
                );
            }
        }
        out
    }

    fn read_status_step(&mut self, node: &Node) -> Option<StatusStepDef> {
        let mut map = MapReader::new(node, "a status step", &mut self.diags)?;
        let word = map.string("word", &mut self.diags);
        let words = map.get("map");
        let when = map.get("when");
        let when_key = map.key_pos("when");
        let then = map.string("then", &mut self.diags);
        let message = map.string("message", &mut self.diags).map(|m| m.value);
        map.finish(&mut self.diags);
        if let Some(path) = word {
            if then.is_some() || when.is_some() {
                self.error(
                    node.pos,
                    "a status step is either `word:` + `map:` or `when:` + `then:`, not both",
                );
            }
            self.check_path(&path);
            let Some(words) = words else {
                self.error(
                    node.pos,
                    "a `word` status step needs a `map` of vendor words to statuses",
                );
                return None;
            };
            let words = MapReader::new(words, "`map`", &mut self.diags)?;
            let mut pairs = Vec::new();
            for (key, value) in words.entries() {
                let Some(target) = crate::reader::string(value, &key.name, &mut self.diags) else {
                    continue;
                };
                if let Some(status) = self.status(&target) {
                    pairs.push((key.name.clone(), status));
                }
            }
            return Some(StatusStepDef::Word {
                path: path.value,
                map: pairs,
            });
        }
        if words.is_some() {
            self.error(node.pos, "`map` belongs to a `word` status step");
        }
        let Some(then) = then else {
            self.error(
                node.pos,
                "a status step needs `word:` (read a status word) or `then:` (a fixed status)",
            );
            return None;
        };
        let then = self.status(&then)?;
        let test = when.and_then(|w| self.read_path_test(w, when_key));
        if when.is_some() && test.is_none() {
            return None;
        }
        Some(StatusStepDef::When {
            test,
            then,
            message,
        })
    }

    /// A normalized status a spec may map to (not `unknown`: that is what unmapped words become).
    pub(super) fn status(&mut self, word: &At<String>) -> Option<TaskStatus> {
        let mappable = TaskStatus::mappable();
        let found = mappable.iter().find(|s| s.as_str() == word.value).cloned();
        if found.is_none() {
            let names: Vec<&str> = mappable.iter().map(TaskStatus::as_str).collect();
            let hint = crate::names::suggest(&word.value, names.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.error(
                word.pos,
                format!(
                    "unknown status `{}`: expected one of {}{hint}",
                    word.value,
                    names.join(", ")
                ),
            );
        }
        found
    }

    /// A `when:` test: one `{path, ...}` mapping, or a list of them that must all hold.
    fn read_path_test(&mut self, node: &Node, key: Option<Pos>) -> Option<PathTestDef> {
        let Value::Seq(items) = &node.value else {
            return self.read_one_path_test(node, key);
        };
        if items.is_empty() {
            self.error(
                key.unwrap_or(node.pos),
                "a `when` list needs at least one test (drop `when` for a step that always decides)",
            );
            return None;
        }
        let mut tests = Vec::new();
        for item in items {
            if let Value::Seq(_) = item.value {
                self.error(
                    item.pos,
                    "an item of a `when` list is one `{path: ...}` test, not a list",
                );
                continue;
            }
            tests.extend(self.read_one_path_test(item, None));
        }
        // Every item must read: a list missing a test would hold more often than the spec says.
        (tests.len() == items.len()).then_some(PathTestDef::All(tests))
    }

    fn read_one_path_test(&mut self, node: &Node, key: Option<Pos>) -> Option<PathTestDef> {
        let mut map = MapReader::new(node, "`when`", &mut self.diags)?.owned_by(key);
        let path = map.required_string("path", &mut self.diags);
        let present = map.bool("present", &mut self.diags);
        let null = map.bool("is_null", &mut self.diags);
        let missing = map.bool("missing", &mut self.diags);
        let equals = map
            .get("equals")
            .and_then(|n| literal(n, "equals", &mut self.diags));
        map.finish(&mut self.diags);
        for (name, value) in [("is_null", null), ("missing", missing)] {
            if value == Some(false) {
                self.error(
                    node.pos,
                    format!(
                        "`{name}: false` is not a test: write `{name}: true`, or `present: true` for a value"
                    ),
                );
                return None;
            }
        }
        let path = path?;
        self.check_path(&path);
        match (present, null, missing, equals) {
            (Some(true), None, None, None) => Some(PathTestDef::Present(path.value)),
            (Some(false), None, None, None) => Some(PathTestDef::Absent(path.value)),
            (None, Some(true), None, None) => Some(PathTestDef::Null(path.value)),
            (None, None, Some(true), None) => Some(PathTestDef::Missing(path.value)),
            (None, None, None, Some(value)) => Some(PathTestDef::Equals(path.value, value.value)),
            _ => {
                self.error(
                    node.pos,
                    "`when` needs exactly one of `present: true|false`, `is_null: true`, `missing: true` \
                     or `equals: value`",
                );
                None
            }
        }
    }
}
