//! The Manager Academy: browsing, parts of each kind, progress, ratings, private tool
//! answers, drafts, publishing rules, revisions and out-of-date translations.

use axum::http::StatusCode;
use domain::{Lang, Minutes, PartKind};
use store::academy::{PartTextInput, ThemeTextInput};

#[allow(unused_imports)]
use crate::common::*;

const MANAGER: &str = "manager.fi@espoo.example";

fn theme_text(title: &str) -> ThemeTextInput {
    ThemeTextInput {
        title: title.into(),
        summary: format!("{title}: tiivistelmä"),
        hr_note: String::new(),
    }
}

fn theory(title: &str) -> PartTextInput {
    PartTextInput {
        title: title.into(),
        body: "Lyhyt teksti.".into(),
        ..PartTextInput::default()
    }
}

async fn communication(app: &TestApp) -> store::Theme {
    app.store
        .academy()
        .theme_by_slug("sisainen-viestinta")
        .await
        .unwrap()
        .unwrap()
}

on_both_databases! {
    async fn an_academy_of_more_parts_than_one_statement_binds_is_read_whole_and_in_order(app) {
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let sizes = store::bench_data::Sizes { themes: 30, parts_per_theme: 20, managers: 0 };
        let password = domain::NewPassword::parse("bench-password-2026", "bench-password-2026").unwrap();
        app.store.seed_bench_academy(sizes, espoo, &password).await.unwrap();
        let published = app.store.academy().published().await.unwrap();
        // 600 parts and more: their texts are asked for in more than one statement.
        let parts: Vec<_> = published.themes.iter().flat_map(|t| t.parts.iter().map(move |p| (t, p))).collect();
        assert!(parts.len() > 600, "{}", parts.len());
        let in_sql = |what: &str| {
            format!("SELECT COUNT(*) AS n FROM {what} WHERE p.theme_id IN (SELECT id FROM themes WHERE published_at IS NOT NULL)")
        };
        assert_eq!(i64::try_from(parts.len()).unwrap(), count_rows(&app, &in_sql("parts p")).await);
        let texts = parts.iter().map(|(_, p)| p.texts.len()).sum::<usize>();
        assert_eq!(i64::try_from(texts).unwrap(), count_rows(&app, &in_sql("part_texts x JOIN parts p ON p.id = x.part_id")).await);
        for (theme, part) in &parts {
            assert_eq!(part.theme_id, theme.id);
            assert!(part.texts.iter().all(|t| !t.title.is_empty()), "{}", part.id);
        }
        for theme in &published.themes {
            let order: Vec<_> = theme.parts.iter().map(|p| (p.position, p.id)).collect();
            assert!(order.is_sorted(), "{}: {order:?}", theme.slug);
        }
    }

    async fn the_bank_and_the_idea_bank_show_one_page_at_a_time(app) {
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let sizes = store::bench_data::Sizes { themes: 40, parts_per_theme: 1, managers: 0 };
        let password = domain::NewPassword::parse("bench-password-2026", "bench-password-2026").unwrap();
        app.store.seed_bench_academy(sizes, espoo, &password).await.unwrap();
        let published = app.store.academy().published().await.unwrap();
        let total = published.themes.len();
        assert!(total > 40, "the demo's themes and the 40 new ones");
        let pages = total.div_ceil(24);
        let browser = app.signed_in(MANAGER).await;
        let mut seen = Vec::new();
        for page in 1..=pages {
            let bank = browser.get(&format!("/fi/academy?page={page}")).await;
            assert_eq!(bank.status, StatusCode::OK);
            assert!(bank.has(&format!("Sivu {page} / {pages}")), "{}", bank.body);
            assert_eq!(bank.has("rel=\"prev\""), page > 1);
            assert_eq!(bank.has(&format!("rel=\"next\" href=\"/fi/academy?page={}\"", page + 1)), page < pages);
            let cards = bank.body.matches("<li class=\"card\">").count();
            assert_eq!(cards, if page < pages { 24 } else { total - 24 * (pages - 1) });
            seen.extend(published.themes.iter().filter(|t| bank.has(&format!("href=\"/fi/academy/{}\"", t.slug))).map(|t| t.id));
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), total, "every theme is on a page");
        assert!(browser.get("/fi/academy").await.has(&format!("Sivu 1 / {pages}")));
        assert!(browser.get("/fi/academy?page=abc").await.has(&format!("Sivu 1 / {pages}")), "a page that is not a number is the first");
        assert!(browser.get("/fi/academy?page=999").await.has(&format!("Sivu {pages} / {pages}")), "one past the end is the last");
        assert!(browser.get("/sv/academy?page=2").await.has(&format!("Sida 2 av {pages}")));
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let ideas = hr.get("/fi/academy/ideas").await;
        assert_eq!(ideas.body.matches("class=\"card idea\"").count(), 12);
        assert!(ideas.has(&format!("Sivu 1 / {}", total.div_ceil(12))), "{}", ideas.body);
    }

    async fn a_manager_watches_a_video_with_captions_and_a_transcript(app) {
        let theme = communication(&app).await;
        let video = &theme.parts[0];
        assert_eq!(video.kind, PartKind::Video);
        let browser = app.signed_in("manager.sv@espoo.example").await;
        let page = browser.get(&format!("/sv/academy/{}/{}", theme.slug, video.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("<video controls"), "{}", page.body);
        assert!(page.has(&format!("<track kind=\"captions\" src=\"/sv/academy/captions/{}.vtt\" srclang=\"sv\"", video.id)));
        assert!(page.has("Textversion") && page.has("Innan du berättar om en förändring"));
        let vtt = browser.get(&format!("/sv/academy/captions/{}.vtt", video.id)).await;
        assert_eq!(vtt.headers["content-type"], "text/vtt; charset=utf-8");
        assert!(vtt.body.starts_with("WEBVTT") && vtt.has("00:00:00.000 --> 00:00:03.000"));
        let file = browser.get("/static/academy/sample.webm").await;
        assert_eq!(file.headers["content-type"], "video/webm");
    }

    async fn a_part_of_a_theme_taken_down_is_no_longer_offered_to_continue(app) {
        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let browser = app.signed_in(MANAGER).await;
        let part = format!("/fi/academy/{}/{}", theme.slug, theme.parts[1].id);
        browser.get(&part).await;
        assert!(browser.get("/fi/").await.has(&part), "continue where you left off");
        assert!(browser.get("/fi/academy").await.has(&part), "the bank offers it too");
        app.store.academy().unpublish_theme(theme.id, None).await.unwrap();
        assert!(!browser.get("/fi/").await.has(&part), "a draft's part is not offered");
        assert!(!browser.get("/fi/academy").await.has(&part));
    }

    async fn finishing_a_part_moves_on_and_shows_in_progress(app) {
        let theme = app.store.academy().theme_by_slug("vuorovaikutus").await.unwrap().unwrap();
        let browser = app.signed_in(MANAGER).await;
        let first = theme.parts[0].id;
        browser.get(&format!("/fi/academy/{}/{first}", theme.slug)).await;
        let start = browser.get("/fi/").await;
        assert!(start.has(&format!("/fi/academy/{}/{first}", theme.slug)), "continue where you left off");
        let r = browser.post(&format!("/fi/academy/{}/{first}/finish", theme.slug), &[("finished", "1")]).await;
        assert_eq!(r.location(), format!("/fi/academy/{}/{}", theme.slug, theme.parts[1].id), "on to the next part");
        let page = browser.get(&format!("/fi/academy/{}", theme.slug)).await;
        assert!(page.has("Suoritettu"));
        let bank = browser.get("/fi/academy").await;
        assert!(bank.has("Olet suorittanut yhden osan."), "{}", bank.body);
        assert!(!bank.has(&format!("/fi/academy/{}/{first}", theme.slug)), "a finished part is not offered to continue");
        let user = app.user_id(MANAGER).await;
        let progress = app.store.academy().progress_of(user).await.unwrap();
        assert!(progress.iter().any(|p| p.part_id == first && p.finished_at.is_some()));
    }

    async fn tool_answers_are_saved_privately(app) {
        let theme = communication(&app).await;
        let tool = &theme.parts[1];
        let path = format!("/fi/academy/{}/{}", theme.slug, tool.id);
        let maija = app.signed_in(MANAGER).await;
        let r = maija.post(&format!("{path}/answers"), &[("item", "0"), ("item", "3"), ("item", "99"), ("notes", "Ensi maanantaina.")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = maija.get(&path).await;
        assert!(page.has("id=\"item-0\" name=\"item\" value=\"0\" checked"));
        assert!(page.has("Ensi maanantaina."));
        let answers = app.store.academy().tool_answers(app.user_id(MANAGER).await, tool.id).await.unwrap();
        assert_eq!(answers.checked, vec![0, 3], "an item that does not exist is not kept");
        let heikki = app.signed_in("hr-developer.fi@espoo.example").await;
        let other = heikki.get(&path).await;
        assert!(!other.has("Ensi maanantaina.") && !other.has("value=\"0\" checked"));
    }

    async fn a_rating_is_kept_once_per_person_and_bad_values_change_nothing(app) {
        let theme = communication(&app).await;
        let part = theme.parts[2].id;
        let browser = app.signed_in("manager.sv@espoo.example").await;
        let rating = format!("/sv/academy/{}/{part}/rating", theme.slug);
        browser.post(&rating, &[("usefulness", "7"), ("comment", "x")]).await;
        assert!(browser.get(&format!("/sv/academy/{}/{part}", theme.slug)).await.has("Välj nyttan på skalan 1–5."));
        assert!(app.store.academy().ratings_of_parts(&[part]).await.unwrap().is_empty());
        browser.post(&rating, &[("usefulness", "3"), ("comment", "Bra")]).await;
        browser.post(&rating, &[("usefulness", "5"), ("used_with_team", "1"), ("comment", "Ännu bättre")]).await;
        let ratings = app.store.academy().ratings_of_parts(&[part]).await.unwrap();
        assert_eq!(ratings.len(), 1);
        assert_eq!((ratings[0].usefulness, ratings[0].used_with_team, ratings[0].comment.as_str()), (5, true, "Ännu bättre"));
    }

    async fn a_draft_is_invisible_to_managers(app) {
        let id = app.store.academy().create_theme(Lang::Fi, &theme_text("Luonnosteema"), None).await.unwrap();
        let draft = app.store.academy().theme(id).await.unwrap().unwrap();
        let part = app.store.academy().add_part(id, PartKind::Theory, Minutes::parse("2").unwrap(), None, &[(Lang::Fi, theory("Luonnososa"))], None).await.unwrap();
        let browser = app.signed_in(MANAGER).await;
        assert!(!browser.get("/fi/academy").await.has("Luonnosteema"));
        assert_eq!(browser.get(&format!("/fi/academy/{}", draft.slug)).await.status, StatusCode::NOT_FOUND);
        assert_eq!(browser.get(&format!("/fi/academy/{}/{part}", draft.slug)).await.status, StatusCode::NOT_FOUND);
        assert_eq!(browser.post(&format!("/fi/academy/{}/{part}/finish", draft.slug), &[("finished", "1")]).await.status, StatusCode::NOT_FOUND);
        // A part of a published theme is not reachable through another theme's address.
        let published = communication(&app).await;
        assert_eq!(browser.get(&format!("/fi/academy/{}/{part}", published.slug)).await.status, StatusCode::NOT_FOUND);
    }

    async fn a_theme_is_published_only_when_finnish_and_swedish_are_complete(app) {
        let id = app.store.academy().create_theme(Lang::Fi, &theme_text("Muutosjohtaminen"), None).await.unwrap();
        let part = app.store.academy().add_part(id, PartKind::Theory, Minutes::parse("3").unwrap(), None, &[(Lang::Fi, theory("Muutoksen vaiheet"))], None).await.unwrap();
        let missing = app.store.academy().publish_theme(id, None).await.unwrap().unwrap_err();
        assert!(missing.iter().all(|m| m.lang == Lang::Sv), "{missing:?}");
        assert!(missing.iter().any(|m| m.part.is_none() && m.what == "missing-title"));
        assert!(missing.iter().any(|m| m.part == Some(1) && m.what == "missing-body"));
        assert!(!app.store.academy().theme(id).await.unwrap().unwrap().is_published());
        app.store.academy().save_theme_text(id, Lang::Sv, &theme_text("Förändringsledning"), None).await.unwrap();
        app.store.academy().save_part_text(part, Lang::Sv, &PartTextInput { title: "Förändringens faser".into(), body: "Kort text.".into(), ..Default::default() }, None).await.unwrap();
        app.store.academy().publish_theme(id, None).await.unwrap().unwrap();
        let browser = app.signed_in("manager.sv@espoo.example").await;
        assert!(browser.get("/sv/academy").await.has("Förändringsledning"));
    }

    async fn every_save_is_a_revision_and_an_earlier_one_can_be_restored(app) {
        let theme = communication(&app).await;
        let before = app.store.academy().revisions(theme.id).await.unwrap();
        let original = theme.text(Lang::Fi).unwrap().title.clone();
        app.store.academy().save_theme_text(theme.id, Lang::Fi, &theme_text("Viestintä uusiksi"), Some(1)).await.unwrap();
        let revisions = app.store.academy().revisions(theme.id).await.unwrap();
        assert_eq!(revisions.len(), before.len() + 1);
        assert_eq!(revisions[0].author_id, Some(1));
        assert_eq!(revisions[0].action, "text:fi");
        // A manager's progress survives a restore: the parts keep their ids.
        let user = app.user_id(MANAGER).await;
        let finished_before = app.store.academy().progress_of(user).await.unwrap();
        app.store.academy().restore_revision(theme.id, before[0].number, Some(1)).await.unwrap();
        let restored = app.store.academy().theme(theme.id).await.unwrap().unwrap();
        assert_eq!(restored.text(Lang::Fi).unwrap().title, original);
        assert_eq!(restored.parts.iter().map(|p| p.id).collect::<Vec<_>>(), theme.parts.iter().map(|p| p.id).collect::<Vec<_>>());
        assert_eq!(app.store.academy().progress_of(user).await.unwrap(), finished_before);
        assert_eq!(app.store.academy().revisions(theme.id).await.unwrap()[0].action, format!("restore:{}", before[0].number));
    }

    async fn a_translation_whose_source_changed_is_out_of_date(app) {
        let theme = communication(&app).await;
        assert!(theme.out_of_date().is_empty(), "the demo is up to date: {:?}", theme.out_of_date());
        let part = theme.parts[2].id;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        app.store.academy().save_part_text(part, Lang::Fi, &theory("Uusi otsikko"), None).await.unwrap();
        assert_eq!(app.store.academy().theme(theme.id).await.unwrap().unwrap().out_of_date(), vec![Lang::Sv]);
        let editor = app.signed_in("content-editor.sv@kt.example").await;
        let list = editor.get("/sv/academy/edit").await;
        assert!(list.has("Att översätta") && list.has(&format!("/sv/academy/edit/parts/{part}?lang=sv\">Uusi otsikko</a>")), "{}", list.body);
        assert!(list.has("föråldrad"));
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        app.store.academy().save_part_text(part, Lang::Sv, &PartTextInput { title: "Ny rubrik".into(), body: "Text.".into(), ..Default::default() }, None).await.unwrap();
        assert!(app.store.academy().theme(theme.id).await.unwrap().unwrap().out_of_date().is_empty());
    }

    async fn a_manager_subscribes_to_new_themes_and_can_stop(app) {
        let browser = app.signed_in("manager.sv@espoo.example").await;
        let user = app.user_id("manager.sv@espoo.example").await;
        assert!(!app.store.academy().is_subscribed_to_themes(user).await.unwrap());
        browser.post("/sv/academy/subscription", &[("subscribed", "1")]).await;
        assert!(app.store.academy().is_subscribed_to_themes(user).await.unwrap());
        assert!(browser.get("/sv/academy").await.has("Du får i fortsättningen besked om nya teman."));
        browser.post("/sv/academy/subscription", &[("subscribed", "0")]).await;
        assert!(!app.store.academy().is_subscribed_to_themes(user).await.unwrap());
    }
}

on_both_databases! {
    async fn the_idea_bank_shows_ratings_without_names_and_own_organisations_use(app) {
        let hr = app.signed_in("hr-developer.fi@espoo.example").await;
        let page = hr.get("/fi/academy/ideas").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.has("Ideapankki") && page.has("Käyttöönotto:"));
        assert!(page.has("Toimi hyvin maanantain palaverissa."), "the demo comment is there");
        assert!(page.has("4,0 / 5"), "{}", page.body);
        assert!(!page.has("Maija Mäkinen</") && !page.has("manager.fi@espoo.example"), "without names");
        // Espoo's two demo managers have opened parts of two themes.
        let communication = communication(&app).await;
        let section = page.body.split(&format!("id=\"idea-{}\"", communication.id)).nth(1).unwrap();
        assert!(section.split("</section>").next().unwrap().contains("<dd>1</dd>"));
        let manager = app.signed_in(MANAGER).await;
        assert_eq!(manager.get("/fi/academy/ideas").await.status, StatusCode::FORBIDDEN);
    }
}
