//! Who did what to whose data: an append-only log, as the GDPR asks of a service that
//! handles people's data.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};

use crate::{Result, Store, entity::audit_event};

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub at: chrono::DateTime<Utc>,
    pub actor_id: Option<i32>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

pub(crate) async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<i32>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<()> {
    audit_event::Entity::insert(audit_event::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor_id),
        action: Set(action.to_owned()),
        subject: Set(subject.to_owned()),
        detail: Set(detail.to_owned()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

impl Store {
    /// The newest events first.
    pub async fn audit_events(&self, limit: u64) -> Result<Vec<AuditEvent>> {
        Ok(audit_event::Entity::find()
            .order_by_desc(audit_event::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| AuditEvent {
                at: e.at,
                actor_id: e.actor_id,
                action: e.action,
                subject: e.subject,
                detail: e.detail,
            })
            .collect())
    }
}
