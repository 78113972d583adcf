//! Security headers on every response, and the CSRF check on every state change.

use std::{net::SocketAddr, sync::Arc};

use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use crate::{AppError, AppState, WebConfig, config::Cookie, error::ErrorKind};

/// The per-response nonce that inline scripts must carry under the CSP.
#[derive(Clone, Debug)]
pub struct Nonce(pub String);

/// Where the session keeps its CSRF token.
pub(crate) const CSRF_KEY: &str = "csrf";
/// The name of the form field and of the htmx header that carry the CSRF token.
pub const CSRF_FIELD: &str = "csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Largest form body read for the CSRF check.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// An anonymous visitor's CSRF token: a random value in a cookie of its own that the
/// forms they post (login, account request, forgotten password) must repeat (double
/// submit), so those forms are protected without a session row for every visitor. On
/// https the cookie is `__Host-`-prefixed, so only this host can set it and a sibling
/// domain cannot plant one. A signed-in person's token is their session's.
#[derive(Clone, Debug)]
pub struct AnonymousCsrf {
    pub token: String,
    /// Whether the browser sent it; one made for this response proves nothing yet.
    pub sent: bool,
}

/// The anonymous CSRF token the request carries, or a new one.
fn anonymous_csrf(config: &WebConfig, request: &Request) -> AnonymousCsrf {
    let sent = cookie(request.headers(), config.cookie_name(Cookie::Csrf)).filter(|value| {
        value.len() >= 32
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    match sent {
        Some(token) => AnonymousCsrf { token, sent: true },
        None => AnonymousCsrf {
            token: store::random_token(),
            sent: false,
        },
    }
}

pub async fn headers(
    State(config): State<Arc<WebConfig>>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = store::random_token();
    request.extensions_mut().insert(Nonce(nonce.clone()));
    let is_static = request.uri().path().starts_with("/static/");
    let csrf = anonymous_csrf(&config, &request);
    request.extensions_mut().insert(csrf.clone());
    let mut response = next.run(request).await;
    // Only a page can carry a form: health checks, the API, files and static
    // resources get no cookie.
    let is_page = crate::render::is_html(&response);
    let h = response.headers_mut();
    if !csrf.sent
        && is_page
        && let Some(v) = set_cookie(&config, config.cookie_name(Cookie::Csrf), &csrf.token, None)
    {
        h.append(header::SET_COOKIE, v);
    }
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; \
         frame-ancestors 'none'; form-action 'self'"
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Reset links carry a secret in their path: never let it travel to another site.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if config.is_https() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if !is_static {
        // Pages carry personal data and CSRF tokens: no cache may keep them.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Refuses a state-changing request whose token does not match the session's (or, for
/// an anonymous visitor, the [`AnonymousCsrf`] cookie's). The token comes in the `csrf`
/// field of a form, or in the `X-CSRF-Token` header that htmx sends.
pub async fn require_csrf(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        return AppError::new(ErrorKind::Csrf).into_response();
    };
    let anonymous = request.extensions().get::<AnonymousCsrf>().cloned();
    let expected = match (session.get::<String>(CSRF_KEY).await, anonymous) {
        (Ok(Some(token)), _) => token,
        (Ok(None), Some(anonymous)) if anonymous.sent => anonymous.token,
        _ => return AppError::new(ErrorKind::Csrf).into_response(),
    };
    let from_header = request
        .headers()
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let (request, submitted) = match from_header {
        Some(token) => (request, Some(token)),
        None => match token_from_form(request).await {
            Ok(pair) => pair,
            Err(response) => return response,
        },
    };
    let matches = submitted.is_some_and(|s| bool::from(s.as_bytes().ct_eq(expected.as_bytes())));
    if !matches {
        return AppError::new(ErrorKind::Csrf).into_response();
    }
    next.run(request).await
}

/// Reads a form body (URL-encoded, or multipart with an upload) for its token and puts
/// the body back for the handler.
async fn token_from_form(request: Request) -> Result<(Request, Option<String>), Response> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let multipart = content_type.starts_with("multipart/form-data");
    if !multipart && !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok((request, None));
    }
    let limit = if multipart {
        let uploads = request
            .extensions()
            .get::<AppState>()
            .map_or(0, |s| s.config.max_upload_bytes);
        uploads + MAX_FORM_BYTES
    } else {
        MAX_FORM_BYTES
    };
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| {
        let kind = if multipart {
            ErrorKind::TooLarge
        } else {
            ErrorKind::BadRequest
        };
        AppError::new(kind).into_response()
    })?;
    let token = if multipart {
        multipart_token(&content_type, bytes.clone()).await
    } else {
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| {
                pairs
                    .into_iter()
                    .find(|(k, _)| k == CSRF_FIELD)
                    .map(|(_, v)| v)
            })
    };
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}

/// The token field of a multipart body. Forms put it first, so the file after it is
/// not read.
async fn multipart_token(content_type: &str, bytes: axum::body::Bytes) -> Option<String> {
    use axum::extract::{FromRequest, Multipart};
    let probe = Request::builder()
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(bytes))
        .ok()?;
    let mut multipart = Multipart::from_request(probe, &()).await.ok()?;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(CSRF_FIELD) {
            return field.text().await.ok();
        }
    }
    None
}

/// Counts a request that always costs something (an e-mail, a request for someone's
/// time) against its address, and refuses it past the address's limit.
pub async fn take_costly_attempt(
    state: &crate::AppState,
    parts: &axum::http::request::Parts,
) -> crate::error::AppResult<()> {
    let address = client_address(&state.config, parts);
    if state
        .store
        .accounts()
        .take_login_attempt(&address, chrono::Utc::now())
        .await?
    {
        Ok(())
    } else {
        Err(AppError::new(ErrorKind::TooManyRequests))
    }
}

/// The trusted-device token a browser sent, if any.
pub fn device_token(config: &WebConfig, headers: &axum::http::HeaderMap) -> Option<String> {
    cookie(headers, config.cookie_name(Cookie::Device))
}

/// The value of the request's cookie `name`.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The `Set-Cookie` value that makes a browser trusted for a year.
pub fn device_cookie(config: &WebConfig, token: &str) -> Option<HeaderValue> {
    set_cookie(
        config,
        config.cookie_name(Cookie::Device),
        token,
        Some(31_536_000),
    )
}

/// A `Set-Cookie` value of ours: the whole site's, unreadable to scripts, not sent
/// along from other sites' forms, only over https where the site is on https. Without
/// `max_age` it lasts while the browser is open; `Some(0)` removes it.
pub fn set_cookie(
    config: &WebConfig,
    name: &str,
    value: &str,
    max_age: Option<u32>,
) -> Option<HeaderValue> {
    let secure = if config.is_https() { "; Secure" } else { "" };
    let max_age = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/{max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .ok()
}

/// The address a request came from: the load balancer's `X-Forwarded-For` when it is
/// trusted, else the connection's peer.
pub fn client_address(config: &WebConfig, request: &axum::http::request::Parts) -> String {
    if config.trust_proxy
        && let Some(first) = request
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
    {
        return first.trim().to_owned();
    }
    request
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
}
