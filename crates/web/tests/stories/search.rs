//! Search: inflected Finnish and Swedish words, highlighted passages, filters, and
//! never a draft.

use axum::http::StatusCode;
use domain::{Lang, Minutes, PartKind};
use store::academy::{PartTextInput, ThemeTextInput};

#[allow(unused_imports)]
use crate::common::*;

on_both_databases! {
    async fn inflected_words_find_their_base_forms_in_finnish_and_swedish(app) {
        let browser = app.signed_in("manager.fi@espoo.example").await;
        let r = browser.get("/fi/search?q=viestinn%C3%A4n").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.has("<a href=\"/fi/academy/sisainen-viestinta\">Sisäinen viestintä</a>"), "{}", r.body);
        let r = browser.get("/sv/search?q=kommunikationen").await;
        assert!(r.has("<a href=\"/sv/academy/sisainen-viestinta\">Intern kommunikation</a>"), "{}", r.body);
        let r = browser.get("/fi/search?q=palaverin").await;
        assert!(r.has("<mark>"), "the matching words are highlighted: {}", r.body);
    }

    async fn filters_narrow_the_results_by_kind_and_theme(app) {
        let browser = app.signed_in("manager.fi@espoo.example").await;
        let all = browser.get("/fi/search?q=tiimi").await;
        let tools = browser.get("/fi/search?q=tiimi&kind=tool").await;
        assert!(tools.body.matches("<li>").count() < all.body.matches("<li>").count());
        assert!(tools.has("Työkalu") && !tools.has("<p class=\"meta\">Teoria"), "{}", tools.body);
        let remote = app.store.academy().theme_by_slug("etajohtaminen").await.unwrap().unwrap();
        let only = browser.get(&format!("/fi/search?q=tiimi&theme={}", remote.id)).await;
        assert!(only.has("/fi/academy/etajohtaminen") && !only.has("/fi/academy/vuorovaikutus"), "{}", only.body);
        // The theme filter offers the themes the words lead to, and keeps them when one is chosen.
        let option = |id: i32| format!("<option value=\"{id}\"");
        let themes = app.store.academy().published_themes().await.unwrap();
        let with_hits: Vec<&store::Theme> = themes.iter().filter(|t| all.has(&format!("/fi/academy/{}", t.slug))).collect();
        assert!(!with_hits.is_empty() && with_hits.len() < themes.len(), "some themes have no hit for tiimi");
        for theme in &themes {
            assert_eq!(all.has(&option(theme.id)), with_hits.iter().any(|t| t.id == theme.id), "{}", theme.slug);
            assert_eq!(only.has(&option(theme.id)), all.has(&option(theme.id)), "{}", theme.slug);
        }
        assert!(only.has(&format!("<option value=\"{}\" selected>", remote.id)));
    }

    async fn a_draft_is_never_found_and_a_publication_is_found_at_once(app) {
        let browser = app.signed_in("manager.fi@espoo.example").await;
        let fi = ThemeTextInput { title: "Seepramallinen johtaminen".into(), summary: "Raidallinen ajattelu.".into(), hr_note: String::new() };
        let id = app.store.academy().create_theme(Lang::Fi, &fi, None).await.unwrap();
        let text = |t: &str| PartTextInput { title: t.into(), body: "Seeprat kulkevat laumoissa.".into(), ..Default::default() };
        app.store.academy().add_part(id, PartKind::Theory, Minutes::parse("2").unwrap(), None, &[(Lang::Fi, text("Laumat")), (Lang::Sv, text("Flockar"))], None).await.unwrap();
        assert!(browser.get("/fi/search?q=seeprat").await.has("Ei tuloksia"), "a draft is not found");
        let sv = ThemeTextInput { title: "Zebraledarskap".into(), summary: "Randigt tänkande.".into(), hr_note: String::new() };
        app.store.academy().save_theme_text(id, Lang::Sv, &sv, None).await.unwrap();
        app.store.academy().publish_theme(id, None).await.unwrap().unwrap();
        let r = browser.get("/fi/search?q=seeprat").await;
        assert!(r.has("Laumat"), "found at the next search: {}", r.body);
        app.store.academy().unpublish_theme(id, None).await.unwrap();
        assert!(browser.get("/fi/search?q=seeprat").await.has("Ei tuloksia"));
    }

    async fn a_part_past_the_first_hundred_themes_is_found_by_the_words_of_its_text(app) {
        // The index reads the parts' texts a hundred themes at a time: a theme after 250
        // others is in its third batch.
        let espoo = app.store.organisations().organisation_of_domain("espoo.example").await.unwrap().unwrap();
        let sizes = store::bench_data::Sizes { themes: 250, parts_per_theme: 1, managers: 0 };
        let password = domain::NewPassword::parse("bench-password-2026", "bench-password-2026").unwrap();
        app.store.seed_bench_academy(sizes, espoo, &password).await.unwrap();
        let fi = ThemeTextInput { title: "Kameleonttijohtaminen".into(), summary: "Värit vaihtuvat.".into(), hr_note: String::new() };
        let sv = ThemeTextInput { title: "Kameleontledarskap".into(), summary: "Färgerna skiftar.".into(), hr_note: String::new() };
        let id = app.store.academy().create_theme(Lang::Fi, &fi, None).await.unwrap();
        app.store.academy().save_theme_text(id, Lang::Sv, &sv, None).await.unwrap();
        let text = |title: &str, body: &str| PartTextInput { title: title.into(), body: body.into(), ..Default::default() };
        let texts = [(Lang::Fi, text("Naamiointi", "Kameleontit vaihtavat väriä tilanteen mukaan.")), (Lang::Sv, text("Kamouflage", "Kameleonter byter färg efter läget."))];
        app.store.academy().add_part(id, PartKind::Theory, Minutes::parse("2").unwrap(), None, &texts, None).await.unwrap();
        app.store.academy().publish_theme(id, None).await.unwrap().unwrap();
        let published = app.store.academy().published().await.unwrap();
        assert!(published.themes.iter().position(|t| t.id == id).unwrap() >= 250);
        let browser = app.signed_in("manager.fi@espoo.example").await;
        let r = browser.get("/fi/search?q=kameleontit").await;
        assert!(r.has("Naamiointi"), "{}", r.body);
        assert!(r.has("<mark>Kameleontit</mark> vaihtavat väriä"), "the snippet is of the part's text: {}", r.body);
        let r = browser.get("/sv/search?q=kameleonter").await;
        assert!(r.has("Kamouflage") && r.has("<mark>Kameleonter</mark> byter färg"), "{}", r.body);
    }

    async fn search_needs_a_signed_in_person_and_survives_odd_input(app) {
        let visitor = app.client();
        assert_eq!(visitor.get("/fi/search?q=tiimi").await.status, StatusCode::SEE_OTHER);
        let browser = app.signed_in("manager.sv@espoo.example").await;
        for q in ["%22", "AND%20OR%20NOT", "%5B%5D%7B%7D%3A*", "%3Cscript%3E", &"a".repeat(500)] {
            let r = browser.get(&format!("/sv/search?q={q}&kind=nonsense&theme=x")).await;
            assert_eq!(r.status, StatusCode::OK, "{q}");
            assert!(!r.has("<script>"));
        }
        // The index keeps no positions: a quoted phrase is searched as its words.
        let phrase = browser.get("/fi/search?q=%22sis%C3%A4inen+viestint%C3%A4%22").await;
        assert_eq!(phrase.status, StatusCode::OK);
        assert!(phrase.has("<a href=\"/fi/academy/sisainen-viestinta\">Sisäinen viestintä</a>"), "{}", phrase.body);
    }

    async fn searches_that_find_an_index_out_of_date_at_once_build_it_once(app) {
        let refresh_at_once = || async {
            let mut academy = tokio::task::JoinSet::new();
            let mut arena = tokio::task::JoinSet::new();
            for _ in 0..8 {
                let (search, store) = (app.state.search.clone(), app.store.clone());
                academy.spawn(async move { search.refresh(&store).await.unwrap() });
                let (search, store) = (app.state.search.clone(), app.store.clone());
                arena.spawn(async move { search.solutions().refresh(&store).await.unwrap() });
            }
            let built = |all: Vec<bool>| all.into_iter().filter(|b| *b).count();
            (built(academy.join_all().await), built(arena.join_all().await))
        };
        assert_eq!(refresh_at_once().await, (1, 1), "the first searches build each index once");
        assert_eq!(refresh_at_once().await, (0, 0), "an index up to date is not built again");
        let theme = app.store.academy().theme_by_slug("etajohtaminen").await.unwrap().unwrap();
        app.store.academy().unpublish_theme(theme.id, None).await.unwrap();
        assert_eq!(refresh_at_once().await, (1, 0), "a change to the academy builds its index once");
        let browser = app.signed_in("manager.fi@espoo.example").await;
        assert!(!browser.get("/fi/search?q=tiimi").await.has("/fi/academy/etajohtaminen"));
        let folders = std::fs::read_dir(app.search_dir.path()).unwrap().count();
        assert_eq!(folders, 2, "the academy's index rebuilt removed the files of the one before");
    }
}
