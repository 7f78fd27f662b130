//! Operations: one endpoint each.

use super::{Choice, Field, ImageItem, Response, Rule, Scalar};
use crate::{BodyKind, Method, ParamLocation, PathTemplate, Role};

/// One endpoint.
#[derive(Debug, Clone, Copy)]
pub struct Operation {
    name: &'static str,
    role: Role,
    method: Method,
    path: PathTemplate<'static>,
    body: BodyKind,
    wrap: Option<&'static str>,
    headers: &'static [(&'static str, &'static str)],
    params: &'static [Field],
    consts: &'static [Const],
    rules: &'static [Rule],
    response: Response,
    unified: Option<Unified>,
    /// The named host serving it (`None`: the provider's base URL).
    host: Option<&'static str>,
}

impl Operation {
    /// An operation with no params, no body and a reply with no documented fields.
    pub const fn new(
        name: &'static str,
        role: Role,
        method: Method,
        path: PathTemplate<'static>,
    ) -> Operation {
        Operation {
            name,
            role,
            method,
            path,
            body: BodyKind::None,
            wrap: None,
            headers: &[],
            params: &[],
            consts: &[],
            rules: &[],
            response: Response::new(&[]),
            unified: None,
            host: None,
        }
    }

    /// Served from the provider's named host `host` instead of its base URL.
    pub const fn with_host(mut self, host: &'static str) -> Operation {
        self.host = Some(host);
        self
    }

    /// The named host serving this operation; `None`: the provider's base URL.
    pub const fn host(&self) -> Option<&'static str> {
        self.host
    }

    /// How the body is encoded.
    pub const fn with_body(mut self, body: BodyKind) -> Operation {
        self.body = body;
        self
    }

    /// Nests every body field under this key.
    pub const fn with_wrap(mut self, key: &'static str) -> Operation {
        self.wrap = Some(key);
        self
    }

    /// Constant headers (provider-wide ones are not repeated here).
    pub const fn with_headers(
        mut self,
        headers: &'static [(&'static str, &'static str)],
    ) -> Operation {
        self.headers = headers;
        self
    }

    /// The request's params.
    pub const fn with_params(mut self, params: &'static [Field]) -> Operation {
        self.params = params;
        self
    }

    /// Params always sent with a fixed value.
    pub const fn with_consts(mut self, consts: &'static [Const]) -> Operation {
        self.consts = consts;
        self
    }

    /// Checks across params.
    pub const fn with_rules(mut self, rules: &'static [Rule]) -> Operation {
        self.rules = rules;
        self
    }

    /// How the reply is read.
    pub const fn with_response(mut self, response: Response) -> Operation {
        self.response = response;
        self
    }

    /// How the provider-neutral request maps onto this operation (creates only).
    pub const fn with_unified(mut self, unified: Unified) -> Operation {
        self.unified = Some(unified);
        self
    }

    /// snake_case name, also the client method name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the operation is for.
    pub const fn role(&self) -> Role {
        self.role
    }

    /// The HTTP method.
    pub const fn method(&self) -> Method {
        self.method
    }

    /// The path template, parsed when the spec was built.
    pub const fn path(&self) -> &PathTemplate<'static> {
        &self.path
    }

    /// How the body is encoded.
    pub const fn body(&self) -> BodyKind {
        self.body
    }

    /// The key every body field is nested under, if any.
    pub const fn wrap(&self) -> Option<&'static str> {
        self.wrap
    }

    /// Constant headers.
    pub const fn headers(&self) -> &'static [(&'static str, &'static str)] {
        self.headers
    }

    /// The request's params.
    pub const fn params(&self) -> &'static [Field] {
        self.params
    }

    /// Params always sent with a fixed value.
    pub const fn consts(&self) -> &'static [Const] {
        self.consts
    }

    /// Checks across params.
    pub const fn rules(&self) -> &'static [Rule] {
        self.rules
    }

    /// How the reply is read.
    pub const fn response(&self) -> &Response {
        &self.response
    }

    /// How the provider-neutral request maps onto this operation.
    pub const fn unified(&self) -> Option<&Unified> {
        self.unified.as_ref()
    }

    /// The parameter that carries the task id (query, content operations).
    pub fn task_id_param(&self) -> Option<&'static Field> {
        self.params.iter().find(|f| f.is_task_id())
    }

    /// True for calls that are paid or change something (creates, non-GET others): once one may
    /// have reached the vendor, it is never repeated nor reported as unsent.
    pub fn has_effects(&self) -> bool {
        self.role == Role::Create || (self.role == Role::Other && self.method != Method::Get)
    }
}

/// A parameter that is always sent with one value.
#[derive(Debug, Clone, Copy)]
pub struct Const {
    wire: &'static str,
    location: ParamLocation,
    value: Scalar,
}

impl Const {
    /// `wire` at `location` is always `value`.
    pub const fn new(wire: &'static str, location: ParamLocation, value: Scalar) -> Const {
        Const {
            wire,
            location,
            value,
        }
    }

    /// The wire name.
    pub const fn wire(&self) -> &'static str {
        self.wire
    }

    /// Where it goes.
    pub const fn location(&self) -> ParamLocation {
        self.location
    }

    /// The value sent.
    pub const fn value(&self) -> Scalar {
        self.value
    }
}

/// The provider-neutral request's fields, each mapped onto one param of a create operation.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unified {
    prompt: Option<Neutral>,
    model: Option<Neutral>,
    duration: Option<Neutral>,
    aspect_ratio: Option<Neutral>,
    resolution: Option<Neutral>,
    images: Option<Neutral>,
    when: Choice,
}

impl Unified {
    /// Takes the request only under these conditions (`unified.when`).
    pub const fn with_when(mut self, when: Choice) -> Unified {
        self.when = when;
        self
    }

    /// When this create takes the request ([`Choice::ANY`]: always).
    pub const fn when(&self) -> &Choice {
        &self.when
    }
}

macro_rules! neutral_fields {
    ($($name:ident / $setter:ident: $what:literal),* $(,)?) => {
        impl Unified {
            /// No neutral field mapped.
            pub const NONE: Unified = Unified {
                $($name: None,)*
                when: Choice::ANY,
            };

            $(
                #[doc = concat!("Maps the neutral ", $what, " onto a param.")]
                pub const fn $setter(mut self, neutral: Neutral) -> Unified {
                    self.$name = Some(neutral);
                    self
                }

                #[doc = concat!("The param the neutral ", $what, " maps onto.")]
                pub const fn $name(&self) -> Option<&Neutral> {
                    self.$name.as_ref()
                }
            )*
        }
    };
}

neutral_fields! {
    prompt / with_prompt: "prompt",
    model / with_model: "model",
    duration / with_duration: "duration",
    aspect_ratio / with_aspect_ratio: "aspect ratio",
    resolution / with_resolution: "resolution",
    images / with_images: "images",
}

/// One neutral field's param, value renames, and (for images given as objects) the URL's key.
#[derive(Debug, Clone, Copy)]
pub struct Neutral {
    field: &'static str,
    values: &'static [(&'static str, &'static str)],
    key: Option<&'static str>,
    item: ImageItem,
}

impl Neutral {
    /// Maps onto the param `field`, values unchanged.
    pub const fn new(field: &'static str) -> Neutral {
        Neutral {
            field,
            values: &[],
            key: None,
            item: ImageItem::NONE,
        }
    }

    /// `(neutral value, vendor value)` renames; unlisted values pass through unchanged.
    pub const fn with_values(mut self, values: &'static [(&'static str, &'static str)]) -> Neutral {
        self.values = values;
        self
    }

    /// Images given as objects: the key of the URL in each (a dotted path nests: `image_url.url`).
    pub const fn with_key(mut self, key: &'static str) -> Neutral {
        self.key = Some(key);
        self
    }

    /// Images: constants, frame roles and inline sending of each item.
    pub const fn with_item(mut self, item: ImageItem) -> Neutral {
        self.item = item;
        self
    }

    /// The param's wire name.
    pub const fn field(&self) -> &'static str {
        self.field
    }

    /// Images: constants, frame roles and inline sending of each item.
    pub const fn item(&self) -> &ImageItem {
        &self.item
    }

    /// `(neutral value, vendor value)` renames.
    pub const fn values(&self) -> &'static [(&'static str, &'static str)] {
        self.values
    }

    /// The URL's key, for images given as objects.
    pub const fn key(&self) -> Option<&'static str> {
        self.key
    }
}
