//! The EKJ report, as the programme has always reported: each cohort's organisations,
//! their development projects' topics and the certificates each organisation's people
//! received, with the total; and every cohort side by side. Counted from the
//! certificates granted and not revoked; a chart above each table, CSV and Excel.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::{certificates::may_see_reports, coaching::Enrolment};
use store::coaching::Cohort;

use super::cohort_years;
use crate::pages::org_name;
use crate::{
    AppError, AppState, PageCtx,
    charts::horizontal_bars,
    coaching::seen_cohort,
    error::AppResult,
    export::{self, Cell, Table},
    render::render,
};

/// A cohort's organisations, their projects' topics and certificates.
async fn cohort_table(ctx: &PageCtx, state: &AppState, cohort: &Cohort) -> AppResult<Table> {
    let orgs = state.store.organisations().all().await?;
    let projects = state.store.coaching().projects(cohort.id).await?;
    let certificates = state
        .store
        .certificates()
        .of_cohort(Some(cohort.id))
        .await?;
    let mut rows = Vec::new();
    let mut total = 0;
    for org in &cohort.organisations {
        let n = certificates
            .iter()
            .filter(|c| c.is_valid() && c.organisation_id == *org)
            .count();
        total += n;
        let topic = projects
            .iter()
            .find(|p| p.organisation_id == *org)
            .map(|p| p.title(ctx.lang).to_owned())
            .unwrap_or_default();
        rows.push(vec![
            Cell::Text(org_name(&orgs, *org, ctx.lang)),
            Cell::Text(topic),
            Cell::count(n),
        ]);
    }
    rows.push(vec![
        Cell::Text(ctx.t("report-total")),
        Cell::Text(String::new()),
        Cell::count(total),
    ]);
    Ok(Table {
        title: format!("{}: {}", ctx.t("ekj-report-title"), cohort_years(cohort)),
        header: vec![
            ctx.t("cohort-organisation"),
            ctx.t("ekj-report-topic"),
            ctx.t("ekj-report-certificates"),
        ],
        rows,
    })
}

/// The bars of a table's rows but the total: (label, figure) from two of its columns.
fn bars(table: &Table, label: usize, figure: usize) -> Vec<(String, f64, String)> {
    let body = &table.rows[..table.rows.len().saturating_sub(1)];
    body.iter()
        .filter_map(|row| match (&row[label], &row[figure]) {
            (Cell::Text(l), Cell::Number(n)) => Some((l.clone(), *n, format!("{n:.0}"))),
            _ => None,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "certificates/report.html")]
struct ReportPage {
    ctx: PageCtx,
    table: Table,
    chart: String,
    /// The CSV and Excel addresses; none for the side-by-side page.
    downloads: Option<String>,
}

async fn seen_report(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<Cohort> {
    let seen = seen_cohort(ctx, state, code).await?;
    if may_see_reports(&seen.who) {
        Ok(seen.cohort)
    } else {
        Err(AppError::not_found())
    }
}

pub async fn cohort(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let cohort = seen_report(&ctx, &state, &code).await?;
    let table = cohort_table(&ctx, &state, &cohort).await?;
    let chart = horizontal_bars(&bars(&table, 0, 2), &table.title);
    let path = format!("/coaching/{}/ekj-report", cohort.code);
    render(ReportPage {
        downloads: Some(ctx.href(&path)),
        ctx: ctx.at(&path),
        table,
        chart,
    })
}

pub async fn cohort_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let cohort = seen_report(&ctx, &state, &code).await?;
    let table = cohort_table(&ctx, &state, &cohort).await?;
    export::csv(&table, &format!("{}-certificates.csv", cohort.code))
}

pub async fn cohort_xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let cohort = seen_report(&ctx, &state, &code).await?;
    let table = cohort_table(&ctx, &state, &cohort).await?;
    export::xlsx(&[table], &format!("{}-certificates.xlsx", cohort.code))
}

/// Every cohort side by side: participants, organisations, certificates.
pub async fn all_cohorts(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !may_see_reports(&who) {
        return Err(AppError::not_found());
    }
    let coaching = state.store.coaching();
    let certificates = state.store.certificates().of_cohort(None).await?;
    let mut cohorts = coaching.cohorts().await?;
    cohorts.sort_by_key(|c| c.starts_on);
    let mut rows = Vec::new();
    let mut totals = [0usize; 2];
    for cohort in &cohorts {
        let people = coaching
            .participants(cohort.id)
            .await?
            .iter()
            .filter(|p| p.enrolment == Enrolment::Confirmed)
            .count();
        let granted = certificates
            .iter()
            .filter(|c| c.cohort_id == cohort.id && c.is_valid())
            .count();
        totals[0] += people;
        totals[1] += granted;
        rows.push(vec![
            Cell::Text(cohort_years(cohort)),
            Cell::count(people),
            Cell::count(cohort.organisations.len()),
            Cell::count(granted),
        ]);
    }
    rows.push(vec![
        Cell::Text(ctx.t("report-total")),
        Cell::count(totals[0]),
        Cell::Text(String::new()),
        Cell::count(totals[1]),
    ]);
    let table = Table {
        title: ctx.t("ekj-report-all"),
        header: vec![
            ctx.t("ekj-report-cohort"),
            ctx.t("cohort-participants"),
            ctx.t("cohort-organisations-count"),
            ctx.t("ekj-report-certificates"),
        ],
        rows,
    };
    let chart = horizontal_bars(&bars(&table, 0, 3), &table.title);
    render(ReportPage {
        ctx: ctx.at("/certificates/report"),
        table,
        chart,
        downloads: None,
    })
}
