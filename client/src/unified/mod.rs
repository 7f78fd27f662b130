//! The provider-neutral request: one [`VideoRequest`] for every provider, mapped onto a create operation's
//! own fields through the spec's `unified:` table ([`Operation::unified`]); no per-vendor code.
//!
//! A value the provider cannot honour is an error naming the provider, the field and the limit
//! ([`Error::Unsupported`]): a neutral field the operation does not map, a value outside the param's
//! enum or range, a local file where only URLs are taken (or the reverse), more images than allowed, a
//! duration a rule fixes for the chosen model. Nothing is dropped or changed silently; the only choice
//! made for the caller (a required model left out) is reported in [`Converted::notes`].

pub mod capabilities;
mod choose;
pub mod failover;
pub(crate) mod images;
mod suggest;

pub use images::FrameRole;

use crate::Provider;
use crate::spec::{Builtin, Check, EnumInfo, Field, Form, Kind, Neutral, Operation, Role, Shape};
use crate::validate::limits::check_json;
use crate::{Error, Violation, Violations};
use serde_json::{Map, Value};
use std::path::PathBuf;

/// A reference image: a URL (`http://`, `https://`, `data:`) or a local file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageInput {
    /// A URL the vendor fetches.
    Url(String),
    /// A local file, uploaded where the provider takes files.
    File(PathBuf),
}

impl ImageInput {
    /// `http://`, `https://` and `data:` text is a URL; anything else is a local path.
    pub fn parse(text: &str) -> ImageInput {
        let is_url = ["http://", "https://", "data:"].iter().any(|scheme| {
            text.get(..scheme.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
        });
        if is_url {
            ImageInput::Url(text.to_string())
        } else {
            ImageInput::File(PathBuf::from(text))
        }
    }

    /// True for a URL.
    pub fn is_url(&self) -> bool {
        matches!(self, ImageInput::Url(_))
    }

    /// The URL or path as given, for messages.
    pub fn shown(&self) -> String {
        match self {
            ImageInput::Url(url) => shorten(url),
            ImageInput::File(path) => path.display().to_string(),
        }
    }
}

/// One request for every provider: what the CLI's `generate` and failover send.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VideoRequest {
    /// What the video shows.
    pub prompt: String,
    /// Reference images, in order.
    pub images: Vec<ImageInput>,
    /// The image the video starts on (sent before `images`, with the vendor's first-frame role).
    pub first_frame: Option<ImageInput>,
    /// The image the video ends on (sent after `images`, with the vendor's last-frame role).
    pub last_frame: Option<ImageInput>,
    /// Seconds.
    pub duration: Option<u32>,
    /// `16:9`, `9:16`, ... (the spec's `values` rename them for vendors that spell them otherwise).
    pub aspect_ratio: Option<String>,
    /// `480p`, `720p`, `1080p`, ...
    pub resolution: Option<String>,
    /// A model of the provider, one of its aliases, or the same name spelled with other separators
    /// (`grok-video-3` for `grok_video3`).
    pub model: Option<String>,
    /// Vendor-specific fields by wire name, as text (`key=value`), typed by the field table.
    pub extras: Vec<(String, String)>,
}

impl VideoRequest {
    /// A request with only a prompt.
    pub fn new(prompt: impl Into<String>) -> VideoRequest {
        VideoRequest {
            prompt: prompt.into(),
            ..VideoRequest::default()
        }
    }
    /// Adds a reference image.
    pub fn image(mut self, image: ImageInput) -> Self {
        self.images.push(image);
        self
    }
    /// Sets the image the video starts on.
    pub fn first_frame(mut self, image: ImageInput) -> Self {
        self.first_frame = Some(image);
        self
    }
    /// Sets the image the video ends on.
    pub fn last_frame(mut self, image: ImageInput) -> Self {
        self.last_frame = Some(image);
        self
    }
    /// Every image with its frame role: the first frame, the reference images, the last frame.
    pub fn all_images(&self) -> Vec<(&ImageInput, Option<FrameRole>)> {
        let first = self.first_frame.iter().map(|i| (i, Some(FrameRole::First)));
        let rest = self.images.iter().map(|i| (i, None));
        let last = self.last_frame.iter().map(|i| (i, Some(FrameRole::Last)));
        first.chain(rest).chain(last).collect()
    }
    /// Sets the duration in seconds.
    pub fn duration(mut self, seconds: u32) -> Self {
        self.duration = Some(seconds);
        self
    }
    /// Sets the aspect ratio.
    pub fn aspect_ratio(mut self, ratio: impl Into<String>) -> Self {
        self.aspect_ratio = Some(ratio.into());
        self
    }
    /// Sets the resolution.
    pub fn resolution(mut self, resolution: impl Into<String>) -> Self {
        self.resolution = Some(resolution.into());
        self
    }
    /// Sets the model.
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = Some(model.into());
        self
    }
    /// Adds a vendor-specific field by wire name.
    pub fn extra(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.extras.push((key.into(), value.into()));
        self
    }
}

/// The neutral field names, in the order the spec language lists them.
pub const NEUTRAL_FIELDS: [&str; 6] = [
    "prompt",
    "model",
    "duration",
    "aspect_ratio",
    "resolution",
    "images",
];

/// A request converted for one provider.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The provider.
    pub provider: &'static Provider,
    /// The create operation it maps onto.
    pub operation: &'static Operation,
    /// The typed request's input keyed by wire names, for [`crate::providers::call`] and
    /// [`crate::providers::encode_request`].
    pub input: Value,
    /// The model sent, when one is.
    pub model: Option<String>,
    /// Choices made for the caller: a required model left out, a model name respelled.
    pub notes: Vec<String>,
    /// Why this create operation was chosen, when the provider's creates say when they take the
    /// request (`unified.when`): `1 image given; model `a` is one of a, b`.
    pub chosen_because: Option<String>,
}

/// Maps `req` onto `provider`'s create operation (`operation`, or the create whose `unified.when`
/// conditions hold for `req`; see the spec language's "Choosing the create") and validates it as the typed request would: the operation and its wire-named input.
pub fn to_provider(
    req: &VideoRequest,
    provider: &'static Provider,
    operation: Option<&str>,
) -> Result<(&'static Operation, Value), Error> {
    convert(req, provider, operation).map(|c| (c.operation, c.input))
}

/// Like [`to_provider`], with the model sent and the notes about choices made.
pub fn convert(
    req: &VideoRequest,
    provider: &'static Provider,
    operation: Option<&str>,
) -> Result<Converted, Error> {
    let chosen = choose::choose(req, provider, operation)?;
    let op = chosen.op;
    let Some(unified) = &op.unified() else {
        return Err(unsupported(
            provider,
            "request",
            format!(
                "operation `{}` takes no provider-neutral request (its spec has no `unified:` mapping)",
                op.name()
            ),
        ));
    };
    let mut conv = Conversion {
        provider,
        op,
        map: Map::new(),
        notes: Vec::new(),
        neutral_of: Vec::new(),
        by_neutral: Vec::new(),
        chosen: chosen.why.clone(),
    };
    let neutral = |name: &'static str| -> Option<&'static Neutral> {
        match name {
            "prompt" => unified.prompt(),
            "model" => unified.model(),
            "duration" => unified.duration(),
            "aspect_ratio" => unified.aspect_ratio(),
            "resolution" => unified.resolution(),
            _ => unified.images(),
        }
    };
    for name in NEUTRAL_FIELDS {
        if let Some(n) = neutral(name) {
            conv.neutral_of.push((n.field(), name, n));
        }
    }

    // A blank prompt is no prompt: never sent, so a required one is reported missing.
    let blank_prompt = req.prompt.trim().is_empty();
    if !blank_prompt {
        conv.scalar("prompt", neutral("prompt"), &req.prompt, "a prompt")?;
    }
    // A model that only chose the create (its path or a constant names it) is not sent again.
    if let Some(model) = req.model.as_ref().filter(|_| chosen.model.is_none()) {
        conv.model(neutral("model"), model)?;
    }
    if let Some(seconds) = req.duration {
        conv.scalar(
            "duration",
            neutral("duration"),
            &seconds.to_string(),
            "the duration",
        )?;
    }
    if let Some(ratio) = &req.aspect_ratio {
        conv.scalar(
            "aspect_ratio",
            neutral("aspect_ratio"),
            ratio,
            "the aspect ratio",
        )?;
    }
    if let Some(resolution) = &req.resolution {
        conv.scalar(
            "resolution",
            neutral("resolution"),
            resolution,
            "the resolution",
        )?;
    }
    let images = req.all_images();
    if !images.is_empty() {
        conv.images(neutral("images"), &images)?;
    }
    conv.extras(&req.extras)?;
    if let Some(n) = neutral("model") {
        conv.default_model(n);
    }
    conv.check_neutral_rules()?;
    conv.check_all()?;
    if blank_prompt && images.is_empty() {
        conv.nothing_to_render(neutral("prompt").or(neutral("images")))?;
    }
    let model = neutral("model")
        .and_then(|n| conv.map.get(n.field()))
        .and_then(crate::json_path::as_text)
        .or(chosen.model);
    let who = conv.who();
    let input = Value::Object(conv.map);
    encode_check(provider, op, &input, &who, &conv.neutral_of)?;
    Ok(Converted {
        provider,
        operation: op,
        input,
        model,
        notes: conv.notes,
        chosen_because: chosen.why,
    })
}

/// The create operation called `name`, or the provider's first create operation with a `unified:`
/// mapping (else its first create operation).
pub fn create_operation(
    provider: &'static crate::spec::Provider,
    name: Option<&str>,
) -> Result<&'static Operation, Error> {
    let creates = || {
        provider
            .operations()
            .iter()
            .copied()
            .filter(|o| o.role() == Role::Create)
    };
    match name {
        Some(name) => creates().find(|o| o.name() == name).ok_or_else(|| {
            let names: Vec<&str> = creates().map(|o| o.name()).collect();
            Error::Config(format!(
                "{} has no create operation `{name}`; its create operations: {}",
                provider.id(),
                names.join(", ")
            ))
        }),
        None => creates()
            .find(|o| o.unified().is_some())
            .or_else(|| creates().next())
            .ok_or_else(|| Error::Config(format!("{} has no create operation", provider.id()))),
    }
}

pub(crate) fn unsupported(
    provider: &crate::spec::Provider,
    field: &str,
    limit: impl Into<String>,
) -> Error {
    Error::Unsupported {
        provider: provider.id().to_string(),
        field: field.to_string(),
        limit: limit.into(),
    }
}

/// The conversion in progress.
struct Conversion {
    provider: &'static Provider,
    op: &'static Operation,
    map: Map<String, Value>,
    notes: Vec<String>,
    /// `(param wire name, neutral name, mapping)` for every mapped neutral field.
    neutral_of: Vec<(&'static str, &'static str, &'static Neutral)>,
    /// Params set from the neutral request's own fields (not from extras or defaults).
    by_neutral: Vec<&'static str>,
    /// Why the create was chosen among the provider's creates, when it was.
    chosen: Option<String>,
}

impl Conversion {
    /// The error names the chosen create and why it was chosen, when the provider had a choice.
    fn unsupported(&self, field: &str, limit: impl Into<String>) -> Error {
        let limit = limit.into();
        match &self.chosen {
            Some(why) => unsupported(
                self.provider,
                field,
                format!("{limit} (on `{}`, chosen because {why})", self.op.name()),
            ),
            None => unsupported(self.provider, field, limit),
        }
    }

    /// Who a violation is about: the provider, or its chosen create and why it was chosen.
    fn who(&self) -> String {
        match &self.chosen {
            Some(why) => format!(
                "{}.{} (chosen because {why})",
                self.provider.id(),
                self.op.name()
            ),
            None => self.provider.id().to_string(),
        }
    }

    /// A param set from a neutral field (rules bounding it are reported in neutral terms).
    fn set_neutral(&mut self, field: &'static Field, value: Value) {
        self.map.insert(field.wire().to_string(), value);
        self.by_neutral.push(field.wire());
    }

    /// The param a neutral field maps onto; a spec whose mapping names no param is a spec bug, reported
    /// as a configuration error.
    fn param(&self, n: &Neutral) -> Result<&'static Field, Error> {
        self.op
            .params()
            .iter()
            .find(|f| f.wire() == n.field())
            .ok_or_else(|| {
                Error::Config(format!(
                    "{}.{}: the unified mapping names `{}`, which is not a param",
                    self.provider.id(),
                    self.op.name(),
                    n.field()
                ))
            })
    }

    /// Prompt, duration, aspect ratio, resolution: renamed, typed by the param's kind, and checked
    /// against the param's own type and limits.
    fn scalar(
        &mut self,
        name: &str,
        n: Option<&'static Neutral>,
        given: &str,
        what: &str,
    ) -> Result<(), Error> {
        let Some(n) = n else {
            let asked = if name == "prompt" {
                String::new()
            } else {
                format!("`{given}` asked, but ")
            };
            return Err(self.unsupported(
                name,
                format!("{asked}{what} cannot be chosen on {}", self.provider.name()),
            ));
        };
        let field = self.param(n)?;
        let vendor = rename(n, given);
        let value = typed_value(field.shape().kind(), &vendor);
        if let Some(problem) = neutral_problem(field, n, &value, given) {
            return Err(self.unsupported(name, problem));
        }
        self.set_neutral(field, value);
        Ok(())
    }

    /// A model value, an alias, a spec rename, or the same name with other separators; anything else
    /// is an error listing the provider's models.
    fn model(&mut self, n: Option<&'static Neutral>, given: &str) -> Result<(), Error> {
        let Some(n) = n else {
            return Err(self.unsupported(
                "model",
                format!(
                    "`{given}` asked, but the model cannot be chosen on {}",
                    self.provider.name()
                ),
            ));
        };
        let field = self.param(n)?;
        let vendor = rename(n, given);
        let Kind::Enum(info) = field.shape().kind() else {
            // A free-text model param (xai): the vendor decides.
            let value = typed_value(field.shape().kind(), &vendor);
            if let Some(problem) = neutral_problem(field, n, &value, given) {
                return Err(self.unsupported("model", problem));
            }
            self.set_neutral(field, value);
            return Ok(());
        };
        let values: Vec<String> = info.values().iter().map(|v| v.to_string()).collect();
        let canonical = resolve_enum(info, &vendor).map(|(chosen, respelled)| {
            if respelled {
                self.notes.push(format!(
                    "{}: model `{given}` taken as `{chosen}`",
                    self.provider.id()
                ));
            }
            chosen
        });
        let Some(canonical) = canonical else {
            return Err(self.unsupported(
                "model",
                format!(
                    "`{given}` is not one of its models: {}",
                    values
                        .iter()
                        .map(|v| neutral_spelling(n, v))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        };
        let value = typed_value(field.shape().kind(), &canonical);
        self.set_neutral(field, value);
        Ok(())
    }

    /// A required model param left out gets the spec's default, else its first value, and says so.
    fn default_model(&mut self, n: &'static Neutral) {
        let Ok(field) = self.param(n) else { return };
        if !field.is_required() || self.map.contains_key(field.wire()) {
            return;
        }
        let chosen = match (&field.default_value(), field.shape().kind()) {
            (Some(default), _) => Some(*default),
            (None, Kind::Enum(info)) => info.values().first().copied(),
            _ => None,
        };
        if let Some(chosen) = chosen {
            self.notes.push(format!(
                "{}: no model given; using {chosen} (its models: {})",
                self.provider.id(),
                match field.shape().kind() {
                    Kind::Enum(info) => crate::validate::limits::enum_values(info),
                    _ => chosen.to_string(),
                }
            ));
            self.map.insert(
                field.wire().to_string(),
                crate::json_path::scalar_json(&chosen),
            );
        }
    }

    /// Images: the param's kind decides URLs or files, its shape how many.
    fn images(
        &mut self,
        n: Option<&'static Neutral>,
        images: &[(&ImageInput, Option<FrameRole>)],
    ) -> Result<(), Error> {
        let Some(n) = n else {
            return Err(self.unsupported(
                "images",
                format!(
                    "{} given, but {} takes no reference images",
                    count_images(images.len()),
                    self.provider.name()
                ),
            ));
        };
        let field = self.param(n)?;
        let template = n.item();
        if let Some((_, Some(role))) = images.iter().find(|(_, role)| role.is_some())
            && template.roles().is_none()
        {
            let name = match role {
                FrameRole::First => "first_frame",
                FrameRole::Last => "last_frame",
            };
            return Err(self.unsupported(
                name,
                format!(
                    "{} takes no first or last frame roles",
                    self.provider.name()
                ),
            ));
        }
        let (item, max) = match field.shape().kind() {
            Kind::List(item) => (*item, field.shape().limits().max_items()),
            _ => (field.shape(), Some(1)),
        };
        let leaf = image_leaf(item, n);
        if let Some(max) = max
            && images.len() > max
        {
            return Err(self.unsupported(
                "images",
                format!(
                    "{} given, at most {max} allowed",
                    count_images(images.len())
                ),
            ));
        }
        let mut values = Vec::new();
        for (image, role) in images {
            let text = match image {
                ImageInput::Url(url) if template.is_data_uri() && !is_data_uri(url) => {
                    return Err(self.unsupported(
                        "images",
                        format!(
                            "`{}` is a URL, but {} takes images inline only (data: URIs); the \
                             client never fetches an image for you: give a local file",
                            shorten(url),
                            self.provider.name()
                        ),
                    ));
                }
                ImageInput::Url(url) if leaf.takes_urls() || template.is_data_uri() => url.clone(),
                ImageInput::Url(url) => {
                    return Err(self.unsupported(
                        "images",
                        format!(
                            "`{}` is a URL, but it takes local image files only",
                            shorten(url)
                        ),
                    ));
                }
                ImageInput::File(path) if template.is_data_uri() => {
                    images::data_uri(path, template)?
                }
                ImageInput::File(path) if leaf.takes_files() => {
                    images::check_size(path, template)?;
                    path.display().to_string()
                }
                ImageInput::File(path) => {
                    return Err(self.unsupported(
                        "images",
                        format!(
                            "`{}` is a local file, but it takes image URLs only (http://, https:// or data:)",
                            path.display()
                        ),
                    ));
                }
            };
            values.push(images::item(n, text, *role));
        }
        let value = if matches!(field.shape().kind(), Kind::List(_)) {
            Value::Array(values)
        } else {
            values.remove(0)
        };
        if let Some(v) = check_json(field.wire(), &value, field.shape())
            .iter()
            .next()
        {
            return Err(self.unsupported("images", strip_field(v, field.wire())));
        }
        self.set_neutral(field, value);
        Ok(())
    }

    /// `key=value` extras: fields of the operation by wire name, typed by the field table.
    fn extras(&mut self, extras: &[(String, String)]) -> Result<(), Error> {
        let mut conflicts = Violations::new();
        let mut grouped: Vec<(&'static Field, Vec<&str>)> = Vec::new();
        for (key, text) in extras {
            let key = key.trim();
            if self.op.consts().iter().any(|c| c.wire() == key) {
                conflicts.push(Violation::new(
                    self.label(key),
                    "is a constant of this operation and cannot be set",
                ));
                continue;
            }
            let Some(field) = self.op.params().iter().find(|f| f.wire() == key) else {
                let known: Vec<&str> = self.op.params().iter().map(|f| f.wire()).collect();
                return Err(self.unsupported(
                    key,
                    format!(
                        "not a field of {}.{}; its fields: {}",
                        self.provider.id(),
                        self.op.name(),
                        known.join(", ")
                    ),
                ));
            };
            if self.map.contains_key(key) {
                let by = self
                    .neutral_of
                    .iter()
                    .find(|(wire, ..)| *wire == key)
                    .map_or(key, |(_, name, _)| *name);
                conflicts.push(Violation::new(
                    self.label(key),
                    format!("is already set by the request's {by}; give it once"),
                ));
                continue;
            }
            match grouped.iter_mut().find(|(f, _)| f.wire() == field.wire()) {
                Some((_, texts)) => texts.push(text),
                None => grouped.push((field, vec![text])),
            }
        }
        for (field, texts) in grouped {
            if !matches!(field.shape().kind(), Kind::List(_)) && texts.len() > 1 {
                conflicts.push(Violation::new(
                    self.label(field.wire()),
                    format!("given {} times; it takes one value", texts.len()),
                ));
                continue;
            }
            let value = if let Kind::List(item) = field.shape().kind() {
                let mut items = Vec::new();
                for text in texts {
                    match extra_value(item.kind(), text) {
                        // A whole JSON list given at once.
                        Value::Array(list) if is_json_kind(item.kind()) => items.extend(list),
                        v => items.push(v),
                    }
                }
                Value::Array(items)
            } else {
                extra_value(field.shape().kind(), texts[0])
            };
            self.map.insert(field.wire().to_string(), value);
        }
        if conflicts.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(conflicts))
        }
    }

    /// Rules that bound a neutral field (fixed, forbidden, range, items, allowed) for the values now
    /// set: a duration the model fixes, a resolution the model does not let you choose, ...
    fn check_neutral_rules(&self) -> Result<(), Error> {
        for rule in self.op.rules() {
            let target: &[&str] = match rule.check() {
                Check::Fixed { field, .. }
                | Check::Range { field, .. }
                | Check::Items { field, .. }
                | Check::Allowed { field, .. } => std::slice::from_ref(field),
                Check::Forbidden(fields) => fields,
                _ => continue,
            };
            let Some((_, name, _)) = self
                .neutral_of
                .iter()
                .find(|(wire, ..)| target.contains(wire) && self.by_neutral.contains(wire))
            else {
                continue;
            };
            let found = crate::validate::rules::check(std::slice::from_ref(rule), &self.map);
            if let Some(v) = found.iter().next() {
                return Err(self.unsupported(name, v.message.clone()));
            }
        }
        Ok(())
    }

    /// Every value against its param's type and limits, and every required param present.
    fn check_all(&self) -> Result<(), Error> {
        let mut out = Violations::new();
        for field in self.op.params() {
            match self.map.get(field.wire()) {
                Some(value) => {
                    for v in check_json(field.wire(), value, field.shape()) {
                        out.push(Violation::new(self.label(&v.field), v.message));
                    }
                }
                None if field.is_required() => {
                    out.push(Violation::new(self.label(field.wire()), "is required"))
                }
                None => {}
            }
        }
        out.into_result().map_err(Error::Invalid)
    }

    /// A create with neither a prompt nor an image asks the vendor to render nothing (and may still
    /// be charged): refused when the operation maps either of them (`what` is that mapping).
    fn nothing_to_render(&self, what: Option<&'static Neutral>) -> Result<(), Error> {
        let Some(n) = what else { return Ok(()) };
        Err(Error::Invalid(
            Violation::new(
                self.label(n.field()),
                format!(
                    "the prompt is empty and no reference image is given: {} needs one or the other",
                    self.provider.name()
                ),
            )
            .into(),
        ))
    }

    /// `provider: wire` (with the neutral name when it differs).
    fn label(&self, field: &str) -> String {
        label(&self.who(), &self.neutral_of, field)
    }
}

/// `provider: field`, plus the neutral name it comes from when that differs (`geeknow: seconds
/// (duration)`).
fn label(
    who: &str,
    neutral_of: &[(&'static str, &'static str, &'static Neutral)],
    field: &str,
) -> String {
    let root = field.split(['[', '.']).next().unwrap_or(field);
    match neutral_of.iter().find(|(wire, ..)| *wire == root) {
        Some((_, name, _)) if *name != root => format!("{who}: {field} ({name})"),
        _ => format!("{who}: {field}"),
    }
}

/// Runs the typed request's own validation by encoding it (built-in providers), and names the
/// provider in every violation.
fn encode_check(
    provider: &'static Provider,
    op: &'static Operation,
    input: &Value,
    who: &str,
    neutral_of: &[(&'static str, &'static str, &'static Neutral)],
) -> Result<(), Error> {
    // The typed request's own validation when the operation has one; a provider known only by its
    // tables is checked against them, as its create will be.
    let result = provider
        .encode_request(op.name(), input.clone())
        .map(|_| ());
    result.map_err(|e| match e {
        Error::Invalid(violations) => Error::Invalid(
            violations
                .into_iter()
                .map(|v| {
                    let field = if v.field == op.name() {
                        format!("{}.{}", provider.id(), op.name())
                    } else {
                        label(who, neutral_of, &v.field)
                    };
                    Violation::new(field, v.message)
                })
                .collect(),
        ),
        other => other,
    })
}

/// What an image param's items take: URLs, files, or both.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ImageLeaf {
    pub urls: bool,
    pub files: bool,
}

impl ImageLeaf {
    fn takes_urls(self) -> bool {
        self.urls
    }
    fn takes_files(self) -> bool {
        self.files
    }
}

/// What one image item takes: the param itself, or the field at the `key` path of an image object.
/// A vendor taking inline images only takes local files (sent as `data:` URIs), never URLs.
pub(crate) fn image_leaf(item: &Shape, n: &Neutral) -> ImageLeaf {
    if n.item().is_data_uri() {
        return ImageLeaf {
            urls: false,
            files: true,
        };
    }
    let mut kind = item.kind();
    if let Some(key) = n.key() {
        for segment in key.split('.') {
            kind = match kind {
                Kind::Object(fields) => fields
                    .iter()
                    .find(|f| f.wire() == segment)
                    .map_or(&Kind::Builtin(Builtin::Json), |f| f.shape().kind()),
                _ => &Kind::Builtin(Builtin::Json),
            };
        }
    }
    let builtin = kind.builtin();
    ImageLeaf {
        urls: builtin.is_some_and(Builtin::takes_urls),
        files: builtin == Some(Builtin::File),
    }
}

/// True for a `data:` URL (any case).
fn is_data_uri(url: &str) -> bool {
    url.get(..5)
        .is_some_and(|head| head.eq_ignore_ascii_case("data:"))
}

/// The vendor spelling of a neutral value (unlisted values pass through).
pub(crate) fn rename(n: &Neutral, given: &str) -> String {
    n.values()
        .iter()
        .find(|(neutral, _)| *neutral == given)
        .map_or(given, |(_, vendor)| *vendor)
        .to_string()
}

/// The neutral spelling of a vendor value (the reverse of [`rename`]).
pub(crate) fn neutral_spelling(n: &Neutral, vendor: &str) -> String {
    n.values()
        .iter()
        .find(|(_, v)| *v == vendor)
        .map_or(vendor, |(neutral, _)| *neutral)
        .to_string()
}

/// Why a neutral value does not fit its param, in neutral terms; `None` when it fits.
fn neutral_problem(field: &Field, n: &Neutral, value: &Value, given: &str) -> Option<String> {
    if let Kind::Enum(info) = field.shape().kind() {
        if check_json(field.wire(), value, field.shape()).is_empty() {
            return None;
        }
        let accepted: Vec<String> = info
            .values()
            .iter()
            .map(|v| neutral_spelling(n, &v.to_string()))
            .collect();
        let hint = crate::unified::suggest::near_miss(given, accepted.iter().map(String::as_str))
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        return Some(format!(
            "`{given}` is not offered; it accepts {}{hint}",
            accepted.join(", ")
        ));
    }
    let found = check_json(field.wire(), value, field.shape());
    found
        .iter()
        .next()
        .map(|v| strip_field(v, field.wire()).to_string())
}

/// A violation's message, with the sub-path kept when it is not the param itself.
fn strip_field(v: &Violation, wire: &str) -> String {
    if v.field == wire {
        v.message.clone()
    } else {
        format!("{}: {}", v.field, v.message)
    }
}

/// Text typed by a field's kind; text that does not parse stays text so validation reports it.
fn typed_value(kind: &Kind, text: &str) -> Value {
    kind.parse_text(text)
        .map_or_else(|| Value::from(text), |s| crate::json_path::scalar_json(&s))
}

fn is_json_kind(kind: &Kind) -> bool {
    matches!(kind, Kind::Object(_) | Kind::List(_))
        || kind.builtin().map(Builtin::form) == Some(Form::Any)
}

/// An extra's text: JSON for objects and `json` fields (plain text when it is not JSON), typed like a
/// multipart part otherwise.
fn extra_value(kind: &Kind, text: &str) -> Value {
    if is_json_kind(kind) {
        return serde_json::from_str(text).unwrap_or_else(|_| Value::from(text));
    }
    typed_value(kind, text)
}

/// A value of an enum param as given: the value itself, an alias's value, or the one value spelled
/// the same but for case and separators (`grok-video-3` for `grok_video3`; `true`: respelled).
pub(crate) fn resolve_enum(info: &EnumInfo, vendor: &str) -> Option<(String, bool)> {
    if info.values().iter().any(|v| v.to_string() == vendor) {
        return Some((vendor.to_string(), false));
    }
    if let Some((_, c)) = info.aliases().iter().find(|(a, _)| *a == vendor) {
        return Some((c.to_string(), false));
    }
    let key = squash(vendor);
    let values: Vec<String> = info.values().iter().map(|v| v.to_string()).collect();
    let mut found: Vec<String> = values
        .iter()
        .map(String::as_str)
        .chain(info.aliases().iter().map(|(a, _)| *a))
        .filter(|v| squash(v) == key)
        .map(|v| {
            info.aliases()
                .iter()
                .find(|(a, _)| *a == v)
                .map_or(v.to_string(), |(_, c)| c.to_string())
        })
        .collect();
    found.dedup();
    (found.len() == 1).then(|| (found.remove(0), true))
}

/// Lower-case letters and digits only.
pub(crate) fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

pub(crate) fn count_images(n: usize) -> String {
    if n == 1 {
        "1 image".to_string()
    } else {
        format!("{n} images")
    }
}

/// URLs (data: URLs above all) can be huge: keep messages short.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 80;
    if text.chars().count() <= LIMIT {
        return text.to_string();
    }
    let head: String = text.chars().take(LIMIT).collect();
    format!("{head}…")
}
