//! `times:`: how a reply's fields hold time (a moment as `epoch_s`, `epoch_ms` or `iso8601`, a
//! duration as `seconds` or `ms`), and the task mapping's `created_at` / `finished_at`, which read
//! moments declared there.

use super::{Loader, word_list};
use crate::model::{FieldDef, Form, Ty};
use crate::reader::{At, MapReader, string, string_list};
use crate::yaml::Node;
use grokvid_spec::json_path::Segment;
use grokvid_spec::table::TimeForm;

impl Loader {
    /// `times: {path: form}`; a path must start at a documented field when the reply documents its
    /// fields (a list reply's paths are relative to its items, documented in their type), and a
    /// documented top-level field must have a type that can hold the form (ISO 8601 is text; epochs
    /// and durations are numbers or their text).
    pub(super) fn read_times(
        &mut self,
        node: &Node,
        fields: &[FieldDef],
        list: bool,
    ) -> Vec<(String, TimeForm)> {
        let Some(map) = MapReader::new(node, "`times`", &mut self.diags) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in map.entries() {
            self.check_path(&At::new(key.pos, key.name.clone()));
            let top = match grokvid_spec::json_path::segments(&key.name).as_deref() {
                Ok([Segment::Key(top), ..]) => Some(top.to_string()),
                _ => None,
            };
            if let Some(top) =
                top.filter(|t| !list && !fields.is_empty() && !fields.iter().any(|f| f.wire == *t))
            {
                let names = fields.iter().map(|f| f.wire.as_str());
                let hint = crate::names::suggest(&top, names)
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                self.error(
                    key.pos,
                    format!(
                        "`times` names `{}`, but this reply documents no field `{top}`{hint}",
                        key.name
                    ),
                );
                continue;
            }
            let Some(word) = string(value, &key.name, &mut self.diags) else {
                continue;
            };
            let Some(form) = TimeForm::parse(&word.value) else {
                let words = TimeForm::ALL.map(TimeForm::as_str);
                let hint = crate::names::suggest(&word.value, words)
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                self.error(
                    word.pos,
                    format!(
                        "unknown time form `{}`: expected {}{hint}",
                        word.value,
                        word_list(words.into_iter())
                    ),
                );
                continue;
            };
            let builtin = fields.iter().find_map(|f| match &f.ty {
                Ty::Builtin(b) if f.wire == key.name => Some(*b),
                _ => None,
            });
            let holds = match builtin.map(|b| b.form()) {
                None | Some(Form::Any) => true,
                Some(Form::Text) => true,
                Some(Form::Integer | Form::Number) => form != TimeForm::Iso8601,
                Some(Form::Boolean | Form::File) => false,
            };
            if let (false, Some(b)) = (holds, builtin) {
                let needs = if form == TimeForm::Iso8601 {
                    "ISO 8601 is text (`string`)"
                } else {
                    "it is a number (`integer`, `number`) or its text (`string`)"
                };
                self.error(
                    word.pos,
                    format!(
                        "`{}` is typed `{}`, which cannot hold `{}`: {needs}",
                        key.name,
                        b.as_str(),
                        form.as_str()
                    ),
                );
                continue;
            }
            out.push((key.name.clone(), form));
        }
        out
    }

    /// `created_at` / `finished_at` of a task mapping: paths whose form `times:` declares as a moment.
    pub(super) fn read_moments(
        &mut self,
        map: &mut MapReader,
        key: &'static str,
        times: &[(String, TimeForm)],
    ) -> Vec<(String, TimeForm)> {
        let Some(node) = map.get(key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for path in string_list(node, key, &mut self.diags) {
            self.check_path(&path);
            match times.iter().find(|(p, _)| *p == path.value) {
                Some((_, form)) if form.is_moment() => out.push((path.value, *form)),
                Some((_, form)) => self.error(
                    path.pos,
                    format!(
                        "`{key}` reads `{}`, which `times` declares as a duration (`{}`): a task's \
                         times are moments (epoch_s, epoch_ms or iso8601)",
                        path.value,
                        form.as_str()
                    ),
                ),
                None => self.error(
                    path.pos,
                    format!(
                        "`{key}` reads `{}`, whose form this response's `times` does not declare: \
                         add `{}: epoch_s` (or epoch_ms, iso8601) there",
                        path.value, path.value
                    ),
                ),
            }
        }
        out
    }
}
