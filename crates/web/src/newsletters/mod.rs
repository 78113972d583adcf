//! The newsletters: the public archive, subscribing with double opt-in and leaving in
//! one click (RFC 8058), the coordinators' writing, previews, test sends, sending and
//! scheduling, and the subscriber figures.

mod manage;
mod public;
mod sending;

use axum::{
    Router,
    routing::{get, post},
};

use crate::{
    AppState,
    feature::{Feature, NavEntry, everyone},
};

pub(crate) use public::one_click;

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: sending::JOBS,
    nav: &[NavEntry {
        order: 37,
        path: "/newsletters",
        label: "nav-newsletters",
        shown: everyone,
        public: true,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/newsletters", get(public::archive))
        .route("/newsletters/subscribe", post(public::subscribe))
        .route(
            "/newsletters/confirm/{secret}",
            get(public::confirm_form).post(public::confirm),
        )
        .route(
            "/newsletters/unsubscribe/{secret}",
            get(public::leave_form).post(public::leave),
        )
        .route("/newsletters/manage", get(manage::list))
        .route("/newsletters/new", get(manage::new).post(manage::create))
        .route("/newsletters/subscribers", get(manage::subscribers))
        .route("/newsletters/subscribers.csv", get(manage::subscribers_csv))
        .route("/newsletters/{newsletter}", get(public::show))
        .route(
            "/newsletters/{newsletter}/edit",
            get(manage::edit).post(manage::update),
        )
        .route(
            "/newsletters/{newsletter}/preview/{lang}",
            get(manage::preview),
        )
        .route("/newsletters/{newsletter}/test", post(manage::test))
        .route("/newsletters/{newsletter}/send", post(manage::send))
        .route("/newsletters/{newsletter}/schedule", post(manage::schedule))
        .route("/newsletters/{newsletter}/resume", post(manage::resume))
        .route("/newsletters/{newsletter}/images", post(manage::add_image))
        .route(
            "/newsletters/{newsletter}/unschedule",
            post(manage::unschedule),
        )
}

/// A newsletter's id from its address; anything else is a missing page.
fn id_of(raw: &str) -> crate::error::AppResult<i32> {
    raw.parse().map_err(|_| crate::AppError::not_found())
}
