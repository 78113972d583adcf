//! The KunTeko programme's sparring: rounds with their scarce days, applications (one
//! per organisation and round), reviewers and their scores, the frozen decision, the
//! applicants' letters and reconsiderations, and the days held.
//!
//! Days are taken only by `UPDATE sparring_rounds SET days_taken = days_taken + n
//! WHERE days_taken + n <= pool_days` in the transaction that grants them, so no two
//! coordinators freezing or adjusting at once can grant more than the pool; the decision
//! is one row per round, so a round is frozen once. Everything an applicant should hear
//! of is queued in the same transaction (`SPARRING_JOB`).

pub mod entity;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    Lang, OrgKind, Region,
    development::{
        Allocation, Applicant, Pool, RULE_VERSION, ReviewStatus, inputs_hash, mean_score, weighted,
    },
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use crate::{
    Organisation, Result, StoreError,
    entity::{
        reconsideration, rubric_criterion, sparrer, sparring_application, sparring_day,
        sparring_decision, sparring_floor, sparring_review, sparring_round, sparring_score,
    },
    jobs, known,
};

repository!(
    /// The workplace-development programme's sparring rounds and applications.
    Development,
    development
);

/// The job that tells an applicant of their application: its receipt, the decision's
/// letter, the answer to a reconsideration request.
pub const SPARRING_JOB: &str = "sparring.notice";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SparringEvent {
    Receipt,
    Decision,
    Reconsidered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SparringNotice {
    pub application_id: i32,
    pub event: SparringEvent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RubricCriterion {
    pub id: i32,
    pub position: i32,
    pub name_fi: String,
    pub name_sv: String,
    pub weight: i32,
    /// What 1 to 5 mean, in order.
    pub anchors_fi: Vec<String>,
    pub anchors_sv: Vec<String>,
}

impl RubricCriterion {
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.name_sv
        } else {
            &self.name_fi
        }
    }

    pub fn anchors(&self, lang: impl std::borrow::Borrow<Lang>) -> &[String] {
        if *lang.borrow() == Lang::Sv {
            &self.anchors_sv
        } else {
            &self.anchors_fi
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sparrer {
    pub id: i32,
    pub name: String,
    pub company: String,
    pub areas: String,
}

/// A sparring round with its floors, rubric and sparrers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i32,
    pub name_fi: String,
    pub name_sv: String,
    pub pool_days: i32,
    pub days_taken: i32,
    pub max_per_organisation: i32,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub eligible_kinds: Vec<OrgKind>,
    /// The value published before the round closed, from which the draw's seed is made.
    pub published_value: String,
    pub contact_name: String,
    pub contact_email: String,
    pub reconsideration_days: i32,
    pub decided_at: Option<DateTime<Utc>>,
    pub floors: Vec<(Region, i32)>,
    pub rubric: Vec<RubricCriterion>,
    pub sparrers: Vec<Sparrer>,
}

impl Round {
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.name_sv
        } else {
            &self.name_fi
        }
    }

    /// Whether applications are taken at `now`.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.decided_at.is_none() && self.opens_at <= now && now < self.closes_at
    }

    pub fn eligible(&self, kind: OrgKind) -> bool {
        self.eligible_kinds.is_empty() || self.eligible_kinds.contains(&kind)
    }

    /// Each application's score: the mean of its scoring reviewers' weighted scores.
    pub fn scores(&self, reviews: &[Review]) -> BTreeMap<i32, Option<f64>> {
        let mut by_app: BTreeMap<i32, Vec<f64>> = BTreeMap::new();
        for r in reviews.iter().filter(|r| r.status == ReviewStatus::Scored) {
            let weighted_scores: Vec<(f64, i32)> = self
                .rubric
                .iter()
                .filter_map(|c| r.scores.get(&c.id).map(|s| (f64::from(c.weight), *s)))
                .collect();
            if let Some(w) = weighted(&weighted_scores) {
                by_app.entry(r.application_id).or_default().push(w);
            }
        }
        by_app
            .into_iter()
            .map(|(app, ws)| (app, mean_score(&ws)))
            .collect()
    }

    /// The round's applications as the allocation rule takes them.
    pub fn applicants(
        &self,
        apps: &[Application],
        reviews: &[Review],
        orgs: &[Organisation],
    ) -> Vec<Applicant> {
        let scores = self.scores(reviews);
        apps.iter()
            .map(|a| {
                let org = orgs.iter().find(|o| o.id == a.organisation_id);
                Applicant {
                    id: a.id,
                    eligible: org.is_some_and(|o| self.eligible(o.kind)),
                    region: org
                        .and_then(|o| o.region)
                        .map(|r| r.as_str().to_owned())
                        .unwrap_or_default(),
                    days_asked: a.days_asked,
                    score: scores.get(&a.id).copied().flatten(),
                }
            })
            .collect()
    }

    /// The seed of the round's draw: its applications in order and its published value.
    pub fn seed(&self, apps: &[Application]) -> String {
        let ids: Vec<i32> = apps.iter().map(|a| a.id).collect();
        domain::development::seed(&ids, &self.published_value)
    }

    pub fn pool(&self) -> Pool {
        Pool {
            days: self.pool_days,
            max_per_organisation: self.max_per_organisation,
            floors: self
                .floors
                .iter()
                .map(|(r, d)| (r.as_str().to_owned(), *d))
                .collect(),
        }
    }
}

/// What a coordinator writes of a round.
#[derive(Debug, Clone)]
pub struct RoundInput {
    pub name_fi: String,
    pub name_sv: String,
    pub pool_days: i32,
    pub max_per_organisation: i32,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub eligible_kinds: Vec<OrgKind>,
    pub published_value: String,
    pub contact_name: String,
    pub contact_email: String,
    pub reconsideration_days: i32,
    pub floors: Vec<(Region, i32)>,
    /// (name, company, areas)
    pub sparrers: Vec<(String, String, String)>,
}

/// A criterion of the rubric as the coordinator writes it.
#[derive(Debug, Clone)]
pub struct CriterionInput {
    pub name_fi: String,
    pub name_sv: String,
    pub weight: i32,
    pub anchors_fi: Vec<String>,
    pub anchors_sv: Vec<String>,
}

/// An application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub id: i32,
    pub round_id: i32,
    pub organisation_id: i32,
    pub aim: String,
    pub workplace: String,
    pub staff: i32,
    pub days_asked: i32,
    pub sparrer_id: Option<i32>,
    pub contact_name: String,
    pub contact_email: String,
    /// The language the applicant wrote in, and their letters go in.
    pub lang: Lang,
    pub days_granted: i32,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What an HR developer writes in an application.
#[derive(Debug, Clone)]
pub struct ApplicationInput {
    pub aim: String,
    pub workplace: String,
    pub staff: i32,
    pub days_asked: i32,
    pub sparrer_id: Option<i32>,
    pub contact_name: String,
    pub contact_email: String,
    pub lang: Lang,
}

/// A reviewer's review of an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub application_id: i32,
    pub reviewer_id: i32,
    pub status: ReviewStatus,
    pub comment: String,
    /// criterion → score 1–5
    pub scores: BTreeMap<i32, i32>,
}

/// A frozen decision: its rule, inputs, their hash, the seed and the allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub round_id: i32,
    pub rule_version: String,
    pub applicants: Vec<Applicant>,
    pub pool: Pool,
    pub inputs_hash: String,
    pub seed: String,
    pub allocation: Allocation,
    pub decided_by: Option<i32>,
    pub decided_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconsideration {
    pub id: i32,
    pub application_id: i32,
    pub body: String,
    pub filed_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldDay {
    pub id: i32,
    pub application_id: i32,
    pub held_on: NaiveDate,
    pub sparrer: String,
    pub report: String,
}

/// Why days were not granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantRefusal {
    /// The pool has not that many days left.
    PoolEmpty,
    /// The organisation would get more than the round's cap.
    OverCap,
}

/// Why a round was not frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreezeRefusal {
    /// The round has its decision already.
    Decided,
    /// The round is still taking applications.
    StillOpen,
}

fn lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::to_owned).collect()
}

fn application_of(m: sparring_application::Model) -> Result<Application> {
    Ok(Application {
        lang: known(
            "sparring_applications.lang",
            &m.lang,
            Lang::parse(&m.lang).ok(),
        )?,
        id: m.id,
        round_id: m.round_id,
        organisation_id: m.organisation_id,
        aim: m.aim,
        workplace: m.workplace,
        staff: m.staff,
        days_asked: m.days_asked,
        sparrer_id: m.sparrer_id,
        contact_name: m.contact_name,
        contact_email: m.contact_email,
        days_granted: m.days_granted,
        submitted_at: m.submitted_at,
        updated_at: m.updated_at,
    })
}

async fn notice(
    db: &impl ConnectionTrait,
    application_id: i32,
    event: SparringEvent,
) -> Result<()> {
    jobs::enqueue(
        db,
        SPARRING_JOB,
        &SparringNotice {
            application_id,
            event,
        },
        Utc::now(),
    )
    .await?;
    Ok(())
}

/// Takes `days` of the round's pool, if that many are left: the one way days are taken.
async fn take_days(db: &impl ConnectionTrait, round_id: i32, days: i32) -> Result<bool> {
    Ok(sparring_round::Entity::update_many()
        .col_expr(
            sparring_round::Column::DaysTaken,
            Expr::col(sparring_round::Column::DaysTaken).add(days),
        )
        .filter(sparring_round::Column::Id.eq(round_id))
        .filter(
            Expr::col(sparring_round::Column::DaysTaken)
                .add(days)
                .lte(Expr::col(sparring_round::Column::PoolDays)),
        )
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

impl Development {
    /// Moves the round's opening and closing times, until its decision is frozen: a
    /// deadline extended, or a round closed early. False when it was already decided.
    pub async fn reschedule(
        &self,
        round_id: i32,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    ) -> Result<bool> {
        Ok(sparring_round::Entity::update_many()
            .col_expr(sparring_round::Column::OpensAt, Expr::value(opens_at))
            .col_expr(sparring_round::Column::ClosesAt, Expr::value(closes_at))
            .filter(sparring_round::Column::Id.eq(round_id))
            .filter(sparring_round::Column::DecidedAt.is_null())
            .exec(&self.db)
            .await?
            .rows_affected
            == 1)
    }

    pub async fn create_round(&self, input: &RoundInput, author: Option<i32>) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = sparring_round::Entity::insert(sparring_round::ActiveModel {
            name_fi: Set(input.name_fi.clone()),
            name_sv: Set(input.name_sv.clone()),
            pool_days: Set(input.pool_days),
            days_taken: Set(0),
            max_per_organisation: Set(input.max_per_organisation),
            opens_at: Set(input.opens_at),
            closes_at: Set(input.closes_at),
            eligible_kinds: Set(input
                .eligible_kinds
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(",")),
            published_value: Set(input.published_value.clone()),
            contact_name: Set(input.contact_name.clone()),
            contact_email: Set(input.contact_email.clone()),
            reconsideration_days: Set(input.reconsideration_days),
            decided_at: Set(None),
            created_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        for (region, days) in &input.floors {
            sparring_floor::Entity::insert(sparring_floor::ActiveModel {
                round_id: Set(row.id),
                region: Set(region.as_str().to_owned()),
                days: Set(*days),
            })
            .exec_without_returning(&txn)
            .await?;
        }
        for (name, company, areas) in &input.sparrers {
            sparrer::Entity::insert(sparrer::ActiveModel {
                round_id: Set(row.id),
                name: Set(name.clone()),
                company: Set(company.clone()),
                areas: Set(areas.clone()),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
        }
        crate::audit::record(
            &txn,
            author,
            "sparring:round",
            &format!("round:{}", row.id),
            &input.name_fi,
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Adds a criterion to a round's rubric, while no reviewer has scored.
    pub async fn add_criterion(&self, round_id: i32, c: &CriterionInput) -> Result<i32> {
        let txn = self.begin_write().await?;
        let apps: Vec<i32> = sparring_application::Entity::find()
            .filter(sparring_application::Column::RoundId.eq(round_id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        let scored = sparring_score::Entity::find()
            .filter(sparring_score::Column::ApplicationId.is_in(apps))
            .one(&txn)
            .await?
            .is_some();
        if scored {
            return Err(StoreError::RubricInUse);
        }
        let position = rubric_criterion::Entity::find()
            .filter(rubric_criterion::Column::RoundId.eq(round_id))
            .all(&txn)
            .await?
            .len() as i32
            + 1;
        let row = rubric_criterion::Entity::insert(rubric_criterion::ActiveModel {
            round_id: Set(round_id),
            position: Set(position),
            name_fi: Set(c.name_fi.clone()),
            name_sv: Set(c.name_sv.clone()),
            weight: Set(c.weight),
            anchors_fi: Set(c.anchors_fi.join("\n")),
            anchors_sv: Set(c.anchors_sv.join("\n")),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Every round, the newest first.
    pub async fn rounds(&self) -> Result<Vec<Round>> {
        let rows = sparring_round::Entity::find()
            .order_by_desc(sparring_round::Column::OpensAt)
            .all(&self.db)
            .await?;
        self.with_parts(rows).await
    }

    pub async fn round(&self, id: i32) -> Result<Option<Round>> {
        let rows: Vec<sparring_round::Model> = sparring_round::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .into_iter()
            .collect();
        Ok(self.with_parts(rows).await?.pop())
    }

    async fn with_parts(&self, rows: Vec<sparring_round::Model>) -> Result<Vec<Round>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let floors = sparring_floor::Entity::find()
            .filter(sparring_floor::Column::RoundId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let rubric = rubric_criterion::Entity::find()
            .filter(rubric_criterion::Column::RoundId.is_in(ids.clone()))
            .order_by_asc(rubric_criterion::Column::Position)
            .all(&self.db)
            .await?;
        let sparrers = sparrer::Entity::find()
            .filter(sparrer::Column::RoundId.is_in(ids))
            .order_by_asc(sparrer::Column::Id)
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|r| {
                let kinds = r
                    .eligible_kinds
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(|k| known("sparring_rounds.eligible_kinds", k, OrgKind::parse(k).ok()))
                    .collect::<Result<Vec<_>>>()?;
                let floors = floors
                    .iter()
                    .filter(|f| f.round_id == r.id)
                    .map(|f| {
                        Ok((
                            known(
                                "sparring_floors.region",
                                &f.region,
                                Region::parse(&f.region).ok(),
                            )?,
                            f.days,
                        ))
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(Round {
                    rubric: rubric
                        .iter()
                        .filter(|c| c.round_id == r.id)
                        .map(|c| RubricCriterion {
                            id: c.id,
                            position: c.position,
                            name_fi: c.name_fi.clone(),
                            name_sv: c.name_sv.clone(),
                            weight: c.weight,
                            anchors_fi: lines(&c.anchors_fi),
                            anchors_sv: lines(&c.anchors_sv),
                        })
                        .collect(),
                    sparrers: sparrers
                        .iter()
                        .filter(|s| s.round_id == r.id)
                        .map(|s| Sparrer {
                            id: s.id,
                            name: s.name.clone(),
                            company: s.company.clone(),
                            areas: s.areas.clone(),
                        })
                        .collect(),
                    floors,
                    eligible_kinds: kinds,
                    id: r.id,
                    name_fi: r.name_fi,
                    name_sv: r.name_sv,
                    pool_days: r.pool_days,
                    days_taken: r.days_taken,
                    max_per_organisation: r.max_per_organisation,
                    opens_at: r.opens_at,
                    closes_at: r.closes_at,
                    published_value: r.published_value,
                    contact_name: r.contact_name,
                    contact_email: r.contact_email,
                    reconsideration_days: r.reconsideration_days,
                    decided_at: r.decided_at,
                })
            })
            .collect()
    }

    /// An organisation's application to a round, new or changed: one per organisation
    /// and round, so a second attempt changes the first. The applicant gets a receipt.
    pub async fn apply(
        &self,
        round_id: i32,
        organisation_id: i32,
        input: &ApplicationInput,
        author: Option<i32>,
        now: DateTime<Utc>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        sparring_application::Entity::insert(sparring_application::ActiveModel {
            round_id: Set(round_id),
            organisation_id: Set(organisation_id),
            aim: Set(input.aim.clone()),
            workplace: Set(input.workplace.clone()),
            staff: Set(input.staff),
            days_asked: Set(input.days_asked),
            sparrer_id: Set(input.sparrer_id),
            contact_name: Set(input.contact_name.clone()),
            contact_email: Set(input.contact_email.clone()),
            lang: Set(input.lang.code().to_owned()),
            days_granted: Set(0),
            applied_by: Set(author),
            submitted_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                sparring_application::Column::RoundId,
                sparring_application::Column::OrganisationId,
            ])
            .update_columns([
                sparring_application::Column::Aim,
                sparring_application::Column::Workplace,
                sparring_application::Column::Staff,
                sparring_application::Column::DaysAsked,
                sparring_application::Column::SparrerId,
                sparring_application::Column::ContactName,
                sparring_application::Column::ContactEmail,
                sparring_application::Column::Lang,
                sparring_application::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        let row = sparring_application::Entity::find()
            .filter(sparring_application::Column::RoundId.eq(round_id))
            .filter(sparring_application::Column::OrganisationId.eq(organisation_id))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        notice(&txn, row.id, SparringEvent::Receipt).await?;
        crate::audit::record(
            &txn,
            author,
            "sparring:apply",
            &format!("organisation:{organisation_id}"),
            &format!("round:{round_id} application:{}", row.id),
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// A round's applications, in the order they came in.
    pub async fn applications(&self, round_id: i32) -> Result<Vec<Application>> {
        sparring_application::Entity::find()
            .filter(sparring_application::Column::RoundId.eq(round_id))
            .order_by_asc(sparring_application::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(application_of)
            .collect()
    }

    pub async fn application(&self, id: i32) -> Result<Option<Application>> {
        sparring_application::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(application_of)
            .transpose()
    }

    /// An organisation's applications, the newest first.
    pub async fn applications_of(&self, organisation_id: i32) -> Result<Vec<Application>> {
        sparring_application::Entity::find()
            .filter(sparring_application::Column::OrganisationId.eq(organisation_id))
            .order_by_desc(sparring_application::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(application_of)
            .collect()
    }

    /// Makes a person a reviewer of an application (nothing when they are already).
    pub async fn assign_reviewer(
        &self,
        application_id: i32,
        reviewer_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        sparring_review::Entity::insert(sparring_review::ActiveModel {
            application_id: Set(application_id),
            reviewer_id: Set(reviewer_id),
            status: Set(ReviewStatus::Assigned.as_str().to_owned()),
            comment: Set(String::new()),
        })
        .on_conflict(
            OnConflict::columns([
                sparring_review::Column::ApplicationId,
                sparring_review::Column::ReviewerId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "sparring:assign-reviewer",
            &format!("user:{reviewer_id}"),
            &format!("application:{application_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// A reviewer's review: scores, or abstaining, or recusal for a conflict of interest.
    pub async fn review(
        &self,
        application_id: i32,
        reviewer_id: i32,
        status: ReviewStatus,
        scores: &BTreeMap<i32, i32>,
        comment: &str,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let updated = sparring_review::Entity::update_many()
            .col_expr(
                sparring_review::Column::Status,
                Expr::value(status.as_str()),
            )
            .col_expr(sparring_review::Column::Comment, Expr::value(comment))
            .filter(sparring_review::Column::ApplicationId.eq(application_id))
            .filter(sparring_review::Column::ReviewerId.eq(reviewer_id))
            .exec(&txn)
            .await?
            .rows_affected;
        if updated == 0 {
            return Err(StoreError::NotFound);
        }
        sparring_score::Entity::delete_many()
            .filter(sparring_score::Column::ApplicationId.eq(application_id))
            .filter(sparring_score::Column::ReviewerId.eq(reviewer_id))
            .exec(&txn)
            .await?;
        if status == ReviewStatus::Scored && !scores.is_empty() {
            sparring_score::Entity::insert_many(scores.iter().map(|(criterion, score)| {
                sparring_score::ActiveModel {
                    application_id: Set(application_id),
                    reviewer_id: Set(reviewer_id),
                    criterion_id: Set(*criterion),
                    score: Set(*score),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Every review of a round's applications, with their scores.
    pub async fn reviews(&self, round_id: i32) -> Result<Vec<Review>> {
        let apps: Vec<i32> = sparring_application::Entity::find()
            .filter(sparring_application::Column::RoundId.eq(round_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| a.id)
            .collect();
        if apps.is_empty() {
            return Ok(Vec::new());
        }
        let scores = sparring_score::Entity::find()
            .filter(sparring_score::Column::ApplicationId.is_in(apps.clone()))
            .all(&self.db)
            .await?;
        sparring_review::Entity::find()
            .filter(sparring_review::Column::ApplicationId.is_in(apps))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| {
                Ok(Review {
                    status: known(
                        "sparring_reviews.status",
                        &r.status,
                        ReviewStatus::parse(&r.status).ok(),
                    )?,
                    scores: scores
                        .iter()
                        .filter(|s| {
                            s.application_id == r.application_id && s.reviewer_id == r.reviewer_id
                        })
                        .map(|s| (s.criterion_id, s.score))
                        .collect(),
                    application_id: r.application_id,
                    reviewer_id: r.reviewer_id,
                    comment: r.comment,
                })
            })
            .collect()
    }

    /// Freezes a closed round's decision: stores its inputs, their hash, the seed and
    /// the allocation, takes each application's days from the pool (never more than
    /// the pool) and queues each applicant's letter, all in one transaction.
    pub async fn freeze(
        &self,
        round_id: i32,
        applicants: &[Applicant],
        seed: &str,
        allocation: &Allocation,
        now: DateTime<Utc>,
        author: Option<i32>,
    ) -> Result<std::result::Result<(), FreezeRefusal>> {
        let txn = self.begin_write().await?;
        let round = sparring_round::Entity::find_by_id(round_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if now < round.closes_at {
            return Ok(Err(FreezeRefusal::StillOpen));
        }
        let pool = self
            .with_parts(vec![round.clone()])
            .await?
            .pop()
            .ok_or(StoreError::NotFound)?
            .pool();
        let inserted = sparring_decision::Entity::insert(sparring_decision::ActiveModel {
            round_id: Set(round_id),
            rule_version: Set(RULE_VERSION.to_owned()),
            inputs: Set(serde_json::json!({ "applicants": applicants, "pool": pool }).to_string()),
            inputs_hash: Set(inputs_hash(applicants, &pool, seed)),
            seed: Set(seed.to_owned()),
            result: Set(serde_json::to_string(allocation)
                .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?),
            decided_by: Set(author),
            decided_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(sparring_decision::Column::RoundId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        if inserted == 0 {
            return Ok(Err(FreezeRefusal::Decided));
        }
        for (application_id, days) in &allocation.granted {
            if !take_days(&txn, round_id, *days).await? {
                return Err(StoreError::PoolExhausted);
            }
            sparring_application::Entity::update_many()
                .col_expr(
                    sparring_application::Column::DaysGranted,
                    Expr::value(*days),
                )
                .filter(sparring_application::Column::Id.eq(*application_id))
                .filter(sparring_application::Column::RoundId.eq(round_id))
                .exec(&txn)
                .await?;
        }
        sparring_round::Entity::update_many()
            .col_expr(sparring_round::Column::DecidedAt, Expr::value(Some(now)))
            .filter(sparring_round::Column::Id.eq(round_id))
            .exec(&txn)
            .await?;
        for a in applicants {
            notice(&txn, a.id, SparringEvent::Decision).await?;
        }
        crate::audit::record(
            &txn,
            author,
            "sparring:freeze",
            &format!("round:{round_id}"),
            &format!("{RULE_VERSION} seed {seed}"),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(()))
    }

    /// Grants an application `days` more, if the pool has them and the organisation's
    /// cap allows: both are conditional updates in one transaction, so no two
    /// coordinators granting at once can pass either.
    pub async fn grant_days(
        &self,
        application_id: i32,
        days: i32,
        author: Option<i32>,
    ) -> Result<std::result::Result<(), GrantRefusal>> {
        let txn = self.begin_write().await?;
        let app = sparring_application::Entity::find_by_id(application_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let round = sparring_round::Entity::find_by_id(app.round_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let within_cap = sparring_application::Entity::update_many()
            .col_expr(
                sparring_application::Column::DaysGranted,
                Expr::col(sparring_application::Column::DaysGranted).add(days),
            )
            .filter(sparring_application::Column::Id.eq(application_id))
            .filter(
                Expr::col(sparring_application::Column::DaysGranted)
                    .add(days)
                    .lte(round.max_per_organisation),
            )
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !within_cap {
            return Ok(Err(GrantRefusal::OverCap));
        }
        if !take_days(&txn, app.round_id, days).await? {
            return Ok(Err(GrantRefusal::PoolEmpty));
        }
        crate::audit::record(
            &txn,
            author,
            "sparring:grant-days",
            &format!("application:{application_id}"),
            &days.to_string(),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(()))
    }

    pub async fn decision(&self, round_id: i32) -> Result<Option<Decision>> {
        let Some(d) = sparring_decision::Entity::find_by_id(round_id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let bad = |e: serde_json::Error| StoreError::UnknownValue {
            column: "sparring_decisions.inputs",
            value: e.to_string(),
        };
        #[derive(serde::Deserialize)]
        struct Inputs {
            applicants: Vec<Applicant>,
            pool: Pool,
        }
        let inputs: Inputs = serde_json::from_str(&d.inputs).map_err(bad)?;
        let allocation: Allocation = serde_json::from_str(&d.result).map_err(bad)?;
        Ok(Some(Decision {
            round_id,
            rule_version: d.rule_version,
            applicants: inputs.applicants,
            pool: inputs.pool,
            inputs_hash: d.inputs_hash,
            seed: d.seed,
            allocation,
            decided_by: d.decided_by,
            decided_at: d.decided_at,
        }))
    }

    /// An applicant asks for the decision to be reconsidered.
    pub async fn ask_reconsideration(
        &self,
        application_id: i32,
        body: &str,
        author: Option<i32>,
        now: DateTime<Utc>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = reconsideration::Entity::insert(reconsideration::ActiveModel {
            application_id: Set(application_id),
            body: Set(body.to_owned()),
            filed_by: Set(author),
            filed_at: Set(now),
            answer: Set(None),
            answered_by: Set(None),
            answered_at: Set(None),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "sparring:reconsideration",
            &format!("application:{application_id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// The coordinator's answer to a reconsideration request; the applicant is told.
    pub async fn answer_reconsideration(
        &self,
        id: i32,
        answer: &str,
        author: i32,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let txn = self.begin_write().await?;
        let answered = reconsideration::Entity::update_many()
            .col_expr(reconsideration::Column::Answer, Expr::value(Some(answer)))
            .col_expr(
                reconsideration::Column::AnsweredBy,
                Expr::value(Some(author)),
            )
            .col_expr(reconsideration::Column::AnsweredAt, Expr::value(Some(now)))
            .filter(reconsideration::Column::Id.eq(id))
            .filter(reconsideration::Column::Answer.is_null())
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if answered {
            let row = reconsideration::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .ok_or(StoreError::NotFound)?;
            notice(&txn, row.application_id, SparringEvent::Reconsidered).await?;
            crate::audit::record(
                &txn,
                Some(author),
                "sparring:reconsidered",
                &format!("application:{}", row.application_id),
                "",
            )
            .await?;
        }
        txn.commit().await?;
        Ok(answered)
    }

    /// Reconsideration requests of these applications, the oldest first.
    pub async fn reconsiderations(&self, application_ids: &[i32]) -> Result<Vec<Reconsideration>> {
        Ok(reconsideration::Entity::find()
            .filter(reconsideration::Column::ApplicationId.is_in(application_ids.iter().copied()))
            .order_by_asc(reconsideration::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| Reconsideration {
                id: r.id,
                application_id: r.application_id,
                body: r.body,
                filed_at: r.filed_at,
                answer: r.answer,
                answered_at: r.answered_at,
            })
            .collect())
    }

    /// Records a sparring day held, with the sparrer and a short report.
    pub async fn record_day(
        &self,
        application_id: i32,
        held_on: NaiveDate,
        sparrer: &str,
        report: &str,
        author: Option<i32>,
    ) -> Result<i32> {
        let row = sparring_day::Entity::insert(sparring_day::ActiveModel {
            application_id: Set(application_id),
            held_on: Set(held_on),
            sparrer: Set(sparrer.to_owned()),
            report: Set(report.to_owned()),
            written_by: Set(author),
            ..Default::default()
        })
        .exec_with_returning(&self.db)
        .await?;
        Ok(row.id)
    }

    /// The days held of these applications, by date.
    pub async fn days_held(&self, application_ids: &[i32]) -> Result<Vec<HeldDay>> {
        Ok(sparring_day::Entity::find()
            .filter(sparring_day::Column::ApplicationId.is_in(application_ids.iter().copied()))
            .order_by_asc(sparring_day::Column::HeldOn)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|d| HeldDay {
                id: d.id,
                application_id: d.application_id,
                held_on: d.held_on,
                sparrer: d.sparrer,
                report: d.report,
            })
            .collect())
    }
}
