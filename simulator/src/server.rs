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
    pub(crate) fn spawn(
        listener: std::net::TcpListener,
        shared: Arc<Shared>,
    ) -> std::io::Result<Server> {
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let counted = shared.clone();
        let app = axum::Router::new()
            .fallback(crate::handler::handle)
            .with_state(shared);
        let thread = std::thread::Builder::new()
            .name(format!("grokvid-sim-{}", addr.port()))
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let listener = listener.tap_io(move |_| {
                        counted
                            .connections
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    });
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
