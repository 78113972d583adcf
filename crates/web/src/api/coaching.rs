//! The coaching programme in the API: the cohorts the caller may see, a cohort's
//! forums, the caller's own programme and tasks, and a coach's queue of works waiting
//! for feedback. The permissions are the pages' (`domain::coaching`).

use axum::{Extension, Json, extract::Path, http::StatusCode};
use chrono::{DateTime, NaiveDate, Utc};
use domain::coaching::may_see_cohort;
use serde::Serialize;
use store::coaching::{Cohort, Forum};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ApiError, Caller};
use crate::AppState;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(cohorts))
        .routes(routes!(forums))
        .routes(routes!(programme))
        .routes(routes!(my_tasks))
        .routes(routes!(queue))
}

#[derive(Serialize, ToSchema)]
pub struct TaskOut {
    /// The task's id: `/fi/coaching/{cohort}/tasks/{id}`.
    pub id: i32,
    /// The cohort's code.
    pub cohort: String,
    /// `interim` or `certificate_work`.
    pub kind: String,
    pub title_fi: String,
    pub title_sv: String,
    /// One work for the caller's peer group rather than their own.
    pub for_groups: bool,
    pub opens_at: DateTime<Utc>,
    /// The caller's due date, moved by an extension they were granted.
    pub due_at: DateTime<Utc>,
    /// `not_started`, `draft`, `submitted`, `late`, `revise` or `approved`.
    pub state: String,
}

#[derive(Serialize, ToSchema)]
pub struct WaitingOut {
    /// The cohort's code.
    pub cohort: String,
    pub task_id: i32,
    pub task: String,
    /// The work's id: `/fi/coaching/{cohort}/tasks/{task_id}/works/{work_id}`.
    pub work_id: i32,
    /// The participant's name, or the peer group's.
    pub whose: String,
    /// Which handing-in of the work this is, from 1.
    pub attempt: i32,
    pub submitted_at: DateTime<Utc>,
    pub late: bool,
}

/// The caller's tasks in every cohort they take part in, with where their work stands.
#[utoipa::path(
    get,
    path = "/tasks",
    tag = "coaching",
    responses(
        (status = 200, description = "The caller's tasks; empty when they take part in no cohort", body = Vec<TaskOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn my_tasks(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<TaskOut>>, ApiError> {
    let who = caller.principal();
    let mut out = Vec::new();
    for cohort in state.store.coaching().cohorts_of(who.user_id).await? {
        for (task, task_state, due_at) in
            crate::coaching::tasks::tasks_of_participant(&state, cohort.id, who.user_id).await?
        {
            out.push(TaskOut {
                id: task.id,
                cohort: cohort.code.to_string(),
                kind: task.kind.as_str().to_owned(),
                title_fi: task.title_fi.clone(),
                title_sv: task.title_sv.clone(),
                for_groups: task.for_groups,
                opens_at: task.times.opens_at,
                due_at,
                state: task_state.as_str().to_owned(),
            });
        }
    }
    Ok(Json(out))
}

/// The works waiting for the caller's feedback in the cohorts they coach (every cohort
/// for those who run the programme), the oldest first.
#[utoipa::path(
    get,
    path = "/coaching/queue",
    tag = "coaching",
    responses(
        (status = 200, description = "The works waiting for feedback; empty for those who coach no cohort", body = Vec<WaitingOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn queue(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<WaitingOut>>, ApiError> {
    let who = caller.principal();
    let (_, rows) = crate::coaching::tasks::queue_of(&state, &who, "", caller.lang).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| WaitingOut {
                cohort: r.cohort,
                task_id: r.waiting.task_id,
                task: r.task,
                work_id: r.waiting.work_id,
                whose: r.whose,
                attempt: r.waiting.number,
                submitted_at: r.waiting.submitted_at,
                late: r.waiting.late,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct CohortOut {
    /// The cohort's code and its address on the pages: `/fi/coaching/{code}`.
    pub code: String,
    pub name_fi: String,
    pub name_sv: String,
    /// `planned`, `running` or `ended`.
    pub status: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The training provider's organisation id.
    pub provider_id: i32,
    /// The ids of the organisations taking part.
    pub organisations: Vec<i32>,
    pub forums: i32,
}

#[derive(Serialize, ToSchema)]
pub struct ForumOut {
    /// The forum's event id: `/fi/events/{id}`.
    pub event_id: i32,
    pub position: i32,
    pub title_fi: String,
    pub title_sv: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    pub lecturers: Vec<LecturerOut>,
}

#[derive(Serialize, ToSchema)]
pub struct LecturerOut {
    pub name: String,
    pub affiliation: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProgrammeOut {
    pub cohort: CohortOut,
    /// The next published forum that has not ended.
    pub next_forum: Option<ForumOut>,
    /// The caller's peer group, if they are in one.
    pub peer_group: Option<String>,
}

fn cohort_out(c: &Cohort) -> CohortOut {
    CohortOut {
        code: c.code.to_string(),
        name_fi: c.name_fi.clone(),
        name_sv: c.name_sv.clone(),
        status: c.status.as_str().to_owned(),
        starts_on: c.starts_on,
        ends_on: c.ends_on,
        provider_id: c.provider_id,
        organisations: c.organisations.clone(),
        forums: c.forums,
    }
}

fn forum_out(f: &Forum) -> ForumOut {
    ForumOut {
        event_id: f.event.id,
        position: f.position,
        title_fi: f.event.title(domain::Lang::Fi).to_owned(),
        title_sv: f.event.title(domain::Lang::Sv).to_owned(),
        starts_at: f.event.starts_at,
        ends_at: f.event.ends_at,
        status: f.event.status.as_str().to_owned(),
        lecturers: f
            .lecturers
            .iter()
            .map(|l| LecturerOut {
                name: l.name.clone(),
                affiliation: l.affiliation.clone(),
            })
            .collect(),
    }
}

/// The cohorts the caller may see, the newest first.
#[utoipa::path(
    get,
    path = "/cohorts",
    tag = "coaching",
    responses(
        (status = 200, description = "Cohorts the caller runs, coaches, takes part in or whose organisation takes part", body = Vec<CohortOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn cohorts(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<CohortOut>>, ApiError> {
    let who = caller.principal();
    let joined = state.store.coaching().cohorts_joined(who.user_id).await?;
    Ok(Json(
        state
            .store
            .coaching()
            .cohorts()
            .await?
            .iter()
            .filter(|c| may_see_cohort(&who, c.tie(joined.contains(&c.id))))
            .map(cohort_out)
            .collect(),
    ))
}

/// A cohort's leadership forums in order, those the caller may see.
#[utoipa::path(
    get,
    path = "/cohorts/{code}/forums",
    tag = "coaching",
    params(("code" = String, Path, description = "The cohort's code, e.g. `EKJ4`")),
    responses(
        (status = 200, description = "The forums", body = Vec<ForumOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
        (status = 404, description = "No such cohort, or not one the caller may see", body = ApiError),
    )
)]
async fn forums(
    caller: Caller,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Vec<ForumOut>>, ApiError> {
    let who = caller.principal();
    let not_found = || caller.error(StatusCode::NOT_FOUND, "not-found");
    let cohort = state
        .store
        .coaching()
        .cohort_by_code(&code)
        .await?
        .ok_or_else(not_found)?;
    let joined = state.store.coaching().cohorts_joined(who.user_id).await?;
    if !may_see_cohort(&who, cohort.tie(joined.contains(&cohort.id))) {
        return Err(not_found());
    }
    Ok(Json(
        state
            .store
            .coaching()
            .forums(cohort.id)
            .await?
            .iter()
            .filter(|f| f.event.visible_to(&who))
            .map(forum_out)
            .collect(),
    ))
}

/// The caller's programme: each cohort they take part in, its next forum and their
/// peer group.
#[utoipa::path(
    get,
    path = "/programme",
    tag = "coaching",
    responses(
        (status = 200, description = "The caller's cohorts; empty when they take part in none", body = Vec<ProgrammeOut>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn programme(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<ProgrammeOut>>, ApiError> {
    let who = caller.principal();
    let coaching = state.store.coaching();
    let now = Utc::now();
    let mut out = Vec::new();
    for cohort in coaching.cohorts_of(who.user_id).await? {
        let next_forum = coaching
            .forums(cohort.id)
            .await?
            .into_iter()
            .filter(|f| {
                f.event.is_published() && f.event.ends_at >= now && f.event.visible_to(&who)
            })
            .min_by_key(|f| f.event.starts_at);
        let peer_group = coaching
            .groups(cohort.id)
            .await?
            .into_iter()
            .find(|g| g.members.contains(&who.user_id))
            .map(|g| g.name);
        out.push(ProgrammeOut {
            cohort: cohort_out(&cohort),
            next_forum: next_forum.as_ref().map(forum_out),
            peer_group,
        });
    }
    Ok(Json(out))
}
