//! Every request is checked twice: the route's role, and the object's organisation.

use axum::http::StatusCode;

use crate::common::*;

async fn pending_request_of(app: &TestApp, org_domain: &str, email: &str) -> i32 {
    let org = app
        .store
        .organisations()
        .organisation_of_domain(org_domain)
        .await
        .unwrap()
        .unwrap();
    app.store
        .accounts()
        .request_account(
            &domain::PersonName::parse("Jaana Jämsäläinen").unwrap(),
            &domain::Email::parse(email).unwrap(),
            org,
            domain::Lang::Fi,
        )
        .await
        .unwrap()
}

on_both_databases! {
    async fn an_hr_developer_sees_only_their_own_organisations_people(app) {
        let jamsa = app.store.organisations().organisation_of_domain("jamsa.example").await.unwrap().unwrap();
        let outsider = app
            .store
            .accounts().create_user(
                &store::NewUser {
                    email: domain::Email::parse("esihenkilo@jamsa.example").unwrap(),
                    name: domain::PersonName::parse("Jussi Jämsä").unwrap(),
                    org_id: jamsa,
                    lang: domain::Lang::Fi,
                    roles: vec![domain::Role::Manager],
                    password: None,
                },
                None,
            )
            .await
            .unwrap();
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let list = hr.get("/fi/people").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.has("Maija Mäkinen"));
        assert!(!list.has("Jussi Jämsä"), "another organisation's people are not listed");
        assert_eq!(hr.get(&format!("/fi/people/{outsider}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(hr.post(&format!("/fi/people/{outsider}/disable"), &[]).await.status, StatusCode::NOT_FOUND);
        assert!(!app.store.accounts().user(outsider).await.unwrap().unwrap().disabled);
        // A coordinator sees everyone.
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        assert_eq!(coordinator.get(&format!("/fi/people/{outsider}")).await.status, StatusCode::OK);
    }

    async fn an_hr_developer_cannot_decide_another_organisations_requests(app) {
        let request = pending_request_of(&app, "jamsa.example", "jaana@jamsa.example").await;
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        assert!(!hr.get("/fi/requests").await.has("jaana@jamsa.example"));
        assert_eq!(hr.post(&format!("/fi/requests/{request}/approve"), &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(hr.post(&format!("/fi/requests/{request}/reject"), &[]).await.status, StatusCode::NOT_FOUND);
        let still = app.store.accounts().account_request(request).await.unwrap().unwrap();
        assert_eq!(still.status, store::RequestStatus::Pending);
        assert!(app.store.accounts().user_by_email(&domain::Email::parse("jaana@jamsa.example").unwrap()).await.unwrap().is_none());
    }

    async fn a_manager_does_not_reach_people_or_administration(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        for path in ["/fi/people", "/fi/requests", "/fi/admin", "/fi/admin/organisations", "/fi/admin/people/new"] {
            let r = manager.get(path).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
            assert!(r.has("Ei käyttöoikeutta"));
        }
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        assert_eq!(hr.get("/fi/admin").await.status, StatusCode::FORBIDDEN);
        let id = app.user_id("manager.fi@espoo.example").await;
        let r = hr.post(&format!("/fi/people/{id}/roles"), &[("role", "administrator")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "only administrators grant roles");
    }

    async fn signed_out_visitors_see_only_public_pages(app) {
        let visitor = app.client();
        for path in ["/fi/", "/sv/", "/fi/login", "/fi/account/request", "/fi/accessibility", "/sv/password/forgot"] {
            assert_eq!(visitor.get(path).await.status, StatusCode::OK, "{path}");
        }
        for path in ["/fi/profile", "/fi/organisations", "/fi/organisations/espoon-kaupunki", "/fi/people", "/fi/admin"] {
            let r = visitor.get(path).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
            assert!(r.location().starts_with("/fi/login?next="), "{path}");
        }
    }

    async fn an_administrator_grants_roles(app) {
        let admin = app.signed_in("administrator.fi@kt.example").await;
        let id = app.user_id("manager.fi@espoo.example").await;
        let r = admin.post(&format!("/fi/people/{id}/roles"), &[("role", "manager"), ("role", "coach")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let roles = app.store.accounts().user(id).await.unwrap().unwrap().roles;
        assert_eq!(roles, vec![domain::Role::Manager, domain::Role::Coach]);
        let r = admin.post(&format!("/fi/people/{id}/roles"), &[("role", "king")]).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert_eq!(app.store.accounts().user(id).await.unwrap().unwrap().roles.len(), 2, "nothing was lost");
        let events = app.store.audit_events(5).await.unwrap();
        assert!(events.iter().any(|e| e.action == "user.roles" && e.subject == format!("user:{id}")));
    }

    async fn an_administrator_creates_and_edits_an_organisation(app) {
        let admin = app.signed_in("administrator.sv@kt.example").await;
        let r = admin
            .post("/sv/admin/organisations/new", &[
                ("name_fi", "Pohjanmaan hyvinvointialue"),
                ("name_sv", "Österbottens välfärdsområde"),
                ("kind", "wellbeing_services_county"),
                ("languages", "bilingual"),
                ("business_id", ""),
                ("parent", ""),
                ("domains", "ostrobotniashv.example"),
                ("region", "pohjanmaa"),
            ])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let org = app.store.organisations().organisation_by_slug("pohjanmaan-hyvinvointialue").await.unwrap().unwrap();
        assert_eq!(org.name_sv, "Österbottens välfärdsområde");
        assert_eq!(org.region, Some(domain::Region::Pohjanmaa));
        let form = admin.get(&format!("/sv/admin/organisations/{}/edit", org.id)).await;
        assert!(form.has("value=\"pohjanmaa\" selected>Österbotten"), "{}", form.body);
        assert_eq!(org.kind, domain::OrgKind::WellbeingServicesCounty);
        let page = admin.get("/sv/organisations/pohjanmaan-hyvinvointialue").await;
        assert!(page.has("Österbottens välfärdsområde") && page.has("Välfärdsområde"));
        let edit = format!("/sv/admin/organisations/{}/edit", org.id);
        let r = admin
            .post(&edit, &[
                ("name_fi", "Pohjanmaan hyvinvointialue"),
                ("name_sv", "Österbottens välfärdsområde"),
                ("kind", "wellbeing_services_county"),
                ("languages", "bilingual"),
                ("business_id", "0101263-6"),
                ("parent", ""),
                ("domains", "espoo.example"),
            ])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("En av domänerna hör redan till en annan organisation."), "{}", r.body);
        assert!(r.has("value=\"0101263-6\""), "what was typed is kept");
        let own_id = org.id.to_string();
        let r = admin
            .post(&edit, &[
                ("name_fi", "Pohjanmaan hyvinvointialue"),
                ("name_sv", "Österbottens välfärdsområde"),
                ("kind", "wellbeing_services_county"),
                ("languages", "bilingual"),
                ("business_id", "0101263-5"),
                ("parent", &own_id),
                ("domains", "ostrobotniashv.example"),
            ])
            .await;
        assert!(r.has("FO-numret skrivs i formen 1234567-8"), "{}", r.body);
        let r = admin
            .post(&edit, &[
                ("name_fi", "Pohjanmaan hyvinvointialue"),
                ("name_sv", "Österbottens välfärdsområde"),
                ("kind", "wellbeing_services_county"),
                ("languages", "bilingual"),
                ("business_id", ""),
                ("parent", &own_id),
                ("domains", "ostrobotniashv.example"),
            ])
            .await;
        assert!(r.has("En organisation kan inte vara sin egen moderorganisation"), "{}", r.body);
        let unchanged = app.store.organisations().organisation(org.id).await.unwrap().unwrap();
        assert_eq!(unchanged.domains, vec!["ostrobotniashv.example"]);
        assert_eq!(unchanged.business_id, None);
        // Held in memory with its domains: each of them, in order, and the organisation
        // itself when it has none; a change through this instance is seen at once.
        for (typed, read) in [
            ("vasa.example, ostrobotniashv.example", vec!["ostrobotniashv.example", "vasa.example"]),
            ("", vec![]),
        ] {
            let r = admin
                .post(&edit, &[
                    ("name_fi", "Pohjanmaan hyvinvointialue"),
                    ("name_sv", "Österbottens välfärdsområde"),
                    ("kind", "wellbeing_services_county"),
                    ("languages", "bilingual"),
                    ("business_id", ""),
                    ("parent", ""),
                    ("domains", typed),
                ])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            let organisations = app.store.organisations();
            let edited = organisations.organisation(org.id).await.unwrap().unwrap();
            assert_eq!(edited.domains, read);
            let before = store::queries_made();
            assert_eq!(organisations.organisation(org.id).await.unwrap().as_ref(), Some(&edited));
            assert_eq!(organisations.organisation_by_slug(&edited.slug).await.unwrap().as_ref(), Some(&edited));
            assert_eq!(organisations.some(&[org.id, org.id]).await.unwrap(), vec![edited.clone()]);
            let all = organisations.all().await.unwrap();
            assert_eq!(store::queries_made() - before, 0, "read from memory");
            assert_eq!(all.iter().filter(|o| o.id == org.id).collect::<Vec<_>>(), vec![&edited], "listed once");
            assert!(all.windows(2).all(|w| w[0].name_fi <= w[1].name_fi), "by Finnish name");
        }
    }
}
