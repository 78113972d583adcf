//! A cohort's peer groups across organisations: formed from a suggestion
//! (`domain::coaching::suggest_groups`), adjusted by moving a member, and each with its
//! meetings. A person is in at most one group of a cohort (a unique key).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::coaching::{Enrolment, GroupCandidate, suggest_groups};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::{Coaching, cohort_row};
use crate::{
    Result, StoreError,
    entity::{participant, peer_group, peer_group_meeting, peer_group_member},
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerGroup {
    pub id: i32,
    pub cohort_id: i32,
    pub name: String,
    pub members: Vec<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i32,
    pub meets_at: DateTime<Utc>,
    pub place: String,
    pub notes: String,
}

impl Coaching {
    /// The cohort's groups by name, with their members.
    pub async fn groups(&self, cohort_id: i32) -> Result<Vec<PeerGroup>> {
        let groups = peer_group::Entity::find()
            .filter(peer_group::Column::CohortId.eq(cohort_id))
            .order_by_asc(peer_group::Column::Id)
            .all(&self.db)
            .await?;
        let mut members: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
        for m in peer_group_member::Entity::find()
            .filter(peer_group_member::Column::CohortId.eq(cohort_id))
            .all(&self.db)
            .await?
        {
            members.entry(m.group_id).or_default().push(m.user_id);
        }
        Ok(groups
            .into_iter()
            .map(|g| PeerGroup {
                members: members.remove(&g.id).unwrap_or_default(),
                id: g.id,
                cohort_id: g.cohort_id,
                name: g.name,
            })
            .collect())
    }

    /// Replaces the cohort's groups with those johto suggests for its confirmed
    /// participants: about `size` people each, mixing organisations and sectors.
    /// `false` when the participants are of one organisation and cannot be mixed.
    pub async fn form_suggested_groups(
        &self,
        cohort_id: i32,
        size: usize,
        name: impl Fn(usize) -> String,
        author: Option<i32>,
    ) -> Result<bool> {
        let people: Vec<GroupCandidate> = self
            .participants(cohort_id)
            .await?
            .into_iter()
            .filter(|p| p.enrolment == Enrolment::Confirmed)
            .map(|p| GroupCandidate {
                user_id: p.user_id,
                org_id: p.organisation_id,
                sector: p.sector,
            })
            .collect();
        let Some(suggestion) = suggest_groups(&people, size) else {
            return Ok(false);
        };
        let txn = self.begin_write().await?;
        cohort_row(&txn, cohort_id).await?;
        peer_group::Entity::delete_many()
            .filter(peer_group::Column::CohortId.eq(cohort_id))
            .exec(&txn)
            .await?;
        for (i, members) in suggestion.iter().enumerate() {
            let group = peer_group::Entity::insert(peer_group::ActiveModel {
                cohort_id: Set(cohort_id),
                name: Set(name(i + 1)),
                ..Default::default()
            })
            .exec_with_returning(&txn)
            .await?;
            for user_id in members {
                peer_group_member::Entity::insert(peer_group_member::ActiveModel {
                    group_id: Set(group.id),
                    user_id: Set(*user_id),
                    cohort_id: Set(cohort_id),
                })
                .exec_without_returning(&txn)
                .await?;
            }
        }
        crate::audit::record(
            &txn,
            author,
            "cohort:form-groups",
            &format!("cohort:{cohort_id}"),
            &suggestion.len().to_string(),
        )
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Moves a confirmed participant into another group of the same cohort (or into
    /// one for the first time).
    pub async fn move_to_group(
        &self,
        cohort_id: i32,
        user_id: i32,
        group_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let group = peer_group::Entity::find_by_id(group_id)
            .one(&txn)
            .await?
            .filter(|g| g.cohort_id == cohort_id)
            .ok_or(StoreError::NotFound)?;
        participant::Entity::find()
            .filter(participant::Column::CohortId.eq(cohort_id))
            .filter(participant::Column::UserId.eq(user_id))
            .filter(participant::Column::Enrolment.eq(Enrolment::Confirmed.as_str()))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let moved = peer_group_member::Entity::update_many()
            .col_expr(peer_group_member::Column::GroupId, Expr::value(group.id))
            .filter(peer_group_member::Column::CohortId.eq(cohort_id))
            .filter(peer_group_member::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?
            .rows_affected;
        if moved == 0 {
            peer_group_member::Entity::insert(peer_group_member::ActiveModel {
                group_id: Set(group.id),
                user_id: Set(user_id),
                cohort_id: Set(cohort_id),
            })
            .exec_without_returning(&txn)
            .await?;
        }
        crate::audit::record(
            &txn,
            author,
            "cohort:move-to-group",
            &format!("user:{user_id}"),
            &format!("group:{group_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Notes a meeting of a group.
    pub async fn add_meeting(
        &self,
        group_id: i32,
        meets_at: DateTime<Utc>,
        place: &str,
        notes: &str,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = peer_group_meeting::Entity::insert(peer_group_meeting::ActiveModel {
            group_id: Set(group_id),
            meets_at: Set(meets_at),
            place: Set(place.to_owned()),
            notes: Set(notes.to_owned()),
            written_by: Set(author),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// A group's meetings, the earliest first.
    pub async fn meetings(&self, group_id: i32) -> Result<Vec<Meeting>> {
        Ok(peer_group_meeting::Entity::find()
            .filter(peer_group_meeting::Column::GroupId.eq(group_id))
            .order_by_asc(peer_group_meeting::Column::MeetsAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| Meeting {
                id: m.id,
                meets_at: m.meets_at,
                place: m.place,
                notes: m.notes,
            })
            .collect())
    }
}
