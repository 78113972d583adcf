//! Self-assessments: a participant's ratings of the instrument's statements at the start
//! of the programme and at its end (one of each per cohort, retaken by replacing it).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use domain::coaching::assessment::{INSTRUMENT, Phase, area_of};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::Coaching;
use crate::{
    Result, StoreError,
    entity::{self_assessment, self_assessment_answer},
    known,
};

/// One statement's rating, with the comment given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub statement: String,
    pub rating: i32,
    pub comment: String,
}

/// A person's self-assessment of one phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfAssessment {
    pub user_id: i32,
    pub phase: Phase,
    pub submitted_at: DateTime<Utc>,
    pub ratings: Vec<Rating>,
}

impl SelfAssessment {
    /// (statement, rating) pairs, as `domain::coaching::assessment::area_means` takes them.
    pub fn pairs(&self) -> Vec<(&str, i32)> {
        self.ratings
            .iter()
            .map(|r| (r.statement.as_str(), r.rating))
            .collect()
    }
}

impl Coaching {
    /// Keeps a person's assessment of a phase, taken `at`, replacing an earlier one of
    /// the same phase. Every rating must be of a statement of the instrument.
    pub async fn save_assessment(
        &self,
        cohort_id: i32,
        user_id: i32,
        phase: Phase,
        ratings: &[Rating],
        at: DateTime<Utc>,
    ) -> Result<()> {
        if let Some(r) = ratings.iter().find(|r| area_of(&r.statement).is_none()) {
            return Err(StoreError::UnknownValue {
                column: "self_assessment_answers.statement",
                value: r.statement.clone(),
            });
        }
        let txn = self.begin_write().await?;
        self_assessment::Entity::delete_many()
            .filter(self_assessment::Column::CohortId.eq(cohort_id))
            .filter(self_assessment::Column::UserId.eq(user_id))
            .filter(self_assessment::Column::Phase.eq(phase.as_str()))
            .exec(&txn)
            .await?;
        let row = self_assessment::Entity::insert(self_assessment::ActiveModel {
            cohort_id: Set(cohort_id),
            user_id: Set(user_id),
            phase: Set(phase.as_str().to_owned()),
            instrument: Set(INSTRUMENT),
            submitted_at: Set(at),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        if !ratings.is_empty() {
            self_assessment_answer::Entity::insert_many(ratings.iter().map(|r| {
                self_assessment_answer::ActiveModel {
                    assessment_id: Set(row.id),
                    statement: Set(r.statement.clone()),
                    rating: Set(r.rating),
                    comment: Set(r.comment.clone()),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        crate::audit::record(
            &txn,
            Some(user_id),
            &format!("assessment:{}", phase.as_str()),
            &format!("user:{user_id}"),
            &format!("cohort:{cohort_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// The cohort's self-assessments, of everyone or of one person.
    pub async fn assessments(
        &self,
        cohort_id: i32,
        user_id: Option<i32>,
    ) -> Result<Vec<SelfAssessment>> {
        let mut query =
            self_assessment::Entity::find().filter(self_assessment::Column::CohortId.eq(cohort_id));
        if let Some(user_id) = user_id {
            query = query.filter(self_assessment::Column::UserId.eq(user_id));
        }
        let rows = query.all(&self.db).await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let mut answers: BTreeMap<i32, Vec<Rating>> = BTreeMap::new();
        for a in self_assessment_answer::Entity::find()
            .filter(self_assessment_answer::Column::AssessmentId.is_in(rows.iter().map(|r| r.id)))
            .all(&self.db)
            .await?
        {
            answers.entry(a.assessment_id).or_default().push(Rating {
                statement: a.statement,
                rating: a.rating,
                comment: a.comment,
            });
        }
        rows.into_iter()
            .map(|r| {
                Ok(SelfAssessment {
                    user_id: r.user_id,
                    phase: known(
                        "self_assessments.phase",
                        &r.phase,
                        Phase::parse(&r.phase).ok(),
                    )?,
                    submitted_at: r.submitted_at,
                    ratings: answers.remove(&r.id).unwrap_or_default(),
                })
            })
            .collect()
    }
}
