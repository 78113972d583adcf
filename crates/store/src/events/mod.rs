//! Events and their registrations.
//!
//! Seats are scarce and taken atomically: `events.taken` moves only by a conditional
//! update (`taken = taken + 1 WHERE taken < capacity`) inside the transaction that
//! writes the registration; on SQLite that transaction begins `IMMEDIATE`, so writers
//! queue on the busy timeout instead of failing; a unique key on (event, person) makes
//! a double click one registration. Whenever a seat may have come free (a
//! cancellation, a raised capacity, a wait-listing that raced one), `fill_seats`
//! promotes from the waiting list in the order people queued.
//!
//! Whoever should hear of a change is told by a [`Notice`] job queued in the change's
//! own transaction: a registration is never kept without its e-mail, nor an e-mail
//! sent for a change that was rolled back. The worker writes the e-mail when it sends
//! it, and retries it until it goes through.

pub mod entity;

use std::collections::HashSet;

use chrono::{DateTime, Utc};
mod calendar;
mod feedback;
mod materials;
mod seats;

pub use feedback::Feedback;
pub use materials::{Material, MaterialInput};
pub use seats::Mine;
use seats::{end_outsiders, fill_seats, live, place_in};

repository!(
    /// Events and their registrations, calendar feeds, feedback and materials.
    Events,
    events
);

use domain::{
    EventKind, EventStatus, Lang, Principal, Region, Standing,
    events::{
        Audience, RegistrationWindow, Session, may_organise_events, may_register, may_see_event,
    },
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Select,
    sea_query::{Alias, Expr, ExprTrait, OnConflict, Query, UnionType},
};
use serde::{Deserialize, Serialize};

use crate::{
    LiteralCondition, Result, StoreError,
    entity::{
        calendar_feed, event, event_feedback, event_invitee, event_material, event_session,
        event_text, file, registration, session_attendance, user,
    },
    jobs, known, random_token, token_hash,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventText {
    pub lang: Lang,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i32,
    pub kind: EventKind,
    pub status: EventStatus,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub online_url: Option<String>,
    pub venue: String,
    /// `None`: unlimited.
    pub capacity: Option<i32>,
    /// Confirmed seats.
    pub taken: i32,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    /// Only this organisation's people may register; `None`: everyone signed in.
    pub organisation_id: Option<i32>,
    /// `Some`: only these people (a named group) may see it and register.
    pub invitees: Option<Vec<i32>>,
    pub theme_id: Option<i32>,
    /// Grows with every change a calendar should hear of.
    pub sequence: i32,
    pub texts: Vec<EventText>,
    /// The venue's region, for the list's filter.
    pub region: Option<Region>,
    /// A course's sessions in order, the first starting at `starts_at` and the last
    /// ending at `ends_at`; empty for an event of one session.
    pub sessions: Vec<Session>,
}

impl Event {
    pub fn text(&self, lang: impl std::borrow::Borrow<Lang>) -> Option<&EventText> {
        let lang = *lang.borrow();
        self.texts
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| self.texts.iter().find(|t| t.lang == Lang::Fi))
            .or_else(|| self.texts.first())
    }

    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        self.text(lang).map_or("", |t| t.title.as_str())
    }

    pub fn is_published(&self) -> bool {
        self.status == EventStatus::Published
    }

    /// The event's days: a course's sessions, or the event itself as one session.
    pub fn days(&self) -> Vec<Session> {
        if self.sessions.is_empty() {
            vec![Session {
                starts_at: self.starts_at,
                ends_at: self.ends_at,
            }]
        } else {
            self.sessions.clone()
        }
    }

    pub fn seats_left(&self) -> Option<i32> {
        self.capacity.map(|c| Ord::max(c - self.taken, 0))
    }

    /// Who the event is for and whether it is out: what `domain::events`'s rules read.
    pub fn audience(&self) -> Audience<'_> {
        Audience {
            status: self.status,
            organisation_id: self.organisation_id,
            invitees: self.invitees.as_deref(),
        }
    }

    /// A course is registered for until its first session ends; one registration is
    /// for all its sessions.
    pub fn registration_window(&self) -> RegistrationWindow {
        RegistrationWindow {
            ends_at: self.days()[0].ends_at,
            opens_at: self.registration_opens_at,
            closes_at: self.registration_closes_at,
        }
    }

    /// `domain::events::may_see_event` for this event.
    pub fn visible_to(&self, who: &Principal) -> bool {
        may_see_event(who, self.audience())
    }

    /// `domain::events::may_register` for this event at `now`.
    pub fn open_to(&self, who: &Principal, now: DateTime<Utc>) -> bool {
        may_register(who, self.audience(), self.registration_window(), now)
    }
}

/// `domain::events::may_see_event` as SQL, for lists that filter in the database: the
/// one place where that rule is written for `events` rows. `None` for organisers, who
/// see every event. Lists check each loaded event with the rule as well.
fn visible_events(who: &Principal) -> Option<Condition> {
    if may_organise_events(who) {
        return None;
    }
    Some(
        Condition::all()
            .add(event::Column::Status.ne_literal(EventStatus::Draft.as_str()))
            .add(
                Condition::any()
                    .add(event::Column::OrganisationId.is_null())
                    .add(event::Column::OrganisationId.eq(who.org_id)),
            )
            .add(
                Condition::any()
                    .add(event::Column::InvitedOnly.eq_literal(false))
                    .add(
                        event::Column::Id.in_subquery(
                            Query::select()
                                .column(event_invitee::Column::EventId)
                                .from(event_invitee::Entity)
                                .and_where(event_invitee::Column::UserId.eq(who.user_id))
                                .to_owned(),
                        ),
                    ),
            ),
    )
}

/// The events that have not ended that the person may see, as SQL.
fn upcoming(who: &Principal, now: DateTime<Utc>) -> Condition {
    let not_ended = Condition::all().add(event::Column::EndsAt.gt(now));
    match visible_events(who) {
        Some(visible) => not_ended.add(visible),
        None => not_ended,
    }
}

/// Loads the events a query finds, keeping those the person may see.
async fn load_visible(
    db: &impl ConnectionTrait,
    who: &Principal,
    query: Select<event::Entity>,
) -> Result<Vec<Event>> {
    Ok(load_events(db, query)
        .await?
        .into_iter()
        .filter(|e| e.visible_to(who))
        .collect())
}

/// The events list: the events that have not ended, soonest first, those that have,
/// latest first, and the person's side of them.
#[derive(Debug)]
pub struct EventList {
    pub upcoming: Vec<Event>,
    pub past: Vec<Event>,
    pub mine: Mine,
}

/// What an organiser writes.
#[derive(Debug, Clone)]
pub struct EventInput {
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub online_url: Option<String>,
    pub venue: String,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub organisation_id: Option<i32>,
    /// `Some`: only these people may see it and register.
    pub invitees: Option<Vec<i32>>,
    pub theme_id: Option<i32>,
    pub texts: Vec<EventText>,
    pub region: Option<Region>,
    /// A course's sessions (two or more), their span being `starts_at`..`ends_at`;
    /// empty for an event of one session.
    pub sessions: Vec<Session>,
}

impl EventInput {
    /// One session for everyone signed in, with no link or place, no seat limit,
    /// registration window, region or theme; the rest is set with `..`.
    pub fn for_everyone(
        kind: EventKind,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        texts: Vec<EventText>,
    ) -> EventInput {
        EventInput {
            kind,
            starts_at,
            ends_at,
            online_url: None,
            venue: String::new(),
            capacity: None,
            registration_opens_at: None,
            registration_closes_at: None,
            organisation_id: None,
            invitees: None,
            theme_id: None,
            texts,
            region: None,
            sessions: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub id: i32,
    pub event_id: i32,
    pub user_id: i32,
    pub standing: Standing,
    pub queued_at: DateTime<Utc>,
    pub attended: bool,
}

impl TryFrom<registration::Model> for Registration {
    type Error = StoreError;

    fn try_from(m: registration::Model) -> Result<Registration> {
        Ok(Registration {
            id: m.id,
            event_id: m.event_id,
            user_id: m.user_id,
            standing: known(
                "registrations.standing",
                &m.standing,
                Standing::parse(&m.standing),
            )?,
            queued_at: m.queued_at,
            attended: m.attended,
        })
    }
}

/// A registration's outcome as the person sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Confirmed,
    /// Waiting, with the place in the queue (1 = next).
    Waiting(u64),
}

/// What an event's e-mail to one person is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    Confirmed,
    /// Wait-listed, at this place in the queue.
    Waiting(u64),
    /// Given a seat from the waiting list.
    Promoted,
    Cancelled,
    /// A new time or place.
    Changed,
    /// No longer among those the event is for: the registration has ended.
    Removed,
    /// The day before.
    Reminder,
    /// Attended: please give feedback.
    Feedback,
}

/// The job kind of a [`NoticeJob`].
pub const NOTICE_JOB: &str = "event_notice";
/// The job kind of a [`ReminderJob`].
pub const REMINDER_JOB: &str = "event_reminder";

/// An e-mail about an event to one person, queued with the change it tells of.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoticeJob {
    pub event_id: i32,
    pub user_id: i32,
    pub notice: Notice,
}

/// A reminder due the day before an event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReminderJob {
    pub event_id: i32,
    pub user_id: i32,
    /// The event's calendar sequence when the reminder was planned; a reminder of an
    /// event that has moved since is dropped (the move planned a new one).
    pub sequence: i32,
}

/// The job that tells the person of a notice, due now.
fn notice_job(event_id: i32, user_id: i32, notice: Notice) -> Result<jobs::NewJob> {
    let job = NoticeJob {
        event_id,
        user_id,
        notice,
    };
    jobs::NewJob::new(NOTICE_JOB, &job, Utc::now())
}

/// Queues a notice inside the change's transaction.
async fn tell(
    txn: &DatabaseTransaction,
    event_id: i32,
    user_id: i32,
    notice: Notice,
) -> Result<()> {
    jobs::enqueue_all(txn, vec![notice_job(event_id, user_id, notice)?]).await
}

/// The reminder of a confirmed seat, due 24 hours before the start; none when that
/// moment has passed.
fn reminder(event: &event::Model, user_id: i32) -> Result<Option<jobs::NewJob>> {
    let due = event.starts_at - chrono::Duration::hours(24);
    if due <= Utc::now() {
        return Ok(None);
    }
    let job = ReminderJob {
        event_id: event.id,
        user_id,
        sequence: event.sequence,
    };
    Ok(Some(jobs::NewJob::new(REMINDER_JOB, &job, due)?))
}

/// A confirmed seat: the person is told, and reminded the day before (one statement).
async fn tell_seat(
    txn: &DatabaseTransaction,
    event: &event::Model,
    user_id: i32,
    notice: Notice,
) -> Result<()> {
    let queued = reminder(event, user_id)?
        .into_iter()
        .chain([notice_job(event.id, user_id, notice)?])
        .collect();
    jobs::enqueue_all(txn, queued).await
}

fn session_of(row: &event_session::Model) -> Session {
    Session {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
    }
}

fn to_event(
    m: event::Model,
    texts: &[event_text::Model],
    invited: &[event_invitee::Model],
    sessions: &[event_session::Model],
) -> Result<Event> {
    let region = match &m.region {
        Some(r) => Some(known("events.region", r, Region::parse(r).ok())?),
        None => None,
    };
    Ok(Event {
        region,
        sessions: sessions
            .iter()
            .filter(|s| s.event_id == m.id)
            .map(session_of)
            .collect(),
        id: m.id,
        kind: known("events.kind", &m.kind, EventKind::parse(&m.kind).ok())?,
        status: known("events.status", &m.status, EventStatus::parse(&m.status))?,
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        online_url: m.online_url,
        venue: m.venue,
        capacity: m.capacity,
        taken: m.taken,
        registration_opens_at: m.registration_opens_at,
        registration_closes_at: m.registration_closes_at,
        organisation_id: m.organisation_id,
        invitees: m.invited_only.then(|| {
            invited
                .iter()
                .filter(|i| i.event_id == m.id)
                .map(|i| i.user_id)
                .collect()
        }),
        theme_id: m.theme_id,
        sequence: m.sequence,
        texts: texts
            .iter()
            .filter(|t| t.event_id == m.id)
            .map(|t| {
                Ok(EventText {
                    lang: known("event_texts.lang", &t.lang, Lang::parse(&t.lang).ok())?,
                    title: t.title.clone(),
                    description: t.description.clone(),
                })
            })
            .collect::<Result<_>>()?,
    })
}

/// The events a query finds, in its order, each whole: their texts and sessions come
/// in the same statement (a row for each event, text and session), the named group of
/// an event for one in a second, only where there is such an event. A limit on the
/// query would count rows, not events: limit the events' ids in a subquery instead.
async fn load_events(
    db: &impl ConnectionTrait,
    query: Select<event::Entity>,
) -> Result<Vec<Event>> {
    let (events, _) = load_events_and_mine(db, query, None).await?;
    Ok(events.into_iter().map(|(event, _)| event).collect())
}

/// A person's live registration of an event: its id, standing and when it queued.
type Registered = (i32, String, DateTime<Utc>);

/// An event's texts and sessions as its rows bring them, and the person's live
/// registration of it where their side was asked for.
type Parts = (
    Vec<event_text::Model>,
    Vec<event_session::Model>,
    Option<Registered>,
);

/// `load_events`, and with `person`, that person's side of the same events in the same
/// statement: their live registration of each event (the unique key on event and
/// person makes it one row at most) and whether they have a calendar feed. Where the
/// query finds no event, the feed is asked for on its own.
async fn load_events_and_mine(
    db: &impl ConnectionTrait,
    query: Select<event::Entity>,
    person: Option<i32>,
) -> Result<(Vec<(Event, Option<Registered>)>, bool)> {
    // The event's columns under their own names, a text's and a session's under names of
    // their own: each row is read by name, and an event's columns only on its first row
    // (SeaORM's `find_also_related` would read every column of every row under a prefix
    // it writes out for each of them).
    let mut query = query
        .left_join(event_text::Entity)
        .left_join(event_session::Entity)
        .column_as(event_text::Column::Lang, "text_lang")
        .column_as(event_text::Column::Title, "text_title")
        .column_as(event_text::Column::Description, "text_description")
        .column_as(event_session::Column::Position, "session_position")
        .column_as(event_session::Column::StartsAt, "session_starts_at")
        .column_as(event_session::Column::EndsAt, "session_ends_at");
    if let Some(user_id) = person {
        query = query
            .join(
                JoinType::LeftJoin,
                event::Entity::belongs_to(registration::Entity)
                    .from(event::Column::Id)
                    .to(registration::Column::EventId)
                    .on_condition(move |_, _| live().add(registration::Column::UserId.eq(user_id)))
                    .into(),
            )
            .column_as(registration::Column::Id, "mine_id")
            .column_as(registration::Column::Standing, "mine_standing")
            .column_as(registration::Column::QueuedAt, "mine_queued_at")
            .expr_as(feed_owner(user_id), "feed_owner");
    }
    let rows = db.query_all(&query.into_query()).await?;
    let mut has_calendar_feed = false;
    let events: Vec<(event::Model, Parts)> = crate::one_to_many(
        rows,
        |(texts, sessions, registration): &mut Parts, id, row| {
            // Each text comes once for each session, and each session once for each text.
            if let Some(lang) = row.try_get::<Option<String>>("", "text_lang")?
                && !texts.iter().any(|had| had.lang == lang)
            {
                texts.push(event_text::Model {
                    event_id: id,
                    lang,
                    title: row.try_get("", "text_title")?,
                    description: row.try_get("", "text_description")?,
                });
            }
            if let Some(position) = row.try_get::<Option<i32>>("", "session_position")?
                && !sessions.iter().any(|had| had.position == position)
            {
                sessions.push(event_session::Model {
                    event_id: id,
                    position,
                    starts_at: row.try_get("", "session_starts_at")?,
                    ends_at: row.try_get("", "session_ends_at")?,
                });
            }
            if person.is_some() {
                has_calendar_feed |= row.try_get::<Option<i32>>("", "feed_owner")?.is_some();
                if registration.is_none()
                    && let Some(mine) = row.try_get::<Option<i32>>("", "mine_id")?
                {
                    *registration = Some((
                        mine,
                        row.try_get("", "mine_standing")?,
                        row.try_get("", "mine_queued_at")?,
                    ));
                }
            }
            Ok(())
        },
    )?;
    if let Some(user_id) = person
        && events.is_empty()
    {
        has_calendar_feed = calendar_feed::Entity::find_by_id(user_id)
            .one(db)
            .await?
            .is_some();
    }
    let for_groups: Vec<i32> = events
        .iter()
        .filter(|(e, _)| e.invited_only)
        .map(|(e, _)| e.id)
        .collect();
    let invited = if for_groups.is_empty() {
        Vec::new()
    } else {
        event_invitee::Entity::find()
            .filter(event_invitee::Column::EventId.is_in(for_groups))
            .all(db)
            .await?
    };
    let events = events
        .into_iter()
        .map(|(m, (texts, mut sessions, registered))| {
            sessions.sort_by_key(|s| s.position);
            Ok((to_event(m, &texts, &invited, &sessions)?, registered))
        })
        .collect::<Result<_>>()?;
    Ok((events, has_calendar_feed))
}

/// The person's own id where they have a calendar feed, as a column of every row.
fn feed_owner(user_id: i32) -> Expr {
    Query::select()
        .column(calendar_feed::Column::UserId)
        .from(calendar_feed::Entity)
        .and_where(calendar_feed::Column::UserId.eq(user_id))
        .to_owned()
        .into()
}

/// Makes the named group the event is for exactly `invitees` (none: it is for
/// everyone its organisation setting allows).
async fn write_invitees(
    db: &impl ConnectionTrait,
    event_id: i32,
    invitees: Option<&[i32]>,
) -> Result<()> {
    event_invitee::Entity::delete_many()
        .filter(event_invitee::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    let rows: Vec<event_invitee::ActiveModel> = invitees
        .unwrap_or_default()
        .iter()
        .map(|user_id| event_invitee::ActiveModel {
            event_id: Set(event_id),
            user_id: Set(*user_id),
        })
        .collect();
    if !rows.is_empty() {
        event_invitee::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([
                    event_invitee::Column::EventId,
                    event_invitee::Column::UserId,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Makes a named-group event for exactly `invitees`, inside a change of who belongs to
/// the group (a cohort's enrolment): those left out lose their registration and are
/// told, and their seats go to the waiting list.
pub(crate) async fn set_invitees(
    txn: &DatabaseTransaction,
    event_id: i32,
    invitees: &[i32],
) -> Result<()> {
    let found = event_row(txn, event_id).await?;
    write_invitees(txn, event_id, Some(invitees)).await?;
    end_outsiders(txn, event_id, found.organisation_id, Some(invitees)).await?;
    fill_seats(txn, event_id).await?;
    Ok(())
}

async fn write_texts(db: &impl ConnectionTrait, event_id: i32, texts: &[EventText]) -> Result<()> {
    for text in texts {
        event_text::Entity::insert(event_text::ActiveModel {
            event_id: Set(event_id),
            lang: Set(text.lang.code().to_owned()),
            title: Set(text.title.trim().to_owned()),
            description: Set(text.description.trim().to_owned()),
        })
        .on_conflict(
            OnConflict::columns([event_text::Column::EventId, event_text::Column::Lang])
                .update_columns([event_text::Column::Title, event_text::Column::Description])
                .to_owned(),
        )
        .exec(db)
        .await?;
    }
    Ok(())
}

/// Writes a course's sessions anew (none for an event of one session).
async fn write_sessions(
    db: &impl ConnectionTrait,
    event_id: i32,
    sessions: &[Session],
) -> Result<()> {
    event_session::Entity::delete_many()
        .filter(event_session::Column::EventId.eq(event_id))
        .exec(db)
        .await?;
    if sessions.is_empty() {
        return Ok(());
    }
    event_session::Entity::insert_many(sessions.iter().zip(1..).map(|(s, position)| {
        event_session::ActiveModel {
            event_id: Set(event_id),
            position: Set(position),
            starts_at: Set(s.starts_at),
            ends_at: Set(s.ends_at),
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

async fn event_row(db: &impl ConnectionTrait, id: i32) -> Result<event::Model> {
    event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Writes a new draft event inside a change: its texts, who it is for, the audit line.
pub(crate) async fn insert_event(
    txn: &DatabaseTransaction,
    input: &EventInput,
    author: Option<i32>,
) -> Result<i32> {
    let now = Utc::now();
    let row = event::Entity::insert(event::ActiveModel {
        kind: Set(input.kind.as_str().to_owned()),
        status: Set(EventStatus::Draft.as_str().to_owned()),
        starts_at: Set(input.starts_at),
        ends_at: Set(input.ends_at),
        online_url: Set(input.online_url.clone()),
        venue: Set(input.venue.trim().to_owned()),
        capacity: Set(input.capacity),
        taken: Set(0),
        registration_opens_at: Set(input.registration_opens_at),
        registration_closes_at: Set(input.registration_closes_at),
        organisation_id: Set(input.organisation_id),
        theme_id: Set(input.theme_id),
        sequence: Set(0),
        invited_only: Set(input.invitees.is_some()),
        region: Set(input.region.map(|r| r.as_str().to_owned())),
        created_by: Set(author),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec_with_returning(txn)
    .await?;
    write_texts(txn, row.id, &input.texts).await?;
    write_invitees(txn, row.id, input.invitees.as_deref()).await?;
    write_sessions(txn, row.id, &input.sessions).await?;
    crate::audit::record(
        txn,
        author,
        "event:create",
        &format!("event:{}", row.id),
        "",
    )
    .await?;
    Ok(row.id)
}

impl Events {
    pub async fn create_event(&self, input: &EventInput, author: Option<i32>) -> Result<i32> {
        let txn = self.begin_write().await?;
        let id = insert_event(&txn, input, author).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Changes an event. A lowered capacity keeps those already confirmed; a raised
    /// one promotes from the waiting list. Those the event is no longer for lose their
    /// registration. A new time or place is told to everyone with a seat, whose
    /// reminders move with it.
    pub async fn update_event(
        &self,
        id: i32,
        input: &EventInput,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = event_row(&txn, id).await?;
        let sessions_before: Vec<Session> = event_session::Entity::find()
            .filter(event_session::Column::EventId.eq(id))
            .order_by_asc(event_session::Column::Position)
            .all(&txn)
            .await?
            .iter()
            .map(session_of)
            .collect();
        let calendar_changed = sessions_before != input.sessions
            || found.starts_at != input.starts_at
            || found.ends_at != input.ends_at
            || found.online_url != input.online_url
            || found.venue != input.venue.trim();
        event::Entity::update_many()
            .col_expr(event::Column::Kind, Expr::value(input.kind.as_str()))
            .col_expr(event::Column::StartsAt, Expr::value(input.starts_at))
            .col_expr(event::Column::EndsAt, Expr::value(input.ends_at))
            .col_expr(
                event::Column::OnlineUrl,
                Expr::value(input.online_url.clone()),
            )
            .col_expr(event::Column::Venue, Expr::value(input.venue.trim()))
            .col_expr(event::Column::Capacity, Expr::value(input.capacity))
            .col_expr(
                event::Column::RegistrationOpensAt,
                Expr::value(input.registration_opens_at),
            )
            .col_expr(
                event::Column::RegistrationClosesAt,
                Expr::value(input.registration_closes_at),
            )
            .col_expr(
                event::Column::OrganisationId,
                Expr::value(input.organisation_id),
            )
            .col_expr(event::Column::ThemeId, Expr::value(input.theme_id))
            .col_expr(
                event::Column::Region,
                Expr::value(input.region.map(|r| r.as_str())),
            )
            .col_expr(
                event::Column::InvitedOnly,
                Expr::value(input.invitees.is_some()),
            )
            .col_expr(
                event::Column::Sequence,
                Expr::value(found.sequence + i32::from(calendar_changed)),
            )
            .col_expr(event::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(event::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        write_texts(&txn, id, &input.texts).await?;
        write_invitees(&txn, id, input.invitees.as_deref()).await?;
        write_sessions(&txn, id, &input.sessions).await?;
        end_outsiders(&txn, id, input.organisation_id, input.invitees.as_deref()).await?;
        let promoted = fill_seats(&txn, id).await?;
        let updated = event_row(&txn, id).await?;
        if calendar_changed && updated.status == EventStatus::Published.as_str() {
            // Those just promoted heard of the new time with their seat.
            let seated = registration::Entity::find()
                .filter(registration::Column::EventId.eq(id))
                .filter(registration::Column::Standing.eq_literal(Standing::Confirmed.as_str()))
                .filter(registration::Column::UserId.is_not_in(promoted))
                .all(&txn)
                .await?;
            for seat in seated {
                tell_seat(&txn, &updated, seat.user_id, Notice::Changed).await?;
            }
        }
        themes_touched(&txn, found.theme_id, input.theme_id).await?;
        crate::audit::record(&txn, author, "event:update", &format!("event:{id}"), "").await?;
        txn.commit().await?;
        self.themed.forget();
        Ok(())
    }

    /// Publishes a draft, or cancels: a cancellation ends every registration and
    /// tells everyone who was registered or waiting.
    pub async fn set_event_status(
        &self,
        id: i32,
        status: EventStatus,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = event_row(&txn, id).await?;
        if status == EventStatus::Cancelled {
            let registered = registration::Entity::find()
                .filter(registration::Column::EventId.eq(id))
                .filter(live())
                .all(&txn)
                .await?;
            for registration in registered {
                tell(&txn, id, registration.user_id, Notice::Cancelled).await?;
            }
            registration::Entity::update_many()
                .col_expr(
                    registration::Column::Standing,
                    Expr::value(Standing::Cancelled.as_str()),
                )
                .col_expr(registration::Column::CancelledAt, Expr::value(Utc::now()))
                .filter(registration::Column::EventId.eq(id))
                .filter(live())
                .exec(&txn)
                .await?;
        }
        let sequence = found.sequence + i32::from(status == EventStatus::Cancelled);
        event::Entity::update_many()
            .col_expr(event::Column::Status, Expr::value(status.as_str()))
            .col_expr(event::Column::Sequence, Expr::value(sequence))
            .col_expr(
                event::Column::Taken,
                Expr::value(if status == EventStatus::Cancelled {
                    0
                } else {
                    found.taken
                }),
            )
            .col_expr(event::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(event::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        themes_touched(&txn, found.theme_id, found.theme_id).await?;
        crate::audit::record(
            &txn,
            author,
            &format!("event:{}", status.as_str()),
            &format!("event:{id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        self.themed.forget();
        Ok(())
    }

    /// These events, whatever their state, in no particular order.
    pub async fn events_by_id(&self, ids: &[i32]) -> Result<Vec<Event>> {
        load_events(
            &self.db,
            event::Entity::find().filter(event::Column::Id.is_in(ids.iter().copied())),
        )
        .await
    }

    pub async fn event(&self, id: i32) -> Result<Option<Event>> {
        Ok(load_events(&self.db, event::Entity::find_by_id(id))
            .await?
            .pop())
    }

    /// Events that have not ended, soonest first; drafts and cancelled ones only for
    /// organisers.
    pub async fn upcoming_events(&self, who: &Principal, now: DateTime<Utc>) -> Result<Vec<Event>> {
        let query = event::Entity::find()
            .filter(upcoming(who, now))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id);
        load_visible(&self.db, who, query).await
    }

    /// The events list in one statement: the events that have not ended, as
    /// `upcoming_events` gives them, and those that have, latest first, at most
    /// `past_limit`: for organisers every one, for others those they had a seat at
    /// (where their recording and materials are); with the person's place at each
    /// upcoming one (one more statement for each place in a queue) and whether they
    /// have a calendar feed.
    pub async fn list(
        &self,
        who: &Principal,
        now: DateTime<Utc>,
        past_limit: u64,
    ) -> Result<EventList> {
        let mut past = event::Entity::find()
            .select_only()
            .column(event::Column::Id)
            .filter(event::Column::EndsAt.lte(now))
            .order_by_desc(event::Column::StartsAt)
            .order_by_desc(event::Column::Id)
            .limit(past_limit);
        if let Some(visible) = visible_events(who) {
            past = past
                .filter(visible)
                .filter(event::Column::Status.eq_literal(EventStatus::Published.as_str()))
                .filter(
                    event::Column::Id.in_subquery(
                        Query::select()
                            .column(registration::Column::EventId)
                            .from(registration::Entity)
                            .and_where(registration::Column::UserId.eq(who.user_id))
                            .and_where(
                                registration::Column::Standing
                                    .eq_literal(Standing::Confirmed.as_str()),
                            )
                            .to_owned(),
                    ),
                );
        }
        // The ids of both, each found by its own index (the upcoming by their end, the
        // past through the person's registrations), so that the statement reads only the
        // events it shows: asked as `upcoming OR id IN (past)`, PostgreSQL scanned every
        // event and joined every text, however many years of events the table held.
        let ids = Query::select()
            .column((event::Entity, event::Column::Id))
            .from(event::Entity)
            .cond_where(upcoming(who, now))
            .union(
                UnionType::All,
                Query::select()
                    .column(event::Column::Id)
                    .from_subquery(past.into_query(), Alias::new("past"))
                    .to_owned(),
            )
            .to_owned();
        let both = event::Entity::find()
            .filter(event::Column::Id.in_subquery(ids))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id);
        let (events, has_calendar_feed) =
            load_events_and_mine(&self.db, both, Some(who.user_id)).await?;
        let mut mine = Mine {
            has_calendar_feed,
            ..Mine::default()
        };
        let (mut upcoming, mut past) = (Vec::new(), Vec::new());
        for (event, registered) in events.into_iter().filter(|(e, _)| e.visible_to(who)) {
            if event.ends_at <= now {
                past.push(event);
                continue;
            }
            // The place of an upcoming event only: the list shows no other.
            if let Some((id, standing, queued_at)) = registered {
                let place = place_in(&self.db, id, event.id, &standing, queued_at).await?;
                mine.places.insert(event.id, place);
            }
            upcoming.push(event);
        }
        past.reverse();
        Ok(EventList {
            upcoming,
            past,
            mine,
        })
    }

    /// The published events of a theme (its launch webinar) that the person may see,
    /// for the theme's page. Most themes have none, and for those the database is not
    /// asked: this instance knows which themes have a published event (`Themed`).
    pub async fn events_of_theme(&self, theme_id: i32, who: &Principal) -> Result<Vec<Event>> {
        if !self.themed().await?.themes.contains(&theme_id) {
            return Ok(Vec::new());
        }
        let mut query = event::Entity::find()
            .filter(event::Column::ThemeId.eq(theme_id))
            .filter(event::Column::Status.eq_literal(EventStatus::Published.as_str()))
            .order_by_asc(event::Column::StartsAt);
        if let Some(visible) = visible_events(who) {
            query = query.filter(visible);
        }
        load_visible(&self.db, who, query).await
    }
}

/// The themes that have a published event, as one instance holds them in memory, so
/// that a theme's page asks for its events only when there are some. Read anew when
/// `theme_events_version` has moved (`snapshot`).
#[derive(Debug)]
pub(crate) struct Themed {
    version: String,
    themes: HashSet<i32>,
}

impl crate::snapshot::Versioned for Themed {
    fn version(&self) -> &str {
        &self.version
    }
}

/// The setting that changes whenever an event with a theme is published, cancelled or
/// changed, or an event is given a theme.
const THEMED_VERSION_KEY: &str = "theme_events_version";

/// Tells every instance, inside the change's transaction, that the themes with a
/// published event may have changed: when the event had a theme or is given one.
async fn themes_touched(
    txn: &DatabaseTransaction,
    before: Option<i32>,
    after: Option<i32>,
) -> Result<()> {
    if before.is_none() && after.is_none() {
        return Ok(());
    }
    crate::settings::move_version(txn, THEMED_VERSION_KEY).await
}

impl Events {
    /// The themes with a published event: this instance's snapshot, confirmed against
    /// `theme_events_version` at most once every `snapshot::RECHECK`, and at once after
    /// a change through this instance.
    async fn themed(&self) -> Result<std::sync::Arc<Themed>> {
        self.themed
            .get(
                || crate::settings::version(&self.db, THEMED_VERSION_KEY),
                |version| async move {
                    let themes: Vec<Option<i32>> = event::Entity::find()
                        .select_only()
                        .column(event::Column::ThemeId)
                        .distinct()
                        .filter(event::Column::ThemeId.is_not_null())
                        .filter(event::Column::Status.eq_literal(EventStatus::Published.as_str()))
                        .into_tuple()
                        .all(&self.db)
                        .await?;
                    Ok(Themed {
                        version,
                        themes: themes.into_iter().flatten().collect(),
                    })
                },
            )
            .await
    }
}
