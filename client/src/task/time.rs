//! Moments read from replies in the form the spec declares (`times:`), leniently: a value in another
//! form, or one that lands outside any plausible date (epoch milliseconds declared as seconds would be
//! the year 50000), is no time, and the reading trace says why. Also the one RFC 3339 formatter and
//! parser of the workspace (no date crate).

use crate::spec::TimeForm;
use serde_json::Value;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// 2000-01-01T00:00:00Z: no video task was created before.
const EARLIEST: f64 = 946_684_800.0;
/// 2100-01-01T00:00:00Z: a later moment is a unit mistake, not a date.
const LATEST: f64 = 4_102_444_800.0;

/// The moment `value` holds in `form`, or why it holds none.
pub(crate) fn moment(value: &Value, form: TimeForm) -> Result<SystemTime, String> {
    let secs = match form {
        // Vendors write 0 for a time that has not come yet (`completed_at: 0` while running).
        TimeForm::EpochS | TimeForm::EpochMs if number(value) == Ok(0.0) => {
            return Err("0 means not yet".to_string());
        }
        TimeForm::EpochS => number(value)?,
        TimeForm::EpochMs => number(value)? / 1000.0,
        TimeForm::Iso8601 => match value {
            Value::String(text) => parse_rfc3339(text.trim())
                .ok_or_else(|| format!("{value} is not ISO 8601 date-time text"))?,
            other => return Err(format!("{other} is not ISO 8601 text")),
        },
        TimeForm::Seconds | TimeForm::Ms => {
            return Err(format!("`{}` is a duration, not a moment", form.as_str()));
        }
    };
    if !(EARLIEST..LATEST).contains(&secs) {
        return Err(format!(
            "{value} as {} is {}, not a plausible time",
            form.as_str(),
            describe(secs)
        ));
    }
    Ok(from_unix(secs))
}

/// An epoch number: a JSON number or its text (`"1768469400"`).
fn number(value: &Value) -> Result<f64, String> {
    let n = match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    n.filter(|n| n.is_finite())
        .ok_or_else(|| format!("{value} is not an epoch number"))
}

/// A moment far outside the range, in words: a year, or "before 1970".
fn describe(secs: f64) -> String {
    if secs < 0.0 {
        return "before 1970".to_string();
    }
    let year = 1970.0 + secs / 31_556_952.0;
    format!("in the year {}", year.floor())
}

/// Seconds since the Unix epoch to a `SystemTime` (at or after the epoch). Never panics: a value
/// no `SystemTime` holds (infinite, astronomically far) gives the epoch; readers range-check first.
pub fn from_unix(secs: f64) -> SystemTime {
    Duration::try_from_secs_f64(secs.max(0.0))
        .ok()
        .and_then(|since| UNIX_EPOCH.checked_add(since))
        .unwrap_or(UNIX_EPOCH)
}

/// Seconds since the Unix epoch, with fractions (0 before it).
pub fn to_unix(time: SystemTime) -> f64 {
    time.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// `2026-01-15T09:30:00Z` (UTC), with milliseconds when the moment has any: `09:30:00.250Z`.
pub fn rfc3339(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since.as_secs() as i64;
    let millis = since.subsec_millis();
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    let fraction = if millis == 0 {
        String::new()
    } else {
        format!(".{millis:03}")
    };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{fraction}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Seconds since the epoch of ISO 8601 date-time text: `YYYY-MM-DD`, `T` (or a space), `HH:MM[:SS]`,
/// an optional fraction, and `Z`, `±HH:MM`, `±HHMM` or `±HH`; without a zone the time is UTC.
pub fn parse_rfc3339(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let digits = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (y, mo, d) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    if b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || !matches!(b.get(10), Some(b'T' | b't' | b' '))
    {
        return None;
    }
    let (h, mi) = (digits(11, 2)?, digits(14, 2)?);
    if b.get(13) != Some(&b':') {
        return None;
    }
    let mut at = 16;
    let mut s = 0;
    if b.get(at) == Some(&b':') {
        s = digits(at + 1, 2)?;
        at += 3;
    }
    let mut fraction = 0.0;
    if matches!(b.get(at), Some(b'.' | b',')) {
        let start = at + 1;
        let len = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        fraction = format!("0.{}", &text[start..start + len]).parse().ok()?;
        at = start + len;
    }
    let offset = match &text[at..] {
        "" | "Z" | "z" => 0,
        zone => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let zone = zone[1..].replace(':', "");
            let (zh, zm) = match zone.len() {
                2 => (zone.parse::<i64>().ok()?, 0),
                4 => (
                    zone[..2].parse::<i64>().ok()?,
                    zone[2..].parse::<i64>().ok()?,
                ),
                _ => return None,
            };
            if zh > 23 || zm > 59 || !zone.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            sign * (zh * 3600 + zm * 60)
        }
    };
    let valid = (1..=12).contains(&mo)
        && (1..=days_in_month(y, mo)).contains(&d)
        && h < 24
        && mi < 60
        && s <= 60;
    if !valid {
        return None;
    }
    let secs = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s.min(59) - offset;
    Some(secs as f64 + fraction)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day since 1970-01-01 (the inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `serde(with)` for an optional moment as RFC 3339 text (handles and `--json` output stay readable).
pub(crate) mod optional_text {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::time::SystemTime;

    pub(crate) fn serialize<S: Serializer>(
        time: &Option<SystemTime>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(t) => s.serialize_str(&super::rfc3339(*t)),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<SystemTime>, D::Error> {
        let text = Option::<String>::deserialize(d)?;
        text.map(|t| {
            super::parse_rfc3339(&t)
                .map(super::from_unix)
                .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 time: {t}")))
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn unix(value: Value, form: TimeForm) -> Result<f64, String> {
        moment(&value, form).map(to_unix)
    }

    #[test]
    fn each_form_reads_the_same_moment() {
        let at = 1_768_469_400.0;
        assert_eq!(unix(json!(1_768_469_400), TimeForm::EpochS), Ok(at));
        assert_eq!(unix(json!("1768469400"), TimeForm::EpochS), Ok(at));
        assert_eq!(unix(json!(1_768_469_400.5), TimeForm::EpochS), Ok(at + 0.5));
        assert_eq!(
            unix(json!(1_768_469_400_000_i64), TimeForm::EpochMs),
            Ok(at)
        );
        for text in [
            "2026-01-15T09:30:00Z",
            "2026-01-15T09:30:00",
            "2026-01-15 09:30:00",
            "2026-01-15T17:30:00+08:00",
            "2026-01-15T17:30:00+0800",
            "2026-01-15T04:30:00-05",
            "2026-01-15T09:30Z",
        ] {
            assert_eq!(unix(json!(text), TimeForm::Iso8601), Ok(at), "{text}");
        }
        assert_eq!(
            unix(json!("2026-01-15T09:30:00.250Z"), TimeForm::Iso8601),
            Ok(at + 0.25)
        );
    }

    #[test]
    fn a_value_in_the_wrong_unit_or_form_is_no_time() {
        let err = unix(json!(1_768_469_400_000_i64), TimeForm::EpochS).unwrap_err();
        assert!(
            err.contains("year 58010") && err.contains("not a plausible time"),
            "{err}"
        );
        let err = unix(json!(1_768_469_400), TimeForm::EpochMs).unwrap_err();
        assert!(err.contains("year 1970"), "{err}");
        assert_eq!(
            unix(json!(0), TimeForm::EpochS),
            Err("0 means not yet".into())
        );
        assert_eq!(
            unix(json!("0"), TimeForm::EpochMs),
            Err("0 means not yet".into())
        );
        assert!(unix(json!(1_768_469_400), TimeForm::Iso8601).is_err());
        assert!(unix(json!("2026-01-15T09:30:00Z"), TimeForm::EpochS).is_err());
        assert!(unix(json!(12.5), TimeForm::Seconds).is_err());
        for bad in [
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-01-15T24:00:00Z",
            "2026-01-15",
            "2026-01-15T09:30:00+8",
            "2026-01-15T09:30:00.Z",
            "yesterday",
        ] {
            assert!(unix(json!(bad), TimeForm::Iso8601).is_err(), "{bad}");
        }
    }

    #[test]
    fn formats_and_parses_rfc3339() {
        assert_eq!(rfc3339(from_unix(0.0)), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(from_unix(1_768_469_400.0)), "2026-01-15T09:30:00Z");
        assert_eq!(rfc3339(from_unix(951_782_400.0)), "2000-02-29T00:00:00Z");
        assert_eq!(
            rfc3339(from_unix(1_768_469_400.25)),
            "2026-01-15T09:30:00.250Z"
        );
        for secs in [0.0, 951_782_400.0, 1_768_469_400.0, 4_102_444_799.0] {
            assert_eq!(parse_rfc3339(&rfc3339(from_unix(secs))), Some(secs));
        }
    }

    #[test]
    fn no_number_makes_a_time_panic() {
        for secs in [f64::INFINITY, f64::NAN, 1e300, -1e300, f64::MAX] {
            let _ = rfc3339(from_unix(secs));
        }
        assert_eq!(to_unix(from_unix(1_768_469_400.0)), 1_768_469_400.0);
    }
}
