//! Logging in and out, lock-out, throttling by address, and sessions.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::common::*;

const MANAGER: &str = "manager.fi@espoo.example";

on_both_databases! {
    async fn a_manager_logs_in_and_out(app) {
        let browser = app.client();
        assert!(!browser.is_signed_in().await);
        let r = browser.login(MANAGER, DEMO_PASSWORD).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location(), "/fi/");
        let start = browser.get("/fi/").await;
        assert!(start.has("Maija Mäkinen"), "{}", start.body);
        let r = browser.post("/fi/logout", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!browser.is_signed_in().await);
    }

    async fn login_returns_to_the_page_that_asked_for_it(app) {
        let browser = app.client();
        let r = browser.get("/sv/profile").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location(), "/sv/login?next=%2Fsv%2Fprofile");
        let r = browser.post("/sv/login", &[("email", MANAGER), ("password", DEMO_PASSWORD), ("next", "/sv/profile")]).await;
        assert_eq!(r.location(), "/sv/profile");
        // Another site is never a target.
        browser.post("/fi/logout", &[]).await;
        let r = browser.post("/fi/login", &[("email", MANAGER), ("password", DEMO_PASSWORD), ("next", "//evil.example/")]).await;
        assert_eq!(r.location(), "/fi/");
    }

    async fn a_wrong_password_is_refused_in_the_readers_language(app) {
        let browser = app.client();
        let r = browser.post("/sv/login", &[("email", MANAGER), ("password", "not the password")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("E-postadressen eller lösenordet är fel."));
        assert!(r.has(&format!("value=\"{MANAGER}\"")), "the typed e-mail is kept");
        assert!(!r.has("not the password"), "a password is never echoed");
        // An unknown account answers exactly the same.
        let r = browser.post("/sv/login", &[("email", "nobody@espoo.example"), ("password", "not the password")]).await;
        assert!(r.has("E-postadressen eller lösenordet är fel."));
    }

    async fn wrong_passwords_slow_down_and_then_lock_the_account_for_a_while(app) {
        let browser = app.client();
        for _ in 0..domain::lockout::FREE_ATTEMPTS {
            let r = browser.login(MANAGER, "wrong password here").await;
            assert!(r.has("Sähköposti tai salasana on väärin."));
        }
        let r = browser.login(MANAGER, "wrong password here").await;
        assert!(r.has("Liian monta väärää yritystä"), "the next mistake locks: {}", r.body);
        // While locked, even the right password is refused, without being checked.
        let r = browser.login(MANAGER, DEMO_PASSWORD).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Liian monta väärää yritystä"));
        // Each further mistake doubles the lock.
        let first_lock = app.store.accounts().user(app.user_id(MANAGER).await).await.unwrap().unwrap().locked_until.unwrap();
        assert!(first_lock - Utc::now() <= Duration::seconds(domain::lockout::FIRST_LOCK_SECONDS));
        // The lock ends by itself: nobody can lock the owner out for good.
        expire_lock(&app, MANAGER).await;
        let r = browser.login(MANAGER, "wrong again, once").await;
        let second_lock = app.store.accounts().user(app.user_id(MANAGER).await).await.unwrap().unwrap().locked_until.unwrap();
        assert!(r.has("Liian monta väärää yritystä"));
        assert!(second_lock - Utc::now() > Duration::seconds(domain::lockout::FIRST_LOCK_SECONDS));
        expire_lock(&app, MANAGER).await;
        let r = browser.login(MANAGER, DEMO_PASSWORD).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "after the lock the owner gets in");
        let user = app.store.accounts().user(app.user_id(MANAGER).await).await.unwrap().unwrap();
        assert_eq!(user.locked_until, None, "a successful login clears the count");
    }

    async fn other_peoples_guesses_never_lock_the_owner_out_of_their_own_browser(app) {
        let own = app.signed_in(MANAGER).await;
        own.post("/fi/logout", &[]).await;
        let attacker = app.client_from("203.0.113.9");
        for _ in 0..20 {
            attacker.login(MANAGER, "guess after guess").await;
        }
        assert!(attacker.login(MANAGER, DEMO_PASSWORD).await.has("Liian monta väärää yritystä"));
        let r = own.login(MANAGER, DEMO_PASSWORD).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "the browser she used before still gets in: {}", r.body);
    }

    async fn a_trusted_browser_that_guesses_wrong_loses_its_trust(app) {
        let own = app.signed_in(MANAGER).await;
        own.post("/fi/logout", &[]).await;
        for _ in 0..store::accounts::TRUSTED_DEVICE_FAILURES {
            let r = own.login(MANAGER, "wrong from my own laptop").await;
            assert!(r.has("Sähköposti tai salasana on väärin."), "its mistakes do not lock the account");
        }
        assert_eq!(app.store.accounts().user(app.user_id(MANAGER).await).await.unwrap().unwrap().locked_until, None);
        for _ in 0..=domain::lockout::FREE_ATTEMPTS {
            own.login(MANAGER, "wrong from my own laptop").await;
        }
        assert!(own.login(MANAGER, DEMO_PASSWORD).await.has("Liian monta väärää yritystä"), "now it is a stranger");
    }

    async fn too_many_attempts_from_one_address_are_refused_before_any_password_is_checked(app) {
        let flood = app.client_from("198.51.100.7");
        for _ in 0..store::accounts::ATTEMPTS_PER_ADDRESS {
            let r = flood.login("nobody@espoo.example", "guess guess guess").await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
        let r = flood.login(MANAGER, DEMO_PASSWORD).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(r.has("Liian monta yritystä"));
        assert!(r.headers.contains_key("retry-after"));
        // Nobody else is hurt by that address, and the account itself is not locked.
        let other = app.client_from("198.51.100.8");
        assert_eq!(other.login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::SEE_OTHER);
    }

    async fn the_session_id_changes_at_login(app) {
        // A session id planted in the browser before login (here one of an earlier,
        // ended session) is not the one the login gives.
        let earlier = app.signed_in(MANAGER).await;
        let before = earlier.session_cookie().unwrap();
        earlier.post("/fi/logout", &[]).await;
        let browser = app.client();
        browser.set_session_cookie(&before);
        browser.login_ok(MANAGER).await;
        let after = browser.session_cookie().unwrap();
        assert_ne!(before, after);
        // The id planted before login opens nothing.
        let planted = app.client();
        planted.set_session_cookie(&before);
        assert!(!planted.is_signed_in().await);
    }

    async fn logout_ends_the_persons_sessions_everywhere(app) {
        let laptop = app.client();
        let phone = app.client();
        laptop.login_ok(MANAGER).await;
        phone.login_ok(MANAGER).await;
        let stolen = app.client();
        stolen.set_session_cookie(&laptop.session_cookie().unwrap());
        assert!(stolen.is_signed_in().await);
        laptop.post("/fi/logout", &[]).await;
        assert!(!phone.is_signed_in().await);
        assert!(!stolen.is_signed_in().await, "the old cookie is dead");
    }

    async fn a_password_change_ends_the_other_sessions_and_keeps_this_one(app) {
        let laptop = app.client();
        let phone = app.client();
        laptop.login_ok(MANAGER).await;
        phone.login_ok(MANAGER).await;
        let old_cookie = laptop.session_cookie().unwrap();
        let r = laptop
            .post("/fi/profile/password", &[
                ("current_password", DEMO_PASSWORD),
                ("new_password", "a brand new long password"),
                ("new_password_confirm", "a brand new long password"),
            ])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(laptop.is_signed_in().await);
        assert!(!phone.is_signed_in().await);
        let replay = app.client();
        replay.set_session_cookie(&old_cookie);
        assert!(!replay.is_signed_in().await);
        let fresh = app.client();
        assert_eq!(fresh.login(MANAGER, "a brand new long password").await.status, StatusCode::SEE_OTHER);
    }

    async fn disabling_an_account_ends_its_sessions_and_stops_logins(app) {
        let manager = app.signed_in(MANAGER).await;
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let id = app.user_id(MANAGER).await;
        let r = hr.post(&format!("/fi/people/{id}/disable"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!manager.is_signed_in().await);
        let again = app.client();
        assert_eq!(again.login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    async fn a_session_ends_after_its_absolute_lifetime_however_active(app) {
        let browser = app.signed_in(MANAGER).await;
        // Log in as if twelve hours and more had passed since.
        let backend = app.store.connection().get_database_backend();
        let sql = r#"UPDATE sessions SET data = replace(data, '"signed_in_at":', '"signed_in_at":1,"was":')"#;
        app.store.connection().execute_raw(Statement::from_string(backend, sql)).await.unwrap();
        assert!(!browser.is_signed_in().await);
    }
}

/// Moves an account's lock into the past, as if its time had run out.
async fn expire_lock(app: &TestApp, email: &str) {
    let backend = app.store.connection().get_database_backend();
    let past = Utc::now() - Duration::seconds(1);
    let sql = match backend {
        DbBackend::Postgres => "UPDATE users SET locked_until = $1 WHERE email = $2",
        _ => "UPDATE users SET locked_until = ? WHERE email = ?",
    };
    app.store
        .connection()
        .execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [past.into(), email.into()],
        ))
        .await
        .unwrap();
}

on_both_databases! {
    async fn a_whole_organisation_behind_one_address_can_log_in(app) {
        let office = "192.0.2.200";
        for _ in 0..(store::accounts::ATTEMPTS_PER_ADDRESS + 5) {
            let colleague = app.client_from(office);
            assert_eq!(colleague.login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::SEE_OTHER);
        }
    }
}
