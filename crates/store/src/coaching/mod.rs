//! The EKJ coaching programme: cohorts, the organisations taking part with their
//! development projects, participants and the cohort's leadership forums.
//!
//! A forum is an event (kind `forum`) for a named group that follows enrolment: every
//! change of who is confirmed in a cohort rewrites the invitees of its forums not yet
//! over in the same transaction (`sync_forums`), so a person removed from the cohort
//! loses their seat (told by the events' own notice, the seat going to the queue) and a
//! person enrolled may register at once; a forum that is over keeps its attendance.

mod assessment;
pub mod entity;
mod evaluation;
mod groups;
mod projects;
mod report;
mod tasks;

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use domain::{
    Email, Lang,
    coaching::{CohortCode, CohortStatus, CohortTie, Enrolment, Level, Sector},
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, OnConflict},
};

pub use assessment::{Rating, SelfAssessment};
pub use evaluation::{
    Answer, INVITE_JOB, Invitation, OpenRefusal, OrganisationResponse, QuestionInput, Response,
    Round, Survey, SurveyQuestion, Turnout,
};
pub use groups::{Meeting, POST_JOB, PeerGroup, Post, PostNotice};
pub use projects::{PartInput, ProgressEntry, Project, ProjectInput, ProjectPart};
pub use report::ForumAnswer;
pub use tasks::{
    Attempt, DIGEST_JOB, DigestNotice, FEEDBACK_JOB, FeedbackNotice, HandInRefusal, Owner, Task,
    TaskInput, Waiting, Work, state_of,
};

use crate::{
    LiteralCondition, Result, StoreError,
    entity::{cohort, cohort_forum, cohort_organisation, forum_lecturer, participant, user},
    events::{self, Event, EventInput},
    known,
};

repository!(
    /// The coaching programme's cohorts, projects, participants and forums.
    Coaching,
    coaching
);

/// A cohort with the organisations taking part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    pub id: i32,
    pub code: CohortCode,
    pub name_fi: String,
    pub name_sv: String,
    pub provider_id: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: CohortStatus,
    pub forums: i32,
    pub description_fi: String,
    pub description_sv: String,
    /// The day the end self-assessment opens, when the cohort sets one.
    pub end_assessment_on: Option<NaiveDate>,
    pub organisations: Vec<i32>,
}

impl Cohort {
    /// The name in Swedish for Swedish readers, else in Finnish.
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.name_sv
        } else {
            &self.name_fi
        }
    }

    pub fn description(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.description_sv
        } else {
            &self.description_fi
        }
    }

    /// The day its participants may take the end self-assessment.
    pub fn end_assessment_opens(&self) -> NaiveDate {
        domain::coaching::assessment::end_opens_on(self.end_assessment_on, self.ends_on)
    }

    /// The cohort as its access rules see it, for a person who is or is not one of
    /// its confirmed participants.
    pub fn tie(&self, participant: bool) -> CohortTie<'_> {
        CohortTie {
            provider_id: self.provider_id,
            organisations: &self.organisations,
            participant,
        }
    }
}

/// What a coordinator writes of a cohort.
#[derive(Debug, Clone)]
pub struct CohortInput {
    pub code: CohortCode,
    pub name_fi: String,
    pub name_sv: String,
    pub provider_id: i32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: CohortStatus,
    pub forums: i32,
    pub description_fi: String,
    pub description_sv: String,
    pub end_assessment_on: Option<NaiveDate>,
}

/// A person enrolled in a cohort, with what the lists show of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub cohort_id: i32,
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub organisation_id: i32,
    pub sector: Sector,
    pub level: Level,
    pub enrolment: Enrolment,
}

/// Whom to enrol: a person with their sector and level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enrollee {
    pub user_id: i32,
    pub sector: Sector,
    pub level: Level,
}

/// Why an enrolment by e-mail addresses was refused as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnrolRefusal {
    /// These addresses have no account.
    Unknown(Vec<String>),
    /// These people belong to no organisation of the cohort (or not to the one the
    /// proposer may propose for).
    Outside(Vec<String>),
}

/// A leadership forum: its event, its place among the cohort's forums, its lecturers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forum {
    pub event: Event,
    pub position: i32,
    pub lecturers: Vec<Lecturer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lecturer {
    pub name: String,
    pub affiliation: String,
}

fn cohort_of(m: cohort::Model, organisations: Vec<i32>) -> Result<Cohort> {
    Ok(Cohort {
        id: m.id,
        code: CohortCode::parse(&m.code).map_err(|_| StoreError::UnknownValue {
            column: "cohorts.code",
            value: m.code.clone(),
        })?,
        status: known(
            "cohorts.status",
            &m.status,
            CohortStatus::parse(&m.status).ok(),
        )?,
        name_fi: m.name_fi,
        name_sv: m.name_sv,
        provider_id: m.provider_id,
        starts_on: m.starts_on,
        ends_on: m.ends_on,
        forums: m.forums,
        description_fi: m.description_fi,
        description_sv: m.description_sv,
        end_assessment_on: m.end_assessment_on,
        organisations,
    })
}

/// Everyone a cohort's forums are for: its confirmed participants and the coaches of
/// its provider.
async fn forum_audience(txn: &DatabaseTransaction, cohort: &cohort::Model) -> Result<Vec<i32>> {
    let mut people: Vec<i32> = participant::Entity::find()
        .filter(participant::Column::CohortId.eq(cohort.id))
        .filter(participant::Column::Enrolment.eq_literal(Enrolment::Confirmed.as_str()))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| p.user_id)
        .collect();
    people.extend(tasks::coaches_of(txn, cohort.provider_id).await?);
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// Makes every forum of the cohort that has not ended for exactly its audience as it
/// now is. A forum that is over keeps who it was for and who attended.
async fn sync_forums(txn: &DatabaseTransaction, cohort_id: i32) -> Result<()> {
    let cohort = cohort_row(txn, cohort_id).await?;
    let audience = forum_audience(txn, &cohort).await?;
    let forums: Vec<i32> = cohort_forum::Entity::find()
        .filter(cohort_forum::Column::CohortId.eq(cohort_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|f| f.event_id)
        .collect();
    let ahead = crate::entity::event::Entity::find()
        .filter(crate::entity::event::Column::Id.is_in(forums))
        .filter(crate::entity::event::Column::EndsAt.gt(Utc::now()))
        .all(txn)
        .await?;
    for forum in ahead {
        events::set_invitees(txn, forum.id, &audience).await?;
    }
    Ok(())
}

async fn cohort_row(db: &impl sea_orm::ConnectionTrait, id: i32) -> Result<cohort::Model> {
    cohort::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

impl Coaching {
    pub async fn create_cohort(&self, input: &CohortInput, author: Option<i32>) -> Result<i32> {
        let txn = self.begin_write().await?;
        let taken = cohort::Entity::find()
            .filter(cohort::Column::Code.eq(input.code.as_str()))
            .one(&txn)
            .await?
            .is_some();
        if taken {
            return Err(StoreError::CodeTaken);
        }
        let row = cohort::Entity::insert(cohort::ActiveModel {
            code: Set(input.code.as_str().to_owned()),
            name_fi: Set(input.name_fi.clone()),
            name_sv: Set(input.name_sv.clone()),
            provider_id: Set(input.provider_id),
            starts_on: Set(input.starts_on),
            ends_on: Set(input.ends_on),
            status: Set(input.status.as_str().to_owned()),
            forums: Set(input.forums),
            description_fi: Set(input.description_fi.clone()),
            description_sv: Set(input.description_sv.clone()),
            end_assessment_on: Set(input.end_assessment_on),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "cohort:create",
            &format!("cohort:{}", row.id),
            input.code.as_str(),
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Changes a cohort's facts. A new provider changes whose coaches its forums are for.
    pub async fn update_cohort(
        &self,
        id: i32,
        input: &CohortInput,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let clash = cohort::Entity::find()
            .filter(cohort::Column::Code.eq(input.code.as_str()))
            .filter(cohort::Column::Id.ne(id))
            .one(&txn)
            .await?
            .is_some();
        if clash {
            return Err(StoreError::CodeTaken);
        }
        cohort_row(&txn, id).await?;
        cohort::Entity::update_many()
            .col_expr(cohort::Column::Code, Expr::value(input.code.as_str()))
            .col_expr(cohort::Column::NameFi, Expr::value(input.name_fi.clone()))
            .col_expr(cohort::Column::NameSv, Expr::value(input.name_sv.clone()))
            .col_expr(cohort::Column::ProviderId, Expr::value(input.provider_id))
            .col_expr(cohort::Column::StartsOn, Expr::value(input.starts_on))
            .col_expr(cohort::Column::EndsOn, Expr::value(input.ends_on))
            .col_expr(cohort::Column::Status, Expr::value(input.status.as_str()))
            .col_expr(cohort::Column::Forums, Expr::value(input.forums))
            .col_expr(
                cohort::Column::DescriptionFi,
                Expr::value(input.description_fi.clone()),
            )
            .col_expr(
                cohort::Column::DescriptionSv,
                Expr::value(input.description_sv.clone()),
            )
            .col_expr(
                cohort::Column::EndAssessmentOn,
                Expr::value(input.end_assessment_on),
            )
            .filter(cohort::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        sync_forums(&txn, id).await?;
        crate::audit::record(&txn, author, "cohort:update", &format!("cohort:{id}"), "").await?;
        txn.commit().await?;
        Ok(())
    }

    /// Every cohort, the newest first.
    pub async fn cohorts(&self) -> Result<Vec<Cohort>> {
        let rows = cohort::Entity::find()
            .order_by_desc(cohort::Column::StartsOn)
            .order_by_asc(cohort::Column::Code)
            .all(&self.db)
            .await?;
        let mut orgs: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
        for m in cohort_organisation::Entity::find()
            .order_by_asc(cohort_organisation::Column::Id)
            .all(&self.db)
            .await?
        {
            orgs.entry(m.cohort_id).or_default().push(m.organisation_id);
        }
        rows.into_iter()
            .map(|m| {
                let o = orgs.remove(&m.id).unwrap_or_default();
                cohort_of(m, o)
            })
            .collect()
    }

    pub async fn cohort(&self, id: i32) -> Result<Option<Cohort>> {
        let Some(m) = cohort::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let orgs = cohort_organisation::Entity::find()
            .filter(cohort_organisation::Column::CohortId.eq(id))
            .order_by_asc(cohort_organisation::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| o.organisation_id)
            .collect();
        Ok(Some(cohort_of(m, orgs)?))
    }

    pub async fn cohort_by_code(&self, code: &str) -> Result<Option<Cohort>> {
        let Ok(code) = CohortCode::parse(code) else {
            return Ok(None);
        };
        let Some(m) = cohort::Entity::find()
            .filter(cohort::Column::Code.eq(code.as_str()))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.cohort(m.id).await
    }

    /// The cohorts the person is a confirmed participant of.
    pub async fn cohorts_joined(&self, user_id: i32) -> Result<Vec<i32>> {
        Ok(participant::Entity::find()
            .filter(participant::Column::UserId.eq(user_id))
            .filter(participant::Column::Enrolment.eq_literal(Enrolment::Confirmed.as_str()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| p.cohort_id)
            .collect())
    }

    /// The cohorts the person is a confirmed participant of, the newest first; no
    /// further statement when there are none.
    pub async fn cohorts_of(&self, user_id: i32) -> Result<Vec<Cohort>> {
        let joined = self.cohorts_joined(user_id).await?;
        if joined.is_empty() {
            return Ok(Vec::new());
        }
        let mut cohorts = Vec::new();
        for id in joined {
            cohorts.extend(self.cohort(id).await?);
        }
        cohorts.sort_by_key(|c| std::cmp::Reverse(c.starts_on));
        Ok(cohorts)
    }

    /// The people enrolled in a cohort (proposed and confirmed), by organisation and name.
    pub async fn participants(&self, cohort_id: i32) -> Result<Vec<Participant>> {
        let rows = participant::Entity::find()
            .filter(participant::Column::CohortId.eq(cohort_id))
            .all(&self.db)
            .await?;
        let users = user::Entity::find()
            .filter(user::Column::Id.is_in(rows.iter().map(|p| p.user_id)))
            .all(&self.db)
            .await?;
        let mut people = rows
            .into_iter()
            .filter_map(|p| {
                let u = users.iter().find(|u| u.id == p.user_id)?.clone();
                Some((p, u))
            })
            .map(|(p, u)| {
                Ok(Participant {
                    cohort_id: p.cohort_id,
                    user_id: p.user_id,
                    name: u.name,
                    email: u.email,
                    organisation_id: u.organisation_id,
                    sector: known(
                        "participants.sector",
                        &p.sector,
                        Sector::parse(&p.sector).ok(),
                    )?,
                    level: known("participants.level", &p.level, Level::parse(&p.level).ok())?,
                    enrolment: known(
                        "participants.enrolment",
                        &p.enrolment,
                        Enrolment::parse(&p.enrolment).ok(),
                    )?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        people.sort_by(|a, b| {
            (a.organisation_id, &a.name, a.user_id).cmp(&(b.organisation_id, &b.name, b.user_id))
        });
        Ok(people)
    }

    /// Enrols people, all or none: `Confirmed` by a coordinator, `Proposed` by an HR
    /// developer. A person already enrolled keeps their row, with the new sector and
    /// level (and confirmed, when a coordinator confirms). Forums follow at once.
    pub async fn enrol(
        &self,
        cohort_id: i32,
        people: &[Enrollee],
        enrolment: Enrolment,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        cohort_row(&txn, cohort_id).await?;
        let mut update = vec![participant::Column::Sector, participant::Column::Level];
        if enrolment == Enrolment::Confirmed {
            update.push(participant::Column::Enrolment);
        }
        for person in people {
            participant::Entity::insert(participant::ActiveModel {
                cohort_id: Set(cohort_id),
                user_id: Set(person.user_id),
                sector: Set(person.sector.as_str().to_owned()),
                level: Set(person.level.as_str().to_owned()),
                enrolment: Set(enrolment.as_str().to_owned()),
                proposed_by: Set(author),
                created_at: Set(Utc::now()),
                ..Default::default()
            })
            .on_conflict(
                OnConflict::columns([participant::Column::CohortId, participant::Column::UserId])
                    .update_columns(update.clone())
                    .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
            crate::audit::record(
                &txn,
                author,
                &format!("cohort:enrol:{}", enrolment.as_str()),
                &format!("user:{}", person.user_id),
                &format!("cohort:{cohort_id}"),
            )
            .await?;
        }
        sync_forums(&txn, cohort_id).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Enrols the people these e-mail addresses name, all or none: an address without
    /// an account, or a person outside the organisations `allowed` names, refuses the
    /// whole list and names them.
    pub async fn enrol_by_email(
        &self,
        cohort_id: i32,
        emails: &[Email],
        (sector, level): (Sector, Level),
        allowed: impl Fn(i32) -> bool,
        enrolment: Enrolment,
        author: Option<i32>,
    ) -> Result<std::result::Result<usize, EnrolRefusal>> {
        let found = user::Entity::find()
            .filter(user::Column::Email.is_in(emails.iter().map(Email::as_str)))
            .all(&self.db)
            .await?;
        let unknown: Vec<String> = emails
            .iter()
            .filter(|e| !found.iter().any(|u| u.email == e.as_str()))
            .map(|e| e.as_str().to_owned())
            .collect();
        if !unknown.is_empty() {
            return Ok(Err(EnrolRefusal::Unknown(unknown)));
        }
        let outside: Vec<String> = found
            .iter()
            .filter(|u| !allowed(u.organisation_id))
            .map(|u| u.email.clone())
            .collect();
        if !outside.is_empty() {
            return Ok(Err(EnrolRefusal::Outside(outside)));
        }
        let people: Vec<Enrollee> = found
            .iter()
            .map(|u| Enrollee {
                user_id: u.id,
                sector,
                level,
            })
            .collect();
        self.enrol(cohort_id, &people, enrolment, author).await?;
        Ok(Ok(people.len()))
    }

    /// Takes a person out of a cohort: their forum registrations end, each seat going
    /// to the waiting list.
    pub async fn remove_participant(
        &self,
        cohort_id: i32,
        user_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let gone = participant::Entity::delete_many()
            .filter(participant::Column::CohortId.eq(cohort_id))
            .filter(participant::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?
            .rows_affected;
        if gone == 0 {
            return Err(StoreError::NotFound);
        }
        crate::entity::peer_group_member::Entity::delete_many()
            .filter(crate::entity::peer_group_member::Column::CohortId.eq(cohort_id))
            .filter(crate::entity::peer_group_member::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
        sync_forums(&txn, cohort_id).await?;
        crate::audit::record(
            &txn,
            author,
            "cohort:remove",
            &format!("user:{user_id}"),
            &format!("cohort:{cohort_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Schedules a forum: a draft event of kind forum for the cohort's participants
    /// and coaches, with its lecturers, as the cohort's next forum.
    pub async fn add_forum(
        &self,
        cohort_id: i32,
        input: &EventInput,
        lecturers: &[Lecturer],
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let cohort = cohort_row(&txn, cohort_id).await?;
        let audience = forum_audience(&txn, &cohort).await?;
        let event = EventInput {
            region: None,
            sessions: Vec::new(),
            kind: domain::EventKind::Forum,
            organisation_id: None,
            invitees: Some(audience),
            ..input.clone()
        };
        let event_id = events::insert_event(&txn, &event, author).await?;
        let position = cohort_forum::Entity::find()
            .filter(cohort_forum::Column::CohortId.eq(cohort_id))
            .all(&txn)
            .await?
            .len() as i32
            + 1;
        cohort_forum::Entity::insert(cohort_forum::ActiveModel {
            event_id: Set(event_id),
            cohort_id: Set(cohort_id),
            position: Set(position),
        })
        .exec_without_returning(&txn)
        .await?;
        for lecturer in lecturers {
            forum_lecturer::Entity::insert(forum_lecturer::ActiveModel {
                event_id: Set(event_id),
                name: Set(lecturer.name.clone()),
                affiliation: Set(lecturer.affiliation.clone()),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(event_id)
    }

    /// The cohort's forums in order, with their events and lecturers.
    pub async fn forums(&self, cohort_id: i32) -> Result<Vec<Forum>> {
        let rows = cohort_forum::Entity::find()
            .filter(cohort_forum::Column::CohortId.eq(cohort_id))
            .order_by_asc(cohort_forum::Column::Position)
            .all(&self.db)
            .await?;
        let ids: Vec<i32> = rows.iter().map(|r| r.event_id).collect();
        let mut lecturers: BTreeMap<i32, Vec<Lecturer>> = BTreeMap::new();
        for l in forum_lecturer::Entity::find()
            .filter(forum_lecturer::Column::EventId.is_in(ids.clone()))
            .order_by_asc(forum_lecturer::Column::Id)
            .all(&self.db)
            .await?
        {
            lecturers.entry(l.event_id).or_default().push(Lecturer {
                name: l.name,
                affiliation: l.affiliation,
            });
        }
        let events = self.events().events_by_id(&ids).await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let event = events.iter().find(|e| e.id == r.event_id)?.clone();
                Some(Forum {
                    event,
                    position: r.position,
                    lecturers: lecturers.remove(&r.event_id).unwrap_or_default(),
                })
            })
            .collect())
    }

    /// The cohort a forum belongs to, if the event is a forum.
    pub async fn cohort_of_forum(&self, event_id: i32) -> Result<Option<i32>> {
        Ok(cohort_forum::Entity::find_by_id(event_id)
            .one(&self.db)
            .await?
            .map(|f| f.cohort_id))
    }
}
