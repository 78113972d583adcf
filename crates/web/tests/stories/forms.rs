//! Bad input gets a clear message in the reader's language beside the field, keeps
//! what was typed, loses nothing, and is never a server error.

use axum::http::{Method, StatusCode};

#[allow(unused_imports)]
use crate::common::*;

/// A request as a client might send it: method, path, body and extra headers.
type RawRequest<'a> = (Method, String, Option<String>, Vec<(&'a str, &'a str)>);

on_both_databases! {
    async fn a_form_with_errors_keeps_what_was_typed_and_explains_each_field(app) {
        let visitor = app.client();
        let r = visitor
            .post("/sv/account/request", &[("name", "Sven <b>Svensson</b>"), ("email", "sven at esbo"), ("organisation", ""), ("lang", "sv")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Kontrollera följande"), "an error summary");
        assert!(r.has("Skriv e-postadressen i formen namn@exempel.fi."));
        assert!(r.has("Välj en organisation."));
        assert!(r.has("value=\"sven at esbo\""));
        assert!(r.has("value=\"Sven &#60;b&#62;Svensson&#60;/b&#62;\""), "typed text is kept and escaped: {}", r.body);
        assert!(r.has("aria-invalid=\"true\" aria-describedby=\"email-hint email-error\""), "the message is tied to its field");
    }

    async fn a_profile_with_errors_saves_nothing(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let r = manager.post("/fi/profile", &[("name", "   "), ("lang", "xx")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Kirjoita nimi.") && r.has("Valitse kieli."));
        let user = app.store.accounts().user(app.user_id("manager.fi@espoo.example").await).await.unwrap().unwrap();
        assert_eq!(user.name, "Maija Mäkinen");
        let r = manager
            .post("/fi/profile/password", &[("current_password", "wrong one"), ("new_password", "short"), ("new_password_confirm", "short")])
            .await;
        assert!(r.has("Nykyinen salasana on väärin.") && r.has("Salasanassa on oltava vähintään 12 merkkiä."));
        assert!(manager.is_signed_in().await);
    }

    async fn malformed_requests_get_a_translated_page_never_a_server_error(app) {
        let visitor = app.client();
        let token = visitor.csrf().await;
        let cases: Vec<RawRequest> = vec![
            (Method::POST, "/sv/login".into(), Some(format!("csrf={token}&email=%FF%FE")), vec![]),
            (Method::POST, "/sv/login".into(), Some("{\"json\":true}".into()), vec![("x-csrf-token", token.as_str()), ("content-type", "application/json")]),
            (Method::GET, "/sv/login?next=%FF".into(), None, vec![]),
            (Method::GET, "/sv/people/not-a-number".into(), None, vec![]),
            (Method::GET, "/sv/organisations/%00".into(), None, vec![]),
            (Method::DELETE, "/sv/profile".into(), None, vec![("x-csrf-token", token.as_str())]),
        ];
        for (method, path, body, headers) in cases {
            let r = visitor.request(method.clone(), &path, body, &headers).await;
            assert!(!r.status.is_server_error(), "{method} {path}: {}", r.status);
            if r.status.is_client_error() {
                assert!(r.has("lang=\"sv\""), "{method} {path} answers with a translated page: {}", r.body);
            }
        }
    }

    async fn long_input_is_refused_politely(app) {
        let visitor = app.client();
        let long = "å".repeat(5000);
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap().to_string();
        let r = visitor.post("/fi/account/request", &[("name", &long), ("email", "x@espoo.example"), ("organisation", &espoo), ("lang", "fi")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Nimi on liian pitkä"));
    }
}
