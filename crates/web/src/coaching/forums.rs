//! Scheduling a cohort's leadership forum: an event of kind forum, with its theme in
//! Finnish and Swedish and its lecturers, for exactly the cohort's participants and
//! coaches (`store::coaching` keeps that true as enrolment changes).

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use store::coaching::Lecturer;

use super::{Seen, seen_cohort};
use crate::{
    AppError, AppState, PageCtx, error::AppResult, events::organise, form::Form,
    render::render_form,
};

#[derive(Template)]
#[template(path = "coaching/forum_form.html")]
struct Page {
    ctx: PageCtx,
    seen: Seen,
    form: Form,
}

fn require_runner(seen: &Seen) -> AppResult<()> {
    if seen.runs() {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

fn page_of(ctx: PageCtx, seen: Seen, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = format!("/coaching/{}/forums/new", seen.cohort.code);
    render_form(
        Page {
            ctx: ctx.at(&path),
            seen,
            form,
        },
        refused,
    )
}

pub async fn new(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    require_runner(&seen)?;
    let form = Form::empty(ctx.lang);
    page_of(ctx, seen, form)
}

/// Lecturers, one per line: "name, affiliation".
fn parse_lecturers(form: &mut Form) -> Vec<Lecturer> {
    let mut lecturers = Vec::new();
    let typed = form.value("lecturers").to_owned();
    for line in typed.lines().map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let (name, affiliation) = line.split_once(',').unwrap_or((line, ""));
        let (name, affiliation) = (name.trim(), affiliation.trim());
        if name.chars().count() > 200 || affiliation.chars().count() > 200 {
            form.refuse("lecturers", "error-lecturer-long");
            continue;
        }
        lecturers.push(Lecturer {
            name: name.to_owned(),
            affiliation: affiliation.to_owned(),
        });
    }
    lecturers
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(code): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let seen = seen_cohort(&ctx, &state, &code).await?;
    require_runner(&seen)?;
    // The events' own form reader, with the kind this page stands for.
    let mut pairs: Vec<(&str, &str)> = vec![("kind", "forum")];
    let typed: Vec<(String, String)> = ["title_fi", "title_sv", "description_fi", "description_sv"]
        .into_iter()
        .chain([
            "date",
            "start",
            "end",
            "online_url",
            "venue",
            "capacity",
            "lecturers",
        ])
        .map(|k| (k.to_owned(), form.value(k).to_owned()))
        .collect();
    pairs.extend(typed.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut form = Form::with_values(ctx.lang, &pairs);
    let lecturers = parse_lecturers(&mut form);
    let input = organise::parse(&mut form);
    let (Some(input), true) = (input, form.is_valid()) else {
        return page_of(ctx, seen, form);
    };
    let id = state
        .store
        .coaching()
        .add_forum(seen.cohort.id, &input, &lecturers, Some(seen.who.user_id))
        .await?;
    ctx.flash("forum-created");
    Ok(ctx.redirect(&format!("/events/{id}")))
}
