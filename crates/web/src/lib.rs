//! johto's web layer: the axum router, its middleware and the pages.
//!
//! A request passes the layers in `router()` from the outside in: metrics and
//! tracing, security headers (with the CSP nonce), the session, CSRF, then the
//! language prefix (`/fi`, `/sv`, `/en`) and a feature's handler. A handler extracts a
//! [`PageCtx`], checks the role and the object's organisation, calls the store, and
//! renders an askama page. Errors become translated pages in `error_pages::render_errors`.

pub mod academy;
pub mod accounts;
pub mod admin;
pub mod api;
pub(crate) mod certificates;
mod charts;
pub(crate) mod coaching;
pub mod config;
pub mod ctx;
mod development;
pub mod error;
mod error_pages;
pub mod events;
mod export;
mod feature;
pub mod files;
pub mod form;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod markdown;
mod newsletters;
pub mod ops;
pub mod pages;
pub mod paging;
pub mod people;
mod privacy;
pub mod render;
pub mod search_page;
pub mod security;
mod solutions;
pub mod statics;
mod statistics;

use std::{net::SocketAddr, sync::Arc};

use axum::{Extension, Router, middleware, routing::get};
use domain::Lang;
use store::Store;
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};

pub use config::WebConfig;
pub use ctx::PageCtx;
pub use error::AppError;
pub use mail::Mailer;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<WebConfig>,
    pub mailer: Mailer,
    pub search: Arc<search::SearchIndex>,
    pub files: store::FileStorage,
    /// The key the certificates' credentials are signed with.
    pub issuer: Arc<certificates::credential::IssuerKey>,
}

pub use certificates::credential::IssuerKey;

/// Every feature of the platform: its pages, job kinds and navigation entries.
pub(crate) const FEATURES: &[feature::Feature] = &[
    pages::FEATURE,
    academy::FEATURE,
    events::FEATURE,
    coaching::FEATURE,
    certificates::FEATURE,
    development::FEATURE,
    solutions::FEATURE,
    newsletters::FEATURE,
    statistics::FEATURE,
    privacy::FEATURE,
    search_page::FEATURE,
    accounts::FEATURE,
    people::FEATURE,
    admin::FEATURE,
];

/// The pages under one language prefix. The same router is mounted under each.
fn pages() -> Router<AppState> {
    FEATURES.iter().fold(Router::new(), |router, feature| {
        router.merge((feature.pages)())
    })
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let config = state.config.clone();
    let mut app = Router::new();
    for lang in Lang::ALL {
        app = app
            .nest(&format!("/{}", lang.code()), pages().layer(Extension(lang)))
            // A nested `/` answers `/fi` only; the start page's own address is `/fi/`.
            .route(
                &format!("/{}/", lang.code()),
                get(pages::start).layer(Extension(lang)),
            );
    }
    let sessions = SessionManagerLayer::new(state.store.sessions())
        .with_name(config.cookie_name(config::Cookie::Session))
        .with_secure(config.is_https())
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        // A session is written only when it changes; a signed-in page moves its idle
        // deadline at most once a minute (`ctx::signed_in_user`).
        .with_expiry(Expiry::OnInactivity(time::Duration::seconds(
            config.session_idle_seconds,
        )));
    let roots = FEATURES
        .iter()
        .filter_map(|feature| feature.root)
        .fold(Router::new(), |router, root| router.merge(root()));
    app.route("/", get(pages::root_redirect))
        .merge(files::routes())
        .merge(roots)
        .fallback(error::not_found)
        .layer(middleware::from_fn(security::require_csrf))
        .layer(middleware::from_fn(error_pages::render_errors))
        // The API answers in JSON and only reads: no HTML error pages, no CSRF check.
        .merge(api::routes(&config))
        // A mail service posts a newsletter's one-click unsubscribe (RFC 8058) with no
        // session and no token: the recipient's secret in the address is the credential.
        .merge(newsletters::one_click())
        .layer(sessions)
        .layer(middleware::from_fn_with_state(
            config.clone(),
            ctx::carry_flash,
        ))
        .merge(ops::routes())
        .nest_service("/static", statics::service())
        .layer(middleware::from_fn_with_state(
            config.clone(),
            security::headers,
        ))
        .layer(middleware::from_fn(ops::track_requests))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(Extension(state.clone()))
        .with_state(state)
}

/// Serves until Ctrl-C or SIGTERM.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    let app = router(state);
    tokio::spawn(ops::keep_metrics());
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
