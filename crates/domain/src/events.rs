//! Events: webinars, leadership forums, workshops, trainings and brunches. Their times
//! are entered and shown in Europe/Helsinki and kept in UTC.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;
use serde::{Deserialize, Serialize};

use crate::{Invalid, Principal, Region, Role, invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// One day of a course: a training of several sessions has one registration and one
/// seat, and each session its own time, calendar entry and attendance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// The most sessions a course has.
pub const MAX_SESSIONS: usize = 8;

/// A course's sessions follow one another: each ends after it starts, and begins after
/// the one before it has ended. A refusal names the first session (from 0) at fault.
pub fn check_sessions(sessions: &[Session]) -> Result<(), (usize, Invalid)> {
    if sessions.len() > MAX_SESSIONS {
        return Err((MAX_SESSIONS, invalid("error-session-too-many")));
    }
    for (i, s) in sessions.iter().enumerate() {
        if s.ends_at <= s.starts_at {
            return Err((i, invalid("error-event-end-before-start")));
        }
        if i > 0 && s.starts_at < sessions[i - 1].ends_at {
            return Err((i, invalid("error-session-order")));
        }
    }
    Ok(())
}

/// Whether an event is in the region a person looks for: its venue's region when it
/// has one, else the region of the organisation it is for.
pub fn is_in_region(venue: Option<Region>, organisation: Option<Region>, wanted: Region) -> bool {
    venue.or(organisation) == Some(wanted)
}

/// Who an event is for and how far along it is: the facts its access rules need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audience<'a> {
    pub status: EventStatus,
    /// Only this organisation's people; `None`: everyone signed in.
    pub organisation_id: Option<i32>,
    /// Only these people (a named group); `None`: no such limit.
    pub invitees: Option<&'a [i32]>,
}

/// When registration is possible: the event's times and its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistrationWindow {
    pub ends_at: DateTime<Utc>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
}

/// Coordinators, content editors and administrators organise events: they see every
/// event, drafts included, and its registrations.
pub fn may_organise_events(who: &Principal) -> bool {
    who.has(Role::Coordinator) || who.has(Role::ContentEditor) || who.is_admin()
}

/// Whether the person is among those the event is for: everyone, one organisation's
/// people, or a named group (both limits hold when both are set).
pub fn is_for(who: &Principal, audience: Audience<'_>) -> bool {
    audience.organisation_id.is_none_or(|org| org == who.org_id)
        && audience
            .invitees
            .is_none_or(|people| people.contains(&who.user_id))
}

/// Whether the event is out and for everyone: one a newsletter may tell all its readers of.
pub fn is_for_everyone(audience: Audience<'_>) -> bool {
    audience.status == EventStatus::Published
        && audience.organisation_id.is_none()
        && audience.invitees.is_none()
}

/// Whether the person may see the event at all, in a list or on its page: organisers
/// always, others once it is out and when it is for them. Anyone else is answered as
/// if it did not exist.
pub fn may_see_event(who: &Principal, audience: Audience<'_>) -> bool {
    may_organise_events(who) || (audience.status != EventStatus::Draft && is_for(who, audience))
}

/// Whether the person may register at `now`: published, for them, not over, and
/// within its registration window.
pub fn may_register(
    who: &Principal,
    audience: Audience<'_>,
    window: RegistrationWindow,
    now: DateTime<Utc>,
) -> bool {
    audience.status == EventStatus::Published
        && is_for(who, audience)
        && window.ends_at > now
        && window.opens_at.is_none_or(|t| t <= now)
        && window.closes_at.is_none_or(|t| now < t)
}

/// Whether the person may have an event's recording and materials: its organisers,
/// and those who have (or had) a confirmed seat.
pub fn may_have_materials(who: &Principal, has_seat: bool) -> bool {
    may_organise_events(who) || has_seat
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    fn session(start_hour: i64, hours: i64) -> Session {
        let day = DateTime::<Utc>::from_timestamp(1_536_739_200, 0).unwrap();
        Session {
            starts_at: day + Duration::hours(start_hour),
            ends_at: day + Duration::hours(start_hour + hours),
        }
    }

    #[test]
    fn a_courses_sessions_follow_one_another() {
        assert!(check_sessions(&[session(7, 7), session(31, 7), session(55, 7)]).is_ok());
        assert!(check_sessions(&[]).is_ok());
        let (at, backwards) = check_sessions(&[session(31, 7), session(7, 7)]).unwrap_err();
        assert_eq!((at, backwards.message_id), (1, "error-session-order"));
        let (at, overlapping) =
            check_sessions(&[session(7, 7), session(31, 7), session(33, 2)]).unwrap_err();
        assert_eq!((at, overlapping.message_id), (2, "error-session-order"));
        let (at, empty) = check_sessions(&[session(7, 0)]).unwrap_err();
        assert_eq!((at, empty.message_id), (0, "error-event-end-before-start"));
        let many: Vec<Session> = (0..=MAX_SESSIONS as i64)
            .map(|d| session(d * 24, 2))
            .collect();
        assert_eq!(
            check_sessions(&many).unwrap_err().1.message_id,
            "error-session-too-many"
        );
    }

    #[test]
    fn the_venues_region_counts_before_the_organisations() {
        use Region::{Pirkanmaa, Uusimaa};
        assert!(is_in_region(Some(Pirkanmaa), Some(Uusimaa), Pirkanmaa));
        assert!(!is_in_region(Some(Pirkanmaa), Some(Uusimaa), Uusimaa));
        assert!(is_in_region(None, Some(Uusimaa), Uusimaa));
        assert!(!is_in_region(None, None, Uusimaa));
    }

    use super::*;

    fn person(user_id: i32, org_id: i32, roles: &[Role]) -> Principal {
        Principal {
            user_id,
            org_id,
            roles: roles.to_vec(),
        }
    }

    fn audience(status: EventStatus, org: Option<i32>, invitees: Option<&[i32]>) -> Audience<'_> {
        Audience {
            status,
            organisation_id: org,
            invitees,
        }
    }

    #[test]
    fn an_organisation_only_event_is_seen_by_its_own_people_and_organisers_alone() {
        let jamsa_only = audience(EventStatus::Published, Some(2), None);
        assert!(may_see_event(&person(1, 2, &[Role::Manager]), jamsa_only));
        assert!(!may_see_event(&person(3, 1, &[Role::Manager]), jamsa_only));
        assert!(!may_see_event(
            &person(3, 1, &[Role::HrDeveloper]),
            jamsa_only
        ));
        assert!(may_see_event(
            &person(4, 1, &[Role::Coordinator]),
            jamsa_only
        ));
    }

    #[test]
    fn a_named_group_event_is_for_its_members_only_even_within_the_organisation() {
        let members = [10, 11];
        let group = audience(EventStatus::Published, Some(2), Some(&members));
        assert!(may_see_event(&person(10, 2, &[Role::Manager]), group));
        assert!(!may_see_event(&person(12, 2, &[Role::Manager]), group));
        // Both limits hold: a member moved to another organisation is out.
        assert!(!may_see_event(&person(11, 3, &[Role::Manager]), group));
    }

    #[test]
    fn drafts_are_for_organisers_and_cancelled_events_stay_visible() {
        let draft = audience(EventStatus::Draft, None, None);
        assert!(!may_see_event(&person(1, 1, &[Role::Manager]), draft));
        assert!(may_see_event(&person(1, 1, &[Role::ContentEditor]), draft));
        let cancelled = audience(EventStatus::Cancelled, None, None);
        assert!(may_see_event(&person(1, 1, &[Role::Manager]), cancelled));
    }

    #[test]
    fn registration_is_open_only_in_its_window_and_for_its_audience() {
        let now = Utc::now();
        let hour = chrono::Duration::hours(1);
        let window = RegistrationWindow {
            ends_at: now + hour * 24,
            opens_at: Some(now - hour),
            closes_at: Some(now + hour),
        };
        let open = audience(EventStatus::Published, None, None);
        let manager = person(1, 1, &[Role::Manager]);
        assert!(may_register(&manager, open, window, now));
        assert!(!may_register(&manager, open, window, now - hour * 2));
        assert!(!may_register(&manager, open, window, now + hour));
        assert!(!may_register(
            &manager,
            audience(EventStatus::Cancelled, None, None),
            window,
            now
        ));
        assert!(!may_register(
            &manager,
            audience(EventStatus::Published, Some(2), None),
            window,
            now
        ));
        // Organisers see everything but register only where the event is for them.
        let coordinator = person(5, 1, &[Role::Coordinator]);
        assert!(!may_register(
            &coordinator,
            audience(EventStatus::Published, Some(2), None),
            window,
            now
        ));
    }

    #[test]
    fn materials_go_to_organisers_and_those_with_a_seat() {
        assert!(may_have_materials(&person(1, 1, &[Role::Manager]), true));
        assert!(!may_have_materials(&person(1, 1, &[Role::Manager]), false));
        assert!(may_have_materials(
            &person(1, 1, &[Role::Coordinator]),
            false
        ));
    }

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
