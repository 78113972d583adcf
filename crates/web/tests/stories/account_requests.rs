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

/// The payloads of the jobs waiting in the queue, as stored.
async fn queued(app: &TestApp) -> Vec<(String, String)> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    store::entity::job::Entity::find()
        .filter(store::entity::job::Column::DoneAt.is_null())
        .all(app.store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|j| (j.kind, j.payload))
        .collect()
}

on_both_databases! {
    async fn account_mails_are_queued_with_their_change_and_never_for_one_rolled_back(app) {
        assert!(queued(&app).await.is_empty(), "the demo's history e-mails nobody");
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let name = domain::PersonName::parse("Olli Outbox").unwrap();
        let email = domain::Email::parse("olli@espoo.example").unwrap();
        let request = app.store.accounts().request_account(&name, &email, espoo, domain::Lang::Fi).await.unwrap();
        // Filed: one notice for each of Espoo's two HR developers, in the same transaction.
        let jobs = queued(&app).await;
        assert_eq!(jobs.len(), 2, "{jobs:?}");
        assert!(jobs.iter().all(|(kind, payload)| kind == store::accounts::ACCOUNT_NOTICE_JOB && payload.contains("request_waiting")));
        app.run_jobs().await;

        // A second request for an address with an account is refused, and its
        // transaction queues nothing.
        let taken = domain::Email::parse("manager.fi@espoo.example").unwrap();
        assert!(app.store.accounts().request_account(&name, &taken, espoo, domain::Lang::Fi).await.is_err());
        assert!(queued(&app).await.is_empty());

        // An approval that fails (the address got an account meanwhile) rolls back
        // with its welcome link; the one that succeeds queues it.
        let hr = app.user_id("hr-developer.fi@espoo.example").await;
        let direct = store::NewUser {
            email: email.clone(),
            name: name.clone(),
            org_id: espoo,
            lang: domain::Lang::Fi,
            roles: vec![domain::Role::Manager],
            password: None,
        };
        let made = app.store.accounts().create_user(&direct, None).await.unwrap();
        assert!(app.store.accounts().decide_request(request, true, hr).await.is_err());
        assert!(queued(&app).await.is_empty(), "nothing for a change rolled back");
        assert!(app.store.accounts().pending_requests(None).await.unwrap().iter().any(|r| r.id == request), "still waiting");
        app.store.accounts().set_disabled(made, true, None).await.unwrap();

        // A password reset waits in the queue without its secret: the link is made
        // when the mail is written.
        let maija = app.user_id("manager.fi@espoo.example").await;
        app.store.accounts().send_password_reset(maija).await.unwrap();
        let jobs = queued(&app).await;
        assert_eq!(jobs.len(), 1);
        assert_eq!(jobs[0].1, format!("{{\"notice\":\"link\",\"user_id\":{maija},\"purpose\":\"password_reset\"}}"));
        let mail = &app.mails_to("manager.fi@espoo.example").await[0];
        let link = path_of(&link_in(mail, "http://"));
        assert!(link.starts_with("/fi/password/reset/"), "{mail}");
        assert_eq!(app.client().get(&link).await.status, StatusCode::OK, "the link the worker made works");
    }
}
