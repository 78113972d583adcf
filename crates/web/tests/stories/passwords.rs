//! Forgotten passwords: a one-time link that expires.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::common::*;

const MANAGER: &str = "manager.sv@espoo.example";

on_both_databases! {
    async fn a_forgotten_password_is_reset_through_a_link_that_works_once(app) {
        let browser = app.client();
        let r = browser.post("/sv/password/forgot", &[("email", MANAGER)]).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.has("Om adressen har ett användarkonto"));
        let mail = &app.mails_to(MANAGER).await[0];
        assert!(mail.contains("Välj ett nytt lösenord"), "in Swedish, her language: {mail}");
        let link = path_of(&link_in(mail, "http://"));
        assert!(link.starts_with("/sv/password/reset/"));
        let r = browser.post(&link, &[("password", "new and long password"), ("password_confirm", "does not match")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Lösenorden stämmer inte överens."));
        let r = browser.post(&link, &[("password", "new and long password"), ("password_confirm", "new and long password")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(browser.login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(browser.login(MANAGER, "new and long password").await.status, StatusCode::SEE_OTHER);
        let again = app.client();
        let r = again.post(&link, &[("password", "attacker password 1"), ("password_confirm", "attacker password 1")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(r.has("Länken har gått ut eller redan använts."));
    }

    async fn the_form_tells_nobody_which_addresses_have_accounts(app) {
        let browser = app.client();
        let known = browser.post("/fi/password/forgot", &[("email", "manager.fi@espoo.example")]).await;
        let unknown = browser.post("/fi/password/forgot", &[("email", "nobody@espoo.example")]).await;
        assert_eq!(known.status, unknown.status);
        let strip = |body: &str| body.split("<main").nth(1).unwrap().split("</main>").next().unwrap().to_owned();
        assert_eq!(strip(&known.body), strip(&unknown.body));
        assert!(app.mails_to("nobody@espoo.example").await.is_empty());
    }

    async fn an_expired_reset_link_is_refused(app) {
        let id = app.user_id(MANAGER).await;
        let token = app.store.accounts().issue_token(id, store::TokenPurpose::PasswordReset, Duration::hours(1)).await.unwrap();
        let backend = app.store.connection().get_database_backend();
        let sql = match backend {
            DbBackend::Postgres => "UPDATE one_time_tokens SET expires_at = $1",
            _ => "UPDATE one_time_tokens SET expires_at = ?",
        };
        let past = Utc::now() - Duration::minutes(1);
        app.store.connection().execute_raw(Statement::from_sql_and_values(backend, sql, [past.into()])).await.unwrap();
        let browser = app.client();
        let link = format!("/sv/password/reset/{token}");
        assert_eq!(browser.get(&link).await.status, StatusCode::NOT_FOUND);
        let r = browser.post(&link, &[("password", "new and long password"), ("password_confirm", "new and long password")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(browser.login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::SEE_OTHER);
    }
}
