//! The progress arena: the public bank of development solutions (list with facets and
//! search, a solution's page, Atom feeds), organisations' submissions, the moderators'
//! queue, and the challenge campaigns.

mod authoring;
mod moderation;
mod notices;
mod public;

pub(crate) use public::{asked, narrowed, organisations_of};

use axum::{
    Router,
    routing::{get, post},
};
use domain::{
    Lang,
    solutions::{Facet, Sector, SolutionState, Topic},
};

use crate::{
    AppState, PageCtx,
    feature::{Feature, NavEntry, everyone},
    i18n,
};

pub(crate) const FEATURE: Feature = Feature {
    pages: routes,
    root: None,
    jobs: notices::JOBS,
    nav: &[NavEntry {
        order: 35,
        path: "/solutions",
        label: "nav-solutions",
        shown: everyone,
        public: true,
    }],
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/solutions", get(public::list))
        .route("/solutions/feed.atom", get(public::feed))
        .route(
            "/solutions/new",
            get(authoring::new).post(authoring::create),
        )
        .route("/solutions/mine", get(authoring::mine))
        .route("/solutions/moderation", get(moderation::queue))
        .route("/solutions/moderation/bulk", post(moderation::bulk))
        .route("/solutions/campaigns", get(public::campaigns))
        .route(
            "/solutions/campaigns/new",
            get(moderation::new_campaign).post(moderation::create_campaign),
        )
        .route("/solutions/campaigns/{campaign}", get(public::campaign))
        .route(
            "/solutions/campaigns/{campaign}/feed.atom",
            get(public::campaign_feed),
        )
        .route(
            "/solutions/campaigns/{campaign}/funnel.csv",
            get(moderation::funnel_csv),
        )
        .route(
            "/solutions/campaigns/{campaign}/funnel.xlsx",
            get(moderation::funnel_xlsx),
        )
        .route("/solutions/{solution}", get(public::show))
        .route(
            "/solutions/{solution}/edit",
            get(authoring::edit).post(authoring::update),
        )
        .route("/solutions/{solution}/moderate", post(moderation::moderate))
        .route("/solutions/{solution}/attachments", post(authoring::attach))
        .route(
            "/solutions/{solution}/attachments/{file}/remove",
            post(authoring::detach),
        )
}

pub(crate) fn sector_label(lang: Lang, sector: Sector) -> String {
    i18n::t(lang, &format!("solution-sector-{}", sector.as_str()))
}

pub(crate) fn topic_label(lang: Lang, topic: Topic) -> String {
    i18n::t(lang, &format!("topic-{}", topic.as_str()))
}

pub(crate) fn state_label(lang: Lang, state: SolutionState) -> String {
    i18n::t(lang, &format!("solution-state-{}", state.as_str()))
}

fn facet_legend(ctx: &PageCtx, facet: Facet) -> String {
    ctx.t(&format!("solutions-facet-{}", facet.as_str()))
}

/// A path parameter as an id; anything else is a missing page.
fn id_of(raw: &str) -> crate::error::AppResult<i32> {
    raw.parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(crate::AppError::not_found)
}
