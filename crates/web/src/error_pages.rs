//! Error pages: an error response from any handler (ours, marked with an
//! [`ErrorKind`], or a bare one from the framework) becomes a page in the reader's
//! language, with the site's header and footer.

use askama::Template;
use axum::{
    extract::Request,
    http::{HeaderMap, StatusCode, Uri, header},
    middleware::Next,
    response::{Html, IntoResponse, Redirect, Response},
};
use tower_sessions::Session;

use crate::{AppState, ctx::PageCtx, error::ErrorKind};

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
    if !status.is_client_error() || crate::render::is_html(response) {
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
    let extensions = request.extensions().clone();
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
    let ctx = match PageCtx::build(&state, &session, &uri, &headers, None, &extensions).await {
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
