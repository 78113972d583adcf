//! The idea bank: the academy seen from the organisation's side, for HR developers
//! (and coordinators). Ratings and comments are shown without names.

use std::collections::BTreeSet;

use askama::Template;
use axum::{Extension, extract::Query, response::Response};
use store::{
    Theme,
    academy::{PartTitle, Rating},
};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    paging::{PageQuery, Paging},
    render::render,
};

pub struct Idea {
    pub theme: Theme<PartTitle>,
    pub ratings: usize,
    /// The mean usefulness, with one decimal, as the reader writes numbers.
    pub average: String,
    pub used_with_team: usize,
    pub comments: Vec<String>,
    /// People of the reader's own organisation who have opened a part of the theme.
    pub own_users: usize,
}

#[derive(Template)]
#[template(path = "academy/ideas.html")]
struct IdeasPage {
    ctx: PageCtx,
    ideas: Vec<Idea>,
    paging: Paging,
}

/// Themes on one page of the idea bank.
const IDEAS_PER_PAGE: usize = 12;

fn idea(
    theme: Theme<PartTitle>,
    ratings: &[Rating],
    usage: &[(i32, i32)],
    lang: domain::Lang,
) -> Idea {
    let parts: Vec<i32> = theme.parts.iter().map(|p| p.id).collect();
    let own: Vec<&Rating> = ratings
        .iter()
        .filter(|r| parts.contains(&r.part_id))
        .collect();
    let average = if own.is_empty() {
        String::new()
    } else {
        let mean = own.iter().map(|r| f64::from(r.usefulness)).sum::<f64>() / own.len() as f64;
        let text = format!("{mean:.1}");
        if lang == domain::Lang::En {
            text
        } else {
            text.replace('.', ",")
        }
    };
    let own_users: BTreeSet<i32> = usage
        .iter()
        .filter(|(part, _)| parts.contains(part))
        .map(|(_, user)| *user)
        .collect();
    Idea {
        ratings: own.len(),
        average,
        used_with_team: own.iter().filter(|r| r.used_with_team).count(),
        comments: own
            .iter()
            .map(|r| r.comment.clone())
            .filter(|c| !c.is_empty())
            .collect(),
        own_users: own_users.len(),
        theme,
    }
}

pub async fn bank(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let principal = ctx.require_user()?.principal();
    if !domain::academy::may_see_idea_bank(&principal) {
        return Err(AppError::forbidden());
    }
    let published = state.store.academy().published().await?;
    let paging = Paging::new(
        &ctx,
        "/academy/ideas",
        &query,
        published.themes.len(),
        IDEAS_PER_PAGE,
    );
    let themes = paging.of(&published.themes);
    let part_ids: Vec<i32> = themes
        .iter()
        .flat_map(|t| t.parts.iter().map(|p| p.id))
        .collect();
    let ratings = state.store.academy().ratings_of_parts(&part_ids).await?;
    let usage = state
        .store
        .academy()
        .part_users_in_organisation(principal.org_id, &part_ids)
        .await?;
    let ideas = themes
        .iter()
        .map(|t| idea(t.clone(), &ratings, &usage, ctx.lang))
        .collect();
    render(IdeasPage { ctx, ideas, paging })
}
