//! KunTeko sparring in the API: the rounds (for those who run them and the HR
//! developers who apply; an empty list for anyone else) and the caller's organisation's applications with their
//! decisions, the letter included. The permissions are the pages'
//! (`domain::development`).

use std::collections::BTreeMap;

use axum::{Extension, Json};
use chrono::{DateTime, Utc};
use domain::development::{may_see_application, works_with_sparring};
use serde::Serialize;
use store::development::{Decision, Round};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ApiError, Caller};
use crate::AppState;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(rounds))
        .routes(routes!(my_applications))
}

#[derive(Serialize, ToSchema)]
pub struct CriterionOut {
    pub name_fi: String,
    pub name_sv: String,
    pub weight: i32,
}

#[derive(Serialize, ToSchema)]
pub struct SparrerOut {
    pub name: String,
    pub company: String,
    pub areas: String,
}

#[derive(Serialize, ToSchema)]
pub struct RoundOut {
    /// The round's id: `/fi/sparring/{id}`.
    pub id: i32,
    pub name_fi: String,
    pub name_sv: String,
    /// The days the round shares out.
    pub pool_days: i32,
    /// The days granted so far.
    pub days_taken: i32,
    pub max_per_organisation: i32,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// Whether it takes applications now.
    pub open: bool,
    /// When its decision was frozen, if it was.
    pub decided_at: Option<DateTime<Utc>>,
    /// The kinds of organisation that may apply; empty: every kind.
    pub eligible_kinds: Vec<String>,
    /// The value published before the round closed, from which the draw's seed is made.
    pub published_value: String,
    pub contact_name: String,
    pub contact_email: String,
    /// The days after the decision within which reconsideration may be asked.
    pub reconsideration_days: i32,
    pub rubric: Vec<CriterionOut>,
    pub sparrers: Vec<SparrerOut>,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionOut {
    pub decided_at: DateTime<Utc>,
    /// The allocation rule and its version.
    pub rule_version: String,
    /// The application's mean weighted score; none when it was not scored.
    pub score: Option<f64>,
    /// The lowest score that was granted days.
    pub threshold: Option<f64>,
    pub pool_days: i32,
    /// The days the decision granted this application.
    pub days_granted: i32,
    /// The letter of the decision, paragraph by paragraph, in the application's language.
    pub letter: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationOut {
    /// The application's id: `/fi/sparring/applications/{id}`.
    pub id: i32,
    pub round_id: i32,
    pub round_fi: String,
    pub round_sv: String,
    pub workplace: String,
    pub aim: String,
    pub staff: i32,
    pub days_asked: i32,
    /// The days granted, adjustments after the decision included.
    pub days_granted: i32,
    /// `fi` or `sv`: the language it was written and is answered in.
    pub lang: String,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub decision: Option<DecisionOut>,
}

fn round_out(r: Round, now: DateTime<Utc>) -> RoundOut {
    RoundOut {
        open: r.is_open(now),
        id: r.id,
        pool_days: r.pool_days,
        days_taken: r.days_taken,
        max_per_organisation: r.max_per_organisation,
        opens_at: r.opens_at,
        closes_at: r.closes_at,
        decided_at: r.decided_at,
        eligible_kinds: r
            .eligible_kinds
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect(),
        rubric: r
            .rubric
            .into_iter()
            .map(|c| CriterionOut {
                name_fi: c.name_fi,
                name_sv: c.name_sv,
                weight: c.weight,
            })
            .collect(),
        sparrers: r
            .sparrers
            .into_iter()
            .map(|s| SparrerOut {
                name: s.name,
                company: s.company,
                areas: s.areas,
            })
            .collect(),
        name_fi: r.name_fi,
        name_sv: r.name_sv,
        published_value: r.published_value,
        contact_name: r.contact_name,
        contact_email: r.contact_email,
        reconsideration_days: r.reconsideration_days,
    }
}

/// The sparring rounds, the newest first.
#[utoipa::path(
    get,
    path = "/sparring/rounds",
    tag = "development",
    responses(
        (status = 200, description = "Every round, for coordinators and HR developers; empty for those who neither run rounds nor apply", body = Vec<RoundOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn rounds(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<RoundOut>>, ApiError> {
    if !works_with_sparring(&caller.principal()) {
        return Ok(Json(Vec::new()));
    }
    let now = Utc::now();
    Ok(Json(
        state
            .store
            .development()
            .rounds()
            .await?
            .into_iter()
            .map(|r| round_out(r, now))
            .collect(),
    ))
}

/// The caller's organisation's applications, the newest first, each with its decision.
#[utoipa::path(
    get,
    path = "/sparring/applications/mine",
    tag = "development",
    responses(
        (status = 200, description = "The applications of the caller's organisation; empty for those who do not apply", body = Vec<ApplicationOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn my_applications(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<ApplicationOut>>, ApiError> {
    let who = caller.principal();
    if !may_see_application(&who, who.org_id, None) {
        return Ok(Json(Vec::new()));
    }
    let development = state.store.development();
    let mut rounds: BTreeMap<i32, (Round, Option<Decision>, String)> = BTreeMap::new();
    let mut found = Vec::new();
    for app in development.applications_of(who.org_id).await? {
        if !rounds.contains_key(&app.round_id) {
            let Some(round) = development.round(app.round_id).await? else {
                continue;
            };
            let decision = development.decision(round.id).await?;
            let decider = match decision.as_ref().and_then(|d| d.decided_by) {
                Some(id) => state.store.accounts().user(id).await?.map(|u| u.name),
                None => None,
            }
            .unwrap_or_default();
            rounds.insert(round.id, (round, decision, decider));
        }
        let Some((round, decision, decider)) = rounds.get(&app.round_id) else {
            continue;
        };
        let decision = decision.as_ref().map(|d| DecisionOut {
            decided_at: d.decided_at,
            rule_version: d.rule_version.clone(),
            score: d
                .applicants
                .iter()
                .find(|a| a.id == app.id)
                .and_then(|a| a.score),
            threshold: d.allocation.threshold,
            pool_days: d.pool.days,
            days_granted: d.allocation.granted.get(&app.id).copied().unwrap_or(0),
            letter: crate::development::letter(app.lang, round, &app, d, decider),
        });
        found.push(ApplicationOut {
            id: app.id,
            round_id: round.id,
            round_fi: round.name_fi.clone(),
            round_sv: round.name_sv.clone(),
            workplace: app.workplace,
            aim: app.aim,
            staff: app.staff,
            days_asked: app.days_asked,
            days_granted: app.days_granted,
            lang: app.lang.code().to_owned(),
            submitted_at: app.submitted_at,
            updated_at: app.updated_at,
            decision,
        });
    }
    Ok(Json(found))
}
