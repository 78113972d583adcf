//! Every state-changing route refuses a request without the session's CSRF token.
//!
//! The routes are read from the router's source, so a new route is covered the day it
//! is written.

use axum::http::{Method, StatusCode};

#[allow(unused_imports)]
use crate::common::*;

/// Every path registered with `post(` in the web crate's sources, with its parameters
/// filled in.
fn state_changing_routes() -> Vec<String> {
    let mut routes: Vec<String> = routes_in_sources("post(")
        .iter()
        .map(|route| fill_parameters(route))
        .collect();
    routes.sort();
    routes.dedup();
    routes
}

/// A path with every `{parameter}` filled in.
fn fill_parameters(route: &str) -> String {
    route
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "1"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn the_route_list_is_read_from_the_sources() {
    let routes = state_changing_routes();
    for expected in [
        "/login",
        "/logout",
        "/account/request",
        "/profile/password",
        "/requests/1/approve",
        "/admin/organisations/new",
    ] {
        assert!(
            routes.iter().any(|r| r == expected),
            "{expected} missing from {routes:?}"
        );
    }
}

on_both_databases! {
    async fn a_state_change_without_the_csrf_token_is_refused_on_every_route(app) {
        let admin = app.signed_in("administrator.fi@kt.example").await;
        let routes = state_changing_routes();
        assert!(routes.len() >= 15, "{routes:?}");
        for route in routes {
            for lang in ["fi", "sv"] {
                let path = format!("/{lang}{route}");
                let missing = admin.post_raw(&path, &[("name", "x")]).await;
                assert_eq!(missing.status, StatusCode::FORBIDDEN, "{path} without a token");
                let wrong = admin.post_raw(&path, &[("csrf", "forged"), ("name", "x")]).await;
                assert_eq!(wrong.status, StatusCode::FORBIDDEN, "{path} with a forged token");
                let header = admin.request(Method::POST, &path, Some(String::new()), &[("x-csrf-token", "forged")]).await;
                assert_eq!(header.status, StatusCode::FORBIDDEN, "{path} with a forged header");
            }
        }
        let refused = admin.post_raw("/sv/logout", &[]).await;
        assert!(refused.has("Formuläret har gått ut"), "the refusal is translated");
        assert!(admin.is_signed_in().await, "nothing happened");
    }

    async fn htmx_requests_carry_the_token_in_a_header(app) {
        let browser = app.signed_in("manager.sv@espoo.example").await;
        let token = browser.csrf().await;
        let body = serde_urlencoded::to_string([("name", "Sofia L."), ("lang", "sv")]).unwrap();
        let r = browser.request(Method::POST, "/sv/profile", Some(body), &[("x-csrf-token", &token)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(browser.get("/sv/profile").await.has("value=\"Sofia L.\""));
    }

    async fn no_state_changes_on_get(app) {
        let browser = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(browser.get("/fi/logout").await.status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(browser.is_signed_in().await);
    }
}
