//! One search across the platform: the academy's themes and parts (with the matching
//! passage highlighted), the events the reader may see and the progress arena's
//! approved solutions, in one list with a kind filter. Each kind goes through its own
//! visibility rule: only published academy content is indexed, events come from the
//! reader's own visible list, and only approved solutions are indexed (the arena's
//! snapshot, `store::solutions::Arena`).

use askama::Template;
use axum::{Extension, Router, extract::Query, response::Response, routing::get};
use search::{Hit, HitKind, Piece, SearchQuery};
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

/// The kinds of result, as the kind filter offers them.
const KINDS: [&str; 6] = ["theme", "video", "tool", "theory", "event", "solution"];

/// Results at the most of each kind.
const LIMIT: usize = 30;

/// A result of any kind, as the list shows it.
struct Found {
    kind: String,
    title: String,
    /// The language of the title, where it is not the page's.
    lang: Option<&'static str>,
    href: String,
    /// Where it is: a part's theme, an event's time, a solution's organisation.
    context: String,
    /// The passage that matched, its words of the query marked.
    snippet: Vec<Piece>,
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
    found: Vec<Found>,
    kinds: [&'static str; 6],
}

impl SearchPage {
    fn kind_label(&self, kind: &str) -> String {
        self.ctx.t(&format!("search-kind-{kind}"))
    }

    fn is_theme(&self, id: &i32) -> bool {
        self.theme == Some(*id)
    }
}

fn academy_found(ctx: &PageCtx, hit: Hit) -> Found {
    let (kind, href, context) = match (hit.kind, hit.part_id) {
        (HitKind::Part(kind), Some(part)) => (
            kind.as_str(),
            ctx.href(&format!("/academy/{}/{part}", hit.theme_slug)),
            hit.theme_title,
        ),
        _ => (
            "theme",
            ctx.href(&format!("/academy/{}", hit.theme_slug)),
            String::new(),
        ),
    };
    Found {
        kind: ctx.t(&format!("search-kind-{kind}")),
        title: hit.title,
        lang: None,
        href,
        context,
        snippet: hit.snippet,
    }
}

/// The events the reader may see (those ahead) whose title or description has every word.
async fn events_found(ctx: &PageCtx, state: &AppState, q: &str) -> AppResult<Vec<Found>> {
    let Some(who) = ctx.principal() else {
        return Ok(Vec::new());
    };
    let finds = search::finder(ctx.lang, q);
    Ok(state
        .store
        .events()
        .upcoming_events(&who, chrono::Utc::now())
        .await?
        .into_iter()
        .filter(|e| {
            e.text(ctx.lang)
                .is_some_and(|t| finds(&format!("{}\n{}", t.title, t.description)))
        })
        .take(LIMIT)
        .map(|e| Found {
            kind: ctx.t("search-kind-event"),
            title: e.title(ctx.lang).to_owned(),
            lang: None,
            href: ctx.href(&format!("/events/{}", e.id)),
            context: ctx.time(&e.starts_at),
            snippet: Vec::new(),
        })
        .collect())
}

/// The progress arena's solutions the words find: the index holds the approved ones
/// of the arena's snapshot alone, which anyone may see.
async fn solutions_found(ctx: &PageCtx, state: &AppState, q: &str) -> AppResult<Vec<Found>> {
    let index = state.search.solutions();
    index.refresh(&state.store).await?;
    let arena = state.store.solutions().approved_facts().await?;
    Ok(index
        .search(q, ctx.lang, LIMIT, None)?
        .into_iter()
        .filter_map(|id| arena.lines.get(&id))
        .map(|line| {
            let (lang, title, _) = line.text(ctx.lang);
            Found {
                kind: ctx.t("search-kind-solution"),
                title: title.to_owned(),
                lang: (lang != ctx.lang).then_some(lang.code()),
                href: ctx.href(&format!("/solutions/{}", line.id)),
                context: crate::pages::org_name(
                    &arena.organisations,
                    line.organisation_id,
                    ctx.lang,
                ),
                snippet: Vec::new(),
            }
        })
        .collect())
}

async fn search_page(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(params): Query<Params>,
) -> AppResult<Response> {
    ctx.require_user()?;
    state.search.refresh(&state.store).await?;
    let kind = KINDS
        .into_iter()
        .find(|k| *k == params.kind)
        .unwrap_or_default()
        .to_owned();
    let theme = params.theme.parse::<i32>().ok();
    let q: String = params.q.chars().take(200).collect();
    let academy_kind =
        (!kind.is_empty() && kind != "event" && kind != "solution").then(|| kind.clone());
    let query = SearchQuery {
        text: q.clone(),
        lang: ctx.lang,
        kind: academy_kind,
        theme,
    };
    // A theme narrows to the academy; a kind to itself.
    let others = theme.is_none() && !q.trim().is_empty();
    let with_events = others && (kind.is_empty() || kind == "event");
    let search_academy = || -> AppResult<_> {
        let academy = if kind == "event" || kind == "solution" {
            Vec::new()
        } else {
            state.search.search(&query, LIMIT)?
        };
        // The theme filter offers the themes the words lead to, not the whole bank.
        let themes = if query.theme.is_some() {
            let unfiltered = SearchQuery {
                theme: None,
                ..query.clone()
            };
            themes_of(&state.search.search(&unfiltered, LIMIT)?)
        } else {
            themes_of(&academy)
        };
        Ok((academy, themes))
    };
    // The events' statement is sent first and runs on the database's side while the
    // academy's index is searched here.
    let (events, academy) = tokio::join!(
        biased;
        async {
            if with_events {
                events_found(&ctx, &state, &q).await
            } else {
                Ok(Vec::new())
            }
        },
        async { search_academy() },
    );
    let (academy, themes) = academy?;
    let mut found: Vec<Found> = academy
        .into_iter()
        .map(|h| academy_found(&ctx, h))
        .collect();
    found.extend(events?);
    if others && (kind.is_empty() || kind == "solution") {
        found.extend(solutions_found(&ctx, &state, &q).await?);
    }
    render(SearchPage {
        ctx,
        q,
        kind,
        theme,
        themes,
        found,
        kinds: KINDS,
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
