//! EKJ certificates: a participant's live checklist, the cohort's checklist grid where
//! the certifier grants (one by one or every eligible participant on a ceremony day, an
//! exception with its written reason), revokes and reissues; the holder's own
//! certificates; the public proof anyone can check (page, credential, DID document,
//! status list); and the EKJ report of certificates per organisation.

pub(crate) mod credential;
mod grant;
mod notices;
pub(crate) mod public;
mod report;

use axum::{
    Router,
    routing::{get, post},
};
use domain::{
    Lang,
    certificates::{Criteria, Criterion, may_certify},
};
use store::{certificates::Certificate, coaching::Cohort};

use crate::{
    AppState, PageCtx,
    feature::{Feature, NavEntry},
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: Some(public::root_routes),
    jobs: notices::JOBS,
    nav: &[NavEntry {
        order: 29,
        path: "/certificates",
        label: "nav-certificates",
        shown: may_certify,
        public: false,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/certificates", get(grant::all))
        .route("/certificates/mine", get(public::mine))
        .route("/certificates/check", get(public::check))
        .route("/certificates/report", get(report::all_cohorts))
        .route("/certificates/{code}", get(public::page))
        .route("/certificates/{code}/revoke", post(grant::revoke))
        .route("/certificates/{code}/reissue", post(grant::reissue))
        .route("/coaching/{code}/certificate", get(grant::own_checklist))
        .route(
            "/coaching/{code}/participants/{user}/certificate",
            get(grant::checklist_of),
        )
        .route(
            "/coaching/{code}/certificates",
            get(grant::grid).post(grant::grant),
        )
        .route(
            "/coaching/{code}/certificates/criteria",
            post(grant::set_criteria),
        )
        .route("/coaching/{code}/ekj-report", get(report::cohort))
        .route("/coaching/{code}/ekj-report.csv", get(report::cohort_csv))
        .route("/coaching/{code}/ekj-report.xlsx", get(report::cohort_xlsx))
}

/// A criterion as the checklists, the page and the PDF say it; the forums' with the
/// number the cohort asks.
pub(crate) fn criterion_label(ctx: &PageCtx, c: Criterion, criteria: &Criteria) -> String {
    match c {
        Criterion::Forums => ctx.t1(
            "criterion-forums",
            "count",
            &criteria.min_forums.to_string(),
        ),
        _ => ctx.t(&format!("criterion-{}", c.as_str().replace('_', "-"))),
    }
}

/// The public page of a certificate, in a language.
pub(crate) fn public_path(lang: Lang, cert: &Certificate) -> String {
    format!("/{}/certificates/{}", lang.code(), cert.code)
}

/// "EKJ3, 2017–2018"
pub(crate) fn cohort_years(cohort: &Cohort) -> String {
    use chrono::Datelike;
    let (a, b) = (cohort.starts_on.year(), cohort.ends_on.year());
    if a == b {
        format!("{}, {a}", cohort.code)
    } else {
        format!("{}, {a}–{b}", cohort.code)
    }
}
