//! The Manager Academy as managers use it: the tool bank, a theme, its parts (video,
//! tool, theory), progress, ratings, private tool answers and the subscription to new
//! themes. Only published themes are shown here.

mod browse;
mod progress;

pub(crate) use browse::continue_with;

use axum::{
    Router,
    routing::{get, post},
};
use store::{Part, Theme};

use crate::{AppError, AppState, error::AppResult};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/academy", get(browse::bank))
        .route("/academy/subscription", post(progress::subscription))
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
) -> AppResult<(Theme, Part)> {
    let theme = state
        .store
        .theme_by_slug(slug)
        .await?
        .filter(Theme::is_published)
        .ok_or_else(AppError::not_found)?;
    let part_id: i32 = part.parse().map_err(|_| AppError::not_found())?;
    let part = theme
        .parts
        .iter()
        .find(|p| p.id == part_id)
        .cloned()
        .ok_or_else(AppError::not_found)?;
    Ok((theme, part))
}
