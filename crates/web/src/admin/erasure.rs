//! Requests for erasure: an administrator reads one, then carries it out by the rules
//! of `store::personal_data::HOLDINGS` or refuses it with a reason; either way the
//! person is told, and the decision is in the audit log.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use chrono::Utc;
use domain::personal_data::{
    DataKind, Erase, ErasureStatus, may_decide_erasure, parse_refusal_reason,
};
use store::personal_data::{ErasureRequest, HOLDINGS, Holding};

use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    pages::org_name,
    render::{render, render_form},
};

#[derive(Template)]
#[template(path = "admin/erasure_list.html")]
struct ListPage {
    ctx: PageCtx,
    requests: Vec<ErasureRequest>,
}

#[derive(Template)]
#[template(path = "admin/erasure.html")]
struct RequestPage {
    ctx: PageCtx,
    request: ErasureRequest,
    organisation: String,
    /// What the person has, by kind, and what erasure does with each kind's rows.
    rules: Vec<(DataKind, Vec<&'static Holding>)>,
    form: Form,
}

impl RequestPage {
    fn waiting(&self) -> bool {
        self.request.status == ErasureStatus::Waiting
    }

    fn status_id(&self) -> &'static str {
        status_id(self.request.status)
    }

    fn rule_id(&self, erase: &Erase) -> &'static str {
        match erase {
            Erase::Remove => "erasure-rule-remove",
            Erase::Unlink => "erasure-rule-unlink",
            Erase::Keep => "erasure-rule-keep",
            Erase::Anonymise => "erasure-rule-anonymise",
            Erase::Revoke => "erasure-rule-revoke",
        }
    }
}

/// The Fluent message of a request's status.
pub(crate) fn status_id(status: ErasureStatus) -> &'static str {
    match status {
        ErasureStatus::Waiting => "erasure-status-waiting",
        ErasureStatus::Erased => "erasure-status-erased",
        ErasureStatus::Refused => "erasure-status-refused",
    }
}

fn decider(ctx: &PageCtx) -> AppResult<i32> {
    let who = ctx.require_user()?.principal();
    if !may_decide_erasure(&who) {
        return Err(AppError::not_found());
    }
    Ok(who.user_id)
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    decider(&ctx)?;
    let requests = state.store.erasure_requests().await?;
    render(ListPage {
        ctx: ctx.at("/admin/erasure"),
        requests,
    })
}

async fn page(ctx: PageCtx, state: &AppState, id: &str, form: Form) -> AppResult<Response> {
    decider(&ctx)?;
    let request = find_request(state, id).await?;
    let orgs = state.store.organisations().all().await?;
    let organisation = org_name(&orgs, request.organisation_id, ctx.lang);
    let rules = DataKind::ALL
        .into_iter()
        .map(|kind| {
            let of_kind = HOLDINGS.iter().filter(|h| h.kind == kind).collect();
            (kind, of_kind)
        })
        .collect();
    let refused = !form.is_valid();
    let path = format!("/admin/erasure/{}", request.id);
    render_form(
        RequestPage {
            ctx: ctx.at(&path),
            request,
            organisation,
            rules,
            form,
        },
        refused,
    )
}

async fn find_request(state: &AppState, id: &str) -> AppResult<ErasureRequest> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .erasure_request(id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let form = Form::empty(ctx.lang);
    page(ctx, &state, &id, form).await
}

/// Carries the request out, once the administrator has confirmed it; the bytes of
/// the files that went are deleted after the rows.
pub async fn erase(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = decider(&ctx)?;
    let request = find_request(&state, &id).await?;
    if form.value("confirm") != "yes" {
        form.refuse("confirm", "error-erasure-confirm");
        return page(ctx, &state, &id, form).await;
    }
    let Some(erased) = state.store.erase(request.id, admin, Utc::now()).await? else {
        form.refuse("confirm", "error-erasure-decided");
        return page(ctx, &state, &id, form).await;
    };
    for key in &erased.storage_keys {
        if let Err(e) = state.files.delete(key).await {
            tracing::warn!(%key, error = %e, "an erased person's file stayed in the storage");
        }
    }
    ctx.flash("erasure-done");
    Ok(ctx.redirect(&format!("/admin/erasure/{}", request.id)))
}

/// Refuses the request with its reason, which the person is told.
pub async fn refuse(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = decider(&ctx)?;
    let request = find_request(&state, &id).await?;
    let Some(reason) = form.parse("reason", parse_refusal_reason) else {
        return page(ctx, &state, &id, form).await;
    };
    if !state
        .store
        .refuse_erasure(request.id, admin, &reason)
        .await?
    {
        form.refuse("reason", "error-erasure-decided");
        return page(ctx, &state, &id, form).await;
    }
    ctx.flash("erasure-refused");
    Ok(ctx.redirect(&format!("/admin/erasure/{}", request.id)))
}
