//! "My data": a person sees what johto holds about them by kind and downloads all of
//! it as a ZIP of JSON files, without a secret in it; the download is logged. Every
//! column of the database that names a person is declared for the export
//! (`store::personal_data::HOLDINGS`): the database's own references to `users`, and
//! every column named like one, are compared with the declaration, so a new table
//! that names a person fails here until it is declared.

use std::{collections::BTreeSet, io::Read};

use axum::http::StatusCode;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use store::personal_data::{HOLDINGS, NOT_A_PERSON};

#[allow(unused_imports)]
use crate::common::*;

const MANAGER: &str = "manager.fi@espoo.example";

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
        assert!(page.has("Omat tietoni") && page.has("Akatemia: edistyminen"), "{}", page.body);
        assert!(manager.get("/sv/profile/data").await.has("Mina uppgifter"));
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
}
