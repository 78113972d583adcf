//! The KunTeko workplace-development programme's sparring rounds: coordinators open a
//! round with its pool of days, rubric and sparrers; HR developers apply for their
//! organisation; reviewers score; the allocation board ranks and previews; the frozen
//! decision is re-run by anyone from its stored inputs; each applicant gets a letter
//! with their own figures, may ask for reconsideration, and records the days held.

mod applications;
mod notices;
mod rounds;

use std::collections::BTreeMap;

use axum::{
    Router,
    routing::{get, post},
};
use domain::{
    Lang,
    development::{Applicant, ReviewStatus, mean_score, weighted},
};
use store::{
    Organisation,
    development::{Application, Review, Round},
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
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/sparring", get(rounds::list))
        .route("/sparring/new", get(rounds::new).post(rounds::create))
        .route("/sparring/{round}", get(rounds::show))
        .route("/sparring/{round}/criteria", post(rounds::add_criterion))
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

pub(crate) fn region_label(lang: Lang, region: Option<domain::Region>) -> String {
    match region {
        Some(r) => crate::i18n::t(lang, &format!("region-{}", r.as_str())),
        None => crate::i18n::t(lang, "region-none"),
    }
}

/// Each application's score: the mean of its scoring reviewers' weighted scores.
pub(crate) fn scores(round: &Round, reviews: &[Review]) -> BTreeMap<i32, Option<f64>> {
    let mut by_app: BTreeMap<i32, Vec<f64>> = BTreeMap::new();
    for r in reviews.iter().filter(|r| r.status == ReviewStatus::Scored) {
        let weighted_scores: Vec<(f64, i32)> = round
            .rubric
            .iter()
            .filter_map(|c| r.scores.get(&c.id).map(|s| (f64::from(c.weight), *s)))
            .collect();
        if let Some(w) = weighted(&weighted_scores) {
            by_app.entry(r.application_id).or_default().push(w);
        }
    }
    by_app
        .into_iter()
        .map(|(app, ws)| (app, mean_score(&ws)))
        .collect()
}

/// The round's applications as the allocation rule takes them.
pub(crate) fn applicants(
    round: &Round,
    apps: &[Application],
    reviews: &[Review],
    orgs: &[Organisation],
) -> Vec<Applicant> {
    let scores = scores(round, reviews);
    apps.iter()
        .map(|a| {
            let org = orgs.iter().find(|o| o.id == a.organisation_id);
            Applicant {
                id: a.id,
                eligible: org.is_some_and(|o| round.eligible(o.kind)),
                region: org
                    .and_then(|o| o.region)
                    .map(|r| r.as_str().to_owned())
                    .unwrap_or_default(),
                days_asked: a.days_asked,
                score: scores.get(&a.id).copied().flatten(),
            }
        })
        .collect()
}

/// The seed of a round's draw: its applications in order and its published value.
pub(crate) fn round_seed(round: &Round, apps: &[Application]) -> String {
    let ids: Vec<i32> = apps.iter().map(|a| a.id).collect();
    domain::development::seed(&ids, &round.published_value)
}

/// "3.8"
pub(crate) fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.2}"))
}
