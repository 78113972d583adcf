//! The newsletters: the public archive of the demo's 21 newsletters of 2018; a visitor
//! subscribes (the same answer whether or not the address was on the list), confirms
//! through the link of the e-mail and leaves in one click (RFC 8058: a POST unsubscribes,
//! a GET only shows the button); a coordinator writes both editions and sends, and a
//! real SMTP server receives each subscriber's message once, in their language, as HTML
//! and text, with the list's headers, read with Python's `email` package.

use std::sync::Arc;

use axum::http::{Method, StatusCode};
use domain::Lang;

#[allow(unused_imports)]
use crate::common::*;

const COORDINATOR: &str = "coordinator.fi@kt.example";
/// The start of a PNG file, as far as the upload's sniffing reads.
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
];

/// The application's state sending over SMTP at `port`, fast.
fn sending_state(app: &TestApp, port: u16) -> web::AppState {
    let state = app.state_mailing_to(port);
    web::AppState {
        config: Arc::new(web::WebConfig {
            newsletter_per_second: 2000,
            ..(*state.config).clone()
        }),
        ..state
    }
}

/// The secret of the address in a message's `List-Unsubscribe` header.
fn secret_of(header: &str) -> String {
    header
        .trim_matches(['<', '>'])
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

on_both_databases! {
    async fn a_visitor_subscribes_confirms_and_leaves_in_one_click(app) {
        let visitor = app.client();
        let archive = visitor.get("/fi/newsletters").await;
        assert_eq!(archive.status, StatusCode::OK);
        assert_eq!(app.store.newsletters().archive().await.unwrap().len(), 21, "the demo's newsletters of 2018");
        assert!(archive.has("Haastekampanja: Tulevaisuuden työpaikka"));
        assert!(visitor.get("/sv/newsletters").await.has("Utmaningskampanj: Framtidens arbetsplats"));
        // Refusals are said beside their fields, and what was typed stays.
        let refused = visitor.post("/fi/newsletters/subscribe", &[("email", "ei-osoite")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Valitse vähintään yksi kieli."), "{}", refused.body);
        assert!(refused.has("value=\"ei-osoite\""));
        // A new address and an address already on the list get the same answer.
        let new = visitor.post("/fi/newsletters/subscribe", &[("email", "uusi.tilaaja@kunta.example"), ("lang", "fi"), ("lang", "sv")]).await;
        assert_eq!(new.status, StatusCode::OK);
        let known = app.store.newsletters().subscribers().await.unwrap().into_iter().find(|s| s.is_active()).unwrap();
        let again = visitor.post("/fi/newsletters/subscribe", &[("email", &known.email), ("lang", "fi")]).await;
        let answer = |body: &str| body.split("role=\"status\">").nth(1).unwrap().split('<').next().unwrap().to_owned();
        assert_eq!(answer(&new.body), answer(&again.body));
        // Nothing is sent but the confirmation, one in each language chosen.
        let smtp = SmtpServer::start();
        web::jobs::Worker::new(app.state_mailing_to(smtp.port)).run_until_idle().await.unwrap();
        let mails = smtp.received();
        assert_eq!(mails.len(), 2, "{mails:?}");
        let fi = mails.iter().find(|m| m["subject"] == "Vahvista KunTeko-uutiskirjeen tilaus").expect("the Finnish confirmation");
        assert!(mails.iter().any(|m| m["subject"] == "Bekräfta prenumerationen på KunTeko-nyhetsbrevet"));
        let link = fi["body"].as_str().unwrap().lines().find(|l| l.contains("/newsletters/confirm/")).unwrap().trim().to_owned();
        let path = link.split("127.0.0.1:8080").nth(1).unwrap().to_owned();
        // The link shows a button; only pressing it confirms.
        let page = visitor.get(&path).await;
        assert!(page.has("Vahvista tilaus"), "{}", page.body);
        let subscriptions = app.store.newsletters().subscriptions_of("uusi.tilaaja@kunta.example").await.unwrap();
        assert!(subscriptions.iter().all(|s| s.confirmed_at.is_none()));
        let confirmed = visitor.post(&path, &[]).await;
        assert!(confirmed.has("Tilaus on vahvistettu"));
        let finnish = app.store.newsletters().subscriptions_of("uusi.tilaaja@kunta.example").await.unwrap().into_iter().find(|s| s.lang == Lang::Fi).unwrap();
        assert!(finnish.is_active());
        assert_eq!(finnish.consent_version, domain::newsletters::CONSENT_VERSION);
        // The header's address: a GET only shows the button, in the subscriber's language.
        let one_click = format!("/newsletters/unsubscribe/{}", finnish.secret);
        let shown = visitor.get(&one_click).await;
        assert_eq!(shown.status, StatusCode::SEE_OTHER);
        let button = visitor.get(shown.location()).await;
        assert!(button.has("Peru tilaus"), "{}", button.body);
        assert!(app.store.newsletters().subscriber(finnish.id).await.unwrap().unwrap().is_active(), "a GET unsubscribes no one");
        // A mail service's POST, with no session and no token, unsubscribes.
        let mail_service = app.client_from("198.51.100.7");
        let posted = mail_service.request(Method::POST, &one_click, Some("List-Unsubscribe=One-Click".into()), &[]).await;
        assert_eq!(posted.status, StatusCode::OK);
        assert!(posted.has("Tilaus on peruttu"));
        assert!(app.store.newsletters().subscriber(finnish.id).await.unwrap().unwrap().unsubscribed_at.is_some());
        // A reused or a wrong secret answers with a translated page, never an error.
        let reused = mail_service.request(Method::POST, &one_click, Some("List-Unsubscribe=One-Click".into()), &[]).await;
        assert_eq!(reused.status, StatusCode::OK);
        assert!(reused.has("Tilaus on peruttu"));
        let wrong = mail_service.request(Method::POST, "/newsletters/unsubscribe/vaara", Some("List-Unsubscribe=One-Click".into()), &[]).await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(wrong.has("Linkki ei ole voimassa"));
        assert!(visitor.get("/sv/newsletters/unsubscribe/fel").await.has("Länken gäller inte"));
        // A signed-in person subscribes their own address at once.
        let person = app.signed_in("manager.sv@espoo.example").await;
        person.post("/sv/newsletters/subscribe", &[("email", "manager.sv@espoo.example"), ("lang", "sv")]).await;
        let own = app.store.newsletters().subscriptions_of("manager.sv@espoo.example").await.unwrap();
        assert!(own.iter().any(|s| s.lang == Lang::Sv && s.is_active()), "{own:?}");
        assert!(person.get("/sv/newsletters").await.has("prenumererar"));
    }

    async fn a_newsletter_reaches_every_subscriber_once_in_their_language(app) {
        let newsletters = app.store.newsletters();
        for n in 0..500 {
            let lang = if n % 5 == 0 { Lang::Sv } else { Lang::Fi };
            newsletters.subscribe(&format!("lukija{n}@kunta.example"), &[lang], None, true).await.unwrap();
        }
        newsletters.subscribe("bounce@kunta.example", &[Lang::Fi], None, true).await.unwrap();
        let coordinator = app.signed_in(COORDINATOR).await;
        let written = coordinator.post("/fi/newsletters/new", &[
            ("subject_fi", "Joulukuun uutiskirje"),
            ("body_fi", "## Uutta\n\nLue [kehittämisareenalta](https://johto.example/fi/solutions)."),
            ("subject_sv", ""),
            ("body_sv", ""),
            ("action", "save"),
        ]).await;
        assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
        let edit = written.location().to_owned();
        let base = edit.trim_end_matches("/edit").to_owned();
        // Swedish readers wait for their edition: sending is refused until it is written.
        let refused = coordinator.post(&format!("{base}/send"), &[]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Kirjoita otsikko ja teksti jokaiselle kielelle"), "{}", refused.body);
        coordinator.post(&edit, &[
            ("subject_fi", "Joulukuun uutiskirje"),
            ("body_fi", "## Uutta\n\nLue [kehittämisareenalta](https://johto.example/fi/solutions)."),
            ("subject_sv", "Decembers nyhetsbrev"),
            ("body_sv", "## Nytt\n\nLäs på [utvecklingsarenan](https://johto.example/sv/solutions)."),
            ("action", "save"),
        ]).await;
        let preview = coordinator.get(&format!("{base}/preview/sv")).await;
        assert!(preview.has("utvecklingsarenan") && preview.has("Decembers nyhetsbrev"));
        // A picture from the coordinator's computer; anything else is refused beside
        // the field. The page gives the Markdown to copy; until the send starts, the
        // picture is the coordinators' alone.
        let refused = coordinator.upload(&format!("{base}/images"), "file", "ohje.pdf", PDF).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("vain PNG- tai JPEG-kuvan"), "{}", refused.body);
        let added = coordinator.upload(&format!("{base}/images"), "file", "joulukuusi.png", PNG).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let id: i32 = base.rsplit('/').next().unwrap().parse().unwrap();
        let image = newsletters.images(id).await.unwrap()[0].href();
        assert!(coordinator.get(&edit).await.has(&format!("]({image})")));
        assert_eq!(coordinator.get(&image).await.status, StatusCode::OK);
        assert_ne!(app.client().get(&image).await.status, StatusCode::OK, "not before the send");
        coordinator.post(&edit, &[
            ("subject_fi", "Joulukuun uutiskirje"),
            ("body_fi", &format!("## Uutta\n\n![Joulukuusi torilla]({image})\n\nLue [kehittämisareenalta](https://johto.example/fi/solutions).")),
            ("subject_sv", "Decembers nyhetsbrev"),
            ("body_sv", &format!("## Nytt\n\n![En julgran på torget]({image})\n\nLäs på [utvecklingsarenan](https://johto.example/sv/solutions).")),
            ("action", "save"),
        ]).await;
        let smtp = SmtpServer::start();
        let state = sending_state(&app, smtp.port);
        assert_eq!(coordinator.post(&format!("{base}/send"), &[]).await.status, StatusCode::SEE_OTHER);
        web::jobs::Worker::new(state).run_until_idle().await.unwrap();
        let progress = newsletters.progress(id).await.unwrap();
        let active: Vec<_> = newsletters.subscribers().await.unwrap().into_iter().filter(|s| s.is_active()).collect();
        assert_eq!(progress.failed, 1, "the bouncing address");
        assert_eq!(progress.pending, 0);
        assert_eq!(progress.sent as usize, active.len());
        assert_eq!(newsletters.newsletter(id).await.unwrap().unwrap().state, domain::newsletters::NewsletterState::Sent);
        let bounced = newsletters.subscriptions_of("bounce@kunta.example").await.unwrap();
        assert!(bounced[0].bouncing_at.is_some(), "a 5xx marks the address bouncing");
        let mails = smtp.received();
        assert_eq!(mails.len(), active.len(), "each once");
        let mut seen = std::collections::BTreeSet::new();
        for mail in &mails {
            let to = mail["to"][0].as_str().unwrap().to_owned();
            let subscriber = active.iter().find(|s| s.email == to && secret_of(mail["headers"]["List-Unsubscribe"].as_str().unwrap()) == s.secret).expect("a subscriber's own secret");
            assert!(seen.insert(subscriber.id), "{to} twice");
            let expected = if subscriber.lang == Lang::Sv { "Decembers nyhetsbrev" } else { "Joulukuun uutiskirje" };
            assert_eq!(mail["subject"], expected);
            assert_eq!(mail["headers"]["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
            assert!(mail["headers"]["List-Id"].as_str().unwrap().contains("<newsletter."));
            assert!(mail["html"].as_str().unwrap().contains("<h2>"), "an HTML part");
            assert!(mail["html"].as_str().unwrap().contains(&format!("src=\"{}\"", app.state.config.url(&image))), "the picture at its full address");
            assert!(mail["body"].as_str().unwrap().contains("/newsletters/unsubscribe/"), "a text part with the visible link");
        }
        assert_eq!(seen.len(), active.len());
        assert_eq!(app.client().get(&image).await.status, StatusCode::OK, "the picture is out with the newsletter");
        // The sent newsletter is in the archive, in both languages.
        assert!(app.client().get(&format!("/sv{}", base.trim_start_matches("/fi"))).await.has("utvecklingsarenan"));
        let subscribers = coordinator.get("/fi/newsletters/subscribers").await;
        assert!(subscribers.has("role=\"img\""));
        let csv = coordinator.get("/fi/newsletters/subscribers.csv").await;
        assert!(csv.has("lukija1@kunta.example"));
        assert!(!csv.has(&active[0].secret), "no secrets in the export");
    }
    async fn a_scheduled_newsletter_waits_for_its_time_and_a_failing_send_pauses_until_resumed(app) {
        use domain::newsletters::NewsletterState;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
        let newsletters = app.store.newsletters();
        let coordinator = app.signed_in(COORDINATOR).await;
        let written = coordinator.post("/fi/newsletters/new", &[
            ("subject_fi", "Tammikuun uutiskirje"),
            ("body_fi", "Uutta tammikuussa."),
            ("subject_sv", "Januaris nyhetsbrev"),
            ("body_sv", "Nytt i januari."),
            ("action", "save"),
        ]).await;
        assert_eq!(written.status, StatusCode::SEE_OTHER, "{}", written.body);
        let base = written.location().trim_end_matches("/edit").to_owned();
        let id: i32 = base.rsplit('/').next().unwrap().parse().unwrap();
        let state = || async { newsletters.newsletter(id).await.unwrap().unwrap().state };
        // A time already past is refused beside its field, as typed.
        let past = coordinator.post(&format!("{base}/schedule"), &[("date", "2020-01-01"), ("time", "09:00")]).await;
        assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(past.has("value=\"2020-01-01\""), "{}", past.body);
        // Tomorrow at nine: the worker sends nothing today.
        let tomorrow = domain::events::in_helsinki(chrono::Utc::now() + chrono::Duration::days(1)).0;
        let scheduled = coordinator.post(&format!("{base}/schedule"), &[("date", &tomorrow), ("time", "09:00")]).await;
        assert_eq!(scheduled.status, StatusCode::SEE_OTHER, "{}", scheduled.body);
        assert_eq!(state().await, NewsletterState::Scheduled);
        let smtp = SmtpServer::start();
        web::jobs::Worker::new(sending_state(&app, smtp.port)).run_until_idle().await.unwrap();
        assert!(smtp.received().is_empty());
        assert_eq!(state().await, NewsletterState::Scheduled);
        // The coordinator cancels the schedule: a draft again, and the job that comes
        // at the old time starts nothing. A second cancel is answered on the page.
        let edit = coordinator.get(&format!("{base}/edit")).await;
        assert!(edit.has(&format!("{id}/unschedule")) && edit.has("Peru ajastus"), "{}", edit.body);
        let cancelled = coordinator.post(&format!("{base}/unschedule"), &[]).await;
        assert_eq!(cancelled.status, StatusCode::SEE_OTHER, "{}", cancelled.body);
        assert_eq!(state().await, NewsletterState::Draft);
        assert_eq!(newsletters.newsletter(id).await.unwrap().unwrap().scheduled_at, None);
        let again = coordinator.post(&format!("{base}/unschedule"), &[]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(again.has("ei ole enää ajastettu"), "{}", again.body);
        make_jobs_due(&app).await;
        web::jobs::Worker::new(sending_state(&app, smtp.port)).run_until_idle().await.unwrap();
        assert!(smtp.received().is_empty());
        assert_eq!(state().await, NewsletterState::Draft);
        let scheduled = coordinator.post(&format!("{base}/schedule"), &[("date", &tomorrow), ("time", "09:00")]).await;
        assert_eq!(scheduled.status, StatusCode::SEE_OTHER, "{}", scheduled.body);
        // Its time comes while the mail server is down: ten failures in a row pause it.
        store::entity::newsletter::Entity::update_many()
            .col_expr(store::entity::newsletter::Column::ScheduledAt, Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)))
            .filter(store::entity::newsletter::Column::Id.eq(id))
            .exec(app.store.connection())
            .await
            .unwrap();
        make_jobs_due(&app).await;
        web::jobs::Worker::new(app.state_with_broken_smtp()).run_until_idle().await.unwrap();
        assert_eq!(state().await, NewsletterState::Paused);
        let edit = coordinator.get(&format!("{base}/edit")).await;
        assert!(edit.has("Lähetys keskeytyi"), "{}", edit.body);
        assert!(edit.has(&format!("{}/resume", id)));
        // Resumed with the server back: everyone active gets it once, no one is lost.
        let resumed = coordinator.post(&format!("{base}/resume"), &[]).await;
        assert_eq!(resumed.status, StatusCode::SEE_OTHER);
        web::jobs::Worker::new(sending_state(&app, smtp.port)).run_until_idle().await.unwrap();
        assert_eq!(state().await, NewsletterState::Sent);
        let active = newsletters.subscribers().await.unwrap().into_iter().filter(|s| s.is_active()).count();
        let progress = newsletters.progress(id).await.unwrap();
        assert_eq!((progress.sent as usize, progress.pending, progress.failed), (active, 0, 0));
        let mails = smtp.received();
        assert_eq!(mails.len(), active);
        let mut to: Vec<String> = mails.iter().map(|m| format!("{}{}", m["to"][0], m["subject"])).collect();
        to.sort();
        to.dedup();
        assert_eq!(to.len(), active, "each once");
    }
}
