//! How a reply field holds time (`times:`): a moment as epoch seconds, epoch milliseconds or ISO 8601
//! text, or a duration in seconds or milliseconds.

/// The form of a time value in a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeForm {
    /// A moment: seconds since the Unix epoch (an integer, a float, or their text).
    EpochS,
    /// A moment: milliseconds since the Unix epoch.
    EpochMs,
    /// A moment: ISO 8601 / RFC 3339 text (`2026-01-15T09:30:00Z`, `+08:00`, fractions).
    Iso8601,
    /// A duration in seconds (`predict_time`, `elapsed`).
    Seconds,
    /// A duration in milliseconds.
    Ms,
}

impl TimeForm {
    /// Every form, in the order the spec language lists them.
    pub const ALL: [TimeForm; 5] = [
        TimeForm::EpochS,
        TimeForm::EpochMs,
        TimeForm::Iso8601,
        TimeForm::Seconds,
        TimeForm::Ms,
    ];

    /// The spec's word for the form.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeForm::EpochS => "epoch_s",
            TimeForm::EpochMs => "epoch_ms",
            TimeForm::Iso8601 => "iso8601",
            TimeForm::Seconds => "seconds",
            TimeForm::Ms => "ms",
        }
    }

    /// The form a spec word names.
    pub fn parse(word: &str) -> Option<TimeForm> {
        TimeForm::ALL.into_iter().find(|f| f.as_str() == word)
    }

    /// True for a moment (a point in time), false for a duration.
    pub const fn is_moment(self) -> bool {
        matches!(
            self,
            TimeForm::EpochS | TimeForm::EpochMs | TimeForm::Iso8601
        )
    }
}
