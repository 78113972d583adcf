//! The person's own API tokens: made with a name, shown once, ended at will.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::person::parse_token_name;
use store::ApiToken;

use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, render::render_form};

#[derive(Template)]
#[template(path = "accounts/tokens.html")]
struct TokensPage {
    ctx: PageCtx,
    form: Form,
    tokens: Vec<ApiToken>,
    /// A token just made, in clear: the only time it is shown.
    new_token: Option<String>,
    api_url: String,
}

async fn page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    new_token: Option<String>,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let tokens = state.store.api_tokens().of(user_id).await?;
    let refused = !form.is_valid();
    let page = TokensPage {
        ctx: ctx.at("/profile/tokens"),
        form,
        tokens,
        new_token,
        api_url: state.config.url("/api/v1"),
    };
    render_form(page, refused)
}

pub async fn show(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let form = Form::empty(ctx.lang);
    page(ctx, &state, form, None).await
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let Some(name) = form.parse("name", parse_token_name) else {
        return page(ctx, &state, form, None).await;
    };
    let (token, _) = state
        .store
        .api_tokens()
        .create_api_token(user_id, &name)
        .await?;
    let form = Form::empty(ctx.lang);
    page(ctx, &state, form, Some(token)).await
}

pub async fn revoke(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    if !state
        .store
        .api_tokens()
        .revoke_api_token(user_id, id)
        .await?
    {
        return Err(AppError::not_found());
    }
    ctx.flash("tokens-revoked");
    Ok(ctx.redirect("/profile/tokens"))
}
