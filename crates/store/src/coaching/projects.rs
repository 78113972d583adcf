//! A participating organisation's development project: its own goals, its parts with
//! result goals and responsible managers, and each part's dated progress log.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use domain::{Lang, coaching::Progress};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
};

use super::{Coaching, cohort_row};
use crate::{
    Result, StoreError,
    entity::{cohort_organisation, progress_entry, project_part, project_part_manager},
    known,
};

/// An organisation taking part in a cohort, with its development project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: i32,
    pub cohort_id: i32,
    pub organisation_id: i32,
    pub title_fi: String,
    pub title_sv: String,
    pub goals: String,
    pub parts: Vec<ProjectPart>,
}

impl Project {
    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.title_sv
        } else {
            &self.title_fi
        }
    }

    /// Whether the person is responsible for one of the project's parts.
    pub fn is_responsible(&self, user_id: i32) -> bool {
        self.parts.iter().any(|p| p.managers.contains(&user_id))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectPart {
    pub id: i32,
    pub position: i32,
    pub title_fi: String,
    pub title_sv: String,
    pub result_goal: String,
    /// The responsible managers' user ids.
    pub managers: Vec<i32>,
    /// The progress log, the newest first.
    pub log: Vec<ProgressEntry>,
}

impl ProjectPart {
    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.title_sv
        } else {
            &self.title_fi
        }
    }

    /// Where the part stands: its newest entry's status.
    pub fn status(&self) -> Option<Progress> {
        self.log.first().map(|e| e.status)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressEntry {
    pub id: i32,
    pub done_on: NaiveDate,
    pub what: String,
    pub status: Progress,
    pub written_by: Option<i32>,
}

/// What a coordinator writes when an organisation joins a cohort.
#[derive(Debug, Clone)]
pub struct ProjectInput {
    pub organisation_id: i32,
    pub title_fi: String,
    pub title_sv: String,
    pub goals: String,
    pub parts: Vec<PartInput>,
}

#[derive(Debug, Clone)]
pub struct PartInput {
    pub title_fi: String,
    pub title_sv: String,
    pub result_goal: String,
    pub managers: Vec<i32>,
}

async fn insert_part(
    txn: &DatabaseTransaction,
    project_id: i32,
    position: i32,
    part: &PartInput,
) -> Result<i32> {
    let row = project_part::Entity::insert(project_part::ActiveModel {
        project_id: Set(project_id),
        position: Set(position),
        title_fi: Set(part.title_fi.clone()),
        title_sv: Set(part.title_sv.clone()),
        result_goal: Set(part.result_goal.clone()),
        ..Default::default()
    })
    .exec_with_returning(txn)
    .await?;
    for manager in &part.managers {
        project_part_manager::Entity::insert(project_part_manager::ActiveModel {
            part_id: Set(row.id),
            user_id: Set(*manager),
        })
        .exec_without_returning(txn)
        .await?;
    }
    Ok(row.id)
}

impl Coaching {
    /// Adds an organisation to a cohort with its development project.
    pub async fn add_organisation(
        &self,
        cohort_id: i32,
        input: &ProjectInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        cohort_row(&txn, cohort_id).await?;
        let there = cohort_organisation::Entity::find()
            .filter(cohort_organisation::Column::CohortId.eq(cohort_id))
            .filter(cohort_organisation::Column::OrganisationId.eq(input.organisation_id))
            .one(&txn)
            .await?
            .is_some();
        if there {
            return Err(StoreError::AlreadyTakingPart);
        }
        let project = cohort_organisation::Entity::insert(cohort_organisation::ActiveModel {
            cohort_id: Set(cohort_id),
            organisation_id: Set(input.organisation_id),
            project_title_fi: Set(input.title_fi.clone()),
            project_title_sv: Set(input.title_sv.clone()),
            goals: Set(input.goals.clone()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        for (i, part) in input.parts.iter().enumerate() {
            insert_part(&txn, project.id, i as i32 + 1, part).await?;
        }
        crate::audit::record(
            &txn,
            author,
            "cohort:add-organisation",
            &format!("organisation:{}", input.organisation_id),
            &format!("cohort:{cohort_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(project.id)
    }

    /// Adds a part with its result goal and responsible managers to a project, last.
    pub async fn add_part(
        &self,
        project_id: i32,
        part: &PartInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let position = project_part::Entity::find()
            .filter(project_part::Column::ProjectId.eq(project_id))
            .all(&txn)
            .await?
            .len() as i32
            + 1;
        let id = insert_part(&txn, project_id, position, part).await?;
        crate::audit::record(
            &txn,
            author,
            "project:add-part",
            &format!("project:{project_id}"),
            &format!("part:{id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The projects of a cohort's organisations, in the order they joined.
    pub async fn projects(&self, cohort_id: i32) -> Result<Vec<Project>> {
        let rows = cohort_organisation::Entity::find()
            .filter(cohort_organisation::Column::CohortId.eq(cohort_id))
            .order_by_asc(cohort_organisation::Column::Id)
            .all(&self.db)
            .await?;
        self.with_parts(rows).await
    }

    /// One organisation's project in a cohort.
    pub async fn project(&self, cohort_id: i32, org_id: i32) -> Result<Option<Project>> {
        let rows = cohort_organisation::Entity::find()
            .filter(cohort_organisation::Column::CohortId.eq(cohort_id))
            .filter(cohort_organisation::Column::OrganisationId.eq(org_id))
            .all(&self.db)
            .await?;
        Ok(self.with_parts(rows).await?.pop())
    }

    /// Projects by their ids.
    pub async fn projects_by_id(&self, ids: &[i32]) -> Result<Vec<Project>> {
        let rows = cohort_organisation::Entity::find()
            .filter(cohort_organisation::Column::Id.is_in(ids.iter().copied()))
            .all(&self.db)
            .await?;
        self.with_parts(rows).await
    }

    async fn with_parts(&self, rows: Vec<cohort_organisation::Model>) -> Result<Vec<Project>> {
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let parts = project_part::Entity::find()
            .filter(project_part::Column::ProjectId.is_in(ids))
            .order_by_asc(project_part::Column::Position)
            .all(&self.db)
            .await?;
        let part_ids: Vec<i32> = parts.iter().map(|p| p.id).collect();
        let mut managers: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
        for m in project_part_manager::Entity::find()
            .filter(project_part_manager::Column::PartId.is_in(part_ids.clone()))
            .all(&self.db)
            .await?
        {
            managers.entry(m.part_id).or_default().push(m.user_id);
        }
        let mut logs: BTreeMap<i32, Vec<ProgressEntry>> = BTreeMap::new();
        for e in progress_entry::Entity::find()
            .filter(progress_entry::Column::PartId.is_in(part_ids))
            .order_by_desc(progress_entry::Column::DoneOn)
            .order_by_desc(progress_entry::Column::Id)
            .all(&self.db)
            .await?
        {
            logs.entry(e.part_id).or_default().push(ProgressEntry {
                id: e.id,
                done_on: e.done_on,
                status: known(
                    "progress_entries.status",
                    &e.status,
                    Progress::parse(&e.status).ok(),
                )?,
                what: e.what,
                written_by: e.written_by,
            });
        }
        let mut by_project: BTreeMap<i32, Vec<ProjectPart>> = BTreeMap::new();
        for p in parts {
            by_project
                .entry(p.project_id)
                .or_default()
                .push(ProjectPart {
                    managers: managers.remove(&p.id).unwrap_or_default(),
                    log: logs.remove(&p.id).unwrap_or_default(),
                    id: p.id,
                    position: p.position,
                    title_fi: p.title_fi,
                    title_sv: p.title_sv,
                    result_goal: p.result_goal,
                });
        }
        Ok(rows
            .into_iter()
            .map(|r| Project {
                parts: by_project.remove(&r.id).unwrap_or_default(),
                id: r.id,
                cohort_id: r.cohort_id,
                organisation_id: r.organisation_id,
                title_fi: r.project_title_fi,
                title_sv: r.project_title_sv,
                goals: r.goals,
            })
            .collect())
    }

    /// Writes a dated entry in a part's progress log.
    pub async fn log_progress(
        &self,
        part_id: i32,
        done_on: NaiveDate,
        what: &str,
        status: Progress,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        project_part::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let row = progress_entry::Entity::insert(progress_entry::ActiveModel {
            part_id: Set(part_id),
            written_by: Set(author),
            done_on: Set(done_on),
            what: Set(what.to_owned()),
            status: Set(status.as_str().to_owned()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }
}
