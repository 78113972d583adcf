//! Asking for an account, and the HR developer's decision.

use axum::http::StatusCode;

use crate::common::*;

on_both_databases! {
    async fn an_approved_request_becomes_an_account_the_person_can_log_in_with(app) {
        let newcomer = app.client();
        let form = newcomer.get("/sv/account/request").await;
        assert_eq!(form.status, StatusCode::OK);
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap().to_string();
        let r = newcomer
            .post("/sv/account/request", &[("name", "Ebba Ek"), ("email", "Ebba.Ek@Espoo.example"), ("organisation", &espoo), ("lang", "sv")])
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.has("Tack! Din begäran har tagits emot."));
        // The organisation's HR developers hear of it, each in their own language.
        let to_fi = app.mails_to("hr-developer.fi@espoo.example").await;
        assert_eq!(to_fi.len(), 1);
        assert!(to_fi[0].contains("Uusi käyttäjätunnuspyyntö: Ebba Ek"), "{}", to_fi[0]);
        assert!(app.mails_to("hr-developer.sv@espoo.example").await[0].contains("Ny begäran om användarkonto: Ebba Ek"));

        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let list = hr.get("/fi/requests").await;
        assert!(list.has("ebba.ek@espoo.example"));
        let request = app.store.accounts().pending_requests(None).await.unwrap().into_iter().find(|r| r.email == "ebba.ek@espoo.example").unwrap();
        let r = hr.post(&format!("/fi/requests/{}/approve", request.id), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(hr.get("/fi/requests").await.has("Pyyntö on hyväksytty."));

        let welcome = app.mails_to("ebba.ek@espoo.example").await;
        assert_eq!(welcome.len(), 1);
        assert!(welcome[0].contains("Välkommen till Johto"), "in the language she chose: {}", welcome[0]);
        let link = path_of(&link_in(&welcome[0], "http://"));
        assert!(link.starts_with("/sv/password/welcome/"));
        let before = newcomer.login("ebba.ek@espoo.example", "ebbas own password").await;
        assert_eq!(before.status, StatusCode::UNPROCESSABLE_ENTITY, "no login before a password is set");
        let page = newcomer.get(&link).await;
        assert_eq!(page.status, StatusCode::OK);
        let r = newcomer.post(&link, &[("password", "ebbas own password"), ("password_confirm", "ebbas own password")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location(), "/sv/login");
        let r = newcomer.login("ebba.ek@espoo.example", "ebbas own password").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location(), "/sv/");
        let user = app.store.accounts().user(app.user_id("ebba.ek@espoo.example").await).await.unwrap().unwrap();
        assert_eq!(user.roles, vec![domain::Role::Manager]);
        assert_eq!(newcomer.get(&link).await.status, StatusCode::NOT_FOUND, "the link works once");
    }

    async fn a_rejected_request_is_told_by_email(app) {
        let hr = app.signed_in("hr-developer.sv@espoo.example").await;
        let greta = app.store.accounts().pending_requests(None).await.unwrap().into_iter().find(|r| r.email == "greta.ny@espoo.example").unwrap();
        let r = hr.post(&format!("/sv/requests/{}/reject", greta.id), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let mail = &app.mails_to("greta.ny@espoo.example").await[0];
        assert!(mail.contains("Din begäran om användarkonto har behandlats"));
        assert!(app.store.accounts().user_by_email(&domain::Email::parse("greta.ny@espoo.example").unwrap()).await.unwrap().is_none());
        // Deciding twice is not possible.
        assert_eq!(hr.post(&format!("/sv/requests/{}/approve", greta.id), &[]).await.status, StatusCode::NOT_FOUND);
    }

    async fn a_request_must_come_from_the_organisations_email_domain(app) {
        let newcomer = app.client();
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap().to_string();
        let r = newcomer
            .post("/fi/account/request", &[("name", "Outi Ulkopuolinen"), ("email", "outi@gmail.example"), ("organisation", &espoo), ("lang", "fi")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Käytä organisaation sähköpostiosoitetta (espoo.example)."));
        assert!(r.has("value=\"Outi Ulkopuolinen\""));
        assert!(app.store.accounts().pending_requests(None).await.unwrap().iter().all(|r| r.email != "outi@gmail.example"));
    }

    async fn an_address_with_an_account_or_a_waiting_request_cannot_ask_again(app) {
        let newcomer = app.client();
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap().to_string();
        let r = newcomer
            .post("/fi/account/request", &[("name", "Maija"), ("email", "manager.fi@espoo.example"), ("organisation", &espoo), ("lang", "fi")])
            .await;
        assert!(r.has("Osoitteella on jo käyttäjätunnus."));
        let r = newcomer
            .post("/fi/account/request", &[("name", "Pekka"), ("email", "pekka.uusi@espoo.example"), ("organisation", &espoo), ("lang", "fi")])
            .await;
        assert!(r.has("Osoitteelle on jo pyyntö odottamassa käsittelyä."));
    }
}
