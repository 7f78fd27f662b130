//! `errors.final`: vendor errors no retry can cure (a 429 that means "out of credits"), each matched
//! by HTTP status, vendor code and/or text in the message.

use super::Loader;
use crate::model::FinalDef;
use crate::reader::MapReader;
use crate::yaml::{Node, Value};

impl Loader {
    /// The `final:` list of `errors`.
    pub(super) fn read_finals(&mut self, node: &Node) -> Vec<FinalDef> {
        let Value::Seq(items) = &node.value else {
            self.error(
                node.pos,
                "`final` must be a list of `{status, code, message_contains, means}` entries",
            );
            return Vec::new();
        };
        let mut finals: Vec<FinalDef> = Vec::new();
        for item in items {
            let Some(mut map) = MapReader::new(item, "a `final` entry", &mut self.diags) else {
                continue;
            };
            let status = map.count("status", &mut self.diags);
            let code = map.string("code", &mut self.diags);
            let message = map.string("message_contains", &mut self.diags);
            let means = map.string("means", &mut self.diags);
            map.finish(&mut self.diags);
            if let Some(s) = &status
                && !(200..=599).contains(&s.value)
            {
                self.error(
                    s.pos,
                    format!(
                        "`status` must be an HTTP status from 200 (an envelope's error) to 599, \
                         found {}",
                        s.value
                    ),
                );
            }
            for text in [&code, &message, &means].into_iter().flatten() {
                if text.value.trim().is_empty() {
                    self.error(text.pos, "an empty text matches nothing: leave the key out");
                }
            }
            if status.is_none() && code.is_none() && message.is_none() {
                self.error(
                    item.pos,
                    "a `final` entry needs `status`, `code` or `message_contains`: one with none \
                     would make every error final",
                );
                continue;
            }
            let def = FinalDef {
                pos: item.pos,
                status: status.map(|s| s.value as u16),
                code: code.map(|c| c.value),
                message_contains: message.map(|m| m.value),
                means: means.map(|m| m.value),
            };
            if finals.iter().any(|f| f.same_match(&def)) {
                self.error(item.pos, "this entry is listed twice in `final`");
                continue;
            }
            finals.push(def);
        }
        finals
    }
}
