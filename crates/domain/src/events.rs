//! Events: webinars, leadership forums, workshops, trainings and brunches. Their times
//! are entered and shown in Europe/Helsinki and kept in UTC.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;
use serde::{Deserialize, Serialize};

use crate::{Invalid, invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Webinar,
    Forum,
    Workshop,
    Training,
    Brunch,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Webinar,
        EventKind::Forum,
        EventKind::Workshop,
        EventKind::Training,
        EventKind::Brunch,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Webinar => "webinar",
            EventKind::Forum => "forum",
            EventKind::Workshop => "workshop",
            EventKind::Training => "training",
            EventKind::Brunch => "brunch",
        }
    }

    pub fn parse(raw: &str) -> Result<EventKind, Invalid> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or(invalid("error-event-kind"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<EventStatus> {
        [
            EventStatus::Draft,
            EventStatus::Published,
            EventStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// Where a person stands with an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Confirmed,
    Waiting,
    Cancelled,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Confirmed => "confirmed",
            Standing::Waiting => "waiting",
            Standing::Cancelled => "cancelled",
        }
    }

    pub fn parse(raw: &str) -> Option<Standing> {
        [Standing::Confirmed, Standing::Waiting, Standing::Cancelled]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }
}

/// A date (`2026-03-29`) and a time (`14:30`) in Helsinki, as UTC. A time that the
/// clocks skip in spring does not exist and is refused; a time they pass twice in
/// autumn is taken as the first.
pub fn helsinki_time(date: &str, time: &str) -> Result<DateTime<Utc>, Invalid> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| invalid("error-event-date"))?;
    let time =
        NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| invalid("error-event-time"))?;
    match Helsinki.from_local_datetime(&NaiveDateTime::new(date, time)) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(invalid("error-event-time-skipped")),
    }
}

/// The date and time of a UTC instant in Helsinki, as the forms show them.
pub fn in_helsinki(at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&Helsinki);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

/// An event's seats: empty for unlimited, else 1 to 100 000.
pub fn parse_capacity(raw: &str) -> Result<Option<i32>, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<i32>() {
        Ok(n) if (1..=100_000).contains(&n) => Ok(Some(n)),
        _ => Err(invalid("error-event-capacity")),
    }
}

/// An online event's link: https only.
pub fn parse_online_url(raw: &str) -> Result<Option<String>, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let valid = raw.starts_with("https://")
        && raw.len() > "https://".len()
        && raw.len() <= 500
        && !raw.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(Some(raw.to_owned()))
    } else {
        Err(invalid("error-event-online-url"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helsinki_times_are_kept_in_utc_across_daylight_saving() {
        // Winter: UTC+2; summer: UTC+3.
        assert_eq!(
            helsinki_time("2026-01-15", "10:00").unwrap().to_rfc3339(),
            "2026-01-15T08:00:00+00:00"
        );
        assert_eq!(
            helsinki_time("2026-06-15", "10:00").unwrap().to_rfc3339(),
            "2026-06-15T07:00:00+00:00"
        );
        // 29 March 2026, 03:00 becomes 04:00: 03:30 never happens.
        assert_eq!(
            helsinki_time("2026-03-29", "03:30").unwrap_err().message_id,
            "error-event-time-skipped"
        );
        // 25 October 2026, 03:30 happens twice; the first is summer time.
        assert_eq!(
            helsinki_time("2026-10-25", "03:30").unwrap().to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
        assert_eq!(
            in_helsinki(helsinki_time("2026-06-15", "10:00").unwrap()),
            ("2026-06-15".to_owned(), "10:00".to_owned())
        );
        assert!(helsinki_time("15.1.2026", "10:00").is_err());
        assert!(helsinki_time("2026-01-15", "25:00").is_err());
    }

    #[test]
    fn capacity_and_links_are_checked() {
        assert_eq!(parse_capacity(""), Ok(None));
        assert_eq!(parse_capacity("100"), Ok(Some(100)));
        assert!(parse_capacity("0").is_err() && parse_capacity("lots").is_err());
        assert_eq!(
            parse_online_url("https://teams.example/x"),
            Ok(Some("https://teams.example/x".to_owned()))
        );
        assert!(parse_online_url("javascript:alert(1)").is_err());
        assert!(parse_online_url("http://plain.example").is_err());
    }
}
