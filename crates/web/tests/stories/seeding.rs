//! The demo data: the organisations of the first EKJ cohort and a person for every role.

#[allow(unused_imports)]
use crate::common::*;

on_both_databases! {
    async fn demo_data_is_seeded_once(app) {
        assert!(app.store.demo_seeded().await.unwrap());
        let organisations = app.store.organisations().all().await.unwrap().len();
        let people = app.store.accounts().users(None).await.unwrap().len();
        assert!(!app.store.seed_demo(&app.state.files).await.unwrap(), "a second seeding does nothing");
        assert_eq!(app.store.organisations().all().await.unwrap().len(), organisations);
        assert_eq!(app.store.accounts().users(None).await.unwrap().len(), people);
    }

    async fn the_demo_has_the_ekj_organisations_in_both_languages_and_every_role(app) {
        let organisations = app.store.organisations().all().await.unwrap();
        for (fi, sv) in [
            ("Espoon kaupunki", "Esbo stad"),
            ("Järvenpään kaupunki", "Träskända stad"),
            ("Loviisan kaupunki", "Lovisa stad"),
            ("Mikkelin kaupunki", "S:t Michels stad"),
            ("Porin kaupunki", "Björneborgs stad"),
            ("HUS-Kuvantaminen", "HNS Bilddiagnostik"),
            ("Keva", "Keva"),
        ] {
            assert!(organisations.iter().any(|o| o.name_fi == fi && o.name_sv == sv), "{fi} / {sv}");
        }
        assert_eq!(organisations.len(), store::demo::demo_organisation_count());
        for login in store::demo::demo_logins() {
            let user = app.store.accounts().user_by_email(&domain::Email::parse(&login.email).unwrap()).await.unwrap().unwrap();
            assert!(user.roles.contains(&login.role));
            assert_eq!(user.lang, login.lang);
        }
        let browser = app.client();
        for login in store::demo::demo_logins() {
            browser.login_ok(&login.email).await;
            browser.post("/fi/logout", &[]).await;
        }
    }
}
