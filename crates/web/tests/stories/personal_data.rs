//! "My data": a person sees what johto holds about them by kind and downloads all of
//! it as a ZIP of JSON files, without a secret in it; the download is logged. Every
//! column of the database that names a person is declared for the export
//! (`store::personal_data::HOLDINGS`): the database's own references to `users`, and
//! every column named like one, are compared with the declaration, so a new table
//! that names a person fails here until it is declared. The nightly retention job
//! removes exactly what is past its period, and the privacy statement says the
//! periods as configured. Erasure follows each column's written rule
//! (`Holding::erase`): a person with rows in every table asks, an administrator
//! carries it out, and no row names them afterwards except those the rules keep for
//! others, naming only the nameless account.

use std::{collections::BTreeSet, io::Read};

use axum::http::StatusCode;
use domain::personal_data::Erase;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use store::personal_data::{HOLDINGS, Key, NOT_A_PERSON};

#[allow(unused_imports)]
use crate::common::*;

const MANAGER: &str = "manager.fi@espoo.example";
const ADMIN: &str = "administrator.fi@kt.example";

/// Runs a statement, and says whether it worked (a re-pointed row may meet a unique
/// index).
async fn execute(app: &TestApp, sql: &str) -> bool {
    let db = app.store.connection();
    db.execute_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .is_ok()
}

/// The `WHERE` of a holding's rows about the person.
fn about(table: &str, column: &str, key: Key, id: i32, email: &str) -> String {
    let value = match key {
        Key::Id => id.to_string(),
        Key::Email => format!("'{email}'"),
        Key::Subject => format!("'user:{id}'"),
    };
    format!("FROM {table} WHERE {column} = {value}")
}

/// Every table's columns, from the database itself.
async fn all_columns(app: &TestApp) -> BTreeSet<(String, String)> {
    let sql = match app.store.connection().get_database_backend() {
        DbBackend::Postgres => {
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema()"
        }
        _ => {
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"
        }
    };
    pairs(app, sql).await
}

/// `(table, column)` pairs of a query's first two columns.
async fn pairs(app: &TestApp, sql: &str) -> BTreeSet<(String, String)> {
    let db = app.store.connection();
    db.query_all_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .unwrap()
    .iter()
    .map(|row| {
        (
            row.try_get_by_index::<String>(0).unwrap(),
            row.try_get_by_index::<String>(1).unwrap(),
        )
    })
    .collect()
}

on_both_databases! {
    async fn every_column_that_names_a_person_is_declared_for_the_export(app) {
        let (references, columns) = match app.store.connection().get_database_backend() {
            DbBackend::Postgres => (
                "SELECT kcu.table_name::text, kcu.column_name::text \
                 FROM information_schema.table_constraints tc \
                 JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema \
                 JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema \
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'users' AND tc.table_schema = current_schema()",
                "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema()",
            ),
            _ => (
                "SELECT m.name, p.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) p \
                 WHERE m.type = 'table' AND p.\"table\" = 'users'",
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
            ),
        };
        let references = pairs(&app, references).await;
        let columns = pairs(&app, columns).await;
        assert_eq!(columns, all_columns(&app).await);
        assert!(references.len() > 40, "the references were read: {references:?}");
        let named_like_a_person = columns.iter().filter(|(_, c)| {
            c == "user_id" || c.ends_with("_by") || ["author_id", "actor_id", "coach_id", "reviewer_id"].contains(&c.as_str())
        });
        let declared: BTreeSet<(String, String)> =
            HOLDINGS.iter().map(|h| (h.table.to_owned(), h.column.to_owned())).collect();
        let not_a_person: BTreeSet<(String, String)> =
            NOT_A_PERSON.iter().map(|(t, c)| ((*t).to_owned(), (*c).to_owned())).collect();
        let undeclared: BTreeSet<_> = references
            .iter()
            .chain(named_like_a_person)
            .filter(|pair| !declared.contains(*pair) && !not_a_person.contains(*pair))
            .collect();
        assert!(undeclared.is_empty(), "columns that name a person, not declared in store::personal_data::HOLDINGS: {undeclared:?}");
        let stale: Vec<_> = declared.iter().filter(|pair| !columns.contains(*pair)).collect();
        assert!(stale.is_empty(), "declared, but not in the database: {stale:?}");
    }

    async fn a_manager_downloads_everything_johto_holds_about_them(app) {
        assert_eq!(app.client().get("/fi/profile/data").await.status, StatusCode::SEE_OTHER, "signed in only");
        let manager = app.signed_in(MANAGER).await;
        let page = manager.get("/fi/profile/data").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("Sinusta tallennetut tiedot") && page.has("Akatemia: edistyminen"), "{}", page.body);
        assert!(manager.get("/sv/profile/data").await.has("Uppgifter som sparats om dig"));
        assert!(manager.get("/fi/profile").await.has("/fi/profile/data"), "the profile links to it");

        let download = manager.get("/fi/profile/data.zip").await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.headers["content-type"], "application/zip");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(download.bytes.clone())).unwrap();
        let mut files = std::collections::BTreeMap::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            files.insert(file.name().unwrap().to_string(), text);
        }
        // Every kind the demo's manager has is there, each as JSON rows.
        let user = app.store.accounts().user_by_email(&domain::Email::parse(MANAGER).unwrap()).await.unwrap().unwrap();
        for name in ["users.id.json", "user_roles.user_id.json", "sessions.user_id.json", "part_progress.user_id.json", "registrations.user_id.json"] {
            let rows: Vec<serde_json::Value> = serde_json::from_str(files.get(name).unwrap_or_else(|| panic!("{name} in {:?}", files.keys()))).unwrap();
            assert!(!rows.is_empty(), "{name}");
        }
        let account: Vec<serde_json::Value> = serde_json::from_str(&files["users.id.json"]).unwrap();
        assert_eq!(account[0]["email"], MANAGER);
        assert_eq!(account[0]["id"], user.id);
        // No secret leaves: no hash, no session key, no file's storage key.
        for (name, text) in &files {
            for secret in ["password_hash", "token_hash", "\"secret\"", "storage_key", "\"data\""] {
                assert!(!text.contains(secret), "{secret} in {name}");
            }
        }
        // The download is in the log, and the log is in the next download.
        let again = manager.get("/fi/profile/data.zip").await;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(again.bytes)).unwrap();
        let mut audit = String::new();
        zip.by_name("audit_events.subject.json").unwrap().read_to_string(&mut audit).unwrap();
        assert!(audit.contains("personal-data:export"), "{audit}");
    }

    async fn the_nightly_retention_removes_exactly_what_is_past_its_period(app) {
        use chrono::{Duration, Utc};
        use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        use store::entity::{account_request, audit_event, job, login_throttle, one_time_token, session};
        let db = app.store.connection();
        let now = Utc::now();
        let days = |n: i64| now - Duration::days(n);
        let manager = app.store.accounts().user_by_email(&domain::Email::parse(MANAGER).unwrap()).await.unwrap().unwrap();
        for (email, status, at) in [
            ("vanha.odottava@espoo.example", "pending", days(100)),
            ("vanha.hylatty@espoo.example", "rejected", days(100)),
            ("vanha.hyvaksytty@espoo.example", "approved", days(100)),
            ("uusi.odottava@espoo.example", "pending", days(10)),
        ] {
            account_request::Entity::insert(account_request::ActiveModel {
                name: Set("Pyytäjä".to_owned()),
                email: Set(email.to_owned()),
                organisation_id: Set(manager.org_id),
                lang: Set("fi".to_owned()),
                status: Set(status.to_owned()),
                decided_by: Set(None),
                decided_at: Set(None),
                created_at: Set(at),
                ..Default::default()
            }).exec(db).await.unwrap();
        }
        for (hash, expired) in [("vanha-linkki", days(40)), ("tuore-linkki", days(5))] {
            one_time_token::Entity::insert(one_time_token::ActiveModel {
                token_hash: Set(hash.to_owned()),
                user_id: Set(manager.id),
                purpose: Set("reset".to_owned()),
                expires_at: Set(expired),
                used_at: Set(None),
                created_at: Set(expired - Duration::hours(1)),
            }).exec(db).await.unwrap();
        }
        for (address, start) in [("192.0.2.1", days(2)), ("192.0.2.2", now - Duration::hours(1))] {
            login_throttle::Entity::insert(login_throttle::ActiveModel {
                address: Set(address.to_owned()),
                window_start: Set(start),
                attempts: Set(3),
            }).exec(db).await.unwrap();
        }
        for (action, at) in [("test:vanha", days(6 * 365)), ("test:tuore", days(1))] {
            audit_event::Entity::insert(audit_event::ActiveModel {
                at: Set(at),
                actor_id: Set(Some(manager.id)),
                action: Set(action.to_owned()),
                subject: Set(format!("user:{}", manager.id)),
                detail: Set(String::new()),
                ..Default::default()
            }).exec(db).await.unwrap();
        }
        session::Entity::insert(session::ActiveModel {
            id: Set("paattynyt-istunto".to_owned()),
            user_id: Set(Some(manager.id)),
            data: Set("{}".to_owned()),
            expires_at: Set(now - Duration::minutes(1)),
        }).exec(db).await.unwrap();

        assert!(app.store.queue_retention(now - Duration::seconds(1), None).await.unwrap());
        assert!(!app.store.queue_retention(now, None).await.unwrap(), "one chain");
        app.run_jobs().await;

        let requests: Vec<String> = account_request::Entity::find().all(db).await.unwrap().into_iter().map(|r| r.email).collect();
        assert!(!requests.contains(&"vanha.odottava@espoo.example".to_owned()) && !requests.contains(&"vanha.hylatty@espoo.example".to_owned()), "{requests:?}");
        assert!(requests.contains(&"vanha.hyvaksytty@espoo.example".to_owned()), "an approved request is the account's origin");
        assert!(requests.contains(&"uusi.odottava@espoo.example".to_owned()));
        let links: Vec<String> = one_time_token::Entity::find().all(db).await.unwrap().into_iter().map(|t| t.token_hash).collect();
        assert!(!links.contains(&"vanha-linkki".to_owned()) && links.contains(&"tuore-linkki".to_owned()), "{links:?}");
        let throttled: Vec<String> = login_throttle::Entity::find().all(db).await.unwrap().into_iter().map(|t| t.address).collect();
        assert_eq!(throttled, vec!["192.0.2.2".to_owned()]);
        let actions: Vec<String> = audit_event::Entity::find().all(db).await.unwrap().into_iter().map(|e| e.action).collect();
        assert!(!actions.contains(&"test:vanha".to_owned()) && actions.contains(&"test:tuore".to_owned()));
        assert_eq!(session::Entity::find().filter(session::Column::ExpiresAt.lt(Utc::now())).count(db).await.unwrap(), 0);
        // The run queued the next night's.
        let next = job::Entity::find()
            .filter(job::Column::Kind.eq(store::personal_data::RETENTION_JOB))
            .filter(job::Column::DoneAt.is_null())
            .all(db).await.unwrap();
        assert_eq!(next.len(), 1);
        assert!(next[0].run_at > Utc::now() + Duration::hours(1), "{:?}", next[0].run_at);

        // The privacy statement, linked from every page, says the periods as configured.
        let page = app.client().get("/fi/").await;
        assert!(page.has("href=\"/fi/privacy\""));
        let privacy = app.client().get("/fi/privacy").await;
        assert_eq!(privacy.status, StatusCode::OK);
        assert!(privacy.has("Tilipyyntö, jota ei hyväksytty: 90 vrk"), "{}", privacy.body);
        assert!(privacy.has("/fi/profile/data"));
        assert!(app.client().get("/sv/privacy").await.has("Loggen över vem som behandlat vems uppgifter: 1825 dygn"));
    }

    async fn who_handled_whose_data_is_logged_shown_to_the_person_and_searched(app) {
        let manager = app.store.accounts().user_by_email(&domain::Email::parse(MANAGER).unwrap()).await.unwrap().unwrap();
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        assert_eq!(hr.get(&format!("/fi/people/{}", manager.id)).await.status, StatusCode::OK);
        // The person sees who looked.
        let own = app.signed_in(MANAGER).await.get("/fi/profile/data").await;
        assert!(own.has("Lokimerkinnät sinusta") && own.has("person:view"), "{}", own.body);
        let hr_name = app.store.accounts().user_by_email(&domain::Email::parse("hr-developer.fi@espoo.example").unwrap()).await.unwrap().unwrap().name;
        assert!(own.has(&hr_name), "{}", own.body);
        // An administrator searches the log by whose data and action, and exports it.
        let admin = app.signed_in("administrator.fi@kt.example").await;
        let found = admin.get(&format!("/fi/admin/audit?subject={}&action=person%3A", MANAGER)).await;
        assert_eq!(found.status, StatusCode::OK);
        assert!(found.has("person:view") && found.has(&hr_name), "{}", found.body);
        assert!(!found.has("personal-data:export"), "only the action asked for");
        let csv = admin.get(&format!("/fi/admin/audit.csv?subject={}&action=person%3A", MANAGER)).await;
        assert!(csv.has("person:view") && csv.has(&format!("user:{}", manager.id)), "{}", csv.body);
        let unknown = admin.get("/fi/admin/audit?actor=ei.ketaan%40espoo.example&from=2026-13-01").await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unknown.has("Tällä sähköpostiosoitteella ei ole käyttäjää.") && unknown.has("value=\"ei.ketaan@espoo.example\""), "{}", unknown.body);
        assert_ne!(hr.get("/fi/admin/audit").await.status, StatusCode::OK, "administrators only");
    }

    async fn a_person_with_data_in_every_table_is_erased_by_the_rules(app) {
        let id = app.user_id(MANAGER).await;
        // Signed in, with an API token and a file of their own; and, in every other
        // table that names a person, another person's rows made theirs (the first whose
        // rows fit the unique indexes).
        let manager = app.signed_in(MANAGER).await;
        app.store.api_tokens().create_api_token(id, "raportit").await.unwrap();
        let file = app.store.files().save_file(&app.state.files, "muistio.pdf", domain::FileKind::Pdf, bytes::Bytes::from_static(b"%PDF-1.4 muistio"), Some(id)).await.unwrap();
        let mut theirs = Vec::new();
        let mut elsewhere = Vec::new();
        // (Not the demo's waiting erasure request: the person asks for their own below.)
        for h in HOLDINGS.iter().filter(|h| h.key == Key::Id && !["users", "erasure_requests"].contains(&h.table)) {
            let (t, c) = (h.table, h.column);
            let others = pairs(&app, &format!("SELECT CAST({c} AS TEXT), '' FROM {t} WHERE {c} IS NOT NULL AND {c} <> {id} GROUP BY {c} ORDER BY {c} LIMIT 20")).await;
            for (other, _) in &others {
                if execute(&app, &format!("UPDATE {t} SET {c} = {id} WHERE {c} = {other}")).await {
                    break;
                }
            }
            if count_rows(&app, &format!("SELECT COUNT(*) {}", about(t, c, h.key, id, MANAGER))).await > 0 {
                theirs.push((t, c));
            } else if !others.is_empty() {
                elsewhere.push((t, c));
            }
        }
        assert!(elsewhere.is_empty(), "rows that could not be made theirs: {elsewhere:?}");
        let certificate: String = {
            let db = app.store.connection();
            db.query_one_raw(Statement::from_string(db.get_database_backend(), format!("SELECT code FROM certificates WHERE user_id = {id}")))
                .await.unwrap().expect("the person has a certificate").try_get_by_index(0).unwrap()
        };
        assert!(theirs.len() >= 30, "every table with rows has theirs: {theirs:?}");

        // They ask; a second request waits for the first.
        let page = manager.get("/fi/profile/data").await;
        assert!(page.has("Pyydä tietojeni poistamista"), "{}", page.body);
        let asked = manager.post("/fi/profile/data/erasure", &[("message", "Olen vaihtanut työpaikkaa.")]).await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER);
        let page = manager.get("/fi/profile/data").await;
        assert!(page.has("odottaa käsittelyä") && !page.has("Pyydä tietojeni poistamista"), "{}", page.body);
        let request = app.store.erasure_requests_of(id).await.unwrap()[0].id;

        // Only an administrator decides; the decision is confirmed first.
        assert_eq!(manager.get("/fi/admin/erasure").await.status, StatusCode::NOT_FOUND);
        assert_eq!(manager.post(&format!("/fi/admin/erasure/{request}/erase"), &[("confirm", "yes")]).await.status, StatusCode::NOT_FOUND);
        let admin = app.signed_in(ADMIN).await;
        let list = admin.get("/fi/admin/erasure").await;
        assert!(list.has("Poistopyynnöt") && list.has(&format!("/fi/admin/erasure/{request}")), "{}", list.body);
        let shown = admin.get(&format!("/fi/admin/erasure/{request}")).await;
        assert!(shown.has("Olen vaihtanut työpaikkaa.") && shown.has("rivit jäävät nimettöminä"), "{}", shown.body);
        assert!(admin.get("/sv/admin/erasure").await.has("Begäranden om radering"));
        let unconfirmed = admin.post(&format!("/fi/admin/erasure/{request}/erase"), &[]).await;
        assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unconfirmed.has("Vahvista poisto valitsemalla ruutu."));
        assert_eq!(app.store.accounts().user(id).await.unwrap().unwrap().email, MANAGER, "nothing erased yet");
        let erased = admin.post(&format!("/fi/admin/erasure/{request}/erase"), &[("confirm", "yes")]).await;
        assert_eq!(erased.status, StatusCode::SEE_OTHER, "{}", erased.body);
        assert_eq!(admin.post(&format!("/fi/admin/erasure/{request}/erase"), &[("confirm", "yes")]).await.status, StatusCode::UNPROCESSABLE_ENTITY, "once");

        // They are told, at the address they had, which then goes.
        let mails = app.mails_to(MANAGER).await;
        assert!(mails.iter().any(|m| m.contains("Tietosi on poistettu")), "{mails:?}");

        // Each rule held.
        for h in HOLDINGS {
            let left = count_rows(&app, &format!("SELECT COUNT(*) {}", about(h.table, h.column, h.key, id, MANAGER))).await;
            match h.erase {
                Erase::Remove | Erase::Unlink | Erase::Revoke => assert_eq!(left, 0, "{}.{} ({:?})", h.table, h.column, h.erase),
                Erase::Keep | Erase::Anonymise => {}
            }
        }
        let account = app.store.accounts().user(id).await.unwrap().unwrap();
        assert!(account.disabled && account.name == store::personal_data::ERASED_NAME && account.email.ends_with("@erased.invalid"), "{account:?}");
        // No column of any table holds their address any more.
        for (t, c) in all_columns(&app).await {
            let found = count_rows(&app, &format!("SELECT COUNT(*) FROM {t} WHERE CAST({c} AS TEXT) LIKE '%{MANAGER}%'")).await;
            assert_eq!(found, 0, "{t}.{c} still holds the address");
        }
        // The file no one else used went, bytes and all.
        assert!(app.store.files().file(file.id).await.unwrap().is_none());
        assert!(app.state.files.read(&file, None).await.is_err());
        // They are signed out and cannot sign in.
        assert!(!manager.is_signed_in().await);
        assert_ne!(app.client().login(MANAGER, DEMO_PASSWORD).await.status, StatusCode::SEE_OTHER);
        // Their certificate says only that it was revoked.
        let public = app.client().get(&format!("/fi/certificates/{certificate}")).await;
        assert_eq!(public.status, StatusCode::OK);
        assert!(public.has("Peruttu"), "{}", public.body);
        assert!(!public.has("Haltija") && !public.has("Espoo"), "{}", public.body);
        assert_eq!(app.client().get(&format!("/fi/certificates/{certificate}.pdf")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.client().get(&format!("/certificates/{certificate}/credential.json")).await.status, StatusCode::NOT_FOUND);
        // The decision is in the log.
        let logged = app.store.audit_search(&store::audit::AuditQuery { subject: Some(id), ..Default::default() }, 50).await.unwrap();
        assert!(logged.iter().any(|e| e.action == "personal-data:erase"), "{logged:?}");
        assert!(logged.iter().any(|e| e.action == "personal-data:erasure-request"));
    }

    async fn a_refused_request_tells_the_person_why(app) {
        let id = app.user_id(MANAGER).await;
        let manager = app.signed_in(MANAGER).await;
        let long = "x".repeat(2001);
        let refused = manager.post("/fi/profile/data/erasure", &[("message", long.as_str())]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.has("Viesti saa olla enintään 2 000 merkkiä."), "{}", refused.body);
        manager.post("/sv/profile/data/erasure", &[("message", "")]).await;
        let request = app.store.erasure_requests_of(id).await.unwrap()[0].id;
        let admin = app.signed_in(ADMIN).await;
        let empty = admin.post(&format!("/fi/admin/erasure/{request}/refuse"), &[("reason", " ")]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.has("Kirjoita syy, jonka henkilö saa tiedoksi."));
        let done = admin.post(&format!("/fi/admin/erasure/{request}/refuse"), &[("reason", "Valmennuksen kirjanpito on säilytettävä kuusi vuotta.")]).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let mails = app.mails_to(MANAGER).await;
        assert!(mails.iter().any(|m| m.contains("Valmennuksen kirjanpito on säilytettävä kuusi vuotta.")), "{mails:?}");
        let page = manager.get("/fi/profile/data").await;
        assert!(page.has("ei toteutettu") && page.has("Valmennuksen kirjanpito"), "{}", page.body);
        assert!(page.has("Pyydä tietojeni poistamista"), "they may ask again");
        assert_eq!(app.store.accounts().user(id).await.unwrap().unwrap().email, MANAGER, "nothing erased");
    }
}
