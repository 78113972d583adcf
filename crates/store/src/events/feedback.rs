//! After an event: attendance, and the attendees' feedback (1–5 and free text).

use super::*;

/// One attendee's feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub rating: i32,
    pub comment: String,
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

    /// Those of these events the person was marked present at.
    pub async fn attended_among(&self, user_id: i32, event_ids: &[i32]) -> Result<Vec<i32>> {
        Ok(registration::Entity::find()
            .filter(registration::Column::UserId.eq(user_id))
            .filter(registration::Column::EventId.is_in(event_ids.iter().copied()))
            .filter(registration::Column::Attended.eq(true))
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
