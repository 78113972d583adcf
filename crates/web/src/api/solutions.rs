//! The progress arena in the API: anyone lists the approved solutions and reads one,
//! without signing in, through the pages' rule (`domain::solutions::may_see_solution`
//! for a visitor), so a hidden solution is gone from the API the moment it is hidden.

use axum::{
    Extension, Json,
    extract::{Path, Query},
    http::{HeaderMap, StatusCode},
};
use chrono::{DateTime, Utc};
use domain::{Lang, solutions::may_see_solution};
use serde::Serialize;
use store::{Organisation, StoredFile, solutions::Solution};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::ApiError;
use crate::{AppState, ctx::preferred_lang};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(one))
}

#[derive(Serialize, ToSchema)]
pub struct SolutionTextOut {
    /// `fi` or `sv`.
    pub lang: String,
    pub title: String,
    pub problem: String,
    pub actions: String,
    pub results: String,
    pub lessons: String,
}

#[derive(Serialize, ToSchema)]
pub struct AttachmentOut {
    pub name: String,
    /// Where it is fetched, on this host: `/files/{id}/{name}`.
    pub href: String,
    pub content_type: String,
    /// In bytes.
    pub size: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SolutionOut {
    /// The solution's id: `/fi/solutions/{id}`.
    pub id: i32,
    pub organisation_fi: String,
    pub organisation_sv: String,
    /// e.g. `social-health`.
    pub sector: String,
    /// e.g. `wellbeing`.
    pub topic: String,
    pub year: i32,
    pub period: String,
    /// The challenge campaign it answered, if any.
    pub campaign_id: Option<i32>,
    pub approved_at: Option<DateTime<Utc>>,
    /// The contact person, only when they consented to be shown.
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    /// The texts in the languages they were written in.
    pub texts: Vec<SolutionTextOut>,
    /// Files anyone may fetch: models, forms, presentations.
    pub attachments: Vec<AttachmentOut>,
}

fn out(s: Solution, orgs: &[Organisation], files: Vec<StoredFile>) -> SolutionOut {
    let org = orgs.iter().find(|o| o.id == s.input.organisation_id);
    let consent = s.input.contact_consent;
    SolutionOut {
        id: s.id,
        organisation_fi: org.map(|o| o.name(Lang::Fi).to_owned()).unwrap_or_default(),
        organisation_sv: org.map(|o| o.name(Lang::Sv).to_owned()).unwrap_or_default(),
        sector: s.input.sector.as_str().to_owned(),
        topic: s.input.topic.as_str().to_owned(),
        year: s.input.year,
        period: s.input.period,
        campaign_id: s.input.campaign_id,
        approved_at: s.approved_at,
        contact_name: consent.then_some(s.input.contact_name),
        contact_email: consent.then_some(s.input.contact_email),
        texts: s
            .input
            .texts
            .into_iter()
            .map(|(lang, t)| SolutionTextOut {
                lang: lang.code().to_owned(),
                title: t.title,
                problem: t.problem,
                actions: t.actions,
                results: t.results,
                lessons: t.lessons,
            })
            .collect(),
        attachments: files
            .into_iter()
            .map(|f| AttachmentOut {
                href: f.href(),
                name: f.name,
                content_type: f.content_type,
                size: f.size,
            })
            .collect(),
    }
}

/// The approved solutions the filters leave, as the public list narrows them: several
/// values of one filter widen it, every filter given must match, the words are searched
/// in Finnish and Swedish. The newest first, or the best match with `sort=relevance`.
#[utoipa::path(
    get,
    path = "/solutions",
    tag = "development",
    security(()),
    params(
        ("q" = Option<String>, Query, description = "Words to search for, in Finnish or Swedish"),
        ("sector" = Option<Vec<String>>, Query, explode, description = "e.g. `social-health`"),
        ("topic" = Option<Vec<String>>, Query, explode, description = "e.g. `wellbeing`"),
        ("kind" = Option<Vec<String>>, Query, explode, description = "The organisation's kind, e.g. `municipality`"),
        ("region" = Option<Vec<String>>, Query, explode, description = "e.g. `uusimaa`"),
        ("campaign" = Option<Vec<String>>, Query, explode, description = "A campaign's id"),
        ("year" = Option<Vec<String>>, Query, explode, description = "e.g. `2018`"),
        ("sort" = Option<String>, Query, description = "`newest` (the default) or `relevance`"),
    ),
    responses(
        (status = 200, description = "The public solutions", body = Vec<SolutionOut>),
    )
)]
async fn list(
    Extension(state): Extension<AppState>,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Vec<SolutionOut>>, ApiError> {
    let lang = preferred_lang(None, &headers);
    let asked = crate::solutions::asked(&pairs);
    let arena = state.store.solutions().approved_facts().await?;
    let ids: Vec<i32> = crate::solutions::narrowed(&state, &arena, &asked, lang)
        .await?
        .shown
        .iter()
        .map(|f| f.id)
        .collect();
    let solutions = state.store.solutions().solutions(&ids).await?;
    let orgs = crate::solutions::organisations_of(&state, &solutions).await?;
    let mut files = state.store.solutions().attachments_of(&ids).await?;
    Ok(Json(
        solutions
            .into_iter()
            .filter(|s| may_see_solution(None, &s.tie()))
            .map(|s| {
                let attached = files.remove(&s.id).unwrap_or_default();
                out(s, &orgs, attached)
            })
            .collect(),
    ))
}

/// One approved solution; anything else is not found.
#[utoipa::path(
    get,
    path = "/solutions/{id}",
    tag = "development",
    security(()),
    params(("id" = i32, Path, description = "The solution's id")),
    responses(
        (status = 200, description = "The solution", body = SolutionOut),
        (status = 404, description = "No public solution has this id", body = ApiError),
    )
)]
async fn one(
    Extension(state): Extension<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<SolutionOut>, ApiError> {
    let lang = preferred_lang(None, &headers);
    let missing = || ApiError::new(StatusCode::NOT_FOUND, "not-found", lang);
    let id = id.parse::<i32>().map_err(|_| missing())?;
    let solution = state
        .store
        .solutions()
        .solution(id)
        .await?
        .filter(|s| may_see_solution(None, &s.tie()))
        .ok_or_else(missing)?;
    let orgs = state.store.organisations().all().await?;
    let files = state.store.solutions().attachments(solution.id).await?;
    Ok(Json(out(solution, &orgs, files)))
}
