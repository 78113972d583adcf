//! Interim tasks: a coach sets a task, a participant writes a draft with a file and
//! hands it in, the coach asks for a revision from the queue and then approves, and the
//! participant is told each time in their language; deadlines, the cut-off and
//! extensions; a peer group's joint work; the coordinator's grid; who may read a work.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use domain::{
    coaching::tasks::{Deadlines, TaskKind, TaskState},
    events::in_helsinki,
};
use store::coaching::{Owner, TaskInput};

#[allow(unused_imports)]
use crate::common::*;

const COACH: &str = "coach.fi@fcg.example";
const FI: &str = "manager.fi@espoo.example";
const SV: &str = "manager.sv@espoo.example";

async fn ekj4(app: &TestApp) -> i32 {
    app.store
        .coaching()
        .cohort_by_code("EKJ4")
        .await
        .unwrap()
        .unwrap()
        .id
}

/// A task of EKJ4 with times relative to now, in days.
async fn task_with(
    app: &TestApp,
    title: &str,
    (opens, due, closes): (i64, i64, i64),
    for_groups: bool,
) -> i32 {
    let now = Utc::now();
    let input = TaskInput {
        kind: TaskKind::Interim,
        title_fi: title.to_owned(),
        title_sv: format!("{title} (sv)"),
        instructions_fi: "Kirjoita **lyhyesti**.".into(),
        instructions_sv: "Skriv **kort**.".into(),
        times: Deadlines::new(
            now + Duration::days(opens),
            now + Duration::days(due),
            now + Duration::days(closes),
        )
        .unwrap(),
        for_groups,
    };
    app.store
        .coaching()
        .create_task(ekj4(app).await, &input, None)
        .await
        .unwrap()
}

fn work_path(task: i32) -> String {
    format!("/fi/coaching/EKJ4/tasks/{task}/work")
}

async fn work_of(app: &TestApp, task: i32, email: &str) -> store::coaching::Work {
    let user = app.user_id(email).await;
    app.store
        .coaching()
        .work(task, Owner::Person(user))
        .await
        .unwrap()
        .unwrap()
}

on_both_databases! {
    async fn a_coach_sets_a_task_and_gives_feedback_from_the_queue_until_the_work_is_approved(app) {
        let smtp = SmtpServer::start();
        let coach = app.signed_in(COACH).await;
        let today = in_helsinki(Utc::now()).0;
        let later = |days| in_helsinki(Utc::now() + Duration::days(days)).0;
        let (due, closes) = (later(7), later(14));
        // A refused form keeps what was typed beside the fields.
        let refused = coach
            .post(
                "/fi/coaching/EKJ4/tasks/new",
                &[("kind", "interim"), ("title_fi", "Tiimin vuorovaikutus"), ("title_sv", ""),
                  ("instructions_fi", "Ohje"), ("instructions_sv", "Anvisning"),
                  ("opens_date", &today), ("opens_time", "00:00"),
                  ("due_date", &due), ("due_time", "16:00"),
                  ("closes_date", &today), ("closes_time", "23:59")],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Anna tehtävälle otsikko."));
        assert!(refused.has("Viimeinen palautus ei voi olla ennen määräaikaa."));
        assert!(refused.has("value=\"Tiimin vuorovaikutus\""));
        let created = coach
            .post(
                "/fi/coaching/EKJ4/tasks/new",
                &[("kind", "interim"), ("title_fi", "Tiimin vuorovaikutus"),
                  ("title_sv", "Teamets växelverkan"),
                  ("instructions_fi", "Kuvaa **yksi** palaveri."), ("instructions_sv", "Beskriv **ett** möte."),
                  ("opens_date", &today), ("opens_time", "00:00"),
                  ("due_date", &due), ("due_time", "16:00"),
                  ("closes_date", &closes), ("closes_time", "23:59")],
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let task: i32 = created.location().rsplit('/').next().unwrap().parse().unwrap();

        // The participant writes a draft with a file, then hands it in.
        let fi = app.signed_in(FI).await;
        let page = fi.get(&format!("/fi/coaching/EKJ4/tasks/{task}")).await;
        assert!(page.has("<strong>yksi</strong>"), "the instructions are Markdown");
        assert!(page.has("Ei aloitettu"));
        let saved = fi
            .upload_form(&work_path(task), &[("body", "Luonnos"), ("action", "save")], Some(("palaveri.pdf", PDF)))
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let refused = fi
            .upload_form(&work_path(task), &[("body", "Luonnos"), ("action", "save")], Some(("palaveri.pdf", b"MZ\x90\x00")))
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "a file is judged by its content");
        let handed = fi
            .upload_form(&work_path(task), &[("body", "Palaverissa jokainen puhui."), ("action", "hand_in")], None)
            .await;
        assert_eq!(handed.status, StatusCode::SEE_OTHER, "{}", handed.body);
        let work = work_of(&app, task, FI).await;
        assert_eq!(work.state(), TaskState::Submitted);
        assert_eq!(work.attempts[0].files.len(), 1, "the draft's file went with it");
        let file = work.attempts[0].files[0].clone();

        // The coach finds it in the queue and asks for a revision.
        let queue = coach.get("/fi/coaching/queue").await;
        assert!(queue.has(&format!("/works/{}", work.id)), "{}", queue.body);
        assert!(queue.has("Tiimin vuorovaikutus"));
        let feedback = format!("/fi/coaching/EKJ4/tasks/{task}/works/{}/feedback", work.id);
        let refused = coach.upload_form(&feedback, &[("feedback", ""), ("outcome", "revise")], None).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Kirjoita palaute."));
        let asked = coach
            .upload_form(&feedback, &[("feedback", "Lisää yksi esimerkki."), ("outcome", "revise")], None)
            .await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
        let again = coach
            .upload_form(&feedback, &[("feedback", "Toinen klikkaus"), ("outcome", "approved")], None)
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "a second click gives no second feedback");
        assert_eq!(work_of(&app, task, FI).await.state(), TaskState::Revise);

        // The participant hands in again; both attempts are kept; the coach approves.
        let handed = fi
            .upload_form(&work_path(task), &[("body", "Palaverissa jokainen puhui. Esimerkki: …"), ("action", "hand_in")], None)
            .await;
        assert_eq!(handed.status, StatusCode::SEE_OTHER, "{}", handed.body);
        let approved = coach
            .upload_form(&feedback, &[("feedback", "Hyvä pohdinta."), ("outcome", "approved")], Some(("palaute.pdf", PDF)))
            .await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
        let work = work_of(&app, task, FI).await;
        assert_eq!(work.state(), TaskState::Approved);
        assert_eq!(work.attempts.len(), 2);
        assert_eq!(work.attempts[0].feedback.as_deref(), Some("Lisää yksi esimerkki."));
        let page = fi.get(&format!("/fi/coaching/EKJ4/tasks/{task}")).await;
        assert!(page.has("Hyvä pohdinta.") && page.has("Lisää yksi esimerkki."), "every attempt is kept with its feedback");

        // The participant is told each time, in their language, over real SMTP.
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let told: Vec<String> = smtp
            .received()
            .iter()
            .filter(|m| m["to"][0] == FI)
            .map(|m| format!("{}|{}", m["subject"].as_str().unwrap(), m["body"].as_str().unwrap()))
            .collect();
        assert_eq!(told.len(), 2, "{told:?}");
        assert!(told[0].starts_with("Palaute: Tiimin vuorovaikutus|") && told[0].contains("Täydennettävä"), "{told:?}");
        assert!(told[1].contains("Hyväksytty") && told[1].contains(&format!("/fi/coaching/EKJ4/tasks/{task}")));

        // A work is its owner's and the coaches': not another participant's, not an
        // HR developer's, not the academy's editors'.
        let sv = app.signed_in(SV).await;
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let editor = app.signed_in("content-editor.fi@kt.example").await;
        let work_page = format!("/fi/coaching/EKJ4/tasks/{task}/works/{}", work.id);
        assert_eq!(coach.get(&work_page).await.status, StatusCode::OK);
        for other in [&sv, &hr, &fi] {
            assert_eq!(other.get(&work_page).await.status, StatusCode::NOT_FOUND);
        }
        let href = file.href();
        assert_eq!(fi.get(&href).await.status, StatusCode::OK);
        assert_eq!(coach.get(&href).await.status, StatusCode::OK);
        for other in [&sv, &hr, &editor] {
            assert_eq!(other.get(&href).await.status, StatusCode::NOT_FOUND, "{href}");
        }
    }

    async fn a_late_work_is_marked_the_cut_off_refuses_and_an_extension_lets_one_person_hand_in(app) {
        let fi = app.signed_in(FI).await;
        let late = task_with(&app, "Myöhässä", (-10, -2, 2), false).await;
        let r = fi.upload_form(&work_path(late), &[("body", "Vähän myöhässä."), ("action", "hand_in")], None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(work_of(&app, late, FI).await.state(), TaskState::Late);
        assert!(fi.get("/fi/coaching/EKJ4/tasks").await.has("Palautettu myöhässä"));

        let closed = task_with(&app, "Suljettu", (-10, -5, -1), false).await;
        let refused = fi
            .upload_form(&work_path(closed), &[("body", "Kirjoitin tämän ajoissa."), ("action", "hand_in")], None)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Viimeinen palautushetki on mennyt"));
        assert!(refused.has("Kirjoitin tämän ajoissa."), "what was typed stays in the field");
        assert_eq!(work_of(&app, closed, FI).await.body, "Kirjoitin tämän ajoissa.", "the draft is kept");

        // The coach extends the task for one person.
        let coach = app.signed_in(COACH).await;
        let me = app.user_id(FI).await.to_string();
        let until = in_helsinki(Utc::now() + Duration::days(3)).0;
        let r = coach
            .post(&format!("/fi/coaching/EKJ4/tasks/{closed}/extensions"),
                  &[("person", &me), ("extension_date", &until), ("extension_time", "16:00")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = fi.upload_form(&work_path(closed), &[("body", "Kirjoitin tämän ajoissa."), ("action", "hand_in")], None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(work_of(&app, closed, FI).await.state(), TaskState::Submitted, "not late within the extension");
        let sv = app.signed_in(SV).await;
        let r = sv.upload_form(&work_path(closed), &[("body", "Minäkin."), ("action", "hand_in")], None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the extension is one person's");
        // A task not yet open is not handed in either.
        let ahead = task_with(&app, "Tuleva", (2, 5, 6), false).await;
        let r = fi.upload_form(&work_path(ahead), &[("body", "Etuajassa."), ("action", "hand_in")], None).await;
        assert!(r.has("Tehtävä ei ole vielä avautunut."));
    }

    async fn coaches_hear_of_the_days_works_once_in_a_morning_digest(app) {
        let fi = app.signed_in(FI).await;
        let sv = app.signed_in(SV).await;
        let task = task_with(&app, "Aamukooste", (-1, 5, 6), false).await;
        let other = task_with(&app, "Toinen", (-1, -1, 6), false).await;
        for (who, t) in [(&fi, task), (&sv, task), (&fi, other)] {
            let r = who.upload_form(&work_path(t), &[("body", "Valmis."), ("action", "hand_in")], None).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        assert!(app.mails_to(COACH).await.is_empty(), "nothing before the morning");
        make_jobs_due(&app).await;
        let mails = app.mails_to(COACH).await;
        assert_eq!(mails.len(), 1, "one digest however many works: {mails:?}");
        // The demo's own works of the last hours may be in the same digest: it lists ours
        // among them, and its count is of the works it lists.
        let mail = &mails[0];
        for line in ["- Maija Mäkinen: Aamukooste, EKJ4", "- Sofia Lindqvist: Aamukooste, EKJ4", "Maija Mäkinen: Toinen, EKJ4 (myöhässä)"] {
            assert!(mail.contains(line), "{line}: {mail}");
        }
        let listed = mail.lines().filter(|l| l.starts_with("- ")).count();
        assert!(mail.contains(&format!("{listed} uutta palautettua työtä")), "{mail}");
        let sv_coach = app.mails_to("coach.sv@fcg.example").await;
        assert_eq!(sv_coach.len(), 1);
        assert!(sv_coach[0].contains("nya inlämnade arbeten"), "in the coach's own language");
    }

    async fn a_peer_groups_task_is_one_work_for_the_whole_group(app) {
        let fi = app.signed_in(FI).await;
        let task = task_with(&app, "Ryhmän tehtävä", (-1, 5, 6), true).await;
        let cohort = ekj4(&app).await;
        let me = app.user_id(FI).await;
        let group = app.store.coaching().groups(cohort).await.unwrap().into_iter().find(|g| g.members.contains(&me)).unwrap();
        let r = fi.upload_form(&work_path(task), &[("body", "Yhteinen pohdinta."), ("action", "hand_in")], None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let work = app.store.coaching().work(task, Owner::Group(group.id)).await.unwrap().unwrap();
        assert_eq!(work.state(), TaskState::Submitted);
        assert!(app.store.coaching().work(task, Owner::Person(me)).await.unwrap().is_none());
        // The coordinator's grid shows the group's state for each of its members.
        let coordinator = app.signed_in("coordinator.fi@kt.example").await;
        let csv = coordinator.get("/fi/coaching/EKJ4/tasks/grid.csv").await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.bytes.starts_with("\u{feff}".as_bytes()));
        let mut lines = csv.body.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let column = header.iter().position(|h| *h == "Ryhmän tehtävä").unwrap();
        let handed_in_rows = lines.filter(|l| l.split(',').nth(column) == Some("Palautettu")).count();
        assert_eq!(handed_in_rows, group.members.len(), "{}", csv.body);
        let xlsx = coordinator.get("/fi/coaching/EKJ4/tasks/grid.xlsx").await;
        let book = read_with_tool("xlsx.py", &xlsx.bytes);
        let rows = book[0]["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 1 + 74, "a row for each participant under the header");
        // The grid is for those who set tasks.
        for who in ["hr-developer.fi@espoo.example", FI] {
            let client = app.signed_in(who).await;
            assert_eq!(client.get("/fi/coaching/EKJ4/tasks/grid").await.status, StatusCode::NOT_FOUND);
        }
    }

    async fn the_api_tells_a_participant_their_tasks_and_a_coach_their_queue(app) {
        let fi = app.signed_in(FI).await;
        let task = task_with(&app, "Rajapinnan tehtävä", (-1, 5, 6), false).await;
        let r = fi.upload_form(&work_path(task), &[("body", "Valmis."), ("action", "hand_in")], None).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mine: serde_json::Value = serde_json::from_str(&fi.get("/api/v1/tasks").await.body).unwrap();
        let found = mine.as_array().unwrap().iter().find(|t| t["id"] == task).expect("the task is listed");
        assert_eq!(found["state"], "submitted");
        assert_eq!(found["cohort"], "EKJ4");
        let coach = app.signed_in(COACH).await;
        let queue: serde_json::Value = serde_json::from_str(&coach.get("/api/v1/coaching/queue").await.body).unwrap();
        let waiting = queue.as_array().unwrap().iter().find(|w| w["task_id"] == task).expect("waiting in the queue");
        assert_eq!(waiting["whose"], "Maija Mäkinen");
        assert_eq!(waiting["late"], false);
        // Nobody else's queue: a participant coaches no cohort.
        let theirs: serde_json::Value = serde_json::from_str(&fi.get("/api/v1/coaching/queue").await.body).unwrap();
        assert_eq!(theirs, serde_json::json!([]));
        assert_eq!(app.client().get("/api/v1/tasks").await.status, StatusCode::UNAUTHORIZED);
    }
}
