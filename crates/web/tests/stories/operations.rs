//! Health, readiness, metrics and the headers on every response.

use axum::http::StatusCode;

use crate::common::*;

const MANAGER_FI: &str = "manager.fi@espoo.example";

on_both_databases! {
    async fn health_readiness_and_metrics_answer(app) {
        let ops = app.client();
        assert_eq!(ops.get("/healthz").await.body, "ok");
        assert_eq!(ops.get("/readyz").await.body, "ready");
        ops.get("/fi/").await;
        let metrics = ops.get("/metrics").await;
        assert_eq!(metrics.status, StatusCode::OK);
        assert!(metrics.has("johto_http_requests_total"), "{}", metrics.body);
    }

    async fn every_page_carries_the_security_headers(app) {
        let browser = app.signed_in("manager.fi@espoo.example").await;
        for path in ["/fi/", "/fi/profile", "/fi/nope", "/static/style.css"] {
            let r = browser.get(path).await;
            let csp = r.headers["content-security-policy"].to_str().unwrap();
            for part in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self' 'nonce-"] {
                assert!(csp.contains(part), "{path}: {csp}");
            }
            assert_eq!(r.headers["x-content-type-options"], "nosniff");
            assert!(r.headers.contains_key("referrer-policy"));
        }
        let page = browser.get("/fi/profile").await;
        assert_eq!(page.headers["cache-control"], "no-store");
        let csp = page.headers["content-security-policy"].to_str().unwrap().to_owned();
        let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
        assert!(page.has(&format!("nonce=\"{nonce}\"")), "the page's script carries this response's nonce");
        assert!(!page.headers.contains_key("strict-transport-security"), "no HSTS over plain http");
    }

    async fn the_session_cookie_is_http_only_and_same_site(app) {
        let browser = app.client();
        // Before signing in, only the login form's CSRF cookie; the session comes with
        // the sign-in.
        let r = browser.get("/fi/login").await;
        assert_eq!(r.set_cookie("johto"), None, "no session before signing in");
        let csrf = r.set_cookie("johto-csrf").expect("the login form's CSRF cookie");
        let signed_in = browser.login(MANAGER_FI, DEMO_PASSWORD).await;
        let session = signed_in.set_cookie("johto").expect("a session cookie at sign-in");
        for cookie in [csrf, session] {
            assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
        }
        assert_eq!(session_cookie_in_the_api_document(&browser).await, "johto");
    }
}

/// The cookie the API's OpenAPI document tells its callers to send.
async fn session_cookie_in_the_api_document(browser: &Client<'_>) -> String {
    let doc: serde_json::Value =
        serde_json::from_str(&browser.get("/api/v1/openapi.json").await.body).unwrap();
    let scheme = &doc["components"]["securitySchemes"]["session"];
    assert_eq!(scheme["in"], "cookie", "{scheme}");
    scheme["name"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn over_https_the_cookie_is_secure_and_host_prefixed_and_hsts_is_sent() {
    let config = web::WebConfig {
        public_url: "https://johto.example".to_owned(),
        ..web::WebConfig::default()
    };
    let app = TestApp::sqlite_with(config).await;
    let browser = app.client();
    let r = browser.get("/fi/login").await;
    let csrf = r
        .set_cookie("__Host-johto-csrf")
        .expect("a host-prefixed CSRF cookie for the login form");
    let signed_in = browser.login(MANAGER_FI, DEMO_PASSWORD).await;
    let session = signed_in
        .set_cookie("__Host-johto")
        .expect("a host-prefixed session cookie at sign-in");
    for cookie in [csrf, session] {
        assert!(
            cookie.contains("Secure") && cookie.contains("Path=/"),
            "{cookie}"
        );
        assert!(!cookie.to_ascii_lowercase().contains("domain="), "{cookie}");
    }
    assert_eq!(
        session_cookie_in_the_api_document(&browser).await,
        "__Host-johto"
    );
    assert!(
        r.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

/// PostgreSQL restarted (or a proxy dropped the connections): the pool's connections are
/// dead, and each is checked once it has lain idle for `store::CHECKED_AFTER_IDLE`, so
/// the next pages find new ones instead of failing on the old.
#[tokio::test]
async fn pages_answer_again_after_postgresql_has_dropped_every_connection() {
    use sea_orm::{ConnectionTrait, Database, Statement};

    let Some(app) = TestApp::postgres().await else {
        return;
    };
    let browser = app.signed_in(MANAGER_FI).await;
    assert_eq!(browser.get("/fi/profile").await.status, StatusCode::OK);
    let db = app.store.connection();
    let name = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT current_database() AS name",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<String>("", "name")
        .unwrap();
    let admin = Database::connect(format!("{}/postgres", postgres_base()))
        .await
        .unwrap();
    let ended = admin
        .query_one_raw(Statement::from_string(
            admin.get_database_backend(),
            format!(
                "SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity \
                 WHERE datname = '{name}'"
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "ended")
        .unwrap();
    assert!(ended > 0, "the application's connections were ended");
    admin.close().await.ok();
    tokio::time::sleep(store::CHECKED_AFTER_IDLE + std::time::Duration::from_millis(200)).await;
    for path in ["/fi/profile", "/fi/events", "/fi/academy"] {
        assert_eq!(browser.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(browser.get("/readyz").await.body, "ready");
}
