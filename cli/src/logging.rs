//! Where the library's log events go: stderr, filtered by `RUST_LOG` when it is set, else by `-v`
//! (retries and polls) or `-vv` (every HTTP request).

use tracing_subscriber::EnvFilter;

/// Dependencies that log on their own; kept quiet by default (set `RUST_LOG` to see them). Nothing of
/// theirs can print a header anyway: `log` records (reqwest, rustls) are not forwarded at all.
const QUIET: &str = "hyper=off,hyper_util=off,h2=off,reqwest=off,rustls=off,tower=off,axum=off";

/// The filter for `-v` repeated `verbosity` times, when `RUST_LOG` is not set.
pub fn default_filter(verbosity: u8) -> String {
    let ours = match verbosity {
        0 => return format!("warn,{QUIET}"),
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    format!("warn,grokvid={ours},grokvid_sim={ours},{QUIET}")
}

/// Installs the subscriber. A `RUST_LOG` that does not parse is reported, and `-v` applies instead.
pub fn init(verbosity: u8) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(directives) if !directives.trim().is_empty() => EnvFilter::try_new(&directives)
            .unwrap_or_else(|e| {
                eprintln!(
                    "warning: RUST_LOG=`{directives}` is not a log filter ({e}); \
                     write e.g. RUST_LOG=grokvid=debug. Using -v instead."
                );
                EnvFilter::new(default_filter(verbosity))
            }),
        _ => EnvFilter::new(default_filter(verbosity)),
    };
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
