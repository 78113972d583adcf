//! The checklists and the granting: a participant's live checklist, the cohort's grid
//! of participants and criteria, where the certifier grants the certificates (one by
//! one, or every eligible participant on a ceremony day; a participant who misses a
//! criterion only with a written reason), and revokes or reissues one; the certifier's
//! list of every certificate.

use std::collections::BTreeMap;

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use chrono::Utc;
use domain::{
    certificates::{
        Check, Criteria, Facts, checklist, may_certify, may_see_checklist, may_see_checklist_grid,
        meets, parse_reason,
    },
    coaching::{Enrolment, may_run_cohorts, parse_date},
};
use store::{
    Organisation,
    certificates::Certificate,
    coaching::{Cohort, Participant},
};

use super::criterion_label;
use crate::pages::{day, org_name};
use crate::{
    AppError, AppState, PageCtx,
    coaching::{Seen, seen_cohort},
    error::AppResult,
    form::Form,
    render::{render, render_form},
};

/// One participant's row of the grid.
pub(crate) struct Row {
    pub person: Participant,
    pub checks: Vec<Check>,
    pub certificate: Option<Certificate>,
}

impl Row {
    pub fn eligible(&self) -> bool {
        meets(&self.checks)
    }
}

/// Every confirmed participant's checklist and certificate.
pub(crate) async fn rows(state: &AppState, cohort: &Cohort) -> AppResult<(Criteria, Vec<Row>)> {
    let certificates = state.store.certificates();
    let criteria = certificates.criteria(cohort.id).await?;
    let facts = certificates.facts(cohort).await?;
    let granted = certificates.of_cohort(Some(cohort.id)).await?;
    let people = state
        .store
        .coaching()
        .participants(cohort.id)
        .await?
        .into_iter()
        .filter(|p| p.enrolment == Enrolment::Confirmed);
    Ok((
        criteria,
        people
            .map(|person| Row {
                checks: checklist(
                    criteria,
                    facts
                        .get(&person.user_id)
                        .copied()
                        .unwrap_or(Facts::default()),
                ),
                certificate: granted
                    .iter()
                    .find(|c| c.user_id == Some(person.user_id))
                    .cloned(),
                person,
            })
            .collect(),
    ))
}

// One participant's checklist -----------------------------------------------------------------

#[derive(Template)]
#[template(path = "certificates/checklist.html")]
struct ChecklistPage {
    ctx: PageCtx,
    seen: Seen,
    criteria: Criteria,
    row: Row,
    own: bool,
}

impl ChecklistPage {
    fn label(&self, c: &Check) -> String {
        criterion_label(&self.ctx, c.criterion, &self.criteria)
    }

    fn public(&self, c: &Certificate) -> String {
        self.ctx.href(&format!("/certificates/{}", c.code))
    }

    fn date(&self, c: &Certificate) -> String {
        day(c.issued_on)
    }
}

async fn checklist_page(
    ctx: PageCtx,
    state: &AppState,
    seen: Seen,
    user: i32,
    path: &str,
) -> AppResult<Response> {
    let (criteria, rows) = rows(state, &seen.cohort).await?;
    let row = rows
        .into_iter()
        .find(|r| r.person.user_id == user)
        .ok_or_else(AppError::not_found)?;
    if !may_see_checklist(
        &seen.who,
        seen.cohort.tie(seen.participant),
        user,
        row.person.organisation_id,
    ) {
        return Err(AppError::not_found());
    }
    let own = user == seen.who.user_id;
    render(ChecklistPage {
        ctx: ctx.at(path),
        seen,
        criteria,
        row,
        own,
    })
}

pub async fn own_checklist(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    if !seen.participant {
        return Err(AppError::not_found());
    }
    let path = format!("/coaching/{}/certificate", seen.cohort.code);
    let me = seen.who.user_id;
    checklist_page(ctx, &state, seen, me, &path).await
}

pub async fn checklist_of(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let user: i32 = user.parse().map_err(|_| AppError::not_found())?;
    let path = format!(
        "/coaching/{}/participants/{user}/certificate",
        seen.cohort.code
    );
    checklist_page(ctx, &state, seen, user, &path).await
}

// The cohort's grid, and granting ----------------------------------------------------------

#[derive(Template)]
#[template(path = "certificates/grid.html")]
struct GridPage {
    ctx: PageCtx,
    seen: Seen,
    criteria: Criteria,
    rows: Vec<Row>,
    organisations: Vec<Organisation>,
    certifies: bool,
    form: Form,
}

impl GridPage {
    fn org(&self, id: &i32) -> String {
        org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn label(&self, c: &Check) -> String {
        criterion_label(&self.ctx, c.criterion, &self.criteria)
    }

    /// The criteria the cohort states, as the grid's columns.
    fn columns(&self) -> Vec<String> {
        self.rows
            .first()
            .map(|r| r.checks.iter().map(|c| self.label(c)).collect())
            .unwrap_or_default()
    }

    fn eligible_waiting(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.eligible() && r.certificate.is_none())
            .count()
    }

    fn granted(&self) -> usize {
        self.rows.iter().filter(|r| r.certificate.is_some()).count()
    }

    fn reason_field(&self, r: &Row) -> String {
        format!("reason-{}", r.person.user_id)
    }

    fn chosen(&self, r: &Row) -> bool {
        self.form.has("user", &r.person.user_id.to_string())
    }

    fn public(&self, c: &Certificate) -> String {
        self.ctx.href(&format!("/certificates/{}", c.code))
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}", self.seen.cohort.code))
    }

    fn runs(&self) -> bool {
        may_run_cohorts(&self.seen.who)
    }
}

async fn seen_grid(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<Seen> {
    let seen = seen_cohort(ctx, state, code).await?;
    if may_see_checklist_grid(&seen.who, seen.cohort.tie(seen.participant)) {
        Ok(seen)
    } else {
        Err(AppError::not_found())
    }
}

async fn grid_page(ctx: PageCtx, state: &AppState, seen: Seen, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    let (criteria, rows) = rows(state, &seen.cohort).await?;
    let path = format!("/coaching/{}/certificates", seen.cohort.code);
    render_form(
        GridPage {
            ctx: ctx.at(&path),
            certifies: may_certify(&seen.who),
            organisations: state.store.organisations().all().await?,
            seen,
            criteria,
            rows,
            form,
        },
        refused,
    )
}

pub async fn grid(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_grid(&ctx, &state, &code).await?;
    let today = Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let form = Form::with_values(ctx.lang, &[("issued_on", &today)]);
    grid_page(ctx, &state, seen, form).await
}

/// Grants the chosen participants their certificates, or every eligible one: all or
/// none, a participant who misses a criterion only with the reason for the exception.
pub async fn grant(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_grid(&ctx, &state, &code).await?;
    if !may_certify(&seen.who) {
        return Err(AppError::forbidden());
    }
    let issued_on = form.parse("issued_on", parse_date);
    let (_, rows) = rows(&state, &seen.cohort).await?;
    let all_eligible = form.has("action", "all_eligible");
    let chosen: Vec<&Row> = rows
        .iter()
        .filter(|r| r.certificate.is_none())
        .filter(|r| {
            if all_eligible {
                r.eligible()
            } else {
                form.has("user", &r.person.user_id.to_string())
            }
        })
        .collect();
    if chosen.is_empty() {
        form.refuse("issued_on", "error-certificate-none-chosen");
    }
    let mut grants = Vec::new();
    for row in &chosen {
        let exception = if row.eligible() {
            None
        } else {
            form.parse(&format!("reason-{}", row.person.user_id), parse_reason)
        };
        grants.push((row.person.user_id, exception, row.eligible()));
    }
    let Some(issued_on) = issued_on.filter(|_| form.is_valid()) else {
        return grid_page(ctx, &state, seen, form).await;
    };
    let mut new = 0;
    for (user, exception, _) in grants {
        let (_, granted) = state
            .store
            .certificates()
            .grant(
                (seen.cohort.id, user),
                (seen.who.org_id, issued_on),
                exception.as_deref(),
                Some(seen.who.user_id),
            )
            .await?;
        new += usize::from(granted);
    }
    ctx.flash(if new == 1 {
        "certificate-granted-one"
    } else {
        "certificate-granted"
    });
    Ok(ctx.redirect(&format!("/coaching/{}/certificates", seen.cohort.code)))
}

/// A coordinator states the cohort's criteria.
pub async fn set_criteria(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let seen = seen_grid(&ctx, &state, &code).await?;
    if !may_run_cohorts(&seen.who) {
        return Err(AppError::forbidden());
    }
    let min_forums = form.parse("min_forums", |raw| match raw.trim().parse::<i32>() {
        Ok(n) if (0..=seen.cohort.forums).contains(&n) => Ok(n),
        _ => Err(domain::Invalid {
            message_id: "error-certificate-forums",
        }),
    });
    let Some(min_forums) = min_forums else {
        return grid_page(ctx, &state, seen, form).await;
    };
    let criteria = Criteria {
        min_forums,
        tasks: form.has("tasks", "yes"),
        certificate_work: form.has("certificate_work", "yes"),
        assessments: form.has("assessments", "yes"),
        evaluation: form.has("evaluation", "yes"),
    };
    state
        .store
        .certificates()
        .set_criteria(seen.cohort.id, criteria, Some(seen.who.user_id))
        .await?;
    ctx.flash("certificate-criteria-saved");
    Ok(ctx.redirect(&format!("/coaching/{}/certificates", seen.cohort.code)))
}

/// A certificate the certifier manages, by its code; 404 for everyone else.
async fn managed(ctx: &PageCtx, state: &AppState, code: &str) -> AppResult<(Certificate, i32)> {
    let who = ctx.require_user()?.principal();
    if !may_certify(&who) {
        return Err(AppError::not_found());
    }
    let cert = state
        .store
        .certificates()
        .by_code(code)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((cert, who.user_id))
}

/// Revokes a certificate with its reason; the public page then says when.
pub async fn revoke(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (cert, author) = managed(&ctx, &state, &code).await?;
    let Some(reason) = form.parse("reason", parse_reason) else {
        return super::public::page_of(ctx, &state, cert, form).await;
    };
    state
        .store
        .certificates()
        .revoke(cert.id, Utc::now().date_naive(), &reason, Some(author))
        .await?;
    ctx.flash("certificate-revoked");
    Ok(ctx.redirect(&format!("/certificates/{}", cert.code)))
}

/// Reissues a certificate with the holder's name as it is now; the code stays.
pub async fn reissue(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let (cert, author) = managed(&ctx, &state, &code).await?;
    state
        .store
        .certificates()
        .reissue(cert.id, Some(author))
        .await?;
    ctx.flash("certificate-reissued");
    Ok(ctx.redirect(&format!("/certificates/{}", cert.code)))
}

// The certifier's list -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "certificates/all.html")]
struct AllPage {
    ctx: PageCtx,
    /// (cohort, its certificates)
    cohorts: Vec<(Cohort, Vec<Certificate>)>,
    organisations: Vec<Organisation>,
}

impl AllPage {
    fn org(&self, id: &i32) -> String {
        org_name(&self.organisations, *id, self.ctx.lang)
    }

    fn date(&self, d: &chrono::NaiveDate) -> String {
        day(*d)
    }

    fn valid(&self, certs: &[Certificate]) -> usize {
        certs.iter().filter(|c| c.is_valid()).count()
    }
}

pub async fn all(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !may_certify(&who) {
        return Err(AppError::not_found());
    }
    let mut by_cohort: BTreeMap<i32, Vec<Certificate>> = BTreeMap::new();
    for c in state.store.certificates().of_cohort(None).await? {
        by_cohort.entry(c.cohort_id).or_default().push(c);
    }
    let cohorts = state
        .store
        .coaching()
        .cohorts()
        .await?
        .into_iter()
        .map(|c| {
            let certs = by_cohort.remove(&c.id).unwrap_or_default();
            (c, certs)
        })
        .collect();
    render(AllPage {
        ctx: ctx.at("/certificates"),
        cohorts,
        organisations: state.store.organisations().all().await?,
    })
}
