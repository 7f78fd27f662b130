//! What each provider can do with the provider-neutral request, derived from its spec tables alone:
//! models, durations (range, values or fixed, per model from the rules), aspect ratios, resolutions,
//! reference images (how many, URLs or files, formats) and the transport.
//!
//! Values are given in neutral spelling: a spec that renames `16:9` to `landscape` lists `16:9`.
//! A provider whose creates say when they take the request (`unified.when`) gets the union of what
//! each create offers ([`Capabilities::creates`] says which create takes which requests).

mod merge;

use crate::spec::{BodyKind, Check, Choice, Condition, Field, Kind, Neutral, Operation, Provider};
use crate::unified::{create_operation, image_leaf, neutral_spelling};
use serde::Serialize;
use std::fmt;

/// One provider's capabilities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Capabilities {
    /// The provider id.
    pub provider: &'static str,
    /// Its display name.
    pub name: &'static str,
    /// The create operation the neutral request maps onto (with several: the one a prompt alone
    /// goes to, else the first).
    pub operation: Option<&'static str>,
    /// Every create operation that takes the neutral request, with when it does; empty when there is
    /// only one and it takes every request.
    pub creates: Vec<CreateChoice>,
    /// The env var the API key is read from.
    pub key_env: &'static str,
    /// How the create request travels (with several creates: how [`Capabilities::operation`]'s does).
    pub transport: Transport,
    /// The model param's values (neutral spelling), `any` for free text.
    pub models: Values,
    /// The model sent when none is given: the spec's default, or the first value of a required model.
    pub default_model: Option<String>,
    /// Durations in seconds, before per-model rules.
    pub durations: Values,
    /// Aspect ratios (neutral spelling).
    pub aspect_ratios: Values,
    /// Resolutions (neutral spelling).
    pub resolutions: Values,
    /// Reference images.
    pub images: Images,
    /// Per model (when the models are listed): what its rules leave of the above.
    pub per_model: Vec<ModelCapabilities>,
    /// The create operation's other params, settable as `key=value` extras.
    pub extras: Vec<&'static str>,
}

/// One of several create operations and the requests it takes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateChoice {
    /// The operation.
    pub operation: &'static str,
    /// How its request travels.
    pub transport: Transport,
    /// When it takes the request (`models a, b; with images`), `any request` without conditions.
    pub when: String,
}

/// How the create request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Transport {
    /// A JSON body.
    Json,
    /// A multipart form (files sent as parts).
    Multipart,
    /// No body: params in the path and query.
    None,
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Transport::Json => "json",
            Transport::Multipart => "multipart",
            Transport::None => "none",
        })
    }
}

/// What one neutral field accepts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Values {
    /// The provider does not let you choose it.
    Unsupported,
    /// Free text, or a number without limits.
    Any,
    /// One of these values (neutral spelling).
    OneOf {
        /// The values.
        values: Vec<String>,
    },
    /// A number in this range, bounds included.
    Range {
        /// The lowest value, when bounded.
        min: Option<i64>,
        /// The highest value, when bounded.
        max: Option<i64>,
    },
    /// Only this value.
    Fixed {
        /// The value.
        value: String,
    },
}

impl Values {
    /// True when `value` (neutral spelling) is accepted.
    pub fn accepts(&self, value: &str) -> bool {
        match self {
            Values::Unsupported => false,
            Values::Any => true,
            Values::OneOf { values } => values.iter().any(|v| v == value),
            Values::Range { min, max } => value
                .parse::<i64>()
                .is_ok_and(|n| min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m)),
            Values::Fixed { value: fixed } => fixed == value,
        }
    }
}

impl fmt::Display for Values {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Values::Unsupported => f.write_str("-"),
            Values::Any => f.write_str("any"),
            Values::OneOf { values } => f.write_str(&values.join(", ")),
            Values::Range { min, max } => match (min, max) {
                (Some(a), Some(b)) => write!(f, "{a}-{b}"),
                (Some(a), None) => write!(f, ">={a}"),
                (None, Some(b)) => write!(f, "<={b}"),
                (None, None) => f.write_str("any"),
            },
            Values::Fixed { value } => write!(f, "{value} (fixed)"),
        }
    }
}

/// Reference images.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Images {
    /// The param that takes them (`None`: no images).
    pub field: Option<&'static str>,
    /// At least this many (1 when the operation requires an image).
    pub min: usize,
    /// At most this many; `None` = no documented limit; 0 when images are not taken.
    pub max: Option<usize>,
    /// Public URLs (`http(s)://`, `data:`).
    pub urls: bool,
    /// Local files, uploaded.
    pub files: bool,
    /// Accepted file formats, when listed.
    pub formats: Vec<&'static str>,
    /// A first and a last frame (`VideoRequest::first_frame`/`last_frame`): the spec gives the
    /// images' items frame roles (`unified.images.roles`).
    pub frames: bool,
}

impl fmt::Display for Images {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_none() || self.max == Some(0) {
            return f.write_str("-");
        }
        let count = match (self.min, self.max) {
            (min, Some(max)) if min == max => format!("{max}"),
            (0, Some(max)) => format!("<={max}"),
            (min, Some(max)) => format!("{min}-{max}"),
            (0, None) => "any".to_string(),
            (min, None) => format!(">={min}"),
        };
        let kinds = match (self.urls, self.files) {
            (true, true) => "urls or files",
            (true, false) => "urls",
            (false, true) => "files",
            (false, false) => "?",
        };
        write!(f, "{count} {kinds}")?;
        if !self.formats.is_empty() {
            write!(f, " ({})", self.formats.join("/"))?;
        }
        if self.frames {
            f.write_str(", first/last frames")?;
        }
        Ok(())
    }
}

/// What one model's rules leave of the provider's capabilities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelCapabilities {
    /// The model (neutral spelling).
    pub model: String,
    /// Durations in seconds.
    pub durations: Values,
    /// Aspect ratios.
    pub aspect_ratios: Values,
    /// Resolutions.
    pub resolutions: Values,
    /// Fewest reference images.
    pub min_images: usize,
    /// Most reference images, when limited.
    pub max_images: Option<usize>,
}

/// The capabilities of every built-in provider, in [`crate::providers::ALL`] order.
pub fn all() -> Vec<Capabilities> {
    crate::providers::ALL
        .iter()
        .map(|p| capabilities(p))
        .collect()
}

/// Derives a provider's capabilities from its tables: the union over its creates that take the
/// neutral request.
pub fn capabilities(p: &'static Provider) -> Capabilities {
    let mapped = super::choose::neutral_creates(p);
    if mapped.len() < 2 {
        let mut caps = of_create(p, create_operation(p, None).ok());
        if let Some(op) = mapped.first().filter(|op| !when(op).is_any()) {
            caps.creates = vec![create_choice(op)];
        }
        return caps;
    }
    // What a prompt alone gets: its create's default model and transport lead.
    let plain = super::choose::choose(&super::VideoRequest::new("a video"), p, None)
        .ok()
        .map(|c| c.op);
    let lead = plain.unwrap_or(mapped[0]);
    let mut caps = of_create(p, Some(lead));
    for op in mapped.iter().filter(|op| op.name() != lead.name()) {
        caps = merge::merge(caps, of_create(p, Some(op)));
    }
    if plain.is_none() {
        caps.default_model = None;
    }
    caps.creates = mapped.iter().map(|op| create_choice(op)).collect();
    caps
}

fn when(op: &Operation) -> Choice {
    op.unified().map_or(Choice::ANY, |u| *u.when())
}

fn transport(op: &Operation) -> Transport {
    match op.body() {
        BodyKind::Json => Transport::Json,
        BodyKind::Multipart => Transport::Multipart,
        BodyKind::None => Transport::None,
    }
}

/// A create and when it takes the request.
fn create_choice(op: &'static Operation) -> CreateChoice {
    let w = when(op);
    let mut parts = Vec::new();
    if let Some(models) = w.models() {
        let mapping = op.unified().and_then(|u| u.model());
        let shown: Vec<String> = models
            .iter()
            .map(|m| mapping.map_or(m.to_string(), |n| neutral_spelling(n, m)))
            .collect();
        parts.push(format!("models {}", shown.join(", ")));
    }
    match w.images() {
        Some(true) => parts.push("with images".to_string()),
        Some(false) => parts.push("without images".to_string()),
        None => {}
    }
    CreateChoice {
        operation: op.name(),
        transport: transport(op),
        when: if parts.is_empty() {
            "any request".to_string()
        } else {
            parts.join("; ")
        },
    }
}

/// What one create operation offers, within its `unified.when` conditions.
pub fn of_operation(p: &'static Provider, op: &'static Operation) -> Capabilities {
    of_create(p, Some(op))
}

fn of_create(p: &'static Provider, op: Option<&'static Operation>) -> Capabilities {
    let unified = op.and_then(|op| op.unified());
    let choice = op.map_or(Choice::ANY, when);
    let mapped = |pick: fn(&crate::spec::Unified) -> Option<&Neutral>| -> Option<Mapped> {
        let op = op?;
        let n = pick(unified?)?;
        let field = op.params().iter().find(|f| f.wire() == n.field())?;
        Some(Mapped { op, n, field })
    };
    let model = mapped(|u| u.model());
    let duration = mapped(|u| u.duration());
    let ratio = mapped(|u| u.aspect_ratio());
    let resolution = mapped(|u| u.resolution());
    let images_mapped = mapped(|u| u.images());

    let models = match choice.models() {
        // Only the models its `when` names (the path or a constant may carry them).
        Some(listed) => Values::OneOf {
            values: listed
                .iter()
                .map(|v| {
                    model
                        .as_ref()
                        .map_or(v.to_string(), |m| neutral_spelling(m.n, v))
                })
                .collect(),
        },
        None => model.as_ref().map_or(Values::Unsupported, base_values),
    };
    let default_model = model
        .as_ref()
        .and_then(
            |m| match (&m.field.default_value(), m.field.shape().kind()) {
                (Some(d), _) => Some(neutral_spelling(m.n, &d.to_string())),
                (None, Kind::Enum(info)) if m.field.is_required() => info
                    .values()
                    .first()
                    .map(|v| neutral_spelling(m.n, &v.to_string())),
                _ => None,
            },
        )
        .filter(|d| models.accepts(d));
    let unconditional = |m: &Option<Mapped>| {
        m.as_ref().map_or(Values::Unsupported, |m| {
            apply_rules(m, base_values(m), None, model.as_ref())
        })
    };
    let durations = unconditional(&duration);
    let aspect_ratios = unconditional(&ratio);
    let resolutions = unconditional(&resolution);
    let images = within(
        choice,
        images_of(images_mapped.as_ref(), None, model.as_ref()),
    );

    let mut per_model = Vec::new();
    if let Values::OneOf { values } = &models {
        for neutral_value in values {
            let vendor = model
                .as_ref()
                .map(|m| crate::unified::rename(m.n, neutral_value));
            let for_model = |x: &Option<Mapped>| {
                x.as_ref().map_or(Values::Unsupported, |x| {
                    apply_rules(x, base_values(x), vendor.as_deref(), model.as_ref())
                })
            };
            let imgs = within(
                choice,
                images_of(images_mapped.as_ref(), vendor.as_deref(), model.as_ref()),
            );
            per_model.push(ModelCapabilities {
                model: neutral_value.clone(),
                durations: for_model(&duration),
                aspect_ratios: for_model(&ratio),
                resolutions: for_model(&resolution),
                min_images: imgs.min,
                max_images: imgs.max,
            });
        }
    }
    let mapped_wires: Vec<&str> = [&model, &duration, &ratio, &resolution, &images_mapped]
        .iter()
        .filter_map(|m| m.as_ref().map(|m| m.field.wire()))
        .chain(unified.and_then(|u| u.prompt()).map(|n| n.field()))
        .collect();
    let extras = op.map_or_else(Vec::new, |op| {
        op.params()
            .iter()
            .map(|f| f.wire())
            .filter(|w| !mapped_wires.contains(w))
            .collect()
    });
    Capabilities {
        provider: p.id(),
        name: p.name(),
        operation: op.map(|op| op.name()),
        key_env: p.auth().env(),
        creates: Vec::new(),
        transport: op.map_or(Transport::None, transport),
        models,
        default_model,
        durations,
        aspect_ratios,
        resolutions,
        images,
        per_model,
        extras,
    }
}

/// Images as a create's `when` narrows them: none for `images: absent`, one at least for `present`.
fn within(choice: Choice, mut images: Images) -> Images {
    match choice.images() {
        Some(false) => {
            images.field = None;
            images.min = 0;
            images.max = Some(0);
            images.frames = false;
        }
        Some(true) => images.min = images.min.max(1),
        None => {}
    }
    images
}

/// A neutral field with its operation, mapping and param.
struct Mapped {
    op: &'static Operation,
    n: &'static Neutral,
    field: &'static Field,
}

/// The param's own type and limits.
fn base_values(m: &Mapped) -> Values {
    match m.field.shape().kind() {
        Kind::Enum(info) => Values::OneOf {
            values: info
                .values()
                .iter()
                .map(|v| neutral_spelling(m.n, &v.to_string()))
                .collect(),
        },
        Kind::Builtin(b) if b.form().is_numeric() => {
            let l = m.field.shape().limits();
            if l.min().is_none() && l.max().is_none() {
                Values::Any
            } else {
                Values::Range {
                    min: l.min().map(|v| v.ceil() as i64),
                    max: l.max().map(|v| v.floor() as i64),
                }
            }
        }
        _ => Values::Any,
    }
}

/// Whether a rule's conditions hold for `model` (a vendor value; `None`: only unconditional rules).
/// A condition on anything but the model does not hold, except `set` on `assume_set`.
fn applies(
    when: &[Condition],
    model: Option<&str>,
    model_field: Option<&Mapped>,
    assume_set: Option<&str>,
) -> bool {
    when.iter().all(|c| match c {
        Condition::Equals { field, any_of } => match (model, model_field) {
            (Some(m), Some(mf)) if *field == mf.field.wire() => {
                any_of.iter().any(|v| v.to_string() == m)
            }
            _ => false,
        },
        Condition::Set(field) => Some(*field) == assume_set,
    })
}

/// The param's values narrowed by the rules that hold for `model`.
fn apply_rules(
    x: &Mapped,
    mut values: Values,
    model: Option<&str>,
    model_field: Option<&Mapped>,
) -> Values {
    for rule in x.op.rules() {
        if !applies(rule.when(), model, model_field, None) {
            continue;
        }
        match rule.check() {
            Check::Fixed { field, value } if *field == x.field.wire() => {
                values = Values::Fixed {
                    value: neutral_spelling(x.n, &value.to_string()),
                };
            }
            Check::Forbidden(fields) if fields.contains(&x.field.wire()) => {
                values = Values::Unsupported;
            }
            Check::Range { field, min, max } if *field == x.field.wire() => {
                values = narrow_range(values, *min, *max);
            }
            Check::Allowed {
                field,
                values: allowed,
            } if *field == x.field.wire() => {
                let allowed: Vec<String> = allowed
                    .iter()
                    .map(|v| neutral_spelling(x.n, &v.to_string()))
                    .collect();
                values = match values {
                    Values::OneOf { values } => Values::OneOf {
                        values: values.into_iter().filter(|v| allowed.contains(v)).collect(),
                    },
                    Values::Unsupported => Values::Unsupported,
                    _ => Values::OneOf { values: allowed },
                };
            }
            _ => {}
        }
    }
    values
}

fn narrow_range(values: Values, min: Option<f64>, max: Option<f64>) -> Values {
    let (min, max) = (min.map(|v| v.ceil() as i64), max.map(|v| v.floor() as i64));
    let tighter = |a: Option<i64>, b: Option<i64>, pick: fn(i64, i64) -> i64| match (a, b) {
        (Some(a), Some(b)) => Some(pick(a, b)),
        (a, b) => a.or(b),
    };
    match values {
        Values::Any => Values::Range { min, max },
        Values::Range { min: a, max: b } => Values::Range {
            min: tighter(a, min, i64::max),
            max: tighter(b, max, i64::min),
        },
        Values::OneOf { values } => Values::OneOf {
            values: values
                .into_iter()
                .filter(|v| {
                    v.parse::<i64>()
                        .is_ok_and(|n| min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m))
                })
                .collect(),
        },
        other => other,
    }
}

/// Images: the param's shape, then the rules that hold for `model` (and for the images being set).
fn images_of(x: Option<&Mapped>, model: Option<&str>, model_field: Option<&Mapped>) -> Images {
    let Some(x) = x else {
        return Images {
            field: None,
            min: 0,
            max: Some(0),
            urls: false,
            files: false,
            formats: Vec::new(),
            frames: false,
        };
    };
    let shape = x.field.shape();
    let (item, mut max) = match shape.kind() {
        Kind::List(item) => (*item, shape.limits().max_items()),
        _ => (shape, Some(1)),
    };
    let mut min = if x.field.is_required() {
        shape.limits().min_items().unwrap_or(1)
    } else {
        0
    };
    let leaf = image_leaf(item, x.n);
    let wire = x.field.wire();
    for rule in x.op.rules() {
        if !applies(rule.when(), model, model_field, Some(wire)) {
            continue;
        }
        match rule.check() {
            Check::Items {
                field,
                min: lo,
                max: hi,
            } if *field == wire => {
                if let Some(hi) = hi {
                    max = Some(max.map_or(*hi, |m| m.min(*hi)));
                }
                if let Some(lo) = lo {
                    min = min.max(*lo);
                }
            }
            // Conditions of `set` on the images param itself do not require images.
            Check::Required(fields) | Check::OneOf(fields)
                if fields.contains(&wire)
                    && !rule.when().iter().any(|c| matches!(c, Condition::Set(_))) =>
            {
                min = min.max(1);
            }
            Check::Forbidden(fields) if fields.contains(&wire) => max = Some(0),
            _ => {}
        }
    }
    Images {
        field: Some(wire),
        min,
        max,
        urls: leaf.urls,
        files: leaf.files,
        formats: item.limits().accept().to_vec(),
        frames: x.n.item().roles().is_some(),
    }
}

impl Capabilities {
    /// Per-model values of one field, when models differ; the field's overall values otherwise.
    fn by_model(&self, pick: fn(&ModelCapabilities) -> String, overall: String) -> String {
        if self.per_model.is_empty() {
            return overall;
        }
        let first = pick(&self.per_model[0]);
        if self.per_model.iter().all(|m| pick(m) == first) {
            return first;
        }
        self.per_model
            .iter()
            .map(|m| format!("{}: {}", m.model, pick(m)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn durations_text(&self) -> String {
        fn secs(v: &Values) -> String {
            match v {
                Values::Unsupported | Values::Any => v.to_string(),
                Values::Fixed { value } => format!("{value} s (fixed)"),
                other => format!("{other} s"),
            }
        }
        self.by_model(|m| secs(&m.durations), secs(&self.durations))
    }

    fn images_text(&self) -> String {
        let kinds = self.images.to_string();
        if self.per_model.is_empty() || self.images.field.is_none() {
            return kinds;
        }
        let count = |m: &ModelCapabilities| match (m.min_images, m.max_images) {
            (min, Some(max)) if min == max => format!("{max}"),
            (0, Some(max)) => format!("<={max}"),
            (min, Some(max)) => format!("{min}-{max}"),
            (0, None) => "any".to_string(),
            (min, None) => format!(">={min}"),
        };
        let first = count(&self.per_model[0]);
        if self.per_model.iter().all(|m| count(m) == first) {
            return kinds;
        }
        let per: Vec<String> = self
            .per_model
            .iter()
            .map(|m| format!("{}: {}", m.model, count(m)))
            .collect();
        format!("{kinds}; {}", per.join("; "))
    }

    /// `(label, text)` rows of the one-provider view.
    pub fn rows(&self) -> Vec<(&'static str, String)> {
        let models = match (&self.models, &self.default_model) {
            (Values::OneOf { values }, Some(d)) => values
                .iter()
                .map(|v| {
                    if v == d {
                        format!("{v} (default)")
                    } else {
                        v.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(", "),
            (Values::Any, Some(d)) => format!("any (default {d})"),
            (other, _) => other.to_string(),
        };
        let operation = if self.creates.is_empty() {
            self.operation.unwrap_or("-").to_string()
        } else {
            let each: Vec<String> = self
                .creates
                .iter()
                .map(|c| format!("{} ({})", c.operation, c.when))
                .collect();
            each.join(", ")
        };
        let mut transports = vec![self.transport];
        for c in &self.creates {
            if !transports.contains(&c.transport) {
                transports.push(c.transport);
            }
        }
        let transport: Vec<String> = transports.iter().map(Transport::to_string).collect();
        vec![
            ("operation", operation),
            ("transport", transport.join("/")),
            ("key", self.key_env.to_string()),
            ("models", models),
            ("durations", self.durations_text()),
            (
                "aspect ratios",
                self.by_model(
                    |m| m.aspect_ratios.to_string(),
                    self.aspect_ratios.to_string(),
                ),
            ),
            (
                "resolutions",
                self.by_model(|m| m.resolutions.to_string(), self.resolutions.to_string()),
            ),
            ("images", self.images_text()),
            ("extras", self.extras.join(", ")),
        ]
    }
}

/// One provider, one line per capability.
impl fmt::Display for Capabilities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} ({})", self.provider, self.name)?;
        for (label, text) in self.rows() {
            writeln!(f, "  {label:<14} {text}")?;
        }
        Ok(())
    }
}

/// The widest [`table`] line: it fits a 100-column terminal. A cell cut to fit ends with `…`; each
/// provider's `Display` shows it whole.
pub const TABLE_WIDTH: usize = 100;

/// Narrows the widest columns, one character at a time, until they add up to `budget`.
fn fit(widths: &mut [usize], budget: usize) {
    while widths.iter().sum::<usize>() > budget {
        let Some(widest) = widths.iter_mut().max() else {
            return;
        };
        if *widest <= 4 {
            return;
        }
        *widest -= 1;
    }
}

/// `text` in at most `width` characters, ending with `…` when cut.
fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut kept: String = text.chars().take(width.saturating_sub(1)).collect();
    kept.push('…');
    kept
}

/// Every provider in one table: provider, transport, models, durations, ratios, resolutions, images;
/// one line per provider, fitted to [`TABLE_WIDTH`] columns.
pub fn table(all: &[Capabilities]) -> String {
    let header = [
        "provider",
        "transport",
        "models",
        "durations",
        "aspect ratios",
        "resolutions",
        "images",
    ];
    let rows: Vec<[String; 7]> = all
        .iter()
        .map(|c| {
            let r = c.rows();
            let get = |label: &str| {
                r.iter()
                    .find(|(l, _)| *l == label)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default()
            };
            [
                c.provider.to_string(),
                get("transport"),
                get("models"),
                get("durations"),
                get("aspect ratios"),
                get("resolutions"),
                get("images"),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    fit(&mut widths, TABLE_WIDTH - 2 * (header.len() - 1));
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let text: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{:<w$}", cut(c, w)))
            .collect();
        out.push_str(text.join("  ").trim_end());
        out.push('\n');
    };
    line(&header.map(str::to_string));
    for row in &rows {
        line(row);
    }
    out
}
