//! Final errors: vendor errors the spec says no retry can cure (`errors.final`), such as a 429 that
//! means "out of credits", not "slow down".

/// One `errors.final` entry: an error is final when every part given matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinalError {
    /// The HTTP status; 0: any.
    status: u16,
    /// The vendor's code, exactly; empty: any.
    code: &'static str,
    /// Text the message holds, in any case; empty: any.
    message_contains: &'static str,
    /// What it means, for people (`out of credits`); empty: not said.
    means: &'static str,
}

impl FinalError {
    /// An entry matching any error: give it at least one of status, code or message text.
    pub const fn new() -> FinalError {
        FinalError {
            status: 0,
            code: "",
            message_contains: "",
            means: "",
        }
    }

    /// Matches only this HTTP status.
    pub const fn with_status(mut self, status: u16) -> FinalError {
        self.status = status;
        self
    }

    /// Matches only this vendor code.
    pub const fn with_code(mut self, code: &'static str) -> FinalError {
        self.code = code;
        self
    }

    /// Matches only messages holding this text (in any case).
    pub const fn with_message_containing(mut self, text: &'static str) -> FinalError {
        self.message_contains = text;
        self
    }

    /// What the error means, shown with it.
    pub const fn with_means(mut self, means: &'static str) -> FinalError {
        self.means = means;
        self
    }

    /// The HTTP status it matches (0: any).
    pub const fn status(&self) -> u16 {
        self.status
    }

    /// The vendor code it matches (empty: any).
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The text a matching message holds (empty: any).
    pub const fn message_contains(&self) -> &'static str {
        self.message_contains
    }

    /// What it means (empty: not said).
    pub const fn means(&self) -> &'static str {
        self.means
    }

    /// Whether an error with this status, code and message is this final error.
    pub fn matches(&self, status: u16, code: Option<&str>, message: &str) -> bool {
        (self.status == 0 || self.status == status)
            && (self.code.is_empty() || code == Some(self.code))
            && (self.message_contains.is_empty()
                || message
                    .to_lowercase()
                    .contains(&self.message_contains.to_lowercase()))
    }

    /// What matched, in words: `HTTP 429, code insufficient_quota: out of credits`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.status != 0 {
            parts.push(format!("HTTP {}", self.status));
        }
        if !self.code.is_empty() {
            parts.push(format!("code {}", self.code));
        }
        if !self.message_contains.is_empty() {
            parts.push(format!("a message containing {:?}", self.message_contains));
        }
        let mut text = parts.join(", ");
        if !self.means.is_empty() {
            text.push_str(": ");
            text.push_str(self.means);
        }
        text
    }
}

impl Default for FinalError {
    fn default() -> Self {
        FinalError::new()
    }
}

#[cfg(test)]
mod tests {
    use super::FinalError;

    #[test]
    fn every_part_given_must_match() {
        let quota = FinalError::new()
            .with_status(429)
            .with_code("insufficient_quota")
            .with_means("out of credits");
        assert!(quota.matches(429, Some("insufficient_quota"), "x"));
        assert!(!quota.matches(429, Some("rate_limited"), "x"));
        assert!(!quota.matches(429, None, "x"));
        assert!(!quota.matches(403, Some("insufficient_quota"), "x"));
        let balance = FinalError::new().with_message_containing("Balance");
        assert!(balance.matches(402, None, "your BALANCE is too low"));
        assert!(!balance.matches(402, None, "slow down"));
        assert_eq!(
            quota.describe(),
            "HTTP 429, code insufficient_quota: out of credits"
        );
    }
}
