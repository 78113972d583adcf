//! The person's own profile: name, language, and password.

use askama::Template;
use axum::{
    Extension,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use domain::{Lang, NewPassword, PersonName};
use store::{LoginOutcome, Organisation};

use crate::{
    AppState, PageCtx, error::AppResult, form::Form, i18n, render::render_form,
    security::device_token,
};

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    ctx: PageCtx,
    form: Form,
    password_form: Form,
    organisation: Option<Organisation>,
    /// The person's own newsletter subscriptions, by language.
    newsletters: Vec<store::newsletters::Subscriber>,
}

async fn page(
    ctx: PageCtx,
    state: &AppState,
    form: Form,
    password_form: Form,
) -> AppResult<Response> {
    let org_id = ctx.require_user()?.org_id;
    let organisation = state.store.organisations().organisation(org_id).await?;
    let email = ctx.require_user()?.email.clone();
    let newsletters = state.store.newsletters().subscriptions_of(&email).await?;
    let refused = !form.is_valid() || !password_form.is_valid();
    let ctx = ctx.at("/profile");
    render_form(
        ProfilePage {
            ctx,
            form,
            password_form,
            organisation,
            newsletters,
        },
        refused,
    )
}

pub async fn show(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let form = Form::with_values(
        ctx.lang,
        &[("name", &user.name), ("lang", user.lang.code())],
    );
    let password_form = Form::empty(ctx.lang);
    page(ctx, &state, form, password_form).await
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let user_id = ctx.require_user()?.id;
    let name = form.parse("name", PersonName::parse);
    let lang = form.parse("lang", Lang::parse);
    let (Some(name), Some(lang)) = (name, lang) else {
        let password_form = Form::empty(ctx.lang);
        return page(ctx, &state, form, password_form).await;
    };
    state
        .store
        .accounts()
        .update_profile(user_id, &name, lang)
        .await?;
    // The notice is shown on the page in the newly chosen language.
    ctx.flash("profile-saved");
    Ok(Redirect::to(&format!("/{}/profile", lang.code())).into_response())
}

/// Changes the password after checking the current one. Every other session of the
/// person ends; this one goes on under a new id.
pub async fn change_password(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    headers: axum::http::HeaderMap,
    mut password_form: Form,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let current = password_form.value("current_password").to_owned();
    let confirmation = password_form.value("new_password_confirm").to_owned();
    let new = password_form.parse("new_password", |p| NewPassword::parse(p, &confirmation));
    for field in ["current_password", "new_password", "new_password_confirm"] {
        password_form.forget(field);
    }
    let current_ok = match state
        .store
        .accounts()
        .check_login(
            &user.email,
            &current,
            device_token(&state.config, &headers).as_deref(),
            Utc::now(),
        )
        .await?
    {
        LoginOutcome::SignedIn(_) => true,
        LoginOutcome::Refused => {
            password_form.refuse("current_password", "error-current-password");
            false
        }
        LoginOutcome::Locked { until } => {
            password_form.refuse_with(
                "current_password",
                "error-login-locked",
                &[("time", i18n::local_time(until))],
            );
            false
        }
    };
    let (Some(new), true) = (new, current_ok) else {
        let form = Form::with_values(
            ctx.lang,
            &[("name", &user.name), ("lang", user.lang.code())],
        );
        return page(ctx, &state, form, password_form).await;
    };
    state
        .store
        .accounts()
        .set_password(user.id, &new, Some(user.id))
        .await?;
    ctx.sign_in(user.id).await?;
    ctx.flash("password-changed");
    Ok(ctx.redirect("/profile"))
}
