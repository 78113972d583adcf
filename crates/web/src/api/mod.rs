//! The JSON API, `/api/v1`, described by OpenAPI at `/api/v1/openapi.json`.
//!
//! A caller is a person: either with a personal API token (`Authorization: Bearer
//! johto_…`, made on the profile page) or, for reading only, with the session of a
//! signed-in browser. Either way the person's own permissions hold, exactly as on the
//! pages: drafts only for editors, the HR rollout notes only for those who see the
//! idea bank. The API only reads, so it needs no CSRF token; it sits outside the
//! pages' HTML error pages and answers errors as JSON in the caller's language.

mod academy;
mod certificates;
mod coaching;
mod development;
mod solutions;
mod statistics;

use axum::{
    Extension, Json, Router,
    extract::{FromRequestParts, OptionalFromRequestParts},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
    routing::get,
};
use domain::{Lang, Principal};
use serde::Serialize;
use store::User;
use tower_sessions::Session;
use utoipa::{
    Modify, OpenApi, ToSchema,
    openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme},
};
use utoipa_axum::router::OpenApiRouter;

use crate::{AppState, WebConfig, config::Cookie, ctx::preferred_lang, i18n};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "johto API",
        description = "Read the Manager Academy (themes and their parts in Finnish, Swedish and English) \
                       the coaching programme (cohorts, their forums, your own programme and tasks, a coach's queue) \
                       certificates (anyone checks one by its code) \
                       and KunTeko sparring (the rounds, your organisation's applications and their decisions). \
                       Authenticate with a personal API token from your profile page.",
    ),
    security(("token" = []), ("session" = [])),
    tags(
        (name = "academy", description = "The Manager Academy"),
        (name = "coaching", description = "The EKJ coaching programme"),
        (name = "development", description = "The KunTeko workplace-development programme"),
        (name = "people", description = "The caller")
    )
)]
struct ApiDoc;

/// The two ways in: a personal token, or the session cookie of a signed-in browser,
/// whose name depends on the configuration (`WebConfig::cookie_name`).
struct Security {
    session_cookie: &'static str,
}

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A personal API token, `johto_…`"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(self.session_cookie))),
        );
    }
}

/// The API's routes and its OpenAPI document, built from the same handlers.
fn api(config: &WebConfig) -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let mut doc = ApiDoc::openapi();
    Security {
        session_cookie: config.cookie_name(Cookie::Session),
    }
    .modify(&mut doc);
    OpenApiRouter::with_openapi(doc)
        .nest("/api/v1", academy::routes())
        .nest("/api/v1", coaching::routes())
        .nest("/api/v1", certificates::routes())
        .nest("/api/v1", development::routes())
        .nest("/api/v1", solutions::routes())
        .nest("/api/v1", statistics::routes())
        .split_for_parts()
}

pub fn routes(config: &WebConfig) -> Router<AppState> {
    let (router, doc) = api(config);
    let doc = std::sync::Arc::new(doc);
    router
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move { Json(doc.as_ref().clone()) }
            }),
        )
        .route("/api/{*rest}", get(unknown).post(unknown))
}

/// The OpenAPI document as johto with this configuration serves it, for tests and tools.
pub fn openapi(config: &WebConfig) -> utoipa::openapi::OpenApi {
    api(config).1
}

async fn unknown(headers: HeaderMap) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        preferred_lang(None, &headers),
    )
}

/// The person calling the API.
pub struct Caller {
    pub user: User,
    pub lang: Lang,
}

impl Caller {
    pub fn principal(&self) -> Principal {
        self.user.principal()
    }

    pub fn error(&self, status: StatusCode, code: &'static str) -> ApiError {
        ApiError::new(status, code, self.lang)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Caller, ApiError> {
        let lang = preferred_lang(None, &parts.headers);
        let unauthorised = || ApiError::new(StatusCode::UNAUTHORIZED, "unauthorised", lang);
        let Some(Extension(state)) = parts.extensions.get::<AppState>().cloned().map(Extension)
        else {
            return Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                lang,
            ));
        };
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.strip_prefix("Bearer ").unwrap_or("").trim().to_owned());
        let user = match bearer {
            Some(token) => state
                .store
                .api_tokens()
                .user_by_api_token(&token)
                .await
                .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", lang))?,
            None if matches!(parts.method, Method::GET | Method::HEAD) => {
                match parts.extensions.get::<Session>() {
                    Some(session) => crate::ctx::signed_in_user(&state, session)
                        .await
                        .map_err(|_| unauthorised())?,
                    None => None,
                }
            }
            None => None,
        };
        let user = user.ok_or_else(unauthorised)?;
        let lang = preferred_lang(Some(&user), &parts.headers);
        Ok(Caller { user, lang })
    }
}

/// A caller who may also be nobody: the public pages of the API answer visitors too,
/// but a token that is given must be valid.
impl<S: Send + Sync> OptionalFromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Option<Caller>, ApiError> {
        match <Caller as FromRequestParts<S>>::from_request_parts(parts, state).await {
            Ok(caller) => Ok(Some(caller)),
            Err(e) if parts.headers.contains_key(header::AUTHORIZATION) => Err(e),
            Err(e) if e.status == StatusCode::UNAUTHORIZED => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// An error as the API answers it: a stable code for programs and a message in the
/// caller's language for people.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    /// `unauthorised`, `not-found`, `unavailable`, …
    pub error: &'static str,
    pub message: String,
}

impl ApiError {
    /// An error with a message of its own, already in the caller's language: what was
    /// wrong with a parameter.
    pub fn with_message(status: StatusCode, code: &'static str, message: String) -> ApiError {
        ApiError {
            status,
            error: code,
            message,
        }
    }

    pub fn new(status: StatusCode, code: &'static str, lang: Lang) -> ApiError {
        ApiError {
            status,
            error: code,
            message: i18n::t(lang, &format!("api-error-{code}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status;
        let mut response = (status, Json(self)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"johto\""),
            );
        }
        response
    }
}

/// A failure of the pages' machinery that the API shares (reading the store).
impl From<crate::AppError> for ApiError {
    fn from(e: crate::AppError) -> ApiError {
        tracing::error!(error = ?e, "the API could not answer");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            Lang::default(),
        )
    }
}

impl From<store::StoreError> for ApiError {
    fn from(e: store::StoreError) -> ApiError {
        tracing::error!(error = %e, "the API could not read the store");
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            Lang::default(),
        )
    }
}
