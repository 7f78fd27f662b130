//! `unified.images` item templates: constant keys, frame roles, inline (`data:` URI) images and their
//! size limit. Read with the neutral field, checked against the images param's object type.

use super::Loader;
use crate::model::{Builtin, FieldDef, ImageItemDef, NeutralField, Spec, Ty, TypeBody};
use crate::reader::{MapReader, literal};
use grokvid_spec::body::{has_empty_segment, is_inside};

impl Loader {
    /// The item keys of a `unified.<name>` mapping (only images take them).
    pub(super) fn read_image_item(&mut self, map: &mut MapReader, name: &str) -> ImageItemDef {
        let mut item = ImageItemDef::default();
        if let Some(node) = map.get("item")
            && let Some(consts) = MapReader::new(node, "`item`", &mut self.diags)
        {
            for (key, value) in consts.entries() {
                if let Some(v) = literal(value, &key.name, &mut self.diags) {
                    item.consts.push((key.name.clone(), v.value));
                }
            }
        }
        let first_pos = ["item", "roles", "data_uri", "max_bytes"]
            .iter()
            .find_map(|k| map.key_pos(k));
        if let Some(node) = map.get("roles")
            && let Some(mut roles) = MapReader::new(node, "`roles`", &mut self.diags)
        {
            let at = roles.required_string("at", &mut self.diags);
            let first = roles.required_string("first", &mut self.diags);
            let last = roles.required_string("last", &mut self.diags);
            roles.finish(&mut self.diags);
            if let (Some(at), Some(first), Some(last)) = (at, first, last) {
                item.roles = Some((at.value, first.value, last.value));
            }
        }
        item.data_uri = map.bool("data_uri", &mut self.diags).unwrap_or(false);
        let max = map.count("max_bytes", &mut self.diags);
        if let Some(max) = &max
            && max.value == 0
        {
            self.error(max.pos, "`max_bytes` must be at least 1");
        }
        item.max_bytes = max.map(|m| m.value);
        if name != "images"
            && let Some(pos) = first_pos
        {
            self.error(
                pos,
                "`item`, `roles`, `data_uri` and `max_bytes` only apply to `unified.images`",
            );
        }
        item
    }

    /// The item template against the images param: every key it names is a field of the items, every
    /// constant and role word fits its field, keys are distinct, inline images go in a URL field.
    pub(super) fn check_image_item(&mut self, spec: &Spec, param: &FieldDef, n: &NeutralField) {
        let item = &n.item;
        let object = match param.ty.item() {
            Ty::Named(name) => match spec.type_def(name).map(|t| &t.body) {
                Some(TypeBody::Object(fields)) => Some(fields.as_slice()),
                _ => None,
            },
            Ty::Builtin(Builtin::Json) => None,
            _ => None,
        };
        let mut keys: Vec<(&str, &str)> = Vec::new();
        if let Some(key) = &n.key {
            keys.push((key, "the URL"));
        }
        for (key, _) in &item.consts {
            keys.push((key, "a constant"));
        }
        if let Some((at, _, _)) = &item.roles {
            keys.push((at, "the frame role"));
        }
        if n.key.is_none() && (!item.consts.is_empty() || item.roles.is_some()) {
            self.error(
                n.pos,
                "`item` and `roles` shape images given as objects: say where the URL goes with `key`",
            );
        }
        for (i, (key, what)) in keys.iter().enumerate() {
            if has_empty_segment(key) {
                self.error(n.pos, format!("`{key}` ({what}) has an empty segment"));
                continue;
            }
            for (other, other_what) in &keys[..i] {
                if other == key || is_inside(key, other) || is_inside(other, key) {
                    self.error(
                        n.pos,
                        format!("`{key}` ({what}) and `{other}` ({other_what}) overlap in each image item"),
                    );
                }
            }
            let Some(fields) = object else { continue };
            let Some(field) = object_field(spec, fields, key) else {
                if *what == "the URL" {
                    continue; // reported with the param's other checks
                }
                self.error(
                    n.pos,
                    format!(
                        "`{key}` ({what}) is not a field of `{}`'s items",
                        param.wire
                    ),
                );
                continue;
            };
            let values: Vec<crate::model::Literal> = match *what {
                "a constant" => item
                    .consts
                    .iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .collect(),
                "the frame role" => item
                    .roles
                    .iter()
                    .flat_map(|(_, a, b)| [a, b])
                    .map(|w| crate::model::Literal::Str(w.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            for value in values {
                if let Err(message) = super::check::literal_fits(spec, &field.ty, &value) {
                    self.error(
                        n.pos,
                        format!(
                            "`{key}` ({what}) does not take `{}`: {message}",
                            value.text()
                        ),
                    );
                }
            }
        }
        if item.data_uri {
            let leaf = match (&n.key, object) {
                (Some(key), Some(fields)) => object_field(spec, fields, key).map(|f| f.ty.clone()),
                (None, _) => Some(param.ty.item().clone()),
                _ => None,
            };
            if let Some(ty) = leaf
                && !ty
                    .builtin()
                    .is_some_and(|b| b.takes_urls() || b == Builtin::Json)
            {
                self.error(
                    n.pos,
                    format!(
                        "`data_uri` sends each image inline as a `data:` URL, but `{}` does not take URLs",
                        param.wire
                    ),
                );
            }
        }
    }
}

/// The field at dotted `path` inside an object's fields (through nested object types).
pub(super) fn object_field<'s>(
    spec: &'s Spec,
    fields: &'s [FieldDef],
    path: &str,
) -> Option<&'s FieldDef> {
    let (head, rest) = match path.split_once('.') {
        Some((head, rest)) => (head, Some(rest)),
        None => (path, None),
    };
    let field = fields.iter().find(|f| f.wire == head)?;
    match rest {
        None => Some(field),
        Some(rest) => match &field.ty {
            Ty::Named(name) => match spec.type_def(name).map(|t| &t.body) {
                Some(TypeBody::Object(inner)) => object_field(spec, inner, rest),
                _ => None,
            },
            _ => None,
        },
    }
}
