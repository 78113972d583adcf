//! Events as iCalendar (RFC 5545): the same UID for an event all its life, SEQUENCE
//! growing with each change of time or place, METHOD:CANCEL once it is cancelled.
//! A course is one entry a day, each with a UID of its own. Times are written in
//! UTC, so daylight-saving changes cannot shift them.

use domain::{EventStatus, Lang};
use icalendar::{Calendar, Component, Event as Vevent, EventLike, Property};
use store::events::Event;

use crate::WebConfig;

/// The stable UID of an event, or of a course's day (from 1), across every update and
/// cancellation.
pub fn uid(event: &Event, day: Option<usize>, config: &WebConfig) -> String {
    let host = config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("johto")
        .split(['/', ':'])
        .next()
        .unwrap_or("johto");
    match day {
        Some(n) => format!("event-{}-{n}@{host}", event.id),
        None => format!("event-{}@{host}", event.id),
    }
}

/// The event's calendar entries: one, or one for each day of a course.
fn vevents(event: &Event, lang: Lang, config: &WebConfig) -> Vec<Vevent> {
    let link = super::event_link(config, lang, event.id);
    let course = !event.sessions.is_empty();
    let days = event.days();
    days.iter()
        .zip(1..)
        .map(|(day, n)| {
            let summary = if course {
                format!("{} ({}/{})", event.title(lang), n, days.len())
            } else {
                event.title(lang).to_owned()
            };
            let mut vevent = Vevent::new();
            vevent
                .uid(&uid(event, course.then_some(n), config))
                .summary(&summary)
                .description(&format!(
                    "{}\n\n{link}",
                    event.text(lang).map_or("", |t| t.description.as_str())
                ))
                .starts(day.starts_at)
                .ends(day.ends_at)
                .url(&link)
                .add_property("SEQUENCE", event.sequence.to_string());
            let location = if event.venue.is_empty() {
                link.clone()
            } else {
                event.venue.clone()
            };
            vevent.location(&location);
            if event.status == EventStatus::Cancelled {
                vevent.status(icalendar::EventStatus::Cancelled);
            } else {
                vevent.status(icalendar::EventStatus::Confirmed);
            }
            vevent.done()
        })
        .collect()
}

/// One event as a calendar file.
pub fn ics(event: &Event, lang: Lang, config: &WebConfig) -> String {
    let method = if event.status == EventStatus::Cancelled {
        "CANCEL"
    } else {
        "PUBLISH"
    };
    let mut calendar = Calendar::new();
    calendar.append_property(Property::new("METHOD", method));
    for vevent in vevents(event, lang, config) {
        calendar.push(vevent);
    }
    calendar.done().to_string()
}

/// A person's calendar feed: every event they have a seat at, and the cancelled ones
/// so subscribed calendars drop them.
pub fn feed(events: &[Event], lang: Lang, config: &WebConfig) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name("Johto")
        .append_property(Property::new("METHOD", "PUBLISH"));
    for vevent in events.iter().flat_map(|e| vevents(e, lang, config)) {
        calendar.push(vevent);
    }
    calendar.done().to_string()
}
