//! Forgotten passwords and the first password of a new account, both through a
//! one-time link that expires.

use askama::Template;
use axum::{Extension, extract::Path, http::request::Parts, response::Response};
use chrono::Utc;
use domain::{Email, NewPassword};
use store::TokenPurpose;

use crate::{
    AppState, PageCtx,
    error::AppResult,
    form::Form,
    render::{render, render_form},
    security::take_costly_attempt,
};

/// How long a reset link works.
pub const RESET_VALID_HOURS: i64 = 1;
/// How long a welcome link works.
pub const WELCOME_VALID_DAYS: i64 = 7;

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    ctx: PageCtx,
    form: Form,
    sent: bool,
}

pub async fn forgot_form(ctx: PageCtx) -> AppResult<Response> {
    let form = Form::empty(ctx.lang);
    render(ForgotPage {
        ctx,
        form,
        sent: false,
    })
}

/// Always answers the same, whether the address has an account or not, so the form
/// tells nobody who has one.
pub async fn forgot_submit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    parts: Parts,
    mut form: Form,
) -> AppResult<Response> {
    take_costly_attempt(&state, &parts).await?;
    let Some(email) = form.parse("email", Email::parse) else {
        return render(ForgotPage {
            ctx,
            form,
            sent: false,
        });
    };
    if let Some(user) = state
        .store
        .accounts()
        .user_by_email(&email)
        .await?
        .filter(|u| !u.disabled)
    {
        state.store.accounts().send_password_reset(user.id).await?;
    }
    let form = Form::empty(ctx.lang);
    render(ForgotPage {
        ctx,
        form,
        sent: true,
    })
}

#[derive(Template)]
#[template(path = "accounts/set_password.html")]
struct SetPasswordPage {
    ctx: PageCtx,
    form: Form,
    /// `reset` or `welcome`: the heading and the form's address follow it.
    kind: &'static str,
    token: String,
    valid: bool,
}

impl SetPasswordPage {
    fn title(&self) -> String {
        self.ctx.t(&format!("set-password-{}-title", self.kind))
    }
}

pub(super) fn kind_of(purpose: TokenPurpose) -> &'static str {
    match purpose {
        TokenPurpose::PasswordReset => "reset",
        TokenPurpose::Welcome => "welcome",
    }
}

async fn show(
    ctx: PageCtx,
    state: AppState,
    token: String,
    purpose: TokenPurpose,
) -> AppResult<Response> {
    let valid = state
        .store
        .accounts()
        .token_owner(&token, purpose, Utc::now())
        .await?
        .is_some();
    let form = Form::empty(ctx.lang);
    let mut response = render(SetPasswordPage {
        ctx,
        form,
        kind: kind_of(purpose),
        token,
        valid,
    })?;
    if !valid {
        *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
    }
    Ok(response)
}

async fn submit(
    ctx: PageCtx,
    state: AppState,
    token: String,
    purpose: TokenPurpose,
    mut form: Form,
) -> AppResult<Response> {
    let confirmation = form.value("password_confirm").to_owned();
    let password = form.parse("password", |p| NewPassword::parse(p, &confirmation));
    form.forget("password");
    form.forget("password_confirm");
    let Some(password) = password else {
        let valid = state
            .store
            .accounts()
            .token_owner(&token, purpose, Utc::now())
            .await?
            .is_some();
        let page = SetPasswordPage {
            ctx,
            form,
            kind: kind_of(purpose),
            token,
            valid,
        };
        return render_form(page, true);
    };
    match state
        .store
        .accounts()
        .redeem_token(&token, purpose, &password, Utc::now())
        .await?
    {
        Some(_) => {
            ctx.flash("password-set-done");
            Ok(ctx.redirect("/login"))
        }
        None => {
            let mut response = render(SetPasswordPage {
                ctx,
                form,
                kind: kind_of(purpose),
                token,
                valid: false,
            })?;
            *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
            Ok(response)
        }
    }
}

pub async fn reset_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(token): Path<String>,
) -> AppResult<Response> {
    show(ctx, state, token, TokenPurpose::PasswordReset).await
}

pub async fn reset_submit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(token): Path<String>,
    form: Form,
) -> AppResult<Response> {
    submit(ctx, state, token, TokenPurpose::PasswordReset, form).await
}

pub async fn welcome_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(token): Path<String>,
) -> AppResult<Response> {
    show(ctx, state, token, TokenPurpose::Welcome).await
}

pub async fn welcome_submit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(token): Path<String>,
    form: Form,
) -> AppResult<Response> {
    submit(ctx, state, token, TokenPurpose::Welcome, form).await
}
