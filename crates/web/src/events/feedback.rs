//! After an event: the organiser marks who attended, attendees are asked for
//! feedback (1–5 and free text), and the organiser sees the results as a chart with
//! its table, and the comments without names.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::Usefulness;
use plotters::{
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};
use store::events::{Event, Feedback};

use super::{
    organise::{begun_days, organised_event},
    visible_event, when,
};
use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, render::render};

/// Saves who attended, or who attended each day of a course that has begun; those
/// newly marked are asked for their feedback by e-mail (of a course, after its last day).
pub async fn attendance(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let people = |field: &str| -> Vec<i32> {
        form.values(field)
            .into_iter()
            .filter_map(|v| v.parse().ok())
            .collect()
    };
    let events = state.store.events();
    if event.sessions.is_empty() {
        events.set_attendance(event.id, &people("attended")).await?;
    } else {
        for day in begun_days(&event, chrono::Utc::now()) {
            let present = people(&format!("attended_{day}"));
            events
                .set_session_attendance(event.id, day, &present)
                .await?;
        }
    }
    ctx.flash("event-attendance-saved");
    Ok(ctx.redirect(&format!("/events/{}/registrations", event.id)))
}

/// An attendee's feedback; refused for anyone who did not attend.
pub async fn give(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let event = visible_event(&ctx, &state, &id).await?;
    let user_id = ctx.require_user()?.id;
    if !state.store.events().attended(event.id, user_id).await? {
        return Err(AppError::forbidden());
    }
    let comment = form.value("comment").trim().to_owned();
    if comment.chars().count() > 2000 {
        form.refuse("comment", "error-comment-too-long");
    }
    let rating = form.parse("rating", Usefulness::parse);
    let Some(rating) = rating.filter(|_| form.is_valid()) else {
        ctx.flash("event-feedback-invalid");
        return Ok(ctx.redirect(&format!("/events/{}#feedback-heading", event.id)));
    };
    state
        .store
        .events()
        .give_feedback(event.id, user_id, rating, &comment)
        .await?;
    ctx.flash("event-feedback-thanks");
    Ok(ctx.redirect(&format!("/events/{}", event.id)))
}

#[derive(Template)]
#[template(path = "events/feedback.html")]
struct ResultsPage {
    ctx: PageCtx,
    event: Event,
    /// How many gave each rating, 1 to 5.
    counts: [usize; 5],
    average: Option<String>,
    chart: String,
    comments: Vec<String>,
}

impl ResultsPage {
    fn when(&self) -> String {
        when(&self.event)
    }
}

pub async fn results(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, event) = organised_event(&ctx, &state, &id).await?;
    let feedback = state.store.events().feedback_of(event.id).await?;
    let counts = counts_of(&feedback);
    let average = (!feedback.is_empty()).then(|| {
        let sum: i32 = feedback.iter().map(|f| f.rating).sum();
        format!("{:.1}", f64::from(sum) / feedback.len() as f64)
    });
    let chart = chart(&counts, &ctx.t("event-feedback-chart-label"));
    let comments = feedback
        .into_iter()
        .map(|f| f.comment)
        .filter(|c| !c.is_empty())
        .collect();
    render(ResultsPage {
        ctx,
        event,
        counts,
        average,
        chart,
        comments,
    })
}

fn counts_of(feedback: &[Feedback]) -> [usize; 5] {
    let mut counts = [0; 5];
    for f in feedback {
        if let Ok(i) = usize::try_from(f.rating - 1)
            && i < 5
        {
            counts[i] += 1;
        }
    }
    counts
}

const CHART_WIDTH: u32 = 480;
const CHART_HEIGHT: u32 = 240;

/// A bar for each rating, its count above it and the rating below, as SVG with an
/// accessible name. The page shows the same numbers in a table.
fn chart(counts: &[usize; 5], label: &str) -> String {
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (CHART_WIDTH, CHART_HEIGHT)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let max = counts.iter().copied().max().unwrap_or(0).max(1);
        let bar = RGBColor(0x1f, 0x5f, 0x8b);
        let text = TextStyle::from(("sans-serif", 16).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        let (top, bottom) = (30, i32::try_from(CHART_HEIGHT).unwrap_or(240) - 30);
        let slot = i32::try_from(CHART_WIDTH).unwrap_or(480) / 5;
        for (i, count) in counts.iter().enumerate() {
            let i = i32::try_from(i).unwrap_or(0);
            let x0 = i * slot + slot / 4;
            let x1 = (i + 1) * slot - slot / 4;
            let height = (bottom - top) * i32::try_from(*count).unwrap_or(0)
                / i32::try_from(max).unwrap_or(1);
            let _ = root.draw(&Rectangle::new(
                [(x0, bottom - height), (x1, bottom)],
                bar.filled(),
            ));
            let middle = (x0 + x1) / 2;
            let _ = root.draw(&Text::new(
                count.to_string(),
                (middle, bottom - height - 4),
                text.clone(),
            ));
            let _ = root.draw(&Text::new(
                (i + 1).to_string(),
                (middle, bottom + 22),
                text.clone(),
            ));
        }
        let _ = root.present();
    }
    let label = label.replace('"', "&quot;");
    svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{label}\" "),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_is_an_svg_with_a_name_and_a_bar_for_each_rating() {
        let svg = chart(&[0, 1, 2, 5, 3], "Palaute");
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"Palaute\""),
            "{svg}"
        );
        assert_eq!(
            svg.matches("<rect").count(),
            1 + 5,
            "the background and five bars"
        );
        assert!(
            svg.contains(">\n5\n</text>"),
            "the count above the tallest bar: {svg}"
        );
    }
}
