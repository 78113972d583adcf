//! One error type for every handler. Its kind chooses the HTTP status and the
//! translated message; the source is logged, never shown.

use askama::Template;
use axum::{
    extract::Request,
    http::{HeaderMap, StatusCode, Uri, header},
    middleware::Next,
    response::{Html, IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use crate::{AppState, ctx::PageCtx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Nothing here, or nothing this person may see.
    NotFound,
    /// The page exists, but this person's roles do not open it.
    Forbidden,
    /// The form's CSRF token was missing or wrong.
    Csrf,
    /// The request itself was malformed.
    BadRequest,
    /// Too many attempts from one address.
    TooManyRequests,
    /// An upload over the size limit.
    TooLarge,
    /// The page needs a signed-in person.
    SignIn,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Forbidden | ErrorKind::Csrf => StatusCode::FORBIDDEN,
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::SignIn => StatusCode::SEE_OTHER,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent keys of the page's heading and explanation.
    fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            ErrorKind::NotFound => ("error-not-found-title", "error-not-found-text"),
            ErrorKind::Forbidden => ("error-forbidden-title", "error-forbidden-text"),
            ErrorKind::Csrf => ("error-csrf-title", "error-csrf-text"),
            ErrorKind::BadRequest => ("error-bad-request-title", "error-bad-request-text"),
            ErrorKind::TooManyRequests => ("error-too-many-title", "error-too-many-text"),
            ErrorKind::TooLarge => ("error-too-large-title", "error-too-large-text"),
            ErrorKind::SignIn | ErrorKind::Internal => {
                ("error-internal-title", "error-internal-text")
            }
        }
    }
}

#[derive(Debug)]
pub struct AppError {
    pub kind: ErrorKind,
    pub source: Option<anyhow::Error>,
}

impl AppError {
    pub fn new(kind: ErrorKind) -> AppError {
        AppError { kind, source: None }
    }

    pub fn not_found() -> AppError {
        AppError::new(ErrorKind::NotFound)
    }

    pub fn forbidden() -> AppError {
        AppError::new(ErrorKind::Forbidden)
    }

    pub fn bad_request() -> AppError {
        AppError::new(ErrorKind::BadRequest)
    }
}

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(e: E) -> AppError {
        AppError {
            kind: ErrorKind::Internal,
            source: Some(e.into()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Some(source) = &self.source {
            tracing::error!(error = ?source, kind = ?self.kind, "request failed");
        }
        let mut response = self.kind.status().into_response();
        response.extensions_mut().insert(self.kind);
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;

pub async fn not_found() -> AppError {
    AppError::not_found()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    title: String,
    text: String,
}

/// A bare error from the framework itself (an unknown method, a malformed query
/// string) gets a translated page like our own errors; pages we rendered are left be.
fn framework_error(response: &Response) -> Option<ErrorKind> {
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !status.is_client_error() || is_html {
        return None;
    }
    Some(match status {
        StatusCode::NOT_FOUND => ErrorKind::NotFound,
        StatusCode::FORBIDDEN => ErrorKind::Forbidden,
        StatusCode::TOO_MANY_REQUESTS => ErrorKind::TooManyRequests,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::TooLarge,
        _ => ErrorKind::BadRequest,
    })
}

/// Turns an error response from any handler into a page in the reader's language,
/// with the site's header and footer. A request that needs a signed-in person is sent
/// to the login page and brought back afterwards.
pub async fn render_errors(request: Request, next: Next) -> Response {
    let uri: Uri = request.uri().clone();
    let headers: HeaderMap = request.headers().clone();
    let session = request.extensions().get::<Session>().cloned();
    let state = request.extensions().get::<AppState>().cloned();
    let nonce = request
        .extensions()
        .get::<crate::security::Nonce>()
        .cloned();
    let response = next.run(request).await;
    let Some(kind) = response
        .extensions()
        .get::<ErrorKind>()
        .copied()
        .or_else(|| framework_error(&response))
    else {
        return response;
    };
    let status = response.status();
    let (Some(session), Some(state)) = (session, state) else {
        return response;
    };
    let ctx = match PageCtx::build(&state, &session, &uri, &headers, None, nonce).await {
        Ok(ctx) => ctx,
        Err(_) => return (kind.status(), "error").into_response(),
    };
    if kind == ErrorKind::SignIn {
        let next = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let target = format!(
            "/{}/login?next={}",
            ctx.lang.code(),
            crate::form::url_encode(next)
        );
        return Redirect::to(&target).into_response();
    }
    let (title, text) = kind.message_ids();
    let page = ErrorPage {
        title: ctx.t(title),
        text: ctx.t(text),
        ctx,
    };
    match page.render() {
        Ok(html) => {
            let mut response = (status, Html(html)).into_response();
            if kind == ErrorKind::TooManyRequests {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
            }
            response
        }
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            kind.status().into_response()
        }
    }
}
