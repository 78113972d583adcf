//! Asking for an account. The request waits for an HR developer of the organisation
//! (or a coordinator), who are told of it by e-mail.

use askama::Template;
use axum::{Extension, http::request::Parts, response::Response};
use domain::{Email, PersonName};
use store::{Organisation, StoreError};

use crate::{
    AppState, PageCtx,
    error::AppResult,
    form::Form,
    render::{render, render_form},
    security::take_costly_attempt,
};

#[derive(Template)]
#[template(path = "accounts/request.html")]
struct RequestPage {
    ctx: PageCtx,
    form: Form,
    organisations: Vec<Organisation>,
    sent: bool,
}

pub async fn form(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let organisations = state.store.organisations().all().await?;
    let form = Form::with_values(ctx.lang, &[("lang", ctx.lang.code())]);
    render(RequestPage {
        ctx,
        form,
        organisations,
        sent: false,
    })
}

pub async fn submit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    parts: Parts,
    mut form: Form,
) -> AppResult<Response> {
    take_costly_attempt(&state, &parts).await?;
    let organisations = state.store.organisations().all().await?;
    let name = form.parse("name", PersonName::parse);
    let email = form.parse("email", Email::parse);
    let org = form
        .value("organisation")
        .parse::<i32>()
        .ok()
        .and_then(|id| organisations.iter().find(|o| o.id == id));
    if org.is_none() {
        form.refuse("organisation", "error-organisation-required");
    }
    let lang = form.parse("lang", domain::Lang::parse);
    // An organisation that names its staff's e-mail domains takes requests from them only.
    if let (Some(email), Some(org)) = (&email, org)
        && !org.domains.is_empty()
        && !org.domains.iter().any(|d| d == email.domain())
    {
        form.refuse_with(
            "email",
            "error-email-not-of-organisation",
            &[("domains", org.domains.join(", "))],
        );
    }
    let (Some(name), Some(email), Some(org), Some(lang), true) =
        (name, email, org, lang, form.is_valid())
    else {
        return render_form(
            RequestPage {
                ctx,
                form,
                organisations,
                sent: false,
            },
            true,
        );
    };
    match state
        .store
        .accounts()
        .request_account(&name, &email, org.id, lang)
        .await
    {
        Ok(_) => {}
        Err(StoreError::EmailTaken) => {
            form.refuse("email", "error-email-has-account");
            return render_form(
                RequestPage {
                    ctx,
                    form,
                    organisations,
                    sent: false,
                },
                true,
            );
        }
        Err(StoreError::AlreadyRequested) => {
            form.refuse("email", "error-email-already-requested");
            return render_form(
                RequestPage {
                    ctx,
                    form,
                    organisations,
                    sent: false,
                },
                true,
            );
        }
        Err(e) => return Err(e.into()),
    }
    let form = Form::empty(ctx.lang);
    render(RequestPage {
        ctx,
        form,
        organisations,
        sent: true,
    })
}
