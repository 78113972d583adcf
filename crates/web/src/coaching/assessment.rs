//! The self-assessment of one's own leadership, at the start of the programme and at
//! its end: the participant rates the instrument's statements (1–5, with a comment) and
//! sees start and end side by side per area; their coach and the certifier see one
//! person's answers; everyone else who sees the cohort's people sees only areas'
//! means of at least five people, per organisation where no hidden group can be worked
//! out (`domain::disclosure`).

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use chrono::Utc;
use domain::{
    Role,
    coaching::assessment::{
        Area, Phase, STATEMENTS, area_means, may_see_answers_of, may_take, parse_comment,
        parse_rating,
    },
    disclosure,
};
use store::coaching::{Rating, SelfAssessment};

use super::{Seen, seen_cohort};
use crate::{
    AppError, AppState, PageCtx,
    charts::horizontal_bars,
    error::AppResult,
    export::{Cell, Table},
    form::Form,
    render::{render, render_form},
};

fn area_label(ctx: &PageCtx, area: Area) -> String {
    ctx.t(&format!("area-{}", area.as_str().replace('_', "-")))
}

fn phase_label(ctx: &PageCtx, phase: Phase) -> String {
    ctx.t(&format!("assessment-phase-{}", phase.as_str()))
}

/// One person's areas, start and end side by side, as a table and a chart.
fn comparison(ctx: &PageCtx, assessments: &[SelfAssessment]) -> (Table, String) {
    let of = |phase| {
        assessments
            .iter()
            .find(|a| a.phase == phase)
            .map(|a| area_means(&a.pairs()))
            .unwrap_or_default()
    };
    let (start, end) = (of(Phase::Start), of(Phase::End));
    let mean_in =
        |means: &[(Area, f64)], area| means.iter().find(|(a, _)| *a == area).map(|(_, m)| *m);
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for area in Area::ALL {
        let (s, e) = (mean_in(&start, *area), mean_in(&end, *area));
        let shown = |m: Option<f64>| m.map_or(Cell::Text("–".into()), Cell::Number);
        let change = match (s, e) {
            (Some(s), Some(e)) => Cell::Text(format!("{:+.1}", e - s)),
            _ => Cell::Text("–".into()),
        };
        rows.push(vec![
            Cell::Text(area_label(ctx, *area)),
            shown(s),
            shown(e),
            change,
        ]);
        for (phase, m) in [(Phase::Start, s), (Phase::End, e)] {
            if let Some(m) = m {
                bars.push((
                    format!("{} – {}", area_label(ctx, *area), phase_label(ctx, phase)),
                    m,
                    format!("{m:.1}"),
                ));
            }
        }
    }
    let table = Table {
        title: ctx.t("assessment-comparison"),
        header: vec![
            ctx.t("assessment-area"),
            phase_label(ctx, Phase::Start),
            phase_label(ctx, Phase::End),
            ctx.t("assessment-change"),
        ],
        rows,
    };
    let chart = horizontal_bars(&bars, &table.title);
    (table, chart)
}

// One's own ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/assessment.html")]
struct OwnPage {
    ctx: PageCtx,
    seen: Seen,
    /// Whose answers: the reader's own, or a participant's for their coach or the
    /// certifier.
    whose: Option<String>,
    assessments: Vec<SelfAssessment>,
    table: Table,
    chart: String,
    end_opens: String,
    end_open: bool,
}

impl OwnPage {
    fn done(&self, phase: &str) -> Option<String> {
        self.assessments
            .iter()
            .find(|a| a.phase.as_str() == phase)
            .map(|a| self.ctx.time(&a.submitted_at))
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}/assessment", self.seen.cohort.code))
    }

    fn statement(&self, key: &str) -> String {
        self.ctx.t(&format!("statement-{key}"))
    }

    /// The comments given, by phase and statement, for the reader of one person's answers.
    fn comments(&self) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for a in &self.assessments {
            for r in a.ratings.iter().filter(|r| !r.comment.is_empty()) {
                out.push((
                    phase_label(&self.ctx, a.phase),
                    self.statement(&r.statement),
                    r.comment.clone(),
                ));
            }
        }
        out
    }
}

pub async fn own(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    if !seen.participant {
        return Err(AppError::not_found());
    }
    let assessments = state
        .store
        .coaching()
        .assessments(seen.cohort.id, Some(seen.who.user_id))
        .await?;
    let (table, chart) = comparison(&ctx, &assessments);
    let opens = seen.cohort.end_assessment_opens();
    let path = format!("/coaching/{}/assessment", seen.cohort.code);
    render(OwnPage {
        ctx: ctx.at(&path),
        end_opens: opens.format("%-d.%-m.%Y").to_string(),
        end_open: Utc::now().date_naive() >= opens,
        seen,
        whose: None,
        assessments,
        table,
        chart,
    })
}

/// One participant's answers, for their coach and the certifier; 404 for anyone else.
pub async fn of_person(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    let user: i32 = user.parse().map_err(|_| AppError::not_found())?;
    let coaching = state.store.coaching();
    let person = coaching
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .find(|p| p.user_id == user && p.enrolment == domain::coaching::Enrolment::Confirmed)
        .ok_or_else(AppError::not_found)?;
    if !may_see_answers_of(&seen.who, seen.cohort.tie(seen.participant), person.user_id) {
        return Err(AppError::not_found());
    }
    let assessments = coaching.assessments(seen.cohort.id, Some(user)).await?;
    let (table, chart) = comparison(&ctx, &assessments);
    let opens = seen.cohort.end_assessment_opens();
    let path = format!(
        "/coaching/{}/participants/{user}/assessment",
        seen.cohort.code
    );
    render(OwnPage {
        ctx: ctx.at(&path),
        end_opens: opens.format("%-d.%-m.%Y").to_string(),
        end_open: Utc::now().date_naive() >= opens,
        seen,
        whose: Some(person.name),
        assessments,
        table,
        chart,
    })
}

// Taking it -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/assessment_form.html")]
struct FormPage {
    ctx: PageCtx,
    seen: Seen,
    phase: Phase,
    form: Form,
    /// When the end assessment is not open yet: the day it opens.
    not_before: Option<String>,
}

impl FormPage {
    fn phase_name(&self) -> String {
        phase_label(&self.ctx, self.phase)
    }

    /// The statements by area: (area's label, [(key, statement's text)]).
    fn areas(&self) -> Vec<(String, Vec<(&'static str, String)>)> {
        Area::ALL
            .iter()
            .map(|area| {
                (
                    area_label(&self.ctx, *area),
                    STATEMENTS
                        .iter()
                        .filter(|(a, _)| a == area)
                        .map(|(_, key)| (*key, self.ctx.t(&format!("statement-{key}"))))
                        .collect(),
                )
            })
            .collect()
    }

    fn rating_field(&self, key: &str) -> String {
        format!("rating-{key}")
    }

    fn comment_field(&self, key: &str) -> String {
        format!("comment-{key}")
    }

    fn checked(&self, key: &str, n: &i32) -> bool {
        self.form.value(&format!("rating-{key}")) == n.to_string()
    }

    fn action(&self) -> String {
        self.ctx.href(&format!(
            "/coaching/{}/assessment/{}",
            self.seen.cohort.code,
            self.phase.as_str()
        ))
    }
}

async fn seen_phase(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    phase: &str,
) -> AppResult<(Seen, Phase)> {
    let seen = seen_cohort(ctx, state, code).await?;
    let phase = Phase::parse(phase).map_err(|_| AppError::not_found())?;
    if !seen.participant {
        return Err(AppError::not_found());
    }
    Ok((seen, phase))
}

fn form_page(ctx: PageCtx, seen: Seen, phase: Phase, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    let opens = seen.cohort.end_assessment_opens();
    let not_before = may_take(phase, Utc::now().date_naive(), opens)
        .is_err()
        .then(|| opens.format("%-d.%-m.%Y").to_string());
    let path = format!(
        "/coaching/{}/assessment/{}",
        seen.cohort.code,
        phase.as_str()
    );
    render_form(
        FormPage {
            ctx: ctx.at(&path),
            seen,
            phase,
            form,
            not_before,
        },
        refused,
    )
}

pub async fn take(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, phase)): Path<(String, String)>,
) -> AppResult<Response> {
    let (seen, phase) = seen_phase(&ctx, &state, &code, &phase).await?;
    let earlier = state
        .store
        .coaching()
        .assessments(seen.cohort.id, Some(seen.who.user_id))
        .await?
        .into_iter()
        .find(|a| a.phase == phase);
    let values: Vec<(String, String)> = earlier
        .iter()
        .flat_map(|a| &a.ratings)
        .flat_map(|r| {
            [
                (format!("rating-{}", r.statement), r.rating.to_string()),
                (format!("comment-{}", r.statement), r.comment.clone()),
            ]
        })
        .collect();
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let form = Form::with_values(ctx.lang, &pairs);
    form_page(ctx, seen, phase, form)
}

pub async fn save(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((code, phase)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let (seen, phase) = seen_phase(&ctx, &state, &code, &phase).await?;
    let opens = seen.cohort.end_assessment_opens();
    let first = STATEMENTS
        .first()
        .map(|(_, k)| format!("rating-{k}"))
        .unwrap_or_default();
    if let Err(early) = may_take(phase, Utc::now().date_naive(), opens) {
        form.refuse(&first, early.message_id);
        return form_page(ctx, seen, phase, form);
    }
    let mut ratings = Vec::new();
    for (_, key) in STATEMENTS {
        let rating = form.parse(&format!("rating-{key}"), parse_rating);
        let comment = form.parse(&format!("comment-{key}"), parse_comment);
        if let (Some(rating), Some(comment)) = (rating, comment) {
            ratings.push(Rating {
                statement: key.to_owned(),
                rating,
                comment,
            });
        }
    }
    if !form.is_valid() {
        return form_page(ctx, seen, phase, form);
    }
    state
        .store
        .coaching()
        .save_assessment(
            seen.cohort.id,
            seen.who.user_id,
            phase,
            &ratings,
            Utc::now(),
        )
        .await?;
    ctx.flash("assessment-saved");
    Ok(ctx.redirect(&format!("/coaching/{}/assessment", seen.cohort.code)))
}

// Figures of five or more ----------------------------------------------------------------

/// Who sees the cohort's self-assessment figures: those who see any of its people, and
/// the certifier.
pub(crate) fn sees_summary(seen: &Seen) -> bool {
    seen.sees_any_people() || seen.who.has(Role::Certifier)
}

#[derive(Template)]
#[template(path = "coaching/assessment_summary.html")]
struct SummaryPage {
    ctx: PageCtx,
    seen: Seen,
    tables: Vec<Table>,
    chart: Option<String>,
}

impl SummaryPage {
    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}", self.seen.cohort.code))
    }
}

/// The areas' means of a group's assessments of one phase, or "< 5" for each when
/// fewer than five took it (or the group is hidden beside others).
fn group_cells(ctx: &PageCtx, of_group: &[&SelfAssessment], hidden: bool) -> Vec<Cell> {
    let mut cells = vec![Cell::count(of_group.len())];
    if hidden || !disclosure::shows(of_group.len()) {
        cells[0] = Cell::Text(ctx.t("figure-too-few"));
        cells.extend(
            Area::ALL
                .iter()
                .map(|_| Cell::Text(ctx.t("figure-too-few"))),
        );
        return cells;
    }
    let pairs: Vec<(&str, i32)> = of_group.iter().flat_map(|a| a.pairs()).collect();
    let means = area_means(&pairs);
    cells.extend(Area::ALL.iter().map(|area| {
        means
            .iter()
            .find(|(a, _)| a == area)
            .map_or(Cell::Text("–".into()), |(_, m)| Cell::Number(*m))
    }));
    cells
}

pub async fn summary(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    if !sees_summary(&seen) {
        return Err(AppError::not_found());
    }
    let coaching = state.store.coaching();
    let organisations = state.store.organisations().all().await?;
    let people = coaching.participants(seen.cohort.id).await?;
    let assessments = coaching.assessments(seen.cohort.id, None).await?;
    let org_of = |user: i32| {
        people
            .iter()
            .find(|p| p.user_id == user)
            .map(|p| p.organisation_id)
    };
    let mut header = vec![ctx.t("cohort-organisation"), ctx.t("report-answers")];
    header.extend(Area::ALL.iter().map(|a| area_label(&ctx, *a)));
    let mut tables = Vec::new();
    let mut bars = Vec::new();
    for phase in Phase::ALL {
        let of_phase: Vec<&SelfAssessment> =
            assessments.iter().filter(|a| a.phase == *phase).collect();
        let counts: Vec<usize> = seen
            .cohort
            .organisations
            .iter()
            .map(|o| {
                of_phase
                    .iter()
                    .filter(|a| org_of(a.user_id) == Some(*o))
                    .count()
            })
            .collect();
        let hidden = disclosure::hidden_groups(&counts);
        let mut rows = Vec::new();
        let mut all = vec![Cell::Text(ctx.t("report-total"))];
        all.extend(group_cells(&ctx, &of_phase, false));
        rows.push(all);
        for (i, org) in seen.cohort.organisations.iter().enumerate() {
            if !(seen.may_see_people_of(*org) || seen.who.has(Role::Certifier)) {
                continue;
            }
            let of_org: Vec<&SelfAssessment> = of_phase
                .iter()
                .copied()
                .filter(|a| org_of(a.user_id) == Some(*org))
                .collect();
            let mut row = vec![Cell::Text(super::org_name(&organisations, *org, ctx.lang))];
            row.extend(group_cells(&ctx, &of_org, hidden[i]));
            rows.push(row);
        }
        if disclosure::shows(of_phase.len()) {
            let pairs: Vec<(&str, i32)> = of_phase.iter().flat_map(|a| a.pairs()).collect();
            for (area, m) in area_means(&pairs) {
                bars.push((
                    format!("{} – {}", area_label(&ctx, area), phase_label(&ctx, *phase)),
                    m,
                    format!("{m:.1}"),
                ));
            }
        }
        tables.push(Table {
            title: format!(
                "{}: {}",
                ctx.t("assessment-summary-title"),
                phase_label(&ctx, *phase)
            ),
            header: header.clone(),
            rows,
        });
    }
    let chart =
        (!bars.is_empty()).then(|| horizontal_bars(&bars, &ctx.t("assessment-summary-title")));
    let path = format!("/coaching/{}/assessment/summary", seen.cohort.code);
    render(SummaryPage {
        ctx: ctx.at(&path),
        seen,
        tables,
        chart,
    })
}
