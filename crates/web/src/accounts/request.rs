//! Asking for an account. The request waits for an HR developer of the organisation
//! (or a coordinator), who are told of it by e-mail.

use askama::Template;
use axum::{Extension, http::request::Parts, response::Response};
use domain::{Email, PersonName, Role};
use store::{Organisation, StoreError};

use crate::{
    AppState, PageCtx,
    error::AppResult,
    form::Form,
    mail::Mail,
    pages::{render, render_form},
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
    notify_approvers(&state, org.id, &name, &email).await?;
    let form = Form::empty(ctx.lang);
    render(RequestPage {
        ctx,
        form,
        organisations,
        sent: true,
    })
}

/// Tells the organisation's HR developers that a request waits for them.
async fn notify_approvers(
    state: &AppState,
    org_id: i32,
    name: &PersonName,
    email: &Email,
) -> AppResult<()> {
    let approvers = state.store.accounts().users(Some(org_id)).await?;
    for hr in approvers
        .iter()
        .filter(|u| !u.disabled && u.roles.contains(&Role::HrDeveloper))
    {
        let link = state.config.url(&format!("/{}/requests", hr.lang.code()));
        let mail = Mail::RequestWaiting {
            name: name.as_str().to_owned(),
            email: email.as_str().to_owned(),
            link,
        };
        crate::jobs::send_mail(&state.store, &hr.email, hr.lang, mail).await?;
    }
    Ok(())
}
