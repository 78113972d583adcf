//! The privacy statement, public and true to the code: who keeps the data, for what,
//! for how long (the configured `Retention`, which the nightly `privacy.retention` job
//! applies) and the person's rights, with the link to "My data"; and the notice that
//! tells a person what came of their request for erasure.

use askama::Template;
use axum::{Extension, Router, response::Response, routing::get};
use chrono::Utc;
use domain::personal_data::{ErasureStatus, Retention};
use store::personal_data::{ERASURE_NOTICE_JOB, ErasureNotice, RETENTION_JOB};

use crate::{
    AppState, PageCtx,
    error::AppResult,
    feature::{Feature, JobKind, JobRun},
    jobs::next_night,
    mail::Mail,
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[
        JobKind {
            kind: RETENTION_JOB,
            run: run_retention,
        },
        JobKind {
            kind: ERASURE_NOTICE_JOB,
            run: tell_of_erasure,
        },
    ],
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

/// Tells the person what came of their request: to the address they had, which is
/// then forgotten, when their data was erased; with the reason when it was refused.
fn tell_of_erasure<'a>(state: &'a AppState, job: &'a store::jobs::Job) -> JobRun<'a> {
    Box::pin(async move {
        let ErasureNotice { request_id } = job.payload()?;
        let Some((address, lang, request)) = state.store.erasure_notice(request_id).await? else {
            return Ok(());
        };
        let mail = match (request.status, request.reason) {
            (ErasureStatus::Erased, _) => Mail::Erased,
            (ErasureStatus::Refused, Some(reason)) => Mail::ErasureRefused {
                name: request.name.clone(),
                reason,
                link: state.config.url(&format!("/{}/profile/data", lang.code())),
            },
            _ => return Ok(()),
        };
        state.mailer.send(&address, lang, &mail).await?;
        state.store.erasure_notice_sent(request_id).await?;
        Ok(())
    })
}
