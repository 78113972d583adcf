//! Trainings for internal developers as courses of several days: one registration and
//! one seat for the whole course, a calendar entry and attendance for each day, the
//! feedback after the last day; the events list filtered by region; the demo's seven
//! courses of 2018.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use domain::{EventKind, EventStatus, Region, events::in_helsinki};

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
const MANAGER: &str = "manager.fi@espoo.example";

/// The course form with three days at `offsets` days from today, 9.00–15.30.
fn course(offsets: [i64; 3]) -> Vec<(&'static str, String)> {
    let day = |offset: i64| in_helsinki(Utc::now() + Duration::days(offset)).0;
    let mut fields: Vec<(&'static str, String)> = [
        ("kind", "training"),
        ("title_fi", "Kehittäjäkoulutus Tampereella"),
        ("description_fi", "Kolmen päivän kurssi."),
        ("title_sv", "Utvecklarutbildning i Tammerfors"),
        ("description_sv", "En kurs på tre dagar."),
        ("title_en", ""),
        ("description_en", ""),
        ("online_url", ""),
        ("venue", "Tampere-talo"),
        ("region", "pirkanmaa"),
        ("capacity", "1"),
        ("closes_date", ""),
        ("closes_time", ""),
        ("organisation", ""),
        ("theme", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    for (names, offset) in [
        ["date", "start", "end"],
        ["session2_date", "session2_start", "session2_end"],
        ["session3_date", "session3_start", "session3_end"],
    ]
    .into_iter()
    .zip(offsets)
    {
        fields.push((names[0], day(offset)));
        fields.push((names[1], "09:00".to_owned()));
        fields.push((names[2], "15:30".to_owned()));
    }
    fields
}

fn pairs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

on_both_databases! {
    async fn a_course_of_three_days_is_one_registration_with_a_calendar_entry_and_attendance_each_day(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        // A day before the one it follows is refused beside its field, what was typed kept.
        let backwards = course([7, 21, 14]);
        let r = coordinator.post("/fi/events/new", &pairs(&backwards)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Päivän pitää alkaa vasta edellisen päivän päätyttyä."), "{}", r.body);
        assert!(r.has("id=\"session3_date-error\""), "the message is beside the third day");
        assert!(r.has(&format!("value=\"{}\"", backwards.iter().find(|(k, _)| *k == "session3_date").unwrap().1)));

        let r = coordinator.post("/fi/events/new", &pairs(&course([7, 14, 21]))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: i32 = r.location().rsplit('/').next().unwrap().parse().unwrap();
        assert_eq!(coordinator.post(&format!("/fi/events/{id}/publish"), &[]).await.status, StatusCode::SEE_OTHER);
        let event = app.store.events().event(id).await.unwrap().unwrap();
        assert_eq!(event.sessions.len(), 3);
        assert_eq!((event.starts_at, event.ends_at), (event.sessions[0].starts_at, event.sessions[2].ends_at));
        assert_eq!(event.region, Some(Region::Pirkanmaa));

        // One registration takes the course's one seat; the next waits for all of it.
        let manager = app.signed_in(MANAGER).await;
        let page = manager.get(&format!("/fi/events/{id}")).await;
        assert!(page.has("Kurssin päivät") && page.body.matches("9.00–15.30").count() == 3, "{}", page.body);
        assert_eq!(manager.post(&format!("/fi/events/{id}/register"), &[]).await.status, StatusCode::SEE_OTHER);
        let other = app.signed_in("manager.sv@espoo.example").await;
        other.post(&format!("/sv/events/{id}/register"), &[]).await;
        let event = app.store.events().event(id).await.unwrap().unwrap();
        assert_eq!(event.taken, 1, "one seat for the three days");
        let registrations = app.store.events().registrations(id).await.unwrap();
        assert_eq!(registrations.len(), 2);

        // The calendar holds each day as its own entry, read by an independent parser.
        let calendar = read_with_tool("ics.py", manager.get(&format!("/fi/events/{id}/calendar.ics")).await.body.as_bytes());
        let entries = calendar["events"].as_array().unwrap();
        assert_eq!(entries.len(), 3, "{calendar}");
        for (entry, day) in entries.iter().zip(&event.sessions) {
            assert_eq!(entry["start"].as_str().unwrap(), day.starts_at.to_rfc3339());
        }
        let uids: std::collections::BTreeSet<&str> = entries.iter().map(|e| e["uid"].as_str().unwrap()).collect();
        assert_eq!(uids.len(), 3, "a UID each");
        assert!(entries[1]["summary"].as_str().unwrap().ends_with("(2/3)"));

        // The first two days have been; the last is ahead: attendance of those days, no
        // feedback yet.
        let mut moved = course([-3, -2, 5]);
        moved.retain(|(k, _)| *k != "capacity");
        moved.push(("capacity", "1".to_owned()));
        let r = coordinator.post(&format!("/fi/events/{id}/edit"), &pairs(&moved)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let me = app.user_id(MANAGER).await;
        let list = coordinator.get(&format!("/fi/events/{id}/registrations")).await;
        assert!(list.has("name=\"attended_2\"") && !list.has("name=\"attended_3\""), "only the days begun");
        let me_text = me.to_string();
        let r = coordinator.post(&format!("/fi/events/{id}/attendance"), &[("attended_1", me_text.as_str()), ("attended_2", me_text.as_str())]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        make_jobs_due(&app).await;
        let asked = |mails: Vec<String>| mails.iter().filter(|m| m.contains("Kiitos osallistumisesta")).count();
        assert_eq!(asked(app.mails_to(MANAGER).await), 0, "no feedback before the last day");
        assert_eq!(app.store.events().session_attendance(id).await.unwrap().len(), 2);

        // After the last day its attendance asks for the course's feedback, once.
        let r = coordinator.post(&format!("/fi/events/{id}/edit"), &pairs(&course([-3, -2, -1]))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let all = [("attended_1", me_text.as_str()), ("attended_2", me_text.as_str()), ("attended_3", me_text.as_str())];
        coordinator.post(&format!("/fi/events/{id}/attendance"), &all).await;
        coordinator.post(&format!("/fi/events/{id}/attendance"), &all).await;
        make_jobs_due(&app).await;
        assert_eq!(asked(app.mails_to(MANAGER).await), 1, "the feedback is asked once, after the last day");
        assert!(app.store.events().attended(id, me).await.unwrap());
    }

    async fn the_events_list_finds_trainings_by_region(app) {
        let manager = app.signed_in(MANAGER).await;
        let near = manager.get("/fi/events?region=pirkanmaa").await;
        assert_eq!(near.status, StatusCode::OK);
        assert!(near.has("Sisäisten kehittäjien koulutus") && near.has("Tampere"), "{}", near.body);
        assert!(near.has("3 päivää"));
        let far = manager.get("/fi/events?region=lappi").await;
        assert!(!far.has("Sisäisten kehittäjien koulutus"));
        let odd = manager.get("/fi/events?region=%3Cscript%3E").await;
        assert_eq!(odd.status, StatusCode::OK, "an unknown region is no filter");
        // An organisation-only event counts in its organisation's region.
        let espoo = app.store.organisations().all().await.unwrap().into_iter().find(|o| o.name_fi == "Espoon kaupunki").unwrap();
        let coordinator = app.signed_in(COORDINATOR).await;
        let mut fields = course([7, 14, 21]);
        fields.retain(|(k, _)| !["region", "organisation", "title_fi"].contains(k));
        fields.push(("region", String::new()));
        fields.push(("organisation", espoo.id.to_string()));
        fields.push(("title_fi", "Espoon oma kehittäjäkoulutus".to_owned()));
        let r = coordinator.post("/fi/events/new", &pairs(&fields)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: i32 = r.location().rsplit('/').next().unwrap().parse().unwrap();
        coordinator.post(&format!("/fi/events/{id}/publish"), &[]).await;
        assert_eq!(espoo.region, Some(Region::Uusimaa));
        assert!(manager.get("/fi/events?region=uusimaa").await.has("Espoon oma kehittäjäkoulutus"));
        assert!(!manager.get("/fi/events?region=pirkanmaa").await.has("Espoon oma kehittäjäkoulutus"));
        // The organisations' regions are held in memory: a region's list asks for what
        // the whole list asks for (once a second the organisations' version is asked,
        // so the fewer of two pages is counted).
        let mut counted = Vec::new();
        for path in ["/fi/events?region=uusimaa", "/fi/events?region=uusimaa", "/fi/events", "/fi/events"] {
            let before = store::queries_made();
            manager.get(path).await;
            counted.push(store::queries_made() - before);
        }
        assert_eq!(counted[..2].iter().min(), counted[2..].iter().min(), "{counted:?}");
    }

    async fn the_demo_has_the_seven_courses_of_2018_each_of_three_days(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        let who = app.store.accounts().user_by_email(&domain::Email::parse(COORDINATOR).unwrap()).await.unwrap().unwrap().principal();
        let past = app.store.events().list(&who, Utc::now(), 1000).await.unwrap().past;
        let courses: Vec<_> = past
            .iter()
            .filter(|e| e.kind == EventKind::Training && e.starts_at.year() == 2018)
            .collect();
        assert_eq!(courses.len(), 7);
        assert!(courses.iter().all(|e| e.sessions.len() == 3 && e.status == EventStatus::Published));
        let regions: std::collections::BTreeSet<_> = courses.iter().map(|e| e.region).collect();
        assert_eq!(regions.len(), 7, "each in its own region");
        for city in ["Helsinki", "Tampere", "Oulu", "Turku", "Kuopio", "Jyväskylä", "Vaasa"] {
            assert!(courses.iter().any(|e| e.title(domain::Lang::Fi).ends_with(city)), "{city}");
        }
        let list = coordinator.get("/fi/events?region=pohjanmaa").await;
        assert!(list.has("Sisäisten kehittäjien koulutus 2018, Vaasa"), "{}", list.body);
    }
}
