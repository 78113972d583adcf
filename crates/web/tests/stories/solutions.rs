//! The progress arena: anyone reads and filters the approved solutions; a person writes
//! one for their organisation and hands it in; a coordinator returns it with a reason
//! (the author is told in their language), approves it (it is public, found by a
//! stemmed search, in the feed) and hides it (gone from list, search and feed at once);
//! facet counts agree with a count in SQL for random choices, and count only what the
//! search words find; an organisation's new name is in the list at once; a campaign's
//! page, its funnel and its export.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{events::in_helsinki, solutions::Facet};
use proptest::{
    strategy::{Strategy, ValueTree},
    test_runner::TestRunner,
};
use sea_orm::{ConnectionTrait, Statement};

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
const AUTHOR: &str = "manager.fi@espoo.example";
/// Someone of another organisation.
const STRANGER: &str = "evaluator.fi@keva.example";

/// The solutions the list says it found: "352 ratkaisua".
fn found(body: &str) -> usize {
    let heading = body
        .split("<h2 id=\"results\">")
        .nth(1)
        .and_then(|rest| rest.split("</h2>").next())
        .unwrap_or_default();
    let digits: String = heading.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        usize::from(heading.contains("Yksi"))
    } else {
        digits.parse().unwrap()
    }
}

async fn count_sql(app: &TestApp, sql: &str) -> usize {
    usize::try_from(count_rows(app, sql).await).unwrap()
}

/// A facet's column in SQL, as text.
fn column(facet: Facet) -> &'static str {
    match facet {
        Facet::Sector => "s.sector",
        Facet::Topic => "s.topic",
        Facet::OrgKind => "o.kind",
        Facet::Region => "COALESCE(o.region, '')",
        Facet::Campaign => "COALESCE(CAST(s.campaign_id AS TEXT), '')",
        Facet::Year => "CAST(s.year AS TEXT)",
    }
}

fn quoted(values: impl IntoIterator<Item = String>) -> String {
    values
        .into_iter()
        .map(|v| format!("'{}'", v.replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A solution in Finnish, handed in or kept as a draft.
fn solution_form<'a>(title: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title_fi", title),
        (
            "problem_fi",
            "Työvuorolistat tehtiin kiireessä, ja vaihdot kuormittivat esihenkilöä.",
        ),
        (
            "actions_fi",
            "Otimme käyttöön yhteisen työvuorosuunnittelun ja viikoittaisen vaihtopalaverin.",
        ),
        ("results_fi", "Ylityöt vähenivät neljänneksellä."),
        ("lessons_fi", ""),
        ("title_sv", ""),
        ("problem_sv", ""),
        ("actions_sv", ""),
        ("results_sv", ""),
        ("lessons_sv", ""),
        ("sector", "social-health"),
        ("topic", "work-arrangements"),
        ("year", "2026"),
        ("period", "kevät 2026"),
        ("campaign", ""),
        ("contact_name", "Maija Mäkinen"),
        ("contact_email", "maija.makinen@espoo.example"),
        ("contact_consent", "yes"),
        ("action", action),
    ]
}

on_both_databases! {
    async fn the_demo_arena_is_public_and_its_figures_come_from_the_rows(app) {
        let approved = count_sql(&app, "SELECT COUNT(*) AS n FROM solutions WHERE state = 'approved'").await;
        assert!((330..=370).contains(&approved), "about 350 approved solutions, not {approved}");
        let visitor = app.client();
        let list = visitor.get("/fi/solutions").await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(found(&list.body), approved);
        let sv = visitor.get("/sv/solutions").await;
        assert_eq!(sv.status, StatusCode::OK);
        assert!(sv.has("Utvecklingsarenan"));
        // The campaign of autumn 2018 brought tens, and its page lists the approved ones.
        let campaign = count_sql(&app, "SELECT MIN(id) AS n FROM solution_campaigns").await;
        let brought = count_sql(&app, &format!("SELECT COUNT(*) AS n FROM solutions WHERE campaign_id = {campaign} AND state = 'approved'")).await;
        assert!(brought >= 20, "{brought}");
        let page = visitor.get(&format!("/fi/solutions/campaigns/{campaign}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has(&format!("Kampanjan tuomat {brought} ratkaisua")), "{}", page.body);
        let filtered = visitor.get(&format!("/fi/solutions?campaign={campaign}")).await;
        assert_eq!(found(&filtered.body), brought);
        // Drafts and the queue are nobody's business outside.
        let draft = count_sql(&app, "SELECT MIN(id) AS n FROM solutions WHERE state = 'draft'").await;
        assert_eq!(visitor.get(&format!("/fi/solutions/{draft}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(visitor.get("/fi/solutions/moderation").await.status, StatusCode::SEE_OTHER);
        let feed = visitor.get("/fi/solutions/feed.atom").await;
        assert_eq!(feed.status, StatusCode::OK);
        assert!(feed.body.starts_with("<?xml"));
        assert_eq!(feed.body.matches("<entry>").count(), 50);
    }

    async fn facet_counts_agree_with_a_count_in_sql_for_random_choices(app) {
        let arena = app.store.solutions().approved_facts().await.unwrap();
        let facts = &arena.facts;
        // Each facet's values in the data, and one that is in none.
        let pools: Vec<Vec<String>> = Facet::ALL
            .iter()
            .map(|f| {
                let mut values: Vec<String> = facts.iter().map(|r| r.value(*f).to_owned()).filter(|v| !v.is_empty()).collect();
                values.sort();
                values.dedup();
                values.push("ei-ole".to_owned());
                values
            })
            .collect();
        let mut runner = TestRunner::deterministic();
        let choices = proptest::collection::vec((0usize..6, 0usize..64), 0..5);
        for _ in 0..12 {
            let picked = choices.new_tree(&mut runner).unwrap().current();
            let mut filter = domain::solutions::Filter::default();
            let mut query = Vec::new();
            for (facet, n) in &picked {
                let value = &pools[*facet][n % pools[*facet].len()];
                filter.choose(Facet::ALL[*facet], value);
                query.push((Facet::ALL[*facet].as_str(), value.clone()));
            }
            let counts = domain::solutions::facet_counts(facts, &filter);
            for facet in Facet::ALL {
                let others: String = filter
                    .chosen
                    .iter()
                    .filter(|(f, values)| **f != facet && !values.is_empty())
                    .map(|(f, values)| format!(" AND {} IN ({})", column(*f), quoted(values.iter().cloned())))
                    .collect();
                for value in &pools[facet as usize] {
                    let sql = format!(
                        "SELECT COUNT(*) AS n FROM solutions s JOIN organisations o ON o.id = s.organisation_id \
                         WHERE s.state = 'approved' AND {} = {}{others}",
                        column(facet),
                        quoted([value.clone()]),
                    );
                    let direct = count_sql(&app, &sql).await;
                    let counted = counts[&facet].get(value).copied().unwrap_or(0);
                    assert_eq!(counted, direct, "{facet:?}={value} with {picked:?}");
                }
            }
            // The page shows as many as choosing them all leaves.
            let address = format!("/fi/solutions?{}", serde_urlencoded::to_string(&query).unwrap());
            let page = app.client().get(&address).await;
            assert_eq!(page.status, StatusCode::OK);
            assert_eq!(found(&page.body), facts.iter().filter(|r| filter.matches(r)).count(), "{address}");
        }
    }

    async fn a_solution_is_returned_approved_found_and_hidden(app) {
        let author = app.signed_in(AUTHOR).await;
        let title = "Yhteinen työvuorosuunnittelu Kivenlahden kotihoidossa";
        // A refused form keeps what was typed.
        let mut refused = solution_form("", "submit");
        refused.retain(|(k, _)| *k != "sector");
        let page = author.post("/fi/solutions/new", &refused).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.has("Kirjoita otsikko."));
        assert!(page.has("Valitse toimiala."));
        assert!(page.has("viikoittaisen vaihtopalaverin"));
        let created = author.post("/fi/solutions/new", &solution_form(title, "submit")).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let path = created.location().to_owned();
        let id: i32 = path.rsplit('/').next().unwrap().parse().unwrap();
        // Waiting for moderation, it is the organisation's and the moderators' only.
        assert_eq!(app.client().get(&path).await.status, StatusCode::NOT_FOUND);
        let stranger = app.signed_in(STRANGER).await;
        assert_eq!(stranger.get(&path).await.status, StatusCode::NOT_FOUND);
        assert!(author.get("/fi/solutions/mine").await.has(title));
        let coordinator = app.signed_in(COORDINATOR).await;
        assert!(coordinator.get("/fi/solutions/moderation").await.has(title));
        // A return needs its reason.
        let bare = coordinator.post(&format!("{path}/moderate"), &[("action", "return"), ("reason", "")]).await;
        assert_eq!(bare.status, StatusCode::SEE_OTHER);
        assert_eq!(app.store.solutions().solution(id).await.unwrap().unwrap().state, domain::solutions::SolutionState::Submitted);
        coordinator.post(&format!("{path}/moderate"), &[("action", "return"), ("reason", "Lisätkää tulokset luvuin.")]).await;
        // The author is told over a real SMTP server, in their language, with the reason.
        let smtp = SmtpServer::start();
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let mails = smtp.received();
        let returned = mails.iter().find(|m| m["to"][0] == AUTHOR).expect("the author is told");
        assert_eq!(returned["subject"], format!("Ratkaisunne palautettiin korjattavaksi: {title}"));
        assert!(returned["body"].as_str().unwrap().contains("Lisätkää tulokset luvuin."));
        // Someone of another organisation cannot change it, nor learn that it exists.
        assert_eq!(stranger.get(&format!("{path}/edit")).await.status, StatusCode::NOT_FOUND);
        let foreign = stranger.post(&format!("{path}/edit"), &solution_form("Toisen otsikko", "submit")).await;
        assert_eq!(foreign.status, StatusCode::NOT_FOUND);
        // The author edits and hands it in again; then it is approved.
        let form = author.get(&format!("{path}/edit")).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.has("viikoittaisen vaihtopalaverin"));
        let again = author.post(&format!("{path}/edit"), &solution_form(title, "submit")).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
        // Waiting again, it is no longer the author's to change.
        assert_eq!(author.get(&format!("{path}/edit")).await.status, StatusCode::FORBIDDEN);
        coordinator.post(&format!("{path}/moderate"), &[("action", "approve"), ("reason", "")]).await;
        let visitor = app.client();
        let public = visitor.get(&path).await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(public.has("Maija Mäkinen"), "the contact consented");
        // Public now, it is still not the stranger's to change.
        assert_eq!(stranger.get(&format!("{path}/edit")).await.status, StatusCode::NOT_FOUND);
        // Found by an inflected word, in the list, and in the feed.
        let search = visitor.get("/fi/solutions?q=kotihoidon+ty%C3%B6vuorosuunnittelua").await;
        assert!(search.has(title), "{}", search.body);
        let feed = visitor.get("/fi/solutions/feed.atom").await;
        let read = read_with_tool("atom.py", &feed.bytes);
        assert!(read["entries"].as_array().unwrap().iter().any(|e| e["title"] == title), "{read}");
        assert!(visitor.get("/sv/solutions?q=ty%C3%B6vuorosuunnittelu").await.has(title));
        let api = visitor.get(&format!("/api/v1/solutions/{id}")).await;
        assert_eq!(api.status, StatusCode::OK);
        assert!(api.has(title));
        assert!(visitor.get("/api/v1/solutions").await.has(title));
        assert!(visitor.get("/api/v1/solutions?sector=social-health&topic=work-arrangements&year=2026&q=kotihoidon").await.has(title));
        assert!(!visitor.get("/api/v1/solutions?sector=culture&year=2026").await.has(title));
        // Hidden, it is gone at once from everything public.
        coordinator.post(&format!("{path}/moderate"), &[("action", "hide"), ("reason", "Sisältää henkilötietoja.")]).await;
        assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
        assert!(!visitor.get("/fi/solutions?q=kotihoidon+ty%C3%B6vuorosuunnittelua").await.has(title));
        let feed = visitor.get("/fi/solutions/feed.atom").await;
        let read = read_with_tool("atom.py", &feed.bytes);
        assert!(!read["entries"].as_array().unwrap().iter().any(|e| e["title"] == title), "{read}");
        assert!(!visitor.get("/fi/solutions?year=2026").await.has(title));
        assert_eq!(visitor.get(&format!("/api/v1/solutions/{id}")).await.status, StatusCode::NOT_FOUND);
        assert!(!visitor.get("/api/v1/solutions").await.has(title));
        let history = coordinator.get(&path).await;
        for step in ["Palautettu korjattavaksi", "Hyväksytty", "Piilotettu", "Sisältää henkilötietoja."] {
            assert!(history.has(step), "{step}");
        }
        let backend = app.store.connection().get_database_backend();
        let audited = app.store.connection()
            .query_all_raw(Statement::from_string(backend, format!("SELECT action FROM audit_events WHERE subject = 'solution:{id}'")))
            .await
            .unwrap();
        assert_eq!(audited.len(), 7, "created, submitted, return, edited, submitted, approve, hide");
    }

    async fn a_coordinator_runs_a_campaign_and_approves_its_batch(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        let today = in_helsinki(Utc::now()).0;
        let later = in_helsinki(Utc::now() + Duration::days(30)).0;
        let fields = [
            ("title_fi", "Kevään haaste"),
            ("title_sv", "Vårens utmaning"),
            ("call_fi", "Kertokaa etätyön ratkaisuista."),
            ("call_sv", "Berätta om lösningar för distansarbete."),
            ("prize_fi", ""),
            ("prize_sv", ""),
            ("topic", "work-arrangements"),
            ("opens_date", &today),
            ("opens_time", "00:00"),
            ("closes_date", &later),
            ("closes_time", "16:00"),
        ];
        let mut wrong = fields.to_vec();
        wrong.retain(|(k, _)| *k != "call_sv");
        let refused = coordinator.post("/fi/solutions/campaigns/new", &wrong).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Kertokaa etätyön ratkaisuista."));
        let created = coordinator.post("/fi/solutions/campaigns/new", &fields).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let page = created.location().to_owned();
        let campaign = page.rsplit('/').next().unwrap().to_owned();
        let visitor = app.client();
        let landing = visitor.get(&page).await;
        assert!(landing.has("Kertokaa etätyön ratkaisuista."));
        assert!(landing.has("Osallistu kampanjaan ratkaisullasi"));
        // Two answers come in, and the batch is approved at once.
        let author = app.signed_in(AUTHOR).await;
        let mut ids = Vec::new();
        for title in ["Etätyön pelisäännöt talouspalveluissa", "Etäpalaverit kirjastossa"] {
            let mut form = solution_form(title, "submit");
            for field in form.iter_mut().filter(|(k, _)| *k == "campaign") {
                field.1 = &campaign;
            }
            let created = author.post("/fi/solutions/new", &form).await;
            assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
            ids.push(created.location().rsplit('/').next().unwrap().to_owned());
        }
        // A third is returned with the batch's one reason, which it must have.
        let mut third = solution_form("Etätyö ilman pelisääntöjä", "submit");
        for field in third.iter_mut().filter(|(k, _)| *k == "campaign") {
            field.1 = &campaign;
        }
        let third = author.post("/fi/solutions/new", &third).await;
        let third_id = third.location().rsplit('/').next().unwrap().to_owned();
        let back = format!("/solutions/moderation?campaign={campaign}");
        let queue = coordinator.get(&format!("/fi{back}")).await;
        assert!(queue.has("Etätyö ilman pelisääntöjä") && queue.has("value=\"return\""));
        coordinator
            .post("/fi/solutions/moderation/bulk", &[("solution", &third_id), ("action", "return"), ("reason", ""), ("back", &back)])
            .await;
        let state = |id: &str| {
            let id: i32 = id.parse().unwrap();
            let store = app.store.clone();
            async move { store.solutions().solution(id).await.unwrap().unwrap().state }
        };
        assert_eq!(state(&third_id).await, domain::solutions::SolutionState::Submitted);
        coordinator
            .post("/fi/solutions/moderation/bulk", &[("solution", &third_id), ("action", "return"), ("reason", "Kertokaa tuloksista."), ("back", &back)])
            .await;
        assert_eq!(state(&third_id).await, domain::solutions::SolutionState::Returned);
        let funnel = coordinator.get(&format!("{page}/funnel.csv")).await;
        assert_eq!(funnel.status, StatusCode::OK);
        assert!(funnel.body.contains("Odottaa moderointia,2"), "{}", funnel.body);
        assert!(funnel.body.contains("Palautettu korjattavaksi,1"), "{}", funnel.body);
        assert_eq!(visitor.get(&format!("{page}/funnel.csv")).await.status, StatusCode::SEE_OTHER);
        let bulk = coordinator
            .post("/fi/solutions/moderation/bulk", &[("solution", &ids[0]), ("solution", &ids[1]), ("back", &back)])
            .await;
        assert_eq!(bulk.status, StatusCode::SEE_OTHER);
        let landing = visitor.get(&page).await;
        assert!(landing.has("Etätyön pelisäännöt talouspalveluissa") && landing.has("Etäpalaverit kirjastossa"));
        let feed = visitor.get(&format!("{page}/feed.atom")).await;
        assert_eq!(feed.body.matches("<entry>").count(), 2);
        let workbook = coordinator.get(&format!("{page}/funnel.xlsx")).await;
        assert_eq!(workbook.status, StatusCode::OK);
        let read = read_with_tool("xlsx.py", &workbook.bytes);
        assert!(read.to_string().contains("Julkaistu"), "{read}");
    }
}

on_both_databases! {
    async fn one_search_finds_academy_parts_events_and_solutions_each_by_its_rule(app) {
        let manager = app.signed_in(AUTHOR).await;
        let who = app.store.accounts().user(app.user_id(AUTHOR).await).await.unwrap().unwrap().principal();
        let event = app.store.events().upcoming_events(&who, Utc::now()).await.unwrap().into_iter().next().unwrap();
        let title = event.title(domain::Lang::Fi).to_owned();
        let words = serde_urlencoded::to_string([("q", title.as_str())]).unwrap();
        let page = manager.get(&format!("/fi/search?{words}")).await;
        assert!(page.has(&format!("/fi/events/{}", event.id)), "{title}: {}", page.body);
        assert!(page.has("Tapahtuma"));
        // Solutions, in the same list and alone; a hidden one never.
        let hidden = count_sql(&app, "SELECT MIN(id) AS n FROM solutions WHERE state = 'hidden'").await;
        let hidden_title = app.store.solutions().solution(i32::try_from(hidden).unwrap()).await.unwrap().unwrap().title(domain::Lang::Fi).to_owned();
        let words = serde_urlencoded::to_string([("q", hidden_title.as_str())]).unwrap();
        let all = manager.get(&format!("/fi/search?{words}")).await;
        assert!(all.has("Kehittämisratkaisu"), "{}", all.body);
        assert!(!all.has(&format!("/fi/solutions/{hidden}\"")));
        let only = manager.get(&format!("/fi/search?{words}&kind=solution")).await;
        assert!(only.has("Kehittämisratkaisu"));
        assert!(!only.has("class=\"meta\">Tapahtuma") && !only.has("class=\"meta\">Teema"));
        let sv = manager.get("/sv/search?q=promenadm%C3%B6ten&kind=solution").await;
        assert!(sv.has("Utvecklingslösning"), "{}", sv.body);
    }

    async fn an_attachment_is_public_with_its_approved_solution_alone(app) {
        let author = app.signed_in(AUTHOR).await;
        let title = "Vuorolistamalli Kivenlahden kotihoidolle";
        let created = author.post("/fi/solutions/new", &solution_form(title, "draft")).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let path = created.location().to_owned();
        let id: i32 = path.rsplit('/').next().unwrap().parse().unwrap();
        let attach = format!("{path}/attachments");
        // A file that is not what its name says is refused beside the field.
        let refused = author.upload(&attach, "file", "vuorolista.pdf", b"MZ\x90\x00 not a pdf").await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("aria-invalid=\"true\""), "{}", refused.body);
        assert!(app.store.solutions().attachments(id).await.unwrap().is_empty());
        for name in ["Vuorolistamalli.pdf", "Luonnos.pdf"] {
            let added = author.upload(&attach, "file", name, PDF).await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        }
        let files = app.store.solutions().attachments(id).await.unwrap();
        assert_eq!(files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["Vuorolistamalli.pdf", "Luonnos.pdf"]);
        let (model, draft) = (files[0].href(), files[1].href());
        let page = author.get(&path).await;
        assert!(page.has("Vuorolistamalli.pdf") && page.has("PDF, 1 kB"), "{}", page.body);
        // One is taken off again.
        let removed = author.post(&format!("{path}/attachments/{}/remove", files[1].id), &[]).await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        assert_eq!(app.store.solutions().attachments(id).await.unwrap().len(), 1);
        // Before it is approved the file is the organisation's and the moderators' only.
        assert_eq!(author.get(&model).await.status, StatusCode::OK);
        let visitor = app.client();
        assert_ne!(visitor.get(&model).await.status, StatusCode::OK);
        let stranger = app.signed_in(STRANGER).await;
        assert_eq!(stranger.get(&model).await.status, StatusCode::NOT_FOUND);
        assert_eq!(stranger.upload(&attach, "file", "Toisen.pdf", PDF).await.status, StatusCode::NOT_FOUND);
        let editor = app.signed_in("content-editor.fi@kt.example").await;
        assert_eq!(editor.get(&model).await.status, StatusCode::NOT_FOUND, "an unpublished solution is not the academy editors'");
        let coordinator = app.signed_in(COORDINATOR).await;
        assert_eq!(coordinator.get(&model).await.status, StatusCode::OK);
        // Handed in, its attachments are no longer the author's to change.
        author.post(&format!("{path}/edit"), &solution_form(title, "submit")).await;
        assert_eq!(author.upload(&attach, "file", "Myohassa.pdf", PDF).await.status, StatusCode::FORBIDDEN);
        coordinator.post(&format!("{path}/moderate"), &[("action", "approve"), ("reason", "")]).await;
        // Approved, anyone fetches it, and the API names it.
        let fetched = visitor.get(&model).await;
        assert_eq!(fetched.status, StatusCode::OK);
        assert_eq!(fetched.bytes, PDF);
        assert!(visitor.get(&path).await.has(&model));
        let api = visitor.get(&format!("/api/v1/solutions/{id}")).await;
        assert!(api.has(&format!("\"href\":\"{model}\"")), "{}", api.body);
        assert_ne!(visitor.get(&draft).await.status, StatusCode::OK, "a removed attachment is not public");
        // Hidden, its file goes with it.
        coordinator.post(&format!("{path}/moderate"), &[("action", "hide"), ("reason", "Sisältää henkilötietoja.")]).await;
        assert_ne!(visitor.get(&model).await.status, StatusCode::OK);
        assert_eq!(stranger.get(&model).await.status, StatusCode::NOT_FOUND);
        let history = coordinator.get(&path).await;
        assert!(history.has("Liite lisätty: Vuorolistamalli.pdf"), "{}", history.body);
        assert!(history.has("Liite poistettu: Luonnos.pdf"));
    }
}

on_both_databases! {
    async fn inflected_words_find_solutions_and_odd_input_is_never_an_error(app) {
        let author = app.signed_in(AUTHOR).await;
        let mut form = solution_form("Viestintä kotihoidon tiimeissä", "submit");
        for field in form.iter_mut() {
            match field.0 {
                "title_sv" => field.1 = "Kommunikation i hemvårdens team",
                "problem_sv" => field.1 = "Informationen gick förlorad mellan skiften.",
                "actions_sv" => field.1 = "Ett gemensamt morgonmöte.",
                _ => {}
            }
        }
        let created = author.post("/fi/solutions/new", &form).await;
        let path = created.location().to_owned();
        let coordinator = app.signed_in(COORDINATOR).await;
        coordinator.post(&format!("{path}/moderate"), &[("action", "approve"), ("reason", "")]).await;
        let visitor = app.client();
        let finnish = visitor.get("/fi/solutions?q=viestinn%C3%A4n&sort=relevance").await;
        assert!(finnish.has("Viestintä kotihoidon tiimeissä"), "{}", finnish.body);
        let swedish = visitor.get("/sv/solutions?q=kommunikationen&sort=relevance").await;
        assert!(swedish.has("Kommunikation i hemvårdens team"), "{}", swedish.body);
        for odd in ["%22", "(", "AND", "title_fi%3A*", "%5B1+TO", "%E2%80%9D%29%29", "-", "~2^3"] {
            let page = visitor.get(&format!("/fi/solutions?q={odd}&year=x&sector=%00&page=-1")).await;
            assert_eq!(page.status, StatusCode::OK, "{odd}");
            let api = visitor.get(&format!("/api/v1/solutions?q={odd}&campaign=x")).await;
            assert_eq!(api.status, StatusCode::OK, "{odd}");
        }
    }

    async fn the_facets_count_what_the_words_find_and_an_organisation_is_named_as_it_is_now(app) {
        let visitor = app.client();
        // Every solution has one sector: the sector counts add up to what the words
        // found, and choosing a sector shows as many as its count said.
        let approved = count_sql(&app, "SELECT COUNT(*) AS n FROM solutions WHERE state = 'approved'").await;
        let mut pages = Vec::new();
        for word in ["ty%C3%B6pajat", "mentorointi", "perehdytys", "palautteen"] {
            pages.push((word, visitor.get(&format!("/fi/solutions?q={word}")).await));
        }
        let (word, words) = pages
            .into_iter()
            .find(|(_, page)| (1..approved).contains(&found(&page.body)))
            .expect("a word that finds some of the solutions");
        let total = found(&words.body);
        let sectors: Vec<(String, usize)> = words
            .body
            .split("name=\"sector\" value=\"")
            .skip(1)
            .map(|rest| {
                let value = rest.split('"').next().unwrap().to_owned();
                let count = rest.split("<span class=\"meta\">(").nth(1).unwrap().split(')').next().unwrap();
                (value, count.parse().unwrap())
            })
            .collect();
        assert_eq!(sectors.iter().map(|(_, n)| n).sum::<usize>(), total, "{sectors:?}");
        for (sector, count) in &sectors {
            let chosen = visitor.get(&format!("/fi/solutions?q={word}&sector={sector}")).await;
            assert_eq!(found(&chosen.body), *count, "{sector}");
        }
        // A new name of an organisation is in the list on the next request.
        // The newest solution's, first in the list.
        let id = count_sql(&app, "SELECT organisation_id AS n FROM solutions WHERE state = 'approved' ORDER BY year DESC, approved_at DESC, id DESC LIMIT 1").await;
        let org = app.store.organisations().organisation(i32::try_from(id).unwrap()).await.unwrap().unwrap();
        let before = visitor.get("/fi/solutions").await;
        assert!(before.has(&org.name_fi), "{}", before.body);
        let renamed = store::NewOrganisation {
            slug: None,
            name_fi: domain::OrgName::parse("Uudelleennimetty kuntayhtymä").unwrap(),
            name_sv: domain::OrgName::parse(&org.name_sv).unwrap(),
            name_en: None,
            kind: org.kind,
            business_id: None,
            languages: org.languages,
            parent_id: org.parent_id,
            domains: org.domains.iter().map(|d| domain::EmailDomain::parse(d).unwrap()).collect(),
            region: org.region,
        };
        app.store.organisations().update_organisation(org.id, &renamed, None).await.unwrap();
        let after = visitor.get("/fi/solutions").await;
        assert!(after.has("Uudelleennimetty kuntayhtymä"), "{}", after.body);
    }
}
