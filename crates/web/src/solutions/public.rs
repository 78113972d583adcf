//! What anyone reads without signing in: the list of approved solutions with its
//! facets and search, a solution's page, the campaigns' pages and the Atom feeds.

use std::collections::HashMap;

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use domain::{
    Lang, OrgKind, Region,
    solutions::{Facet, Filter, Found, Narrowed, may_moderate_solutions, may_see_solution},
};
use store::{
    Organisation, StoredFile,
    solutions::{Arena, Campaign, Line, Solution},
};

use super::{facet_legend, id_of, sector_label, state_label, topic_label};
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    form::Form,
    pages::{kind_label, org_name, region_label},
    paging::{PageQuery, Paging},
    render::{render, render_form},
};

const PER_PAGE: usize = 20;

/// One value of a facet, as its checkbox shows it.
pub(super) struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: usize,
    pub chosen: bool,
}

pub(super) struct FacetView {
    pub name: &'static str,
    pub legend: String,
    pub options: Vec<FacetOption>,
}

/// A solution in a list.
pub(super) struct Item {
    pub id: i32,
    pub title: String,
    /// The language of the title, when it is not the page's.
    pub lang: Option<&'static str>,
    pub organisation: String,
    pub sector: String,
    pub topic: String,
    pub year: i32,
    pub excerpt: String,
}

/// The organisations of these solutions, to name them.
pub(crate) async fn organisations_of(
    state: &AppState,
    solutions: &[Solution],
) -> AppResult<Vec<Organisation>> {
    let ids: Vec<i32> = solutions.iter().map(|s| s.input.organisation_id).collect();
    Ok(state.store.organisations().some(&ids).await?)
}

pub(super) fn item(ctx: &PageCtx, line: &Line, orgs: &[Organisation]) -> Item {
    let (lang, title, excerpt) = line.text(ctx.lang);
    Item {
        id: line.id,
        title: title.to_owned(),
        lang: (lang != ctx.lang).then_some(lang.code()),
        organisation: org_name(orgs, line.organisation_id, ctx.lang),
        sector: sector_label(ctx.lang, line.sector),
        topic: topic_label(ctx.lang, line.topic),
        year: line.year,
        excerpt: excerpt.to_owned(),
    }
}

#[derive(Template)]
#[template(path = "solutions/list.html")]
struct ListPage {
    ctx: PageCtx,
    q: String,
    sort: &'static str,
    facets: Vec<FacetView>,
    chosen: Vec<(&'static str, String, String)>,
    items: Vec<Item>,
    total: usize,
    paging: Paging,
    may_submit: bool,
    may_moderate: bool,
}

/// What the list's address asks for: the words, the facets' values, the order.
pub(crate) struct Asked {
    pub q: String,
    pub filter: Filter,
    pub sort: &'static str,
    pub page: PageQuery,
}

/// Reads the list's address (repeated names kept); what it does not know it leaves out.
pub(crate) fn asked(pairs: &[(String, String)]) -> Asked {
    let mut asked = Asked {
        q: String::new(),
        filter: Filter::default(),
        sort: "newest",
        page: PageQuery::default(),
    };
    for (key, value) in pairs {
        match key.as_str() {
            "q" => asked.q = value.chars().take(200).collect(),
            "sort" if value == "relevance" => asked.sort = "relevance",
            "page" => asked.page.page = Some(value.clone()),
            _ => {
                if let Some(facet) = Facet::ALL.into_iter().find(|f| f.as_str() == key) {
                    asked
                        .filter
                        .choose(facet, value.chars().take(60).collect::<String>().as_str());
                }
            }
        }
    }
    asked
}

/// The list's address with these words, choices and order, for paging and for
/// removing one choice.
fn address(q: &str, filter: &Filter, sort: &str, without: Option<(Facet, &str)>) -> String {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    if !q.is_empty() {
        pairs.push(("q", q));
    }
    for (facet, values) in &filter.chosen {
        for value in values {
            if without != Some((*facet, value.as_str())) {
                pairs.push((facet.as_str(), value));
            }
        }
    }
    if sort != "newest" {
        pairs.push(("sort", sort));
    }
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    if query.is_empty() {
        "/solutions".to_owned()
    } else {
        format!("/solutions?{query}")
    }
}

/// The label of a facet's value in the reader's language.
fn value_label(ctx: &PageCtx, facet: Facet, value: &str, campaigns: &[Campaign]) -> String {
    match facet {
        Facet::Sector => domain::solutions::Sector::parse(value)
            .map(|s| sector_label(ctx.lang, s))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::Topic => domain::solutions::Topic::parse(value)
            .map(|t| topic_label(ctx.lang, t))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::OrgKind => OrgKind::parse(value)
            .map(|k| kind_label(ctx, &k))
            .unwrap_or_else(|_| value.to_owned()),
        Facet::Region => region_label(ctx.lang, Region::parse(value).ok()),
        Facet::Campaign => campaigns
            .iter()
            .find(|c| c.id.to_string() == value)
            .map_or_else(|| value.to_owned(), |c| c.title(ctx.lang).to_owned()),
        Facet::Year => value.to_owned(),
    }
}

/// The approved solutions the address asks for, with the facets' counts: those the
/// facets and the words leave (`domain::solutions::FacetIndex::narrow`), in the order
/// asked for (the newest first, or the best match first).
pub(crate) async fn narrowed<'a>(
    state: &AppState,
    arena: &'a Arena,
    asked: &Asked,
    lang: Lang,
) -> AppResult<Narrowed<'a>> {
    if asked.q.trim().is_empty() {
        return Ok(arena.index.narrow(&arena.facts, &asked.filter, None));
    }
    let index = state.search.solutions();
    index.refresh(&state.store).await?;
    let found: Found = index.matching(&asked.q, lang)?.into_iter().collect();
    let mut narrowed = arena
        .index
        .narrow(&arena.facts, &asked.filter, Some(&found));
    if asked.sort == "relevance" {
        let within: Found = narrowed.shown.iter().map(|f| f.id).collect();
        let ranked = index.search(&asked.q, lang, narrowed.shown.len(), Some(&within))?;
        let rank: HashMap<i32, usize> = ranked.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        narrowed.shown.sort_by_key(|f| rank.get(&f.id).copied());
    }
    Ok(narrowed)
}

pub async fn list(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    let asked = asked(&pairs);
    let arena = state.store.solutions().approved_facts().await?;
    let campaigns = &arena.campaigns;
    let Narrowed { counts, shown } = narrowed(&state, &arena, &asked, ctx.lang).await?;
    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            let mut options: Vec<FacetOption> = counts
                .get(&facet)
                .into_iter()
                .flatten()
                .map(|(value, count)| FacetOption {
                    label: value_label(&ctx, facet, value, campaigns),
                    chosen: asked.filter.is_chosen(facet, value),
                    value: value.clone(),
                    count: *count,
                })
                .collect();
            // A choice that now matches nothing stays, so it can be taken away.
            for value in asked.filter.chosen.get(&facet).into_iter().flatten() {
                if !options.iter().any(|o| &o.value == value) {
                    options.push(FacetOption {
                        label: value_label(&ctx, facet, value, campaigns),
                        chosen: true,
                        value: value.clone(),
                        count: 0,
                    });
                }
            }
            if facet == Facet::Year {
                options.sort_by(|a, b| b.value.cmp(&a.value));
            } else {
                options.sort_by(|a, b| a.label.cmp(&b.label));
            }
            FacetView {
                name: facet.as_str(),
                legend: facet_legend(&ctx, facet),
                options,
            }
        })
        .collect();
    let chosen = asked
        .filter
        .chosen
        .iter()
        .flat_map(|(facet, values)| {
            values.iter().map(|v| {
                (
                    facet.as_str(),
                    value_label(&ctx, *facet, v, campaigns),
                    ctx.href(&address(
                        &asked.q,
                        &asked.filter,
                        asked.sort,
                        Some((*facet, v)),
                    )),
                )
            })
        })
        .collect();
    let path = address(&asked.q, &asked.filter, asked.sort, None);
    let paging = Paging::new(&ctx, &path, &asked.page, shown.len(), PER_PAGE);
    let items = paging
        .of(&shown)
        .iter()
        .filter_map(|f| arena.lines.get(&f.id))
        .map(|line| item(&ctx, line, &arena.organisations))
        .collect();
    let who = ctx.principal();
    render(ListPage {
        may_submit: who.is_some(),
        may_moderate: who.as_ref().is_some_and(may_moderate_solutions),
        total: shown.len(),
        q: asked.q,
        sort: asked.sort,
        facets,
        chosen,
        items,
        paging,
        ctx,
    })
}

#[derive(Template)]
#[template(path = "solutions/show.html")]
struct ShowPage {
    ctx: PageCtx,
    solution: Solution,
    organisation: String,
    campaign: Option<Campaign>,
    related: Vec<Item>,
    history: Vec<(String, String, String)>,
    attachments: Vec<StoredFile>,
    /// The form that adds an attachment, with its refusal.
    upload: Form,
    max_upload_mb: usize,
    may_edit: bool,
    may_moderate: bool,
}

impl ShowPage {
    fn shown_lang(&self) -> Lang {
        self.solution.text(self.ctx.lang).0
    }

    fn lang_attr(&self, lang: &Lang) -> String {
        if *lang == self.ctx.lang {
            String::new()
        } else {
            format!(" lang=\"{}\"", lang.code())
        }
    }

    fn sector(&self) -> String {
        sector_label(self.ctx.lang, self.solution.input.sector)
    }

    fn topic(&self) -> String {
        topic_label(self.ctx.lang, self.solution.input.topic)
    }

    fn state(&self) -> String {
        state_label(self.ctx.lang, self.solution.state)
    }

    /// The moderations that apply to the solution as it is.
    fn actions(&self) -> Vec<&'static str> {
        domain::solutions::Moderation::ALL
            .into_iter()
            .filter(|a| domain::solutions::moderate(self.solution.state, *a).is_some())
            .map(domain::solutions::Moderation::as_str)
            .collect()
    }

    fn is_public(&self) -> bool {
        self.solution.state == domain::solutions::SolutionState::Approved
    }
}

/// The solution, when the reader may see it; a missing page otherwise.
pub(super) async fn visible(ctx: &PageCtx, state: &AppState, raw: &str) -> AppResult<Solution> {
    let solution = state
        .store
        .solutions()
        .solution(id_of(raw)?)
        .await?
        .ok_or_else(AppError::not_found)?;
    if !may_see_solution(ctx.principal().as_ref(), &solution.tie()) {
        return Err(AppError::not_found());
    }
    Ok(solution)
}

pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let solution = visible(&ctx, &state, &raw).await?;
    let upload = Form::empty(ctx.lang);
    show_page(ctx, &state, solution, upload).await
}

/// A solution's page, with the attachment form as it was sent (422 when refused).
pub(super) async fn show_page(
    ctx: PageCtx,
    state: &AppState,
    solution: Solution,
    upload: Form,
) -> AppResult<Response> {
    let store = state.store.solutions();
    let organisation = state
        .store
        .organisations()
        .organisation(solution.input.organisation_id)
        .await?
        .map(|o| o.name(ctx.lang).to_owned())
        .unwrap_or_default();
    let campaign = match solution.input.campaign_id {
        Some(id) => store.campaign(id).await?,
        None => None,
    };
    // Related: approved solutions of the same topic, the newest first.
    let topic = solution.input.topic.as_str();
    let arena = store.approved_facts().await?;
    let related = arena
        .facts
        .iter()
        .filter(|f| f.id != solution.id && f.value(Facet::Topic) == topic)
        .filter_map(|f| arena.lines.get(&f.id))
        .take(3)
        .map(|line| item(&ctx, line, &arena.organisations))
        .collect();
    let who = ctx.principal();
    let may_moderate = who.as_ref().is_some_and(may_moderate_solutions);
    let may_edit = who
        .as_ref()
        .is_some_and(|w| domain::solutions::may_edit_solution(w, &solution.tie()));
    // The history is the moderators' and the authors'.
    let history =
        if may_moderate || may_edit || solution.state != domain::solutions::SolutionState::Approved
        {
            store
                .history(solution.id)
                .await?
                .into_iter()
                .map(|h| {
                    (
                        ctx.time(&h.at),
                        ctx.t(&format!("solution-history-{}", h.action)),
                        h.reason,
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
    let attachments = store.attachments(solution.id).await?;
    let path = format!("/solutions/{}", solution.id);
    let refused = !upload.is_valid();
    render_form(
        ShowPage {
            organisation,
            ctx: ctx.at(&path),
            solution,
            campaign,
            related,
            history,
            attachments,
            upload,
            max_upload_mb: state.config.max_upload_bytes / (1024 * 1024),
            may_edit,
            may_moderate,
        },
        refused,
    )
}

#[derive(Template)]
#[template(path = "solutions/campaigns.html")]
struct CampaignsPage {
    ctx: PageCtx,
    campaigns: Vec<Campaign>,
    now: DateTime<Utc>,
    may_moderate: bool,
}

pub async fn campaigns(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let campaigns = state.store.solutions().campaigns().await?;
    let may_moderate = ctx.principal().as_ref().is_some_and(may_moderate_solutions);
    render(CampaignsPage {
        ctx,
        campaigns,
        now: Utc::now(),
        may_moderate,
    })
}

#[derive(Template)]
#[template(path = "solutions/campaign.html")]
struct CampaignPage {
    ctx: PageCtx,
    campaign: Campaign,
    open: bool,
    items: Vec<Item>,
    funnel: Vec<(String, u64)>,
    may_moderate: bool,
}

impl CampaignPage {
    fn topic(&self) -> String {
        topic_label(self.ctx.lang, self.campaign.input.topic)
    }
}

pub(super) async fn campaign_of(state: &AppState, raw: &str) -> AppResult<Campaign> {
    state
        .store
        .solutions()
        .campaign(id_of(raw)?)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn campaign(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let campaign = campaign_of(&state, &raw).await?;
    let orgs = state.store.organisations().all().await?;
    let items = state
        .store
        .solutions()
        .newest(Some(campaign.id), 500)
        .await?
        .iter()
        .map(|s| item(&ctx, &Line::of(s), &orgs))
        .collect();
    let may_moderate = ctx.principal().as_ref().is_some_and(may_moderate_solutions);
    let funnel = if may_moderate {
        super::moderation::funnel_rows(&ctx, &state, campaign.id).await?
    } else {
        Vec::new()
    };
    let path = format!("/solutions/campaigns/{}", campaign.id);
    render(CampaignPage {
        open: campaign.is_open(Utc::now()),
        ctx: ctx.at(&path),
        campaign,
        items,
        funnel,
        may_moderate,
    })
}

#[derive(Template)]
#[template(path = "solutions/feed.xml")]
struct Feed {
    title: String,
    id: String,
    self_href: String,
    alternate: String,
    updated: String,
    entries: Vec<Entry>,
}

struct Entry {
    id: String,
    title: String,
    href: String,
    updated: String,
    author: String,
    summary: String,
}

async fn atom(ctx: &PageCtx, state: &AppState, campaign: Option<&Campaign>) -> AppResult<Response> {
    let solutions = state
        .store
        .solutions()
        .newest(campaign.map(|c| c.id), 50)
        .await?;
    let orgs = state.store.organisations().all().await?;
    let lang = ctx.lang;
    let (title, page) = match campaign {
        Some(c) => (
            c.title(lang).to_owned(),
            format!("/solutions/campaigns/{}", c.id),
        ),
        None => (ctx.t("solutions-title"), "/solutions".to_owned()),
    };
    let entries: Vec<Entry> = solutions
        .iter()
        .map(|s| {
            let (_, text) = s.text(lang);
            let at = s.approved_at.unwrap_or(s.updated_at);
            Entry {
                id: state.config.url(&format!("/solutions/{}", s.id)),
                title: text.title.clone(),
                href: state
                    .config
                    .url(&format!("/{}/solutions/{}", lang.code(), s.id)),
                updated: at.to_rfc3339(),
                author: org_name(&orgs, s.input.organisation_id, lang),
                summary: text.problem.clone(),
            }
        })
        .collect();
    let updated = solutions
        .iter()
        .filter_map(|s| s.approved_at)
        .max()
        .unwrap_or_else(|| DateTime::<Utc>::from_timestamp(0, 0).unwrap_or_default())
        .to_rfc3339();
    let feed = Feed {
        id: state.config.url(&format!("{page}/feed.atom")),
        self_href: state
            .config
            .url(&format!("/{}{page}/feed.atom", lang.code())),
        alternate: state.config.url(&format!("/{}{page}", lang.code())),
        title,
        updated,
        entries,
    };
    let body = feed.render()?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

pub async fn feed(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    atom(&ctx, &state, None).await
}

pub async fn campaign_feed(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let campaign = campaign_of(&state, &raw).await?;
    atom(&ctx, &state, Some(&campaign)).await
}
