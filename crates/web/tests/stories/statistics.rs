//! The yearly statistics: the counting rules on a small hand-made year with duplicates
//! (2012, before anything of the demo), small figures hidden, an HR developer's own
//! organisation beside the totals and no other's, the files and the API with exactly
//! the page's figures, and the demo's 2018 at 90 organisations and over 2,200
//! participants, counted from its rows.

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, Duration, Utc};
use domain::{
    BusinessId, Email, EmailDomain, EventKind, EventStatus, Lang, NewPassword, OrgKind,
    OrgLanguages, OrgName, PersonName, Role, events::helsinki_time,
};
use store::{
    events::{EventInput, EventText},
    organisations::NewOrganisation,
};

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
const HR_A: &str = "hr.testikaupunki@testikaupunki.example";

async fn organisation(
    app: &TestApp,
    name: &str,
    business_id: &str,
    kind: OrgKind,
    parent_id: Option<i32>,
    domain: &str,
) -> i32 {
    let new = NewOrganisation {
        slug: None,
        name_fi: OrgName::parse(name).unwrap(),
        name_sv: OrgName::parse(name).unwrap(),
        name_en: None,
        kind,
        business_id: Some(BusinessId::parse(business_id).unwrap()),
        languages: OrgLanguages::Finnish,
        parent_id,
        domains: vec![EmailDomain::parse(domain).unwrap()],
        region: None,
    };
    app.store
        .organisations()
        .create_organisation(&new, None)
        .await
        .unwrap()
}

async fn person(app: &TestApp, org_id: i32, email: &str, role: Role, password: bool) -> i32 {
    let new = store::NewUser {
        email: Email::parse(email).unwrap(),
        name: PersonName::parse("Testi Henkilö").unwrap(),
        org_id,
        lang: Lang::Fi,
        roles: vec![role],
        password: password.then(|| NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD).unwrap()),
    };
    app.store.accounts().create_user(&new, None).await.unwrap()
}

async fn webinar(app: &TestApp, starts_at: DateTime<Utc>) -> i32 {
    let texts = vec![
        EventText {
            lang: Lang::Fi,
            title: "Testiwebinaari".to_owned(),
            description: "Kuvaus.".to_owned(),
        },
        EventText {
            lang: Lang::Sv,
            title: "Testwebbinarium".to_owned(),
            description: "Beskrivning.".to_owned(),
        },
    ];
    let input = EventInput {
        online_url: Some("https://webinaari.example/".to_owned()),
        ..EventInput::for_everyone(
            EventKind::Webinar,
            starts_at,
            starts_at + Duration::hours(1),
            texts,
        )
    };
    let id = app.store.events().create_event(&input, None).await.unwrap();
    app.store
        .events()
        .set_event_status(id, EventStatus::Published, None)
        .await
        .unwrap();
    id
}

/// The hand-made year: organisation A in two units of one business ID (A1, A2), its
/// group company C, and B; eight people; three webinars of 2012, one cancelled, and
/// one that begins at half past midnight on New Year's Day in Helsinki (still 2012
/// in UTC). Returns (A1, B).
async fn year_2012(app: &TestApp) -> (i32, i32) {
    let a1 = organisation(
        app,
        "Testikaupunki",
        "1234560-4",
        OrgKind::Municipality,
        None,
        "testikaupunki.example",
    )
    .await;
    let a2 = organisation(
        app,
        "Testikaupungin tilakeskus",
        "1234560-4",
        OrgKind::Municipality,
        None,
        "tilakeskus.example",
    )
    .await;
    let c = organisation(
        app,
        "Testikaupungin Vesi Oy",
        "1234561-2",
        OrgKind::MunicipalGroupCompany,
        Some(a1),
        "vesi.example",
    )
    .await;
    let b = organisation(
        app,
        "Toinen kunta",
        "2345670-5",
        OrgKind::Municipality,
        None,
        "toinen.example",
    )
    .await;
    person(app, a1, HR_A, Role::HrDeveloper, true).await;
    let p1 = person(app, a1, "p1@testikaupunki.example", Role::Manager, false).await;
    let p2 = person(app, a2, "p2@tilakeskus.example", Role::Manager, false).await;
    let c1 = person(app, c, "c1@vesi.example", Role::Manager, false).await;
    let mut bs = Vec::new();
    for i in 1..=5 {
        bs.push(
            person(
                app,
                b,
                &format!("b{i}@toinen.example"),
                Role::Manager,
                false,
            )
            .await,
        );
    }
    let at = |day: &str, time: &str| helsinki_time(day, time).unwrap();
    let e1 = webinar(app, at("2012-03-01", "13:00")).await;
    let e2 = webinar(app, at("2012-06-01", "13:00")).await;
    let e3 = webinar(app, at("2012-09-01", "13:00")).await;
    let cancelled = webinar(app, at("2012-10-01", "13:00")).await;
    let new_year = webinar(app, at("2013-01-01", "00:30")).await;
    let events = app.store.events();
    // One person at three events.
    for e in [e1, e2, e3] {
        events.register(e, p1).await.unwrap();
    }
    events.register(e1, p2).await.unwrap();
    for p in &bs {
        events.register(e1, *p).await.unwrap();
    }
    events.register(e2, c1).await.unwrap();
    // A registration cancelled, and a cancelled event, count for nothing.
    events.register(e2, bs[0]).await.unwrap();
    events.cancel_registration(e2, bs[0]).await.unwrap();
    events.register(cancelled, bs[1]).await.unwrap();
    events
        .set_event_status(cancelled, EventStatus::Cancelled, None)
        .await
        .unwrap();
    // New Year's Day in Helsinki belongs to 2013.
    events.register(new_year, p2).await.unwrap();
    (a1, b)
}

/// The API's figure by key: (all organisations, the organisation beside).
fn figure(api: &serde_json::Value, key: &str) -> (serde_json::Value, serde_json::Value) {
    let f = api["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {api}"));
    (
        f["all_organisations"]["shown"].clone(),
        f["organisation"]["shown"].clone(),
    )
}

/// The cells of each table on the page, as text, the first cell of a row without the
/// links to its rules.
fn page_tables(body: &str) -> Vec<Vec<Vec<String>>> {
    let strip = |html: &str| -> String {
        let mut out = String::new();
        let mut inside = false;
        for ch in html.chars() {
            match ch {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&#60;", "<")
            .replace("&gt;", ">")
            .replace("&#62;", ">")
            .replace("&#39;", "'")
            .replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&#38;", "&")
            .trim()
            .to_owned()
    };
    body.split("<tbody>")
        .skip(1)
        .map(|t| {
            let t = t.split("</tbody>").next().unwrap();
            t.split("<tr>")
                .skip(1)
                .map(|row| {
                    let mut cells = Vec::new();
                    let (head, rest) = row.split_once("</th>").unwrap();
                    let head = head.split("<a class=\"rule-link\"").next().unwrap();
                    cells.push(strip(head));
                    for td in rest.split("<td>").skip(1) {
                        cells.push(strip(td.split("</td>").next().unwrap()));
                    }
                    cells
                })
                .collect()
        })
        .collect()
}

fn as_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Number(n) => format!("{}", n.as_f64().unwrap()),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

on_both_databases! {
    async fn each_counting_rule_holds_on_a_small_year_with_duplicates(app) {
        let (a1, _) = year_2012(&app).await;
        let coordinator = app.signed_in(COORDINATOR).await;
        // A year that is not a whole number, an empty one too, is a bad request.
        for bad in ["from=", "from=kaksi", "to=2012.5", "organisation="] {
            let answer = coordinator.get(&format!("/api/v1/statistics?{bad}")).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}: {}", answer.body);
            assert!(answer.has("kokonaislukuina"), "{}", answer.body);
        }
        let api: serde_json::Value =
            serde_json::from_str(&coordinator.get("/api/v1/statistics?from=2012").await.body).unwrap();
        // Two units of one business ID and the group company: three organisations;
        // eight people; p1's three registrations are three participations.
        assert_eq!(figure(&api, "organisations").0, "3", "{api}");
        assert_eq!(figure(&api, "people").0, "8");
        assert_eq!(figure(&api, "participations").0, "10");
        assert_eq!(figure(&api, "registrations_webinar").0, "10");
        assert_eq!(figure(&api, "event_organisations_webinar").0, "3");
        assert_eq!(api["figures"][0]["rules"][1], "rule-organisation-once");
        // 2013 has one person, at half past midnight on New Year's Day: "< 5".
        let later: serde_json::Value =
            serde_json::from_str(&coordinator.get("/api/v1/statistics?from=2013").await.body).unwrap();
        assert_eq!(figure(&later, "people").0, "< 5", "{later}");
        assert_eq!(later["figures"][1]["all_organisations"]["value"], serde_json::Value::Null);
        // Across both years, the people are counted once: p2 came in both.
        let span: serde_json::Value =
            serde_json::from_str(&coordinator.get("/api/v1/statistics?from=2012&to=2013").await.body).unwrap();
        assert_eq!(figure(&span, "people").0, "8");
        assert_eq!(figure(&span, "participations").0, "11");

        // A's figures: its two units are one organisation; its group company only
        // when asked. Its two (or three) people are under five: hidden.
        let own: serde_json::Value = serde_json::from_str(
            &coordinator.get(&format!("/api/v1/statistics?from=2012&organisation={a1}")).await.body,
        ).unwrap();
        assert_eq!(figure(&own, "organisations").1, "1", "{own}");
        assert_eq!(figure(&own, "people").1, "< 5");
        let group: serde_json::Value = serde_json::from_str(
            &coordinator.get(&format!("/api/v1/statistics?from=2012&organisation={a1}&group=1")).await.body,
        ).unwrap();
        assert_eq!(figure(&group, "organisations").1, "2");
        assert_eq!(figure(&group, "themes_published").1, "–");

        // The breakdown by kind: the group company's one person is hidden, and so is
        // the municipalities' seven, which the total minus it would reveal.
        let kinds = &api["by_kind"];
        assert_eq!(kinds[0]["group"], "municipality", "{kinds}");
        assert_eq!(kinds[0]["people"]["shown"], "< 5");
        assert_eq!(kinds[0]["organisations"]["shown"], "2");
        assert_eq!(kinds[1]["people"]["shown"], "< 5");

        // The page shows the same figures with its rules, in Finnish and Swedish.
        let page = coordinator.get("/fi/statistics?from=2012").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("id=\"rule-organisation-once\""));
        assert!(page.has("href=\"#rule-person-once\""));
        assert!(page.has("<svg role=\"img\" aria-labelledby=\"chart-across-title chart-across-desc\""));
        let sv = coordinator.get("/sv/statistics?from=2012").await;
        assert!(sv.has("Räkneregler"), "{}", sv.body);
    }

    async fn the_files_and_the_api_hold_exactly_the_figures_of_the_page(app) {
        let (a1, _) = year_2012(&app).await;
        let coordinator = app.signed_in(COORDINATOR).await;
        let query = format!("from=2012&to=2013&organisation={a1}&group=1");
        let page = coordinator.get(&format!("/fi/statistics?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let tables = page_tables(&page.body);
        assert!(tables.len() >= 10, "{}", tables.len());
        let xlsx = coordinator.get(&format!("/fi/statistics.xlsx?{query}")).await;
        assert_eq!(xlsx.status, StatusCode::OK);
        let book = read_with_tool("xlsx.py", &xlsx.bytes);
        let sheets = book.as_array().unwrap();
        assert_eq!(sheets.len(), tables.len());
        for (sheet, table) in sheets.iter().zip(&tables) {
            let rows = sheet["rows"].as_array().unwrap();
            // The header, then the page's rows.
            assert_eq!(rows.len() - 1, table.len(), "{}", sheet["name"]);
            for (row, cells) in rows[1..].iter().zip(table) {
                let row: Vec<String> = row.as_array().unwrap().iter().map(as_text).collect();
                assert_eq!(&row, cells, "{}", sheet["name"]);
            }
        }
        // Each table as CSV, read by Python's csv.
        for (key, table) in ["across", "years", "academy", "events", "coaching", "sparring", "arena", "newsletters", "kinds", "regions"].iter().zip(&tables) {
            let csv = coordinator.get(&format!("/fi/statistics.csv?{query}&table={key}")).await;
            assert_eq!(csv.status, StatusCode::OK, "{key}");
            let rows = read_with_tool("table_csv.py", &csv.bytes);
            let rows: Vec<Vec<String>> = rows.as_array().unwrap()[1..]
                .iter()
                .map(|r| r.as_array().unwrap().iter().map(as_text).collect())
                .collect();
            assert_eq!(&rows, table, "{key}");
        }
        // The API's figures are the page's first table.
        let api: serde_json::Value =
            serde_json::from_str(&coordinator.get(&format!("/api/v1/statistics?{query}")).await.body).unwrap();
        for (i, cells) in tables[0].iter().enumerate() {
            let f = &api["figures"][i];
            assert_eq!(as_text(&f["all_organisations"]["shown"]), cells[1]);
            assert_eq!(as_text(&f["organisation"]["shown"]), cells[2]);
        }
    }

    async fn an_hr_developer_sees_their_own_organisation_and_no_other(app) {
        let (a1, b) = year_2012(&app).await;
        let hr = app.signed_in(HR_A).await;
        let page = hr.get("/fi/statistics?from=2012").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("Yhteislukujen rinnalla: Testikaupunki."), "{}", page.body);
        let own = hr.get(&format!("/api/v1/statistics?from=2012&organisation={a1}")).await;
        assert_eq!(own.status, StatusCode::OK);
        for path in [
            format!("/fi/statistics?from=2012&organisation={b}"),
            format!("/fi/statistics.csv?from=2012&organisation={b}&table=across"),
            format!("/fi/statistics.xlsx?from=2012&organisation={b}"),
            format!("/api/v1/statistics?from=2012&organisation={b}"),
            "/fi/statistics?organisation=999999".to_owned(),
        ] {
            assert_eq!(hr.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
        // A manager sees what the public sees: no organisation at all.
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let r = manager.get(&format!("/fi/statistics?from=2012&organisation={a1}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }

    async fn the_public_sees_the_totals_of_past_years_and_the_demo_counts_2018_from_its_rows(app) {
        let visitor = app.client();
        let api: serde_json::Value =
            serde_json::from_str(&visitor.get("/api/v1/statistics?from=2018").await.body).unwrap();
        assert_eq!(figure(&api, "organisations").0, "90", "{api}");
        let people: u64 = figure(&api, "people").0.as_str().unwrap().parse().unwrap();
        assert!(people > 2_200, "{people}");
        // Only the totals across all services.
        assert_eq!(api["figures"].as_array().unwrap().len(), 3);
        let page = visitor.get("/sv/statistics?from=2018").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has(">90<"), "{}", page.body);
        // This year is not public yet: refused beside the field, with what was typed.
        let this_year = chrono::Datelike::year(&Utc::now());
        let refused = visitor.get(&format!("/fi/statistics?from={this_year}")).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Kaikille avoimia ovat vain päättyneiden vuosien luvut."), "{}", refused.body);
        assert!(refused.has(&format!("value=\"{this_year}\"")));
        let bad = visitor.get("/fi/statistics?from=2019&to=2018").await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.has("Viimeinen vuosi ei voi olla ennen ensimmäistä."));
        let api = visitor.get(&format!("/api/v1/statistics?from={this_year}")).await;
        assert_eq!(api.status, StatusCode::NOT_FOUND, "{}", api.body);
        assert!(api.body.contains("Kaikille avoimia ovat vain päättyneiden vuosien luvut."), "{}", api.body);
        // A coordinator sees this year, each service included.
        let coordinator = app.signed_in(COORDINATOR).await;
        let now: serde_json::Value =
            serde_json::from_str(&coordinator.get("/api/v1/statistics").await.body).unwrap();
        assert_eq!(now["first_year"], this_year);
        assert!(now["figures"].as_array().unwrap().len() > 30);
    }
    async fn the_page_reads_the_nightly_count_and_says_when(app) {
        let (a1, _) = year_2012(&app).await;
        let coordinator = app.signed_in(COORDINATOR).await;
        let figures = |body: String| serde_json::from_str::<serde_json::Value>(&body).unwrap()["figures"].clone();
        // Every year, the demo's cohorts over several included.
        let every_year = format!("/api/v1/statistics?from=2010&to={}", Utc::now().year() - 1);
        let counted_from_the_rows = figures(coordinator.get(&every_year).await.body);
        let statistics = app.store.statistics();
        assert!(statistics.queue_refresh(Utc::now(), None).await.unwrap());
        assert!(!statistics.queue_refresh(Utc::now(), None).await.unwrap(), "one is waiting already");
        app.run_jobs().await;
        let page = coordinator.get("/fi/statistics?from=2012").await;
        assert!(page.has("Luvut laskettiin") && page.has("joka yö"), "{}", page.body);
        // Each figure read from the kept count is the figure counted from the rows.
        let kept = figures(coordinator.get(&every_year).await.body);
        assert!(kept.as_array().unwrap().len() > 30);
        assert_eq!(kept, counted_from_the_rows);
        // Kept in parts of two records each, a year is read back part after part.
        let this_year = Utc::now().year();
        let records = statistics.refresh_in_parts(this_year, 2).await.unwrap();
        assert!(records > 20, "{records} records");
        assert_eq!(figures(coordinator.get(&every_year).await.body), counted_from_the_rows);
        statistics.refresh(this_year).await.unwrap();
        let people = |body: String| {
            let api: serde_json::Value = serde_json::from_str(&body).unwrap();
            figure(&api, "people").0
        };
        assert_eq!(people(coordinator.get("/api/v1/statistics?from=2012").await.body), "8");
        // A registration made after the count shows after the next night's.
        let late = person(&app, a1, "myohassa@testikaupunki.example", Role::Manager, false).await;
        let e = webinar(&app, helsinki_time("2012-11-01", "13:00").unwrap()).await;
        app.store.events().register(e, late).await.unwrap();
        assert_eq!(people(coordinator.get("/api/v1/statistics?from=2012").await.body), "8");
        make_jobs_due(&app).await;
        app.run_jobs().await;
        assert_eq!(people(coordinator.get("/api/v1/statistics?from=2012").await.body), "9");
        // The job has queued its next night, once.
        assert!(!statistics.queue_refresh(Utc::now(), None).await.unwrap());
    }
}
