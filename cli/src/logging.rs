//! Where the library's log events go: stderr, filtered by `RUST_LOG` when it is set, else by `-v`
//! (retries and polls) or `-vv` (every HTTP request).
//!
//! `RUST_LOG` takes `target=level` directives and a bare default level (`warn,grokvid=debug`,
//! `trace`): tracing-subscriber's `Targets`, not its `EnvFilter`, whose span and field filters need a
//! regex engine (about 15 s of CPU in a first release build; BENCHMARKS.md, "First build").

use tracing_subscriber::filter::Targets;
use tracing_subscriber::prelude::*;

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

/// The filter `RUST_LOG` asks for, or the `-v` one. A `RUST_LOG` that does not parse is reported,
/// and `-v` applies instead.
fn filter(verbosity: u8) -> Targets {
    let fallback = || {
        default_filter(verbosity)
            .parse()
            .unwrap_or_else(|_| Targets::new())
    };
    match std::env::var("RUST_LOG") {
        Ok(directives) if !directives.trim().is_empty() => directives.parse().unwrap_or_else(|e| {
            eprintln!(
                "warning: RUST_LOG=`{directives}` is not a log filter ({e}); write \
                     TARGET=LEVEL directives, e.g. RUST_LOG=grokvid=debug or RUST_LOG=trace. \
                     Using -v instead."
            );
            fallback()
        }),
        _ => fallback(),
    }
}

/// Installs the subscriber.
pub fn init(verbosity: u8) {
    let layer = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    tracing_subscriber::registry()
        .with(layer.with_filter(filter(verbosity)))
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verbosity_is_a_filter() {
        for verbosity in 0..4 {
            let filter = default_filter(verbosity);
            assert!(filter.parse::<Targets>().is_ok(), "{filter}");
        }
    }
}
