//! The academy in the API: themes, their parts, and the caller.

use axum::{Extension, Json, extract::Path, http::StatusCode};
use chrono::{DateTime, Utc};
use domain::{
    Principal,
    academy::{may_edit_academy, may_see_idea_bank, may_see_theme},
};
use serde::Serialize;
use store::{Part, Theme};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ApiError, Caller};
use crate::AppState;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(themes))
        .routes(routes!(theme))
        .routes(routes!(part))
        .routes(routes!(me))
}

#[derive(Serialize, ToSchema)]
pub struct ThemeSummary {
    pub id: i32,
    /// The theme's address on the pages: `/fi/academy/{slug}`.
    pub slug: String,
    /// Missing for a draft.
    pub published_at: Option<DateTime<Utc>>,
    /// The language the theme was written in first: `fi`, `sv` or `en`.
    pub source_lang: String,
    pub texts: Vec<ThemeTextOut>,
}

#[derive(Serialize, ToSchema)]
pub struct ThemeTextOut {
    pub lang: String,
    pub title: String,
    pub summary: String,
    /// For HR developers: how to roll the theme out. Only for those who see the idea bank.
    pub hr_note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ThemeOut {
    #[serde(flatten)]
    pub theme: ThemeSummary,
    /// The parts' estimated minutes together.
    pub minutes: i32,
    pub parts: Vec<PartOut>,
}

#[derive(Serialize, ToSchema)]
pub struct PartOut {
    pub id: i32,
    pub theme_id: i32,
    /// `video`, `tool` or `theory`.
    pub kind: String,
    pub minutes: i32,
    pub position: i32,
    /// Where a video part's video plays from.
    pub video_url: Option<String>,
    /// A tool's or theory's file to download.
    pub file: Option<FileOut>,
    pub texts: Vec<PartTextOut>,
}

#[derive(Serialize, ToSchema)]
pub struct FileOut {
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct PartTextOut {
    pub lang: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub transcript: String,
    /// WebVTT.
    pub captions: String,
    /// A tool's checklist, one item an entry.
    pub checklist: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub lang: String,
    pub roles: Vec<String>,
}

fn summary(theme: &Theme, principal: &Principal) -> ThemeSummary {
    let notes = may_see_idea_bank(principal);
    ThemeSummary {
        id: theme.id,
        slug: theme.slug.clone(),
        published_at: theme.published_at,
        source_lang: theme.source_lang.code().to_owned(),
        texts: theme
            .texts
            .iter()
            .map(|t| ThemeTextOut {
                lang: t.lang.code().to_owned(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                hr_note: notes.then(|| t.hr_note.clone()),
            })
            .collect(),
    }
}

fn part_out(part: &Part, state: &AppState) -> PartOut {
    PartOut {
        id: part.id,
        theme_id: part.theme_id,
        kind: part.kind.as_str().to_owned(),
        minutes: part.minutes,
        position: part.position,
        video_url: part.video_src().map(|src| absolute(state, &src)),
        file: part.download().map(|f| FileOut {
            name: f.name.clone(),
            content_type: f.content_type.clone(),
            size: f.size,
            url: absolute(state, &f.href()),
        }),
        texts: part
            .texts
            .iter()
            .map(|t| PartTextOut {
                lang: t.lang.code().to_owned(),
                title: t.title.clone(),
                body: t.body.clone(),
                transcript: t.transcript.clone(),
                captions: t.captions.clone(),
                checklist: part.checklist(t.lang),
            })
            .collect(),
    }
}

/// Addresses inside johto are given in full, so a program can follow them.
fn absolute(state: &AppState, href: &str) -> String {
    if href.starts_with('/') {
        state.config.url(href)
    } else {
        href.to_owned()
    }
}

/// A theme the caller may see, or `not-found`.
fn visible_theme(caller: &Caller, theme: Option<Theme>) -> Result<Theme, ApiError> {
    theme
        .filter(|t| may_see_theme(&caller.principal(), t.is_published()))
        .ok_or_else(|| caller.error(StatusCode::NOT_FOUND, "not-found"))
}

/// The themes, in the academy's order, without their parts.
#[utoipa::path(
    get,
    path = "/themes",
    tag = "academy",
    responses(
        (status = 200, description = "Published themes; drafts too for editors", body = Vec<ThemeSummary>),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn themes(
    caller: Caller,
    Extension(state): Extension<AppState>,
) -> Result<Json<Vec<ThemeSummary>>, ApiError> {
    let principal = caller.principal();
    let themes = if may_edit_academy(&principal) {
        state.store.academy().themes().await?
    } else {
        state.store.academy().published_theme_headings().await?
    };
    Ok(Json(
        themes.iter().map(|t| summary(t, &principal)).collect(),
    ))
}

/// One theme with its parts.
#[utoipa::path(
    get,
    path = "/themes/{slug}",
    tag = "academy",
    params(("slug" = String, Path, description = "The theme's slug, e.g. `sisainen-viestinta`")),
    responses(
        (status = 200, description = "The theme with its parts", body = ThemeOut),
        (status = 401, description = "No valid token or session", body = ApiError),
        (status = 404, description = "No such theme, or a draft", body = ApiError),
    )
)]
async fn theme(
    caller: Caller,
    Extension(state): Extension<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<ThemeOut>, ApiError> {
    let found = state.store.academy().theme_by_slug(&slug).await?;
    let theme = visible_theme(&caller, found)?;
    Ok(Json(ThemeOut {
        theme: summary(&theme, &caller.principal()),
        minutes: theme.minutes(),
        parts: theme.parts.iter().map(|p| part_out(p, &state)).collect(),
    }))
}

/// One part.
#[utoipa::path(
    get,
    path = "/parts/{id}",
    tag = "academy",
    params(("id" = i32, Path, description = "The part's id")),
    responses(
        (status = 200, description = "The part", body = PartOut),
        (status = 401, description = "No valid token or session", body = ApiError),
        (status = 404, description = "No such part, or one in a draft", body = ApiError),
    )
)]
async fn part(
    caller: Caller,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> Result<Json<PartOut>, ApiError> {
    let not_found = || caller.error(StatusCode::NOT_FOUND, "not-found");
    let id: i32 = id.parse().map_err(|_| not_found())?;
    let found = state.store.academy().theme_of_part(id).await?;
    let theme = visible_theme(&caller, found)?;
    let part = theme
        .parts
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(not_found)?;
    Ok(Json(part_out(part, &state)))
}

/// Who the token or session belongs to.
#[utoipa::path(
    get,
    path = "/me",
    tag = "people",
    responses(
        (status = 200, description = "The caller: name, organisation, roles", body = Me),
        (status = 401, description = "No valid token or session", body = ApiError),
    )
)]
async fn me(caller: Caller) -> Json<Me> {
    let user = &caller.user;
    Json(Me {
        id: user.id,
        name: user.name.clone(),
        email: user.email.clone(),
        lang: user.lang.code().to_owned(),
        roles: user.roles.iter().map(|r| r.as_str().to_owned()).collect(),
    })
}
