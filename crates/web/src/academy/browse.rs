//! Browsing the academy.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    http::header,
    response::{IntoResponse, Response},
};
use domain::PartKind;
use store::{
    Part, Theme,
    academy::{PartText, PartTitle, Progress, ToolAnswers},
};

use super::published_part;
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    markdown,
    paging::{PageQuery, Paging},
    render::render,
};

/// Where a manager is with one part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Started,
    Finished,
}

fn status(progress: &[Progress], part_id: i32) -> Status {
    match progress.iter().find(|p| p.part_id == part_id) {
        None => Status::NotStarted,
        Some(p) if p.finished_at.is_some() => Status::Finished,
        Some(_) => Status::Started,
    }
}

/// A theme on the bank, borrowed from the academy's snapshot.
pub struct ThemeCard<'a> {
    pub theme: &'a Theme<PartTitle>,
    pub finished: usize,
}

#[derive(Template)]
#[template(path = "academy/bank.html")]
struct BankPage<'a> {
    ctx: PageCtx,
    cards: Vec<ThemeCard<'a>>,
    paging: Paging,
    next: Option<(Theme<PartTitle>, Part<PartTitle>)>,
    subscribed: bool,
}

/// Theme cards on one page of the bank.
const THEMES_PER_PAGE: usize = 24;

pub async fn bank(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let published = state.store.academy().published().await?;
    let paging = Paging::new(
        &ctx,
        "/academy",
        &query,
        published.themes.len(),
        THEMES_PER_PAGE,
    );
    let progress = state.store.academy().progress_of(user_id).await?;
    let next = published.continue_in(&progress);
    let subscribed = state
        .store
        .academy()
        .is_subscribed_to_themes(user_id)
        .await?;
    let cards = paging
        .of(&published.themes)
        .iter()
        .map(|theme| {
            let finished = theme
                .parts
                .iter()
                .filter(|p| status(&progress, p.id) == Status::Finished)
                .count();
            ThemeCard { theme, finished }
        })
        .collect();
    render(BankPage {
        ctx,
        cards,
        paging,
        next,
        subscribed,
    })
}

#[derive(Template)]
#[template(path = "academy/theme.html")]
struct ThemePage<'a> {
    ctx: PageCtx,
    /// Borrowed from the academy's snapshot.
    theme: &'a Theme<PartTitle>,
    progress: Vec<Progress>,
    /// The theme's launch webinar and other events.
    events: Vec<store::events::Event>,
}

impl ThemePage<'_> {
    fn status_key(&self, part: &Part<PartTitle>) -> &'static str {
        match status(&self.progress, part.id) {
            Status::NotStarted => "academy-status-not-started",
            Status::Started => "academy-status-started",
            Status::Finished => "academy-status-finished",
        }
    }
}

pub async fn theme(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let who = user.principal();
    let published = state.store.academy().published().await?;
    let theme = published
        .theme_by_slug(&slug)
        .ok_or_else(AppError::not_found)?;
    let progress = state.store.academy().progress_of(user.id).await?;
    let events = state.store.events().events_of_theme(theme.id, &who).await?;
    render(ThemePage {
        ctx,
        theme,
        progress,
        events,
    })
}

#[derive(Template)]
#[template(path = "academy/part.html")]
struct PartPage {
    ctx: PageCtx,
    theme: Theme<PartTitle>,
    /// With its texts, read for this page (the snapshot keeps their titles alone).
    part: Part,
    body_html: String,
    finished: bool,
    answers: ToolAnswers,
    my_rating: Option<store::academy::Rating>,
    previous: Option<Part<PartTitle>>,
    next: Option<Part<PartTitle>>,
}

impl PartPage {
    fn kind_key(&self) -> String {
        format!("academy-kind-{}", self.part.kind.as_str())
    }

    fn is(&self, kind: &str) -> bool {
        self.part.kind.as_str() == kind
    }

    fn text(&self) -> Option<&PartText> {
        self.part.text(self.ctx.lang)
    }

    /// The language the part's text is really shown in (Finnish when a translation is missing).
    fn text_lang(&self) -> &'static str {
        self.text().map_or(self.ctx.lang.code(), |t| t.lang.code())
    }

    fn checked(&self, index: &usize) -> bool {
        self.answers.checked.contains(index)
    }

    fn rated(&self, value: &i32) -> bool {
        self.my_rating
            .as_ref()
            .is_some_and(|r| r.usefulness == *value)
    }
}

pub async fn part(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((slug, part)): Path<(String, String)>,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let (theme, part) = published_part(&state, &slug, &part).await?;
    state.store.academy().mark_seen(user_id, part.id).await?;
    let progress = state.store.academy().progress_of(user_id).await?;
    let finished = status(&progress, part.id) == Status::Finished;
    let answers = if part.kind == PartKind::Tool {
        state.store.academy().tool_answers(user_id, part.id).await?
    } else {
        ToolAnswers::default()
    };
    let my_rating = state
        .store
        .academy()
        .ratings_of_parts(&[part.id])
        .await?
        .into_iter()
        .find(|r| r.user_id == user_id);
    let index = theme
        .parts
        .iter()
        .position(|p| p.id == part.id)
        .unwrap_or(0);
    let previous = index
        .checked_sub(1)
        .and_then(|i| theme.parts.get(i))
        .cloned();
    let next = theme.parts.get(index + 1).cloned();
    let part = state.store.academy().with_texts(part).await?;
    let body_html = markdown::to_html(part.text(ctx.lang).map_or("", |t| t.body.as_str()));
    render(PartPage {
        ctx,
        theme,
        part,
        body_html,
        finished,
        answers,
        my_rating,
        previous,
        next,
    })
}

/// A video part's captions in the reader's language, as WebVTT.
pub async fn captions(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(part): Path<String>,
) -> AppResult<Response> {
    ctx.require_user()?;
    let part_id: i32 = part
        .trim_end_matches(".vtt")
        .parse()
        .map_err(|_| AppError::not_found())?;
    let published = state.store.academy().published().await?;
    let (_, part) = published.part(part_id).ok_or_else(AppError::not_found)?;
    let part = state.store.academy().with_texts(part.clone()).await?;
    let vtt = part
        .text(ctx.lang)
        .map(|t| t.captions.clone())
        .filter(|c| !c.is_empty())
        .ok_or_else(AppError::not_found)?;
    Ok(([(header::CONTENT_TYPE, "text/vtt; charset=utf-8")], vtt).into_response())
}
