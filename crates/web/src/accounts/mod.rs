//! Signing in and out, passwords, asking for an account, and the person's own profile
//! and data.

mod login;
mod my_data;
mod notices;
pub(crate) mod oidc;
mod password;
mod profile;
mod request;
mod tokens;

use axum::{
    Router,
    routing::{get, post},
};

use crate::{
    AppState,
    feature::{Feature, NavEntry, everyone},
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: Some(root_routes),
    jobs: notices::JOBS,
    nav: &[NavEntry {
        order: 90,
        path: "/profile",
        label: "nav-profile",
        shown: everyone,
        public: false,
    }],
};

/// The identity providers' answers come to one address, outside the language prefix.
fn root_routes() -> Router<AppState> {
    Router::new().route(oidc::CALLBACK_PATH, get(oidc::callback))
}

fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route("/login/sso/{id}", get(oidc::start))
        .route(
            "/password/forgot",
            get(password::forgot_form).post(password::forgot_submit),
        )
        .route(
            "/password/reset/{token}",
            get(password::reset_form).post(password::reset_submit),
        )
        .route(
            "/password/welcome/{token}",
            get(password::welcome_form).post(password::welcome_submit),
        )
        .route("/account/request", get(request::form).post(request::submit))
        .route("/profile", get(profile::show).post(profile::update))
        .route("/profile/password", post(profile::change_password))
        .route("/profile/tokens", get(tokens::show).post(tokens::create))
        .route("/profile/data", get(my_data::show))
        .route("/profile/data.zip", get(my_data::download))
        .route("/profile/data/erasure", post(my_data::request_erasure))
        .route("/profile/tokens/{id}/revoke", post(tokens::revoke))
}
