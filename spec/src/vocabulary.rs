//! The closed word lists of the spec language: each enum and its words, spelled once.
//!
//! The doc comments are also the JSON Schema's descriptions (`specs/spec.schema.json`), which editors
//! show to spec authors.

/// Declares a vocabulary enum with its words: `ALL`, `as_str` and `parse` come from one list, and the
/// JSON Schema (behind the `schema` feature) uses the same words.
macro_rules! vocabulary {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $( $(#[$variant_attr:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $(
                $(#[$variant_attr])*
                #[cfg_attr(feature = "schema", serde(rename = $word))]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in the order the spec language documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the spec language spells it with.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            /// The value spelled `word` (exactly), or `None`.
            pub fn parse(word: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.as_str() == word)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// What an operation is for. A provider has at most one `query`, one `content` and one
    /// `batch_query`, and may have several `create` operations.
    pub enum Role {
        /// Starts a task (paid); needs `response.task`.
        Create = "create",
        /// Polls one task (`wait` calls it); needs a `task_id` param and `response.task`.
        Query = "query",
        /// Downloads the finished file (`download` falls back to it); needs a `task_id` param and
        /// `response.media`.
        Content = "content",
        /// Polls several tasks; needs `response.tasks`.
        BatchQuery = "batch_query",
        /// Anything else.
        Other = "other",
    }
}

vocabulary! {
    /// What a request that breaks a rule gets (`then:`): the vendor refuses it, or accepts it and
    /// corrects or ignores the value.
    pub enum Then {
        /// Refused before sending (the default): the vendor would refuse it.
        Reject = "reject",
        /// Sent as given, with a warning saying what the vendor will really do.
        Warn = "warn",
        /// The fields the rule concerns are left out of the request, with a warning.
        Drop = "drop",
    }
}

vocabulary! {
    /// An HTTP method (the loader reads it in any case).
    pub enum Method {
        /// GET.
        Get = "GET",
        /// POST.
        Post = "POST",
        /// PUT.
        Put = "PUT",
        /// PATCH.
        Patch = "PATCH",
        /// DELETE.
        Delete = "DELETE",
    }
}

vocabulary! {
    /// How a request body is encoded.
    pub enum BodyKind {
        /// A JSON object.
        Json = "json",
        /// multipart/form-data (needed for `file` params).
        Multipart = "multipart",
        /// No body.
        None = "none",
    }
}

vocabulary! {
    /// Where the API key goes.
    pub enum AuthLocation {
        /// In a request header.
        Header = "header",
        /// In a query parameter.
        Query = "query",
    }
}

vocabulary! {
    /// Where a param goes.
    pub enum ParamLocation {
        /// Fills the `{name}` placeholder of the operation's path (must be required).
        Path = "path",
        /// A query parameter.
        Query = "query",
        /// A request header.
        Header = "header",
        /// The request body (JSON, or a multipart field).
        Body = "body",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
        }
        assert_eq!(Role::parse("batch_query"), Some(Role::BatchQuery));
        assert_eq!(Method::parse("PATCH"), Some(Method::Patch));
        assert_eq!(Method::parse("patch"), None);
        assert_eq!(BodyKind::parse("none"), Some(BodyKind::None));
        assert_eq!(ParamLocation::ALL.len(), 4);
    }
}
