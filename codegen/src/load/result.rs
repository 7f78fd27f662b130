//! `result:`: the ordered sources of the finished video, checked against the operations and the
//! links the replies hand back.

use super::Loader;
use crate::model::{OperationDef, ResultSourceDef, Role};
use crate::reader::MapReader;
use crate::yaml::{Node, Pos, Value};

impl Loader {
    /// Reads the list; every source must be able to give a video (an operation that exists, takes the
    /// task id and returns a file or a video URL; a link some reply hands back), and none twice.
    pub(super) fn read_result(
        &mut self,
        node: &Node,
        operations: &[OperationDef],
    ) -> Vec<ResultSourceDef> {
        let Value::Seq(items) = &node.value else {
            self.error(
                node.pos,
                format!(
                    "`result` must be a list of sources (`video_url`, `operation: NAME`, \
                     `link: NAME`), found {}",
                    node.value.kind()
                ),
            );
            return Vec::new();
        };
        let mut sources: Vec<ResultSourceDef> = Vec::new();
        for item in items {
            let Some(source) = self.read_source(item, operations) else {
                continue;
            };
            if sources.contains(&source) {
                self.error(item.pos, "this source is listed twice in `result`");
                continue;
            }
            sources.push(source);
        }
        if items.is_empty() {
            self.error(
                node.pos,
                "`result` is empty: leave it out for the default (the video URL, then the content operation)",
            );
        }
        sources
    }

    fn read_source(&mut self, node: &Node, ops: &[OperationDef]) -> Option<ResultSourceDef> {
        if let Value::Str(word) = &node.value {
            if word != "video_url" {
                self.error(
                    node.pos,
                    format!(
                        "unknown result source `{word}`: expected `video_url`, `operation: NAME` \
                         or `link: NAME`"
                    ),
                );
                return None;
            }
            // The task's URL comes from the replies that describe the task, not from a result call.
            let describes_task = |op: &&OperationDef| {
                matches!(op.role, Role::Create | Role::Query | Role::BatchQuery)
            };
            let mapped = ops
                .iter()
                .filter(describes_task)
                .any(|op| task_maps(op, |t| !t.video_url.is_empty()));
            if !mapped {
                self.error(
                    node.pos,
                    "source `video_url` can never apply: no create or query reply maps a `video_url`",
                );
                return None;
            }
            return Some(ResultSourceDef::VideoUrl);
        }
        let mut map = MapReader::new(node, "a result source", &mut self.diags)?;
        let operation = map.string("operation", &mut self.diags);
        let link = map.string("link", &mut self.diags);
        let read = map.string("read", &mut self.diags);
        let read_pos = map.key_pos("read");
        let video_url = self.read_paths(&mut map, "video_url");
        let video_url_pos = map.key_pos("video_url");
        let key = map.bool("key", &mut self.diags);
        let key_pos = map.key_pos("key");
        map.finish(&mut self.diags);
        match (operation, link) {
            (Some(op), None) => {
                for (pos, what) in [
                    (read_pos, "read"),
                    (video_url_pos, "video_url"),
                    (key_pos, "key"),
                ] {
                    if let Some(pos) = pos {
                        self.error(pos, format!("`{what}` belongs to a `link` source; an operation reads its own reply"));
                    }
                }
                self.check_result_operation(&op.value, op.pos, ops)
                    .then_some(ResultSourceDef::Operation(op.value))
            }
            (None, Some(name)) => {
                let json = match read.as_ref().map(|r| r.value.as_str()) {
                    None | Some("file") => false,
                    Some("json") => true,
                    Some(other) => {
                        let pos = read.as_ref().map_or(node.pos, |r| r.pos);
                        self.error(
                            pos,
                            format!("`read` must be `json` or `file`, found `{other}`"),
                        );
                        false
                    }
                };
                if json && video_url.is_empty() {
                    self.error(
                        read_pos.unwrap_or(node.pos),
                        "`read: json` needs `video_url`: where the video URL is in the link's reply",
                    );
                } else if !json && let Some(pos) = video_url_pos {
                    self.error(
                        pos,
                        "`video_url` goes with `read: json` (a `file` link is the video itself)",
                    );
                }
                let handed_back = ops
                    .iter()
                    .any(|op| task_maps(op, |t| t.links.iter().any(|(n, _)| *n == name.value)));
                if !handed_back {
                    let declared = ops
                        .iter()
                        .filter_map(|op| op.response.task.as_ref())
                        .flat_map(|t| t.links.iter().map(|(n, _)| n.as_str()));
                    let hint = match crate::names::suggest(&name.value, declared) {
                        Some(s) => format!("; did you mean `{s}`?"),
                        None => ": declare it under a `task:`'s `links:`".to_string(),
                    };
                    self.error(
                        name.pos,
                        format!("no reply hands back a link named `{}`{hint}", name.value),
                    );
                    return None;
                }
                Some(ResultSourceDef::Link {
                    name: name.value,
                    video_url: if json { video_url } else { Vec::new() },
                    key: key.unwrap_or(false),
                })
            }
            (Some(_), Some(l)) => {
                self.error(
                    l.pos,
                    "a result source is either `operation:` or `link:`, not both",
                );
                None
            }
            (None, None) => {
                self.error(
                    node.pos,
                    "a result source needs `operation: NAME` or `link: NAME`",
                );
                None
            }
        }
    }

    /// An operation can be a source when it is not paid, takes the task id, and returns the file
    /// (`media`) or JSON whose task mapping has a `video_url`.
    fn check_result_operation(&mut self, name: &str, pos: Pos, ops: &[OperationDef]) -> bool {
        let Some(op) = ops.iter().find(|op| op.name == name) else {
            let hint = crate::names::suggest(name, ops.iter().map(|o| o.name.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.error(
                pos,
                format!("result source names an unknown operation `{name}`{hint}"),
            );
            return false;
        };
        let problem = match op.role {
            Role::Create => {
                Some("is a create operation: calling it would start (and pay for) a new task")
            }
            Role::BatchQuery => {
                Some("is a batch query: it reads several tasks, not one task's video")
            }
            _ if !op.params.iter().any(|p| p.task_id) => {
                Some("takes no task id (`task_id: true`), so it cannot fetch this task's video")
            }
            _ if op.response.media.is_none()
                && op
                    .response
                    .task
                    .as_ref()
                    .is_none_or(|t| t.video_url.is_empty()) =>
            {
                Some(
                    "returns neither a file (`response.media`) nor a video URL (`response.task.video_url`)",
                )
            }
            _ => None,
        };
        if let Some(problem) = problem {
            self.error(pos, format!("result source operation `{name}` {problem}"));
            return false;
        }
        true
    }
}

/// True when the operation's reply maps a task for which `test` holds.
fn task_maps(op: &OperationDef, test: impl Fn(&crate::model::TaskDef) -> bool) -> bool {
    op.response.task.as_ref().is_some_and(test)
}
