//! Identity providers (OpenID Connect), as administrators configure them: names, the
//! issuer, the client id and secret (written, never shown again), the e-mail domains
//! and organisations each vouches for, and whether its new people get an account at
//! once or wait for their HR developer.

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use domain::{
    EmailDomain,
    sign_in::{Vouches, may_configure_providers, parse_issuer_url, parse_provider_text},
};
use store::{
    Organisation,
    identity::{Provider, ProviderSettings},
};

use crate::{
    AppError, AppState, PageCtx, accounts::oidc::CALLBACK_PATH, error::AppResult, form::Form,
    render::render_form,
};

#[derive(Template)]
#[template(path = "admin/sso.html")]
struct ProvidersPage {
    ctx: PageCtx,
    providers: Vec<Provider>,
    /// The one being edited (`None` when adding).
    editing: Option<Provider>,
    organisations: Vec<Organisation>,
    callback: String,
    form: Form,
}

impl ProvidersPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(p) => self.ctx.href(&format!("/admin/sso/{}", p.id)),
            None => self.ctx.href("/admin/sso"),
        }
    }

    fn chosen(&self, org: &i32) -> bool {
        self.form.has("organisations", &org.to_string())
    }
}

fn configurer(ctx: &PageCtx) -> AppResult<i32> {
    let who = ctx.require_user()?.principal();
    if !may_configure_providers(&who) {
        return Err(AppError::not_found());
    }
    Ok(who.user_id)
}

async fn page(
    ctx: PageCtx,
    state: &AppState,
    editing: Option<Provider>,
    form: Form,
) -> AppResult<Response> {
    let providers = state.store.identity().providers().await?;
    let organisations = state.store.organisations().all().await?;
    let refused = !form.is_valid();
    let path = match &editing {
        Some(p) => format!("/admin/sso/{}", p.id),
        None => "/admin/sso".to_owned(),
    };
    render_form(
        ProvidersPage {
            ctx: ctx.at(&path),
            providers,
            editing,
            organisations,
            callback: state.config.url(CALLBACK_PATH),
            form,
        },
        refused,
    )
}

async fn provider(state: &AppState, id: &str) -> AppResult<Provider> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .identity()
        .provider(id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    configurer(&ctx)?;
    let form = Form::with_values(ctx.lang, &[("enabled", "yes")]);
    page(ctx, &state, None, form).await
}

/// The form of a provider as saved, without its secret.
pub async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    configurer(&ctx)?;
    let provider = provider(&state, &id).await?;
    let domains = provider.vouches.domains.join("\n");
    let organisations: Vec<String> = provider
        .vouches
        .organisations
        .iter()
        .map(ToString::to_string)
        .collect();
    let mut values = vec![
        ("name_fi", provider.name_fi.as_str()),
        ("name_sv", provider.name_sv.as_str()),
        ("issuer_url", provider.issuer_url.as_str()),
        ("client_id", provider.client_id.as_str()),
        ("domains", domains.as_str()),
    ];
    values.extend(organisations.iter().map(|o| ("organisations", o.as_str())));
    if provider.vouches.auto_approve {
        values.push(("auto_approve", "yes"));
    }
    if provider.enabled {
        values.push(("enabled", "yes"));
    }
    let form = Form::with_values(ctx.lang, &values);
    page(ctx, &state, Some(provider), form).await
}

/// Reads the form; a secret left empty keeps the saved one (a new provider needs one).
fn parse(form: &mut Form, organisations: &[Organisation], new: bool) -> Option<ProviderSettings> {
    let name_fi = form.parse("name_fi", parse_provider_text);
    let name_sv = form.parse("name_sv", parse_provider_text);
    let issuer_url = form.parse("issuer_url", parse_issuer_url);
    let client_id = form.parse("client_id", parse_provider_text);
    let secret = form.value("client_secret").trim().to_owned();
    form.forget("client_secret");
    if new && secret.is_empty() {
        form.refuse("client_secret", "error-sso-secret");
    }
    let domains = form.parse("domains", |raw| {
        let domains = EmailDomain::parse_list(raw)?;
        if domains.is_empty() {
            return Err(domain::Invalid {
                message_id: "error-sso-domains",
            });
        }
        Ok(domains
            .into_iter()
            .map(|d| d.as_str().to_owned())
            .collect::<Vec<_>>())
    });
    let chosen: Vec<i32> = form
        .values("organisations")
        .iter()
        .filter_map(|v| v.parse().ok())
        .filter(|id| organisations.iter().any(|o| o.id == *id))
        .collect();
    let auto_approve = form.value("auto_approve") == "yes";
    if chosen.is_empty() {
        form.refuse("organisations", "error-sso-organisations");
    }
    if !form.is_valid() {
        return None;
    }
    Some(ProviderSettings {
        name_fi: name_fi?,
        name_sv: name_sv?,
        issuer_url: issuer_url?,
        client_id: client_id?,
        client_secret: (!secret.is_empty()).then_some(secret),
        vouches: Vouches {
            domains: domains?,
            organisations: chosen,
            auto_approve,
        },
        enabled: form.value("enabled") == "yes",
    })
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = configurer(&ctx)?;
    let organisations = state.store.organisations().all().await?;
    let Some(settings) = parse(&mut form, &organisations, true) else {
        return page(ctx, &state, None, form).await;
    };
    state
        .store
        .identity()
        .save_provider(None, &settings, admin)
        .await?;
    ctx.flash("sso-saved");
    Ok(ctx.redirect("/admin/sso"))
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let admin = configurer(&ctx)?;
    let provider = provider(&state, &id).await?;
    let organisations = state.store.organisations().all().await?;
    let Some(settings) = parse(&mut form, &organisations, false) else {
        return page(ctx, &state, Some(provider), form).await;
    };
    state
        .store
        .identity()
        .save_provider(Some(provider.id), &settings, admin)
        .await?;
    ctx.flash("sso-saved");
    Ok(ctx.redirect("/admin/sso"))
}
