//! After an event: attendance, and the attendees' feedback (1–5 and free text).

use super::*;

/// One attendee's feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub rating: i32,
    pub comment: String,
}

/// Asks those marked present who have not been asked yet for their feedback, once.
async fn ask_feedback(txn: &DatabaseTransaction, event_id: i32) -> Result<()> {
    let to_ask: Vec<i32> = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Attended.eq_literal(true))
        .filter(registration::Column::FeedbackAskedAt.is_null())
        .all(txn)
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
        .exec(txn)
        .await?;
    for user_id in to_ask {
        tell(txn, event_id, user_id, Notice::Feedback).await?;
    }
    Ok(())
}

impl Events {
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
            .filter(registration::Column::Standing.eq_literal(Standing::Confirmed.as_str()))
            .filter(registration::Column::UserId.is_in(attended.to_vec()))
            .exec(&txn)
            .await?;
        ask_feedback(&txn, event_id).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Marks who of the confirmed attended one session of a course; the registration
    /// counts as attended when any session was. The course's feedback is asked once its
    /// last session's attendance is marked.
    pub async fn set_session_attendance(
        &self,
        event_id: i32,
        position: i32,
        attended: &[i32],
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let last = event_session::Entity::find()
            .filter(event_session::Column::EventId.eq(event_id))
            .all(&txn)
            .await?
            .iter()
            .map(|s| s.position)
            .max()
            .ok_or(StoreError::NotFound)?;
        if !(1..=last).contains(&position) {
            return Err(StoreError::NotFound);
        }
        session_attendance::Entity::delete_many()
            .filter(session_attendance::Column::EventId.eq(event_id))
            .filter(session_attendance::Column::Position.eq(position))
            .exec(&txn)
            .await?;
        let seated: Vec<i32> = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::Standing.eq_literal(Standing::Confirmed.as_str()))
            .filter(registration::Column::UserId.is_in(attended.to_vec()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|r| r.user_id)
            .collect();
        if !seated.is_empty() {
            session_attendance::Entity::insert_many(seated.iter().map(|user_id| {
                session_attendance::ActiveModel {
                    event_id: Set(event_id),
                    position: Set(position),
                    user_id: Set(*user_id),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        let present: Vec<i32> = session_attendance::Entity::find()
            .filter(session_attendance::Column::EventId.eq(event_id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|a| a.user_id)
            .collect();
        registration::Entity::update_many()
            .col_expr(
                registration::Column::Attended,
                Expr::col(registration::Column::UserId).is_in(present),
            )
            .filter(registration::Column::EventId.eq(event_id))
            .exec(&txn)
            .await?;
        if position == last {
            ask_feedback(&txn, event_id).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Who was present at each session of a course: (session, person).
    pub async fn session_attendance(&self, event_id: i32) -> Result<Vec<(i32, i32)>> {
        Ok(session_attendance::Entity::find()
            .filter(session_attendance::Column::EventId.eq(event_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| (a.position, a.user_id))
            .collect())
    }

    /// Those of these events the person was marked present at.
    pub async fn attended_among(&self, user_id: i32, event_ids: &[i32]) -> Result<Vec<i32>> {
        Ok(registration::Entity::find()
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::EventId.is_in(event_ids.iter().copied()))
            .filter(registration::Column::Attended.eq_literal(true))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| r.event_id)
            .collect())
    }

    /// Whether the person attended, and so may give feedback.
    pub async fn attended(&self, event_id: i32, user_id: i32) -> Result<bool> {
        Ok(registration::Entity::find()
            .filter(registration::Column::EventId.eq(event_id))
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::Attended.eq_literal(true))
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
