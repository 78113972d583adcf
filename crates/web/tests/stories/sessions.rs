//! A read writes nothing: an anonymous visitor has no session row until they sign in,
//! and a signed-in person's pages move the session's idle deadline at most once a
//! minute. The anonymous forms keep their CSRF protection through a cookie of its own,
//! and a form's one-time notice goes to the next page in a cookie too.

use axum::http::{Method, StatusCode};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};
use store::entity::session;

#[allow(unused_imports)]
use crate::common::*;

async fn session_rows(app: &TestApp) -> u64 {
    session::Entity::find()
        .count(app.store.connection())
        .await
        .unwrap()
}

/// A person's one session row as stored: (data, expiry).
async fn stored_session(app: &TestApp, email: &str) -> (String, chrono::DateTime<chrono::Utc>) {
    let user_id = app.user_id(email).await;
    let row = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .one(app.store.connection())
        .await
        .unwrap()
        .unwrap();
    (row.data, row.expires_at)
}

on_both_databases! {
    async fn anonymous_visitors_leave_no_session_rows_behind(app) {
        let before = session_rows(&app).await;
        for i in 0..100 {
            // A crawler: a new visitor each time, with no cookies.
            let visitor = app.client();
            for path in ["/fi/", "/sv/login", "/fi/account/request", "/fi/accessibility"] {
                assert_eq!(visitor.get(path).await.status, StatusCode::OK, "{path} ({i})");
            }
        }
        assert_eq!(session_rows(&app).await, before, "400 anonymous page views wrote no session");
        // Signing in is what makes one.
        app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(session_rows(&app).await, before + 1);
    }

    async fn anonymous_forms_need_the_token_of_their_own_cookie(app) {
        let visitor = app.client();
        // Only pages carry forms, so only pages set the cookie.
        assert_eq!(visitor.get("/healthz").await.set_cookie("johto-csrf"), None);
        assert_eq!(visitor.get("/api/v1/openapi.json").await.set_cookie("johto-csrf"), None);
        assert!(visitor.get("/fi/login").await.set_cookie("johto-csrf").is_some());
        let token = visitor.csrf().await;
        assert!(token.len() >= 32, "the login form carries a token: {token:?}");
        // Without the token, with a forged one, or from a browser without the cookie.
        let login = [("email", "manager.fi@espoo.example"), ("password", DEMO_PASSWORD), ("next", "")];
        assert_eq!(visitor.post_raw("/fi/login", &login).await.status, StatusCode::FORBIDDEN);
        let forged = [("csrf", "forged-forged-forged-forged-forged-forged"), login[0], login[1], login[2]];
        assert_eq!(visitor.post_raw("/fi/login", &forged).await.status, StatusCode::FORBIDDEN);
        let elsewhere = app.client();
        let replayed = [("csrf", token.as_str()), login[0], login[1], login[2]];
        assert_eq!(elsewhere.post_raw("/fi/login", &replayed).await.status, StatusCode::FORBIDDEN, "a token is bound to its cookie");
        let header = visitor.request(Method::POST, "/fi/account/request", Some(String::new()), &[("x-csrf-token", "forged")]).await;
        assert_eq!(header.status, StatusCode::FORBIDDEN);
        // With both, the visitor signs in, and the session has a token of its own.
        let r = visitor.post_raw("/fi/login", &replayed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(visitor.is_signed_in().await);
        assert_ne!(visitor.csrf().await, token, "signed in, the session's token is used");
    }

    async fn a_signed_in_person_reading_pages_moves_the_idle_deadline_at_most_once_a_minute(app) {
        let email = "manager.sv@espoo.example";
        let browser = app.signed_in(email).await;
        let first = stored_session(&app, email).await;
        for path in ["/sv/", "/sv/academy", "/sv/events", "/sv/profile", "/sv/", "/api/v1/me"] {
            assert_eq!(browser.get(path).await.status, StatusCode::OK, "{path}");
        }
        assert_eq!(stored_session(&app, email).await, first, "reading pages, the first after the login too, wrote nothing");

        // A minute later the next page moves the deadline, once.
        let backend = app.store.connection().get_database_backend();
        let sql = r#"UPDATE sessions SET data = replace(data, '"seen_at":', '"seen_at":1,"was":')"#;
        app.store.connection().execute_raw(Statement::from_string(backend, sql)).await.unwrap();
        let stale = stored_session(&app, email).await;
        browser.get("/sv/academy").await;
        let moved = stored_session(&app, email).await;
        assert!(moved.1 > stale.1, "the idle deadline moved: {:?} → {:?}", stale.1, moved.1);
        browser.get("/sv/events").await;
        assert_eq!(stored_session(&app, email).await, moved, "and not again within the minute");
        assert!(!moved.0.contains(store::sessions::PERSON_KEY), "the person read with the session is not stored: {}", moved.0);
    }

    async fn a_notice_goes_to_the_next_page_in_a_cookie_and_writes_no_session(app) {
        let email = "manager.sv@espoo.example";
        let browser = app.signed_in(email).await;
        browser.get("/sv/profile").await;
        let before = stored_session(&app, email).await;
        // The form saves and leaves its notice: the session is not written.
        let r = browser.post("/sv/profile", &[("name", "Maja Manager"), ("lang", "fi")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let cookie = r.set_cookie("johto-flash").expect("the notice's cookie");
        assert!(cookie.starts_with("johto-flash=profile-saved;") && cookie.contains("HttpOnly"), "{cookie}");
        // The next page shows it once, in its own language (the one just chosen).
        let page = browser.get("/fi/profile").await;
        assert!(page.has("Tiedot on tallennettu."), "{}", page.body);
        assert!(page.set_cookie("johto-flash").is_some_and(|c| c.contains("Max-Age=0")), "shown, it goes");
        assert!(!browser.get("/fi/profile").await.has("Tiedot on tallennettu."), "and is not shown again");
        assert_eq!(stored_session(&app, email).await, before, "neither the form nor the page wrote the session");
        // A notice waits through a redirect for the page it leads to.
        let visitor = app.client();
        let redirected = visitor.request(Method::GET, "/fi/profile", None, &[("cookie", "johto-flash=profile-saved")]).await;
        assert_eq!(redirected.status, StatusCode::SEE_OTHER);
        assert_eq!(redirected.set_cookie("johto-flash"), None);
        // A cookie can only show one of our own notices.
        let forged = browser.request(Method::GET, "/fi/profile", None, &[("cookie", "johto-flash=not-a-notice")]).await;
        assert!(forged.status == StatusCode::OK && !forged.has("not-a-notice"), "{}", forged.body);
    }

    async fn the_start_page_asks_for_the_session_and_what_to_go_on_with(app) {
        // An evaluator: no cohort of their own to read, nobody's requests to handle.
        let browser = app.signed_in("evaluator.sv@keva.example").await;
        assert_eq!(browser.get("/sv/").await.status, StatusCode::OK);
        // The session with the person, the part to go on with, the cohorts joined; the
        // organisation is in memory (once a second its version is asked, so the fewer
        // of two pages is counted).
        let mut counted = Vec::new();
        for _ in 0..2 {
            let before = store::queries_made();
            let page = browser.get("/sv/").await;
            counted.push(store::queries_made() - before);
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.has(">Keva</a>"), "the organisation: {}", page.body);
        }
        assert_eq!(counted.iter().min(), Some(&3), "{counted:?}");
    }

    async fn a_signed_in_page_reads_the_session_with_its_person_and_roles_in_one_statement(app) {
        let email = "coordinator.fi@kt.example";
        let browser = app.signed_in(email).await;
        assert_eq!(browser.get("/fi/accessibility").await.status, StatusCode::OK);
        let before = store::queries_made();
        let page = browser.get("/fi/accessibility").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(store::queries_made() - before, 1, "a page of static text asks for its session, with the person, once");
        // The roles came with it: the coordinator's navigation is there.
        assert!(page.body.contains("/fi/coaching"), "{}", page.body);
        // A role taken away is gone on the next page.
        let user_id = app.user_id(email).await;
        let backend = app.store.connection().get_database_backend();
        let sql = format!("DELETE FROM user_roles WHERE user_id = {user_id}");
        app.store.connection().execute_raw(Statement::from_string(backend, sql)).await.unwrap();
        let page = browser.get("/fi/accessibility").await;
        assert!(!page.body.contains("/fi/coaching"), "{}", page.body);
    }
}
