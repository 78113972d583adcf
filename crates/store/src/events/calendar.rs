//! A person's calendar feed: its secret address and the events it lists.

use super::*;

impl Events {
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

    /// Whose feed the secret opens, if they may still sign in.
    pub async fn calendar_feed_owner(&self, token: &str) -> Result<Option<crate::User>> {
        let Some(feed) = calendar_feed::Entity::find()
            .filter(calendar_feed::Column::TokenHash.eq(token_hash(token)))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.accounts().open_user(feed.user_id).await
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
        let query = event::Entity::find()
            .filter(event::Column::Id.is_in(ids))
            .order_by_asc(event::Column::StartsAt);
        let events = load_visible(&self.db, who, query).await?;
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
