//! Files in the academy: an editor uploads a worksheet or a video, the content decides
//! what it is, and managers download or play it only once its theme is published.

use axum::http::StatusCode;

#[allow(unused_imports)]
use crate::common::*;

const EDITOR: &str = "content-editor.fi@kt.example";
/// A real WebM video: the one the demo plays.
const WEBM: &[u8] = include_bytes!("../../static/academy/sample.webm");

on_both_databases! {
    async fn an_editor_attaches_a_worksheet_and_managers_download_it(app) {
        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let tool = theme.parts.iter().find(|p| p.kind == domain::PartKind::Tool).unwrap();
        let editor = app.signed_in(EDITOR).await;
        let r = editor.upload(&format!("/fi/academy/edit/parts/{}/file", tool.id), "file", "Työkirja.pdf", PDF).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let part = app.store.academy().theme(theme.id).await.unwrap().unwrap().parts.into_iter().find(|p| p.id == tool.id).unwrap();
        let file = part.file.clone().expect("the part has its file");
        assert_eq!((file.name.as_str(), file.content_type.as_str()), ("Työkirja.pdf", "application/pdf"));
        assert!(app.store.academy().revisions(theme.id).await.unwrap().iter().any(|r| r.action == format!("part:{}:file", tool.id)));

        let manager = app.signed_in("manager.fi@espoo.example").await;
        let page = manager.get(&format!("/fi/academy/vuorovaikutus/{}", tool.id)).await;
        assert!(page.has(&file.href()) && page.has("Lataa tiedosto:") && page.has("PDF, 1 kB"), "{}", page.body);
        let download = manager.get(&file.href()).await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.bytes, PDF);
        assert_eq!(download.headers["content-type"], "application/pdf");
        let disposition = download.headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment;") && disposition.contains("filename*=UTF-8''Ty%C3%B6kirja.pdf"), "{disposition}");
        let part_of_it = manager.get_with(&file.href(), &[("range", "bytes=0-7")]).await;
        assert_eq!(part_of_it.status, StatusCode::PARTIAL_CONTENT);
        assert_eq!(part_of_it.bytes, b"%PDF-1.4");
        assert_eq!(part_of_it.headers["content-range"], format!("bytes 0-7/{}", PDF.len()).as_str());
        let beyond = manager.get_with(&file.href(), &[("range", "bytes=9999-")]).await;
        assert_eq!(beyond.status, StatusCode::RANGE_NOT_SATISFIABLE);

        // Signed out, the file is behind the login.
        let stranger = app.client();
        assert_eq!(stranger.get(&file.href()).await.status, StatusCode::SEE_OTHER);
        // A draft's file is the editors' only.
        editor.post(&format!("/fi/academy/edit/{}/unpublish", theme.id), &[]).await;
        assert_eq!(manager.get(&file.href()).await.status, StatusCode::NOT_FOUND);
        assert_eq!(editor.get(&file.href()).await.status, StatusCode::OK);
    }

    async fn a_video_part_plays_its_own_uploaded_video(app) {
        let theme = app.store.academy().theme_by_slug("etajohtaminen").await.unwrap().unwrap();
        let video = &theme.parts[0];
        let editor = app.signed_in(EDITOR).await;
        let r = editor.upload(&format!("/fi/academy/edit/parts/{}/file", video.id), "file", "kokous.webm", WEBM).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let href = app.store.academy().theme(theme.id).await.unwrap().unwrap().parts[0].video_src().unwrap();
        assert!(href.starts_with("/files/") && href.ends_with("/kokous.webm"), "{href}");
        let manager = app.signed_in("manager.sv@espoo.example").await;
        let page = manager.get(&format!("/sv/academy/etajohtaminen/{}", video.id)).await;
        assert!(page.has(&format!("src=\"{href}\"")), "{}", page.body);
        let played = manager.get(&href).await;
        assert_eq!(played.headers["content-type"], "video/webm");
        assert!(played.headers["content-disposition"].to_str().unwrap().starts_with("inline;"));
    }

    async fn a_refused_upload_says_why_and_changes_nothing(app) {
        let theme = app.store.academy().theme_by_slug("tyoturvallisuus-ja-tyohyvinvointi").await.unwrap().unwrap();
        let tool = theme.parts.iter().find(|p| p.kind == domain::PartKind::Tool).unwrap();
        let before = tool.file.clone();
        let path = format!("/sv/academy/edit/parts/{}/file", tool.id);
        let editor = app.signed_in(EDITOR).await;

        let program = editor.upload(&path, "file", "arbetsblad.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00").await;
        assert_eq!(program.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(program.has("Filens innehåll är inte av en tillåten typ."), "{}", program.body);
        let renamed = editor.upload(&path, "file", "arbetsblad.docx", PDF).await;
        assert!(renamed.has("Filnamnets ändelse motsvarar inte filens innehåll."));
        let wrong_part = editor.upload(&path, "file", "film.webm", WEBM).await;
        assert!(wrong_part.has("Till en video hör en videofil"), "{}", wrong_part.body);
        let nothing = editor.upload(&path, "file", "", b"").await;
        assert!(nothing.has("Välj en fil att skicka."));
        let forged = editor.upload_with_token(&path, None, "file", "arbetsblad.pdf", PDF).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(manager.upload(&path, "file", "arbetsblad.pdf", PDF).await.status, StatusCode::FORBIDDEN);

        let after = app.store.academy().theme(theme.id).await.unwrap().unwrap();
        assert_eq!(after.parts.iter().find(|p| p.id == tool.id).unwrap().file, before);
    }

    async fn the_demo_tools_come_with_printable_worksheets(app) {
        for theme in app.store.academy().published_themes().await.unwrap() {
            let tool = theme.parts.iter().find(|p| p.kind == domain::PartKind::Tool).unwrap();
            let file = tool.download().expect("every demo tool has a worksheet");
            assert_eq!(file.content_type, "application/pdf");
            let bytes = app.state.files.read(file, None).await.unwrap();
            assert!(bytes.starts_with(b"%PDF-1.4") && bytes.ends_with(b"%%EOF\n"));
        }
    }
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_with_a_page_that_says_so() {
    let app = TestApp::sqlite_with(web::WebConfig {
        trust_proxy: true,
        max_upload_bytes: 1024,
        ..web::WebConfig::default()
    })
    .await;
    let theme = app
        .store
        .academy()
        .theme_by_slug("vuorovaikutus")
        .await
        .unwrap()
        .unwrap();
    let tool = theme
        .parts
        .iter()
        .find(|p| p.kind == domain::PartKind::Tool)
        .unwrap();
    let editor = app.signed_in(EDITOR).await;
    let mut big = PDF.to_vec();
    big.resize(400 * 1024, b' ');
    let r = editor
        .upload(
            &format!("/fi/academy/edit/parts/{}/file", tool.id),
            "file",
            "iso.pdf",
            &big,
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.has("Tiedosto on liian suuri"), "{}", r.body);
    assert_eq!(
        app.store
            .academy()
            .theme(theme.id)
            .await
            .unwrap()
            .unwrap()
            .parts
            .iter()
            .find(|p| p.id == tool.id)
            .unwrap()
            .file,
        tool.file
    );
}
