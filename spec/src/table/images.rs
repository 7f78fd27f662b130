//! How each neutral image is written when a vendor wants more than a URL: constant keys in each item,
//! a frame role (first or last frame), and inline images (`data:` URIs) with a size limit.

use super::Scalar;

/// The item template of `unified.images` (the URL's place is the neutral field's `key`).
#[derive(Debug, Clone, Copy)]
pub struct ImageItem {
    consts: &'static [(&'static str, Scalar)],
    roles: Option<FrameRoles>,
    data_uri: bool,
    max_bytes: Option<u64>,
}

impl ImageItem {
    /// No constants, no roles, images as given.
    pub const NONE: ImageItem = ImageItem {
        consts: &[],
        roles: None,
        data_uri: false,
        max_bytes: None,
    };

    /// Keys every item carries with a fixed value (dotted paths nest: `image_url.detail`).
    pub const fn with_consts(mut self, consts: &'static [(&'static str, Scalar)]) -> ImageItem {
        self.consts = consts;
        self
    }

    /// Where the first/last frame role goes, and the vendor's words for each.
    pub const fn with_roles(mut self, roles: FrameRoles) -> ImageItem {
        self.roles = Some(roles);
        self
    }

    /// Local files are sent inline as `data:<mime>;base64,...`; URLs other than `data:` are refused.
    pub const fn data_uri(mut self) -> ImageItem {
        self.data_uri = true;
        self
    }

    /// The largest local image accepted, in bytes, checked before anything is sent.
    pub const fn with_max_bytes(mut self, max: u64) -> ImageItem {
        self.max_bytes = Some(max);
        self
    }

    /// Keys every item carries with a fixed value.
    pub const fn consts(&self) -> &'static [(&'static str, Scalar)] {
        self.consts
    }

    /// The frame roles, when the vendor takes them.
    pub const fn roles(&self) -> Option<&FrameRoles> {
        self.roles.as_ref()
    }

    /// True when images travel inline as `data:` URIs only.
    pub const fn is_data_uri(&self) -> bool {
        self.data_uri
    }

    /// The largest local image accepted, in bytes.
    pub const fn max_bytes(&self) -> Option<u64> {
        self.max_bytes
    }
}

/// Where an image's frame role goes in its item, and the vendor's word for each role.
#[derive(Debug, Clone, Copy)]
pub struct FrameRoles {
    at: &'static str,
    first: &'static str,
    last: &'static str,
}

impl FrameRoles {
    /// The role at dotted path `at` inside the item: `first` for the first frame, `last` for the last.
    pub const fn new(at: &'static str, first: &'static str, last: &'static str) -> FrameRoles {
        FrameRoles { at, first, last }
    }

    /// The role's dotted path inside an item.
    pub const fn at(&self) -> &'static str {
        self.at
    }

    /// The vendor's word for the first frame.
    pub const fn first(&self) -> &'static str {
        self.first
    }

    /// The vendor's word for the last frame.
    pub const fn last(&self) -> &'static str {
        self.last
    }
}
