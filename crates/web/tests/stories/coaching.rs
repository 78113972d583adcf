//! The coaching programme: a coordinator creates a cohort, adds organisations,
//! enrols participants and schedules forums that follow enrolment; HR developers
//! propose their own people and see nothing of other organisations'; participants
//! find their programme and write their part's progress log.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{
    EventKind, EventStatus, Lang, Standing,
    coaching::{Enrolment, Level, Sector},
};
use store::{
    coaching::Enrollee,
    events::{EventInput, EventText, Place},
};

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
const HR_ESPOO: &str = "hr-developer.fi@espoo.example";

fn forum_input(capacity: Option<i32>) -> EventInput {
    let starts_at = Utc::now() + Duration::days(20);
    EventInput {
        region: None,
        sessions: Vec::new(),
        kind: EventKind::Forum,
        starts_at,
        ends_at: starts_at + Duration::hours(6),
        online_url: None,
        venue: "Kuntatalo".into(),
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        organisation_id: None,
        invitees: None,
        theme_id: None,
        texts: vec![
            EventText {
                lang: Lang::Fi,
                title: "Foorumi".into(),
                description: String::new(),
            },
            EventText {
                lang: Lang::Sv,
                title: "Forum".into(),
                description: String::new(),
            },
        ],
    }
}

async fn cohort_id(app: &TestApp, code: &str) -> i32 {
    app.store
        .coaching()
        .cohort_by_code(code)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn org_of(app: &TestApp, domain: &str) -> i32 {
    app.store
        .organisations()
        .organisation_of_domain(domain)
        .await
        .unwrap()
        .unwrap()
}

on_both_databases! {
    async fn the_demo_cohorts_hold_the_programmes_figures(app) {
        let coaching = app.store.coaching();
        let mut seen = Vec::new();
        for code in ["EKJ1", "EKJ3", "EKJ4"] {
            let cohort = coaching.cohort_by_code(code).await.unwrap().unwrap();
            let people = coaching.participants(cohort.id).await.unwrap();
            let confirmed = people
                .iter()
                .filter(|p| p.enrolment == Enrolment::Confirmed)
                .count();
            let organisations: std::collections::BTreeSet<i32> =
                people.iter().map(|p| p.organisation_id).collect();
            seen.push((code, cohort.organisations.len(), organisations.len(), confirmed));
        }
        assert_eq!(
            seen,
            vec![("EKJ1", 13, 13, 134), ("EKJ3", 13, 13, 89), ("EKJ4", 10, 10, 74)]
        );
        let ekj1 = coaching.cohort_by_code("EKJ1").await.unwrap().unwrap();
        assert_eq!(coaching.forums(ekj1.id).await.unwrap().len(), 5);
        let pori = coaching
            .project(ekj1.id, org_of(&app, "pori.example").await)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(pori.title(Lang::Fi), "Tiikerinloikka uudistumiseen -projekti");
        assert_eq!(pori.title(Lang::Sv), "Projektet Tiikerinloikka uudistumiseen");
    }

    async fn a_coordinator_creates_a_cohort_adds_an_organisation_and_enrols_its_people(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        // Refused input stays beside its fields, with what was typed.
        let refused = coordinator
            .post(
                "/fi/coaching/new",
                &[
                    ("code", "5"),
                    ("name_fi", "Viides"),
                    ("name_sv", ""),
                    ("starts_on", "2027-11-01"),
                    ("ends_on", "2027-10-01"),
                    ("status", "planned"),
                    ("forums", "5"),
                    ("provider", "3"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("2–16 merkkiä"));
        assert!(refused.has("Anna nimi."));
        assert!(refused.has("Päättymispäivä ei voi olla ennen alkamispäivää."));
        assert!(refused.has("value=\"Viides\""));
        let fcg = org_of(&app, "fcg.example").await.to_string();
        let fields = [
            ("code", "ekj5"),
            ("name_fi", "EKJ-johtamisvalmennus 5"),
            ("name_sv", "EKJ-ledarskapscoachning 5"),
            ("starts_on", "2027-11-01"),
            ("ends_on", "2028-10-31"),
            ("status", "planned"),
            ("forums", ""),
            ("provider", fcg.as_str()),
            ("description_fi", "Viides ryhmä."),
            ("description_sv", "Den femte gruppen."),
        ];
        let created = coordinator.post("/sv/coaching/new", &fields).await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        assert_eq!(created.location(), "/sv/coaching/EKJ5");
        let page = coordinator.get("/sv/coaching/EKJ5").await;
        assert!(page.has("EKJ-ledarskapscoachning 5"));
        assert!(page.has("Den femte gruppen."));
        let again = coordinator.post("/fi/coaching/new", &fields).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(again.has("Toisella valmennusryhmällä on jo tämä tunnus."));

        let jamsa = org_of(&app, "jamsa.example").await.to_string();
        let added = coordinator
            .post(
                "/fi/coaching/EKJ5/organisations",
                &[
                    ("organisation", jamsa.as_str()),
                    ("project_title_fi", "Valmentava esimies"),
                    ("project_title_sv", "Den coachande chefen"),
                    ("goals", "Jokainen esimies käy kehityskeskustelut."),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);

        // Enrolment is all or none: an unknown address refuses the list and is named.
        let ekj5 = cohort_id(&app, "EKJ5").await;
        let jamsa_people: Vec<String> = app
            .store
            .accounts()
            .users(Some(jamsa.parse().unwrap()))
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.email)
            .take(2)
            .collect();
        let list = format!("{}\nnobody@jamsa.example, {}", jamsa_people[0], jamsa_people[1]);
        let refused = coordinator
            .post(
                "/fi/coaching/EKJ5/participants",
                &[("emails", list.as_str()), ("sector", "education"), ("level", "middle")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("nobody@jamsa.example"));
        assert!(refused.has(&jamsa_people[1]), "what was typed is kept");
        assert!(app.store.coaching().participants(ekj5).await.unwrap().is_empty());
        // Someone of an organisation outside the cohort is refused too.
        let outsider = format!("{}\nmanager.fi@espoo.example", jamsa_people[0]);
        let refused = coordinator
            .post(
                "/fi/coaching/EKJ5/participants",
                &[("emails", outsider.as_str()), ("sector", "education"), ("level", "middle")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("manager.fi@espoo.example"));

        let list = jamsa_people.join("\n");
        let enrolled = coordinator
            .post(
                "/fi/coaching/EKJ5/participants",
                &[("emails", list.as_str()), ("sector", "education"), ("level", "middle")],
            )
            .await;
        assert_eq!(enrolled.status, StatusCode::SEE_OTHER, "{}", enrolled.body);
        let people = app.store.coaching().participants(ekj5).await.unwrap();
        assert_eq!(people.len(), 2);
        assert!(people.iter().all(|p| p.enrolment == Enrolment::Confirmed
            && p.sector == Sector::Education
            && p.level == Level::Middle));

        // A forum, in both languages, for the participants and the provider's coaches.
        let forum = coordinator
            .post(
                "/fi/coaching/EKJ5/forums/new",
                &[
                    ("title_fi", "Strategia ja asiakaslähtöisyys"),
                    ("title_sv", "Strategier och kundorientering"),
                    ("date", "2027-12-01"),
                    ("start", "09:00"),
                    ("end", "15:00"),
                    ("venue", "Kuntatalo"),
                    ("capacity", "80"),
                    ("lecturers", "Aino Lehtinen, Tampereen yliopisto\nMikael Westerlund"),
                ],
            )
            .await;
        assert_eq!(forum.status, StatusCode::SEE_OTHER, "{}", forum.body);
        let forums = app.store.coaching().forums(ekj5).await.unwrap();
        assert_eq!(forums.len(), 1);
        let event = &forums[0].event;
        assert_eq!(event.kind, EventKind::Forum);
        assert_eq!(event.title(Lang::Sv), "Strategier och kundorientering");
        assert_eq!(forums[0].lecturers.len(), 2);
        let invitees = event.invitees.clone().unwrap();
        for p in &people {
            assert!(invitees.contains(&p.user_id));
        }
        assert!(invitees.contains(&app.user_id("coach.fi@fcg.example").await));
        assert!(!invitees.contains(&app.user_id("manager.fi@espoo.example").await));
    }

    async fn a_forums_seats_follow_enrolment(app) {
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let coaching = app.store.coaching();
        let forum = coaching
            .add_forum(ekj4, &forum_input(Some(1)), &[], None)
            .await
            .unwrap();
        app.store
            .events()
            .set_event_status(forum, EventStatus::Published, None)
            .await
            .unwrap();
        let fi = app.user_id("manager.fi@espoo.example").await;
        let sv = app.user_id("manager.sv@espoo.example").await;
        assert_eq!(app.store.events().register(forum, fi).await.unwrap(), Place::Confirmed);
        assert_eq!(app.store.events().register(forum, sv).await.unwrap(), Place::Waiting(1));

        // Someone outside the cohort may not see or register for it.
        let hr = app.user_id(HR_ESPOO).await;
        let hr_user = app.store.accounts().user(hr).await.unwrap().unwrap();
        let event = app.store.events().event(forum).await.unwrap().unwrap();
        assert!(!event.visible_to(&hr_user.principal()));
        let outsider = app.signed_in(HR_ESPOO).await;
        assert_eq!(
            outsider.get(&format!("/fi/events/{forum}")).await.status,
            StatusCode::NOT_FOUND
        );

        // Taken out of the cohort: the seat goes to the queue, and they are told.
        app.run_jobs().await;
        coaching.remove_participant(ekj4, fi, None).await.unwrap();
        let regs = app.store.events().registrations(forum).await.unwrap();
        let standing = |user| regs.iter().find(|r| r.user_id == user).unwrap().standing;
        assert_eq!(standing(fi), Standing::Cancelled);
        assert_eq!(standing(sv), Standing::Confirmed);
        // A forum that is over keeps its attendance.
        let first = coaching.forums(ekj4).await.unwrap()[0].event.id;
        assert!(app.store.events().attended(first, fi).await.unwrap());
        assert_eq!(app.run_jobs().await, 2, "a removal notice and a seat notice");
        let mails = app.mails_to("manager.fi@espoo.example").await;
        assert!(
            mails.iter().any(|m| m.contains("METHOD:CANCEL")),
            "the removed participant's calendar entry is cancelled"
        );

        // Enrolled again: they may register at once.
        coaching
            .enrol(
                ekj4,
                &[Enrollee { user_id: fi, sector: Sector::Education, level: Level::FirstLine }],
                Enrolment::Confirmed,
                None,
            )
            .await
            .unwrap();
        let event = app.store.events().event(forum).await.unwrap().unwrap();
        let me = app.store.accounts().user(fi).await.unwrap().unwrap();
        assert!(event.open_to(&me.principal(), Utc::now()));
    }

    async fn an_hr_developer_proposes_their_own_people_and_sees_no_one_elses(app) {
        let hr = app.signed_in(HR_ESPOO).await;
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let loviisa = org_of(&app, "loviisa.example").await;
        let espoo = org_of(&app, "espoo.example").await;
        assert_eq!(
            hr.get(&format!("/fi/coaching/EKJ4/projects/{loviisa}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            hr.get(&format!("/fi/coaching/EKJ4/projects/{espoo}")).await.status,
            StatusCode::OK
        );
        let list = hr.get("/fi/coaching/EKJ4/participants").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(list.has("manager.fi@espoo.example"));
        assert!(!list.has("@loviisa.example"), "no one of another organisation");
        // Not a cohort of Espoo's: as if it did not exist.
        let others = app
            .store
            .coaching()
            .cohorts()
            .await
            .unwrap()
            .into_iter()
            .find(|c| !c.organisations.contains(&espoo));
        if let Some(other) = others {
            assert_eq!(
                hr.get(&format!("/fi/coaching/{}", other.code)).await.status,
                StatusCode::NOT_FOUND
            );
        }

        // Proposing: the HR developer's own colleague waits for a coordinator; a person
        // of another organisation is refused.
        let refused = hr
            .post(
                "/fi/coaching/EKJ4/participants",
                &[
                    ("emails", "manager.fi@espoo.example\nhr-developer.sv@espoo.example\nmanager.fi@loviisa.example"),
                    ("sector", "technical"),
                    ("level", "first_line"),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        let proposed = hr
            .post(
                "/fi/coaching/EKJ4/participants",
                &[("emails", "hr-developer.sv@espoo.example"), ("sector", "technical"), ("level", "middle")],
            )
            .await;
        assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
        let colleague = app.user_id("hr-developer.sv@espoo.example").await;
        let find = |people: Vec<store::coaching::Participant>| {
            people.into_iter().find(|p| p.user_id == colleague).unwrap()
        };
        let p = find(app.store.coaching().participants(ekj4).await.unwrap());
        assert_eq!(p.enrolment, Enrolment::Proposed);
        assert!(!app.store.coaching().cohorts_joined(colleague).await.unwrap().contains(&ekj4));
        // The HR developer cannot confirm; a coordinator can.
        let path = format!("/fi/coaching/EKJ4/participants/{colleague}/confirm");
        assert_eq!(hr.post(&path, &[]).await.status, StatusCode::FORBIDDEN);
        let coordinator = app.signed_in(COORDINATOR).await;
        assert_eq!(coordinator.post(&path, &[]).await.status, StatusCode::SEE_OTHER);
        let p = find(app.store.coaching().participants(ekj4).await.unwrap());
        assert_eq!(p.enrolment, Enrolment::Confirmed);
        let forums = app.store.coaching().forums(ekj4).await.unwrap();
        assert!(forums
            .iter()
            .filter(|f| f.event.ends_at > Utc::now())
            .all(|f| f.event.invitees.as_ref().unwrap().contains(&colleague)));
    }

    async fn a_responsible_manager_logs_their_parts_progress(app) {
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let espoo = org_of(&app, "espoo.example").await;
        let project = app.store.coaching().project(ekj4, espoo).await.unwrap().unwrap();
        let sv = app.user_id("manager.sv@espoo.example").await;
        let mine = project.parts.iter().find(|p| p.managers.contains(&sv)).unwrap();
        let other = project.parts.iter().find(|p| !p.managers.contains(&sv)).unwrap();
        let manager = app.signed_in("manager.sv@espoo.example").await;
        let base = format!("/sv/coaching/EKJ4/projects/{espoo}/parts");
        let empty = manager
            .post(
                &format!("{base}/{}/progress", mine.id),
                &[
                    (format!("what-{}", mine.id).as_str(), " "),
                    (format!("status-{}", mine.id).as_str(), "on_track"),
                    (format!("done_on-{}", mine.id).as_str(), "2026-12-01"),
                ],
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.has("Berätta vad som har gjorts."));
        let logged = manager
            .post(
                &format!("{base}/{}/progress", mine.id),
                &[
                    (format!("what-{}", mine.id).as_str(), "Nya arbetssätt prövade i två enheter."),
                    (format!("status-{}", mine.id).as_str(), "at_risk"),
                    (format!("done_on-{}", mine.id).as_str(), "2026-12-01"),
                ],
            )
            .await;
        assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.body);
        let page = manager.get(&format!("/sv/coaching/EKJ4/projects/{espoo}")).await;
        assert!(page.has("Nya arbetssätt prövade i två enheter."));
        assert!(page.has("Risk för försening"));
        let not_mine = manager
            .post(
                &format!("{base}/{}/progress", other.id),
                &[
                    (format!("what-{}", other.id).as_str(), "Inte min del."),
                    (format!("status-{}", other.id).as_str(), "done"),
                    (format!("done_on-{}", other.id).as_str(), "2026-12-01"),
                ],
            )
            .await;
        assert_eq!(not_mine.status, StatusCode::FORBIDDEN);
    }

    async fn my_programme_shows_the_next_forum_and_registers_in_one_click(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let start = manager.get("/fi/").await;
        assert!(start.has("Olet mukana valmennusryhmässä"), "the start page names the cohort");
        assert!(start.has("EKJ-johtamisvalmennus 4"));
        let page = manager.get("/fi/programme").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("EKJ4"));
        assert!(page.has("Seuraava johtamisfoorumi"));
        let start = page.body.find("action=\"/fi/events/").unwrap() + "action=\"".len();
        let action = page.body[start..].split('"').next().unwrap().to_owned();
        assert!(action.ends_with("/register"), "{action}");
        let registered = manager.post(&action, &[]).await;
        assert_eq!(registered.status, StatusCode::SEE_OTHER);
        let page = manager.get("/fi/programme").await;
        assert!(page.has("Olet ilmoittautunut."));
        // Someone in no cohort is told so, in Swedish too.
        let hr = app.signed_in("hr-developer.sv@espoo.example").await;
        assert!(hr.get("/sv/programme").await.has("Du deltar inte i någon coachningsgrupp."));
    }

    async fn peer_groups_mix_organisations_and_hold_each_person_once(app) {
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let coaching = app.store.coaching();
        let people = coaching.participants(ekj4).await.unwrap();
        let org_of_person = |user: &i32| people.iter().find(|p| p.user_id == *user).unwrap().organisation_id;
        let check = |groups: &[store::coaching::PeerGroup]| {
            let mut seen = std::collections::BTreeSet::new();
            for g in groups {
                let orgs: std::collections::BTreeSet<i32> = g.members.iter().map(org_of_person).collect();
                assert!(orgs.len() >= 2, "{} is of one organisation", g.name);
                for m in &g.members {
                    assert!(seen.insert(*m), "a person in two groups");
                }
            }
            assert_eq!(seen.len(), 74, "every participant is in a group");
        };
        let demo = coaching.groups(ekj4).await.unwrap();
        check(&demo);
        let fi = app.user_id("manager.fi@espoo.example").await;
        let sv = app.user_id("manager.sv@espoo.example").await;
        let group_of = |groups: &[store::coaching::PeerGroup], user| {
            groups.iter().find(|g| g.members.contains(&user)).unwrap().id
        };
        assert_ne!(group_of(&demo, fi), group_of(&demo, sv), "the demo managers meet different peers");

        // The coach has johto suggest groups of five, then moves one person.
        let coach = app.signed_in("coach.fi@fcg.example").await;
        assert_eq!(coach.get("/fi/coaching/EKJ4/groups").await.status, StatusCode::OK);
        let refused = coach.post("/fi/coaching/EKJ4/groups/suggest", &[("size", "12")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Anna ryhmän koko 4–8."));
        let formed = coach.post("/fi/coaching/EKJ4/groups/suggest", &[("size", "5")]).await;
        assert_eq!(formed.status, StatusCode::SEE_OTHER, "{}", formed.body);
        let groups = coaching.groups(ekj4).await.unwrap();
        assert_eq!(groups.len(), 15);
        check(&groups);
        let target = groups.iter().find(|g| !g.members.contains(&fi)).unwrap().id.to_string();
        let fi_id = fi.to_string();
        let moved = coach
            .post("/fi/coaching/EKJ4/groups/move", &[("user", fi_id.as_str()), ("group", target.as_str())])
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER);
        let groups = coaching.groups(ekj4).await.unwrap();
        assert_eq!(group_of(&groups, fi).to_string(), target);
        assert_eq!(groups.iter().filter(|g| g.members.contains(&fi)).count(), 1);

        // A member sees their group and notes a meeting; another group is not theirs.
        let member = app.signed_in("manager.fi@espoo.example").await;
        let mine = format!("/fi/coaching/EKJ4/groups/{target}");
        assert_eq!(member.get(&mine).await.status, StatusCode::OK);
        let other = groups.iter().find(|g| !g.members.contains(&fi)).unwrap().id;
        assert_eq!(
            member.get(&format!("/fi/coaching/EKJ4/groups/{other}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(member.get("/fi/coaching/EKJ4/groups").await.status, StatusCode::NOT_FOUND);
        let noted = member
            .post(
                &format!("{mine}/meetings"),
                &[("date", "2031-02-03"), ("time", "14:00"), ("place", "Teams"), ("notes", "Välitehtävä 2")],
            )
            .await;
        assert_eq!(noted.status, StatusCode::SEE_OTHER, "{}", noted.body);
        let page = member.get(&mine).await;
        assert!(page.has("3.2.2031 14.00"));
        assert!(page.has("Välitehtävä 2"));
        let programme = member.get("/fi/programme").await;
        assert!(programme.has("Teams"), "My programme shows the group's next meeting");
    }

    async fn the_api_reads_cohorts_forums_and_my_programme_with_the_pages_permissions(app) {
        let manager = app.signed_in("manager.fi@espoo.example").await;
        let cohorts = manager.get("/api/v1/cohorts").await;
        assert_eq!(cohorts.status, StatusCode::OK);
        let list: serde_json::Value = serde_json::from_str(&cohorts.body).unwrap();
        let codes: Vec<&str> = list.as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
        assert_eq!(codes, vec!["EKJ4"], "a participant sees their own cohort only");
        assert_eq!(manager.get("/api/v1/cohorts/EKJ1/forums").await.status, StatusCode::NOT_FOUND);
        let forums: serde_json::Value =
            serde_json::from_str(&manager.get("/api/v1/cohorts/EKJ4/forums").await.body).unwrap();
        assert_eq!(forums.as_array().unwrap().len(), 5);
        assert_eq!(forums[1]["title_sv"], "Ledarskapsforum 2: Strategier och kundorientering");
        let programme: serde_json::Value =
            serde_json::from_str(&manager.get("/api/v1/programme").await.body).unwrap();
        assert_eq!(programme[0]["cohort"]["code"], "EKJ4");
        assert_eq!(programme[0]["next_forum"]["position"], 2);
        assert!(programme[0]["peer_group"].as_str().unwrap().starts_with("Vertaisryhmä"));
        let coordinator = app.signed_in(COORDINATOR).await;
        let all: serde_json::Value =
            serde_json::from_str(&coordinator.get("/api/v1/cohorts").await.body).unwrap();
        assert_eq!(all.as_array().unwrap().len(), 4);
        assert_eq!(app.client().get("/api/v1/cohorts").await.status, StatusCode::UNAUTHORIZED);
    }

    async fn the_reports_count_from_the_data_and_go_out_as_csv_and_excel(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        let page = coordinator.get("/fi/coaching/EKJ4/report").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("<svg role=\"img\""), "each table has its chart");
        assert!(page.has("Vertaisryhmän keskustelu oli päivän paras osuus."), "comments without names");
        let csv = coordinator.get("/fi/coaching/EKJ4/report.csv?table=participants").await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.bytes.starts_with("\u{feff}".as_bytes()), "a byte-order mark for Excel");
        let text = csv.body.trim_start_matches('\u{feff}');
        let espoo = text.lines().find(|l| l.starts_with("Espoon kaupunki")).unwrap();
        assert!(espoo.ends_with(",8"), "{espoo}");
        let workbook = coordinator.get("/sv/coaching/EKJ4/report.xlsx").await;
        assert_eq!(workbook.status, StatusCode::OK);
        let sheets = read_with_tool("xlsx.py", &workbook.bytes);
        let sheets = sheets.as_array().unwrap();
        assert_eq!(sheets.len(), 3);
        let participants = sheets[0]["rows"].as_array().unwrap();
        let total: f64 = participants[1..]
            .iter()
            .map(|r| r.as_array().unwrap().last().unwrap().as_f64().unwrap())
            .sum();
        assert_eq!(total, 74.0);
        let attendance = sheets[1]["rows"].as_array().unwrap();
        assert_eq!(attendance[1].as_array().unwrap().last().unwrap().as_f64(), Some(60.0));
        let feedback = sheets[2]["rows"].as_array().unwrap();
        assert_eq!(feedback[1][1].as_f64(), Some(48.0), "48 answered after the first forum");
        assert_eq!(feedback[1][3].as_f64(), Some(4.25), "Espoo's eight answers");
        assert_eq!(feedback[1][9], "färre än 5 svar", "Riihimäki's two: {:?}", feedback[1]);

        // An HR developer sees their own organisation's rows only.
        let hr = app.signed_in(HR_ESPOO).await;
        let csv = hr.get("/fi/coaching/EKJ4/report.csv?table=participants").await;
        let text = csv.body.trim_start_matches('\u{feff}');
        assert_eq!(text.lines().count(), 2, "{text}");
        assert_eq!(
            app.signed_in("manager.fi@espoo.example").await.get("/fi/coaching/EKJ4/report").await.status,
            StatusCode::NOT_FOUND
        );
    }

    async fn a_coordinator_edits_a_cohort_and_enrols_from_a_csv_file(app) {
        let coordinator = app.signed_in(COORDINATOR).await;
        let form = coordinator.get("/fi/coaching/EKJ2/edit").await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.has("value=\"EKJ-johtamisvalmennus 2\""), "the form shows the cohort as it is");
        let fcg = org_of(&app, "fcg.example").await.to_string();
        let mut fields = vec![
            ("code", "EKJ2"),
            ("name_fi", "EKJ-johtamisvalmennus 2 (2016–2017)"),
            ("name_sv", "EKJ-ledarskapscoachning 2 (2016–2017)"),
            ("starts_on", "2016-11-01"),
            ("ends_on", "2017-10-31"),
            ("status", "ended"),
            ("forums", "5"),
            ("provider", fcg.as_str()),
        ];
        let saved = coordinator.post("/fi/coaching/EKJ2/edit", &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert!(coordinator.get("/sv/coaching/EKJ2").await.has("EKJ-ledarskapscoachning 2 (2016–2017)"));
        fields[0] = ("code", "EKJ1");
        let clash = coordinator.post("/fi/coaching/EKJ2/edit", &fields).await;
        assert_eq!(clash.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(clash.has("Toisella valmennusryhmällä on jo tämä tunnus."));
        let hr = app.signed_in(HR_ESPOO).await;
        assert_eq!(hr.post("/fi/coaching/EKJ4/edit", &fields).await.status, StatusCode::FORBIDDEN);

        // A CSV file as Excel writes it; an unknown address refuses the whole file.
        let jamsa = org_of(&app, "jamsa.example").await;
        let people: Vec<String> = app
            .store
            .accounts()
            .users(Some(jamsa))
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.email)
            .collect();
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let before = app.store.coaching().participants(ekj4).await.unwrap().len();
        let bad = format!("\u{feff}Sähköposti;Nimi\r\n{};A\r\nnobody@jamsa.example;B\r\n", people[0]);
        let refused = coordinator
            .upload_form(
                "/fi/coaching/EKJ4/participants/upload",
                &[("sector", "technical"), ("level", "middle")],
                Some(("osallistujat.csv", bad.as_bytes())),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("nobody@jamsa.example"));
        assert_eq!(app.store.coaching().participants(ekj4).await.unwrap().len(), before);
        let good = format!("\u{feff}Sähköposti;Nimi\r\n{};A\r\n{};B\r\n", people[0], people[1]);
        let enrolled = coordinator
            .upload_form(
                "/fi/coaching/EKJ4/participants/upload",
                &[("sector", "technical"), ("level", "middle")],
                Some(("osallistujat.csv", good.as_bytes())),
            )
            .await;
        assert_eq!(enrolled.status, StatusCode::SEE_OTHER, "{}", enrolled.body);
        let after = app.store.coaching().participants(ekj4).await.unwrap();
        for email in &people[..2] {
            assert!(after.iter().any(|p| &p.email == email && p.enrolment == Enrolment::Confirmed));
        }
        let not_text = coordinator
            .upload_form(
                "/fi/coaching/EKJ4/participants/upload",
                &[("sector", "technical"), ("level", "middle")],
                Some(("kuva.csv", &[0xff, 0xd8, 0xff, 0x00][..])),
            )
            .await;
        assert_eq!(not_text.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(not_text.has("Valitse CSV-tiedosto (UTF-8-tekstiä)."));
    }

    async fn a_peer_group_discusses_and_each_member_is_told_in_their_language(app) {
        let ekj4 = cohort_id(&app, "EKJ4").await;
        let fi = app.user_id("manager.fi@espoo.example").await;
        let groups = app.store.coaching().groups(ekj4).await.unwrap();
        let group = groups.iter().find(|g| g.members.contains(&fi)).unwrap();
        let sv = app.user_id("manager.sv@espoo.example").await;
        // The Swedish-speaking demo manager joins the group, so one member reads Swedish.
        app.store.coaching().move_to_group(ekj4, sv, group.id, None).await.unwrap();
        app.run_jobs().await;
        let base = format!("/fi/coaching/EKJ4/groups/{}", group.id);
        let author = app.signed_in("manager.fi@espoo.example").await;
        let empty = author.post(&format!("{base}/posts"), &[("body", "  ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.has("Kirjoita viesti."));
        let sent = author
            .post(&format!("{base}/posts"), &[("body", "Huomenta! Välitehtävä 2 on valmis.")])
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        let members = group.members.len();
        assert_eq!(app.run_jobs().await, members, "each other member is told once");
        let swedish = app.mails_to("manager.sv@espoo.example").await;
        assert!(
            swedish.iter().any(|m| m.contains("Nytt meddelande i kamratgruppen") && m.contains("Välitehtävä 2 on valmis.")),
            "{swedish:?}"
        );
        assert!(app.mails_to("manager.fi@espoo.example").await.iter().all(|m| !m.contains("Välitehtävä 2")), "not to the author");

        // Only the author changes or deletes it.
        let post = app.store.coaching().posts(group.id).await.unwrap().pop().unwrap();
        let other = app.signed_in("manager.sv@espoo.example").await;
        let field = format!("body-{}", post.id);
        assert_eq!(
            other.post(&format!("{base}/posts/{}/edit", post.id), &[(field.as_str(), "Muutettu")]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            other.post(&format!("{base}/posts/{}/delete", post.id), &[]).await.status,
            StatusCode::NOT_FOUND
        );
        let edited = author
            .post(&format!("{base}/posts/{}/edit", post.id), &[(field.as_str(), "Välitehtävä 2 on palautettu.")])
            .await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER);
        let page = author.get(&base).await;
        assert!(page.has("Välitehtävä 2 on palautettu."));
        assert!(page.has("muokattu"));
        let deleted = author.post(&format!("{base}/posts/{}/delete", post.id), &[]).await;
        assert_eq!(deleted.status, StatusCode::SEE_OTHER);
        assert!(app.store.coaching().posts(group.id).await.unwrap().is_empty());
    }
}
