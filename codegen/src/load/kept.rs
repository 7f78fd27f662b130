//! Status-dependent task fields: `video_url: {paths: [fail_reason], when: [completed]}` keeps what the
//! paths read only on a task in one of the listed statuses (the plain list form keeps the defaults).

use super::Loader;
use crate::model::{StatusStepDef, TaskField, TaskStatus};
use crate::reader::{At, MapReader};
use crate::yaml::{Node, Value};

/// One field's `when:` as written, checked once the status steps are known.
pub(super) struct KeptWhen {
    pub field: TaskField,
    pub statuses: Vec<At<TaskStatus>>,
    /// The `when` key, for messages about the list as a whole.
    pub at: At<()>,
    /// How many statuses were written (some may have been refused already).
    pub written: usize,
}

impl Loader {
    /// A task field's paths: a path, a list of paths, or `{paths: [...], when: [statuses]}`.
    pub(super) fn read_task_field(
        &mut self,
        map: &mut MapReader,
        field: TaskField,
        when: &mut Vec<KeptWhen>,
    ) -> Vec<String> {
        let key = field.key();
        let Some(node) = map.get(key) else {
            return Vec::new();
        };
        let Value::Map(_) = &node.value else {
            return self.read_path_list(node, key);
        };
        let Some(mut inner) = MapReader::new(node, &format!("`{key}`"), &mut self.diags) else {
            return Vec::new();
        };
        let paths = inner.require("paths");
        let statuses = inner.require("when");
        let when_pos = inner.key_pos("when").unwrap_or(node.pos);
        inner.finish(&mut self.diags);
        let paths = paths
            .map(|p| self.read_path_list(p, key))
            .unwrap_or_default();
        if let Some(list) = statuses {
            let written = match &list.value {
                Value::Seq(items) => items.len(),
                _ => 1,
            };
            let statuses = self.read_statuses(list, key);
            when.push(KeptWhen {
                field,
                statuses,
                at: At::new(when_pos, ()),
                written,
            });
        }
        paths
    }

    fn read_statuses(&mut self, node: &Node, key: &str) -> Vec<At<TaskStatus>> {
        let words = crate::reader::string_list(node, &format!("{key}.when"), &mut self.diags);
        let mut out: Vec<At<TaskStatus>> = Vec::new();
        for word in words {
            let Some(status) = self.status(&word) else {
                continue;
            };
            if out.iter().any(|s| s.value == status) {
                self.error(word.pos, format!("`{status}` is listed twice in `when`"));
                continue;
            }
            out.push(At::new(word.pos, status));
        }
        out
    }

    /// Checks each `when:` against what it can mean: a status the steps can decide, and one the field
    /// is kept on at all (error text only on tasks that ended badly; a video URL needs `completed`).
    pub(super) fn check_kept(
        &mut self,
        when: Vec<KeptWhen>,
        steps: &[StatusStepDef],
    ) -> Vec<(TaskField, Vec<TaskStatus>)> {
        let mut out = Vec::new();
        for KeptWhen {
            field,
            statuses,
            at,
            written,
        } in when
        {
            let key = field.key();
            if written == 0 {
                self.error(
                    at.pos,
                    format!("`{key}.when` lists no status, so `{key}` would never be read"),
                );
                continue;
            }
            if statuses.len() != written {
                continue; // a refused status was reported where it is written
            }
            let mut ok = true;
            for status in &statuses {
                let allowed = field
                    .default_when()
                    .is_none_or(|only| only.contains(&&status.value));
                if !allowed {
                    ok = false;
                    self.error(
                        status.pos,
                        format!(
                            "`{key}` is never kept on a {} task (error text belongs to failed, \
                             cancelled and expired tasks)",
                            status.value
                        ),
                    );
                } else if !decidable(steps, &status.value) {
                    ok = false;
                    self.error(
                        status.pos,
                        format!(
                            "`{key}.when` names `{}`, but no status step of this mapping can decide it",
                            status.value
                        ),
                    );
                }
            }
            if field == TaskField::VideoUrl
                && !statuses.iter().any(|s| s.value == TaskStatus::Completed)
            {
                ok = false;
                self.error(
                    at.pos,
                    "`video_url.when` must include `completed`: a video URL is only fetched from a \
                     completed task",
                );
            }
            if ok {
                out.push((field, statuses.into_iter().map(|s| s.value).collect()));
            }
        }
        out
    }
}

/// True when some step can make the task `status`: a word step any (a word naming a status is that
/// status), a `then:` step its own; `unknown` always (when no step decides).
fn decidable(steps: &[StatusStepDef], status: &TaskStatus) -> bool {
    matches!(status, TaskStatus::Unknown(_))
        || steps.iter().any(|step| match step {
            StatusStepDef::Word { .. } => true,
            StatusStepDef::When { then, .. } => then == status,
        })
}
