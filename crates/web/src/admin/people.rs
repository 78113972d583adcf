//! Adding a person directly, without a request. They get a welcome link to set their
//! password.

use askama::Template;
use axum::{Extension, response::Response};
use domain::{Email, Lang, PersonName, Role};
use store::{NewUser, Organisation, StoreError};

use crate::{AppState, PageCtx, error::AppResult, form::Form, render::render_form};

#[derive(Template)]
#[template(path = "admin/person_form.html")]
struct NewPersonPage {
    ctx: PageCtx,
    form: Form,
    organisations: Vec<Organisation>,
    all_roles: [Role; 8],
}

async fn page(ctx: PageCtx, state: &AppState, form: Form) -> AppResult<Response> {
    let organisations = state.store.organisations().all().await?;
    let refused = !form.is_valid();
    render_form(
        NewPersonPage {
            ctx,
            form,
            organisations,
            all_roles: Role::ALL,
        },
        refused,
    )
}

pub async fn new_form(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    ctx.require_role(Role::Administrator)?;
    let form = Form::with_values(ctx.lang, &[("lang", ctx.lang.code()), ("role", "manager")]);
    page(ctx, &state, form).await
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = ctx.require_role(Role::Administrator)?.id;
    let name = form.parse("name", PersonName::parse);
    let email = form.parse("email", Email::parse);
    let lang = form.parse("lang", Lang::parse);
    let org_id = match form.value("organisation").parse::<i32>() {
        Ok(id)
            if state
                .store
                .organisations()
                .organisation(id)
                .await?
                .is_some() =>
        {
            Some(id)
        }
        _ => {
            form.refuse("organisation", "error-organisation-required");
            None
        }
    };
    let mut roles = Vec::new();
    let raw_roles: Vec<String> = form.values("role").into_iter().map(str::to_owned).collect();
    for raw in &raw_roles {
        match Role::parse(raw) {
            Ok(role) => roles.push(role),
            Err(invalid) => form.refuse("roles", invalid.message_id),
        }
    }
    if roles.is_empty() {
        form.refuse("roles", "error-roles-required");
    }
    let (Some(name), Some(email), Some(lang), Some(org_id), true) =
        (name, email, lang, org_id, form.is_valid())
    else {
        return page(ctx, &state, form).await;
    };
    let new = NewUser {
        email,
        name,
        org_id,
        lang,
        roles,
        password: None,
    };
    match state
        .store
        .accounts()
        .create_user_with_welcome(&new, Some(admin))
        .await
    {
        Ok(id) => {
            ctx.flash("person-created");
            Ok(ctx.redirect(&format!("/people/{id}")))
        }
        Err(StoreError::EmailTaken) => {
            form.refuse("email", "error-email-has-account");
            page(ctx, &state, form).await
        }
        Err(e) => Err(e.into()),
    }
}
