//! The Manager Academy as managers use it: the tool bank, a theme, its parts (video,
//! tool, theory), progress, ratings, private tool answers and the subscription to new
//! themes. Only published themes are shown here.

mod browse;
mod edit;
mod ideas;
mod notices;
mod progress;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};
use store::{Part, Theme, academy::PartTitle};

use domain::academy::{may_edit_academy, may_see_idea_bank};

use crate::{
    AppError, AppState,
    error::AppResult,
    feature::{Feature, NavEntry, everyone},
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: notices::JOBS,
    nav: &[
        NavEntry {
            order: 10,
            path: "/academy",
            label: "nav-academy",
            shown: everyone,
            public: false,
        },
        NavEntry {
            order: 30,
            path: "/academy/edit",
            label: "nav-academy-edit",
            shown: may_edit_academy,
            public: false,
        },
        NavEntry {
            order: 50,
            path: "/academy/ideas",
            label: "nav-ideas",
            shown: may_see_idea_bank,
            public: false,
        },
    ],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/academy", get(browse::bank))
        .route("/academy/subscription", post(progress::subscription))
        .route("/academy/ideas", get(ideas::bank))
        .route("/academy/edit", get(edit::list))
        .route("/academy/edit/new", post(edit::create))
        .route("/academy/edit/parts/{part}", get(edit::part))
        .route(
            "/academy/edit/parts/{part}/text/{lang}",
            post(edit::save_part_text),
        )
        .route(
            "/academy/edit/parts/{part}/meta",
            post(edit::save_part_meta),
        )
        .route("/academy/edit/parts/{part}/move", post(edit::move_part))
        // The CSRF check has read and bounded the body already.
        .route(
            "/academy/edit/parts/{part}/file",
            post(edit::upload_part_file).layer(DefaultBodyLimit::disable()),
        )
        .route(
            "/academy/edit/parts/{part}/file/remove",
            post(edit::remove_part_file),
        )
        .route("/academy/edit/{id}", get(edit::theme))
        .route("/academy/edit/{id}/text/{lang}", post(edit::save_text))
        .route("/academy/edit/{id}/parts", post(edit::add_part))
        .route("/academy/edit/{id}/publish", post(edit::publish))
        .route("/academy/edit/{id}/unpublish", post(edit::unpublish))
        .route("/academy/edit/{id}/history", get(edit::history))
        .route("/academy/edit/{id}/restore/{number}", post(edit::restore))
        .route("/academy/captions/{part}", get(browse::captions))
        .route("/academy/{slug}", get(browse::theme))
        .route("/academy/{slug}/{part}", get(browse::part))
        .route("/academy/{slug}/{part}/finish", post(progress::finish))
        .route("/academy/{slug}/{part}/rating", post(progress::rate))
        .route("/academy/{slug}/{part}/answers", post(progress::answers))
}

/// A published theme and one of its parts, or not found.
pub(crate) async fn published_part(
    state: &AppState,
    slug: &str,
    part: &str,
) -> AppResult<(Theme<PartTitle>, Part<PartTitle>)> {
    let published = state.store.academy().published().await?;
    let theme = published
        .theme_by_slug(slug)
        .ok_or_else(AppError::not_found)?;
    let part_id: i32 = part.parse().map_err(|_| AppError::not_found())?;
    let part = theme
        .parts
        .iter()
        .find(|p| p.id == part_id)
        .cloned()
        .ok_or_else(AppError::not_found)?;
    Ok((theme.clone(), part))
}
