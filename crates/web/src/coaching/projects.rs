//! A participating organisation's development project: adding the organisation with
//! its project to a cohort, the project's page with its parts, result goals and
//! responsible managers, and the progress log its HR developers and responsible
//! managers write.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use chrono::Utc;
use domain::{
    Email,
    coaching::{
        Progress, may_log_progress, may_run_cohorts, may_see_project, parse_date,
        parse_optional_text, parse_title,
    },
};
use store::{
    Organisation, User,
    coaching::{PartInput, Project, ProjectInput},
};

use super::{Seen, cohort_page, seen_cohort};
use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, render::render_form};

pub(crate) fn progress_label(ctx: &PageCtx, p: Progress) -> String {
    ctx.t(&format!("progress-{}", p.as_str().replace('_', "-")))
}

/// Adds an organisation to the cohort with its project (coordinators).
pub async fn add(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    if !may_run_cohorts(&seen.who) {
        return Err(AppError::forbidden());
    }
    let organisations = state.store.organisations().all().await?;
    let organisation_id = form.parse("organisation", |raw| {
        raw.trim()
            .parse::<i32>()
            .ok()
            .filter(|id| organisations.iter().any(|o| o.id == *id))
            .ok_or(domain::coaching::organisation_missing())
    });
    let title_fi = form.parse("project_title_fi", parse_title);
    let title_sv = form.parse("project_title_sv", parse_title);
    let goals = form.parse("goals", parse_optional_text);
    let (Some(organisation_id), Some(title_fi), Some(title_sv), Some(goals)) =
        (organisation_id, title_fi, title_sv, goals)
    else {
        return cohort_page(ctx, &state, seen, form).await;
    };
    let input = ProjectInput {
        organisation_id,
        title_fi,
        title_sv,
        goals,
        parts: Vec::new(),
    };
    match state
        .store
        .coaching()
        .add_organisation(seen.cohort.id, &input, Some(seen.who.user_id))
        .await
    {
        Ok(_) => {
            ctx.flash("cohort-organisation-added");
            Ok(ctx.redirect(&format!(
                "/coaching/{}/projects/{organisation_id}",
                seen.cohort.code
            )))
        }
        Err(store::StoreError::AlreadyTakingPart) => {
            form.refuse("organisation", "error-cohort-organisation-there");
            cohort_page(ctx, &state, seen, form).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "coaching/project.html")]
struct Page {
    ctx: PageCtx,
    seen: Seen,
    project: Project,
    organisation: Organisation,
    managers: Vec<User>,
    form: Form,
    statuses: &'static [Progress],
    today: String,
}

impl Page {
    fn manager_names(&self, ids: &[i32]) -> String {
        self.managers
            .iter()
            .filter(|m| ids.contains(&m.id))
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn writer(&self, id: &Option<i32>) -> String {
        id.and_then(|id| self.managers.iter().find(|m| m.id == id))
            .map(|m| m.name.clone())
            .unwrap_or_default()
    }

    fn may_log(&self, managers: &[i32]) -> bool {
        may_log_progress(
            &self.seen.who,
            self.seen.cohort.tie(self.seen.participant),
            self.project.organisation_id,
            managers.contains(&self.seen.who.user_id),
        )
    }

    /// Whether the person may add parts: a coordinator or the organisation's HR developer.
    fn may_add_parts(&self) -> bool {
        self.seen.runs() || self.may_log(&[])
    }

    fn progress(&self, p: &Progress) -> String {
        progress_label(&self.ctx, *p)
    }

    fn base(&self) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/projects/{}",
            self.seen.cohort.code, self.project.organisation_id
        ))
    }

    /// Fields of the progress form of one part: `what-7`, `status-7`, `done_on-7`.
    fn f(&self, name: &str, part: &i32) -> String {
        format!("{name}-{part}")
    }
}

/// A project the person may read, or 404.
async fn seen_project(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    org: &str,
) -> AppResult<(Seen, Project)> {
    let seen = seen_cohort(ctx, state, code).await?;
    let org: i32 = org.parse().map_err(|_| AppError::not_found())?;
    if !may_see_project(&seen.who, seen.cohort.tie(seen.participant), org) {
        return Err(AppError::not_found());
    }
    let project = state
        .store
        .coaching()
        .project(seen.cohort.id, org)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((seen, project))
}

async fn page_of(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    project: Project,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let organisation = state
        .store
        .organisations()
        .organisation(project.organisation_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let mut ids: Vec<i32> = project
        .parts
        .iter()
        .flat_map(|p| {
            p.managers
                .iter()
                .copied()
                .chain(p.log.iter().filter_map(|e| e.written_by))
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let managers = state.store.accounts().users_by_ids(&ids).await?;
    let path = format!(
        "/coaching/{}/projects/{}",
        seen.cohort.code, project.organisation_id
    );
    render_form(
        Page {
            ctx: ctx.at(&path),
            seen,
            project,
            organisation,
            managers,
            form,
            statuses: Progress::ALL,
            today: Utc::now().date_naive().format("%Y-%m-%d").to_string(),
        },
        refused,
    )
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, org)): Path<(String, String)>,
) -> AppResult<Response> {
    let (seen, project) = seen_project(&ctx, &state, &code, &org).await?;
    let form = Form::empty(ctx.lang);
    page_of(ctx, &state, seen, project, form).await
}

/// Adds a part with its result goal and responsible managers (e-mail addresses of the
/// organisation's people) to the project: its HR developers or a coordinator.
pub async fn add_part(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, org)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, project) = seen_project(&ctx, &state, &code, &org).await?;
    let tie = seen.cohort.tie(seen.participant);
    if !(may_run_cohorts(&seen.who)
        || may_log_progress(&seen.who, tie, project.organisation_id, false))
    {
        return Err(AppError::forbidden());
    }
    let title_fi = form.parse("part_title_fi", parse_title);
    let title_sv = form.parse("part_title_sv", parse_title);
    let result_goal = form.parse("result_goal", parse_optional_text);
    let mut managers = Vec::new();
    let mut refused = Vec::new();
    for address in form.listed("managers") {
        let person = match Email::parse(&address) {
            Ok(email) => state.store.accounts().user_by_email(&email).await?,
            Err(_) => None,
        };
        match person {
            Some(p) if p.org_id == project.organisation_id && !p.disabled => managers.push(p.id),
            _ => refused.push(address.to_owned()),
        }
    }
    if !refused.is_empty() {
        form.refuse_with(
            "managers",
            "error-part-managers",
            &[("addresses", refused.join(", "))],
        );
    }
    let (Some(title_fi), Some(title_sv), Some(result_goal), true) =
        (title_fi, title_sv, result_goal, form.is_valid())
    else {
        return page_of(ctx, &state, seen, project, form).await;
    };
    state
        .store
        .coaching()
        .add_part(
            project.id,
            &PartInput {
                title_fi,
                title_sv,
                result_goal,
                managers,
            },
            Some(seen.who.user_id),
        )
        .await?;
    ctx.flash("project-part-added");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/projects/{}",
        seen.cohort.code, project.organisation_id
    )))
}

/// Writes an entry in a part's progress log.
pub async fn log_progress(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, org, part)): Path<(String, String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, project) = seen_project(&ctx, &state, &code, &org).await?;
    let part_id: i32 = part.parse().map_err(|_| AppError::not_found())?;
    let part = project
        .parts
        .iter()
        .find(|p| p.id == part_id)
        .ok_or_else(AppError::not_found)?;
    let responsible = part.managers.contains(&seen.who.user_id);
    if !may_log_progress(
        &seen.who,
        seen.cohort.tie(seen.participant),
        project.organisation_id,
        responsible,
    ) {
        return Err(AppError::forbidden());
    }
    let what = form.parse(&format!("what-{part_id}"), |raw| {
        domain::coaching::parse_log_text(raw)
    });
    let status = form.parse(&format!("status-{part_id}"), Progress::parse);
    let done_on = form.parse(&format!("done_on-{part_id}"), parse_date);
    let (Some(what), Some(status), Some(done_on)) = (what, status, done_on) else {
        return page_of(ctx, &state, seen, project, form).await;
    };
    state
        .store
        .coaching()
        .log_progress(part_id, done_on, &what, status, Some(seen.who.user_id))
        .await?;
    ctx.flash("progress-logged");
    Ok(ctx.redirect(&format!(
        "/coaching/{}/projects/{}",
        seen.cohort.code, project.organisation_id
    )))
}
