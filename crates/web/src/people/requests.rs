//! Deciding on requests for an account.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::Principal;
use store::{AccountRequest, Organisation};

use crate::{AppError, AppState, PageCtx, error::AppResult, render::render};

#[derive(Template)]
#[template(path = "people/requests.html")]
struct RequestsPage {
    ctx: PageCtx,
    requests: Vec<AccountRequest>,
    organisations: Vec<Organisation>,
}

impl RequestsPage {
    fn org_name(&self, id: &i32) -> &str {
        self.organisations
            .iter()
            .find(|o| o.id == *id)
            .map_or("", |o| o.name(self.ctx.lang))
    }
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let requests = state
        .store
        .accounts()
        .pending_requests(principal.people_scope())
        .await?;
    let organisations = state.store.organisations().all().await?;
    render(RequestsPage {
        ctx,
        requests,
        organisations,
    })
}

async fn request_in_scope(
    state: &AppState,
    principal: &Principal,
    id: &str,
) -> AppResult<AccountRequest> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .accounts()
        .account_request(id)
        .await?
        .filter(|r| principal.may_manage_people_of(r.org_id))
        .ok_or_else(AppError::not_found)
}

pub async fn approve(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let request = request_in_scope(&state, &principal, &id).await?;
    match state
        .store
        .accounts()
        .decide_request(request.id, true, principal.user_id)
        .await
    {
        Ok(_) => {}
        Err(store::StoreError::NotFound) => return Err(AppError::not_found()),
        Err(store::StoreError::EmailTaken) => {
            ctx.flash("request-email-taken");
            return Ok(ctx.redirect("/requests"));
        }
        Err(e) => return Err(e.into()),
    }
    ctx.flash("request-approved");
    Ok(ctx.redirect("/requests"))
}

pub async fn reject(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let principal = ctx.require_people_manager()?;
    let request = request_in_scope(&state, &principal, &id).await?;
    match state
        .store
        .accounts()
        .decide_request(request.id, false, principal.user_id)
        .await
    {
        Ok(_) => {}
        Err(store::StoreError::NotFound) => return Err(AppError::not_found()),
        Err(e) => return Err(e.into()),
    }
    ctx.flash("request-rejected");
    Ok(ctx.redirect("/requests"))
}
