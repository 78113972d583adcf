//! The KunTeko workplace-development programme's sparring rounds: coordinators open a
//! round with its pool of days, rubric and sparrers; HR developers apply for their
//! organisation; reviewers score; the allocation board ranks and previews; the frozen
//! decision is re-run by anyone from its stored inputs; each applicant gets a letter
//! with their own figures, may ask for reconsideration, and records the days held.

mod applications;
mod notices;
mod rounds;

pub(crate) use applications::letter;

use axum::{
    Router,
    routing::{get, post},
};

use crate::{
    AppState,
    feature::{Feature, NavEntry},
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: notices::JOBS,
    nav: &[NavEntry {
        order: 30,
        path: "/sparring",
        label: "nav-sparring",
        shown: domain::development::works_with_sparring,
        public: false,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/sparring", get(rounds::list))
        .route("/sparring/new", get(rounds::new).post(rounds::create))
        .route("/sparring/{round}", get(rounds::show))
        .route("/sparring/{round}/criteria", post(rounds::add_criterion))
        .route("/sparring/{round}/schedule", post(rounds::schedule))
        .route(
            "/sparring/{round}/apply",
            get(applications::form).post(applications::apply),
        )
        .route("/sparring/{round}/allocation", get(rounds::allocation))
        .route("/sparring/{round}/freeze", post(rounds::freeze))
        .route("/sparring/{round}/decision", get(rounds::decision))
        .route("/sparring/{round}/report", get(rounds::report))
        .route("/sparring/{round}/report.csv", get(rounds::report_csv))
        .route("/sparring/{round}/report.xlsx", get(rounds::report_xlsx))
        .route("/sparring/applications/{app}", get(applications::show))
        .route(
            "/sparring/applications/{app}/reviewers",
            post(applications::assign),
        )
        .route(
            "/sparring/applications/{app}/review",
            post(applications::review),
        )
        .route(
            "/sparring/applications/{app}/days",
            post(applications::grant_days),
        )
        .route(
            "/sparring/applications/{app}/reconsideration",
            post(applications::reconsider),
        )
        .route(
            "/sparring/reconsiderations/{id}/answer",
            post(applications::answer),
        )
        .route(
            "/sparring/applications/{app}/held",
            post(applications::held),
        )
}

/// "3.8"
pub(crate) fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.2}"))
}
