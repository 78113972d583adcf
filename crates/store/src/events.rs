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

use chrono::{DateTime, Utc};
use domain::{
    EventKind, EventStatus, Lang, Principal, Standing,
    events::{Audience, RegistrationWindow, may_organise_events, may_register, may_see_event},
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};
use serde::{Deserialize, Serialize};

use crate::{
    Result, Store, StoreError,
    entity::{
        calendar_feed, event, event_feedback, event_invitee, event_material, event_text, file,
        registration, user,
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

    pub fn registration_window(&self) -> RegistrationWindow {
        RegistrationWindow {
            ends_at: self.ends_at,
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
            .add(event::Column::Status.ne(EventStatus::Draft.as_str()))
            .add(
                Condition::any()
                    .add(event::Column::OrganisationId.is_null())
                    .add(event::Column::OrganisationId.eq(who.org_id)),
            )
            .add(
                Condition::any()
                    .add(event::Column::InvitedOnly.eq(false))
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

/// Loads the rows a query found, keeping those the person may see.
async fn load_visible(
    db: &impl ConnectionTrait,
    who: &Principal,
    rows: Vec<event::Model>,
) -> Result<Vec<Event>> {
    Ok(load_events(db, rows)
        .await?
        .into_iter()
        .filter(|e| e.visible_to(who))
        .collect())
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

/// Queues a notice inside the change's transaction.
async fn tell(
    txn: &DatabaseTransaction,
    event_id: i32,
    user_id: i32,
    notice: Notice,
) -> Result<()> {
    let job = NoticeJob {
        event_id,
        user_id,
        notice,
    };
    jobs::enqueue(txn, NOTICE_JOB, &job, Utc::now()).await?;
    Ok(())
}

/// Plans the reminder of a confirmed seat, due 24 hours before the start; none when
/// that moment has passed.
async fn plan_reminder(
    txn: &DatabaseTransaction,
    event: &event::Model,
    user_id: i32,
) -> Result<()> {
    let due = event.starts_at - chrono::Duration::hours(24);
    if due > Utc::now() {
        let job = ReminderJob {
            event_id: event.id,
            user_id,
            sequence: event.sequence,
        };
        jobs::enqueue(txn, REMINDER_JOB, &job, due).await?;
    }
    Ok(())
}

/// A confirmed seat: the person is told, and reminded the day before.
async fn tell_seat(
    txn: &DatabaseTransaction,
    event: &event::Model,
    user_id: i32,
    notice: Notice,
) -> Result<()> {
    plan_reminder(txn, event, user_id).await?;
    tell(txn, event.id, user_id, notice).await
}

fn to_event(
    m: event::Model,
    texts: &[event_text::Model],
    invited: &[event_invitee::Model],
) -> Result<Event> {
    Ok(Event {
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

async fn load_events(db: &impl ConnectionTrait, rows: Vec<event::Model>) -> Result<Vec<Event>> {
    let ids: Vec<i32> = rows.iter().map(|e| e.id).collect();
    let texts = if ids.is_empty() {
        Vec::new()
    } else {
        event_text::Entity::find()
            .filter(event_text::Column::EventId.is_in(ids))
            .all(db)
            .await?
    };
    let for_groups: Vec<i32> = rows
        .iter()
        .filter(|e| e.invited_only)
        .map(|e| e.id)
        .collect();
    let invited = if for_groups.is_empty() {
        Vec::new()
    } else {
        event_invitee::Entity::find()
            .filter(event_invitee::Column::EventId.is_in(for_groups))
            .all(db)
            .await?
    };
    rows.into_iter()
        .map(|m| to_event(m, &texts, &invited))
        .collect()
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

/// Takes a seat if one is free: the conditional update that never oversells.
async fn take_seat(txn: &DatabaseTransaction, event_id: i32) -> Result<bool> {
    let done = event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).add(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
        .filter(
            Condition::any()
                .add(event::Column::Capacity.is_null())
                .add(Expr::col(event::Column::Taken).lt(Expr::col(event::Column::Capacity))),
        )
        .exec(txn)
        .await?;
    Ok(done.rows_affected == 1)
}

async fn give_back_seat(txn: &DatabaseTransaction, event_id: i32) -> Result<()> {
    event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).sub(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::Taken.gt(0))
        .exec(txn)
        .await?;
    Ok(())
}

/// Promotes from the waiting list, first come first served, while seats are free;
/// each promoted person is told. Returns who was promoted.
async fn fill_seats(txn: &DatabaseTransaction, event_id: i32) -> Result<Vec<i32>> {
    let mut promoted = Vec::new();
    let mut event = None;
    loop {
        let Some(next) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Standing.eq(Standing::Waiting.as_str()))
            .order_by_asc(registration::Column::QueuedAt)
            .order_by_asc(registration::Column::Id)
            .one(txn)
            .await?
        else {
            return Ok(promoted);
        };
        if !take_seat(txn, event_id).await? {
            return Ok(promoted);
        }
        registration::Entity::update_many()
            .col_expr(
                registration::Column::Standing,
                Expr::value(Standing::Confirmed.as_str()),
            )
            .col_expr(registration::Column::ConfirmedAt, Expr::value(Utc::now()))
            .filter(registration::Column::Id.eq(next.id))
            .exec(txn)
            .await?;
        if event.is_none() {
            event = Some(event_row(txn, event_id).await?);
        }
        if let Some(event) = &event {
            tell_seat(txn, event, next.user_id, Notice::Promoted).await?;
        }
        promoted.push(next.user_id);
    }
}

async fn event_row(db: &impl ConnectionTrait, id: i32) -> Result<event::Model> {
    event::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Ends the registrations of those the event is no longer for (another organisation,
/// or left out of its named group), freeing their seats; each is told.
async fn end_outsiders(txn: &DatabaseTransaction, event_id: i32, input: &EventInput) -> Result<()> {
    if input.organisation_id.is_none() && input.invitees.is_none() {
        return Ok(());
    }
    let active = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
        .all(txn)
        .await?;
    if active.is_empty() {
        return Ok(());
    }
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(active.iter().map(|r| r.user_id)))
        .all(txn)
        .await?;
    for registration in active {
        let org = people
            .iter()
            .find(|p| p.id == registration.user_id)
            .map(|p| p.organisation_id);
        let in_org = input.organisation_id.is_none_or(|o| org == Some(o));
        let invited = input
            .invitees
            .as_ref()
            .is_none_or(|group| group.contains(&registration.user_id));
        if in_org && invited {
            continue;
        }
        registration::Entity::update_many()
            .col_expr(
                registration::Column::Standing,
                Expr::value(Standing::Cancelled.as_str()),
            )
            .col_expr(registration::Column::CancelledAt, Expr::value(Utc::now()))
            .filter(registration::Column::Id.eq(registration.id))
            .exec(txn)
            .await?;
        if registration.standing == Standing::Confirmed.as_str() {
            give_back_seat(txn, event_id).await?;
        }
        tell(txn, event_id, registration.user_id, Notice::Removed).await?;
    }
    Ok(())
}

/// Where a registration stands: confirmed, or its place in the queue.
async fn place_of(db: &impl ConnectionTrait, mine: &registration::Model) -> Result<Place> {
    if mine.standing == Standing::Confirmed.as_str() {
        return Ok(Place::Confirmed);
    }
    let ahead = registration::Entity::find()
        .filter(registration::Column::EventId.eq(mine.event_id))
        .filter(registration::Column::Standing.eq(Standing::Waiting.as_str()))
        .filter(
            Condition::any()
                .add(registration::Column::QueuedAt.lt(mine.queued_at))
                .add(
                    Condition::all()
                        .add(registration::Column::QueuedAt.eq(mine.queued_at))
                        .add(registration::Column::Id.lt(mine.id)),
                ),
        )
        .count(db)
        .await?;
    Ok(Place::Waiting(ahead + 1))
}

impl Store {
    pub async fn create_event(&self, input: &EventInput, author: Option<i32>) -> Result<i32> {
        let now = Utc::now();
        let txn = self.begin_write().await?;
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
            created_by: Set(author),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        write_texts(&txn, row.id, &input.texts).await?;
        write_invitees(&txn, row.id, input.invitees.as_deref()).await?;
        crate::audit::record(
            &txn,
            author,
            "event:create",
            &format!("event:{}", row.id),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
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
        let calendar_changed = found.starts_at != input.starts_at
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
        end_outsiders(&txn, id, input).await?;
        let promoted = fill_seats(&txn, id).await?;
        let updated = event_row(&txn, id).await?;
        if calendar_changed && updated.status == EventStatus::Published.as_str() {
            // Those just promoted heard of the new time with their seat.
            let seated = registration::Entity::find()
                .filter(registration::Column::EventId.eq(id))
                .filter(registration::Column::Standing.eq(Standing::Confirmed.as_str()))
                .filter(registration::Column::UserId.is_not_in(promoted))
                .all(&txn)
                .await?;
            for seat in seated {
                tell_seat(&txn, &updated, seat.user_id, Notice::Changed).await?;
            }
        }
        crate::audit::record(&txn, author, "event:update", &format!("event:{id}"), "").await?;
        txn.commit().await?;
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
                .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
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
                .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
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
        crate::audit::record(
            &txn,
            author,
            &format!("event:{}", status.as_str()),
            &format!("event:{id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn event(&self, id: i32) -> Result<Option<Event>> {
        let Some(row) = event::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        Ok(load_events(&self.db, vec![row]).await?.pop())
    }

    /// Events that have not ended, soonest first; drafts and cancelled ones only for
    /// organisers.
    pub async fn upcoming_events(&self, who: &Principal, now: DateTime<Utc>) -> Result<Vec<Event>> {
        let mut query = event::Entity::find()
            .filter(event::Column::EndsAt.gt(now))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id);
        if let Some(visible) = visible_events(who) {
            query = query.filter(visible);
        }
        load_visible(&self.db, who, query.all(&self.db).await?).await
    }

    /// Events that have ended, latest first, at most `limit`: for organisers every
    /// one, for others those they had a seat at (where their recording and materials
    /// are).
    pub async fn past_events(
        &self,
        who: &Principal,
        now: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<Event>> {
        let mut query = event::Entity::find()
            .filter(event::Column::EndsAt.lte(now))
            .order_by_desc(event::Column::StartsAt)
            .order_by_desc(event::Column::Id)
            .limit(limit);
        if let Some(visible) = visible_events(who) {
            query = query
                .filter(visible)
                .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
                .filter(
                    event::Column::Id.in_subquery(
                        Query::select()
                            .column(registration::Column::EventId)
                            .from(registration::Entity)
                            .and_where(registration::Column::UserId.eq(who.user_id))
                            .and_where(
                                registration::Column::Standing.eq(Standing::Confirmed.as_str()),
                            )
                            .to_owned(),
                    ),
                );
        }
        load_visible(&self.db, who, query.all(&self.db).await?).await
    }

    /// The published events of a theme (its launch webinar) that the person may see,
    /// for the theme's page.
    pub async fn events_of_theme(&self, theme_id: i32, who: &Principal) -> Result<Vec<Event>> {
        let mut query = event::Entity::find()
            .filter(event::Column::ThemeId.eq(theme_id))
            .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
            .order_by_asc(event::Column::StartsAt);
        if let Some(visible) = visible_events(who) {
            query = query.filter(visible);
        }
        load_visible(&self.db, who, query.all(&self.db).await?).await
    }

    /// Registers the person: a seat if one is free, else the waiting list. Registering
    /// again (a double click, a second tab) answers with the registration there is.
    /// Only a new registration is told of. The caller has checked `Event::open_to`.
    pub async fn register(&self, event_id: i32, user_id: i32) -> Result<Place> {
        let now = Utc::now();
        let txn = self.begin_write().await?;
        // The first statement writes, so SQLite's lock is held from here on.
        let inserted = registration::Entity::insert(registration::ActiveModel {
            event_id: Set(event_id),
            user_id: Set(user_id),
            standing: Set(Standing::Waiting.as_str().to_owned()),
            queued_at: Set(now),
            confirmed_at: Set(None),
            cancelled_at: Set(None),
            attended: Set(false),
            feedback_asked_at: Set(None),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([registration::Column::EventId, registration::Column::UserId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        let mine = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let was_cancelled = mine.standing == Standing::Cancelled.as_str();
        if inserted == 0 && !was_cancelled {
            let place = place_of(&txn, &mine).await?;
            txn.commit().await?;
            return Ok(place);
        }
        if was_cancelled {
            // Back in the queue, at its end.
            registration::Entity::update_many()
                .col_expr(
                    registration::Column::Standing,
                    Expr::value(Standing::Waiting.as_str()),
                )
                .col_expr(registration::Column::QueuedAt, Expr::value(now))
                .col_expr(
                    registration::Column::CancelledAt,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .filter(registration::Column::Id.eq(mine.id))
                .exec(&txn)
                .await?;
        }
        // Seats go to the queue in order: taking one here would jump it.
        let ahead = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Standing.eq(Standing::Waiting.as_str()))
            .filter(registration::Column::Id.ne(mine.id))
            .limit(1)
            .all(&txn)
            .await?;
        let place = if ahead.is_empty() && take_seat(&txn, event_id).await? {
            registration::Entity::update_many()
                .col_expr(
                    registration::Column::Standing,
                    Expr::value(Standing::Confirmed.as_str()),
                )
                .col_expr(registration::Column::ConfirmedAt, Expr::value(now))
                .filter(registration::Column::Id.eq(mine.id))
                .exec(&txn)
                .await?;
            let event = event_row(&txn, event_id).await?;
            tell_seat(&txn, &event, user_id, Notice::Confirmed).await?;
            Place::Confirmed
        } else if fill_seats(&txn, event_id).await?.contains(&user_id) {
            // A seat came free while queueing: promoted, and told so.
            Place::Confirmed
        } else {
            let mine = registration::Entity::find_by_id(mine.id)
                .one(&txn)
                .await?
                .ok_or(StoreError::NotFound)?;
            let place = place_of(&txn, &mine).await?;
            if let Place::Waiting(n) = place {
                tell(&txn, event_id, user_id, Notice::Waiting(n)).await?;
            }
            place
        };
        txn.commit().await?;
        Ok(place)
    }

    /// The person's registration for an event, if any is active.
    pub async fn place(&self, event_id: i32, user_id: i32) -> Result<Option<Place>> {
        let Some(mine) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(place_of(&self.db, &mine).await?))
    }

    /// The person's places at these events, where they have one: one query, and one
    /// more per event where they wait in the queue.
    pub async fn places(
        &self,
        user_id: i32,
        event_ids: &[i32],
    ) -> Result<std::collections::HashMap<i32, Place>> {
        let mut places = std::collections::HashMap::new();
        if event_ids.is_empty() {
            return Ok(places);
        }
        let mine = registration::Entity::find()
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::EventId.is_in(event_ids.to_vec()))
            .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
            .all(&self.db)
            .await?;
        for registration in mine {
            places.insert(
                registration.event_id,
                place_of(&self.db, &registration).await?,
            );
        }
        Ok(places)
    }

    /// Cancels the person's registration. A freed seat goes to the first in the
    /// queue, who is told.
    pub async fn cancel_registration(&self, event_id: i32, user_id: i32) -> Result<()> {
        let txn = self.begin_write().await?;
        let Some(mine) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
            .one(&txn)
            .await?
        else {
            txn.commit().await?;
            return Ok(());
        };
        let done = registration::Entity::update_many()
            .col_expr(
                registration::Column::Standing,
                Expr::value(Standing::Cancelled.as_str()),
            )
            .col_expr(registration::Column::CancelledAt, Expr::value(Utc::now()))
            .filter(registration::Column::Id.eq(mine.id))
            .filter(registration::Column::Standing.eq(mine.standing.clone()))
            .exec(&txn)
            .await?;
        if done.rows_affected == 1 && mine.standing == Standing::Confirmed.as_str() {
            give_back_seat(&txn, event_id).await?;
            fill_seats(&txn, event_id).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Every registration of an event, confirmed first, then the queue in order.
    pub async fn registrations(&self, event_id: i32) -> Result<Vec<Registration>> {
        let mut all: Vec<Registration> = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .order_by_asc(registration::Column::QueuedAt)
            .order_by_asc(registration::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(Registration::try_from)
            .collect::<Result<_>>()?;
        all.sort_by_key(|r| match r.standing {
            Standing::Confirmed => 0,
            Standing::Waiting => 1,
            Standing::Cancelled => 2,
        });
        Ok(all)
    }
}

impl Store {
    /// A new secret address for the person's calendar feed; the old one stops working.
    pub async fn renew_calendar_feed(&self, user_id: i32) -> Result<String> {
        let token = random_token();
        calendar_feed::Entity::insert(calendar_feed::ActiveModel {
            user_id: Set(user_id),
            token_hash: Set(token_hash(&token)),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::column(calendar_feed::Column::UserId)
                .update_columns([
                    calendar_feed::Column::TokenHash,
                    calendar_feed::Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await?;
        Ok(token)
    }

    pub async fn has_calendar_feed(&self, user_id: i32) -> Result<bool> {
        Ok(calendar_feed::Entity::find_by_id(user_id)
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Whose feed the secret opens, if they may still sign in.
    pub async fn calendar_feed_owner(&self, token: &str) -> Result<Option<crate::User>> {
        let Some(feed) = calendar_feed::Entity::find()
            .filter(calendar_feed::Column::TokenHash.eq(token_hash(token)))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(self.user(feed.user_id).await?.filter(|u| !u.disabled))
    }

    /// The events of the person's calendar: those they have a seat at, and those
    /// they had one at that were cancelled, so that calendars remove them; only what
    /// they may still see.
    pub async fn calendar_events(&self, who: &Principal) -> Result<Vec<Event>> {
        let registrations = registration::Entity::find()
            .filter(registration::Column::UserId.eq(who.user_id))
            .all(&self.db)
            .await?;
        let ids: Vec<i32> = registrations.iter().map(|r| r.event_id).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = event::Entity::find()
            .filter(event::Column::Id.is_in(ids))
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?;
        let events = load_visible(&self.db, who, rows).await?;
        Ok(events
            .into_iter()
            .filter(|e| {
                let mine = registrations.iter().find(|r| r.event_id == e.id);
                let confirmed = mine.is_some_and(|r| r.standing == Standing::Confirmed.as_str());
                e.status == EventStatus::Cancelled || (confirmed && e.is_published())
            })
            .collect())
    }
}

/// One attendee's feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub rating: i32,
    pub comment: String,
}

impl Store {
    /// Marks who of the confirmed attended. Those newly marked who have not been
    /// asked for feedback yet are asked now, once.
    pub async fn set_attendance(&self, event_id: i32, attended: &[i32]) -> Result<()> {
        let txn = self.begin_write().await?;
        registration::Entity::update_many()
            .col_expr(registration::Column::Attended, Expr::value(false))
            .filter(registration::Column::EventId.eq(event_id))
            .exec(&txn)
            .await?;
        registration::Entity::update_many()
            .col_expr(registration::Column::Attended, Expr::value(true))
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Standing.eq(Standing::Confirmed.as_str()))
            .filter(registration::Column::UserId.is_in(attended.to_vec()))
            .exec(&txn)
            .await?;
        let to_ask: Vec<i32> = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Attended.eq(true))
            .filter(registration::Column::FeedbackAskedAt.is_null())
            .all(&txn)
            .await?
            .into_iter()
            .map(|r| r.user_id)
            .collect();
        registration::Entity::update_many()
            .col_expr(
                registration::Column::FeedbackAskedAt,
                Expr::value(Utc::now()),
            )
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.is_in(to_ask.clone()))
            .exec(&txn)
            .await?;
        for user_id in to_ask {
            tell(&txn, event_id, user_id, Notice::Feedback).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Whether the person attended, and so may give feedback.
    pub async fn attended(&self, event_id: i32, user_id: i32) -> Result<bool> {
        Ok(registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Attended.eq(true))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Keeps an attendee's feedback; giving it again replaces it.
    pub async fn give_feedback(
        &self,
        event_id: i32,
        user_id: i32,
        rating: domain::Usefulness,
        comment: &str,
    ) -> Result<()> {
        event_feedback::Entity::insert(event_feedback::ActiveModel {
            event_id: Set(event_id),
            user_id: Set(user_id),
            rating: Set(i32::from(rating.get())),
            comment: Set(comment.trim().to_owned()),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([
                event_feedback::Column::EventId,
                event_feedback::Column::UserId,
            ])
            .update_columns([
                event_feedback::Column::Rating,
                event_feedback::Column::Comment,
                event_feedback::Column::CreatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    pub async fn my_feedback(&self, event_id: i32, user_id: i32) -> Result<Option<Feedback>> {
        Ok(event_feedback::Entity::find_by_id((event_id, user_id))
            .one(&self.db)
            .await?
            .map(|f| Feedback {
                rating: f.rating,
                comment: f.comment,
            }))
    }

    /// All feedback of an event, without names.
    pub async fn feedback_of(&self, event_id: i32) -> Result<Vec<Feedback>> {
        Ok(event_feedback::Entity::find()
            .filter(event_feedback::Column::EventId.eq(event_id))
            .order_by_asc(event_feedback::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| Feedback {
                rating: f.rating,
                comment: f.comment,
            })
            .collect())
    }
}

/// A recording or material of an event: an uploaded file or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub id: i32,
    pub title: String,
    pub recording: bool,
    pub file: Option<crate::files::StoredFile>,
    pub url: Option<String>,
}

/// What an organiser adds: a title, and a file already saved or a link.
#[derive(Debug, Clone)]
pub struct MaterialInput {
    pub title: String,
    pub recording: bool,
    pub file_id: Option<i32>,
    pub url: Option<String>,
}

impl Store {
    pub async fn add_material(
        &self,
        event_id: i32,
        input: &MaterialInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = event_material::Entity::insert(event_material::ActiveModel {
            event_id: Set(event_id),
            title: Set(input.title.trim().to_owned()),
            recording: Set(input.recording),
            file_id: Set(input.file_id),
            url: Set(input.url.clone()),
            added_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        let target = format!("event:{event_id}");
        crate::audit::record(&txn, author, "event:material:add", &target, &input.title).await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Takes a material away (one already gone is no error); its file stays stored,
    /// as uploads do.
    pub async fn remove_material(
        &self,
        event_id: i32,
        material_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let done = event_material::Entity::delete_many()
            .filter(event_material::Column::Id.eq(material_id))
            .filter(event_material::Column::EventId.eq(event_id))
            .exec(&txn)
            .await?;
        if done.rows_affected == 1 {
            let target = format!("event:{event_id}");
            crate::audit::record(&txn, author, "event:material:remove", &target, "").await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// An event's recordings first, then its materials, each in the order added.
    pub async fn materials(&self, event_id: i32) -> Result<Vec<Material>> {
        let rows = event_material::Entity::find()
            .filter(event_material::Column::EventId.eq(event_id))
            .order_by_desc(event_material::Column::Recording)
            .order_by_asc(event_material::Column::Id)
            .all(&self.db)
            .await?;
        let file_ids: Vec<i32> = rows.iter().filter_map(|m| m.file_id).collect();
        let files: Vec<crate::files::StoredFile> = if file_ids.is_empty() {
            Vec::new()
        } else {
            file::Entity::find()
                .filter(file::Column::Id.is_in(file_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(Into::into)
                .collect()
        };
        Ok(rows
            .into_iter()
            .map(|m| Material {
                id: m.id,
                title: m.title,
                recording: m.recording,
                file: m
                    .file_id
                    .and_then(|id| files.iter().find(|f| f.id == id).cloned()),
                url: m.url,
            })
            .collect())
    }
}
