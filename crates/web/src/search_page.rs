//! Search across the academy (later also events and solutions), in the reader's
//! language, with the matching passage highlighted.

use askama::Template;
use axum::{Extension, Router, extract::Query, response::Response, routing::get};
use search::{Hit, HitKind, SearchQuery};
use serde::Deserialize;

use crate::{AppState, PageCtx, error::AppResult, feature::Feature, render::render};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: &[],
    nav: &[],
};

fn routes() -> Router<AppState> {
    Router::new().route("/search", get(search_page))
}

#[derive(Deserialize, Default)]
pub struct Params {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    theme: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    ctx: PageCtx,
    q: String,
    kind: String,
    theme: Option<i32>,
    /// (id, title) of the themes among the results.
    themes: Vec<(i32, String)>,
    hits: Vec<Hit>,
    kinds: [&'static str; 4],
}

impl SearchPage {
    fn kind_label(&self, kind: &str) -> String {
        self.ctx.t(&format!("search-kind-{kind}"))
    }

    fn hit_kind(&self, hit: &Hit) -> String {
        match hit.kind {
            HitKind::Theme => self.kind_label("theme"),
            HitKind::Part(kind) => self.kind_label(kind.as_str()),
        }
    }

    fn hit_href(&self, hit: &Hit) -> String {
        match hit.part_id {
            Some(part) => self
                .ctx
                .href(&format!("/academy/{}/{part}", hit.theme_slug)),
            None => self.ctx.href(&format!("/academy/{}", hit.theme_slug)),
        }
    }

    fn is_theme(&self, id: &i32) -> bool {
        self.theme == Some(*id)
    }
}

async fn search_page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(params): Query<Params>,
) -> AppResult<Response> {
    ctx.require_user()?;
    state.search.refresh(&state.store).await?;
    let kind = ["theme", "video", "tool", "theory"]
        .into_iter()
        .find(|k| *k == params.kind)
        .unwrap_or_default()
        .to_owned();
    let theme = params.theme.parse::<i32>().ok();
    let q: String = params.q.chars().take(200).collect();
    let query = SearchQuery {
        text: q.clone(),
        lang: ctx.lang,
        kind: (!kind.is_empty()).then(|| kind.clone()),
        theme,
    };
    let hits = state.search.search(&query, 30)?;
    // The theme filter offers the themes the words lead to, not the whole bank.
    let themes = if query.theme.is_some() {
        let unfiltered = SearchQuery {
            theme: None,
            ..query.clone()
        };
        themes_of(&state.search.search(&unfiltered, 30)?)
    } else {
        themes_of(&hits)
    };
    render(SearchPage {
        ctx,
        q,
        kind,
        theme,
        themes,
        hits,
        kinds: ["theme", "video", "tool", "theory"],
    })
}

/// The themes of the hits, each once, in the order they first appear.
fn themes_of(hits: &[Hit]) -> Vec<(i32, String)> {
    let mut themes: Vec<(i32, String)> = Vec::new();
    for hit in hits {
        if !themes.iter().any(|(id, _)| *id == hit.theme_id) {
            let title = match hit.kind {
                HitKind::Theme => hit.title.clone(),
                HitKind::Part(_) => hit.theme_title.clone(),
            };
            themes.push((hit.theme_id, title));
        }
    }
    themes
}
