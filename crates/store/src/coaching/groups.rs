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
    LiteralCondition, Result, StoreError,
    entity::{participant, peer_group, peer_group_meeting, peer_group_member, peer_group_post},
    jobs,
};

/// The job that tells a group's other members of a new post.
pub const POST_JOB: &str = "coaching.post";

/// Whom to tell of which post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PostNotice {
    pub post_id: i32,
    pub user_id: i32,
}

/// A message in a group's discussion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: i32,
    pub group_id: i32,
    pub author_id: i32,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

fn post_of(m: peer_group_post::Model) -> Post {
    Post {
        id: m.id,
        group_id: m.group_id,
        author_id: m.author_id,
        body: m.body,
        created_at: m.created_at,
        edited_at: m.edited_at,
    }
}

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
            .filter(participant::Column::Enrolment.eq_literal(Enrolment::Confirmed.as_str()))
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

    /// One group with its members, whatever its cohort.
    pub async fn group(&self, group_id: i32) -> Result<Option<PeerGroup>> {
        let Some(g) = peer_group::Entity::find_by_id(group_id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(self
            .groups(g.cohort_id)
            .await?
            .into_iter()
            .find(|x| x.id == g.id))
    }

    /// Writes a post in a group's discussion; each other member is told by e-mail,
    /// queued with the post.
    pub async fn add_post(&self, group_id: i32, author: i32, body: &str) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = peer_group_post::Entity::insert(peer_group_post::ActiveModel {
            group_id: Set(group_id),
            author_id: Set(author),
            body: Set(body.to_owned()),
            created_at: Set(Utc::now()),
            edited_at: Set(None),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        let members = peer_group_member::Entity::find()
            .filter(peer_group_member::Column::GroupId.eq(group_id))
            .filter(peer_group_member::Column::UserId.ne(author))
            .all(&txn)
            .await?;
        for member in members {
            let notice = PostNotice {
                post_id: row.id,
                user_id: member.user_id,
            };
            jobs::enqueue(&txn, POST_JOB, &notice, Utc::now()).await?;
        }
        txn.commit().await?;
        Ok(row.id)
    }

    /// A group's discussion, the oldest first.
    pub async fn posts(&self, group_id: i32) -> Result<Vec<Post>> {
        Ok(peer_group_post::Entity::find()
            .filter(peer_group_post::Column::GroupId.eq(group_id))
            .order_by_asc(peer_group_post::Column::CreatedAt)
            .order_by_asc(peer_group_post::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(post_of)
            .collect())
    }

    pub async fn post(&self, post_id: i32) -> Result<Option<Post>> {
        Ok(peer_group_post::Entity::find_by_id(post_id)
            .one(&self.db)
            .await?
            .map(post_of))
    }

    /// Changes a post's text; only its author's post is found.
    pub async fn edit_post(&self, post_id: i32, author: i32, body: &str) -> Result<()> {
        let changed = peer_group_post::Entity::update_many()
            .col_expr(peer_group_post::Column::Body, Expr::value(body))
            .col_expr(peer_group_post::Column::EditedAt, Expr::value(Utc::now()))
            .filter(peer_group_post::Column::Id.eq(post_id))
            .filter(peer_group_post::Column::AuthorId.eq(author))
            .exec(&self.db)
            .await?
            .rows_affected;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Deletes a post; only its author's post is found.
    pub async fn delete_post(&self, post_id: i32, author: i32) -> Result<()> {
        let gone = peer_group_post::Entity::delete_many()
            .filter(peer_group_post::Column::Id.eq(post_id))
            .filter(peer_group_post::Column::AuthorId.eq(author))
            .exec(&self.db)
            .await?
            .rows_affected;
        if gone == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
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
