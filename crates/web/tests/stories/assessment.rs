//! The self-assessment: a participant rates every statement at the start, is refused
//! the end before its date, takes it once it opens and sees both side by side; only the
//! person, their coach and the certifier see one person's answers, and everyone else
//! sees figures of five or more.

use axum::http::StatusCode;
use domain::coaching::assessment::STATEMENTS;
use sea_orm::ConnectionTrait;

#[allow(unused_imports)]
use crate::common::*;

const FI: &str = "manager.fi@espoo.example";

/// Every statement rated `rating`, with one comment.
fn answers(rating: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = STATEMENTS
        .iter()
        .map(|(_, key)| (format!("rating-{key}"), rating.to_owned()))
        .collect();
    fields.push((
        "comment-customer-needs".into(),
        "Asiakaspalaute puuttuu vielä.".into(),
    ));
    fields
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

on_both_databases! {
    async fn a_participant_assesses_their_leadership_at_the_start_and_the_end(app) {
        let fi = app.signed_in(FI).await;
        // A statement left unrated is named, and the other answers are kept.
        let mut partial = answers("3");
        partial.retain(|(k, _)| k != "rating-results-goals");
        let refused = fi.post("/fi/coaching/EKJ4/assessment/start", &pairs(&partial)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Valitse arvio 1–5."));
        assert!(refused.has("Asiakaspalaute puuttuu vielä."));
        let saved = fi.post("/fi/coaching/EKJ4/assessment/start", &pairs(&answers("3"))).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

        // The end opens two months before the cohort ends: not yet.
        let early = fi.post("/fi/coaching/EKJ4/assessment/end", &pairs(&answers("4"))).await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(early.has("Loppuarvioinnin voi tehdä vasta, kun se avautuu."));
        let page = fi.get("/fi/coaching/EKJ4/assessment/end").await;
        assert!(page.has("Loppuarviointi avautuu"));
        assert!(!page.has("name=\"rating-customer-needs\""), "no form before it opens");

        // Once the cohort sets an earlier date, the end is taken and compared.
        app.store
            .connection()
            .execute_unprepared("UPDATE cohorts SET end_assessment_on = '2020-01-01' WHERE code = 'EKJ4'")
            .await
            .unwrap();
        let saved = fi.post("/fi/coaching/EKJ4/assessment/end", &pairs(&answers("4"))).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let own = fi.get("/fi/coaching/EKJ4/assessment").await;
        assert!(own.has("Asiakaslähtöisyys"));
        assert!(own.has("+1.0"), "the change by area");
        assert!(own.has("role=\"img\""), "a chart above the table");
        let sv_page = fi.get("/sv/coaching/EKJ4/assessment").await;
        assert!(sv_page.has("Kundorientering"));

        // One person's answers: theirs, their coach's and the certifier's only.
        let me = app.user_id(FI).await;
        let path = format!("/fi/coaching/EKJ4/participants/{me}/assessment");
        for reader in ["coach.fi@fcg.example", "certifier.fi@kuntaliitto.example"] {
            let r = app.signed_in(reader).await.get(&path).await;
            assert_eq!(r.status, StatusCode::OK, "{reader}");
            assert!(r.has("Asiakaspalaute puuttuu vielä."));
        }
        for reader in [
            "manager.sv@espoo.example",
            "hr-developer.fi@espoo.example",
            "coordinator.fi@kt.example",
            "evaluator.fi@keva.example",
            "content-editor.fi@kt.example",
        ] {
            let r = app.signed_in(reader).await.get(&path).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{reader}");
        }
        // The figures of the cohort hide a group of one (the end assessment, taken by
        // this participant alone).
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let summary = coordinator.get("/fi/coaching/EKJ4/assessment/summary").await;
        assert_eq!(summary.status, StatusCode::OK);
        assert!(summary.has("&#60; 5"), "{}", summary.body);
        assert!(!summary.has("Asiakaspalaute puuttuu vielä."), "no one's comments show");
        let participant_summary = fi.get("/fi/coaching/EKJ4/assessment/summary").await;
        assert_eq!(participant_summary.status, StatusCode::NOT_FOUND);
    }
}
