//! One error type for every handler. Its kind chooses the HTTP status and the
//! translated message; the source is logged, never shown.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};

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
    pub(crate) fn message_ids(self) -> (&'static str, &'static str) {
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
