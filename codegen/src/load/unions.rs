//! Unions (`type: [integer, string]`): a value of one of several built-in scalar types, each member
//! told apart by its JSON type; the limits a field states apply to the member they fit.

use super::Loader;
use super::fields::FieldSite;
use crate::model::{Builtin, Limits, Literal, Ty, TypeBody};
use crate::reader::{At, MapReader};
use crate::yaml::{Node, Pos, Value};
use grokvid_spec::{UnionJson, union_words};

/// Keys that give a field a type of its own, which a union cannot also have.
const OTHER_TYPES: [&str; 3] = ["enum", "fields", "aliases"];

/// Where a union field is read, and the names its type derives from.
pub(super) struct UnionSite<'a> {
    pub wire: &'a str,
    pub rust: &'a str,
    pub type_name: Option<&'a At<String>>,
    pub pos: Pos,
    pub site: FieldSite,
    pub scope: &'a str,
    pub description: &'a str,
}

/// Text (a `unified` value mapping) as the literal the runtime reads it as: the first member, in
/// spec order, that reads it (`grokvid_spec::union_parse_text`).
pub(crate) fn literal_of_text(members: &[Builtin], text: &str) -> Literal {
    use grokvid_spec::table::Scalar;
    match grokvid_spec::union_parse_text(members, text) {
        Some(Scalar::Int(i)) => Literal::Int(i),
        Some(Scalar::Num(n)) => Literal::Num(n),
        Some(Scalar::Bool(b)) => Literal::Bool(b),
        Some(Scalar::Str(_)) | None => Literal::Str(text.to_string()),
    }
}

/// The words a union member may be.
fn member_words() -> Vec<&'static str> {
    Builtin::ALL
        .iter()
        .filter(|b| b.union_json().is_some())
        .map(|b| b.as_str())
        .collect()
}

impl Loader {
    /// Reads `type: [a, b, ...]` of a field whose other keys are in `map`: checks the members and
    /// which limits fit them, moves the scalar limits into the union (leaving `limits` the list
    /// ones) and hoists the union as a type named after the field.
    pub(super) fn read_union(
        &mut self,
        node: &Node,
        map: &mut MapReader,
        limits: &mut Limits,
        accept: &mut Vec<String>,
        at: UnionSite,
    ) -> Option<Ty> {
        for key in OTHER_TYPES {
            if let Some(pos) = map.key_pos(key) {
                map.get(key);
                let msg = format!(
                    "`{key}` cannot go with a union `type` (a list of types): a union's members \
                     are built-in types ({})",
                    member_words().join(", ")
                );
                self.diags.error(pos, msg);
            }
        }
        let members = self.union_members(node)?;
        if at.site == FieldSite::Object {
            let msg = format!(
                "field `{}`: a union may type an operation param or a reply field, not a field of an object",
                at.wire
            );
            self.diags.error(at.pos, msg);
            return None;
        }
        let words = union_words(&members);
        let has = |f: fn(Builtin) -> bool| members.iter().any(|m| f(*m));
        let mut misfits = Vec::new();
        if limits.text_form {
            misfits.push("`wire: string` applies to integer and number fields, not to a union");
        }
        if (limits.min.is_some() || limits.max.is_some()) && !has(|b| b.form().is_numeric()) {
            misfits.push("`min`/`max` apply to a union's integer or number member");
        }
        let text =
            limits.min_length.is_some() || limits.max_length.is_some() || limits.pattern.is_some();
        if text && !has(|b| b.union_json() == Some(UnionJson::String)) {
            misfits.push(
                "`min_length`/`max_length`/`pattern` apply to a union's string or url member",
            );
        }
        let url = has(|b| b == Builtin::Url);
        let url_limits = !limits.schemes.is_empty() || !accept.is_empty();
        if url_limits && !url {
            misfits.push("`schemes`/`accept` apply to a union's url member");
        }
        for misfit in misfits {
            self.diags
                .error(at.pos, format!("{misfit}, and `{}` is {words}", at.wire));
        }
        if url {
            limits.formats = std::mem::take(accept);
        }
        let own = if at.site == FieldSite::Response {
            // Replies are read leniently: their limits are documentation only.
            Limits::default()
        } else {
            Limits {
                min_items: None,
                max_items: None,
                text_form: false,
                ..limits.clone()
            }
        };
        *limits = Limits {
            min_items: limits.min_items,
            max_items: limits.max_items,
            ..Limits::default()
        };
        let name = self.type_name_of(at.type_name, at.rust);
        let body = TypeBody::Union {
            members,
            limits: own,
        };
        let response = at.site == FieldSite::Response;
        let description = at.description.to_string();
        let name = self.hoist(name, at.pos, description, body, at.scope, response);
        Some(Ty::Named(name))
    }

    /// The members of `type: [...]`, each a distinct built-in scalar type of its own JSON type.
    fn union_members(&mut self, node: &Node) -> Option<Vec<Builtin>> {
        let Value::Seq(items) = &node.value else {
            return None;
        };
        let mut members: Vec<(Builtin, Pos)> = Vec::new();
        let mut broken = false;
        for item in items {
            let word = match &item.value {
                Value::Str(word) => word.trim(),
                other => {
                    let msg = format!(
                        "a union's member must be a type word ({}), found {}",
                        member_words().join(", "),
                        other.kind()
                    );
                    self.diags.error(item.pos, msg);
                    broken = true;
                    continue;
                }
            };
            let Some(member) = Builtin::parse(word).filter(|b| b.union_json().is_some()) else {
                let msg = format!(
                    "`{word}` cannot be a member of a union: members are the built-in types {}",
                    member_words().join(", ")
                );
                self.diags.error(item.pos, msg);
                broken = true;
                continue;
            };
            if let Some((_, first)) = members.iter().find(|(m, _)| *m == member) {
                let msg = format!(
                    "`{word}` is listed twice in the union (first at line {})",
                    first.line
                );
                self.diags.error(item.pos, msg);
                broken = true;
                continue;
            }
            if let Some((other, _)) = members
                .iter()
                .find(|(m, _)| m.union_json() == member.union_json())
            {
                let msg = format!(
                    "`{}` and `{word}` are both written as a JSON {}, so no value could tell which \
                     member it is; keep one",
                    other.as_str(),
                    json_word(member)
                );
                self.diags.error(item.pos, msg);
                broken = true;
                continue;
            }
            members.push((member, item.pos));
        }
        if !broken && members.len() < 2 {
            let msg = "a union (`type: [integer, string]`) needs two or more member types; for one, \
                       write it alone (`type: integer`)";
            self.diags.error(node.pos, msg);
            return None;
        }
        (!broken).then(|| members.into_iter().map(|(m, _)| m).collect())
    }
}

/// `number`, `string` or `boolean`: the JSON type a member is written as.
fn json_word(member: Builtin) -> &'static str {
    match member.union_json() {
        Some(UnionJson::Number) => "number",
        Some(UnionJson::Boolean) => "boolean",
        _ => "string",
    }
}
