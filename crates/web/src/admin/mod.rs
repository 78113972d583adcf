//! The administration area: organisations, people and their roles, the audit log, the
//! requests for erasure, and the identity providers people sign in with.
//! Only administrators enter.

mod audit;
mod erasure;
mod organisations;
mod people;
mod sso;

use askama::Template;
use axum::{
    Extension, Router,
    response::Response,
    routing::{get, post},
};
use domain::Role;
use store::audit::AuditEvent;

use domain::Principal;

use crate::{
    AppState, PageCtx,
    error::AppResult,
    feature::{Feature, NavEntry},
    render::render,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[],
    nav: &[NavEntry {
        order: 80,
        path: "/admin",
        label: "nav-admin",
        shown: Principal::is_admin,
        public: false,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(home))
        .route("/admin/audit", get(audit::page))
        .route("/admin/audit.csv", get(audit::csv))
        .route("/admin/erasure", get(erasure::list))
        .route("/admin/erasure/{id}", get(erasure::show))
        .route("/admin/erasure/{id}/erase", post(erasure::erase))
        .route("/admin/erasure/{id}/refuse", post(erasure::refuse))
        .route("/admin/sso", get(sso::list).post(sso::create))
        .route("/admin/sso/{id}", get(sso::edit).post(sso::update))
        .route("/admin/organisations", get(organisations::list))
        .route(
            "/admin/organisations/new",
            get(organisations::new_form).post(organisations::create),
        )
        .route(
            "/admin/organisations/{id}/edit",
            get(organisations::edit_form).post(organisations::update),
        )
        .route(
            "/admin/people/new",
            get(people::new_form).post(people::create),
        )
}

#[derive(Template)]
#[template(path = "admin/home.html")]
struct AdminHome {
    ctx: PageCtx,
    organisations: usize,
    people: usize,
    erasures_waiting: usize,
    events: Vec<AuditEvent>,
}

async fn home(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let organisations = state.store.organisations().all().await?.len();
    let people = state.store.accounts().users(None).await?.len();
    let events = state.store.audit_events(20).await?;
    let erasures_waiting = state
        .store
        .erasure_requests()
        .await?
        .iter()
        .filter(|r| r.status == domain::personal_data::ErasureStatus::Waiting)
        .count();
    render(AdminHome {
        ctx,
        organisations,
        people,
        erasures_waiting,
        events,
    })
}
