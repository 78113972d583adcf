//! The privacy statement, public and true to the code: who keeps the data, for what,
//! for how long (the configured `Retention`, which the nightly `privacy.retention` job
//! applies) and the person's rights, with the link to "My data".

use askama::Template;
use axum::{Extension, Router, response::Response, routing::get};
use chrono::Utc;
use domain::personal_data::Retention;
use store::personal_data::RETENTION_JOB;

use crate::{
    AppState, PageCtx,
    error::AppResult,
    feature::{Feature, JobKind, JobRun},
    jobs::next_night,
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[JobKind {
        kind: RETENTION_JOB,
        run: run_retention,
    }],
    nav: &[],
};

fn routes() -> Router<AppState> {
    Router::new().route("/privacy", get(statement))
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    retention: Retention,
    session_idle_hours: i64,
}

async fn statement(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    render(PrivacyPage {
        ctx: ctx.at("/privacy"),
        retention: state.config.retention,
        session_idle_hours: state.config.session_idle_seconds / 3600,
    })
}

/// Removes what is past its period, then queues itself for the next night.
fn run_retention<'a>(state: &'a AppState, job: &'a store::jobs::Job) -> JobRun<'a> {
    Box::pin(async move {
        let purged = state
            .store
            .purge_expired(&state.config.retention, Utc::now())
            .await?;
        tracing::info!(?purged, "kept data past its period removed");
        state
            .store
            .queue_retention(next_night(Utc::now()), Some(job.id))
            .await?;
        Ok(())
    })
}
