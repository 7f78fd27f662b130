//! How a task moves from queued to completed: per poll (fast tests) or on wall-clock time (demos).

use std::time::Duration;

/// The task clock of a simulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    /// Every poll moves the task on: the create reply says queued, the first poll processing (50 %),
    /// every later poll completed. Tests finish in two polls.
    #[default]
    Instant,
    /// The task is queued for `queued`, then processing for `processing` (progress grows with time),
    /// then completed.
    Realistic {
        queued: Duration,
        processing: Duration,
    },
}

/// Where an undisturbed task is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    Queued,
    /// Percent done, 1 to 99.
    Processing(u8),
    Completed,
}

impl Clock {
    /// The phase after `polls` polls and `elapsed` time since creation.
    pub(crate) fn phase(&self, polls: u32, elapsed: Duration) -> Phase {
        match self {
            Clock::Instant => match polls {
                0 => Phase::Queued,
                1 => Phase::Processing(50),
                _ => Phase::Completed,
            },
            Clock::Realistic { queued, processing } => {
                if elapsed < *queued {
                    return Phase::Queued;
                }
                let running = elapsed - *queued;
                if running >= *processing {
                    return Phase::Completed;
                }
                let fraction = running.as_secs_f64() / processing.as_secs_f64().max(1e-9);
                // Clamped to 1..=99 so "processing" never reads as 0 % or 100 %.
                Phase::Processing((fraction * 100.0).clamp(1.0, 99.0) as u8)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instant_moves_per_poll() {
        let c = Clock::Instant;
        assert_eq!(c.phase(0, Duration::ZERO), Phase::Queued);
        assert_eq!(c.phase(1, Duration::ZERO), Phase::Processing(50));
        assert_eq!(c.phase(2, Duration::ZERO), Phase::Completed);
        assert_eq!(c.phase(9, Duration::ZERO), Phase::Completed);
    }

    #[test]
    fn realistic_moves_with_time() {
        let c = Clock::Realistic {
            queued: Duration::from_secs(2),
            processing: Duration::from_secs(10),
        };
        assert_eq!(c.phase(5, Duration::from_secs(1)), Phase::Queued);
        assert_eq!(c.phase(5, Duration::from_secs(7)), Phase::Processing(50));
        assert_eq!(
            c.phase(0, Duration::from_millis(2001)),
            Phase::Processing(1)
        );
        assert_eq!(c.phase(0, Duration::from_secs(12)), Phase::Completed);
        let zero = Clock::Realistic {
            queued: Duration::ZERO,
            processing: Duration::ZERO,
        };
        assert_eq!(zero.phase(0, Duration::ZERO), Phase::Completed);
    }
}
