//! `unified.when`: which create operation a provider-neutral request goes to. Each create that maps the
//! request may say when it takes it (model values, images present or absent); the conditions of all of
//! them must exclude each other, so one request picks at most one create, and every create must be
//! choosable.

use super::Loader;
use crate::model::{
    FieldDef, Literal, OperationDef, Role, Spec, Ty, TypeBody, UnifiedDef, WhenDef,
};
use crate::reader::{MapReader, literal_list};
use crate::yaml::{Node, Pos};

/// A request as far as the choice is concerned: its model and whether it has images.
#[derive(Clone, Copy)]
enum ModelPoint<'a> {
    /// This model is asked for.
    Named(&'a str),
    /// A model no create names.
    Other,
    /// No model given.
    Omitted,
}

impl Loader {
    /// `when: {model: [a, b], images: present | absent}`.
    pub(super) fn read_when(&mut self, node: &Node) -> Option<WhenDef> {
        let mut map = MapReader::new(node, "`unified.when`", &mut self.diags)?;
        let models = map.get("model").map(|n| {
            let models: Vec<(Pos, String)> = literal_list(n, "model", &mut self.diags)
                .into_iter()
                .map(|v| (v.pos, v.value.text()))
                .collect();
            if models.is_empty() {
                self.error(
                    n.pos,
                    "`unified.when.model` lists no model, so this create could never be chosen",
                );
            }
            models
        });
        let images = map
            .string("images", &mut self.diags)
            .and_then(|w| match w.value.as_str() {
                "present" => Some((w.pos, true)),
                "absent" => Some((w.pos, false)),
                other => {
                    self.error(
                        w.pos,
                        format!(
                            "`unified.when.images` must be `present` or `absent`, found `{other}`"
                        ),
                    );
                    None
                }
            });
        map.finish(&mut self.diags);
        if models.is_none() && images.is_none() {
            self.error(
                node.pos,
                "`unified.when` needs `model` or `images` (leave it out and the create takes every request)",
            );
        }
        Some(WhenDef {
            pos: node.pos,
            models,
            images,
        })
    }

    /// Every create's conditions can hold, and no two creates hold for the same request.
    pub(super) fn check_choices(&mut self, spec: &Spec) {
        let creates: Vec<(&OperationDef, &UnifiedDef)> = spec
            .operations
            .iter()
            .filter(|op| op.role == Role::Create)
            .filter_map(|op| op.unified.as_ref().map(|u| (op, u)))
            .collect();
        for (op, u) in &creates {
            if let Some(when) = &u.when {
                self.check_when(spec, op, u, when);
            }
        }
        self.check_exclusive(&creates);
    }

    fn check_when(&mut self, spec: &Spec, op: &OperationDef, u: &UnifiedDef, when: &WhenDef) {
        let model_param = u.model.as_ref().and_then(|n| param(op, &n.field));
        for (i, (pos, model)) in when.models.iter().flatten().enumerate() {
            if when
                .models
                .iter()
                .flatten()
                .take(i)
                .any(|(_, m)| m == model)
            {
                self.error(*pos, format!("`unified.when.model` lists `{model}` twice"));
                continue;
            }
            let Some(param) = model_param else { continue };
            if let Some(canonical) = alias_of(spec, &param.ty, model) {
                self.error(
                    *pos,
                    format!("`{model}` is an alias of `{canonical}`: list the model's own value"),
                );
            } else if let Err(message) =
                super::check::literal_fits(spec, &param.ty, &literal(model))
            {
                self.error(
                    *pos,
                    format!(
                        "`unified.when.model` lists `{model}`, which the model param `{}` of `{}` does not take: {message}",
                        param.wire, op.name
                    ),
                );
            }
        }
        match (when.images, &u.images) {
            (Some((pos, true)), None) => self.error(
                pos,
                format!(
                    "`images: present`, but the `unified` mapping of `{}` has no `images`: the images could never be sent",
                    op.name
                ),
            ),
            (Some((pos, false)), Some(n)) => {
                if let Some(p) = param(op, &n.field).filter(|p| p.required) {
                    self.error(
                        pos,
                        format!(
                            "`images: absent`, but `{}` requires its images param `{}`: this create could never be chosen",
                            op.name, p.wire
                        ),
                    );
                }
            }
            _ => {}
        }
    }

    /// Tries every kind of request that tells the conditions apart (each model named anywhere,
    /// another model, no model; with and without images) and reports each pair of creates that
    /// both take one of them.
    fn check_exclusive(&mut self, creates: &[(&OperationDef, &UnifiedDef)]) {
        if creates.len() < 2 {
            return;
        }
        let mut named: Vec<&str> = Vec::new();
        for (_, u) in creates {
            for (_, m) in u.when.iter().flat_map(|w| w.models.iter().flatten()) {
                if !named.contains(&m.as_str()) {
                    named.push(m);
                }
            }
        }
        let points = named
            .iter()
            .map(|m| ModelPoint::Named(m))
            .chain([ModelPoint::Other, ModelPoint::Omitted]);
        let mut reported: Vec<(usize, usize)> = Vec::new();
        for model in points {
            for images in [false, true] {
                let takers: Vec<usize> = (0..creates.len())
                    .filter(|&i| takes(creates[i].0, creates[i].1, model, images))
                    .collect();
                for (a, &i) in takers.iter().enumerate() {
                    for &j in &takers[a + 1..] {
                        if reported.contains(&(i, j)) {
                            continue;
                        }
                        reported.push((i, j));
                        let (later, u) = creates[j];
                        let pos = u.when.as_ref().map_or(later.pos, |w| w.pos);
                        self.error(
                            pos,
                            format!(
                                "create operations `{}` and `{}` both take {}: give them `unified.when` conditions that exclude each other (`model`, `images`)",
                                creates[i].0.name,
                                later.name,
                                describe(model, images)
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// Whether the create takes a request with this model and with (or without) images.
fn takes(op: &OperationDef, u: &UnifiedDef, model: ModelPoint, images: bool) -> bool {
    let Some(when) = &u.when else { return true };
    if when.images.is_some_and(|(_, wanted)| wanted != images) {
        return false;
    }
    let Some(models) = &when.models else {
        return true;
    };
    let listed = |m: &str| models.iter().any(|(_, v)| v == m);
    match model {
        ModelPoint::Named(m) => listed(m),
        ModelPoint::Other => false,
        ModelPoint::Omitted => default_model(op, u).is_some_and(|d| listed(&d)),
    }
}

/// The model a create stands for when the request names none: its model param's `default:` (a
/// required model has none, so a request must name it).
fn default_model(op: &OperationDef, u: &UnifiedDef) -> Option<String> {
    let param = param(op, &u.model.as_ref()?.field)?;
    param.default.as_ref().map(Literal::text)
}

/// `a request for model `x` with images`, for messages.
fn describe(model: ModelPoint, images: bool) -> String {
    let model = match model {
        ModelPoint::Named(m) => format!("a request for model `{m}`"),
        ModelPoint::Other => "a request for a model no `unified.when` names".to_string(),
        ModelPoint::Omitted => "a request that names no model".to_string(),
    };
    let images = if images {
        "with images"
    } else {
        "without images"
    };
    format!("{model} {images}")
}

fn param<'o>(op: &'o OperationDef, wire: &str) -> Option<&'o FieldDef> {
    op.params.iter().find(|p| p.wire == wire)
}

/// The canonical value `text` is an alias of, when the type is an enum with such an alias.
fn alias_of(spec: &Spec, ty: &Ty, text: &str) -> Option<String> {
    let Ty::Named(name) = ty else { return None };
    match spec.type_def(name).map(|t| &t.body) {
        Some(TypeBody::Enum(e)) if e.canonical(text) != text => Some(e.canonical(text).to_string()),
        _ => None,
    }
}

/// A model value as the literal the enum check takes (integer models stay integers).
fn literal(text: &str) -> Literal {
    text.parse::<i64>()
        .map_or_else(|_| Literal::Str(text.to_string()), Literal::Int)
}
