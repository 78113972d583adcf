//! Who did what to whose data: an append-only log, as the GDPR asks of a service that
//! handles people's data.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::{
    Result, Store,
    entity::{audit_event, user},
};

#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub at: chrono::DateTime<Utc>,
    pub actor_id: Option<i32>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    /// The name of who did it, when it was a person.
    pub actor_name: Option<String>,
}

/// Which entries of the log to read; every part that is set must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Who did it.
    pub actor: Option<i32>,
    /// Whose data it was (`user:{id}`).
    pub subject: Option<i32>,
    /// The action begins with this (`person:`, `certificate:revoke`).
    pub action: String,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
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
        self.audit_search(&AuditQuery::default(), limit).await
    }

    /// The entries that match, the newest first, at most `limit`.
    pub async fn audit_search(&self, query: &AuditQuery, limit: u64) -> Result<Vec<AuditEvent>> {
        let mut find = audit_event::Entity::find();
        if let Some(actor) = query.actor {
            find = find.filter(audit_event::Column::ActorId.eq(actor));
        }
        if let Some(subject) = query.subject {
            find = find.filter(audit_event::Column::Subject.eq(format!("user:{subject}")));
        }
        if !query.action.is_empty() {
            find = find.filter(audit_event::Column::Action.starts_with(query.action.as_str()));
        }
        if let Some(from) = query.from {
            find = find.filter(audit_event::Column::At.gte(from));
        }
        if let Some(until) = query.until {
            find = find.filter(audit_event::Column::At.lt(until));
        }
        let events = find
            .order_by_desc(audit_event::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let actors: Vec<i32> = events.iter().filter_map(|e| e.actor_id).collect();
        let names: BTreeMap<i32, String> = user::Entity::find()
            .filter(user::Column::Id.is_in(actors))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
        Ok(events
            .into_iter()
            .map(|e| AuditEvent {
                at: e.at,
                actor_name: e.actor_id.and_then(|id| names.get(&id).cloned()),
                actor_id: e.actor_id,
                action: e.action,
                subject: e.subject,
                detail: e.detail,
            })
            .collect())
    }

    /// Notes that `actor` opened `person`'s page (Information Management Act § 17).
    pub async fn record_person_view(&self, actor: i32, person: i32) -> Result<()> {
        record(
            &self.db,
            Some(actor),
            "person:view",
            &format!("user:{person}"),
            "",
        )
        .await
    }
}
