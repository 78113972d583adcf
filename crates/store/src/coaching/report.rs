//! What a cohort's reports count: attendance at its forums and the feedback given
//! after them, each with the organisation of the person, never their name.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::Coaching;
use crate::{
    LiteralCondition, Result,
    entity::{cohort_forum, event_feedback, registration, user},
};

/// One attendee's answer after a forum, without their name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumAnswer {
    pub event_id: i32,
    pub organisation_id: i32,
    pub rating: i32,
    pub comment: String,
}

impl Coaching {
    async fn forum_ids(&self, cohort_id: i32) -> Result<Vec<i32>> {
        Ok(cohort_forum::Entity::find()
            .filter(cohort_forum::Column::CohortId.eq(cohort_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| f.event_id)
            .collect())
    }

    async fn organisations_of(&self, people: Vec<i32>) -> Result<BTreeMap<i32, i32>> {
        Ok(user::Entity::find()
            .filter(user::Column::Id.is_in(people))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.organisation_id))
            .collect())
    }

    /// (forum's event, organisation) → how many attended.
    pub async fn forum_attendance(&self, cohort_id: i32) -> Result<BTreeMap<(i32, i32), usize>> {
        let attended = registration::Entity::find()
            .filter(registration::Column::EventId.is_in(self.forum_ids(cohort_id).await?))
            .filter(registration::Column::Attended.eq_literal(true))
            .all(&self.db)
            .await?;
        let orgs = self
            .organisations_of(attended.iter().map(|r| r.user_id).collect())
            .await?;
        let mut counts = BTreeMap::new();
        for r in attended {
            if let Some(org) = orgs.get(&r.user_id) {
                *counts.entry((r.event_id, *org)).or_insert(0) += 1;
            }
        }
        Ok(counts)
    }

    /// The feedback given after the cohort's forums.
    pub async fn forum_feedback(&self, cohort_id: i32) -> Result<Vec<ForumAnswer>> {
        let answers = event_feedback::Entity::find()
            .filter(event_feedback::Column::EventId.is_in(self.forum_ids(cohort_id).await?))
            .all(&self.db)
            .await?;
        let orgs = self
            .organisations_of(answers.iter().map(|a| a.user_id).collect())
            .await?;
        Ok(answers
            .into_iter()
            .filter_map(|a| {
                Some(ForumAnswer {
                    organisation_id: *orgs.get(&a.user_id)?,
                    event_id: a.event_id,
                    rating: a.rating,
                    comment: a.comment,
                })
            })
            .collect())
    }
}
