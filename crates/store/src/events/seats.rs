//! Seats and the waiting list: taking a seat (the conditional update that never
//! oversells), giving one back, promoting from the queue in order, and ending the
//! registrations of those an event is no longer for.

use super::*;

/// The conditional update that takes a seat if one is free, and so never oversells.
fn seat_if_free(event_id: i32) -> sea_orm::UpdateMany<event::Entity> {
    event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).add(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::Status.eq_literal(EventStatus::Published.as_str()))
        .filter(
            Condition::any()
                .add(event::Column::Capacity.is_null())
                .add(Expr::col(event::Column::Taken).lt(Expr::col(event::Column::Capacity))),
        )
}

/// Someone waits for a seat at the event the statement updates: the first waiting
/// registration found answers, so the queue's length costs nothing. (`id NOT IN
/// (SELECT event_id …)` read the whole queue: with PostgreSQL's statistics of a
/// million registrations, a registration for an event with 150 waiting took 0.55 ms in
/// the seat's statement instead of 0.04; ARCHITECTURE, "Measuring".)
fn someone_waits() -> Expr {
    Expr::exists(
        Query::select()
            .expr(crate::literal(1))
            .from(registration::Entity)
            .and_where(
                Expr::col((registration::Entity, registration::Column::EventId))
                    .equals((event::Entity, event::Column::Id)),
            )
            .and_where(registration::Column::Standing.eq_literal(Standing::Waiting.as_str()))
            .to_owned(),
    )
}

/// Takes a seat if one is free and no one waits for one: seats go to the queue in
/// order, and taking one past it would jump it. Gives the event as the seat left it.
async fn take_seat_unless_queued(
    txn: &DatabaseTransaction,
    event_id: i32,
) -> Result<Option<event::Model>> {
    Ok(seat_if_free(event_id)
        .filter(someone_waits().not())
        .exec_with_returning(txn)
        .await?
        .pop())
}

pub(super) async fn give_back_seat(txn: &DatabaseTransaction, event_id: i32) -> Result<()> {
    event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).sub(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::Taken.gt(0))
        .exec(txn)
        .await?;
    Ok(())
}

/// Promotes from the waiting list, first come first served, while seats are free;
/// each promoted person is told. Returns who was promoted. Where no seat is free or
/// no one waits, that is one statement.
pub(super) async fn fill_seats(txn: &DatabaseTransaction, event_id: i32) -> Result<Vec<i32>> {
    let mut promoted = Vec::new();
    loop {
        // A seat is taken only where someone waits for it.
        let Some(event) = seat_if_free(event_id)
            .filter(someone_waits())
            .exec_with_returning(txn)
            .await?
            .pop()
        else {
            return Ok(promoted);
        };
        let Some(next) = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Standing.eq_literal(Standing::Waiting.as_str()))
            .order_by_asc(registration::Column::QueuedAt)
            .order_by_asc(registration::Column::Id)
            .one(txn)
            .await?
        else {
            // The one who waited has gone meanwhile (another transaction's change).
            give_back_seat(txn, event_id).await?;
            return Ok(promoted);
        };
        registration::Entity::update_many()
            .col_expr(
                registration::Column::Standing,
                Expr::value(Standing::Confirmed.as_str()),
            )
            .col_expr(registration::Column::ConfirmedAt, Expr::value(Utc::now()))
            .filter(registration::Column::Id.eq(next.id))
            .exec(txn)
            .await?;
        tell_seat(txn, &event, next.user_id, Notice::Promoted).await?;
        promoted.push(next.user_id);
    }
}

/// Ends the registrations of those the event is no longer for (another organisation,
/// or left out of its named group), freeing their seats; each is told.
pub(super) async fn end_outsiders(
    txn: &DatabaseTransaction,
    event_id: i32,
    organisation_id: Option<i32>,
    invitees: Option<&[i32]>,
) -> Result<()> {
    if organisation_id.is_none() && invitees.is_none() {
        return Ok(());
    }
    let active = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(live())
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
        let in_org = organisation_id.is_none_or(|o| org == Some(o));
        let invited = invitees.is_none_or(|group| group.contains(&registration.user_id));
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
pub(super) async fn place_of(
    db: &impl ConnectionTrait,
    mine: &registration::Model,
) -> Result<Place> {
    place_in(db, mine.id, mine.event_id, &mine.standing, mine.queued_at).await
}

/// The place of the registration `id` of an event, standing as `standing` says and
/// queued at `queued_at`: a waiting one counts who stand ahead of it in the queue.
pub(super) async fn place_in(
    db: &impl ConnectionTrait,
    id: i32,
    event_id: i32,
    standing: &str,
    queued_at: DateTime<Utc>,
) -> Result<Place> {
    if standing == Standing::Confirmed.as_str() {
        return Ok(Place::Confirmed);
    }
    let ahead = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Standing.eq_literal(Standing::Waiting.as_str()))
        .filter(
            Condition::any()
                .add(registration::Column::QueuedAt.lt(queued_at))
                .add(
                    Condition::all()
                        .add(registration::Column::QueuedAt.eq(queued_at))
                        .add(registration::Column::Id.lt(id)),
                ),
        )
        .count(db)
        .await?;
    Ok(Place::Waiting(ahead + 1))
}

/// The registrations that hold a place, confirmed or waiting: not cancelled. What
/// reads or ends live registrations filters by it, and the event list joins a
/// person's by it (`load_events_and_mine`).
pub(super) fn live() -> Condition {
    Condition::all().add(registration::Column::Standing.ne_literal(Standing::Cancelled.as_str()))
}

/// The person's own side of the event list: their place at each upcoming event they
/// are registered for, and whether they have a calendar feed.
#[derive(Debug, Default)]
pub struct Mine {
    pub places: std::collections::HashMap<i32, Place>,
    pub has_calendar_feed: bool,
}

impl Events {
    /// Registers the person: a seat if one is free, else the waiting list. Registering
    /// again (a double click, a second tab) answers with the registration there is.
    /// Only a new registration is told of. The caller has checked `Event::open_to`.
    pub async fn register(&self, event_id: i32, user_id: i32) -> Result<Place> {
        let now = Utc::now();
        let txn = self.begin_write().await?;
        // The seat first, so that a registration with one is written confirmed at once.
        // The first statement writes, so SQLite's lock is held from here on.
        let seat = take_seat_unless_queued(&txn, event_id).await?;
        let (standing, confirmed_at) = match seat {
            Some(_) => (Standing::Confirmed, Some(now)),
            None => (Standing::Waiting, None),
        };
        let inserted = registration::Entity::insert(registration::ActiveModel {
            event_id: Set(event_id),
            user_id: Set(user_id),
            standing: Set(standing.as_str().to_owned()),
            queued_at: Set(now),
            confirmed_at: Set(confirmed_at),
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
        .try_insert()
        .exec_with_returning_many(&txn)
        .await?;
        // A row already there returns none.
        let new = match inserted {
            sea_orm::TryInsertResult::Inserted(mut rows) => rows.pop(),
            _ => None,
        };
        let mine = match new {
            Some(mine) => mine,
            None => {
                let mine = registration::Entity::find()
                    .filter(registration::Column::EventId.eq(event_id))
                    .filter(registration::Column::UserId.eq(user_id))
                    .one(&txn)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                if mine.standing != Standing::Cancelled.as_str() {
                    // Registered already: the seat taken for a new registration goes back.
                    if seat.is_some() {
                        give_back_seat(&txn, event_id).await?;
                    }
                    let place = place_of(&txn, &mine).await?;
                    txn.commit().await?;
                    return Ok(place);
                }
                // Back, with the seat or at the end of the queue.
                registration::Entity::update_many()
                    .col_expr(
                        registration::Column::Standing,
                        Expr::value(standing.as_str()),
                    )
                    .col_expr(registration::Column::QueuedAt, Expr::value(now))
                    .col_expr(registration::Column::ConfirmedAt, Expr::value(confirmed_at))
                    .col_expr(
                        registration::Column::CancelledAt,
                        Expr::value(Option::<DateTime<Utc>>::None),
                    )
                    .filter(registration::Column::Id.eq(mine.id))
                    .exec_with_returning(&txn)
                    .await?
                    .pop()
                    .ok_or(StoreError::NotFound)?
            }
        };
        let place = if let Some(event) = seat {
            tell_seat(&txn, &event, user_id, Notice::Confirmed).await?;
            Place::Confirmed
        } else if fill_seats(&txn, event_id).await?.contains(&user_id) {
            // A seat came free while queueing: promoted, and told so.
            Place::Confirmed
        } else {
            // Not promoted: `mine` is as this transaction left it, in the queue.
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
            .filter(live())
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
            .filter(registration::Column::EventId.is_in(event_ids.iter().copied()))
            .filter(live())
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
            .filter(live())
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

#[cfg(test)]
mod tests {
    use sea_orm::{DbBackend, QueryTrait};

    use super::*;

    /// The seat's statement binds the request's values and writes the code's as
    /// literals: with the standing bound, PostgreSQL planned it anew at each execution.
    #[test]
    fn the_seat_binds_only_the_event_and_the_step() {
        let statement = seat_if_free(7)
            .filter(someone_waits().not())
            .build(DbBackend::Postgres);
        assert!(
            statement.sql.contains(r#""events"."status" = 'published'"#),
            "{}",
            statement.sql
        );
        assert!(
            statement
                .sql
                .contains(r#""registrations"."standing" = 'waiting'"#),
            "{}",
            statement.sql
        );
        let bound = statement.values.map(|v| v.0).unwrap_or_default();
        assert_eq!(bound, [sea_orm::Value::from(1), sea_orm::Value::from(7)]);
    }
}
