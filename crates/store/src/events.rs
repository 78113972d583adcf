//! Events and their registrations.
//!
//! Seats are scarce and taken atomically: `events.taken` moves only by a conditional
//! update (`taken = taken + 1 WHERE taken < capacity`) inside the transaction that
//! writes the registration; on SQLite that transaction begins `IMMEDIATE`, so writers
//! queue on the busy timeout instead of failing; a unique key on (event, person) makes
//! a double click one registration. Whenever a seat may have come free (a
//! cancellation, a raised capacity, a wait-listing that raced one), `fill_seats`
//! promotes from the waiting list in the order people queued.

use chrono::{DateTime, Utc};
use domain::{EventKind, EventStatus, Lang, Principal, Standing};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use crate::{
    Result, Store, StoreError,
    entity::{calendar_feed, event, event_feedback, event_text, registration},
    random_token, token_hash,
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

    /// Whether the person may register at `now`: published, within the window, not
    /// over, and of the right organisation.
    pub fn open_to(&self, who: &Principal, now: DateTime<Utc>) -> bool {
        self.is_published()
            && self.ends_at > now
            && self.registration_opens_at.is_none_or(|t| t <= now)
            && self.registration_closes_at.is_none_or(|t| now < t)
            && self.organisation_id.is_none_or(|org| org == who.org_id)
    }

    /// Whether the person may see the event at all.
    pub fn visible_to(&self, who: &Principal) -> bool {
        may_organise(who)
            || (self.status != EventStatus::Draft
                && self.organisation_id.is_none_or(|org| org == who.org_id))
    }
}

/// Coordinators, content editors and administrators organise events.
pub fn may_organise(who: &Principal) -> bool {
    who.has(domain::Role::Coordinator) || who.has(domain::Role::ContentEditor) || who.is_admin()
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

impl From<registration::Model> for Registration {
    fn from(m: registration::Model) -> Registration {
        Registration {
            id: m.id,
            event_id: m.event_id,
            user_id: m.user_id,
            standing: Standing::parse(&m.standing).unwrap_or(Standing::Cancelled),
            queued_at: m.queued_at,
            attended: m.attended,
        }
    }
}

/// What a registration came to: the place, and whether it is new (a double click
/// or a second tab answers with the registration there was).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registered {
    pub place: Place,
    pub fresh: bool,
}

/// A registration's outcome as the person sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Confirmed,
    /// Waiting, with the place in the queue (1 = next).
    Waiting(u64),
}

/// What an update changed that people should hear of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventUpdate {
    /// Promoted from the waiting list by a raised capacity.
    pub promoted: Vec<Promotion>,
    /// The time or the place changed: calendars need the new entry.
    pub calendar_changed: bool,
}

/// A person's change of standing that they should hear of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Promotion {
    pub user_id: i32,
    pub event_id: i32,
}

fn to_event(m: event::Model, texts: &[event_text::Model]) -> Event {
    Event {
        id: m.id,
        kind: EventKind::parse(&m.kind).unwrap_or(EventKind::Webinar),
        status: EventStatus::parse(&m.status).unwrap_or(EventStatus::Draft),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        online_url: m.online_url,
        venue: m.venue,
        capacity: m.capacity,
        taken: m.taken,
        registration_opens_at: m.registration_opens_at,
        registration_closes_at: m.registration_closes_at,
        organisation_id: m.organisation_id,
        theme_id: m.theme_id,
        sequence: m.sequence,
        texts: texts
            .iter()
            .filter(|t| t.event_id == m.id)
            .map(|t| EventText {
                lang: Lang::parse(&t.lang).unwrap_or_default(),
                title: t.title.clone(),
                description: t.description.clone(),
            })
            .collect(),
    }
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
    Ok(rows.into_iter().map(|m| to_event(m, &texts)).collect())
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

/// Promotes from the waiting list, first come first served, while seats are free.
async fn fill_seats(txn: &DatabaseTransaction, event_id: i32) -> Result<Vec<Promotion>> {
    let mut promoted = Vec::new();
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
        promoted.push(Promotion {
            user_id: next.user_id,
            event_id,
        });
    }
}

impl Store {
    /// A write transaction that, on SQLite, holds the write lock from its first
    /// statement, so concurrent writers wait their turn instead of failing.
    async fn begin_write(&self) -> Result<DatabaseTransaction> {
        Ok(self
            .db
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?)
    }

    pub async fn create_event(&self, input: &EventInput, author: Option<i32>) -> Result<i32> {
        let now = Utc::now();
        let txn = self.db.begin().await?;
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
            created_by: Set(author),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        write_texts(&txn, row.id, &input.texts).await?;
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
    /// one promotes from the waiting list, who are returned.
    pub async fn update_event(
        &self,
        id: i32,
        input: &EventInput,
        author: Option<i32>,
    ) -> Result<EventUpdate> {
        let txn = self.begin_write().await?;
        let found = event::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
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
                event::Column::Sequence,
                Expr::value(found.sequence + i32::from(calendar_changed)),
            )
            .col_expr(event::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(event::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        write_texts(&txn, id, &input.texts).await?;
        let promoted = fill_seats(&txn, id).await?;
        crate::audit::record(&txn, author, "event:update", &format!("event:{id}"), "").await?;
        txn.commit().await?;
        Ok(EventUpdate {
            promoted,
            calendar_changed,
        })
    }

    /// Publishes a draft, or cancels: a cancellation ends every registration and
    /// returns who was registered.
    pub async fn set_event_status(
        &self,
        id: i32,
        status: EventStatus,
        author: Option<i32>,
    ) -> Result<Vec<i32>> {
        let txn = self.begin_write().await?;
        let found = event::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut told = Vec::new();
        if status == EventStatus::Cancelled {
            told = registration::Entity::find()
                .filter(registration::Column::EventId.eq(id))
                .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
                .all(&txn)
                .await?
                .into_iter()
                .map(|r| r.user_id)
                .collect();
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
        Ok(told)
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
        if !may_organise(who) {
            query = query
                .filter(event::Column::Status.ne(EventStatus::Draft.as_str()))
                .filter(
                    Condition::any()
                        .add(event::Column::OrganisationId.is_null())
                        .add(event::Column::OrganisationId.eq(who.org_id)),
                );
        }
        load_events(&self.db, query.all(&self.db).await?).await
    }

    /// The events of a theme (its launch webinar), for the theme's page.
    pub async fn events_of_theme(&self, theme_id: i32) -> Result<Vec<Event>> {
        let rows = event::Entity::find()
            .filter(event::Column::ThemeId.eq(theme_id))
            .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?;
        load_events(&self.db, rows).await
    }

    /// Registers the person: a seat if one is free, else the waiting list. Registering
    /// again (a double click, a second tab) answers with the registration there is.
    /// The caller has checked `Event::open_to`.
    pub async fn register(&self, event_id: i32, user_id: i32) -> Result<Registered> {
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
            txn.commit().await?;
            return Ok(Registered {
                place: self.place_of(&mine).await?,
                fresh: false,
            });
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
        if ahead.is_empty() && take_seat(&txn, event_id).await? {
            registration::Entity::update_many()
                .col_expr(
                    registration::Column::Standing,
                    Expr::value(Standing::Confirmed.as_str()),
                )
                .col_expr(registration::Column::ConfirmedAt, Expr::value(now))
                .filter(registration::Column::Id.eq(mine.id))
                .exec(&txn)
                .await?;
        } else {
            fill_seats(&txn, event_id).await?;
        }
        txn.commit().await?;
        let mine = registration::Entity::find_by_id(mine.id)
            .one(&self.db)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Registered {
            place: self.place_of(&mine).await?,
            fresh: true,
        })
    }

    async fn place_of(&self, mine: &registration::Model) -> Result<Place> {
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
            .count(&self.db)
            .await?;
        Ok(Place::Waiting(ahead + 1))
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
        Ok(Some(self.place_of(&mine).await?))
    }

    /// Cancels the person's registration. A freed seat goes to the first in the
    /// queue, who is returned to be told.
    pub async fn cancel_registration(&self, event_id: i32, user_id: i32) -> Result<Vec<Promotion>> {
        let txn = self.begin_write().await?;
        let Some(mine) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
            .one(&txn)
            .await?
        else {
            txn.commit().await?;
            return Ok(Vec::new());
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
        let mut promoted = Vec::new();
        if done.rows_affected == 1 && mine.standing == Standing::Confirmed.as_str() {
            give_back_seat(&txn, event_id).await?;
            promoted = fill_seats(&txn, event_id).await?;
        }
        txn.commit().await?;
        Ok(promoted)
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
            .map(Into::into)
            .collect();
        all.sort_by_key(|r| match r.standing {
            Standing::Confirmed => 0,
            Standing::Waiting => 1,
            Standing::Cancelled => 2,
        });
        Ok(all)
    }

    /// The person's active registrations, for their calendar.
    pub async fn registrations_of(&self, user_id: i32) -> Result<Vec<Registration>> {
        Ok(registration::Entity::find()
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Standing.ne(Standing::Cancelled.as_str()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(Into::into)
            .collect())
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
    /// they had one at that were cancelled, so that calendars remove them.
    pub async fn calendar_events(&self, user_id: i32) -> Result<Vec<Event>> {
        let registrations = registration::Entity::find()
            .filter(registration::Column::UserId.eq(user_id))
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
        let events = load_events(&self.db, rows).await?;
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
    /// Marks who of the confirmed attended. Returns those newly marked who have not
    /// been asked for feedback yet, and notes that they are being asked now.
    pub async fn set_attendance(&self, event_id: i32, attended: &[i32]) -> Result<Vec<i32>> {
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
        txn.commit().await?;
        Ok(to_ask)
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
