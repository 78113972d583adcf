//! Editors write the academy: a theme in two languages, its parts, publication (and
//! its refusal), the e-mail to subscribers, history and restore, and nobody else may.

use axum::http::StatusCode;

#[allow(unused_imports)]
use crate::common::*;

const EDITOR: &str = "content-editor.fi@kt.example";

on_both_databases! {
    async fn an_editor_writes_a_theme_in_both_languages_and_publishes_it(app) {
        let editor = app.signed_in(EDITOR).await;
        let r = editor.post("/fi/academy/edit/new", &[("lang", "fi"), ("title", "Muutosjohtaminen"), ("summary", "Miten johdat muutosta.")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let theme = app.store.academy().theme_by_slug("muutosjohtaminen").await.unwrap().unwrap();
        let base = format!("/fi/academy/edit/{}", theme.id);
        let r = editor.post(&format!("{base}/parts"), &[("lang", "fi"), ("kind", "theory"), ("part_title", "Muutoksen vaiheet"), ("minutes", "3"), ("video_url", "")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let part = app.store.academy().theme(theme.id).await.unwrap().unwrap().parts[0].id;
        editor.post(&format!("/fi/academy/edit/parts/{part}/text/fi"), &[("title", "Muutoksen vaiheet"), ("body", "Muutos etenee vaiheittain.")]).await;

        // Without Swedish it is refused, and says what is missing.
        let r = editor.post(&format!("{base}/publish"), &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Teemaa ei voi vielä julkaista") && r.has("ruotsi: otsikko puuttuu"), "{}", r.body);
        assert!(!app.store.academy().theme(theme.id).await.unwrap().unwrap().is_published());

        let r = editor.get(&format!("{base}?lang=sv")).await;
        assert!(r.has("Alkuperäinen teksti") && r.has("Miten johdat muutosta."), "the Finnish source beside the Swedish form");
        editor.post(&format!("{base}/text/sv"), &[("title", "Förändringsledning"), ("summary", "Hur du leder förändring."), ("hr_note", "")]).await;
        editor.post(&format!("/fi/academy/edit/parts/{part}/text/sv"), &[("title", "Förändringens faser"), ("body", "Förändringen sker i faser.")]).await;
        let r = editor.post(&format!("{base}/publish"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // Subscribers hear of it, each in their own language.
        let mail = &app.mails_to("manager.fi@espoo.example").await[0];
        assert!(mail.contains("Uusi teema akatemiassa: Muutosjohtaminen"), "{mail}");
        assert!(mail.contains("/fi/academy/muutosjohtaminen"));
        let manager = app.signed_in("manager.sv@espoo.example").await;
        assert!(manager.get("/sv/academy/muutosjohtaminen").await.has("Förändringsledning"));

        // Taken down and published again, it is not news a second time.
        editor.post(&format!("{base}/unpublish"), &[]).await;
        assert_eq!(editor.post(&format!("{base}/publish"), &[]).await.status, StatusCode::SEE_OTHER);
        assert_eq!(app.mails_to("manager.fi@espoo.example").await.len(), 1, "one mail, for the first publication only");
    }

    async fn a_form_with_errors_keeps_what_the_editor_wrote(app) {
        let editor = app.signed_in(EDITOR).await;
        let theme = app.store.academy().theme_by_slug("etajohtaminen").await.unwrap().unwrap();
        let video = theme.parts[0].id;
        let r = editor.post(&format!("/sv/academy/edit/parts/{video}/text/sv"), &[("title", ""), ("body", "Min text"), ("captions", "not vtt")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.has("Skriv en rubrik.") && r.has("Textningen ska vara i WebVTT-format"));
        assert!(r.has("Min text") && r.has("not vtt"));
        let unchanged = app.store.academy().theme(theme.id).await.unwrap().unwrap();
        assert_eq!(unchanged.parts[0].title(domain::Lang::Sv), "En runda i distansmötet");
        let r = editor.post(&format!("/sv/academy/edit/parts/{video}/meta"), &[("minutes", "600"), ("video_url", "javascript:alert(1)")]).await;
        assert!(r.has("Skriv längden i minuter (1–60).") && r.has("Ange videons adress"));
    }

    async fn an_editor_reorders_parts_and_restores_an_earlier_version(app) {
        let editor = app.signed_in(EDITOR).await;
        let theme = app.store.academy().theme_by_slug("ratkaisukeskeisyys").await.unwrap().unwrap();
        let ids: Vec<i32> = theme.parts.iter().map(|p| p.id).collect();
        editor.post(&format!("/fi/academy/edit/parts/{}/move", ids[2]), &[("direction", "up")]).await;
        let moved: Vec<i32> = app.store.academy().theme(theme.id).await.unwrap().unwrap().parts.iter().map(|p| p.id).collect();
        assert_eq!(moved, vec![ids[0], ids[2], ids[1]]);
        let history = editor.get(&format!("/fi/academy/edit/{}/history", theme.id)).await;
        assert!(history.has("part:") && history.has("Palauta"));
        let before_move = app.store.academy().revisions(theme.id).await.unwrap()[1].number;
        let r = editor.post(&format!("/fi/academy/edit/{}/restore/{before_move}", theme.id), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let restored: Vec<i32> = app.store.academy().theme(theme.id).await.unwrap().unwrap().parts.iter().map(|p| p.id).collect();
        assert_eq!(restored, ids);
        assert_eq!(editor.post(&format!("/fi/academy/edit/{}/restore/999", theme.id), &[]).await.status, StatusCode::NOT_FOUND);
    }

    async fn only_editors_and_administrators_edit(app) {
        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let manager = app.signed_in("manager.fi@espoo.example").await;
        assert_eq!(manager.get("/fi/academy/edit").await.status, StatusCode::FORBIDDEN);
        assert_eq!(manager.post(&format!("/fi/academy/edit/{}/unpublish", theme.id), &[]).await.status, StatusCode::FORBIDDEN);
        assert!(app.store.academy().theme(theme.id).await.unwrap().unwrap().is_published());
        assert!(!manager.get("/fi/").await.has("/fi/academy/edit"), "no editing link for a manager");
        let admin = app.signed_in("administrator.fi@kt.example").await;
        assert_eq!(admin.get("/fi/academy/edit").await.status, StatusCode::OK);
        let r = admin.post(&format!("/fi/academy/edit/{}/unpublish", theme.id), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(manager.get("/fi/academy/vuorovaikutus").await.status, StatusCode::NOT_FOUND, "unpublished is a draft again");
    }
}
