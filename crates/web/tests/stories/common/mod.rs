//! `TestApp`: the whole application on a fresh database, driven in-process.
//!
//! Every storage test runs twice through `on_both_databases!`: on a new SQLite file
//! and on a new PostgreSQL database (at `JOHTO_TEST_POSTGRES`, by default
//! `postgres://postgres@127.0.0.1:5432`). Without PostgreSQL the second run is
//! skipped with a note, unless `CI=true`, where it fails.
#![allow(dead_code, clippy::unwrap_used)]

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode, header},
};
use sea_orm::{ConnectionTrait, Database};
use store::Store;
use tower::ServiceExt;
use web::{AppState, Mailer, WebConfig};

pub const DEMO_PASSWORD: &str = store::demo::DEMO_PASSWORD;

/// The smallest PDF the upload checks take for one.
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n";

pub struct TestApp {
    pub store: Store,
    pub state: AppState,
    pub router: Router,
    pub mail_dir: tempfile::TempDir,
    /// Where the search indexes write their files.
    pub search_dir: tempfile::TempDir,
    pub backend: &'static str,
    _db_dir: Option<tempfile::TempDir>,
    _files_dir: tempfile::TempDir,
}

/// Runs each story on SQLite and on PostgreSQL, as `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($(async fn $name:ident($app:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let $app = $crate::common::TestApp::sqlite().await;
                    $body
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let Some($app) = $crate::common::TestApp::postgres().await else { return };
                    $body
                }
            }
        )*
    };
}

/// The demo, seeded once for every story of a test build on a day (the demo's dates
/// follow today), and copied for each story: seeding takes seconds, a copy a moment.
/// Story processes run side by side, so the first to come makes the template under a
/// lock and the others wait for it.
fn template_key() -> String {
    use std::hash::{Hash, Hasher};
    let exe = std::env::current_exe().unwrap();
    let meta = std::fs::metadata(&exe).unwrap();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    exe.hash(&mut hasher);
    meta.len().hash(&mut hasher);
    meta.modified().unwrap().hash(&mut hasher);
    chrono::Utc::now().date_naive().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// Runs `make` into a new folder once, whichever process comes first; the others wait
/// for the folder to appear. A lock left by a process that died is taken over.
async fn made_once<F: std::future::Future<Output = ()>>(
    dir: &Path,
    make: impl FnOnce(PathBuf) -> F,
) {
    let lock = dir.with_extension("lock");
    loop {
        if dir.exists() {
            return;
        }
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
        {
            Ok(_) => {
                let building = dir.with_extension(format!("building-{}", std::process::id()));
                std::fs::create_dir_all(&building).unwrap();
                make(building.clone()).await;
                std::fs::rename(&building, dir).unwrap();
                std::fs::remove_file(&lock).ok();
                return;
            }
            Err(_) => {
                let stale = std::fs::metadata(&lock)
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t.elapsed().is_ok_and(|e| e.as_secs() > 300));
                if stale {
                    std::fs::remove_file(&lock).ok();
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        }
    }
}

/// A folder with `johto.db`, a seeded SQLite database, and `files`, its uploads.
async fn sqlite_template() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("johto-test-sqlite-{}", template_key()));
    made_once(&dir, |building| async move {
        let seeding = building.join("seeding.db");
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", seeding.display()))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let files = store::FileStorage::local(&building.join("files")).unwrap();
        store.seed_demo(&files).await.unwrap();
        // One file, written whole, whatever the write-ahead log holds.
        store
            .connection()
            .execute_unprepared(&format!(
                "VACUUM INTO '{}'",
                building.join("johto.db").display()
            ))
            .await
            .unwrap();
        store.connection().clone().close().await.ok();
        for leftover in ["seeding.db", "seeding.db-wal", "seeding.db-shm"] {
            std::fs::remove_file(building.join(leftover)).ok();
        }
    })
    .await;
    dir
}

/// A seeded PostgreSQL database to create each story's from, and its uploads.
struct PostgresTemplate {
    database: String,
    files: PathBuf,
}

async fn postgres_template(admin: &sea_orm::DatabaseConnection, base: &str) -> PostgresTemplate {
    let key = template_key();
    let database = format!("johto_tpl_{key}");
    let files = std::env::temp_dir().join(format!("johto-test-postgres-{key}"));
    // A template made earlier may have been dropped since (`tests/run` drops them all
    // before it starts): then it is made again.
    while files.exists() && !database_exists(admin, &database).await {
        std::fs::remove_dir_all(&files).ok();
    }
    let (db, base) = (database.clone(), base.to_owned());
    made_once(&files, |building| async move {
        if database_exists(admin, &db).await {
            admin
                .execute_unprepared(&format!("DROP DATABASE {db} WITH (FORCE)"))
                .await
                .unwrap();
        }
        admin
            .execute_unprepared(&format!("CREATE DATABASE {db}"))
            .await
            .unwrap();
        let store = Store::connect(&format!("{base}/{db}")).await.unwrap();
        store.migrate().await.unwrap();
        let uploads = store::FileStorage::local(&building.join("files")).unwrap();
        store.seed_demo(&uploads).await.unwrap();
        // A template must have no one connected when it is copied.
        store.connection().clone().close().await.ok();
    })
    .await;
    PostgresTemplate {
        database,
        files: files.join("files"),
    }
}

async fn database_exists(admin: &sea_orm::DatabaseConnection, name: &str) -> bool {
    admin
        .query_one_raw(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            format!("SELECT 1 AS found FROM pg_database WHERE datname = '{name}'"),
        ))
        .await
        .unwrap()
        .is_some()
}

/// Copies a folder and everything in it.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The PostgreSQL server the tests make their databases on.
pub fn postgres_base() -> String {
    std::env::var("JOHTO_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

impl TestApp {
    pub async fn sqlite() -> TestApp {
        TestApp::sqlite_with(WebConfig {
            trust_proxy: true,
            ..WebConfig::default()
        })
        .await
    }

    pub async fn sqlite_with(config: WebConfig) -> TestApp {
        let template = sqlite_template().await;
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("johto.db");
        std::fs::copy(template.join("johto.db"), &db).unwrap();
        let url = format!("sqlite://{}?mode=rwc", db.display());
        TestApp::start(&url, "sqlite", Some(dir), &template.join("files"), config).await
    }

    pub async fn postgres() -> Option<TestApp> {
        let base = postgres_base();
        let admin = match Database::connect(format!("{base}/postgres")).await {
            Ok(db) => db,
            Err(e) => {
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!("PostgreSQL is required in CI but unreachable at {base}: {e}");
                }
                eprintln!("skipped on PostgreSQL: unreachable at {base} ({e})");
                return None;
            }
        };
        let name = format!(
            "johto_test_{}",
            store::random_token().to_lowercase().replace(['-', '_'], "")[..16].to_owned()
        );
        let template = postgres_template(&admin, &base).await;
        admin
            .execute_unprepared(&format!(
                "CREATE DATABASE {name} TEMPLATE {}",
                template.database
            ))
            .await
            .unwrap();
        // A throwaway database need not wait for the disk at every commit.
        admin
            .execute_unprepared(&format!(
                "ALTER DATABASE {name} SET synchronous_commit TO off"
            ))
            .await
            .unwrap();
        admin.close().await.ok();
        let config = WebConfig {
            trust_proxy: true,
            ..WebConfig::default()
        };
        Some(
            TestApp::start(
                &format!("{base}/{name}"),
                "postgres",
                None,
                &template.files,
                config,
            )
            .await,
        )
    }

    /// The application on a copy of a seeded database, with a copy of its files.
    async fn start(
        url: &str,
        backend: &'static str,
        db_dir: Option<tempfile::TempDir>,
        template_files: &Path,
        config: WebConfig,
    ) -> TestApp {
        let store = Store::connect(url).await.unwrap();
        store.migrate().await.unwrap();
        let files_dir = tempfile::tempdir().unwrap();
        copy_dir(template_files, files_dir.path());
        let files = store::FileStorage::local(files_dir.path()).unwrap();
        assert!(
            !store.seed_demo(&files).await.unwrap(),
            "the template was seeded already"
        );
        let mail_dir = tempfile::tempdir().unwrap();
        let mailer =
            Mailer::to_folder(mail_dir.path().to_owned(), "Johto <noreply@johto.example>").unwrap();
        let search_dir = tempfile::tempdir().unwrap();
        let issuer = web::IssuerKey::generate();
        let key = issuer.public_multibase();
        store.certificates().register_key(&key, &key).await.unwrap();
        let state = AppState {
            store: store.clone(),
            config: Arc::new(config),
            mailer,
            search: Arc::new(search::SearchIndex::new(search_dir.path().to_owned())),
            files,
            issuer: Arc::new(issuer),
        };
        TestApp {
            router: web::router(state.clone()),
            state,
            store,
            mail_dir,
            search_dir,
            backend,
            _db_dir: db_dir,
            _files_dir: files_dir,
        }
    }

    /// A browser of its own: its own cookies, its own address.
    pub fn client(&self) -> Client<'_> {
        self.client_from("192.0.2.10")
    }

    pub fn client_from(&self, address: &str) -> Client<'_> {
        Client {
            app: self,
            jar: Mutex::new(BTreeMap::new()),
            address: address.to_owned(),
        }
    }

    /// A browser signed in as the demo person of this address.
    pub async fn signed_in(&self, email: &str) -> Client<'_> {
        let client = self.client();
        client.login_ok(email).await;
        client
    }

    /// The application's state with its e-mail sent over SMTP to `port` on loopback.
    pub fn state_mailing_to(&self, port: u16) -> web::AppState {
        let smtp = web::mail::SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            security: "none".into(),
        };
        web::AppState {
            mailer: web::Mailer::smtp(&smtp, "Johto <noreply@johto.example>").unwrap(),
            ..self.state.clone()
        }
    }

    /// The application's state with its e-mail going to an SMTP port where nothing
    /// listens.
    pub fn state_with_broken_smtp(&self) -> web::AppState {
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        self.state_mailing_to(closed)
    }

    /// Runs every due background job, as the worker would.
    pub async fn run_jobs(&self) -> usize {
        web::jobs::Worker::new(self.state.clone())
            .run_until_idle()
            .await
            .unwrap()
    }

    /// The e-mails sent so far (after the worker has run), as raw messages, oldest first.
    pub async fn mails(&self) -> Vec<String> {
        self.run_jobs().await;
        let mut files: Vec<_> = std::fs::read_dir(self.mail_dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|(_, p)| decode_mail(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }

    /// The mails sent to one address.
    pub async fn mails_to(&self, address: &str) -> Vec<String> {
        self.mails()
            .await
            .into_iter()
            .filter(|m| {
                m.lines()
                    .any(|l| l.starts_with("To:") && l.contains(address))
            })
            .collect()
    }

    pub async fn user_id(&self, email: &str) -> i32 {
        self.store
            .accounts()
            .user_by_email(&domain::Email::parse(email).unwrap())
            .await
            .unwrap()
            .unwrap()
            .id
    }
}

/// Undoes the quoted-printable and base64 encodings of a plain-text e-mail body,
/// so tests can read links and words.
fn decode_mail(raw: &str) -> String {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let body = if head.contains("Content-Transfer-Encoding: base64") {
        use base64::Engine;
        let joined: String = body.lines().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined.trim())
                .unwrap_or_default(),
        )
        .unwrap_or_default()
    } else if head.contains("quoted-printable") {
        let soft = body.replace("=\r\n", "");
        let bytes = soft.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'='
                && i + 2 < bytes.len()
                && let Ok(b) = u8::from_str_radix(
                    std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"),
                    16,
                )
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    } else {
        body.to_owned()
    };
    format!(
        "{}\r\n\r\n{body}",
        decode_words(&head.replace("\r\n ", " "))
    )
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`) in headers.
fn decode_words(head: &str) -> String {
    use base64::Engine;
    let mut out = String::new();
    let mut rest = head;
    while let Some(start) = rest.find("=?") {
        out.push_str(&rest[..start]);
        let word = &rest[start + 2..];
        let parts: Vec<&str> = word.splitn(3, '?').collect();
        let Some(end) = parts.get(2).and_then(|p| p.find("?=")) else {
            out.push_str("=?");
            rest = word;
            continue;
        };
        let text = &parts[2][..end];
        let decoded = if parts[1].eq_ignore_ascii_case("b") {
            String::from_utf8_lossy(
                &base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .unwrap_or_default(),
            )
            .into_owned()
        } else {
            text.replace('_', " ")
        };
        out.push_str(&decoded);
        rest = &parts[2][end + 2..];
        // White space between two encoded words is not part of the text.
        if rest.trim_start().starts_with("=?") {
            rest = rest.trim_start();
        }
    }
    out.push_str(rest);
    out
}

pub struct Client<'a> {
    pub app: &'a TestApp,
    jar: Mutex<BTreeMap<String, String>>,
    address: String,
}

pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Response {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The CSRF token a page carries in its forms.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .expect("the page has a form with a CSRF token");
        self.body[start..].split('"').next().unwrap().to_owned()
    }

    /// The whole `Set-Cookie` line this response sends for the cookie `name`.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.split('=').next() == Some(name))
            .map(str::to_owned)
    }

    pub fn has(&self, text: &str) -> bool {
        self.body.contains(text)
    }
}

impl Client<'_> {
    pub fn session_cookie(&self) -> Option<String> {
        self.jar.lock().unwrap().get("johto").cloned()
    }

    pub fn set_session_cookie(&self, value: &str) {
        self.jar
            .lock()
            .unwrap()
            .insert("johto".to_owned(), value.to_owned());
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        extra: &[(&str, &str)],
    ) -> Response {
        let body = body.map(|b| {
            (
                "application/x-www-form-urlencoded".to_owned(),
                b.into_bytes(),
            )
        });
        self.send(method, path, body, extra).await
    }

    /// Sends a request with a body of the given content type.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<(String, Vec<u8>)>,
        extra: &[(&str, &str)],
    ) -> Response {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header("x-forwarded-for", &self.address);
        let cookies: Vec<String> = self
            .jar
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !cookies.is_empty() {
            builder = builder.header(header::COOKIE, cookies.join("; "));
        }
        if let Some((content_type, _)) = &body {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        for (k, v) in extra {
            builder = builder.header(*k, *v);
        }
        let request = builder
            .body(body.map_or_else(Body::empty, |(_, bytes)| Body::from(bytes)))
            .unwrap();
        let response = self.app.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for set in headers.get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            let (pair, attributes) = set.split_once(';').unwrap_or((set, ""));
            let (name, value) = pair.split_once('=').unwrap();
            let removed = attributes.to_ascii_lowercase().contains("max-age=0");
            let mut jar = self.jar.lock().unwrap();
            if removed {
                jar.remove(name.trim());
            } else {
                jar.insert(name.trim().to_owned(), value.trim().to_owned());
            }
        }
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        Response {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    /// Sends a file as a browser's upload form would: the CSRF token first, then the
    /// file under `field`.
    pub async fn upload(&self, path: &str, field: &str, name: &str, content: &[u8]) -> Response {
        let token = self.csrf().await;
        self.upload_with_token(path, Some(&token), field, name, content)
            .await
    }

    pub async fn upload_with_token(
        &self,
        path: &str,
        token: Option<&str>,
        field: &str,
        name: &str,
        content: &[u8],
    ) -> Response {
        let mut fields = Vec::new();
        if let Some(token) = token {
            fields.push(("csrf", token));
        }
        self.post_multipart(path, &fields, Some((field, name, content)))
            .await
    }

    /// A multipart form with its CSRF token, text fields, and a file when given.
    pub async fn upload_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Response {
        let token = self.csrf().await;
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        let file = file.map(|(name, content)| ("file", name, content));
        self.post_multipart(path, &all, file).await
    }

    /// Posts text fields, in order, then a file (field, file name, content).
    async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, &[u8])>,
    ) -> Response {
        let boundary = "johtoTestBoundary7MA4YWxk";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((field, name, content)) = file {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        self.send(Method::POST, path, Some((content_type, body)), &[])
            .await
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path, None, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Response {
        self.request(Method::GET, path, None, headers).await
    }

    /// Posts a form exactly as given: no CSRF token is added.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = serde_urlencoded::to_string(fields).unwrap();
        self.request(Method::POST, path, Some(body), &[]).await
    }

    /// Posts a form as a browser would after showing `form_page`: with its CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.csrf().await;
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// The session's current CSRF token, read from a page with a form.
    pub async fn csrf(&self) -> String {
        let page = self.get("/fi/login").await;
        if page.status == StatusCode::OK {
            return page.csrf();
        }
        self.get("/fi/profile").await.csrf()
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.post(
            "/fi/login",
            &[("email", email), ("password", password), ("next", "")],
        )
        .await
    }

    /// Logs in and checks that it worked.
    pub async fn login_ok(&self, email: &str) {
        let r = self.login(email, DEMO_PASSWORD).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "login of {email} failed: {}",
            r.body
        );
    }

    pub async fn is_signed_in(&self) -> bool {
        self.get("/fi/profile").await.status == StatusCode::OK
    }
}

/// A signed-in browser session for the person, made directly in the session store:
/// (cookie, CSRF token). The registrations themselves go through HTTP.
pub async fn session_of(app: &TestApp, user_id: i32) -> (String, String) {
    let (id, csrf) = web::ctx::open_session(&app.store, user_id).await.unwrap();
    (format!("johto={id}"), csrf)
}

/// The application on a real TCP port.
pub async fn serve(app: &TestApp) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = app.router.clone();
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    addr
}

/// Posts a form (its CSRF token and `fields`) over its own HTTP/1.1 connection and
/// returns the status.
pub async fn post_over_http(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: &str,
    csrf: &str,
    fields: &[(&str, &str)],
) -> axum::http::StatusCode {
    use http_body_util::{BodyExt, Full};
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .unwrap();
    tokio::spawn(connection);
    let request = hyper::Request::post(path)
        .header("host", addr.to_string())
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Full::new(bytes::Bytes::from(
            serde_urlencoded::to_string(
                std::iter::once(("csrf", csrf))
                    .chain(fields.iter().copied())
                    .collect::<Vec<_>>(),
            )
            .unwrap(),
        )))
        .unwrap();
    let response = sender.send_request(request).await.unwrap();
    let status = response.status();
    response.into_body().collect().await.unwrap();
    status
}

/// A real SMTP server (aiosmtpd) on loopback that keeps each message as JSON.
pub struct SmtpServer {
    child: std::process::Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        use std::io::BufRead;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("/usr/bin/python3")
            .arg(tool("smtp_server.py"))
            .arg(port.to_string())
            .arg(dir.path())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("Debian's python3 with python3-aiosmtpd (installed by .ci/run)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server started");
        SmtpServer { child, port, dir }
    }

    pub fn received(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Makes every waiting job due now (reminders, digests), as if their time had come.
pub async fn make_jobs_due(app: &TestApp) {
    use sea_orm::ConnectionTrait;
    let sql = "UPDATE jobs SET run_at = created_at WHERE done_at IS NULL";
    app.store
        .connection()
        .execute_unprepared(sql)
        .await
        .unwrap();
}

/// What a script in `tests/browser` (Node.js, with the npm packages `tests/run` and
/// `.ci/run` install there) makes of this JSON, as JSON.
pub fn read_with_node(script: &str, input: &serde_json::Value) -> serde_json::Value {
    use std::io::Write;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/browser")
        .join(script);
    let mut child = std::process::Command::new("node")
        .arg(path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Node.js");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Runs a command-line reader (Debian's poppler-utils, zbar-tools) on a file.
pub fn run_tool(program: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} (installed by .ci/run): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The number a `SELECT COUNT(*) …` answers, on either database.
pub async fn count_rows(app: &TestApp, sql: &str) -> i64 {
    let db = app.store.connection();
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0)
        .or_else(|_| row.try_get_by_index::<i32>(0).map(i64::from))
        .unwrap()
}

/// One of the independent readers in `tests/tools`.
pub fn tool(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/tools")
        .join(name)
}

/// What a reader in `tests/tools` (Debian's python3 with icalendar or openpyxl,
/// installed by .ci/run) makes of these bytes, as JSON; a file it cannot read fails.
pub fn read_with_tool(name: &str, bytes: &[u8]) -> serde_json::Value {
    use std::io::Write;
    let mut child = std::process::Command::new("/usr/bin/python3")
        .arg(tool(name))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Debian's python3 (its packages are installed by .ci/run)");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{name} could not read it: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The first link in a text that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no link {prefix} in {text}"));
    text[start..].split_whitespace().next().unwrap().to_owned()
}

/// The path of a link, without the scheme and host.
pub fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or("/".to_owned(), |i| after_scheme[i..].to_owned())
}

/// Every file below these folders of the web crate (`src`, `templates`, or a path
/// beside them), with its text.
pub fn source_files(folders: &[&str]) -> Vec<(std::path::PathBuf, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut stack: Vec<_> = folders.iter().map(|f| root.join(f)).collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path, text));
            }
        }
    }
    files
}

/// Every route pattern registered in the web crate's sources whose handler is given
/// with `verb` (`"get("`, `"post("`), sorted: the tenant-matrix and CSRF tests read
/// them, so a new route is covered the day it is written.
pub fn routes_in_sources(verb: &str) -> Vec<String> {
    let mut routes = Vec::new();
    for (_, text) in source_files(&["src"]) {
        // One line, and `.route(` always directly followed by its path, however
        // rustfmt wrapped the call.
        let flat = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(".route( \"", ".route(\"");
        for piece in flat.split(".route(\"").skip(1) {
            let Some((route, rest)) = piece.split_once('"') else {
                continue;
            };
            let call = rest.split(".route(").next().unwrap_or_default();
            if call.contains(verb) {
                routes.push(route.to_owned());
            }
        }
    }
    routes.sort();
    routes.dedup();
    routes
}
