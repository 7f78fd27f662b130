//! Choosing the create operation a provider-neutral request goes to. A provider may map the request
//! onto several creates (text-to-video and image-to-video endpoints, one endpoint or body kind per model
//! family), each saying when it takes it (`unified.when`: model values, images present or absent). The
//! loader proved the conditions exclusive, so at most one create holds; when none does, the error says
//! for each create why not, and the chosen create's own errors say why it was chosen.

use crate::Error;
use crate::spec::{Choice, Kind, Operation, Provider, Role};
use crate::unified::{
    VideoRequest, count_images, create_operation, neutral_spelling, rename, resolve_enum, squash,
    unsupported,
};

/// The create a request goes to.
pub(crate) struct Chosen {
    /// The create operation.
    pub op: &'static Operation,
    /// Why it was chosen, when its conditions were weighed (`1 image given; model `a` is one of a, b`).
    pub why: Option<String>,
    /// The model its `when` matched, when no param takes the model (its path or a constant names it).
    pub model: Option<String>,
}

/// Why a create does not take a request, and which neutral field decided it.
struct Refusal {
    field: &'static str,
    why: String,
}

/// The create `name`, or the one whose conditions hold for `req` among those mapping the request.
pub(crate) fn choose(
    req: &VideoRequest,
    provider: &'static Provider,
    name: Option<&str>,
) -> Result<Chosen, Error> {
    let mapped = neutral_creates(provider);
    if name.is_some() || mapped.len() < 2 {
        let op = create_operation(provider, name)?;
        return match test(op, req) {
            Ok(chosen) => Ok(chosen),
            Err(refusal) => Err(unsupported(
                provider,
                refusal.field,
                format!("`{}` {}", op.name(), refusal.why),
            )),
        };
    }
    let mut refusals = Vec::new();
    let mut taken = Vec::new();
    for op in &mapped {
        match test(op, req) {
            Ok(chosen) => taken.push(chosen),
            Err(refusal) => refusals.push((op.name(), refusal)),
        }
    }
    if taken.len() > 1 {
        // The loader refuses such a spec; a table built by hand may still hold one.
        let names: Vec<&str> = taken.iter().map(|c| c.op.name()).collect();
        return Err(Error::Config(format!(
            "{}: the create operations {} all take this request; their `unified.when` conditions must exclude each other",
            provider.id(),
            names.join(", ")
        )));
    }
    if let Some(chosen) = taken.pop() {
        return Ok(chosen);
    }
    let first = refusals.first().map_or("request", |(_, r)| r.field);
    let field = if refusals.iter().all(|(_, r)| r.field == first) {
        first
    } else {
        "request"
    };
    let each: Vec<String> = refusals
        .iter()
        .map(|(name, r)| format!("`{name}` {}", r.why))
        .collect();
    Err(unsupported(
        provider,
        field,
        format!("no create operation takes it: {}", each.join("; ")),
    ))
}

/// The create operations that map the neutral request (`unified:`), in the spec's order.
pub(crate) fn neutral_creates(provider: &'static Provider) -> Vec<&'static Operation> {
    provider
        .operations()
        .iter()
        .copied()
        .filter(|op| op.role() == Role::Create && op.unified().is_some())
        .collect()
}

/// Whether `op` takes `req`: why it does (when it has conditions), or why not.
fn test(op: &'static Operation, req: &VideoRequest) -> Result<Chosen, Refusal> {
    let when = op.unified().map_or(Choice::ANY, |u| *u.when());
    let mut because = Vec::new();
    if let Some(present) = when.images() {
        // First and last frames are images too: a create that takes none cannot take them.
        let n = req.all_images().len();
        match (present, n) {
            (true, 0) => return Err(refusal("images", "needs reference images (none given)")),
            (false, n) if n > 0 => {
                let why = format!("takes no reference images ({} given)", count_images(n));
                return Err(refusal("images", why));
            }
            (true, n) => because.push(format!("{} given", count_images(n))),
            (false, _) => because.push("no image given".to_string()),
        }
    }
    let mut model = None;
    if let Some(models) = when.models() {
        let shown = shown_models(op, models);
        match &req.model {
            Some(given) => {
                let sent = model_sent(op, given, models);
                if !models.contains(&sent.as_str()) {
                    let why = format!("is for models {shown} (`{given}` asked)");
                    return Err(refusal("model", why));
                }
                because.push(format!("model `{given}` is one of {shown}"));
                if op.unified().and_then(|u| u.model()).is_none() {
                    model = Some(sent);
                }
            }
            None => match default_model(op).filter(|d| models.contains(&d.as_str())) {
                Some(d) => because.push(format!(
                    "no model given, and its default `{d}` is one of {shown}"
                )),
                None => {
                    return Err(refusal(
                        "model",
                        format!("is for models {shown} (no model given)"),
                    ));
                }
            },
        }
    }
    Ok(Chosen {
        op,
        why: (!when.is_any()).then(|| because.join("; ")),
        model,
    })
}

fn refusal(field: &'static str, why: impl Into<String>) -> Refusal {
    Refusal {
        field,
        why: why.into(),
    }
}

/// The value `op` would send for the model `given`: renamed by its mapping and resolved against its
/// enum (aliases, other separators); with no model param, the listed model spelled like `given`.
fn model_sent(op: &Operation, given: &str, listed: &[&str]) -> String {
    let mapping = op.unified().and_then(|u| u.model());
    let Some(n) = mapping else {
        let key = squash(given);
        return listed
            .iter()
            .find(|m| **m == given || squash(m) == key)
            .map_or(given, |m| *m)
            .to_string();
    };
    let vendor = rename(n, given);
    match op
        .params()
        .iter()
        .find(|f| f.wire() == n.field())
        .map(|f| f.shape().kind())
    {
        Some(Kind::Enum(info)) => resolve_enum(info, &vendor).map_or(vendor, |(v, _)| v),
        _ => vendor,
    }
}

/// The model `op` stands for when the request names none: its model param's `default:` (a required
/// model has none, so the request must name it).
fn default_model(op: &Operation) -> Option<String> {
    let n = op.unified()?.model()?;
    let field = op.params().iter().find(|f| f.wire() == n.field())?;
    field.default_value().map(|d| d.to_string())
}

/// The listed models in the request's spelling.
fn shown_models(op: &Operation, models: &[&str]) -> String {
    let mapping = op.unified().and_then(|u| u.model());
    models
        .iter()
        .map(|m| mapping.map_or(m.to_string(), |n| neutral_spelling(n, m)))
        .collect::<Vec<_>>()
        .join(", ")
}
