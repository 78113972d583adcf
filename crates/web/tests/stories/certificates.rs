//! Certificates: the demo reproduces the programme's own report (134 for EKJ1, 89 for
//! EKJ3); the certifier grants those who meet the criteria, an exception only with its
//! reason, and a second grant gives nothing new; anyone checks a certificate on its
//! public page, in its PDF (read by poppler and zbar) and in its credential (verified
//! by Digital Bazaar's verifier); a revoked one says so everywhere.

use axum::http::StatusCode;
use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

#[allow(unused_imports)]
use crate::common::*;

const CERTIFIER: &str = "certifier.fi@kuntaliitto.example";
const FI: &str = "manager.fi@espoo.example";

async fn cohort(app: &TestApp, code: &str) -> store::coaching::Cohort {
    app.store
        .coaching()
        .cohort_by_code(code)
        .await
        .unwrap()
        .unwrap()
}

/// The EKJ report's rows as (organisation, certificates) from its CSV.
fn report_rows(csv: &str) -> Vec<(String, String)> {
    let mut reader =
        csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_owned(), r[2].to_owned())
        })
        .collect()
}

/// EKJ4 asks only for both self-assessments, and the Finnish demo manager has taken
/// both: they meet the criteria, the others do not.
async fn one_eligible(app: &TestApp) {
    let coordinator = app.signed_in("coordinator.fi@kt.example").await;
    let r = coordinator
        .post(
            "/fi/coaching/EKJ4/certificates/criteria",
            &[("min_forums", "0"), ("assessments", "yes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.store
        .connection()
        .execute_unprepared(
            "UPDATE cohorts SET end_assessment_on = '2020-01-01' WHERE code = 'EKJ4'",
        )
        .await
        .unwrap();
    let fi = app.signed_in(FI).await;
    let mut fields: Vec<(String, String)> = domain::coaching::assessment::STATEMENTS
        .iter()
        .map(|(_, k)| (format!("rating-{k}"), "4".to_owned()))
        .collect();
    fields.push(("comment-customer-needs".into(), String::new()));
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = fi.post("/fi/coaching/EKJ4/assessment/end", &pairs).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// The credential, the DID document and the status list as johto serves them.
async fn served(client: &Client<'_>, code: &str) -> Value {
    let get = |path: String| async move {
        let r = client.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        serde_json::from_str::<Value>(&r.body).unwrap()
    };
    json!({
        "credential": get(format!("/certificates/{code}/credential.json")).await,
        "did": get("/.well-known/did.json".to_owned()).await,
        "statusList": get("/certificates/status-list.json".to_owned()).await,
    })
}

on_both_databases! {
    async fn the_demo_reproduces_the_programmes_report(app) {
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let csv = coordinator.get("/fi/coaching/EKJ1/ekj-report.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        let rows = report_rows(&csv.body);
        let expected = [
            ("Espoon kaupunki", "2"),
            ("Jämsän kaupunki", "13"),
            ("Järvenpään kaupunki", "9"),
            ("Kouvolan kaupunki", "21"),
            ("Loviisan kaupunki", "5"),
            ("Mikkelin kaupunki", "11"),
            ("Mäntyharjun kunta", "2"),
            ("Porin kaupunki", "22"),
            ("Riihimäen kaupunki", "7"),
            ("Carea", "15"),
            ("Akseli", "14"),
            ("Yhteensä", "134"),
        ];
        for (org, n) in expected {
            assert!(
                rows.iter().any(|(o, c)| o.contains(org) && c == n),
                "{org} {n} in {rows:?}"
            );
        }
        let xlsx = coordinator.get("/fi/coaching/EKJ3/ekj-report.xlsx").await;
        let book = read_with_tool("xlsx.py", &xlsx.bytes);
        let last = book[0]["rows"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last[2], 89.0, "{last}");
        // EKJ2's revoked certificate is not counted.
        let ekj2 = cohort(&app, "EKJ2").await;
        let certs = app.store.certificates().of_cohort(Some(ekj2.id)).await.unwrap();
        assert_eq!(certs.iter().filter(|c| !c.is_valid()).count(), 1);
        let side_by_side = coordinator.get("/fi/certificates/report").await;
        assert!(side_by_side.has("EKJ1, 2014–2016") && side_by_side.has(">134<"), "{}", side_by_side.body);
    }

    async fn the_certifier_grants_those_who_meet_the_criteria_and_an_exception_needs_its_reason(app) {
        one_eligible(&app).await;
        let ekj4 = cohort(&app, "EKJ4").await;
        let certifier = app.signed_in(CERTIFIER).await;
        let grid = certifier.get("/fi/coaching/EKJ4/certificates").await;
        assert!(grid.has("Ehdot täyttäviä, joille sertifikaattia ei ole vielä myönnetty: 1."), "{}", grid.body);
        // The participant sees their own checklist live.
        let fi = app.signed_in(FI).await;
        let own = fi.get("/fi/coaching/EKJ4/certificate").await;
        assert!(own.has("Kaikki ehdot täyttyvät."));
        let r = certifier
            .post("/fi/coaching/EKJ4/certificates", &[("issued_on", "2026-11-30"), ("action", "all_eligible")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let granted = app.store.certificates().of_cohort(Some(ekj4.id)).await.unwrap();
        assert_eq!(granted.len(), 1);
        assert_eq!(granted[0].holder_name, "Maija Mäkinen");
        assert_eq!(granted[0].issued_on, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        // Someone who misses a criterion needs a written reason; nothing is granted
        // without it.
        let sv = app.user_id("manager.sv@espoo.example").await.to_string();
        let refused = certifier
            .post("/fi/coaching/EKJ4/certificates", &[("issued_on", "2026-11-30"), ("user", &sv), ("action", "chosen")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Kirjoita perustelu."));
        assert_eq!(app.store.certificates().of_cohort(Some(ekj4.id)).await.unwrap().len(), 1);
        let reason = format!("reason-{sv}");
        let r = certifier
            .post("/fi/coaching/EKJ4/certificates", &[("issued_on", "2026-11-30"), ("user", &sv), (&reason, "Loppuarviointi tehty paperilla."), ("action", "chosen")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let with_reason = app.store.certificates().of_holder(sv.parse().unwrap()).await.unwrap();
        assert_eq!(with_reason[0].exception_reason.as_deref(), Some("Loppuarviointi tehty paperilla."));
        // Granting at once twice gives one certificate.
        let kuntaliitto = app.store.organisations().organisation_of_domain("kuntaliitto.example").await.unwrap().unwrap();
        let person = app.store.coaching().participants(ekj4.id).await.unwrap()[3].user_id;
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let certificates = app.store.certificates();
        let (a, b) = tokio::join!(
            certificates.grant((ekj4.id, person), (kuntaliitto, day), Some("Rinnakkain"), None),
            certificates.grant((ekj4.id, person), (kuntaliitto, day), Some("Rinnakkain"), None),
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.0.code, b.0.code);
        assert_eq!(usize::from(a.1) + usize::from(b.1), 1, "one of the two made it");
        let backend = app.store.connection().get_database_backend();
        let audit = app
            .store
            .connection()
            .query_all_raw(sea_orm::Statement::from_string(backend, "SELECT action FROM audit_events WHERE action LIKE 'certificate:%'".to_owned()))
            .await
            .unwrap();
        assert!(audit.len() >= 3, "every grant is in the audit log");
        // The holder is told in their language.
        let mails = app.mails_to(FI).await;
        assert!(mails.iter().any(|m| m.contains("EKJ-sertifikaatti myönnetty") && m.contains(&format!("/fi/certificates/{}", granted[0].code))), "{mails:?}");
        let sv_mails = app.mails_to("manager.sv@espoo.example").await;
        assert!(sv_mails.iter().any(|m| m.contains("EKJ-certifikat beviljat")), "{sv_mails:?}");
        // A person's checklist is theirs and their organisation's HR developers', not a
        // colleague's.
        let me = app.user_id(FI).await;
        let path = format!("/fi/coaching/EKJ4/participants/{me}/certificate");
        assert_eq!(app.signed_in("hr-developer.fi@espoo.example").await.get(&path).await.status, StatusCode::OK);
        assert_eq!(app.signed_in("manager.sv@espoo.example").await.get(&path).await.status, StatusCode::NOT_FOUND);
    }

    async fn anyone_checks_a_certificate_and_a_revoked_one_says_so(app) {
        let ekj3 = cohort(&app, "EKJ3").await;
        let cert = app.store.certificates().of_cohort(Some(ekj3.id)).await.unwrap().remove(0);
        let code = cert.code.to_string();
        let anyone = app.client();
        for (lang, valid) in [("fi", "Voimassa"), ("sv", "Giltigt"), ("en", "Valid")] {
            let page = anyone.get(&format!("/{lang}/certificates/{code}")).await;
            assert_eq!(page.status, StatusCode::OK, "{lang}");
            assert!(page.has(valid) && page.has(&cert.holder_name) && page.has("1.11.2018"), "{}", page.body);
            assert!(page.has("EKJ3, 2017–2018"));
        }
        let unknown = anyone.get("/sv/certificates/ABCD-EFGH-JKMN-PQR9").await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        assert!(unknown.has("lang=\"sv\""), "a translated page");
        assert_eq!(anyone.get("/fi/certificates/not-a-code").await.status, StatusCode::NOT_FOUND);

        // The PDF as poppler reads it: the holder and the code; its QR code, as zbar
        // reads it, is the page's address.
        let pdf = anyone.get(&format!("/fi/certificates/{code}.pdf")).await;
        assert_eq!(pdf.status, StatusCode::OK);
        assert_eq!(pdf.headers["content-type"], "application/pdf");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("certificate.pdf");
        std::fs::write(&file, &pdf.bytes).unwrap();
        let text = run_tool("pdftotext", &[file.to_str().unwrap(), "-"]);
        assert!(text.contains(&cert.holder_name) && text.contains(&code), "{text}");
        assert!(text.contains("EKJ-sertifikaatti"));
        let png = dir.path().join("page");
        run_tool("pdftoppm", &["-png", "-r", "150", "-singlefile", file.to_str().unwrap(), png.to_str().unwrap()]);
        let qr = run_tool("zbarimg", &["--quiet", "--raw", dir.path().join("page.png").to_str().unwrap()]);
        assert_eq!(qr.trim(), format!("http://127.0.0.1:8080/fi/certificates/{code}"));
        let sv_text = {
            let sv = anyone.get(&format!("/sv/certificates/{code}.pdf")).await;
            std::fs::write(&file, &sv.bytes).unwrap();
            run_tool("pdftotext", &[file.to_str().unwrap(), "-"])
        };
        assert!(sv_text.contains("EKJ-certifikat"), "{sv_text}");

        // The credential, verified by Digital Bazaar's verifier; a changed name fails.
        let input = served(&anyone, &code).await;
        let credential = &input["credential"];
        assert_eq!(credential["type"][1], "OpenBadgeCredential");
        assert!(credential["issuer"]["id"].as_str().unwrap().starts_with("did:web:"));
        let verdict = read_with_node("verify-credential.mjs", &input);
        assert_eq!(verdict["verified"], true, "{verdict}");
        assert_eq!(verdict["revoked"], false);
        let mut tampered = input.clone();
        tampered["credential"]["credentialSubject"]["identifier"][0]["identityHash"] = json!("Someone Else");
        let verdict = read_with_node("verify-credential.mjs", &tampered);
        assert_eq!(verdict["verified"], false, "{verdict}");

        // Revoked: the page says when, never why; the status list says revoked.
        let certifier = app.signed_in(CERTIFIER).await;
        let refused = certifier.post(&format!("/fi/certificates/{code}/revoke"), &[("reason", "")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = certifier.post(&format!("/fi/certificates/{code}/revoke"), &[("reason", "Väärä henkilö")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = anyone.get(&format!("/fi/certificates/{code}")).await;
        assert!(page.has("Peruttu") && !page.has("Väärä henkilö"), "{}", page.body);
        let verdict = read_with_node("verify-credential.mjs", &served(&anyone, &code).await);
        assert_eq!(verdict["revoked"], true, "{verdict}");
        assert_eq!(verdict["verified"], false);
        // Nobody but the certifier manages a certificate.
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        assert_eq!(coordinator.post(&format!("/fi/certificates/{code}/reissue"), &[]).await.status, StatusCode::NOT_FOUND);
    }

    async fn a_reissue_after_a_name_correction_keeps_the_code_and_the_address(app) {
        let ekj1 = cohort(&app, "EKJ1").await;
        let cert = app.store.certificates().of_cohort(Some(ekj1.id)).await.unwrap().remove(0);
        let holder = cert.user_id.unwrap();
        app.store
            .connection()
            .execute_unprepared(&format!("UPDATE users SET name = 'Korjattu Nimi' WHERE id = {holder}"))
            .await
            .unwrap();
        let certifier = app.signed_in(CERTIFIER).await;
        let r = certifier.post(&format!("/fi/certificates/{}/reissue", cert.code), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let again = app.store.certificates().by_code(cert.code.as_str()).await.unwrap().unwrap();
        assert_eq!(again.code, cert.code);
        assert_eq!(again.holder_name, "Korjattu Nimi");
        let page = app.client().get(&format!("/fi/certificates/{}", cert.code)).await;
        assert!(page.has("Korjattu Nimi"));
        let verdict = read_with_node("verify-credential.mjs", &served(&app.client(), cert.code.as_str()).await);
        assert_eq!(verdict["verified"], true, "{verdict}");
    }

    async fn the_api_checks_a_certificate_for_anyone_and_lists_a_holders_own(app) {
        let ekj3 = cohort(&app, "EKJ3").await;
        let cert = app.store.certificates().of_cohort(Some(ekj3.id)).await.unwrap().remove(0);
        let anyone = app.client();
        let r = anyone.get(&format!("/api/v1/certificates/{}", cert.code)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let found: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(found["status"], "valid");
        assert_eq!(found["cohort"], "EKJ3");
        assert_eq!(found["holder"], cert.holder_name.as_str());
        let r = anyone.get("/api/v1/certificates/ABCD-EFGH-JKMN-PQR9").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(r.headers["content-type"].to_str().unwrap().starts_with("application/json"));
        app.store.certificates().revoke(cert.id, NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(), "Testi", None).await.unwrap();
        let revoked: Value = serde_json::from_str(&anyone.get(&format!("/api/v1/certificates/{}", cert.code)).await.body).unwrap();
        assert_eq!(revoked["status"], "revoked");
        assert_eq!(revoked["revoked_on"], "2026-01-02");
        assert!(revoked.get("reason").is_none());
        // A holder's own list; the demo managers hold none yet.
        let fi = app.signed_in(FI).await;
        let mine: Value = serde_json::from_str(&fi.get("/api/v1/certificates/mine").await.body).unwrap();
        assert_eq!(mine, json!([]));
        assert_eq!(anyone.get("/api/v1/certificates/mine").await.status, StatusCode::UNAUTHORIZED);
    }
}
