//! Language prefixes, the switch, and the choice at `/`.

use axum::http::StatusCode;

#[allow(unused_imports)]
use crate::common::*;

on_both_databases! {
    async fn the_root_follows_the_saved_choice_then_the_browser_then_finnish(app) {
        let visitor = app.client();
        assert_eq!(visitor.get("/").await.location(), "/fi/");
        assert_eq!(visitor.get_with("/", &[("accept-language", "sv-FI,sv;q=0.9,en;q=0.5")]).await.location(), "/sv/");
        assert_eq!(visitor.get_with("/", &[("accept-language", "de-DE,en;q=0.7")]).await.location(), "/en/");
        let swede = app.signed_in("manager.sv@espoo.example").await;
        assert_eq!(swede.get_with("/", &[("accept-language", "fi")]).await.location(), "/sv/");
    }

    async fn every_page_has_its_lang_and_a_switch_to_the_same_page(app) {
        let visitor = app.client();
        for (lang, heading) in [("fi", "Kirjaudu sisään"), ("sv", "Logga in"), ("en", "Log in")] {
            let r = visitor.get(&format!("/{lang}/login?next=%2Ffi%2Fprofile")).await;
            assert_eq!(r.status, StatusCode::OK);
            assert!(r.has(&format!("<html lang=\"{lang}\">")));
            assert!(r.has(&format!("<h1>{heading}</h1>")));
            assert!(r.has("href=\"/fi/login?next=%2Ffi%2Fprofile\" lang=\"fi\""));
            assert!(r.has("href=\"/sv/login?next=%2Ffi%2Fprofile\" lang=\"sv\""));
        }
        let missing = visitor.get("/sv/no-such-page").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing.has("<html lang=\"sv\">") && missing.has("Sidan hittades inte"));
        assert!(missing.has("href=\"/fi/no-such-page\""));
    }

    async fn a_person_changes_their_language_and_lands_on_it(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let r = manager.post("/fi/profile", &[("name", "Maija Mäkinen"), ("lang", "sv")]).await;
        assert_eq!(r.location(), "/sv/profile");
        assert!(manager.get("/sv/profile").await.has("Uppgifterna har sparats."));
        assert_eq!(app.store.accounts().user(app.user_id("manager.fi@espoo.example").await).await.unwrap().unwrap().lang, domain::Lang::Sv);
    }
}

on_both_databases! {
    async fn a_page_shown_again_after_a_form_switches_language_to_the_page_itself(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let r = manager.post("/fi/profile/password", &[("current_password", "wrong"), ("new_password", "x"), ("new_password_confirm", "y")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("href=\"/sv/profile\" lang=\"sv\""), "not to /sv/profile/password: {}", r.body);
    }
}
