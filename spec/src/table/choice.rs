//! When a create operation is the one the provider-neutral request goes to (`unified.when`).

/// The conditions under which a create operation takes the provider-neutral request: all of them
/// must hold. A provider with several creates mapping the request gives each one conditions the
/// loader has proved exclusive, so one request picks at most one create.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Choice {
    models: Option<&'static [&'static str]>,
    images: Option<bool>,
}

impl Choice {
    /// No condition: the create takes every request.
    pub const ANY: Choice = Choice {
        models: None,
        images: None,
    };

    /// Only for these models (the model param's values; the model the create sends by default when
    /// the request names none).
    pub const fn with_models(mut self, models: &'static [&'static str]) -> Choice {
        self.models = Some(models);
        self
    }

    /// Only when reference images are given (`true`) or when none are (`false`).
    pub const fn with_images(mut self, present: bool) -> Choice {
        self.images = Some(present);
        self
    }

    /// The models it is for, when it names them.
    pub const fn models(&self) -> Option<&'static [&'static str]> {
        self.models
    }

    /// Whether it wants images (`Some(true)`), no images (`Some(false)`), or does not care.
    pub const fn images(&self) -> Option<bool> {
        self.images
    }

    /// True when it has no condition.
    pub const fn is_any(&self) -> bool {
        self.models.is_none() && self.images.is_none()
    }
}
