//! Events: seats that are never overbooked, the waiting list in order, one
//! registration per person, calendar files, and the organiser's side.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{EventKind, EventStatus, Lang, Standing};
use store::events::{EventInput, EventText, Place};

#[allow(unused_imports)]
use crate::common::*;

fn input(capacity: Option<i32>) -> EventInput {
    let starts_at = Utc::now() + Duration::days(7);
    EventInput {
        region: None,
        sessions: Vec::new(),
        kind: EventKind::Webinar,
        starts_at,
        ends_at: starts_at + Duration::hours(1),
        online_url: Some("https://webinar.example/room".to_owned()),
        venue: String::new(),
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        organisation_id: None,
        invitees: None,
        theme_id: None,
        texts: vec![
            EventText {
                lang: Lang::Fi,
                title: "Palautewebinaari".into(),
                description: "Miten annat palautetta.".into(),
            },
            EventText {
                lang: Lang::Sv,
                title: "Webbinarium om återkoppling".into(),
                description: "Hur du ger återkoppling.".into(),
            },
        ],
    }
}

async fn published_event(app: &TestApp, capacity: Option<i32>) -> i32 {
    let id = app
        .store
        .events()
        .create_event(&input(capacity), None)
        .await
        .unwrap();
    app.store
        .events()
        .set_event_status(id, EventStatus::Published, None)
        .await
        .unwrap();
    id
}

/// `n` managers of Espoo, without passwords.
async fn managers(app: &TestApp, n: usize) -> Vec<i32> {
    let org = app
        .store
        .organisations()
        .organisation_of_domain("espoo.example")
        .await
        .unwrap()
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..n {
        let new = store::NewUser {
            email: domain::Email::parse(&format!("crowd.{i}@espoo.example")).unwrap(),
            name: domain::PersonName::parse(&format!("Crowd {i}")).unwrap(),
            org_id: org,
            lang: if i % 2 == 0 { Lang::Fi } else { Lang::Sv },
            roles: vec![domain::Role::Manager],
            password: None,
        };
        ids.push(app.store.accounts().create_user(&new, None).await.unwrap());
    }
    ids
}

/// The card of the event in an event list page.
fn card_of(page: &str, lang: &str, event: i32) -> String {
    let start = page
        .find(&format!("/{lang}/events/{event}\""))
        .expect("the event in the list");
    page[start..].split("</li>").next().unwrap().to_owned()
}

fn count(registrations: &[store::events::Registration], standing: Standing) -> usize {
    registrations
        .iter()
        .filter(|r| r.standing == standing)
        .count()
}

/// The calendar as Python's `icalendar` reads it.
fn parse_ics(ics: &str) -> serde_json::Value {
    read_with_tool("ics.py", ics.as_bytes())
}

on_both_databases! {
    async fn five_hundred_concurrent_registrations_fill_a_hundred_seats_exactly(app) {
        let event = published_event(&app, Some(100)).await;
        let people = managers(&app, 500).await;
        let mut sessions = Vec::new();
        for id in &people {
            sessions.push(session_of(&app, *id).await);
        }
        let addr = serve(&app).await;
        let path = format!("/fi/events/{event}/register");
        let mut tasks = tokio::task::JoinSet::new();
        for (cookie, csrf) in sessions {
            let path = path.clone();
            tasks.spawn(async move { post_over_http(addr, &path, &cookie, &csrf, &[]).await });
        }
        let mut statuses = Vec::new();
        while let Some(done) = tasks.join_next().await {
            statuses.push(done.unwrap());
        }
        assert!(statuses.iter().all(|s| *s == StatusCode::SEE_OTHER), "every registration answered: {statuses:?}");
        let registrations = app.store.events().registrations(event).await.unwrap();
        assert_eq!(registrations.len(), 500);
        assert_eq!(count(&registrations, Standing::Confirmed), 100);
        assert_eq!(count(&registrations, Standing::Waiting), 400);
        assert_eq!(app.store.events().event(event).await.unwrap().unwrap().taken, 100);
        // Each hears of it once: 100 confirmations, 400 queue places.
        assert_eq!(app.run_jobs().await, 500);
    }

    async fn cancellations_and_registrations_at_once_never_overbook_and_keep_the_queue(app) {
        let event = published_event(&app, Some(10)).await;
        let people = managers(&app, 40).await;
        for id in &people[..30] {
            app.store.events().register(event, *id).await.unwrap();
        }
        let queue_before: Vec<i32> = app.store.events().registrations(event).await.unwrap().into_iter().filter(|r| r.standing == Standing::Waiting).map(|r| r.user_id).collect();
        assert_eq!(queue_before, people[10..30].to_vec());
        let mut tasks = tokio::task::JoinSet::new();
        for (i, id) in people.iter().enumerate() {
            let store = app.store.clone();
            let id = *id;
            tasks.spawn(async move {
                if i < 5 {
                    store.events().cancel_registration(event, id).await.map(|_| ())
                } else if i >= 30 {
                    store.events().register(event, id).await.map(|_| ())
                } else {
                    Ok(())
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.unwrap().unwrap();
        }
        let after = app.store.events().registrations(event).await.unwrap();
        assert_eq!(count(&after, Standing::Confirmed), 10, "the five freed seats went to the queue");
        assert_eq!(app.store.events().event(event).await.unwrap().unwrap().taken, 10);
        let promoted: Vec<i32> = after.iter().filter(|r| r.standing == Standing::Confirmed).map(|r| r.user_id).filter(|id| people[10..30].contains(id)).collect();
        let mut expected = people[10..15].to_vec();
        let mut got = promoted.clone();
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "the first five in the queue, in order");
        assert_eq!(count(&after, Standing::Waiting), 25);
    }

    async fn a_registration_takes_three_statements_with_a_seat_and_five_in_the_queue(app) {
        let event = published_event(&app, Some(1)).await;
        let people = managers(&app, 3).await;
        let events = app.store.events();
        let before = store::queries_made();
        assert_eq!(events.register(event, people[0]).await.unwrap(), Place::Confirmed);
        assert_eq!(store::queries_made() - before, 3, "the seat, the row written confirmed, the notice with the reminder");
        let before = store::queries_made();
        assert_eq!(events.register(event, people[1]).await.unwrap(), Place::Waiting(1));
        assert_eq!(store::queries_made() - before, 5, "the row, no seat, none to promote, the place, the notice");
        assert_eq!(events.register(event, people[2]).await.unwrap(), Place::Waiting(2));
        assert_eq!(events.register(event, people[2]).await.unwrap(), Place::Waiting(2), "again: the registration there is");
        // Back after cancelling: at the end of the queue.
        events.cancel_registration(event, people[1]).await.unwrap();
        assert_eq!(events.register(event, people[1]).await.unwrap(), Place::Waiting(2));
        // The freed seat goes to the first in the queue.
        events.cancel_registration(event, people[0]).await.unwrap();
        assert_eq!(events.place(event, people[2]).await.unwrap(), Some(Place::Confirmed));
        assert_eq!(events.place(event, people[1]).await.unwrap(), Some(Place::Waiting(1)));
        assert_eq!(events.event(event).await.unwrap().unwrap().taken, 1);
        // Each was told once of each change: two confirmations (one a promotion), three
        // places in the queue, and the reminders are not due yet.
        assert_eq!(app.run_jobs().await, 5);

        // Where seats are free, registering again gives back the seat it took, and one
        // who cancelled comes back with a seat.
        let roomy = published_event(&app, Some(2)).await;
        assert_eq!(events.register(roomy, people[0]).await.unwrap(), Place::Confirmed);
        assert_eq!(events.register(roomy, people[0]).await.unwrap(), Place::Confirmed);
        assert_eq!(events.event(roomy).await.unwrap().unwrap().taken, 1, "one seat for one registration");
        events.cancel_registration(roomy, people[0]).await.unwrap();
        assert_eq!(events.register(roomy, people[0]).await.unwrap(), Place::Confirmed);
        assert_eq!(events.register(roomy, people[1]).await.unwrap(), Place::Confirmed);
        assert_eq!(events.register(roomy, people[2]).await.unwrap(), Place::Waiting(1));
        let roomy_now = events.registrations(roomy).await.unwrap();
        assert_eq!((roomy_now.len(), count(&roomy_now, Standing::Confirmed)), (3, 2));
        assert_eq!(events.event(roomy).await.unwrap().unwrap().taken, 2);
    }

    async fn the_event_list_reads_each_event_whole_with_its_texts_and_sessions_in_one_statement(app) {
        // A course of three days, and a webinar that has ended where the manager had a seat.
        let first_day = Utc::now() + Duration::days(20);
        let days: Vec<domain::events::Session> = (0..3)
            .map(|d| domain::events::Session { starts_at: first_day + Duration::days(d), ends_at: first_day + Duration::days(d) + Duration::hours(6) })
            .collect();
        let course = EventInput { kind: EventKind::Training, starts_at: days[0].starts_at, ends_at: days[2].ends_at, sessions: days, ..input(Some(20)) };
        let course = app.store.events().create_event(&course, None).await.unwrap();
        app.store.events().set_event_status(course, EventStatus::Published, None).await.unwrap();
        let ended_at = Utc::now() - Duration::days(3);
        let mut ended = EventInput { starts_at: ended_at - Duration::hours(1), ends_at: ended_at, ..input(Some(20)) };
        ended.texts[0].title = "Mennyt webinaari".into();
        let ended = app.store.events().create_event(&ended, None).await.unwrap();
        app.store.events().set_event_status(ended, EventStatus::Published, None).await.unwrap();
        let manager = app.user_id("manager.fi@espoo.example").await;
        app.store.events().register(ended, manager).await.unwrap();

        let browser = app.signed_in("manager.fi@espoo.example").await;
        browser.get("/fi/events").await;
        let before = store::queries_made();
        let page = browser.get("/fi/events").await;
        let made = store::queries_made() - before;
        assert!(page.has(&format!("/fi/events/{course}\">Palautewebinaari")) && page.has("3 päivää"), "{}", page.body);
        assert!(page.has("Menneet tapahtumasi") && page.has(&format!("/fi/events/{ended}\">Mennyt webinaari")), "{}", page.body);
        // The demo's courses for named groups add each list's group.
        assert_eq!(made, 3, "the session, the upcoming and past events with the person's places and calendar feed, their groups");
        let loaded = app.store.events().event(course).await.unwrap().unwrap();
        assert_eq!((loaded.texts.len(), loaded.sessions.len()), (2, 3), "each text and session once");
        assert!(loaded.sessions.windows(2).all(|w| w[0].starts_at < w[1].starts_at), "the sessions in order");
    }

    async fn a_manager_registers_with_one_click_and_sees_where_they_stand(app) {
        let event = published_event(&app, Some(1)).await;
        let first = app.signed_in("manager.fi@espoo.example").await;
        let page = first.get(&format!("/fi/events/{event}")).await;
        assert!(page.has("Palautewebinaari") && page.has("Linkki näkyy ilmoittautuneille"), "{}", page.body);
        assert!(!page.has("https://webinar.example/room"), "the link is for the confirmed only");
        let r = first.post(&format!("/fi/events/{event}/register"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // A double click is still one registration.
        first.post(&format!("/fi/events/{event}/register"), &[]).await;
        let page = first.get(&format!("/fi/events/{event}")).await;
        assert!(page.has("Paikkasi on vahvistettu") && page.has("https://webinar.example/room"), "{}", page.body);

        let second = app.signed_in("manager.sv@espoo.example").await;
        second.post(&format!("/sv/events/{event}/register"), &[]).await;
        assert!(second.get(&format!("/sv/events/{event}")).await.has("Du står i kö på plats 1."));
        // The list says the same of each.
        assert!(card_of(&second.get("/sv/events").await.body, "sv", event).contains("Du står i kö på plats 1."));
        assert!(card_of(&first.get("/fi/events").await.body, "fi", event).contains("Paikkasi on vahvistettu."));
        let registrations = app.store.events().registrations(event).await.unwrap();
        assert_eq!((registrations.len(), count(&registrations, Standing::Confirmed)), (2, 1));

        // The first cancels: the second is promoted and told, in Swedish, with the calendar entry.
        first.post(&format!("/fi/events/{event}/cancel"), &[]).await;
        assert!(second.get(&format!("/sv/events/{event}")).await.has("Din plats är bekräftad."));
        assert!(card_of(&second.get("/sv/events").await.body, "sv", event).contains("Din plats är bekräftad."));
        let cancelled = card_of(&first.get("/fi/events").await.body, "fi", event);
        assert!(!cancelled.contains("Olet ilmoittautunut") && !cancelled.contains("Olet jonossa"), "{cancelled}");
        let mails = app.mails_to("manager.sv@espoo.example").await;
        let promoted = mails.iter().find(|m| m.contains("Du fick en plats: Webbinarium om återkoppling")).expect("a promotion mail");
        assert!(promoted.contains("text/calendar") && promoted.contains("johto-event.ics"), "{promoted}");
        let confirmed = &app.mails_to("manager.fi@espoo.example").await;
        assert!(confirmed.iter().any(|m| m.contains("Ilmoittautuminen vahvistettu: Palautewebinaari")));
        assert_eq!(app.store.events().place(event, app.user_id("manager.fi@espoo.example").await).await.unwrap(), None);
        assert_eq!(app.store.events().place(event, app.user_id("manager.sv@espoo.example").await).await.unwrap(), Some(Place::Confirmed));
    }

    async fn the_calendar_file_keeps_its_uid_and_counts_changes(app) {
        let event = published_event(&app, None).await;
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let first = manager.get(&format!("/fi/events/{event}/calendar.ics")).await;
        assert_eq!(first.headers["content-type"], "text/calendar; charset=utf-8");
        let line = |ics: &str, name: &str| ics.lines().find(|l| l.starts_with(name)).unwrap_or_default().trim().to_owned();
        assert!(first.body.starts_with("BEGIN:VCALENDAR"));
        assert_eq!(line(&first.body, "SEQUENCE:"), "SEQUENCE:0");
        assert_eq!(line(&first.body, "METHOD:"), "METHOD:PUBLISH");
        let mut moved = input(None);
        moved.starts_at += Duration::hours(2);
        moved.ends_at += Duration::hours(2);
        app.store.events().update_event(event, &moved, None).await.unwrap();
        let second = manager.get(&format!("/fi/events/{event}/calendar.ics")).await;
        assert_eq!(line(&second.body, "UID:"), line(&first.body, "UID:"));
        assert_eq!(line(&second.body, "SEQUENCE:"), "SEQUENCE:1");
        let start = moved.starts_at.format("DTSTART:%Y%m%dT%H%M%SZ").to_string();
        assert_eq!(line(&second.body, "DTSTART"), start);
        app.store.events().set_event_status(event, EventStatus::Cancelled, None).await.unwrap();
        let cancelled = manager.get(&format!("/fi/events/{event}/calendar.ics")).await;
        assert_eq!(line(&cancelled.body, "METHOD:"), "METHOD:CANCEL");
        assert_eq!(line(&cancelled.body, "STATUS:"), "STATUS:CANCELLED");
        assert_eq!(line(&cancelled.body, "SEQUENCE:"), "SEQUENCE:2");
    }

    async fn a_coordinator_creates_an_event_in_both_languages_and_bad_input_is_kept(app) {
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let fields = |date: &'static str, start: &'static str| vec![
            ("kind", "forum"), ("title_fi", "Johtamisfoorumi"), ("description_fi", "Kevään foorumi."),
            ("title_sv", "Ledarskapsforum"), ("description_sv", "Vårens forum."), ("title_en", ""), ("description_en", ""),
            ("date", date), ("start", start), ("end", "12:00"), ("online_url", ""), ("venue", "Kuntatalo, Helsinki"),
            ("capacity", "80"), ("closes_date", ""), ("closes_time", ""), ("organisation", ""), ("theme", ""),
        ];
        let r = coordinator.post("/fi/events/new", &fields("2027-03-28", "03:30")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Tätä kellonaikaa ei ole") || r.has("Päättymisajan"), "{}", r.body);
        assert!(r.has("Kuntatalo, Helsinki"), "what was typed is kept");
        let r = coordinator.post("/fi/events/new", &fields("2027-03-28", "09:00")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: i32 = r.location().rsplit('/').next().unwrap().parse().unwrap();
        let event = app.store.events().event(id).await.unwrap().unwrap();
        assert_eq!(event.status, EventStatus::Draft);
        assert_eq!(event.starts_at.to_rfc3339(), "2027-03-28T06:00:00+00:00", "09:00 in Helsinki summer time");
        assert_eq!(event.title(Lang::Sv), "Ledarskapsforum");

        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(manager.get(&format!("/fi/events/{id}")).await.status, StatusCode::NOT_FOUND, "a draft is the organisers'");
        assert_eq!(manager.get("/fi/events/new").await.status, StatusCode::FORBIDDEN);
        coordinator.post(&format!("/fi/events/{id}/publish"), &[]).await;
        let listed = manager.get("/sv/events").await;
        assert!(listed.has("Ledarskapsforum") && listed.has("Platser kvar: 80"), "{}", listed.body);
        manager.post(&format!("/fi/events/{id}/register"), &[]).await;
        let csv = coordinator.get(&format!("/fi/events/{id}/registrations.csv")).await;
        assert!(csv.body.starts_with("Nimi,Sähköposti,Tila") && csv.has("manager.fi@espoo.example,Vahvistettu"), "{}", csv.body);

        coordinator.post(&format!("/fi/events/{id}/cancel-event"), &[]).await;
        let mail = app.mails_to("manager.fi@espoo.example").await.into_iter().find(|m| m.contains("Tapahtuma peruttu: Johtamisfoorumi")).expect("told of the cancellation");
        assert!(mail.contains("METHOD:CANCEL"), "{mail}");
    }

    async fn an_event_for_one_organisation_is_invisible_to_others(app) {
        let mut only_espoo = input(Some(5));
        only_espoo.organisation_id = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap();
        let id = app.store.events().create_event(&only_espoo, None).await.unwrap();
        app.store.events().set_event_status(id, EventStatus::Published, None).await.unwrap();
        let outsider = app.signed_in("coach.fi@fcg.example").await;
        assert_eq!(outsider.get(&format!("/fi/events/{id}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(outsider.post(&format!("/fi/events/{id}/register"), &[]).await.status, StatusCode::NOT_FOUND);
        assert!(app.store.events().registrations(id).await.unwrap().is_empty());
    }

    async fn an_event_for_a_named_group_is_seen_and_taken_only_by_its_members(app) {
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let fields = |invitees: &'static str| vec![
            ("kind", "workshop"), ("title_fi", "Ryhmän työpaja"), ("description_fi", ""), ("title_sv", "Gruppens workshop"), ("description_sv", ""),
            ("date", "2031-05-20"), ("start", "09:00"), ("end", "12:00"), ("online_url", ""), ("venue", "Kuntatalo"), ("capacity", "20"),
            ("organisation", ""), ("invitees", invitees), ("theme", ""),
        ];
        let r = coordinator.post("/fi/events/new", &fields("manager.sv@espoo.example\nnobody@nowhere.example")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Näillä osoitteilla ei ole käyttäjää: nobody@nowhere.example") && r.has("manager.sv@espoo.example\nnobody@nowhere.example"), "{}", r.body);
        let r = coordinator.post("/fi/events/new", &fields("manager.sv@espoo.example, coach.fi@fcg.example ")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: i32 = r.location().rsplit('/').next().unwrap().parse().unwrap();
        coordinator.post(&format!("/fi/events/{id}/publish"), &[]).await;
        assert!(coordinator.get(&format!("/fi/events/{id}")).await.has("Vain kutsutuille (2 henkilöä)"));
        let form = coordinator.get(&format!("/fi/events/{id}/edit")).await;
        assert!(form.has("manager.sv@espoo.example") && form.has("coach.fi@fcg.example"), "{}", form.body);

        let member = app.signed_in("manager.sv@espoo.example").await;
        assert!(member.get("/sv/events").await.has("Gruppens workshop"));
        member.post(&format!("/sv/events/{id}/register"), &[]).await;
        assert_eq!(app.store.events().place(id, app.user_id("manager.sv@espoo.example").await).await.unwrap(), Some(Place::Confirmed));
        // A colleague of the same organisation is not in the group.
        let outsider = app.signed_in("manager.fi@espoo.example").await;
        assert!(!outsider.get("/fi/events").await.has("Ryhmän työpaja"));
        assert_eq!(outsider.get(&format!("/fi/events/{id}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(outsider.post(&format!("/fi/events/{id}/register"), &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.store.events().registrations(id).await.unwrap().len(), 1);

        // The group is narrowed to the other person: the seat of the one left out
        // ends, they are told with a calendar cancellation, and the seat is free again.
        let r = coordinator.post(&format!("/fi/events/{id}/edit"), &fields("coach.fi@fcg.example")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(app.store.events().place(id, app.user_id("manager.sv@espoo.example").await).await.unwrap(), None);
        assert_eq!(app.store.events().event(id).await.unwrap().unwrap().taken, 0);
        let mail = app.mails_to("manager.sv@espoo.example").await.into_iter().find(|m| m.contains("Din anmälan har upphört: Gruppens workshop")).expect("told that the registration ended");
        assert!(mail.contains("METHOD:CANCEL"), "{mail}");
        assert_eq!(member.get(&format!("/sv/events/{id}")).await.status, StatusCode::NOT_FOUND);
    }

    async fn the_recording_and_materials_are_for_those_who_had_a_seat(app) {
                let event = published_event(&app, Some(1)).await;
        let seated = app.signed_in("manager.fi@espoo.example").await;
        seated.post(&format!("/fi/events/{event}/register"), &[]).await;
        let queued = app.signed_in("manager.sv@espoo.example").await;
        queued.post(&format!("/sv/events/{event}/register"), &[]).await;
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let path = format!("/fi/events/{event}/materials");
        assert_eq!(coordinator.get(&path).await.status, StatusCode::OK);
        assert_eq!(seated.get(&path).await.status, StatusCode::FORBIDDEN);

        let r = coordinator.upload_form(&path, &[("title", ""), ("url", "")], None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Anna materiaalille nimi.") && r.has("Valitse tiedosto tai anna linkki."), "{}", r.body);
        let r = coordinator.upload_form(&path, &[("title", "Tallenne"), ("recording", "yes"), ("url", "")], Some(("diat.pdf", PDF))).await;
        assert!(r.has("Tallenteen tiedoston pitää olla video") && r.has("value=\"Tallenne\""), "{}", r.body);
        let r = coordinator.upload_form(&path, &[("title", "Diat"), ("url", "https://slides.example/")], Some(("diat.pdf", PDF))).await;
        assert!(r.has("Anna joko tiedosto tai linkki, ei molempia."), "{}", r.body);
        let r = coordinator.upload_form(&path, &[("title", "Ohjelma"), ("url", "")], Some(("ohjelma.pdf", b"MZ\x90\x00 a program"))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = coordinator.upload_form(&path, &[("title", "Linkki"), ("url", "javascript:alert(1)")], None).await;
        assert!(r.has("Anna verkkolinkki https://-alkuisena."), "{}", r.body);
        assert!(app.store.events().materials(event).await.unwrap().is_empty(), "a refusal saves nothing");

        let r = coordinator.upload_form(&path, &[("title", "Diat"), ("url", "")], Some(("diat.pdf", PDF))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = coordinator.upload_form(&path, &[("title", "Tallenne"), ("recording", "yes"), ("url", "https://video.example/tallenne")], None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let materials = app.store.events().materials(event).await.unwrap();
        assert_eq!(materials.iter().map(|m| (m.title.as_str(), m.recording)).collect::<Vec<_>>(), [("Tallenne", true), ("Diat", false)]);
        let file = materials[1].file.clone().expect("the slides are a file");

        let page = seated.get(&format!("/fi/events/{event}")).await;
        assert!(page.has("Tallenne ja materiaalit") && page.has("https://video.example/tallenne") && page.has(&file.href()), "{}", page.body);
        let download = seated.get(&file.href()).await;
        assert_eq!((download.status, download.bytes.as_slice()), (StatusCode::OK, PDF));
        // On the waiting list, no seat: neither the list nor the file.
        assert!(!queued.get(&format!("/sv/events/{event}")).await.has("Inspelning och material"));
        assert_eq!(queued.get(&file.href()).await.status, StatusCode::NOT_FOUND);

        let remove = format!("/fi/events/{event}/materials/{}/remove", materials[1].id);
        assert_eq!(coordinator.post(&remove, &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(coordinator.post(&remove, &[]).await.status, StatusCode::SEE_OTHER, "a second click is no error");
        assert_eq!(app.store.events().materials(event).await.unwrap().len(), 1);
    }

    async fn a_manager_finds_their_past_events_with_the_recording_and_the_feedback_form(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let list = manager.get("/fi/events").await;
        assert!(list.has("Menneet tapahtumasi"), "{}", list.body);
        let title = list.body.find("Webinaari: palaute etätiimissä").expect("the demo's past webinar");
        let start = list.body[..title].rfind("href=\"").unwrap() + "href=\"".len();
        let href = list.body[start..].split('"').next().unwrap().to_owned();
        let page = manager.get(&href).await;
        assert!(page.has("https://video.example/johto/palaute-etatiimissa") && page.has("Kuinka hyödyllinen tapahtuma oli"), "{}", page.body);
        // Someone who had no seat there has no past events listed.
        let outsider = app.signed_in("coach.fi@fcg.example").await;
        assert!(!outsider.get("/fi/events").await.has("Menneet tapahtumasi"));
        assert!(!outsider.get(&href).await.has("palaute-etatiimissa"), "the recording is for those who had a seat");
    }

    async fn a_theme_offers_its_launch_webinar_and_each_links_to_the_other(app) {
        let theme = app.store.academy().theme_by_slug("sisainen-viestinta").await.unwrap().unwrap();
        let editor = app.signed_in("content-editor.fi@kt.example").await;
        let edit_page = editor.get(&format!("/fi/academy/edit/{}", theme.id)).await;
        let offer = format!("/fi/events/new?theme={}", theme.id);
        assert!(edit_page.has(&offer), "the editor is offered the launch webinar");
        let form = editor.get(&offer).await;
        assert!(form.has("Julkaisuwebinaari: Sisäinen viestintä") && form.has("Lanseringswebbinarium: Intern kommunikation"), "{}", form.body);
        assert!(form.has(&format!("<option value=\"{}\" selected>", theme.id)));

        let mut webinar = input(Some(300));
        webinar.theme_id = Some(theme.id);
        let id = app.store.events().create_event(&webinar, None).await.unwrap();
        app.store.events().set_event_status(id, EventStatus::Published, None).await.unwrap();
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let theme_page = manager.get("/fi/academy/sisainen-viestinta").await;
        assert!(theme_page.has(&format!("/fi/events/{id}")) && theme_page.has("Palautewebinaari"), "the theme shows its webinar");
        let event_page = manager.get(&format!("/fi/events/{id}")).await;
        assert!(event_page.has("/fi/academy/sisainen-viestinta"), "the webinar shows its theme");
    }

    async fn calendars_read_by_an_independent_parser_keep_uid_sequence_and_daylight_saving(app) {
        let mut winter = input(None);
        winter.starts_at = domain::events::helsinki_time("2027-03-27", "10:00").unwrap();
        winter.ends_at = domain::events::helsinki_time("2027-03-27", "11:00").unwrap();
        let mut summer = winter.clone();
        summer.starts_at = domain::events::helsinki_time("2027-03-29", "10:00").unwrap();
        summer.ends_at = domain::events::helsinki_time("2027-03-29", "11:00").unwrap();
        let before = app.store.events().create_event(&winter, None).await.unwrap();
        let after = app.store.events().create_event(&summer, None).await.unwrap();
        for id in [before, after] {
            app.store.events().set_event_status(id, EventStatus::Published, None).await.unwrap();
        }
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let read = |id: i32| { let manager = &manager; async move { parse_ics(&manager.get(&format!("/fi/events/{id}/calendar.ics")).await.body) } };
        let first = read(before).await;
        assert_eq!(first["method"], "PUBLISH");
        assert_eq!(first["events"][0]["start"], "2027-03-27T08:00:00+00:00", "10:00 in Helsinki winter time");
        assert_eq!(read(after).await["events"][0]["start"], "2027-03-29T07:00:00+00:00", "10:00 in Helsinki summer time");
        assert_eq!(first["events"][0]["summary"], "Palautewebinaari");

        let mut moved = summer.clone();
        moved.starts_at += Duration::days(1);
        moved.ends_at += Duration::days(1);
        app.store.events().update_event(before, &moved, None).await.unwrap();
        let second = read(before).await;
        assert_eq!(second["events"][0]["uid"], first["events"][0]["uid"], "the UID is stable");
        assert_eq!((first["events"][0]["sequence"].as_i64(), second["events"][0]["sequence"].as_i64()), (Some(0), Some(1)));
        app.store.events().set_event_status(before, EventStatus::Cancelled, None).await.unwrap();
        let cancelled = read(before).await;
        assert_eq!((cancelled["method"].as_str(), cancelled["events"][0]["status"].as_str()), (Some("CANCEL"), Some("CANCELLED")));
        assert_eq!(cancelled["events"][0]["sequence"], 2);
        assert_eq!(cancelled["events"][0]["uid"], first["events"][0]["uid"]);
    }

    async fn event_mails_go_over_smtp_in_each_language_with_the_calendar_attached(app) {
        let smtp = SmtpServer::start();
        let state = app.state_mailing_to(smtp.port);
        let event = published_event(&app, Some(1)).await;
        let fi = app.signed_in("manager.fi@espoo.example").await;
        fi.post(&format!("/fi/events/{event}/register"), &[]).await;
        let sv = app.signed_in("manager.sv@espoo.example").await;
        sv.post(&format!("/sv/events/{event}/register"), &[]).await;
        fi.post(&format!("/fi/events/{event}/cancel"), &[]).await;
        web::jobs::Worker::new(state).run_until_idle().await.unwrap();
        let mails = smtp.received();
        let to = |who: &str| mails.iter().filter(|m| m["to"][0] == who).cloned().collect::<Vec<_>>();
        let fi_mails = to("manager.fi@espoo.example");
        assert_eq!(fi_mails[0]["subject"], "Ilmoittautuminen vahvistettu: Palautewebinaari");
        assert!(fi_mails[0]["body"].as_str().unwrap().contains("Suomen aikaa"));
        let sv_mails = to("manager.sv@espoo.example");
        let subjects: Vec<&str> = sv_mails.iter().map(|m| m["subject"].as_str().unwrap()).collect();
        assert_eq!(subjects, ["Du står i kö: Webbinarium om återkoppling", "Du fick en plats: Webbinarium om återkoppling"]);
        let attachment = &sv_mails[1]["attachments"][0];
        assert_eq!((attachment["filename"].as_str(), attachment["content_type"].as_str()), (Some("johto-event.ics"), Some("text/calendar")));
        let calendar = parse_ics(attachment["content"].as_str().unwrap());
        assert_eq!(calendar["events"][0]["summary"], "Webbinarium om återkoppling", "the calendar entry is in the reader's language");
        assert!(sv_mails[0]["attachments"].as_array().unwrap().is_empty(), "a place in the queue is not a calendar entry");
    }

    async fn a_mail_server_that_is_down_loses_no_registration_and_each_mail_goes_once_it_is_back(app) {
        let event = published_event(&app, Some(1)).await;
        let fi = app.signed_in("manager.fi@espoo.example").await;
        let sv = app.signed_in("manager.sv@espoo.example").await;
        app.run_jobs().await;
        let queued_before = app.store.jobs().job_stats().await.unwrap().waiting;
        assert_eq!(fi.post(&format!("/fi/events/{event}/register"), &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(sv.post(&format!("/sv/events/{event}/register"), &[]).await.status, StatusCode::SEE_OTHER);
        // The mail server is down: both sends fail, and both registrations stand.
        let broken = web::jobs::Worker::new(app.state_with_broken_smtp());
        assert_eq!(broken.run_until_idle().await.unwrap(), 2, "both mails were tried");
        let queued = app.store.jobs().job_stats().await.unwrap().waiting;
        assert_eq!(queued, queued_before + 3, "two mails wait for their retry, beside the reminder");
        // No mail came, so the manager clicks again: still one registration, no new mail.
        fi.post(&format!("/fi/events/{event}/register"), &[]).await;
        let registrations = app.store.events().registrations(event).await.unwrap();
        assert_eq!((registrations.len(), count(&registrations, Standing::Confirmed), count(&registrations, Standing::Waiting)), (2, 1, 1));
        assert_eq!(app.store.jobs().job_stats().await.unwrap().waiting, queued);

        // The server is back: on the retry each mail is sent, once.
        let smtp = SmtpServer::start();
        make_jobs_due(&app).await;
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let subjects: Vec<String> = smtp.received().iter().map(|m| format!("{} {}", m["to"][0].as_str().unwrap(), m["subject"].as_str().unwrap())).collect();
        let sent = |text: &str| subjects.iter().filter(|s| *s == text).count();
        assert_eq!(sent("manager.fi@espoo.example Ilmoittautuminen vahvistettu: Palautewebinaari"), 1, "{subjects:?}");
        assert_eq!(sent("manager.sv@espoo.example Du står i kö: Webbinarium om återkoppling"), 1, "{subjects:?}");
        assert_eq!(app.store.jobs().job_stats().await.unwrap().waiting, 0);
    }

    async fn a_moved_event_tells_its_registrants_and_reminders_follow_the_new_time(app) {
        let event = published_event(&app, Some(10)).await;
        let manager = app.signed_in("manager.fi@espoo.example").await;
        manager.post(&format!("/fi/events/{event}/register"), &[]).await;
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let form = coordinator.get(&format!("/fi/events/{event}/edit")).await;
        assert_eq!(form.status, StatusCode::OK);
        let old = app.store.events().event(event).await.unwrap().unwrap();
        let (date, _) = domain::events::in_helsinki(old.starts_at + Duration::days(1));
        let r = coordinator.post(&format!("/fi/events/{event}/edit"), &[
            ("kind", "webinar"), ("title_fi", "Palautewebinaari"), ("description_fi", ""), ("title_sv", "Webbinarium om återkoppling"), ("description_sv", ""),
            ("title_en", ""), ("description_en", ""), ("date", &date), ("start", "10:00"), ("end", "11:00"),
            ("online_url", "https://webinar.example/room"), ("venue", ""), ("capacity", "10"), ("closes_date", ""), ("closes_time", ""), ("organisation", ""), ("theme", ""),
        ]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mails = app.mails_to("manager.fi@espoo.example").await;
        let changed = mails.iter().find(|m| m.contains("Muutos tapahtumaan: Palautewebinaari")).expect("told of the new time");
        assert!(changed.contains("SEQUENCE:1"), "{changed}");
        // Both reminders come due: only the one for the new time is sent.
        make_jobs_due(&app).await;
        app.run_jobs().await;
        let reminders = app.mails_to("manager.fi@espoo.example").await.into_iter().filter(|m| m.contains("Muistutus huomisesta: Palautewebinaari")).count();
        assert_eq!(reminders, 1);
        // No reminder for someone who has cancelled.
        let sv = app.signed_in("manager.sv@espoo.example").await;
        sv.post(&format!("/sv/events/{event}/register"), &[]).await;
        sv.post(&format!("/sv/events/{event}/cancel"), &[]).await;
        make_jobs_due(&app).await;
        app.run_jobs().await;
        assert!(!app.mails_to("manager.sv@espoo.example").await.iter().any(|m| m.contains("Påminnelse")));
    }

    async fn a_personal_calendar_feed_lists_my_seats_and_renewing_ends_the_old_address(app) {
        let seat = published_event(&app, Some(5)).await;
        let elsewhere = published_event(&app, Some(5)).await;
        let manager = app.signed_in("manager.fi@espoo.example").await;
        manager.post(&format!("/fi/events/{seat}/register"), &[]).await;
        let list = manager.get("/fi/events").await;
        assert!(list.has("Luo syötteen osoite") && !list.has("Uusi syötteen osoite"), "no feed yet");
        // A list that finds no event (a century on, with no past shown) asks for the feed on its own.
        let who = app.store.accounts().user_by_email(&domain::Email::parse("manager.fi@espoo.example").unwrap()).await.unwrap().unwrap().principal();
        let empty_list = async || app.store.events().list(&who, Utc::now() + Duration::days(36_500), 0).await.unwrap();
        let empty = empty_list().await;
        assert!(empty.upcoming.is_empty() && empty.past.is_empty() && !empty.mine.has_calendar_feed);
        let r = manager.post("/fi/events/calendar", &[]).await;
        assert_eq!(r.status, StatusCode::OK);
        let marker = "id=\"feed-url\" type=\"text\" readonly value=\"";
        let start = r.body.find(marker).expect("the address is shown once") + marker.len();
        let url = r.body[start..].split('"').next().unwrap().to_owned();
        let path = path_of(&url);
        assert!(path.starts_with("/calendar/") && path.ends_with(".ics"), "{path}");
        let list = manager.get("/fi/events").await;
        assert!(list.has("Uusi syötteen osoite") && !list.has("Luo syötteen osoite"), "a feed to renew");
        assert!(card_of(&list.body, "fi", seat).contains("Paikkasi on vahvistettu."), "the feed beside the places");
        assert!(empty_list().await.mine.has_calendar_feed, "the feed of an empty list");

        // A calendar program has no session: the secret address is enough.
        let calendar_program = app.client();
        let feed = calendar_program.get(&path).await;
        assert_eq!(feed.status, StatusCode::OK);
        let parsed = parse_ics(&feed.body);
        let uids: Vec<String> = parsed["events"].as_array().unwrap().iter().map(|e| e["uid"].as_str().unwrap().to_owned()).collect();
        assert!(uids.iter().any(|u| u.starts_with(&format!("event-{seat}@"))), "{uids:?}");
        assert!(!uids.iter().any(|u| u.starts_with(&format!("event-{elsewhere}@"))), "only events with a seat");

        // A cancelled event stays in the feed as cancelled, so calendars drop it.
        app.store.events().set_event_status(seat, EventStatus::Cancelled, None).await.unwrap();
        let parsed = parse_ics(&calendar_program.get(&path).await.body);
        let cancelled = parsed["events"].as_array().unwrap().iter().find(|e| e["uid"].as_str().unwrap().starts_with(&format!("event-{seat}@"))).expect("still in the feed");
        assert_eq!(cancelled["status"], "CANCELLED");

        manager.post("/fi/events/calendar", &[]).await;
        assert_eq!(calendar_program.get(&path).await.status, StatusCode::NOT_FOUND, "the old address is gone");
        assert_eq!(calendar_program.get("/calendar/not-a-secret.ics").await.status, StatusCode::NOT_FOUND);
    }

    async fn attendees_are_asked_for_feedback_and_the_organiser_sees_a_chart_and_its_table(app) {
        let event = published_event(&app, Some(5)).await;
        let fi = app.signed_in("manager.fi@espoo.example").await;
        fi.post(&format!("/fi/events/{event}/register"), &[]).await;
        let sv = app.signed_in("manager.sv@espoo.example").await;
        sv.post(&format!("/sv/events/{event}/register"), &[]).await;
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let fi_id = app.user_id("manager.fi@espoo.example").await.to_string();
        let page = coordinator.get(&format!("/fi/events/{event}/registrations")).await;
        assert!(page.has(&format!("name=\"attended\" value=\"{fi_id}\"")), "{}", page.body);
        let r = coordinator.post(&format!("/fi/events/{event}/attendance"), &[("attended", &fi_id)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // Saving again asks nobody twice.
        coordinator.post(&format!("/fi/events/{event}/attendance"), &[("attended", &fi_id)]).await;
        let asked: Vec<String> = app.mails_to("manager.fi@espoo.example").await.into_iter().filter(|m| m.contains("Kiitos osallistumisesta: Palautewebinaari")).collect();
        assert_eq!(asked.len(), 1);
        assert!(!app.mails_to("manager.sv@espoo.example").await.iter().any(|m| m.contains("Tack för att du deltog")));

        assert!(fi.get(&format!("/fi/events/{event}")).await.has("Kuinka hyödyllinen tapahtuma oli"));
        assert!(!sv.get(&format!("/sv/events/{event}")).await.has("Hur nyttigt var evenemanget"), "only attendees give feedback");
        assert_eq!(sv.post(&format!("/sv/events/{event}/feedback"), &[("rating", "5"), ("comment", "")]).await.status, StatusCode::FORBIDDEN);
        fi.post(&format!("/fi/events/{event}/feedback"), &[("rating", "9"), ("comment", "")]).await;
        assert!(app.store.events().feedback_of(event).await.unwrap().is_empty(), "a bad rating saves nothing");
        let r = fi.post(&format!("/fi/events/{event}/feedback"), &[("rating", "4"), ("comment", "Hyviä esimerkkejä.")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(fi.get(&format!("/fi/events/{event}")).await.has("Kiitos palautteestasi!"));

        let results = coordinator.get(&format!("/fi/events/{event}/feedback")).await;
        assert_eq!(results.status, StatusCode::OK);
        assert!(results.has("<svg role=\"img\" aria-label=\"Vastausten määrä arvioittain\""), "{}", results.body);
        assert!(results.has("<tr><td>4</td><td>1</td></tr>") && results.has("keskiarvo 4.0"));
        assert!(results.has("Hyviä esimerkkejä.") && !results.has("Maija"), "comments without names");
        assert_eq!(fi.get(&format!("/fi/events/{event}/feedback")).await.status, StatusCode::FORBIDDEN);
    }

    async fn registration_opens_and_closes_when_the_organiser_said_and_the_list_filters_by_theme(app) {
        let mut later = input(Some(5));
        later.registration_opens_at = Some(Utc::now() + Duration::days(1));
        let not_yet = app.store.events().create_event(&later, None).await.unwrap();
        app.store.events().set_event_status(not_yet, EventStatus::Published, None).await.unwrap();
        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert!(manager.get(&format!("/fi/events/{not_yet}")).await.has("Tähän tapahtumaan ei voi nyt ilmoittautua."));
        manager.post(&format!("/fi/events/{not_yet}/register"), &[]).await;
        assert!(app.store.events().registrations(not_yet).await.unwrap().is_empty());

        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let r = coordinator.post("/fi/events/new", &[
            ("kind", "webinar"), ("title_fi", "Ikkuna"), ("title_sv", "Fönster"), ("date", "2031-05-20"), ("start", "09:00"), ("end", "10:00"),
            ("online_url", "https://webinar.example/x"), ("venue", ""), ("capacity", ""),
            ("opens_date", "2031-05-10"), ("opens_time", "12:00"), ("closes_date", "2031-05-01"), ("closes_time", "12:00"),
        ]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Ilmoittautumisen pitää päättyä sen alkamisen jälkeen."), "{}", r.body);

        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let mut webinar = input(None);
        webinar.theme_id = Some(theme.id);
        webinar.texts[0].title = "Vuorovaikutuksen webinaari".into();
        let id = app.store.events().create_event(&webinar, None).await.unwrap();
        app.store.events().set_event_status(id, EventStatus::Published, None).await.unwrap();
        let all = manager.get("/fi/events").await;
        assert!(all.has(&format!("<option value=\"{}\">Vuorovaikutus</option>", theme.id)), "{}", all.body);
        let filtered = manager.get(&format!("/fi/events?theme={}", theme.id)).await;
        assert!(filtered.has("Vuorovaikutuksen webinaari") && !filtered.has("Johtamisfoorumi: esihenkilön jaksaminen"), "{}", filtered.body);
    }

    async fn a_themes_page_asks_for_its_events_only_when_the_theme_has_a_published_one(app) {
        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let manager = app.signed_in("manager.fi@espoo.example").await;
        // The statements of the theme's page, the fewer of two loads (the snapshot of
        // the themes with events confirms its version once a second), and whether the
        // page names the webinar.
        let look = async || {
            let mut counted = Vec::new();
            let mut shown = false;
            for _ in 0..2 {
                let before = store::queries_made();
                let page = manager.get("/fi/academy/vuorovaikutus").await;
                counted.push(store::queries_made() - before);
                assert_eq!(page.status, StatusCode::OK, "{}", page.body);
                shown = page.has("Vuorovaikutuksen webinaari");
            }
            (counted.into_iter().min().unwrap(), shown)
        };
        assert_eq!(look().await, (2, false), "no events: the session and the progress alone");

        let mut webinar = input(None);
        webinar.theme_id = Some(theme.id);
        webinar.texts[0].title = "Vuorovaikutuksen webinaari".into();
        let events = app.store.events();
        let id = events.create_event(&webinar, None).await.unwrap();
        assert_eq!(look().await, (2, false), "a draft is not the theme's event");
        events.set_event_status(id, EventStatus::Published, None).await.unwrap();
        assert_eq!(look().await, (3, true), "published: asked for and shown at once");
        events.update_event(id, &EventInput { theme_id: None, ..webinar.clone() }, None).await.unwrap();
        assert_eq!(look().await, (2, false), "moved off the theme");
        events.update_event(id, &webinar, None).await.unwrap();
        assert_eq!(look().await, (3, true), "given the theme again");
        events.set_event_status(id, EventStatus::Cancelled, None).await.unwrap();
        assert_eq!(look().await, (2, false), "cancelled");
    }
}
