//! Vendor errors the spec declares final (`errors.final`): marked as they are read (by the transport,
//! and by `grokvid spec read`'s explained reading), so no retry loop (the transport's, `wait`'s polls,
//! a download's sources) repeats them, and the error says why.

use crate::Error;
use crate::spec::Provider;

/// `error`, marked final when it is a vendor error one of the spec's `errors.final` entries matches.
pub(crate) fn mark(provider: &Provider, error: Error) -> Error {
    match error {
        Error::Vendor(mut v) => {
            v.final_because = provider
                .errors()
                .finals()
                .iter()
                .find(|f| f.matches(v.http_status, v.code.as_deref(), &v.message))
                .map(|f| f.describe());
            Error::Vendor(v)
        }
        other => other,
    }
}
