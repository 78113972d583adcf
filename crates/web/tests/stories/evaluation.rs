//! The developmental evaluation: an evaluator builds a survey that cannot open without
//! both languages, opens an anonymous round that invites the cohort's participants and
//! project people, who answer once and leave no trace of themselves in the answer;
//! results hide any group of fewer than five and any group that would reveal one; an
//! organisation's HR developer reads their own organisation's page and writes its
//! response, and nobody else's.

use axum::http::StatusCode;
use domain::coaching::evaluation::Likert;
use sea_orm::{ConnectionTrait, Statement};
use store::coaching::Answer;

#[allow(unused_imports)]
use crate::common::*;

const EVALUATOR: &str = "evaluator.fi@keva.example";

async fn org(app: &TestApp, domain: &str) -> i32 {
    app.store
        .organisations()
        .organisation_of_domain(domain)
        .await
        .unwrap()
        .unwrap()
}

/// EKJ4's confirmed participants of one organisation.
async fn people_of(app: &TestApp, domain: &str) -> Vec<i32> {
    let cohort = app
        .store
        .coaching()
        .cohort_by_code("EKJ4")
        .await
        .unwrap()
        .unwrap();
    let org = org(app, domain).await;
    app.store
        .coaching()
        .participants(cohort.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.organisation_id == org)
        .map(|p| p.user_id)
        .collect()
}

/// A survey of EKJ4 with one statement and one free-text question, and a round.
async fn survey_with_round(app: &TestApp, anonymous: bool) -> (i32, i32, Client<'_>) {
    let evaluator = app.signed_in(EVALUATOR).await;
    let cohort = app
        .store
        .coaching()
        .cohort_by_code("EKJ4")
        .await
        .unwrap()
        .unwrap();
    let r = evaluator
        .post(
            "/fi/evaluation/surveys",
            &[
                ("cohort", &cohort.id.to_string()),
                ("title_fi", "Kehittämistyön arviointi"),
                ("title_sv", "Utvärdering av utvecklingsarbetet"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let survey: i32 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let base = format!("/fi/evaluation/surveys/{survey}");
    for (kind, fi, sv) in [
        (
            "likert",
            "Hankkeen tavoitteet ovat selvät.",
            "Projektets mål är tydliga.",
        ),
        (
            "text",
            "Mikä on edistänyt hanketta?",
            "Vad har främjat projektet?",
        ),
    ] {
        let r = evaluator
            .post(
                &format!("{base}/questions"),
                &[("kind", kind), ("text_fi", fi), ("text_sv", sv)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let mut fields = vec![
        ("round_fi", "Alkukartoitus"),
        ("round_sv", "Inledande kartläggning"),
        ("closes_on", "2099-12-31"),
    ];
    if anonymous {
        fields.push(("anonymous", "yes"));
    }
    let r = evaluator.post(&format!("{base}/rounds"), &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let round = app
        .store
        .coaching()
        .survey(survey)
        .await
        .unwrap()
        .unwrap()
        .rounds[0]
        .id;
    (survey, round, evaluator)
}

fn rated(n: i32, text: &str, survey: &store::coaching::Survey) -> Vec<(i32, Answer)> {
    vec![
        (survey.questions[0].id, Answer::Likert(Likert::Rating(n))),
        (survey.questions[1].id, Answer::Text(text.to_owned())),
    ]
}

on_both_databases! {
    async fn a_survey_opens_only_in_both_languages_and_invites_the_cohorts_people(app) {
        let (survey, round, evaluator) = survey_with_round(&app, true).await;
        let base = format!("/fi/evaluation/surveys/{survey}");
        let r = evaluator.post(&format!("{base}/questions"), &[("kind", "choice"), ("text_fi", "Valitse yksi"), ("options_fi", "A\nB")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "a question may wait for its Swedish text: {}", r.body);
        let refused = evaluator.post(&format!("/fi/evaluation/rounds/{round}/open"), &[]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("sekä suomeksi että ruotsiksi"));
        let missing = app.store.coaching().survey(survey).await.unwrap().unwrap().questions[2].id;
        evaluator.post(&format!("{base}/questions/{missing}/remove"), &[]).await;
        let opened = evaluator.post(&format!("/fi/evaluation/rounds/{round}/open"), &[]).await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
        // The questions are fixed once a round opens.
        let fixed = evaluator.post(&format!("{base}/questions"), &[("kind", "text"), ("text_fi", "Myöhässä"), ("text_sv", "För sent")]).await;
        assert_eq!(fixed.status, StatusCode::UNPROCESSABLE_ENTITY);

        // Everyone the evaluation is for is invited in their language: the participants,
        // and the HR developers of the cohort's organisations.
        let turnout = app.store.coaching().turnout(round).await.unwrap();
        assert!(turnout.invited > 74, "74 participants and the HR developers: {}", turnout.invited);
        let fi = app.mails_to("manager.fi@espoo.example").await;
        assert!(fi.iter().any(|m| m.contains("Kehittävä arviointi: Alkukartoitus") && m.contains(&format!("/fi/evaluation/rounds/{round}/answer"))), "{fi:?}");
        let sv = app.mails_to("manager.sv@espoo.example").await;
        assert!(sv.iter().any(|m| m.contains("Utvecklande utvärdering: Inledande kartläggning")), "{sv:?}");
        assert!(!app.mails_to("hr-developer.fi@espoo.example").await.is_empty());

        // A participant answers once; the anonymous answer holds nobody.
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let programme = manager.get("/fi/programme").await;
        assert!(programme.has(&format!("/fi/evaluation/rounds/{round}/answer")));
        let q = app.store.coaching().survey(survey).await.unwrap().unwrap().questions;
        let refused = manager.post(&format!("/fi/evaluation/rounds/{round}/answer"), &[(&format!("q-{}", q[0].id), "9")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let answered = manager
            .post(&format!("/fi/evaluation/rounds/{round}/answer"), &[(&format!("q-{}", q[0].id), "4"), (&format!("q-{}", q[1].id), "Johdon tuki.")])
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
        let again = manager.get(&format!("/fi/evaluation/rounds/{round}/answer")).await;
        assert!(again.has("Olet jo vastannut"));
        let twice = app.store.coaching().answer(round, app.user_id("manager.fi@espoo.example").await, &[]).await.unwrap();
        assert!(!twice, "nobody answers twice");
        let backend = app.store.connection().get_database_backend();
        let rows = app
            .store
            .connection()
            .query_all_raw(Statement::from_string(backend, format!("SELECT user_id FROM round_responses WHERE round_id = {round}")))
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        let who: Option<i32> = rows[0].try_get("", "user_id").unwrap();
        assert_eq!(who, None, "an anonymous answer holds no person");

        // A reminder goes to those who have not answered, not to who has.
        let before = app.mails_to("manager.fi@espoo.example").await.len();
        evaluator.post(&format!("/fi/evaluation/rounds/{round}/remind"), &[]).await;
        assert_eq!(app.mails_to("manager.fi@espoo.example").await.len(), before);
        assert!(app.mails_to("manager.sv@espoo.example").await.iter().any(|m| m.contains("Påminnelse")));
        // Nobody outside the round answers it.
        let coach = app.signed_in("coach.fi@fcg.example").await;
        assert_eq!(coach.get(&format!("/fi/evaluation/rounds/{round}/answer")).await.status, StatusCode::NOT_FOUND);
    }

    async fn results_hide_small_groups_and_the_groups_that_would_reveal_them(app) {
        let (survey_id, round, evaluator) = survey_with_round(&app, true).await;
        evaluator.post(&format!("/fi/evaluation/rounds/{round}/open"), &[]).await;
        let survey = app.store.coaching().survey(survey_id).await.unwrap().unwrap();
        let coaching = app.store.coaching();
        // Pori 7, Jämsä 6, Kouvola 4: Kouvola is hidden, and so is Jämsä, the smallest
        // shown, or the cohort minus Pori and Jämsä would give Kouvola's four.
        for (domain, n, rating, text) in [
            ("pori.example", 7, 5, "Porin kommentti"),
            ("jamsa.example", 6, 3, "Jämsän kommentti"),
            ("kouvola.example", 4, 1, "Kouvolan salaisuus"),
        ] {
            for person in people_of(&app, domain).await.into_iter().take(n) {
                assert!(coaching.answer(round, person, &rated(rating, text, &survey)).await.unwrap());
            }
        }
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let csv = coordinator.get(&format!("/fi/evaluation/surveys/{survey_id}/results.csv?table=0")).await;
        assert_eq!(csv.status, StatusCode::OK);
        let lines: Vec<&str> = csv.body.lines().collect();
        let header: Vec<&str> = lines[0].trim_start_matches('\u{feff}').split(',').collect();
        let row: Vec<&str> = lines[1].split(',').collect();
        let cell = |name: &str| row[header.iter().position(|h| h.contains(name)).unwrap()];
        assert_eq!(cell("Pori"), "5");
        assert_eq!(cell("Jämsä"), "< 5");
        assert_eq!(cell("Kouvola"), "< 5");
        // (7 × 5 + 6 × 3 + 4 × 1) / 17
        assert_eq!(cell("Koko ryhmä"), "3.4");
        let page = coordinator.get(&format!("/fi/evaluation/surveys/{survey_id}/results")).await;
        assert!(page.has("Kouvolan salaisuus"), "the cohort's free texts, without organisation");
        assert!(!page.has("manager.fi") && !page.has("Kouvolan kaupunki: Kouvolan"), "nobody named");
        let xlsx = coordinator.get(&format!("/fi/evaluation/surveys/{survey_id}/results.xlsx")).await;
        let book = read_with_tool("xlsx.py", &xlsx.bytes);
        assert!(book.as_array().unwrap().len() >= 2);

        // Kouvola's own page shows its figures hidden and none of its free text.
        let kouvola = org(&app, "kouvola.example").await;
        let evaluator_page = evaluator.get(&format!("/fi/evaluation/surveys/{survey_id}/organisations/{kouvola}")).await;
        assert_eq!(evaluator_page.status, StatusCode::OK);
        assert!(!evaluator_page.has("Kouvolan salaisuus"));
        let pori = org(&app, "pori.example").await;
        let pori_page = evaluator.get(&format!("/fi/evaluation/surveys/{survey_id}/organisations/{pori}")).await;
        assert!(pori_page.has("Porin kommentti"));
    }

    async fn an_organisation_reads_its_own_results_and_writes_its_response(app) {
        let (survey, round, evaluator) = survey_with_round(&app, false).await;
        evaluator.post(&format!("/fi/evaluation/rounds/{round}/open"), &[]).await;
        let espoo = org(&app, "espoo.example").await;
        let jamsa = org(&app, "jamsa.example").await;
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let cohort = hr.get("/fi/coaching/EKJ4").await;
        assert!(cohort.has(&format!("/fi/evaluation/surveys/{survey}/organisations/{espoo}")));
        let own = format!("/fi/evaluation/surveys/{survey}/organisations/{espoo}");
        assert_eq!(hr.get(&own).await.status, StatusCode::OK);
        assert_eq!(hr.get(&format!("/fi/evaluation/surveys/{survey}/organisations/{jamsa}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(hr.get(&format!("/fi/evaluation/surveys/{survey}/results")).await.status, StatusCode::NOT_FOUND);
        let empty = hr.post(&format!("{own}/response"), &[("round", &round.to_string()), (&format!("response-{round}"), "")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let written = hr
            .post(&format!("{own}/response"), &[("round", &round.to_string()), (&format!("response-{round}"), "Jatkamme esimiesvalmennusta keväällä.")])
            .await;
        assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
        let results = evaluator.get(&format!("/fi/evaluation/surveys/{survey}/results")).await;
        assert!(results.has("Jatkamme esimiesvalmennusta keväällä."));
        // A named round keeps who answered.
        let me = app.user_id("manager.fi@espoo.example").await;
        assert!(app.store.coaching().answer(round, me, &[]).await.unwrap());
        let backend = app.store.connection().get_database_backend();
        let rows = app
            .store
            .connection()
            .query_all_raw(Statement::from_string(backend, format!("SELECT user_id FROM round_responses WHERE round_id = {round}")))
            .await
            .unwrap();
        let who: Option<i32> = rows[0].try_get("", "user_id").unwrap();
        assert_eq!(who, Some(me));
        // Espoo's other HR developer reads it too.
        let other = app.signed_in("hr-developer.sv@espoo.example").await;
        let page = other.get(&own).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("Jatkamme esimiesvalmennusta keväällä."));
    }
}
