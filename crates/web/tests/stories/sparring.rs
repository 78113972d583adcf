//! KunTeko sparring: a coordinator opens a round with its rubric, HR developers apply
//! (one application per organisation, another's is 404), reviewers score, abstain or
//! are recused (and then see nothing), the coordinator freezes the decision, each
//! applicant's letter comes over SMTP in their language with their own figures, a
//! reconsideration is asked and answered; days are never granted beyond the pool, even
//! fifty at once; the demo's 2018 round is re-run from its stored inputs.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{Lang, events::in_helsinki};
use sea_orm::ConnectionTrait;

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
const REVIEWER: &str = "coordinator.sv@kt.example";
const HR: &str = "hr-developer.fi@espoo.example";
const LOVISA_HR: &str = "personal.lovisa@loviisa.example";

const ANCHORS_FI: &str = "heikko\nvälttävä\ntyydyttävä\nhyvä\nerinomainen";
const ANCHORS_SV: &str = "svag\nförnöjsam\nnöjaktig\nbra\nutmärkt";

/// A Swedish-speaking HR developer of Lovisa, with the demo password.
async fn lovisa_hr(app: &TestApp) -> Client<'_> {
    let org = app
        .store
        .organisations()
        .organisation_of_domain("loviisa.example")
        .await
        .unwrap()
        .unwrap();
    let new = store::NewUser {
        email: domain::Email::parse(LOVISA_HR).unwrap(),
        name: domain::PersonName::parse("Linnea Personal").unwrap(),
        org_id: org,
        lang: Lang::Sv,
        roles: vec![domain::Role::HrDeveloper],
        password: Some(domain::NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD).unwrap()),
    };
    app.store.accounts().create_user(&new, None).await.unwrap();
    app.signed_in(LOVISA_HR).await
}

/// A closing day three weeks ahead.
fn closes_later() -> String {
    in_helsinki(Utc::now() + Duration::days(21)).0
}

/// The coordinator's new round, open from today for three weeks, with a pool of
/// `pool` days and two criteria (weights 2 and 1). Returns its id.
async fn new_round(coordinator: &Client<'_>, pool: &str) -> i32 {
    let today = in_helsinki(Utc::now()).0;
    let closes = closes_later();
    let created = coordinator
        .post(
            "/fi/sparring/new",
            &[
                ("name_fi", "Kevätkierros"),
                ("name_sv", "Vårrundan"),
                ("pool_days", pool),
                ("max_per_organisation", "2"),
                ("reconsideration_days", "14"),
                ("opens_date", &today),
                ("opens_time", "00:00"),
                ("closes_date", &closes),
                ("closes_time", "16:00"),
                ("kind", "municipality"),
                ("kind", "joint_municipal_authority"),
                ("published_value", "Julkaistu arvo 2026/7"),
                ("contact_name", "Kaisa Koordinaattori"),
                ("contact_email", COORDINATOR),
                ("floors", ""),
                ("sparrers", "Tuula Rinne; Rinne Oy; tiimit"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let round: i32 = created
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    for (fi, sv, weight) in [
        ("Selkeys", "Tydlighet", "2"),
        ("Osallisuus", "Delaktighet", "1"),
    ] {
        let r = coordinator
            .post(
                &format!("/fi/sparring/{round}/criteria"),
                &[
                    ("criterion_fi", fi),
                    ("criterion_sv", sv),
                    ("weight", weight),
                    ("anchors_fi", ANCHORS_FI),
                    ("anchors_sv", ANCHORS_SV),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    round
}

/// An application's id from the address the applicant was sent to.
fn application_in(r: &Response) -> i32 {
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

async fn score(
    client: &Client<'_>,
    app: i32,
    criteria: &[i32],
    scores: [&str; 2],
    action: &str,
) -> Response {
    let fields: Vec<(String, String)> = criteria
        .iter()
        .zip(scores)
        .map(|(c, s)| (format!("score-{c}"), s.to_owned()))
        .chain([
            ("comment".to_owned(), String::new()),
            ("action".to_owned(), action.to_owned()),
        ])
        .collect();
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    client
        .post(&format!("/fi/sparring/applications/{app}/review"), &pairs)
        .await
}

on_both_databases! {
    async fn hr_developers_apply_reviewers_score_and_the_frozen_decision_is_told_to_each_in_their_language(app) {
        let smtp = SmtpServer::start();
        let coordinator = app.signed_in(COORDINATOR).await;
        // A refused round keeps what was typed beside the fields.
        let refused = coordinator
            .post("/fi/sparring/new", &[("name_fi", "Kevätkierros"), ("name_sv", ""), ("pool_days", "paljon")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("value=\"Kevätkierros\""));
        assert!(refused.has("value=\"paljon\""));
        let round = new_round(&coordinator, "3").await;
        let criteria: Vec<i32> = app.store.development().round(round).await.unwrap().unwrap()
            .rubric.iter().map(|c| c.id).collect();

        // Espoo's HR developer applies; a refusal keeps the text, a second attempt
        // changes the one application.
        let hr = app.signed_in(HR).await;
        let apply = format!("/fi/sparring/{round}/apply");
        assert_eq!(hr.get(&apply).await.status, StatusCode::OK);
        let aim = "Kotihoidon tiimien työnjako";
        let refused = hr
            .post(&apply, &[("aim", aim), ("workplace", "Kotihoito"), ("staff", "24"), ("days_asked", "3"),
                            ("sparrer", ""), ("contact_name", "Heikki Hakala"), ("contact_email", HR), ("lang", "fi")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Hae yksi tai kaksi päivää."));
        assert!(refused.has(aim));
        let espoo = application_in(
            &hr.post(&apply, &[("aim", aim), ("workplace", "Kotihoito"), ("staff", "24"), ("days_asked", "2"),
                               ("sparrer", ""), ("contact_name", "Heikki Hakala"), ("contact_email", HR), ("lang", "fi")])
                .await,
        );
        let again = application_in(
            &hr.post(&apply, &[("aim", aim), ("workplace", "Kotihoito, itäinen alue"), ("staff", "30"), ("days_asked", "2"),
                               ("sparrer", ""), ("contact_name", "Heikki Hakala"), ("contact_email", HR), ("lang", "fi")])
                .await,
        );
        assert_eq!(again, espoo, "a second attempt opens the first");
        assert!(hr.get(&apply).await.has("Kotihoito, itäinen alue"));
        let lovisa_client = lovisa_hr(&app).await;
        let lovisa = application_in(
            &lovisa_client
                .post(&format!("/sv/sparring/{round}/apply"),
                      &[("aim", "Hemvårdens arbetsfördelning"), ("workplace", "Hemvården"), ("staff", "12"), ("days_asked", "2"),
                        ("sparrer", ""), ("contact_name", "Linnea Personal"), ("contact_email", LOVISA_HR), ("lang", "sv")])
                .await,
        );
        assert_eq!(app.store.development().applications(round).await.unwrap().len(), 2);
        // Another organisation's application is not there for them.
        assert_eq!(hr.get(&format!("/fi/sparring/applications/{lovisa}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(lovisa_client.get(&format!("/sv/sparring/applications/{espoo}")).await.status, StatusCode::NOT_FOUND);
        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(manager.get(&apply).await.status, StatusCode::NOT_FOUND);

        // Two reviewers each; the second is recused from Lovisa's and no longer sees it.
        for application in [espoo, lovisa] {
            for reviewer in [COORDINATOR, REVIEWER] {
                let r = coordinator
                    .post(&format!("/fi/sparring/applications/{application}/reviewers"), &[("reviewer", reviewer)])
                    .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            }
        }
        let reviewer = app.signed_in(REVIEWER).await;
        assert!(reviewer.get("/fi/sparring").await.has(&format!("/fi/sparring/applications/{lovisa}")));
        let refused = score(&coordinator, espoo, &criteria, ["5", "9"], "score").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("value=\"5\" checked"), "the scores given are kept");
        for (client, application, scores, action) in [
            (&coordinator, espoo, ["5", "4"], "score"),
            (&reviewer, espoo, ["4", "4"], "score"),
            (&coordinator, lovisa, ["3", "3"], "score"),
            (&reviewer, lovisa, ["", ""], "recuse"),
        ] {
            let r = score(client, application, &criteria, scores, action).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        assert_eq!(reviewer.get(&format!("/fi/sparring/applications/{lovisa}")).await.status, StatusCode::NOT_FOUND);
        assert!(!reviewer.get("/fi/sparring").await.has(&format!("/fi/sparring/applications/{lovisa}")));

        // The board previews; a round still open is not frozen. Lovisa's application has
        // one reviewer left who is not recused, and both pages say so.
        let board = coordinator.get(&format!("/fi/sparring/{round}/allocation")).await;
        assert_eq!(board.status, StatusCode::OK);
        assert!(board.has("Yhdellä hakemuksella on alle kaksi arvioijaa"), "{}", board.body);
        assert_eq!(coordinator.get(&format!("/fi/sparring/{round}")).await.body.matches("tarvitsee vielä arvioijan").count(), 1);
        assert!(board.has("4.33") && board.has("3.00"), "the mean weighted scores");
        let early = coordinator.post(&format!("/fi/sparring/{round}/freeze"), &[]).await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(early.has("Haku on vielä auki"));
        // The coordinator closes the round early: a closing before the opening is refused
        // beside its field with what was typed kept.
        let schedule = format!("/fi/sparring/{round}/schedule");
        let yesterday = in_helsinki(Utc::now() - Duration::days(1)).0;
        let today = in_helsinki(Utc::now()).0;
        let backwards = [("opens_date", today.as_str()), ("opens_time", "00:00"), ("closes_date", &yesterday), ("closes_time", "00:00")];
        let refused = coordinator.post(&schedule, &backwards).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has(&format!("value=\"{yesterday}\"")), "{}", refused.body);
        assert!(app.store.development().round(round).await.unwrap().unwrap().is_open(Utc::now()), "nothing saved");
        let closing = [("opens_date", yesterday.as_str()), ("opens_time", "00:00"), ("closes_date", &today), ("closes_time", "00:00")];
        assert_eq!(coordinator.post(&schedule, &closing).await.status, StatusCode::SEE_OTHER);
        assert!(!app.store.development().round(round).await.unwrap().unwrap().is_open(Utc::now()));
        let frozen = coordinator.post(&format!("/fi/sparring/{round}/freeze"), &[]).await;
        assert_eq!(frozen.status, StatusCode::SEE_OTHER, "{}", frozen.body);
        let twice = coordinator.post(&format!("/fi/sparring/{round}/freeze"), &[]).await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY, "a round is frozen once");
        let reopened = coordinator.post(&schedule, &[("opens_date", &yesterday), ("opens_time", "00:00"), ("closes_date", &closes_later()), ("closes_time", "16:00")]).await;
        assert_eq!(reopened.status, StatusCode::UNPROCESSABLE_ENTITY, "a decided round keeps its times");
        let decision = coordinator.get(&format!("/fi/sparring/{round}/decision")).await;
        assert!(decision.has("tulos on sama"), "{}", decision.body);
        let development = app.store.development();
        let granted: Vec<(i32, i32)> = development.applications(round).await.unwrap().iter().map(|a| (a.id, a.days_granted)).collect();
        assert_eq!(granted, [(espoo, 2), (lovisa, 1)], "the pool of three: two to the better, the last one to the next");
        assert_eq!(development.round(round).await.unwrap().unwrap().days_taken, 3);

        // Each applicant's letter, over SMTP, in their language, with their own figures.
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let mails = smtp.received();
        let to = |who: &str| mails.iter().filter(|m| m["to"][0] == who).cloned().collect::<Vec<_>>();
        let espoo_mails = to(HR);
        let subjects: Vec<&str> = espoo_mails.iter().map(|m| m["subject"].as_str().unwrap()).collect();
        assert_eq!(subjects, ["Hakemus vastaanotettu: Kevätkierros", "Hakemus vastaanotettu: Kevätkierros", "Päätös: Kevätkierros"]);
        let letter = espoo_mails[2]["body"].as_str().unwrap();
        assert!(letter.contains("Hakemuksenne sai arvioinnissa 4.33 pistettä"), "{letter}");
        assert!(letter.contains("Kierroksella jaettiin 3 päivää 2 hakemuksen kesken"), "{letter}");
        assert!(letter.contains("Teille myönnetään 2 sparrauspäivää"), "{letter}");
        assert!(letter.contains("Kaisa Koordinaattori"), "who decided and the contact person: {letter}");
        assert!(letter.contains("oikaisua 14 päivän kuluessa"), "{letter}");
        let lovisa_mails = to(LOVISA_HR);
        let brev = lovisa_mails.last().unwrap();
        assert_eq!(brev["subject"], "Beslut: Vårrundan");
        let brev = brev["body"].as_str().unwrap();
        assert!(brev.contains("Er ansökan fick 3.00 poäng"), "{brev}");
        assert!(brev.contains("Ni sökte 2 dagar; dagarna tog slut, så ni beviljas 1"), "{brev}");
        assert!(brev.contains("omprövning inom 14 dagar"), "{brev}");
        assert!(lovisa_client.get(&format!("/sv/sparring/applications/{lovisa}")).await.has("Er ansökan fick 3.00 poäng"));

        // Lovisa asks for reconsideration; the coordinator answers; Lovisa hears of it.
        let path = format!("/sv/sparring/applications/{lovisa}/reconsideration");
        let empty = lovisa_client.post(&path, &[("reconsideration", " ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let asked = lovisa_client.post(&path, &[("reconsideration", "Hela personalen deltog i planeringen.")]).await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
        let request = development.reconsiderations(&[lovisa]).await.unwrap()[0].id;
        let field = format!("answer-{request}");
        let answered = coordinator
            .post(&format!("/fi/sparring/reconsiderations/{request}/answer"),
                  &[("application", &lovisa.to_string()), (&field, "Ansökan bedömdes på nytt; beslutet står fast.")])
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let answer = smtp.received().into_iter().find(|m| m["subject"] == "Svar på begäran om omprövning: Vårrundan").unwrap();
        assert!(answer["body"].as_str().unwrap().contains("beslutet står fast"));

        // Espoo records a day held; the round's report counts it.
        let held = hr
            .post(&format!("/fi/sparring/applications/{espoo}/held"),
                  &[("held_on", "2026-05-12"), ("held_sparrer", "Tuula Rinne"), ("report", "Työpaja koko tiimille.")])
            .await;
        assert_eq!(held.status, StatusCode::SEE_OTHER, "{}", held.body);
        let csv = coordinator.get(&format!("/fi/sparring/{round}/report.csv")).await;
        assert_eq!(csv.status, StatusCode::OK);
        let total = csv.body.lines().last().unwrap().to_owned();
        assert_eq!(total, "Yhteensä,2,4,3,1", "{}", csv.body);
    }

    async fn fifty_coordinators_granting_two_days_at_once_never_grant_more_than_the_pool_of_twenty(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        let round = new_round(&coordinator, "20").await;
        let development = app.store.development();
        let orgs = app.store.organisations().all().await.unwrap();
        assert!(orgs.len() >= 50, "the demo has organisations enough");
        let mut applications = Vec::new();
        for org in orgs.iter().take(50) {
            let input = store::development::ApplicationInput {
                aim: "Kehittäminen".into(), workplace: "Työpaikka".into(), staff: 10, days_asked: 2,
                sparrer_id: None, contact_name: "Yhteyshenkilö".into(), contact_email: "yhteys@kt.example".into(),
                lang: Lang::Fi,
            };
            applications.push(development.apply(round, org.id, &input, None, Utc::now()).await.unwrap());
        }
        app.store
            .connection()
            .execute_unprepared(&format!("UPDATE sparring_rounds SET closes_at = opens_at WHERE id = {round}"))
            .await
            .unwrap();
        // Frozen with nobody scored: nothing granted, the pool whole.
        assert_eq!(coordinator.post(&format!("/fi/sparring/{round}/freeze"), &[]).await.status, StatusCode::SEE_OTHER);
        let id = app.user_id(COORDINATOR).await;
        let addr = serve(&app).await;
        let mut tasks = tokio::task::JoinSet::new();
        for application in applications {
            let (cookie, csrf) = session_of(&app, id).await;
            tasks.spawn(async move {
                post_over_http(addr, &format!("/fi/sparring/applications/{application}/days"), &cookie, &csrf, &[("days", "2")]).await
            });
        }
        let mut statuses = Vec::new();
        while let Some(done) = tasks.join_next().await {
            statuses.push(done.unwrap());
        }
        let granted = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
        let refused = statuses.iter().filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY).count();
        assert_eq!((granted, refused), (10, 40), "{statuses:?}");
        let apps = development.applications(round).await.unwrap();
        assert_eq!(apps.iter().map(|a| a.days_granted).sum::<i32>(), 20);
        assert_eq!(development.round(round).await.unwrap().unwrap().days_taken, 20);
        // The cap holds too: a granted organisation gets no third day.
        let full = apps.iter().find(|a| a.days_granted == 2).unwrap();
        let more = coordinator.post(&format!("/fi/sparring/applications/{}/days", full.id), &[("days", "1")]).await;
        assert_eq!(more.status, StatusCode::UNPROCESSABLE_ENTITY);
    }

    async fn the_demo_round_decided_53_applications_and_a_re_run_of_its_stored_inputs_gives_the_same(app) {
        let development = app.store.development();
        let rounds = development.rounds().await.unwrap();
        let round = rounds.iter().find(|r| r.name_fi.ends_with("2018")).unwrap();
        let apps = development.applications(round.id).await.unwrap();
        assert_eq!(apps.len(), 53, "seeds/002: 53 sparring applications came in");
        let asked: i32 = apps.iter().map(|a| a.days_asked).sum();
        let granted: i32 = apps.iter().map(|a| a.days_granted).sum();
        assert!(asked > round.pool_days, "more days were asked than could be granted: {asked}");
        assert_eq!(granted, round.pool_days);
        assert!(rounds.iter().any(|r| r.is_open(Utc::now())), "the 2019 round takes applications");

        let coordinator = app.signed_in(COORDINATOR).await;
        let decision = coordinator.get(&format!("/fi/sparring/{}/decision", round.id)).await;
        assert_eq!(decision.status, StatusCode::OK);
        assert!(decision.has("tulos on sama"));
        let csv = coordinator.get(&format!("/fi/sparring/{}/report.csv", round.id)).await;
        let total = csv.body.lines().find(|l| l.starts_with("Yhteensä")).unwrap().to_owned();
        assert!(total.starts_with(&format!("Yhteensä,53,{asked},{granted},")), "{total}");
        let xlsx = coordinator.get(&format!("/fi/sparring/{}/report.xlsx", round.id)).await;
        let book = read_with_tool("xlsx.py", &xlsx.bytes);
        let last = book[0]["rows"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last[1], 53.0, "{last}");

        // The demo's reviewer recused from Lovisa's application does not see it; the
        // one who took her place does.
        let lovisa = app.store.organisations().organisation_of_domain("loviisa.example").await.unwrap().unwrap();
        let lovisas = apps.iter().find(|a| a.organisation_id == lovisa).unwrap().id;
        let recused = app.signed_in(REVIEWER).await;
        assert_eq!(recused.get(&format!("/fi/sparring/applications/{lovisas}")).await.status, StatusCode::NOT_FOUND);
        let substitute = app.signed_in("evaluator.sv@keva.example").await;
        assert_eq!(substitute.get(&format!("/sv/sparring/applications/{lovisas}")).await.status, StatusCode::OK);
        // Espoo's HR developer reads their own letter.
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let espoos = apps.iter().find(|a| a.organisation_id == espoo).unwrap();
        let hr = app.signed_in(HR).await;
        let page = hr.get(&format!("/fi/sparring/applications/{}", espoos.id)).await;
        assert!(page.has("Hakemuksenne sai arvioinnissa"), "{}", page.body);

        // A stored input changed afterwards shows: its hash no longer holds.
        app.store
            .connection()
            .execute_unprepared(&format!(
                "UPDATE sparring_decisions SET inputs = REPLACE(inputs, '\"days\":60', '\"days\":61') WHERE round_id = {}",
                round.id
            ))
            .await
            .unwrap();
        let tampered = coordinator.get(&format!("/fi/sparring/{}/decision", round.id)).await;
        assert!(tampered.has("tulos EI ole sama"), "{}", tampered.body);
    }

    async fn the_api_lists_the_rounds_and_an_organisations_own_applications_with_their_letters(app) {
        let json = |r: Response| {
            assert_eq!(r.status, StatusCode::OK, "{}", r.body);
            serde_json::from_str::<serde_json::Value>(&r.body).unwrap()
        };
        let hr = app.signed_in(HR).await;
        let rounds = json(hr.get("/api/v1/sparring/rounds").await);
        let names: Vec<&str> = rounds.as_array().unwrap().iter().map(|r| r["name_fi"].as_str().unwrap()).collect();
        assert_eq!(names, ["KunTeko-sparraus 2019", "KunTeko-sparraus 2018"], "the newest first");
        assert_eq!(rounds[0]["open"], true);
        assert_eq!(rounds[1]["days_taken"], rounds[1]["pool_days"]);
        assert_eq!(rounds[1]["rubric"].as_array().unwrap().len(), 3);

        let mine = json(hr.get("/api/v1/sparring/applications/mine").await);
        let mine = mine.as_array().unwrap();
        assert_eq!(mine.len(), 1, "Espoo applied in 2018 only: {mine:?}");
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let stored = app.store.development().applications_of(espoo).await.unwrap();
        assert_eq!(mine[0]["id"], stored[0].id);
        let letter = mine[0]["decision"]["letter"].as_array().unwrap();
        let score = mine[0]["decision"]["score"].as_f64().unwrap();
        assert!(letter[1].as_str().unwrap().contains(&format!("{score:.2}")), "the letter holds its own score: {letter:?}");

        // Not for those who neither run rounds nor apply; nobody sees another
        // organisation's applications.
        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(json(manager.get("/api/v1/sparring/rounds").await), serde_json::json!([]), "a manager works with no round");
        assert_eq!(json(manager.get("/api/v1/sparring/applications/mine").await), serde_json::json!([]));
        let lovisa = lovisa_hr(&app).await;
        let theirs = json(lovisa.get("/api/v1/sparring/applications/mine").await);
        assert!(theirs.as_array().unwrap().iter().all(|a| a["id"] != mine[0]["id"]));
        assert_eq!(theirs.as_array().unwrap().len(), 1);
    }
}
