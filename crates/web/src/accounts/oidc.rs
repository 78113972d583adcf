//! Signing in through an organisation's identity provider: OpenID Connect's
//! authorization-code flow with PKCE, `state` and `nonce`. The start keeps the flow in
//! the database (any instance can finish it) and ties it to the browser with a cookie;
//! the answer at `/oidc/callback` is taken once, its code exchanged, the ID token
//! checked (signature, issuer, audience, expiry, nonce), and `domain::sign_in::admit`
//! decides whom it lets in. A refusal is a translated page, and nothing is created.

use std::{sync::OnceLock, time::Duration as StdDuration};

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use domain::{
    Email, Lang, PersonName,
    sign_in::{Admission, FLOW_SECONDS, Refusal, admit},
};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
    core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreUserInfoClaims},
};
use serde::Deserialize;
use store::{
    StoreError,
    identity::{Arrival, Flow, Provider},
};

use crate::{
    AppError, AppState, PageCtx, error::AppResult, form::local_path, render::render,
    security::cookie,
};

/// The session's note of the provider a person signed in with, and its ID token, for
/// the provider's own sign-out.
pub(crate) const PROVIDER_KEY: &str = "sso_provider";
pub(crate) const ID_TOKEN_KEY: &str = "sso_id_token";

/// The address the providers send their answers to (registered with each provider).
pub const CALLBACK_PATH: &str = "/oidc/callback";

const FLOW_COOKIE: &str = "johto_sso";

/// The HTTP client for the providers: no redirects followed (they would open the way
/// to requests the provider chose), a short timeout.
fn http() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(StdDuration::from_secs(10))
            .build()
            .unwrap_or_default()
    })
}

/// Why the provider could not be talked to.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Unreachable(String);

type Client = openidconnect::Client<
    openidconnect::EmptyAdditionalClaims,
    openidconnect::core::CoreAuthDisplay,
    openidconnect::core::CoreGenderClaim,
    openidconnect::core::CoreJweContentEncryptionAlgorithm,
    openidconnect::core::CoreJsonWebKey,
    openidconnect::core::CoreAuthPrompt,
    openidconnect::StandardErrorResponse<openidconnect::core::CoreErrorResponseType>,
    openidconnect::core::CoreTokenResponse,
    openidconnect::core::CoreTokenIntrospectionResponse,
    openidconnect::core::CoreRevocableToken,
    openidconnect::core::CoreRevocationErrorResponse,
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The provider's client, from its discovery document.
async fn client_for(state: &AppState, provider: &Provider) -> Result<Client, Unreachable> {
    let issuer =
        IssuerUrl::new(provider.issuer_url.clone()).map_err(|e| Unreachable(e.to_string()))?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http())
        .await
        .map_err(|e| Unreachable(e.to_string()))?;
    let redirect = RedirectUrl::new(state.config.url(CALLBACK_PATH))
        .map_err(|e| Unreachable(e.to_string()))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(provider.client_id.clone()),
        Some(ClientSecret::new(provider.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

#[derive(Template)]
#[template(path = "accounts/sso_outcome.html")]
struct OutcomePage {
    ctx: PageCtx,
    title: &'static str,
    message: &'static str,
    /// A refusal, rather than a request sent.
    refusal: bool,
}

/// The translated page of a sign-in that let no one in: a refusal (400 for an answer
/// that does not fit its sign-in, 403 for a person the provider does not vouch for,
/// 502 for a provider out of reach), or a new person's account request sent (200).
/// The flow cookie goes.
fn refused(ctx: PageCtx, message: &'static str, status: StatusCode) -> AppResult<Response> {
    let refusal = status != StatusCode::OK;
    let title = if refusal {
        "sso-title"
    } else {
        "sso-requested-title"
    };
    let mut response = render(OutcomePage {
        ctx,
        title,
        message,
        refusal,
    })?;
    *response.status_mut() = status;
    response
        .headers_mut()
        .append(header::SET_COOKIE, HeaderValue::from_static(CLEAR_COOKIE));
    Ok(response)
}

const CLEAR_COOKIE: &str = "johto_sso=; Path=/oidc/callback; Max-Age=0; HttpOnly; SameSite=Lax";

fn refusal(ctx: PageCtx, why: Refusal) -> AppResult<Response> {
    let status = match why {
        Refusal::UnknownState | Refusal::Expired | Refusal::Code | Refusal::Token => {
            StatusCode::BAD_REQUEST
        }
        _ => StatusCode::FORBIDDEN,
    };
    refused(ctx, refusal_message(why), status)
}

fn refusal_message(why: Refusal) -> &'static str {
    match why {
        Refusal::UnknownState => "sso-refused-state",
        Refusal::Expired => "sso-refused-expired",
        Refusal::Code => "sso-refused-code",
        Refusal::Token => "sso-refused-token",
        Refusal::Unverified => "sso-refused-unverified",
        Refusal::Domain => "sso-refused-domain",
        Refusal::Disabled => "sso-refused-disabled",
        Refusal::NoOrganisation => "sso-refused-organisation",
        Refusal::Waiting => "sso-refused-waiting",
    }
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// "Sign in with …": a new flow, and off to the provider.
pub async fn start(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    Query(q): Query<Next>,
) -> AppResult<Response> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    let provider = state
        .store
        .identity()
        .provider(id)
        .await?
        .filter(|p| p.enabled)
        .ok_or_else(AppError::not_found)?;
    let client = match client_for(&state, &provider).await {
        Ok(client) => client,
        Err(e) => {
            tracing::warn!(provider = provider.id, error = %e, "identity provider unreachable");
            return refused(ctx, "sso-unavailable", StatusCode::BAD_GATEWAY);
        }
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .add_extra_param("ui_locales", ctx.lang.code())
        .set_pkce_challenge(challenge)
        .url();
    let next = q
        .next
        .as_deref()
        .and_then(local_path)
        .unwrap_or_default()
        .to_owned();
    let flow = Flow {
        state: csrf.secret().clone(),
        provider_id: provider.id,
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        lang: ctx.lang,
        next,
        expires_at: Utc::now() + Duration::seconds(FLOW_SECONDS),
    };
    state.store.identity().start_flow(&flow, Utc::now()).await?;
    let secure = if state.config.is_https() {
        "; Secure"
    } else {
        ""
    };
    let mut response = Redirect::to(url.as_str()).into_response();
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{FLOW_COOKIE}={}; Path={CALLBACK_PATH}; Max-Age={FLOW_SECONDS}; HttpOnly; SameSite=Lax{secure}",
        flow.state
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Answer {
    state: String,
    code: String,
    error: String,
}

/// The provider's answer.
pub async fn callback(
    mut ctx: PageCtx,
    Extension(state): Extension<AppState>,
    headers: HeaderMap,
    Query(answer): Query<Answer>,
) -> AppResult<Response> {
    // The answer must belong to a sign-in started in this browser, and is taken once.
    let ours = cookie(&headers, FLOW_COOKIE).is_some_and(|c| c == answer.state);
    let flow = if ours && !answer.state.is_empty() {
        state.store.identity().take_flow(&answer.state).await?
    } else {
        None
    };
    let Some(flow) = flow else {
        return refusal(ctx, Refusal::UnknownState);
    };
    ctx.lang = flow.lang;
    if flow.expires_at < Utc::now() {
        return refusal(ctx, Refusal::Expired);
    }
    if !answer.error.is_empty() || answer.code.is_empty() {
        return refusal(ctx, Refusal::Code);
    }
    let Some(provider) = state
        .store
        .identity()
        .provider(flow.provider_id)
        .await?
        .filter(|p| p.enabled)
    else {
        return refusal(ctx, Refusal::UnknownState);
    };
    let client = match client_for(&state, &provider).await {
        Ok(client) => client,
        Err(e) => {
            tracing::warn!(provider = provider.id, error = %e, "identity provider unreachable");
            return refused(ctx, "sso-unavailable", StatusCode::BAD_GATEWAY);
        }
    };
    let (arrival, id_token) = match answer_of(&client, &flow, &answer.code).await {
        Ok(found) => found,
        Err(why) => {
            tracing::info!(
                provider = provider.id,
                reason = why.detail(),
                "identity provider's answer refused"
            );
            return refusal(ctx, why.refusal());
        }
    };
    let Ok(email) = Email::parse(&arrival.email) else {
        return refusal(ctx, Refusal::Unverified);
    };
    let identity = state.store.identity();
    let (linked, known) = identity
        .accounts_for(provider.id, &arrival.subject, &email)
        .await?;
    let org = identity.organisation_of_domain(&email).await?;
    let admission = match admit(
        &provider.vouches,
        &email,
        arrival.email_verified,
        linked,
        known,
        org,
    ) {
        Ok(admission) => admission,
        Err(why) => return refusal(ctx, why),
    };
    let name = PersonName::parse(&arrival.name)
        .or_else(|_| PersonName::parse(email.as_str().split('@').next().unwrap_or_default()))
        .map_err(|_| AppError::bad_request())?;
    let person = Arrival {
        subject: arrival.subject.clone(),
        email: email.clone(),
        name,
        lang: flow.lang,
    };
    let user_id = match admission {
        Admission::SignIn(user_id) => {
            identity.link(provider.id, &person.subject, user_id).await?;
            user_id
        }
        Admission::Create(org) => identity.create_linked(provider.id, &person, org).await?,
        Admission::Request(org) => {
            match state
                .store
                .accounts()
                .request_account(&person.name, &person.email, org, flow.lang)
                .await
            {
                Ok(_) => {}
                Err(StoreError::AlreadyRequested) => return refusal(ctx, Refusal::Waiting),
                Err(e) => return Err(e.into()),
            }
            return refused(ctx, "sso-requested", StatusCode::OK);
        }
    };
    ctx.sign_in(user_id).await?;
    ctx.session.insert(PROVIDER_KEY, provider.id).await?;
    ctx.session.insert(ID_TOKEN_KEY, id_token).await?;
    tracing::info!(
        user_id,
        provider = provider.id,
        "signed in through a provider"
    );
    let lang = state
        .store
        .accounts()
        .user(user_id)
        .await?
        .map_or(flow.lang, |u| u.lang);
    let target = if flow.next.is_empty() {
        format!("/{}/", lang.code())
    } else {
        flow.next.clone()
    };
    let mut response = Redirect::to(&target).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, HeaderValue::from_static(CLEAR_COOKIE));
    Ok(response)
}

/// What the provider said of the person.
struct Answered {
    subject: String,
    email: String,
    email_verified: bool,
    name: String,
}

enum Unanswered {
    Code(String),
    Token(String),
}

impl Unanswered {
    fn detail(&self) -> &str {
        match self {
            Unanswered::Code(detail) | Unanswered::Token(detail) => detail,
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            Unanswered::Code(_) => Refusal::Code,
            Unanswered::Token(_) => Refusal::Token,
        }
    }
}

/// Exchanges the code (with the PKCE verifier), checks the ID token against the flow's
/// nonce, and reads the address from the token or, when it has none, from the
/// provider's user info. Returns the person and the raw ID token.
async fn answer_of(
    client: &Client,
    flow: &Flow,
    code: &str,
) -> Result<(Answered, String), Unanswered> {
    let tokens = client
        .exchange_code(AuthorizationCode::new(code.to_owned()))
        .map_err(|e| Unanswered::Code(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(flow.pkce_verifier.clone()))
        .request_async(http())
        .await
        .map_err(|e| Unanswered::Code(e.to_string()))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| Unanswered::Token("no ID token".to_owned()))?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(flow.nonce.clone()))
        .map_err(|e| Unanswered::Token(e.to_string()))?;
    let subject = claims.subject().as_str().to_owned();
    let mut answered = Answered {
        subject: subject.clone(),
        email: claims
            .email()
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default(),
        email_verified: claims.email_verified().unwrap_or(false),
        name: claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default(),
    };
    if answered.email.is_empty() {
        let info: CoreUserInfoClaims = client
            .user_info(
                tokens.access_token().to_owned(),
                Some(claims.subject().clone()),
            )
            .map_err(|e| Unanswered::Token(e.to_string()))?
            .request_async(http())
            .await
            .map_err(|e| Unanswered::Token(e.to_string()))?;
        answered.email = info
            .email()
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default();
        answered.email_verified = info.email_verified().unwrap_or(false);
        if answered.name.is_empty() {
            answered.name = info
                .name()
                .and_then(|n| n.get(None))
                .map(|n| n.as_str().to_owned())
                .unwrap_or_default();
        }
    }
    Ok((answered, id_token.to_string()))
}

/// The provider's own sign-out address for a person who signed in through it, with
/// their ID token as the hint and the start page to come back to; `None` when the
/// provider has no end-session endpoint.
pub(crate) async fn end_session_url(
    state: &AppState,
    provider_id: i32,
    id_token: &str,
    lang: Lang,
) -> Option<String> {
    let provider = state.store.identity().provider(provider_id).await.ok()??;
    let discovery = format!(
        "{}/.well-known/openid-configuration",
        provider.issuer_url.trim_end_matches('/')
    );
    let body = http()
        .get(discovery)
        .send()
        .await
        .ok()?
        .bytes()
        .await
        .ok()?;
    let document: serde_json::Value = serde_json::from_slice(&body).ok()?;
    let endpoint = document.get("end_session_endpoint")?.as_str()?;
    let mut url = reqwest::Url::parse(endpoint).ok()?;
    url.query_pairs_mut()
        .append_pair("id_token_hint", id_token)
        .append_pair("client_id", &provider.client_id)
        .append_pair(
            "post_logout_redirect_uri",
            &state.config.url(&format!("/{}/", lang.code())),
        );
    Some(url.to_string())
}
