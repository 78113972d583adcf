//! The administration area: organisations, people and their roles, and the audit log.
//! Only administrators enter.

mod audit;
mod organisations;
mod people;

use askama::Template;
use axum::{Extension, Router, response::Response, routing::get};
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
    events: Vec<AuditEvent>,
}

async fn home(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let organisations = state.store.organisations().all().await?.len();
    let people = state.store.accounts().users(None).await?.len();
    let events = state.store.audit_events(20).await?;
    render(AdminHome {
        ctx,
        organisations,
        people,
        events,
    })
}
