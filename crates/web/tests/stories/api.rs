//! The JSON API: a person makes a token on their profile and reads the academy with
//! it, with the same permissions as on the pages.

use axum::http::StatusCode;
use serde_json::Value;

#[allow(unused_imports)]
use crate::common::*;

/// Makes a token through the profile page and returns it as shown there, once.
async fn token_of(app: &TestApp, email: &str) -> String {
    let client = app.signed_in(email).await;
    let r = client
        .post("/fi/profile/tokens", &[("name", "Intranet")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.has("sitä ei näytetä uudelleen"));
    let marker = "id=\"new-token\" type=\"text\" readonly value=\"";
    let start = r.body.find(marker).expect("the new token is shown") + marker.len();
    let token = r.body[start..].split('"').next().unwrap().to_owned();
    assert!(token.starts_with("johto_"));
    assert!(
        !client.get("/fi/profile/tokens").await.has(&token),
        "shown only once"
    );
    token
}

async fn get_json(
    client: &Client<'_>,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let r = client.get_with(path, headers).await;
    assert!(
        r.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"),
        "{path}: {}",
        r.body
    );
    (r.status, serde_json::from_str(&r.body).unwrap())
}

on_both_databases! {
    async fn a_manager_reads_the_published_academy_with_a_token(app) {
        let token = token_of(&app, "manager.fi@espoo.example").await;
        let bearer = format!("Bearer {token}");
        let auth = [("authorization", bearer.as_str())];
        let api = app.client();

        let (status, themes) = get_json(&api, "/api/v1/themes", &auth).await;
        assert_eq!(status, StatusCode::OK);
        let themes = themes.as_array().unwrap();
        assert_eq!(themes.len(), 5);
        let first = &themes[0];
        assert_eq!(first["slug"], "sisainen-viestinta");
        assert!(first["texts"].as_array().unwrap().iter().any(|t| t["lang"] == "sv" && t["title"] == "Intern kommunikation"));
        assert!(first["texts"][0]["hr_note"].is_null(), "the rollout notes are the idea bank's");

        let (status, theme) = get_json(&api, "/api/v1/themes/sisainen-viestinta", &auth).await;
        assert_eq!(status, StatusCode::OK);
        let parts = theme["parts"].as_array().unwrap();
        assert_eq!(parts.iter().map(|p| p["kind"].as_str().unwrap()).collect::<Vec<_>>(), ["video", "tool", "theory"]);
        assert!(parts[0]["video_url"].as_str().unwrap().ends_with("/static/academy/sample.webm"));
        assert!(parts[0]["texts"][0]["captions"].as_str().unwrap().starts_with("WEBVTT"));
        let worksheet = &parts[1]["file"];
        assert_eq!(worksheet["content_type"], "application/pdf");
        assert!(!parts[1]["texts"][0]["checklist"].as_array().unwrap().is_empty());

        let id = parts[2]["id"].as_i64().unwrap();
        let (status, part) = get_json(&api, &format!("/api/v1/parts/{id}"), &auth).await;
        assert_eq!((status, part["kind"].as_str()), (StatusCode::OK, Some("theory")));
        let (_, me) = get_json(&api, "/api/v1/me", &auth).await;
        assert_eq!((me["email"].as_str(), me["roles"][0].as_str()), (Some("manager.fi@espoo.example"), Some("manager")));

        let used = app.store.api_tokens().of(app.user_id("manager.fi@espoo.example").await).await.unwrap();
        assert!(used[0].last_used_at.is_some(), "the use is noted");
    }

    async fn drafts_and_rollout_notes_follow_the_callers_roles(app) {
        let editor = app.signed_in("content-editor.fi@kt.example").await;
        editor.post("/fi/academy/edit/new", &[("lang", "fi"), ("title", "Luonnosteema"), ("summary", "Kesken.")]).await;
        let manager_token = token_of(&app, "manager.fi@espoo.example").await;
        let editor_token = token_of(&app, "content-editor.fi@kt.example").await;
        let hr_token = token_of(&app, "hr-developer.fi@espoo.example").await;
        let api = app.client();
        let as_ = |t: &str| format!("Bearer {t}");

        let manager = as_(&manager_token);
        let (status, error) = get_json(&api, "/api/v1/themes/luonnosteema", &[("authorization", &manager)]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(error["error"], "not-found");
        let (_, list) = get_json(&api, "/api/v1/themes", &[("authorization", &manager)]).await;
        assert!(list.as_array().unwrap().iter().all(|t| t["slug"] != "luonnosteema"));

        let editor = as_(&editor_token);
        let (status, draft) = get_json(&api, "/api/v1/themes/luonnosteema", &[("authorization", &editor)]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(draft["published_at"].is_null());

        let hr = as_(&hr_token);
        let (_, theme) = get_json(&api, "/api/v1/themes/sisainen-viestinta", &[("authorization", &hr)]).await;
        assert!(theme["texts"][0]["hr_note"].as_str().unwrap().contains("aamupalaveri"));
    }

    async fn without_a_valid_token_the_api_answers_401_in_the_callers_language(app) {
        let api = app.client();
        let r = api.get_with("/api/v1/themes", &[("accept-language", "sv")]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert_eq!(r.headers["www-authenticate"], "Bearer realm=\"johto\"");
        let error: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(error["error"], "unauthorised");
        assert!(error["message"].as_str().unwrap().starts_with("Logga in"));
        for bad in ["Bearer johto_wrong", "Bearer ", "Basic dXNlcjpwdw=="] {
            assert_eq!(api.get_with("/api/v1/themes", &[("authorization", bad)]).await.status, StatusCode::UNAUTHORIZED, "{bad}");
        }
        let (status, _) = get_json(&api, "/api/v1/nothing-here", &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // A removed token and a disabled person's token open nothing.
        let token = token_of(&app, "manager.sv@espoo.example").await;
        let bearer = format!("Bearer {token}");
        assert_eq!(api.get_with("/api/v1/me", &[("authorization", &bearer)]).await.status, StatusCode::OK);
        let owner = app.signed_in("manager.sv@espoo.example").await;
        let id = app.store.api_tokens().of(app.user_id("manager.sv@espoo.example").await).await.unwrap()[0].id;
        let r = owner.post(&format!("/sv/profile/tokens/{id}/revoke"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(api.get_with("/api/v1/me", &[("authorization", &bearer)]).await.status, StatusCode::UNAUTHORIZED);
        let other = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(other.post(&format!("/fi/profile/tokens/{id}/revoke"), &[]).await.status, StatusCode::NOT_FOUND);

        let token = token_of(&app, "coach.fi@fcg.example").await;
        let coach = app.user_id("coach.fi@fcg.example").await;
        app.store.accounts().set_disabled(coach, true, None).await.unwrap();
        assert_eq!(api.get_with("/api/v1/me", &[("authorization", &format!("Bearer {token}"))]).await.status, StatusCode::UNAUTHORIZED);
    }

    async fn a_signed_in_browser_reads_the_api_with_its_session(app) {
        let browser = app.signed_in("manager.sv@espoo.example").await;
        let (status, me) = get_json(&browser, "/api/v1/me", &[]).await;
        assert_eq!((status, me["lang"].as_str()), (StatusCode::OK, Some("sv")));
    }

    async fn a_token_needs_a_name(app) {
        let client = app.signed_in("manager.sv@espoo.example").await;
        let r = client.post("/sv/profile/tokens", &[("name", "  ")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Ge nyckeln ett namn."));
        assert!(app.store.api_tokens().of(app.user_id("manager.sv@espoo.example").await).await.unwrap().is_empty());
    }
}

/// The document is checked by a validator that is not ours (the PyPI package
/// `openapi-spec-validator`, which `.ci/run` installs).
#[test]
fn the_openapi_document_is_valid_openapi_3_1_to_an_independent_validator() {
    let doc = serde_json::to_string_pretty(&web::api::openapi(&web::WebConfig::default())).unwrap();
    assert!(
        doc.contains("\"openapi\": \"3.1"),
        "an OpenAPI 3.1 document"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, doc).unwrap();
    let python = std::env::var("JOHTO_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let out = std::process::Command::new(&python)
        .args(["-m", "openapi_spec_validator"])
        .arg(&file)
        .output();
    let out = match out {
        Ok(out) if !String::from_utf8_lossy(&out.stderr).contains("No module named") => out,
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("openapi-spec-validator is required in CI ({python} -m openapi_spec_validator)")
        }
        _ => {
            eprintln!("skipped: {python} has no openapi_spec_validator");
            return;
        }
    };
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.contains("OK"), "{said}");
}

#[tokio::test]
async fn the_openapi_document_describes_every_route_and_both_ways_in() {
    let doc = serde_json::to_value(web::api::openapi(&web::WebConfig::default())).unwrap();
    for path in [
        "/api/v1/themes",
        "/api/v1/themes/{slug}",
        "/api/v1/parts/{id}",
        "/api/v1/me",
        "/api/v1/sparring/rounds",
        "/api/v1/sparring/applications/mine",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} is described");
    }
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["token"]["scheme"], "bearer");
    assert!(doc["components"]["schemas"]["ThemeOut"].is_object());
    let app = TestApp::sqlite().await;
    let served = app.client().get("/api/v1/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Value>(&served.body).unwrap(), doc);
}
