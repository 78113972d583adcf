//! EKJ certificates: a cohort's criteria and the facts they are checked against, the
//! certificates the certifier grants (one a person and cohort, a unique key), their
//! revocation and reissue, and the issuer's public keys.
//!
//! A certificate keeps the holder's name and organisation as printed on it, so its
//! public page and credential say what the paper says; a reissue after a name
//! correction takes the account's name again and keeps the code. Every grant,
//! exception, revocation and reissue is in the audit log, and the holder is told
//! through the outbox (`CERTIFICATE_JOB`).

pub mod entity;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    certificates::{CertificateCode, Criteria, Facts},
    coaching::{
        Enrolment,
        assessment::Phase,
        tasks::{TaskKind, TaskState},
    },
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, OnConflict},
};

use crate::{
    LiteralCondition, Result, StoreError,
    coaching::{Cohort, Owner, state_of},
    entity::{
        certificate, certificate_criteria, cohort_forum, issuer_key, registration, round_response,
        survey, survey_round, user,
    },
    jobs,
};

repository!(
    /// Certificates: criteria, granting, revocation, the issuer's keys.
    Certificates,
    certificates
);

/// The job that tells a holder of their certificate granted, revoked or reissued.
pub const CERTIFICATE_JOB: &str = "certificate.notice";

/// What happened to a certificate, for its holder's mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateEvent {
    Granted,
    Revoked,
    Reissued,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CertificateNotice {
    pub certificate_id: i32,
    pub event: CertificateEvent,
}

/// A certificate as granted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub id: i32,
    pub code: CertificateCode,
    pub cohort_id: i32,
    pub user_id: Option<i32>,
    pub holder_name: String,
    pub organisation_id: i32,
    /// The organisation that granted it (the association of municipalities).
    pub issuer_id: i32,
    pub issued_on: NaiveDate,
    pub granted_at: DateTime<Utc>,
    pub exception_reason: Option<String>,
    pub revoked_on: Option<NaiveDate>,
    pub revoked_reason: Option<String>,
    pub reissued_at: Option<DateTime<Utc>>,
    /// The holder's data was erased: nothing of them is shown, only the revocation.
    pub holder_erased: bool,
}

impl Certificate {
    pub fn is_valid(&self) -> bool {
        self.revoked_on.is_none()
    }

    /// Its place in the issuer's status list (Bitstring Status List): its id, which
    /// never changes and is never used twice.
    pub fn status_index(&self) -> usize {
        usize::try_from(self.id).unwrap_or_default()
    }
}

/// An issuer's public key as the DID document lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerKey {
    pub key_id: String,
    /// The `publicKeyMultibase` of a `Multikey`.
    pub public_key: String,
    pub created_at: DateTime<Utc>,
}

fn certificate_of(m: certificate::Model) -> Result<Certificate> {
    Ok(Certificate {
        code: CertificateCode::parse(&m.code).map_err(|_| StoreError::UnknownValue {
            column: "certificates.code",
            value: m.code.clone(),
        })?,
        id: m.id,
        cohort_id: m.cohort_id,
        user_id: m.user_id,
        holder_name: m.holder_name,
        organisation_id: m.organisation_id,
        issuer_id: m.issuer_id,
        issued_on: m.issued_on,
        granted_at: m.granted_at,
        exception_reason: m.exception_reason,
        revoked_on: m.revoked_on,
        revoked_reason: m.revoked_reason,
        reissued_at: m.reissued_at,
        holder_erased: m.holder_erased,
    })
}

fn new_code() -> CertificateCode {
    use rand::Rng;
    let mut rng = rand::rng();
    let mut indices = [0u8; 16];
    for i in &mut indices {
        *i = rng
            .random_range(0..u8::try_from(domain::certificates::CODE_ALPHABET.len()).unwrap_or(31));
    }
    CertificateCode::from_random(indices)
}

async fn notice(
    db: &impl ConnectionTrait,
    certificate_id: i32,
    event: CertificateEvent,
) -> Result<()> {
    jobs::enqueue(
        db,
        CERTIFICATE_JOB,
        &CertificateNotice {
            certificate_id,
            event,
        },
        Utc::now(),
    )
    .await?;
    Ok(())
}

impl Certificates {
    /// The cohort's criteria: its own, or the programme's.
    pub async fn criteria(&self, cohort_id: i32) -> Result<Criteria> {
        Ok(certificate_criteria::Entity::find_by_id(cohort_id)
            .one(&self.db)
            .await?
            .map_or_else(Criteria::default, |c| Criteria {
                min_forums: c.min_forums,
                tasks: c.tasks,
                certificate_work: c.certificate_work,
                assessments: c.assessments,
                evaluation: c.evaluation,
            }))
    }

    pub async fn set_criteria(
        &self,
        cohort_id: i32,
        criteria: Criteria,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        certificate_criteria::Entity::insert(certificate_criteria::ActiveModel {
            cohort_id: Set(cohort_id),
            min_forums: Set(criteria.min_forums),
            tasks: Set(criteria.tasks),
            certificate_work: Set(criteria.certificate_work),
            assessments: Set(criteria.assessments),
            evaluation: Set(criteria.evaluation),
        })
        .on_conflict(
            OnConflict::column(certificate_criteria::Column::CohortId)
                .update_columns([
                    certificate_criteria::Column::MinForums,
                    certificate_criteria::Column::Tasks,
                    certificate_criteria::Column::CertificateWork,
                    certificate_criteria::Column::Assessments,
                    certificate_criteria::Column::Evaluation,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "certificate:criteria",
            &format!("cohort:{cohort_id}"),
            &format!("{criteria:?}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// What is known of each confirmed participant of the cohort, for the checklist:
    /// forums attended, interim tasks approved, the certificate work, both
    /// self-assessments, and whether their organisation answered the evaluation.
    pub async fn facts(&self, cohort: &Cohort) -> Result<BTreeMap<i32, Facts>> {
        let coaching = self.coaching();
        let people: Vec<(i32, i32)> = coaching
            .participants(cohort.id)
            .await?
            .into_iter()
            .filter(|p| p.enrolment == Enrolment::Confirmed)
            .map(|p| (p.user_id, p.organisation_id))
            .collect();
        let forums: Vec<i32> = cohort_forum::Entity::find()
            .filter(cohort_forum::Column::CohortId.eq(cohort.id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| f.event_id)
            .collect();
        let mut attended: BTreeMap<i32, i32> = BTreeMap::new();
        for r in registration::Entity::find()
            .filter(registration::Column::EventId.is_in(forums))
            .filter(registration::Column::Attended.eq_literal(true))
            .all(&self.db)
            .await?
        {
            *attended.entry(r.user_id).or_default() += 1;
        }
        let tasks = coaching.tasks(cohort.id).await?;
        let works = coaching.works_of_cohort(cohort.id).await?;
        let groups = coaching.groups(cohort.id).await?;
        let assessments = coaching.assessments(cohort.id, None).await?;
        let surveys: Vec<i32> = survey::Entity::find()
            .filter(survey::Column::CohortId.eq(cohort.id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        let rounds: Vec<i32> = survey_round::Entity::find()
            .filter(survey_round::Column::SurveyId.is_in(surveys))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| r.id)
            .collect();
        let evaluated: BTreeSet<i32> = round_response::Entity::find()
            .filter(round_response::Column::RoundId.is_in(rounds))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| r.organisation_id)
            .collect();
        let mut facts = BTreeMap::new();
        for (person, org) in people {
            let group = groups.iter().find(|g| g.members.contains(&person));
            let state = |task: &crate::coaching::Task| {
                let owner = if task.for_groups {
                    group.map(|g| Owner::Group(g.id))
                } else {
                    Some(Owner::Person(person))
                };
                state_of(
                    owner.and_then(|o| works.iter().find(|w| w.task_id == task.id && w.owner == o)),
                )
            };
            let interim: Vec<&crate::coaching::Task> = tasks
                .iter()
                .filter(|t| t.kind == TaskKind::Interim)
                .collect();
            let took = |phase| {
                assessments
                    .iter()
                    .any(|a| a.user_id == person && a.phase == phase)
            };
            facts.insert(
                person,
                Facts {
                    forums_attended: attended.get(&person).copied().unwrap_or(0),
                    interim_tasks: interim.len(),
                    interim_approved: interim
                        .iter()
                        .filter(|t| state(t) == TaskState::Approved)
                        .count(),
                    certificate_work_approved: tasks
                        .iter()
                        .find(|t| t.kind == TaskKind::CertificateWork)
                        .map(|t| state(t) == TaskState::Approved),
                    start_assessment: took(Phase::Start),
                    end_assessment: took(Phase::End),
                    organisation_evaluated: evaluated.contains(&org),
                },
            );
        }
        Ok(facts)
    }

    /// Grants a person their certificate of the cohort, issued by `issuer` (an
    /// organisation) on `issued_on`, with the reason for an exception when the criteria
    /// were not all met. Granting twice gives the certificate of the first grant:
    /// `(certificate, whether it is new)`.
    pub async fn grant(
        &self,
        (cohort_id, user_id): (i32, i32),
        (issuer, issued_on): (i32, NaiveDate),
        exception: Option<&str>,
        author: Option<i32>,
    ) -> Result<(Certificate, bool)> {
        let txn = self.begin_write().await?;
        let holder = user::Entity::find_by_id(user_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let inserted = certificate::Entity::insert(certificate::ActiveModel {
            code: Set(new_code().as_str().to_owned()),
            cohort_id: Set(cohort_id),
            user_id: Set(Some(user_id)),
            holder_name: Set(holder.name.clone()),
            organisation_id: Set(holder.organisation_id),
            issuer_id: Set(issuer),
            issued_on: Set(issued_on),
            granted_at: Set(Utc::now()),
            granted_by: Set(author),
            exception_reason: Set(exception.map(str::to_owned)),
            revoked_on: Set(None),
            revoked_reason: Set(None),
            revoked_by: Set(None),
            reissued_at: Set(None),
            holder_erased: Set(false),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([certificate::Column::CohortId, certificate::Column::UserId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?
            == 1;
        let row = certificate::Entity::find()
            .filter(certificate::Column::CohortId.eq(cohort_id))
            .filter(certificate::Column::UserId.eq(user_id))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if inserted {
            crate::audit::record(
                &txn,
                author,
                if exception.is_some() {
                    "certificate:grant-with-exception"
                } else {
                    "certificate:grant"
                },
                &format!("user:{user_id}"),
                &format!(
                    "certificate:{} cohort:{cohort_id}{}",
                    row.code,
                    exception
                        .map(|r| format!(" exception: {r}"))
                        .unwrap_or_default()
                ),
            )
            .await?;
            notice(&txn, row.id, CertificateEvent::Granted).await?;
        }
        txn.commit().await?;
        Ok((certificate_of(row)?, inserted))
    }

    /// Revokes a valid certificate with its reason (kept, never shown publicly).
    /// `false` when it was revoked already.
    pub async fn revoke(
        &self,
        id: i32,
        on: NaiveDate,
        reason: &str,
        author: Option<i32>,
    ) -> Result<bool> {
        let txn = self.begin_write().await?;
        let revoked = certificate::Entity::update_many()
            .col_expr(certificate::Column::RevokedOn, Expr::value(Some(on)))
            .col_expr(
                certificate::Column::RevokedReason,
                Expr::value(Some(reason)),
            )
            .col_expr(certificate::Column::RevokedBy, Expr::value(author))
            .filter(certificate::Column::Id.eq(id))
            .filter(certificate::Column::RevokedOn.is_null())
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if revoked {
            let row = certificate::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(StoreError::NotFound)?;
            crate::audit::record(
                &txn,
                author,
                "certificate:revoke",
                &row.user_id
                    .map_or_else(String::new, |u| format!("user:{u}")),
                &format!("certificate:{} reason: {reason}", row.code),
            )
            .await?;
            notice(&txn, id, CertificateEvent::Revoked).await?;
        }
        txn.commit().await?;
        Ok(revoked)
    }

    /// Reissues a certificate with the holder's name as their account has it now; the
    /// code and the address stay.
    pub async fn reissue(&self, id: i32, author: Option<i32>) -> Result<()> {
        let txn = self.begin_write().await?;
        let row = certificate::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let holder = match row.user_id {
            Some(u) => user::Entity::find_by_id(u).one(&txn).await?,
            None => None,
        }
        .ok_or(StoreError::NotFound)?;
        certificate::Entity::update_many()
            .col_expr(
                certificate::Column::HolderName,
                Expr::value(holder.name.clone()),
            )
            .col_expr(
                certificate::Column::ReissuedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(certificate::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        crate::audit::record(
            &txn,
            author,
            "certificate:reissue",
            &format!("user:{}", holder.id),
            &format!(
                "certificate:{} name: {} -> {}",
                row.code, row.holder_name, holder.name
            ),
        )
        .await?;
        notice(&txn, id, CertificateEvent::Reissued).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn by_code(&self, code: &str) -> Result<Option<Certificate>> {
        let Ok(code) = CertificateCode::parse(code) else {
            return Ok(None);
        };
        certificate::Entity::find()
            .filter(certificate::Column::Code.eq(code.as_str()))
            .one(&self.db)
            .await?
            .map(certificate_of)
            .transpose()
    }

    pub async fn by_id(&self, id: i32) -> Result<Option<Certificate>> {
        certificate::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(certificate_of)
            .transpose()
    }

    /// The person's certificates, the newest first.
    pub async fn of_holder(&self, user_id: i32) -> Result<Vec<Certificate>> {
        certificate::Entity::find()
            .filter(certificate::Column::UserId.eq(user_id))
            .order_by_desc(certificate::Column::IssuedOn)
            .all(&self.db)
            .await?
            .into_iter()
            .map(certificate_of)
            .collect()
    }

    /// Every certificate of a cohort (or of every cohort), by holder's name.
    pub async fn of_cohort(&self, cohort_id: Option<i32>) -> Result<Vec<Certificate>> {
        let mut query = certificate::Entity::find()
            .order_by_asc(certificate::Column::CohortId)
            .order_by_asc(certificate::Column::HolderName)
            .order_by_asc(certificate::Column::Id);
        if let Some(id) = cohort_id {
            query = query.filter(certificate::Column::CohortId.eq(id));
        }
        query
            .all(&self.db)
            .await?
            .into_iter()
            .map(certificate_of)
            .collect()
    }

    /// The positions of the revoked certificates in the status list.
    pub async fn revoked_indices(&self) -> Result<Vec<usize>> {
        Ok(certificate::Entity::find()
            .filter(certificate::Column::RevokedOn.is_not_null())
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|c| usize::try_from(c.id).ok())
            .collect())
    }

    /// Lists an issuer's public key; listing it again changes nothing.
    pub async fn register_key(&self, key_id: &str, public_key: &str) -> Result<()> {
        issuer_key::Entity::insert(issuer_key::ActiveModel {
            key_id: Set(key_id.to_owned()),
            public_key: Set(public_key.to_owned()),
            created_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::column(issuer_key::Column::KeyId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    /// Every issuer key ever listed, the oldest first: earlier credentials still verify.
    pub async fn keys(&self) -> Result<Vec<IssuerKey>> {
        Ok(issuer_key::Entity::find()
            .order_by_asc(issuer_key::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|k| IssuerKey {
                key_id: k.key_id,
                public_key: k.public_key,
                created_at: k.created_at,
            })
            .collect())
    }
}
