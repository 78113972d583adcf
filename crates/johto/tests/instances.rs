//! Two `johto serve` processes on one PostgreSQL database, each with its own worker
//! and its own data folder, as johto grows past one machine: they share sign-ins and
//! logouts, a change made through one is found in the other's search within two
//! seconds (and an organisation's new name, and a theme's new webinar, on its pages),
//! every job runs once, and a rush for seats split across both fills the seats
//! exactly.
#![allow(clippy::unwrap_used)]

use std::{
    io::{Read, Write},
    process::{Command, Stdio},
    sync::{Arc, Barrier},
    time::{Duration, Instant},
};

use domain::{Email, EventKind, EventStatus, Lang, NewPassword, Role, Standing};
use store::{
    Store,
    bench_data::{Sizes, bench_manager_email},
    events::{EventInput, EventText},
};

const PEOPLE: usize = 300;
const SEATS: i32 = 50;

/// A server the test started, stopped when the test ends, however it ends.
struct Instance {
    child: std::process::Child,
    port: u16,
    data: tempfile::TempDir,
}

impl Instance {
    fn start(database: &str) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let data = tempfile::tempdir().unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_johto"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("JOHTO_DATABASE_URL", database)
            .env("JOHTO_DATA_DIR", data.path())
            .env("JOHTO_MIGRATE_ON_START", "false")
            .env("JOHTO_DEMO", "false")
            .env("JOHTO_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed().as_secs() < 30, "the server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Instance { child, port, data }
    }

    /// One HTTP/1.0 exchange: the status line and headers, and the body.
    fn http(&self, method: &str, path: &str, cookie: &str, form: &str) -> (String, String) {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let request = format!(
            "{method} {path} HTTP/1.0\r\ncookie: {cookie}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: {}\r\n\r\n{form}",
            form.len()
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
        (head.to_owned(), body.to_owned())
    }

    /// The messages this instance's worker has written, with their text.
    fn mails(&self) -> Vec<String> {
        let Ok(dir) = std::fs::read_dir(self.data.path().join("mail")) else {
            return Vec::new();
        };
        dir.map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn status(head: &str) -> &str {
    head.split_whitespace().nth(1).unwrap_or_default()
}

fn cookie_of(head: &str, name: &str) -> Option<String> {
    head.lines()
        .filter(|l| l.to_ascii_lowercase().starts_with("set-cookie: "))
        .filter_map(|l| l["set-cookie: ".len()..].split(';').next())
        .find(|c| c.split('=').next() == Some(name))
        .map(str::to_owned)
}

fn csrf_of(body: &str) -> String {
    body.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned()
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Signs in through the login form of `on`; returns the session cookie.
fn sign_in(on: &Instance, email: &str) -> String {
    let (head, body) = on.http("GET", "/fi/login", "", "");
    let anonymous = cookie_of(&head, "johto-csrf").unwrap();
    let form = format!(
        "csrf={}&next=&email={}&password={}",
        csrf_of(&body),
        encode(email),
        encode(store::demo::DEMO_PASSWORD)
    );
    let (head, _) = on.http("POST", "/fi/login", &anonymous, &form);
    assert_eq!(status(&head), "303", "{email} signs in: {head}");
    cookie_of(&head, "johto").unwrap()
}

fn demo_email(role: Role) -> String {
    store::demo::demo_logins()
        .into_iter()
        .find(|l| l.role == role && l.lang == Lang::Fi)
        .unwrap()
        .email
}

/// Asks `found` every 50 ms until it holds; fails with `missed` once 2 s have passed.
fn within_two_seconds(missed: &str, found: impl Fn() -> bool) {
    let since = Instant::now();
    while !found() {
        assert!(since.elapsed() < Duration::from_secs(2), "{missed}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Publishes a webinar in 30 days, in Finnish; returns its id.
async fn publish_webinar(
    store: &Store,
    title: &str,
    capacity: Option<i32>,
    theme_id: Option<i32>,
) -> i32 {
    let starts_at = chrono::Utc::now() + chrono::Duration::days(30);
    let input = EventInput {
        region: None,
        sessions: Vec::new(),
        kind: EventKind::Webinar,
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(1),
        online_url: Some("https://webinar.example/instances".to_owned()),
        venue: String::new(),
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        organisation_id: None,
        invitees: None,
        theme_id,
        texts: vec![EventText {
            lang: Lang::Fi,
            title: title.to_owned(),
            description: String::new(),
        }],
    };
    let event = store.events().create_event(&input, None).await.unwrap();
    store
        .events()
        .set_event_status(event, EventStatus::Published, None)
        .await
        .unwrap();
    event
}

#[test]
fn two_instances_on_one_postgresql_agree() {
    let base = std::env::var("JOHTO_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
    let name = format!("johto_test_instances_{}", std::process::id());
    let created = Command::new("psql")
        .arg(format!("{base}/postgres"))
        .args(["-qc", &format!("CREATE DATABASE {name}")])
        .output();
    if !created.is_ok_and(|out| out.status.success()) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "PostgreSQL is required in CI"
        );
        eprintln!("skipped: PostgreSQL is unreachable at {base}");
        return;
    }
    let database = format!("{base}/{name}");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let files = tempfile::tempdir().unwrap();
    let store = runtime.block_on(async {
        let store = Store::connect(&database).await.unwrap();
        store.migrate().await.unwrap();
        let files = store::FileStorage::local(files.path()).unwrap();
        store.seed_demo(&files).await.unwrap();
        store
    });
    let a = Instance::start(&database);
    let b = Instance::start(&database);

    // Signed in on one, signed in on the other; logged out on one, out on both.
    let manager = sign_in(&a, &demo_email(Role::Manager));
    let (head, body) = b.http("GET", "/fi/profile", &manager, "");
    assert_eq!(status(&head), "200", "the session is known to B: {head}");
    assert!(body.contains("Maija Mäkinen"), "{body}");
    let (head, _) = b.http(
        "POST",
        "/fi/logout",
        &manager,
        &format!("csrf={}", csrf_of(&body)),
    );
    assert_eq!(status(&head), "303", "{head}");
    let (head, _) = a.http("GET", "/fi/profile", &manager, "");
    assert_eq!(status(&head), "303", "logged out on A too: {head}");
    assert!(head.contains("/fi/login"), "{head}");

    // An editor changes a published theme on A; B's search finds it within 2 s.
    let editor = sign_in(&a, &demo_email(Role::ContentEditor));
    let reader = sign_in(&b, &demo_email(Role::Manager));
    let theme =
        runtime.block_on(async { store.academy().published().await.unwrap().themes[0].clone() });
    let (_, page) = a.http(
        "GET",
        &format!("/fi/academy/edit/{}", theme.id),
        &editor,
        "",
    );
    let summary = theme.text(Lang::Fi).unwrap().summary.clone();
    let form = format!(
        "csrf={}&title={}&summary={}&hr_note=",
        csrf_of(&page),
        encode("Kaksoisinstanssin tarkistussana"),
        encode(&summary),
    );
    let (head, _) = a.http(
        "POST",
        &format!("/fi/academy/edit/{}/text/fi", theme.id),
        &editor,
        &form,
    );
    assert_eq!(status(&head), "303", "the editor saves on A: {head}");
    within_two_seconds("B's search did not find the change within 2 s", || {
        let (_, body) = b.http("GET", "/fi/search?q=tarkistussana", &reader, "");
        body.contains("Kaksoisinstanssin tarkistussana")
    });

    // An organisation renamed through another instance is named anew on B within 2 s:
    // each instance holds the organisations in memory.
    let (_, page) = b.http("GET", "/fi/organisations/keva", &reader, "");
    assert!(page.contains("<h1>Keva</h1>"), "{page}");
    runtime.block_on(async {
        let keva = store
            .organisations()
            .organisation_by_slug("keva")
            .await
            .unwrap()
            .unwrap();
        let renamed = store::NewOrganisation {
            slug: None,
            name_fi: domain::OrgName::parse("Kuntien eläkevakuutus").unwrap(),
            name_sv: domain::OrgName::parse(&keva.name_sv).unwrap(),
            name_en: None,
            kind: keva.kind,
            business_id: None,
            languages: keva.languages,
            parent_id: keva.parent_id,
            domains: keva
                .domains
                .iter()
                .map(|d| domain::EmailDomain::parse(d).unwrap())
                .collect(),
            region: keva.region,
        };
        store
            .organisations()
            .update_organisation(keva.id, &renamed, None)
            .await
            .unwrap();
    });
    within_two_seconds("B did not name the organisation anew within 2 s", || {
        let (_, page) = b.http("GET", "/fi/organisations/keva", &reader, "");
        page.contains("<h1>Kuntien eläkevakuutus</h1>")
    });

    // A webinar published through another instance for a theme that had none is on
    // the theme's page on B within 2 s: each instance knows which themes have events.
    let (_, page) = b.http("GET", "/fi/academy/vuorovaikutus", &reader, "");
    assert!(!page.contains("Vuorovaikutuksen webinaari"), "{page}");
    runtime.block_on(async {
        let theme = store
            .academy()
            .theme_by_slug("vuorovaikutus")
            .await
            .unwrap()
            .unwrap();
        publish_webinar(&store, "Vuorovaikutuksen webinaari", None, Some(theme.id)).await;
    });
    within_two_seconds("B did not show the theme's new webinar within 2 s", || {
        let (_, page) = b.http("GET", "/fi/academy/vuorovaikutus", &reader, "");
        page.contains("Vuorovaikutuksen webinaari")
    });

    // 300 people rush for 50 seats, half through A and half through B.
    let (event, sessions) = runtime.block_on(async {
        let org = store
            .organisations()
            .organisation_of_domain("espoo.example")
            .await
            .unwrap()
            .unwrap();
        let sizes = Sizes {
            themes: 1,
            parts_per_theme: 1,
            managers: PEOPLE,
        };
        let password = NewPassword::parse("instances-2026", "instances-2026").unwrap();
        store
            .seed_bench_academy(sizes, org, &password)
            .await
            .unwrap();
        let event = publish_webinar(&store, "Kahden instanssin webinaari", Some(SEATS), None).await;
        let mut sessions = Vec::new();
        for i in 0..PEOPLE {
            let email = Email::parse(&bench_manager_email(i)).unwrap();
            let user = store
                .accounts()
                .user_by_email(&email)
                .await
                .unwrap()
                .unwrap();
            sessions.push(web::ctx::open_session(&store, user.id).await.unwrap());
        }
        (event, sessions)
    });
    let instances = Arc::new([a, b]);
    let start = Arc::new(Barrier::new(PEOPLE));
    let rush: Vec<_> = sessions
        .into_iter()
        .enumerate()
        .map(|(i, (id, csrf))| {
            let (instances, start) = (instances.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                let (head, _) = instances[i % 2].http(
                    "POST",
                    &format!("/fi/events/{event}/register"),
                    &format!("johto={id}"),
                    &format!("csrf={}", encode(&csrf)),
                );
                status(&head).to_owned()
            })
        })
        .collect();
    for person in rush {
        assert_eq!(
            person.join().unwrap(),
            "303",
            "every registration is answered"
        );
    }
    let registrations = runtime
        .block_on(store.events().registrations(event))
        .unwrap();
    let confirmed = registrations
        .iter()
        .filter(|r| r.standing == Standing::Confirmed)
        .count();
    let people: std::collections::HashSet<i32> = registrations.iter().map(|r| r.user_id).collect();
    assert_eq!(registrations.len(), PEOPLE, "every person registered once");
    assert_eq!(people.len(), PEOPLE);
    assert_eq!(confirmed, SEATS as usize, "exactly the seats are confirmed");

    // Each registration queued one e-mail; with a worker on each instance, every one
    // is sent exactly once, by one of them.
    let waited = Instant::now();
    let sent_to = |i: usize| {
        let address = bench_manager_email(i);
        instances
            .iter()
            .flat_map(Instance::mails)
            .filter(|m| {
                m.lines()
                    .any(|l| l.starts_with("To:") && l.contains(&address))
            })
            .count()
    };
    while (0..PEOPLE).any(|i| sent_to(i) == 0) {
        assert!(
            waited.elapsed() < Duration::from_secs(60),
            "the e-mails were not all sent"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
    std::thread::sleep(Duration::from_secs(1));
    for i in 0..PEOPLE {
        assert_eq!(sent_to(i), 1, "{} got one e-mail", bench_manager_email(i));
    }
    let both_worked = instances.iter().all(|i| !i.mails().is_empty());
    assert!(both_worked, "both workers took jobs");

    drop(instances);
    runtime.block_on(async {
        let admin = Store::connect(&format!("{base}/postgres")).await.unwrap();
        use sea_orm::ConnectionTrait;
        admin
            .connection()
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await
            .unwrap();
    });
}
