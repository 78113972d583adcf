//! A cohort's reports: its participants by organisation, sector and level; attendance
//! at its forums by forum and organisation; and the feedback after each forum side by
//! side, per organisation where at least five answered, with the comments without
//! names. Each is a chart above its table, and goes out as CSV or as one workbook.
//! Coordinators and coaches see every organisation, an HR developer their own.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    response::Response,
};
use domain::coaching::{Enrolment, Level, Sector};

use super::{
    Seen,
    participants::{level_label, sector_label},
    seen_with_people,
};
use crate::{
    AppError, AppState, PageCtx,
    charts::horizontal_bars,
    error::AppResult,
    export::{self, Cell, Table},
    render::render,
};

/// At least this many answers before an organisation's own figures are shown, so that
/// no one's answer can be told apart.
const FEWEST_ANSWERS: usize = 5;

struct Reports {
    participants: Table,
    attendance: Table,
    feedback: Table,
    participants_chart: String,
    attendance_chart: String,
    feedback_chart: String,
    /// (forum, comments) without names.
    comments: Vec<(String, Vec<String>)>,
}

fn average(ratings: &[i32]) -> Option<f64> {
    (!ratings.is_empty()).then(|| f64::from(ratings.iter().sum::<i32>()) / ratings.len() as f64)
}

async fn reports(ctx: &PageCtx, state: &AppState, seen: &Seen) -> AppResult<Reports> {
    let lang = ctx.lang;
    let coaching = state.store.coaching();
    let organisations = state.store.organisations().all().await?;
    let visible: Vec<i32> = seen
        .cohort
        .organisations
        .iter()
        .copied()
        .filter(|o| seen.may_see_people_of(*o))
        .collect();
    let name = |id: i32| super::org_name(&organisations, id, lang);
    let people: Vec<_> = coaching
        .participants(seen.cohort.id)
        .await?
        .into_iter()
        .filter(|p| p.enrolment == Enrolment::Confirmed && visible.contains(&p.organisation_id))
        .collect();

    let mut header = vec![ctx.t("cohort-organisation")];
    header.extend(Sector::ALL.iter().map(|s| sector_label(ctx, *s)));
    header.extend(Level::ALL.iter().map(|l| level_label(ctx, *l)));
    header.push(ctx.t("report-total"));
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for org in &visible {
        let mine: Vec<_> = people
            .iter()
            .filter(|p| p.organisation_id == *org)
            .collect();
        let mut row = vec![Cell::Text(name(*org))];
        row.extend(
            Sector::ALL
                .iter()
                .map(|s| Cell::count(mine.iter().filter(|p| p.sector == *s).count())),
        );
        row.extend(
            Level::ALL
                .iter()
                .map(|l| Cell::count(mine.iter().filter(|p| p.level == *l).count())),
        );
        row.push(Cell::count(mine.len()));
        rows.push(row);
        bars.push((name(*org), mine.len() as f64, mine.len().to_string()));
    }
    let participants = Table {
        title: ctx.t("report-participants"),
        header,
        rows,
    };
    let participants_chart = horizontal_bars(&bars, &participants.title);

    let forums = coaching.forums(seen.cohort.id).await?;
    let forum_name = |position: i32, title: &str| format!("{position}. {title}");
    let attended = coaching.forum_attendance(seen.cohort.id).await?;
    let mut header = vec![ctx.t("cohort-forums")];
    header.extend(visible.iter().map(|o| name(*o)));
    header.push(ctx.t("report-total"));
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for f in &forums {
        let title = forum_name(f.position, f.event.title(lang));
        let counts: Vec<usize> = visible
            .iter()
            .map(|o| attended.get(&(f.event.id, *o)).copied().unwrap_or(0))
            .collect();
        let total: usize = counts.iter().sum();
        let mut row = vec![Cell::Text(title.clone())];
        row.extend(counts.into_iter().map(Cell::count));
        row.push(Cell::count(total));
        rows.push(row);
        bars.push((title, total as f64, total.to_string()));
    }
    let attendance = Table {
        title: ctx.t("report-attendance"),
        header,
        rows,
    };
    let attendance_chart = horizontal_bars(&bars, &attendance.title);

    let answers = coaching.forum_feedback(seen.cohort.id).await?;
    let mut header = vec![
        ctx.t("cohort-forums"),
        ctx.t("report-answers"),
        ctx.t("report-average"),
    ];
    header.extend(visible.iter().map(|o| name(*o)));
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    let mut comments = Vec::new();
    for f in &forums {
        let title = forum_name(f.position, f.event.title(lang));
        let of_forum: Vec<_> = answers
            .iter()
            .filter(|a| a.event_id == f.event.id)
            .collect();
        let ratings: Vec<i32> = of_forum.iter().map(|a| a.rating).collect();
        let overall = average(&ratings);
        let mut row = vec![
            Cell::Text(title.clone()),
            Cell::count(ratings.len()),
            overall.map_or(Cell::Text("–".into()), Cell::Number),
        ];
        for org in &visible {
            let theirs: Vec<i32> = of_forum
                .iter()
                .filter(|a| a.organisation_id == *org)
                .map(|a| a.rating)
                .collect();
            row.push(if theirs.len() >= FEWEST_ANSWERS {
                average(&theirs).map_or(Cell::Text("–".into()), Cell::Number)
            } else {
                Cell::Text(ctx.t("report-too-few"))
            });
        }
        rows.push(row);
        bars.push((
            title.clone(),
            overall.unwrap_or(0.0),
            overall.map_or("–".to_owned(), |a| format!("{a:.1}")),
        ));
        let texts: Vec<String> = of_forum
            .iter()
            .filter(|a| visible.contains(&a.organisation_id) && !a.comment.is_empty())
            .map(|a| a.comment.clone())
            .collect();
        if !texts.is_empty() {
            comments.push((title, texts));
        }
    }
    let feedback = Table {
        title: ctx.t("report-feedback"),
        header,
        rows,
    };
    let feedback_chart = horizontal_bars(&bars, &feedback.title);
    Ok(Reports {
        participants,
        attendance,
        feedback,
        participants_chart,
        attendance_chart,
        feedback_chart,
        comments,
    })
}

#[derive(Template)]
#[template(path = "coaching/report.html")]
struct Page {
    ctx: PageCtx,
    seen: Seen,
    reports: Reports,
}

impl Page {
    fn tables(&self) -> [(&'static str, &Table, &String); 3] {
        [
            (
                "participants",
                &self.reports.participants,
                &self.reports.participants_chart,
            ),
            (
                "attendance",
                &self.reports.attendance,
                &self.reports.attendance_chart,
            ),
            (
                "feedback",
                &self.reports.feedback,
                &self.reports.feedback_chart,
            ),
        ]
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/coaching/{}", self.seen.cohort.code))
    }
}

pub async fn page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    let reports = reports(&ctx, &state, &seen).await?;
    let path = format!("/coaching/{}/report", seen.cohort.code);
    render(Page {
        ctx: ctx.at(&path),
        seen,
        reports,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Which {
    table: String,
}

/// One table as CSV: `?table=participants`, `attendance` or `feedback`.
pub async fn csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    Query(which): Query<Which>,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    let reports = reports(&ctx, &state, &seen).await?;
    let table = match which.table.as_str() {
        "participants" => &reports.participants,
        "attendance" => &reports.attendance,
        "feedback" => &reports.feedback,
        _ => return Err(AppError::not_found()),
    };
    export::csv(table, &format!("{}-{}.csv", seen.cohort.code, which.table))
}

/// Every table, a sheet each.
pub async fn xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_with_people(&ctx, &state, &code).await?;
    let reports = reports(&ctx, &state, &seen).await?;
    export::xlsx(
        &[reports.participants, reports.attendance, reports.feedback],
        &format!("{}.xlsx", seen.cohort.code),
    )
}

#[cfg(test)]
mod tests {
    use super::average;

    #[test]
    fn the_average_of_none_is_none() {
        assert_eq!(average(&[]), None);
        assert_eq!(average(&[4, 5]), Some(4.5));
    }
}
