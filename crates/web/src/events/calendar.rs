//! Events as iCalendar (RFC 5545): the same UID for an event all its life, SEQUENCE
//! growing with each change of time or place, METHOD:CANCEL once it is cancelled.
//! Times are written in UTC, so daylight-saving changes cannot shift them.

use domain::{EventStatus, Lang};
use icalendar::{Calendar, Component, Event as Vevent, EventLike, Property};
use store::events::Event;

use crate::WebConfig;

/// The stable UID of an event, across every update and cancellation.
pub fn uid(event: &Event, config: &WebConfig) -> String {
    let host = config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("johto")
        .split(['/', ':'])
        .next()
        .unwrap_or("johto");
    format!("event-{}@{host}", event.id)
}

fn vevent(event: &Event, lang: Lang, config: &WebConfig) -> Vevent {
    let link = super::event_link(config, lang, event.id);
    let mut vevent = Vevent::new();
    vevent
        .uid(&uid(event, config))
        .summary(event.title(lang))
        .description(&format!(
            "{}\n\n{link}",
            event.text(lang).map_or("", |t| t.description.as_str())
        ))
        .starts(event.starts_at)
        .ends(event.ends_at)
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
}

/// One event as a calendar file.
pub fn ics(event: &Event, lang: Lang, config: &WebConfig) -> String {
    let method = if event.status == EventStatus::Cancelled {
        "CANCEL"
    } else {
        "PUBLISH"
    };
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new("METHOD", method))
        .push(vevent(event, lang, config));
    calendar.done().to_string()
}

/// A person's calendar feed: every event they have a seat at, and the cancelled ones
/// so subscribed calendars drop them.
pub fn feed(events: &[Event], lang: Lang, config: &WebConfig) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name("Johto")
        .append_property(Property::new("METHOD", "PUBLISH"));
    for event in events {
        calendar.push(vevent(event, lang, config));
    }
    calendar.done().to_string()
}
