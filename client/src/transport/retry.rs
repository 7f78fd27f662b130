//! Bounded retries with exponential backoff and jitter, and the one rule for what may be repeated:
//! a paid create only when it provably never reached the vendor, or the vendor answered 429.

use crate::Error;
use crate::spec::Operation;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How often and how patiently transient failures are retried.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retry).
    pub max_attempts: u32,
    /// The first backoff pause; each further one doubles it.
    pub base_delay: Duration,
    /// The longest backoff pause.
    pub max_delay: Duration,
    /// Longest `Retry-After` honoured; a vendor asking for more gets the error back instead.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub const NONE: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        base_delay: Duration::ZERO,
        max_delay: Duration::ZERO,
        max_retry_after: Duration::ZERO,
    };

    /// The pause before attempt `attempt + 1`: the vendor's `Retry-After` when it gave one, else
    /// exponential backoff with ±25 % jitter, capped.
    pub fn delay(&self, attempt: u32, error: &Error) -> Option<Duration> {
        if let Error::Vendor(v) = error
            && let Some(after) = v.retry_after
        {
            return (after <= self.max_retry_after).then_some(after);
        }
        let exp = self.base_delay.saturating_mul(1u32 << attempt.min(16));
        Some(jitter(exp.min(self.max_delay)))
    }
}

/// Whether a failed call of `op` may be sent again. Creates (and other non-GET calls) are paid or
/// have effects: only a connection that never opened, or a 429 (the vendor refused before doing
/// anything) the spec does not declare final, is safe to repeat. Reads repeat on any transient
/// failure.
pub(crate) fn may_repeat(op: &Operation, error: &Error) -> bool {
    if op.has_effects() {
        matches!(error, Error::NotSent { .. })
            || matches!(error, Error::Vendor(v) if v.http_status == 429 && v.final_because.is_none())
    } else {
        error.is_retryable()
    }
}

/// The retry policy over one call's attempts. The caller loops: after each failure, [`Attempts::after`]
/// waits the policy's pause and lets it go on, or hands the error back for good. A loop at the call
/// site, not a function taking the attempt as an async closure: the futures of async closures that
/// borrow are not provably `Send`, and every future of the library is (`tests/tests/send_futures.rs`).
pub(crate) struct Attempts<'p> {
    policy: &'p RetryPolicy,
    tries: u32,
}

impl<'p> Attempts<'p> {
    /// No attempt made yet.
    pub(crate) fn new(policy: &'p RetryPolicy) -> Attempts<'p> {
        Attempts { policy, tries: 0 }
    }

    /// After a failed attempt: `Ok(())` once the pause before the next one has passed; the error
    /// when it is not `repeatable` (see [`may_repeat`]), the attempts are used up, or the vendor
    /// asked for a longer wait than the policy allows.
    pub(crate) async fn after(&mut self, error: Error, repeatable: bool) -> Result<(), Error> {
        self.tries += 1;
        let tries = self.tries;
        if tries >= self.policy.max_attempts || !repeatable {
            tracing::debug!(attempt = tries, repeatable, %error, "not retried");
            return Err(error);
        }
        match self.policy.delay(tries - 1, &error) {
            Some(pause) => {
                let pause_ms = crate::transport::trace::millis(pause);
                tracing::info!(attempt = tries, pause_ms, %error, "retrying");
                tokio::time::sleep(pause).await;
                Ok(())
            }
            None => {
                tracing::info!(attempt = tries, %error, "not retried: Retry-After is too long");
                Err(error)
            }
        }
    }
}

/// ±25 % of `d`, so many clients backing off together do not retry in lockstep.
pub(crate) fn jitter(d: Duration) -> Duration {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let seed = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|t| t.as_nanos() as u64)
            .unwrap_or(0);
    // splitmix64: cheap, well mixed, no dependency.
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let unit = (z >> 11) as f64 / (1u64 << 53) as f64; // [0, 1)
    d.mul_f64(0.75 + unit * 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::VendorError;

    fn vendor(status: u16, retry_after: Option<u64>) -> Error {
        Error::Vendor(VendorError {
            operation: "x.create".into(),
            http_status: status,
            code: None,
            message: String::new(),
            retry_after: retry_after.map(Duration::from_secs),
            final_because: None,
        })
    }

    #[test]
    fn jitter_stays_within_a_quarter() {
        for _ in 0..1000 {
            let d = jitter(Duration::from_millis(1000));
            assert!(
                d >= Duration::from_millis(750) && d <= Duration::from_millis(1250),
                "{d:?}"
            );
        }
    }

    #[test]
    fn retry_after_wins_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.delay(0, &vendor(429, Some(3))),
            Some(Duration::from_secs(3))
        );
        assert_eq!(policy.delay(0, &vendor(429, Some(3600))), None);
        let backoff = policy.delay(10, &vendor(503, None)).unwrap();
        assert!(backoff <= policy.max_delay.mul_f64(1.25));
    }
}
