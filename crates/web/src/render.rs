//! A page becomes a response: rendered, or an internal error if its template fails;
//! with 422 when the page shows a form that was refused.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppResult;

/// Whether a response is an HTML page (not a redirect's empty body, JSON, a file or a
/// static resource).
pub fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// Renders a page, or an internal error if the template fails.
pub fn render(page: impl Template) -> AppResult<Response> {
    Ok(Html(page.render()?).into_response())
}

/// A page with a form on it: 422 when the form was refused, so that browsers, tools
/// and tests see that nothing was saved.
pub fn render_form(page: impl Template, refused: bool) -> AppResult<Response> {
    let mut response = render(page)?;
    if refused {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}
