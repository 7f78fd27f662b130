//! The HTTP server: one axum app on its own thread and current-thread runtime, so a simulator works the
//! same from sync tests and from any async runtime, and dies with its `Simulator`.

use crate::state::Shared;
use axum::serve::ListenerExt;
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::Arc;

pub(crate) struct Server {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Serves the spec's `host` (`None`: its base URL) on `listener`.
    pub(crate) fn spawn(
        listener: std::net::TcpListener,
        shared: Arc<Shared>,
        host: Option<&'static str>,
    ) -> std::io::Result<Server> {
        let counted = shared.clone();
        let app = axum::Router::new()
            .fallback(crate::handler::handle)
            .layer(axum::Extension(crate::hosts::Listening(host)))
            .with_state(shared);
        Server::serve(listener, app, move || {
            counted
                .connections
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
    }

    /// Serves `app` on `listener` from its own thread; `on_accept` runs for every connection.
    pub(crate) fn serve(
        listener: std::net::TcpListener,
        app: axum::Router,
        on_accept: impl Fn() + Send + 'static,
    ) -> std::io::Result<Server> {
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(format!("grokvid-sim-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let listener = listener.tap_io(move |_| on_accept());
                    tokio::select! {
                        _ = axum::serve(listener, app).into_future() => {}
                        _ = stop => {}
                    }
                });
                // Dropping the runtime here cancels every open connection and sleeping fault.
            })?;
        Ok(Server {
            addr,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
