//! Signing in through an organisation's identity provider, against a real OpenID
//! Connect provider (npm's oidc-provider, `tests/tools/oidc_provider.mjs`) on loopback:
//! an administrator configures it (its secret never shown again), a known person signs
//! into their own account and is linked, a new person waits as an account request or
//! comes in at once, and each refusal is a translated page that creates nothing.

use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader},
    process::{Child, ChildStdin, Command, Stdio},
};

use axum::http::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

#[allow(unused_imports)]
use crate::common::*;

const ADMIN: &str = "administrator.fi@kt.example";
const MANAGER: &str = "manager.fi@espoo.example";
const SECRET: &str = "testipalvelun-salaisuus-4711";

/// The provider, running until the story ends.
struct Idp {
    child: Child,
    _stdin: ChildStdin,
    issuer: String,
}

impl Drop for Idp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_idp(app: &TestApp) -> Idp {
    let config = json!({
        "client_id": "johto",
        "client_secret": SECRET,
        "redirect_uris": [app.state.config.url("/oidc/callback")],
        "post_logout_redirect_uris": [app.state.config.url("/fi/")],
        "accounts": {
            "maija": {"email": MANAGER, "email_verified": true, "name": "Maija Manageri"},
            "uusi": {"email": "uusi.henkilo@espoo.example", "email_verified": true, "name": "Uusi Henkilö"},
            "toinen": {"email": "toinen.uusi@espoo.example", "email_verified": true, "name": "Toinen Uusi"},
            "vahvistamaton": {"email": "vahvistamaton@espoo.example", "email_verified": false, "name": "Vahvistamaton"},
            "muualta": {"email": "joku@muualla.example", "email_verified": true, "name": "Joku Muualta"},
        },
    });
    let mut child = Command::new("node")
        .arg(tool("oidc_provider.mjs"))
        .arg(config.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("node, with tests/browser's packages installed by .ci/run");
    let stdin = child.stdin.take().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let started: serde_json::Value = serde_json::from_str(&line).expect("the provider started");
    Idp {
        issuer: started["issuer"].as_str().unwrap().to_owned(),
        child,
        _stdin: stdin,
    }
}

/// The administrator adds the provider for Espoo's domain and organisation.
async fn configure(app: &TestApp, idp: &Idp, auto_approve: bool) -> i32 {
    let espoo = app
        .store
        .identity()
        .organisation_of_domain(&domain::Email::parse(MANAGER).unwrap())
        .await
        .unwrap()
        .expect("the demo's Espoo has its domain");
    let admin = app.signed_in(ADMIN).await;
    let espoo = espoo.to_string();
    let mut fields = vec![
        ("name_fi", "Espoon tunnistus"),
        ("name_sv", "Esbo identifiering"),
        ("issuer_url", idp.issuer.as_str()),
        ("client_id", "johto"),
        ("client_secret", SECRET),
        ("domains", "espoo.example"),
        ("organisations", espoo.as_str()),
        ("enabled", "yes"),
    ];
    if auto_approve {
        fields.push(("auto_approve", "yes"));
    }
    let saved = admin.post("/fi/admin/sso", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let provider = app.store.identity().providers().await.unwrap()[0].clone();
    // The secret is never shown again, nor written in the log.
    let edit = admin.get(&format!("/fi/admin/sso/{}", provider.id)).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(
        edit.has("Espoon tunnistus") && !edit.has(SECRET),
        "{}",
        edit.body
    );
    assert!(!admin.get("/fi/admin/sso").await.has(SECRET));
    let log = app.store.audit_events(50).await.unwrap();
    assert!(log.iter().any(|e| e.action == "identity-provider:save"));
    assert!(log.iter().all(|e| !e.detail.contains(SECRET)));
    provider.id
}

/// Follows the provider's pages as a browser would, choosing `account` on its sign-in
/// page, until it sends the browser back to johto; returns that address.
async fn through_provider(app: &TestApp, auth: &str, account: &str) -> String {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut jar: BTreeMap<String, String> = BTreeMap::new();
    let mut url = reqwest::Url::parse(auth).unwrap();
    let home = app.state.config.url("/");
    for _ in 0..12 {
        let cookies: Vec<String> = jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let request = if url.path().starts_with("/interaction/") && !url.path().ends_with("/login")
        {
            let response = http
                .get(url.clone())
                .header("cookie", cookies.join("; "))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "the provider's sign-in page");
            keep_cookies(&mut jar, &response);
            let cookies: Vec<String> = jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
            url = url.join(&format!("{}/login", url.path())).unwrap();
            http.post(url.clone())
                .header("cookie", cookies.join("; "))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("account={account}"))
        } else {
            http.get(url.clone()).header("cookie", cookies.join("; "))
        };
        let response = request.send().await.unwrap();
        keep_cookies(&mut jar, &response);
        let location = response
            .headers()
            .get("location")
            .unwrap_or_else(|| panic!("{} at {url}", response.status()))
            .to_str()
            .unwrap()
            .to_owned();
        let next = url.join(&location).unwrap();
        if next.as_str().starts_with(home.as_str()) {
            return next.to_string();
        }
        url = next;
    }
    panic!("the provider never sent the browser back");
}

fn keep_cookies(jar: &mut BTreeMap<String, String>, response: &reqwest::Response) {
    for set in response.headers().get_all("set-cookie") {
        let set = set.to_str().unwrap();
        let pair = set.split(';').next().unwrap();
        if let Some((name, value)) = pair.split_once('=') {
            jar.insert(name.trim().to_owned(), value.trim().to_owned());
        }
    }
}

/// Starts a sign-in in `client`, goes through the provider as `account`, and brings
/// the answer back: johto's response to it, and the answer's address.
async fn sign_in_as(
    app: &TestApp,
    client: &Client<'_>,
    provider: i32,
    account: &str,
) -> (Response, String) {
    let start = client.get(&format!("/fi/login/sso/{provider}")).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER, "{}", start.body);
    assert!(
        start.set_cookie("johto_sso").is_some(),
        "the sign-in is tied to the browser"
    );
    let auth = start.location().to_owned();
    assert!(
        auth.contains("code_challenge_method=S256")
            && auth.contains("nonce=")
            && auth.contains("state="),
        "{auth}"
    );
    let answer = through_provider(app, &auth, account).await;
    (client.get(&path_of(&answer)).await, answer)
}

on_both_databases! {
    async fn a_known_person_signs_into_their_own_account_through_their_provider(app) {
        let idp = start_idp(&app);
        let provider = configure(&app, &idp, false).await;
        let visitor = app.client();
        let login = visitor.get("/fi/login").await;
        assert!(login.has("Kirjaudu: Espoon tunnistus"), "{}", login.body);
        assert!(visitor.get("/sv/login").await.has("Logga in: Esbo identifiering"));

        let users_before = count_rows(&app, "SELECT COUNT(*) FROM users").await;
        let (back, answer) = sign_in_as(&app, &visitor, provider, "maija").await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
        assert!(visitor.is_signed_in().await);
        assert_eq!(count_rows(&app, "SELECT COUNT(*) FROM users").await, users_before, "no second account");
        let id = app.user_id(MANAGER).await;
        assert_eq!(count_rows(&app, &format!("SELECT COUNT(*) FROM identity_links WHERE user_id = {id}")).await, 1, "the link is recorded");

        // The same answer again is refused: its sign-in was taken once.
        let again = app.client();
        let replayed = again.get(&path_of(&answer)).await;
        assert_eq!(replayed.status, StatusCode::BAD_REQUEST);
        assert!(replayed.has("Kirjautuminen ei onnistunut"), "{}", replayed.body);
        assert!(!again.is_signed_in().await);

        // Signing out offers the provider's own sign-out.
        let out = visitor.post("/fi/logout", &[]).await;
        assert_eq!(out.status, StatusCode::OK, "{}", out.body);
        assert!(out.has("Kirjaudu ulos myös: Espoon tunnistus") && out.has("id_token_hint="), "{}", out.body);
        assert!(!visitor.is_signed_in().await);

        // The link holds for the next sign-in, also after the account's address changes.
        let db = app.store.connection();
        db.execute_raw(Statement::from_string(db.get_database_backend(), format!("UPDATE users SET email = 'maija.uusi@espoo.example' WHERE id = {id}"))).await.unwrap();
        let returning = app.client();
        let (back, _) = sign_in_as(&app, &returning, provider, "maija").await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
        assert!(returning.get("/fi/profile").await.has("maija.uusi@espoo.example"));
    }

    async fn a_new_person_waits_for_their_hr_developer_or_comes_in_at_once(app) {
        let idp = start_idp(&app);
        let provider = configure(&app, &idp, false).await;
        let visitor = app.client();
        let (back, _) = sign_in_as(&app, &visitor, provider, "uusi").await;
        assert_eq!(back.status, StatusCode::OK, "{}", back.body);
        assert!(back.has("<h1>Tilipyyntösi on lähetetty</h1>") && back.has("organisaatiosi henkilöstön kehittäjälle"), "{}", back.body);
        assert!(!visitor.is_signed_in().await);
        let waiting = app.store.accounts().pending_requests(None).await.unwrap();
        assert!(waiting.iter().any(|r| r.email == "uusi.henkilo@espoo.example" && r.name == "Uusi Henkilö"), "{waiting:?}");
        // Asking twice is answered, not doubled.
        let (twice, _) = sign_in_as(&app, &app.client(), provider, "uusi").await;
        assert_eq!(twice.status, StatusCode::FORBIDDEN);
        assert!(twice.has("odottaa jo käsittelyä"));

        // With the provider set to approve its people, the next new person is in at once.
        let admin = app.signed_in(ADMIN).await;
        let espoo = app.store.identity().provider(provider).await.unwrap().unwrap().vouches.organisations[0].to_string();
        let saved = admin.post(&format!("/fi/admin/sso/{provider}"), &[
            ("name_fi", "Espoon tunnistus"), ("name_sv", "Esbo identifiering"),
            ("issuer_url", idp.issuer.as_str()), ("client_id", "johto"), ("client_secret", ""),
            ("domains", "espoo.example"), ("organisations", espoo.as_str()),
            ("auto_approve", "yes"), ("enabled", "yes"),
        ]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        assert_eq!(app.store.identity().provider(provider).await.unwrap().unwrap().client_secret, SECRET, "an empty secret keeps the saved one");
        let newcomer = app.client();
        let (back, _) = sign_in_as(&app, &newcomer, provider, "toinen").await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
        assert!(newcomer.is_signed_in().await);
        let account = app.store.accounts().user_by_email(&domain::Email::parse("toinen.uusi@espoo.example").unwrap()).await.unwrap().unwrap();
        assert_eq!(account.name, "Toinen Uusi");
        assert_eq!(account.roles, vec![domain::Role::Manager]);
    }

    async fn every_refusal_is_a_translated_page_and_creates_nothing(app) {
        let idp = start_idp(&app);
        let provider = configure(&app, &idp, true).await;
        let users = count_rows(&app, "SELECT COUNT(*) FROM users").await;
        let requests = count_rows(&app, "SELECT COUNT(*) FROM account_requests").await;

        let (unverified, _) = sign_in_as(&app, &app.client(), provider, "vahvistamaton").await;
        assert_eq!(unverified.status, StatusCode::FORBIDDEN);
        assert!(unverified.has("ei vahvistanut sähköpostiosoitettasi"), "{}", unverified.body);
        let (elsewhere, _) = sign_in_as(&app, &app.client(), provider, "muualta").await;
        assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
        assert!(elsewhere.has("ei vastaa sähköpostiosoitteesi verkkotunnuksesta"));

        // A state no sign-in began, and an answer brought to another browser.
        let stranger = app.client();
        let forged = stranger.get("/oidc/callback?state=keksitty&code=keksitty").await;
        assert_eq!(forged.status, StatusCode::BAD_REQUEST);
        assert!(forged.has("Kirjautumisen vastaus ei kuulu"));
        let starter = app.client();
        let start = starter.get(&format!("/sv/login/sso/{provider}")).await;
        let answer = through_provider(&app, start.location(), "maija").await;
        let other_browser = app.client().get(&path_of(&answer)).await;
        assert_eq!(other_browser.status, StatusCode::BAD_REQUEST);

        // A nonce that is not the token's, and a sign-in begun too long ago.
        let client = app.client();
        let start = client.get(&format!("/fi/login/sso/{provider}")).await;
        let state = start.set_cookie("johto_sso").unwrap().split(['=', ';']).nth(1).unwrap().to_owned();
        let db = app.store.connection();
        db.execute_raw(Statement::from_string(db.get_database_backend(), format!("UPDATE sign_in_flows SET nonce = 'toinen' WHERE state = '{state}'"))).await.unwrap();
        let answer = through_provider(&app, start.location(), "maija").await;
        let bad_nonce = client.get(&path_of(&answer)).await;
        assert_eq!(bad_nonce.status, StatusCode::BAD_REQUEST);
        assert!(bad_nonce.has("ei voitu varmentaa"), "{}", bad_nonce.body);
        let start = client.get(&format!("/fi/login/sso/{provider}")).await;
        let state = start.set_cookie("johto_sso").unwrap().split(['=', ';']).nth(1).unwrap().to_owned();
        db.execute_raw(Statement::from_string(db.get_database_backend(), format!("UPDATE sign_in_flows SET expires_at = expires_at - interval_placeholder WHERE state = '{state}'").replace("expires_at - interval_placeholder", &app_past(&app)))).await.unwrap();
        let answer = through_provider(&app, start.location(), "maija").await;
        let expired = client.get(&path_of(&answer)).await;
        assert_eq!(expired.status, StatusCode::BAD_REQUEST);
        assert!(expired.has("vanheni"), "{}", expired.body);

        // A disabled account stays out.
        let id = app.user_id(MANAGER).await;
        app.store.accounts().set_disabled(id, true, None).await.unwrap();
        let (disabled, _) = sign_in_as(&app, &client, provider, "maija").await;
        assert_eq!(disabled.status, StatusCode::FORBIDDEN);
        assert!(disabled.has("Tilisi on poistettu käytöstä"));

        assert!(!client.is_signed_in().await);
        assert_eq!(count_rows(&app, "SELECT COUNT(*) FROM users").await, users, "no account made");
        assert_eq!(count_rows(&app, "SELECT COUNT(*) FROM account_requests").await, requests, "no request made");
        assert_eq!(count_rows(&app, "SELECT COUNT(*) FROM identity_links").await, 0, "no link made");
    }
}

/// A moment well before now, as the database writes it.
fn app_past(app: &TestApp) -> String {
    match app.store.connection().get_database_backend() {
        sea_orm::DbBackend::Postgres => "now() - interval '1 hour'".to_owned(),
        _ => "'2020-01-01 00:00:00+00:00'".to_owned(),
    }
}
