//! Nothing of another organisation on any page: the tenant matrix.
//!
//! Two organisations each get restricted things (an organisation-only event linked to
//! a published theme, an event for a named group, a file among that event's
//! materials, a person, an account request) and the academy gets a draft theme. Then
//! every GET route of the router — read from the sources and from the API's OpenAPI
//! document, so a new route is covered the day it is written — is requested by each
//! organisation-bound role of the other organisation, with its parameters filled with
//! the foreign objects' ids. No answer may name a foreign object, and every answer
//! must be the one a missing object gets (404 where the page is the role's at all).

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{Email, EventKind, EventStatus, Lang, NewPassword, PartKind, PersonName, Role};
use store::{
    academy::{PartTextInput, ThemeTextInput},
    events::{EventInput, EventText, MaterialInput},
};

#[allow(unused_imports)]
use crate::common::*;

/// What was planted in one organisation: the words no outsider may see, and the ids
/// to fill route parameters with.
struct Planted {
    secrets: Vec<String>,
    /// Every planted id, for parameters of a kind not named in `ids_of`.
    ids: Vec<i32>,
    /// The ids by the path segment that names their kind before a parameter
    /// (`events/{id}`, `people/{id}`, `parts/{part}`).
    by_kind: Vec<(&'static str, Vec<i32>)>,
    file_name: String,
    draft_slug: Option<String>,
    /// The organisation's own page, which anyone signed in may read.
    org_page: String,
}

fn event_input(org_id: i32, theme_id: i32, tag: &str, invitees: Option<Vec<i32>>) -> EventInput {
    let starts_at = Utc::now() + Duration::days(10);
    EventInput {
        region: None,
        sessions: Vec::new(),
        kind: EventKind::Workshop,
        starts_at,
        ends_at: starts_at + Duration::hours(2),
        online_url: None,
        venue: format!("Sali {tag}"),
        capacity: Some(20),
        registration_opens_at: None,
        registration_closes_at: None,
        organisation_id: Some(org_id),
        invitees,
        theme_id: Some(theme_id),
        texts: vec![
            EventText {
                lang: Lang::Fi,
                title: format!("Oma työpaja {tag}"),
                description: format!("Kuvaus {tag}"),
            },
            EventText {
                lang: Lang::Sv,
                title: format!("Egen verkstad {tag}"),
                description: format!("Beskrivning {tag}"),
            },
        ],
    }
}

async fn person(app: &TestApp, org_id: i32, email: &str, name: &str, role: Role) -> i32 {
    let new = store::NewUser {
        email: Email::parse(email).unwrap(),
        name: PersonName::parse(name).unwrap(),
        org_id,
        lang: Lang::Fi,
        roles: vec![role],
        password: Some(NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD).unwrap()),
    };
    app.store.accounts().create_user(&new, None).await.unwrap()
}

/// Plants an organisation's restricted things; `tag` is in every secret word.
async fn plant(app: &TestApp, domain: &str, tag: &str) -> Planted {
    let org = app
        .store
        .organisations()
        .organisation_of_domain(domain)
        .await
        .unwrap()
        .unwrap();
    let theme = app
        .store
        .academy()
        .theme_by_slug("sisainen-viestinta")
        .await
        .unwrap()
        .unwrap();
    let member_email = format!("jasen.{}@{domain}", tag.to_lowercase());
    let member_name = format!("Jäsen {tag}");
    let member = person(app, org, &member_email, &member_name, Role::Manager).await;
    let own = app
        .store
        .events()
        .create_event(
            &event_input(org, theme.id, &format!("{tag}-ORG"), None),
            None,
        )
        .await
        .unwrap();
    let group = app
        .store
        .events()
        .create_event(
            &event_input(org, theme.id, &format!("{tag}-GROUP"), Some(vec![member])),
            None,
        )
        .await
        .unwrap();
    for id in [own, group] {
        app.store
            .events()
            .set_event_status(id, EventStatus::Published, None)
            .await
            .unwrap();
    }
    let file_name = format!("aineisto-{}.pdf", tag.to_lowercase());
    let file = app
        .store
        .files()
        .save_file(
            &app.state.files,
            &file_name,
            domain::FileKind::Pdf,
            bytes::Bytes::from_static(PDF),
            None,
        )
        .await
        .unwrap();
    let material = app
        .store
        .events()
        .add_material(
            own,
            &MaterialInput {
                title: format!("Diat {tag}"),
                recording: false,
                file_id: Some(file.id),
                url: None,
            },
            None,
        )
        .await
        .unwrap();
    let request_email = format!("pyytaja.{}@{domain}", tag.to_lowercase());
    let request_name = format!("Pyytäjä {tag}");
    let request = app
        .store
        .accounts()
        .request_account(
            &PersonName::parse(&request_name).unwrap(),
            &Email::parse(&request_email).unwrap(),
            org,
            Lang::Fi,
        )
        .await
        .unwrap();
    let solution_title = format!("Ratkaisu {tag}-LUONNOS");
    let solution_input = store::solutions::SolutionInput {
        organisation_id: org,
        campaign_id: None,
        original_lang: Lang::Fi,
        sector: domain::solutions::Sector::Education,
        topic: domain::solutions::Topic::Change,
        year: 2026,
        period: String::new(),
        contact_name: String::new(),
        contact_email: String::new(),
        contact_consent: false,
        texts: vec![(
            Lang::Fi,
            store::solutions::SolutionText {
                title: solution_title.clone(),
                problem: "Ongelma".into(),
                actions: "Toimet".into(),
                ..Default::default()
            },
        )],
    };
    let solutions = app.store.solutions();
    let solution = solutions
        .create(&solution_input, member, false)
        .await
        .unwrap();
    let attachment_name = format!("liite-{}.pdf", tag.to_lowercase());
    let attachment = app
        .store
        .files()
        .save_file(
            &app.state.files,
            &attachment_name,
            domain::FileKind::Pdf,
            bytes::Bytes::from_static(PDF),
            Some(member),
        )
        .await
        .unwrap();
    assert!(
        solutions
            .attach(solution, &attachment, member)
            .await
            .unwrap()
    );
    // Handed in, it waits for the moderators: the organisation's alone.
    assert!(
        solutions
            .update(solution, &solution_input, member, true)
            .await
            .unwrap()
    );
    Planted {
        secrets: vec![
            solution_title,
            format!("{tag}-ORG"),
            format!("{tag}-GROUP"),
            format!("Diat {tag}"),
            file_name.clone(),
            attachment_name,
            member_email,
            member_name,
            request_email,
            request_name,
        ],
        ids: vec![
            member,
            own,
            group,
            file.id,
            attachment.id,
            material,
            request,
            solution,
        ],
        by_kind: vec![
            ("solutions", vec![solution]),
            ("events", vec![own, group]),
            ("files", vec![file.id, attachment.id]),
            ("people", vec![member]),
            ("requests", vec![request]),
        ],
        file_name,
        draft_slug: None,
        org_page: format!(
            "/fi/organisations/{}",
            app.store
                .organisations()
                .organisation(org)
                .await
                .unwrap()
                .unwrap()
                .slug
        ),
    }
}

/// A draft theme with one part, which nobody but the editors may see.
async fn plant_draft(app: &TestApp, planted: &mut Planted) {
    let title = "Luonnosteema SALAINEN-LUONNOS";
    let id = app
        .store
        .academy()
        .create_theme(
            Lang::Fi,
            &ThemeTextInput {
                title: title.into(),
                summary: "Tiivistelmä".into(),
                hr_note: String::new(),
            },
            None,
        )
        .await
        .unwrap();
    let part = app
        .store
        .academy()
        .add_part(
            id,
            PartKind::Theory,
            domain::Minutes::parse("3").unwrap(),
            None,
            &[(
                Lang::Fi,
                PartTextInput {
                    title: "Osa SALAINEN-OSA".into(),
                    body: "Teksti".into(),
                    ..Default::default()
                },
            )],
            None,
        )
        .await
        .unwrap();
    let theme = app.store.academy().theme(id).await.unwrap().unwrap();
    planted.secrets.push("SALAINEN-LUONNOS".into());
    planted.secrets.push("SALAINEN-OSA".into());
    planted.ids.extend([id, part]);
    planted.by_kind.extend([
        ("edit", vec![id]),
        ("parts", vec![part]),
        ("captions", vec![part]),
        ("{slug}", vec![part]),
    ]);
    planted.draft_slug = Some(theme.slug);
}

/// Every GET address of the router: the pages under `/fi`, the routes outside the
/// language prefix, and the API's operations.
fn get_routes() -> Vec<String> {
    let mut routes: Vec<String> = routes_in_sources("get(")
        .into_iter()
        .filter(|r| !r.contains('*'))
        .flat_map(|r| [format!("/fi{r}"), r])
        .collect();
    let api = serde_json::to_value(web::api::openapi(&web::WebConfig::default())).unwrap();
    for (path, operations) in api["paths"].as_object().unwrap() {
        if operations.get("get").is_some() {
            routes.push(path.clone());
        }
    }
    routes.sort();
    routes.dedup();
    routes
}

/// The route with its parameters filled in every way the planted ids allow, each with
/// whether every parameter was filled with objects of its own kind (then the answer
/// must be the one a missing object gets).
fn fillings(route: &str, planted: &Planted, missing: bool) -> Vec<(String, bool)> {
    let mut paths = vec![(String::new(), true)];
    let mut previous = "";
    for segment in route.split('/').skip(1) {
        let choices: Vec<(String, bool)> = if !segment.starts_with('{') {
            vec![(segment.to_owned(), true)]
        } else if missing {
            let value = match segment {
                "{slug}" => "ei-ole-olemassa".to_owned(),
                "{name}" => planted.file_name.clone(),
                "{lang}" => "fi".to_owned(),
                _ => "999999".to_owned(),
            };
            vec![(value, true)]
        } else {
            match segment {
                "{slug}" => planted
                    .draft_slug
                    .iter()
                    .map(|s| (s.clone(), true))
                    .collect(),
                "{name}" => vec![(planted.file_name.clone(), true)],
                "{lang}" => vec![("fi".to_owned(), true)],
                _ => match planted.by_kind.iter().find(|(kind, _)| *kind == previous) {
                    Some((_, ids)) => ids.iter().map(|id| (id.to_string(), true)).collect(),
                    None => planted
                        .ids
                        .iter()
                        .map(|id| (id.to_string(), false))
                        .collect(),
                },
            }
        };
        paths = paths
            .iter()
            .flat_map(|(p, typed)| {
                choices
                    .iter()
                    .map(move |(c, kind_known)| (format!("{p}/{c}"), *typed && *kind_known))
            })
            .collect();
        previous = segment;
    }
    paths
}

async fn outsiders_see_nothing_of(app: &TestApp, viewers: &[&str], planted: &Planted) -> usize {
    let routes = get_routes();
    let mut requests = 0;
    for email in viewers {
        let browser = app.signed_in(email).await;
        let public = browser.get(&planted.org_page).await;
        assert_eq!(public.status, StatusCode::OK, "{}", planted.org_page);
        for secret in &planted.secrets {
            assert!(
                !public.has(secret),
                "{email} sees {secret:?} at {}",
                planted.org_page
            );
        }
        for route in &routes {
            let (missing, _) = fillings(route, planted, true).pop().unwrap();
            let expected = browser.get(&missing).await.status;
            for (path, typed) in fillings(route, planted, false) {
                let answer = browser.get(&path).await;
                requests += 1;
                assert_ne!(
                    answer.status,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "{email} {path}"
                );
                // A page may echo its own address (the language links), not more.
                for secret in planted
                    .secrets
                    .iter()
                    .filter(|s| !path.contains(s.as_str()))
                {
                    assert!(!answer.has(secret), "{email} sees {secret:?} at {path}");
                }
                if typed && route.contains('{') {
                    assert_eq!(
                        answer.status, expected,
                        "{email} at {path}: a foreign object must answer as a missing one ({missing})"
                    );
                }
            }
        }
    }
    requests
}

on_both_databases! {
    async fn an_organisation_only_event_on_a_theme_page_is_shown_to_its_own_people_alone(app) {
        let jamsa = app.store.organisations().organisation_of_domain("jamsa.example").await.unwrap().unwrap();
        let theme = app.store.academy().theme_by_slug("sisainen-viestinta").await.unwrap().unwrap();
        let id = app
            .store
            .events().create_event(&event_input(jamsa, theme.id, "Jämsän työpaja", None), None)
            .await
            .unwrap();
        app.store.events().set_event_status(id, EventStatus::Published, None).await.unwrap();
        person(&app, jamsa, "jussi@jamsa.example", "Jussi J", Role::Manager).await;

        let espoo = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(espoo.get(&format!("/fi/events/{id}")).await.status, StatusCode::NOT_FOUND);
        let page = espoo.get("/fi/academy/sisainen-viestinta").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.has("Jämsän työpaja"), "the theme page lists a Jämsä-only event to Espoo");
        assert!(!page.has(&format!("/fi/events/{id}")));

        let own = app.signed_in("jussi@jamsa.example").await;
        let page = own.get("/fi/academy/sisainen-viestinta").await;
        assert!(page.has("Oma työpaja Jämsän työpaja"), "Jämsä's own people see it");
        assert!(page.has(&format!("/fi/events/{id}")));
    }

    async fn no_page_shows_anything_of_another_organisation_to_any_of_its_roles(app) {
        // Jämsä's things, seen from Espoo and from the organisations of the provider,
        // the evaluator and the certifier.
        let mut jamsa = plant(&app, "jamsa.example", "JAMSA").await;
        plant_draft(&app, &mut jamsa).await;
        let outsiders = [
            "manager.fi@espoo.example",
            "hr-developer.fi@espoo.example",
            "coach.fi@fcg.example",
            "evaluator.sv@keva.example",
            "certifier.fi@kuntaliitto.example",
        ];
        let seen = outsiders_see_nothing_of(&app, &outsiders, &jamsa).await;
        // And Espoo's things, seen from Jämsä.
        let espoo = plant(&app, "espoo.example", "ESPOO").await;
        let jamsa_org = app.store.organisations().organisation_of_domain("jamsa.example").await.unwrap().unwrap();
        person(&app, jamsa_org, "hr.jamsa@jamsa.example", "HR Jämsä", Role::HrDeveloper).await;
        let seen = seen
            + outsiders_see_nothing_of(&app, &["jasen.jamsa@jamsa.example", "hr.jamsa@jamsa.example"], &espoo).await;
        eprintln!("tenant matrix: {} GET routes, {seen} requests", get_routes().len());
        assert!(seen > 1_000, "the matrix asked {seen} addresses");
    }
}
