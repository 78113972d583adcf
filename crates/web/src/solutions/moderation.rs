//! The coordinators' side: one moderation queue (submitted, returned and hidden
//! solutions, by campaign), approving, returning and hiding with a reason, restoring,
//! a campaign's batch approved at once; opening a campaign and its funnel.

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    response::Response,
};
use domain::solutions::{Moderation, SolutionState, Topic, may_moderate_solutions};
use serde::Deserialize;
use store::solutions::{Campaign, CampaignInput, Moderated};

use super::{
    id_of,
    public::{Item, campaign_of, item},
    state_label, topic_label,
};
use crate::{
    AppError, AppState, PageCtx,
    error::AppResult,
    export::{self, Cell, Table},
    form::Form,
    render::{render, render_form},
};

fn moderator(ctx: &PageCtx) -> AppResult<domain::Principal> {
    let who = ctx.require_user()?.principal();
    if !may_moderate_solutions(&who) {
        return Err(AppError::not_found());
    }
    Ok(who)
}

const QUEUE_STATES: [SolutionState; 3] = [
    SolutionState::Submitted,
    SolutionState::Returned,
    SolutionState::Hidden,
];

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    state: String,
    #[serde(default)]
    campaign: String,
}

/// A solution in the queue: how it is listed, and its state.
pub(super) struct Queued {
    pub item: Item,
    pub state: SolutionState,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "solutions/moderation.html")]
struct QueuePage {
    ctx: PageCtx,
    rows: Vec<Queued>,
    state: String,
    campaign: Option<i32>,
    campaigns: Vec<Campaign>,
    states: [SolutionState; 3],
}

impl QueuePage {
    fn state_label(&self, state: &SolutionState) -> String {
        state_label(self.ctx.lang, *state)
    }

    fn is_campaign(&self, id: &i32) -> bool {
        self.campaign == Some(*id)
    }

    /// The moderations the batch offers: those that apply to some solution listed.
    fn batch_actions(&self) -> Vec<&'static str> {
        Moderation::ALL
            .into_iter()
            .filter(|a| {
                self.rows
                    .iter()
                    .any(|r| domain::solutions::moderate(r.state, *a).is_some())
            })
            .map(Moderation::as_str)
            .collect()
    }
}

pub async fn queue(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    moderator(&ctx)?;
    let chosen = QUEUE_STATES.into_iter().find(|s| s.as_str() == query.state);
    let campaign = query.campaign.parse::<i32>().ok();
    let states: Vec<SolutionState> = chosen.map_or(QUEUE_STATES.to_vec(), |s| vec![s]);
    let orgs = state.store.organisations().all().await?;
    let rows = state
        .store
        .solutions()
        .queue(&states, campaign)
        .await?
        .iter()
        .map(|s| Queued {
            item: item(&ctx, &store::solutions::Line::of(s), &orgs),
            state: s.state,
            updated: ctx.time(&s.updated_at),
        })
        .collect();
    let campaigns = state.store.solutions().campaigns().await?;
    render(QueuePage {
        ctx,
        rows,
        state: chosen.map(|s| s.as_str().to_owned()).unwrap_or_default(),
        campaign,
        campaigns,
        states: QUEUE_STATES,
    })
}

/// The form's reason for a moderation, or none (and a notice) when the moderation
/// needs one and it was left empty.
async fn reason_for(ctx: &PageCtx, form: &Form, action: Moderation) -> AppResult<Option<String>> {
    let reason: String = form.value("reason").trim().chars().take(2_000).collect();
    if action.needs_reason() && reason.is_empty() {
        ctx.flash("solution-reason-needed");
        return Ok(None);
    }
    Ok(Some(reason))
}

pub async fn moderate(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    form: Form,
) -> AppResult<Response> {
    let who = moderator(&ctx)?;
    let id = id_of(&raw)?;
    let action = Moderation::parse(form.value("action")).ok_or_else(AppError::bad_request)?;
    let Some(reason) = reason_for(&ctx, &form, action).await? else {
        return Ok(ctx.redirect(&format!("/solutions/{id}")));
    };
    let done = match state
        .store
        .solutions()
        .moderate(id, action, &reason, Some(who.user_id))
        .await
    {
        Err(store::StoreError::NotFound) => return Err(AppError::not_found()),
        other => other?,
    };
    ctx.flash(match done {
        Moderated::To(_) => "solution-moderated",
        Moderated::NotApplicable => "solution-not-applicable",
    });
    let back = form.value("back");
    if back.starts_with("/solutions/moderation") {
        Ok(ctx.redirect(back))
    } else {
        Ok(ctx.redirect(&format!("/solutions/{id}")))
    }
}

/// One moderation for the chosen solutions of the queue at once (a campaign's batch),
/// with one reason for all where it needs one; those it does not apply to are left.
pub async fn bulk(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    form: Form,
) -> AppResult<Response> {
    let who = moderator(&ctx)?;
    let back = form.value("back");
    let back = if back.starts_with("/solutions/moderation") {
        back
    } else {
        "/solutions/moderation"
    };
    let action = Moderation::parse(form.value("action")).unwrap_or(Moderation::Approve);
    let Some(reason) = reason_for(&ctx, &form, action).await? else {
        return Ok(ctx.redirect(back));
    };
    let mut moved = 0;
    for raw in form.values("solution") {
        let Ok(id) = raw.parse::<i32>() else {
            continue;
        };
        match state
            .store
            .solutions()
            .moderate(id, action, &reason, Some(who.user_id))
            .await
        {
            Ok(Moderated::To(_)) => moved += 1,
            Ok(Moderated::NotApplicable) | Err(store::StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    ctx.flash(if moved > 0 {
        "solution-bulk-moderated"
    } else {
        "solution-not-applicable"
    });
    Ok(ctx.redirect(back))
}

#[derive(Template)]
#[template(path = "solutions/campaign_form.html")]
struct CampaignForm {
    ctx: PageCtx,
    form: Form,
}

impl CampaignForm {
    fn topics(&self) -> Vec<(String, String)> {
        Topic::ALL
            .into_iter()
            .map(|t| (t.as_str().to_owned(), topic_label(self.ctx.lang, t)))
            .collect()
    }
}

fn campaign_form(ctx: PageCtx, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    render_form(
        CampaignForm {
            ctx: ctx.at("/solutions/campaigns/new"),
            form,
        },
        refused,
    )
}

pub async fn new_campaign(ctx: PageCtx) -> AppResult<Response> {
    moderator(&ctx)?;
    let form = Form::empty(ctx.lang);
    campaign_form(ctx, form)
}

pub async fn create_campaign(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = moderator(&ctx)?;
    let title_fi = form.parse("title_fi", domain::solutions::parse_title);
    let title_sv = form.parse("title_sv", domain::solutions::parse_title);
    let call_fi = form.parse("call_fi", domain::solutions::parse_required_body);
    let call_sv = form.parse("call_sv", domain::solutions::parse_required_body);
    let prize_fi = form.parse("prize_fi", domain::solutions::parse_body);
    let prize_sv = form.parse("prize_sv", domain::solutions::parse_body);
    let topic = form.parse("topic", Topic::parse);
    let opens_at = form.moment("opens_date", "opens_time");
    let closes_at = form.moment("closes_date", "closes_time");
    if let (Some(o), Some(c)) = (opens_at, closes_at)
        && c <= o
    {
        form.refuse("closes_date", "error-solution-campaign-times");
    }
    let (
        Some(title_fi),
        Some(title_sv),
        Some(call_fi),
        Some(call_sv),
        Some(prize_fi),
        Some(prize_sv),
        Some(topic),
        Some(opens_at),
        Some(closes_at),
    ) = (
        title_fi, title_sv, call_fi, call_sv, prize_fi, prize_sv, topic, opens_at, closes_at,
    )
    else {
        return campaign_form(ctx, form);
    };
    if !form.is_valid() {
        return campaign_form(ctx, form);
    }
    let id = state
        .store
        .solutions()
        .create_campaign(
            &CampaignInput {
                title_fi,
                title_sv,
                call_fi,
                call_sv,
                topic,
                prize_fi,
                prize_sv,
                opens_at,
                closes_at,
            },
            Some(who.user_id),
        )
        .await?;
    ctx.flash("solution-campaign-created");
    Ok(ctx.redirect(&format!("/solutions/campaigns/{id}")))
}

/// A campaign's funnel: how many of its solutions are in each state.
pub(super) async fn funnel_rows(
    ctx: &PageCtx,
    state: &AppState,
    campaign: i32,
) -> AppResult<Vec<(String, u64)>> {
    Ok(state
        .store
        .solutions()
        .funnel(campaign)
        .await?
        .into_iter()
        .map(|(s, n)| (state_label(ctx.lang, s), n))
        .collect())
}

async fn funnel_table(ctx: &PageCtx, state: &AppState, raw: &str) -> AppResult<(Campaign, Table)> {
    moderator(ctx)?;
    let campaign = campaign_of(state, raw).await?;
    let rows = funnel_rows(ctx, state, campaign.id).await?;
    let table = Table {
        title: ctx.t("solutions-funnel"),
        header: vec![
            ctx.t("solutions-funnel-state"),
            ctx.t("solutions-funnel-count"),
        ],
        rows: rows
            .into_iter()
            .map(|(label, n)| {
                vec![
                    Cell::Text(label),
                    Cell::count(usize::try_from(n).unwrap_or(0)),
                ]
            })
            .collect(),
    };
    Ok((campaign, table))
}

pub async fn funnel_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let (campaign, table) = funnel_table(&ctx, &state, &raw).await?;
    export::csv(&table, &format!("campaign-{}.csv", campaign.id))
}

pub async fn funnel_xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let (campaign, table) = funnel_table(&ctx, &state, &raw).await?;
    export::xlsx(&[table], &format!("campaign-{}.xlsx", campaign.id))
}
