//! Login and logout: with a password, or through an organisation's identity provider
//! (`oidc.rs`), whose own sign-out is offered after ours.

use askama::Template;
use axum::{
    Extension,
    extract::Query,
    http::request::Parts,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use serde::Deserialize;
use store::LoginOutcome;

use crate::{
    AppError, AppState, PageCtx,
    error::{AppResult, ErrorKind},
    form::{Form, local_path},
    i18n,
    render::{render, render_form},
    security::{client_address, device_cookie, device_token},
};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    ctx: PageCtx,
    form: Form,
    next: String,
    /// The identity providers one may sign in with: id and name.
    providers: Vec<(i32, String)>,
}

impl LoginPage {
    fn provider_href(&self, id: &i32) -> String {
        let start = self.ctx.href(&format!("/login/sso/{id}"));
        if self.next.is_empty() {
            start
        } else {
            format!("{start}?next={}", crate::form::url_encode(&self.next))
        }
    }
}

async fn providers(state: &AppState, ctx: &PageCtx) -> AppResult<Vec<(i32, String)>> {
    Ok(state
        .store
        .identity()
        .enabled_providers()
        .await?
        .into_iter()
        .map(|p| (p.id, p.name(ctx.lang).to_owned()))
        .collect())
}

#[derive(Template)]
#[template(path = "accounts/signed_out.html")]
struct SignedOutPage {
    ctx: PageCtx,
    provider: String,
    end_session: String,
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(q): Query<Next>,
) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(ctx.redirect("/"));
    }
    let form = Form::empty(ctx.lang);
    let next = q
        .next
        .as_deref()
        .and_then(local_path)
        .unwrap_or_default()
        .to_owned();
    let providers = providers(&state, &ctx).await?;
    render(LoginPage {
        ctx,
        form,
        next,
        providers,
    })
}

pub async fn submit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    parts: Parts,
    mut form: Form,
) -> AppResult<Response> {
    let address = client_address(&state.config, &parts);
    if !state
        .store
        .accounts()
        .address_may_try(&address, Utc::now())
        .await?
    {
        return Err(AppError::new(ErrorKind::TooManyRequests));
    }
    let email = form.value("email").to_owned();
    let password = form.value("password").to_owned();
    form.forget("password");
    let next = local_path(form.value("next"))
        .unwrap_or_default()
        .to_owned();
    if email.trim().is_empty() {
        form.refuse("email", "error-email-empty");
    }
    if password.is_empty() {
        form.refuse("password", "error-password-empty");
    }
    if form.is_valid() {
        let device = device_token(&state.config, &parts.headers);
        let outcome = state
            .store
            .accounts()
            .check_login(&email, &password, device.as_deref(), Utc::now())
            .await?;
        match outcome {
            LoginOutcome::SignedIn(user) => {
                ctx.sign_in(user.id).await?;
                tracing::info!(user_id = user.id, "signed in");
                let target = if next.is_empty() {
                    format!("/{}/", user.lang.code())
                } else {
                    next
                };
                let mut response = Redirect::to(&target).into_response();
                // A browser that got in is trusted from now on: other people's wrong
                // guesses will not lock it out.
                let known = match &device {
                    Some(token) => {
                        state
                            .store
                            .accounts()
                            .is_trusted_device(user.id, token)
                            .await?
                    }
                    None => false,
                };
                if !known {
                    let token = state.store.accounts().trust_device(user.id).await?;
                    if let Some(cookie) = device_cookie(&state.config, &token) {
                        response
                            .headers_mut()
                            .append(axum::http::header::SET_COOKIE, cookie);
                    }
                }
                return Ok(response);
            }
            LoginOutcome::Refused => {
                state
                    .store
                    .accounts()
                    .note_failed_login(&address, Utc::now())
                    .await?;
                form.refuse("email", "error-login-refused");
            }
            LoginOutcome::Locked { until } => {
                state
                    .store
                    .accounts()
                    .note_failed_login(&address, Utc::now())
                    .await?;
                form.refuse_with(
                    "email",
                    "error-login-locked",
                    &[("time", i18n::local_time(until))],
                );
            }
        }
    }
    let providers = providers(&state, &ctx).await?;
    render_form(
        LoginPage {
            ctx,
            form,
            next,
            providers,
        },
        true,
    )
}

/// Ends every session of the person, on every device; a person who came through an
/// identity provider is offered its sign-out too, when it has one.
pub async fn logout(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let provider: Option<i32> = ctx.session.get(super::oidc::PROVIDER_KEY).await?;
    let id_token: Option<String> = ctx.session.get(super::oidc::ID_TOKEN_KEY).await?;
    if let Some(user) = &ctx.user {
        state.store.accounts().end_sessions_of(user.id).await?;
    }
    ctx.sign_out().await?;
    if let (Some(provider), Some(id_token)) = (provider, id_token)
        && let Some(end_session) =
            super::oidc::end_session_url(&state, provider, &id_token, ctx.lang).await
    {
        let provider = state
            .store
            .identity()
            .provider(provider)
            .await?
            .map(|p| p.name(ctx.lang).to_owned())
            .unwrap_or_default();
        return render(SignedOutPage {
            ctx,
            provider,
            end_session,
        });
    }
    Ok(ctx.redirect("/"))
}
