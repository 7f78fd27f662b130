//! One listener per host of the spec: the base URL's, and one per named host (`hosts:`), all playing
//! the same tasks. Each answers only the operations the spec serves from it, so a client that sends an
//! operation to the wrong host gets a 404 saying so; the video and handed-back links live on the base
//! URL's listener.

use crate::routes::Route;

/// Which host a listener plays: `None` for the base URL, else the spec's host name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Listening(pub Option<&'static str>);

/// A named host's listener, as a client reaches it.
#[derive(Debug, Clone)]
pub(crate) struct Served {
    pub name: &'static str,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// Prefix of its operation paths (`""` or `/something`), from the host's URL in the spec.
    pub base_path: String,
}

/// `route` as the listener of `host` answers it: only the operations served from that host.
pub(crate) fn only_on(route: Route, host: Option<&str>) -> Route {
    match route {
        Route::Ops {
            mut candidates,
            path_params,
        } => {
            candidates.retain(|op| op.host() == host);
            if candidates.is_empty() {
                Route::NotFound
            } else {
                Route::Ops {
                    candidates,
                    path_params,
                }
            }
        }
        Route::Video { .. } | Route::Link { .. } if host.is_some() => Route::NotFound,
        route => route,
    }
}
