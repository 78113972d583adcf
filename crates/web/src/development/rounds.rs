//! Sparring rounds: the list, a coordinator's new round and its rubric, the round's
//! page, the allocation board with its what-if, freezing the decision, the decision
//! re-run from its stored inputs, and the round's report by region and kind.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    response::Response,
};
use chrono::{DateTime, Utc};
use domain::{
    Email, OrgKind, Principal, Region,
    development::{
        Allocation, MAX_DAYS_BY_DEFAULT, RULE_VERSION, ReviewStatus, allocate, inputs_hash,
        may_apply_for, may_run_rounds, parse_short, short_of_reviewers,
    },
    events::in_helsinki,
};
use store::{
    Organisation,
    development::{Application, CriterionInput, FreezeRefusal, Round, RoundInput},
};

use super::score_text;
use crate::{
    AppError, AppState, PageCtx,
    charts::horizontal_bars,
    error::AppResult,
    export::{self, Cell, Table},
    form::Form,
    pages::{kind_label, region_label},
    render::{render, render_form},
};

fn require_runner(ctx: &PageCtx) -> AppResult<Principal> {
    let who = ctx.require_user()?.principal();
    if may_run_rounds(&who) {
        Ok(who)
    } else {
        Err(AppError::not_found())
    }
}

pub(crate) async fn round_of(state: &AppState, id: &str) -> AppResult<Round> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .development()
        .round(id)
        .await?
        .ok_or_else(AppError::not_found)
}

// The list -------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "development/rounds.html")]
struct ListPage {
    ctx: PageCtx,
    rounds: Vec<Round>,
    runs: bool,
    /// The reader's organisation's applications.
    mine: Vec<Application>,
    /// Applications the reader reviews: (application, its organisation's name).
    reviewing: Vec<(i32, String, String)>,
    now: DateTime<Utc>,
}

impl ListPage {
    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn open(&self, r: &Round) -> bool {
        r.is_open(self.now)
    }

    fn round_name(&self, id: &i32) -> String {
        self.rounds
            .iter()
            .find(|r| r.id == *id)
            .map(|r| r.name(self.ctx.lang).to_owned())
            .unwrap_or_default()
    }
}

pub async fn list(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let development = state.store.development();
    let rounds = development.rounds().await?;
    let mine = if domain::development::may_apply_for(&who, who.org_id) {
        development.applications_of(who.org_id).await?
    } else {
        Vec::new()
    };
    let orgs = state.store.organisations().all().await?;
    let mut reviewing = Vec::new();
    for round in &rounds {
        let apps = development.applications(round.id).await?;
        for r in development.reviews(round.id).await? {
            if r.reviewer_id == who.user_id
                && r.status != ReviewStatus::Recused
                && let Some(a) = apps.iter().find(|a| a.id == r.application_id)
            {
                reviewing.push((
                    a.id,
                    crate::pages::org_name(&orgs, a.organisation_id, ctx.lang),
                    round.name(ctx.lang).to_owned(),
                ));
            }
        }
    }
    if !domain::development::works_with_sparring(&who) && reviewing.is_empty() {
        return Err(AppError::not_found());
    }
    render(ListPage {
        ctx: ctx.at("/sparring"),
        runs: may_run_rounds(&who),
        rounds,
        mine,
        reviewing,
        now: Utc::now(),
    })
}

// A new round ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "development/round_form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    kinds: [OrgKind; 5],
    regions: [Region; 19],
}

impl FormPage {
    fn kind(&self, k: &OrgKind) -> String {
        kind_label(&self.ctx, k)
    }

    fn region(&self, r: &Region) -> String {
        region_label(self.ctx.lang, Some(*r))
    }
}

fn form_page(ctx: PageCtx, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    render_form(
        FormPage {
            ctx: ctx.at("/sparring/new"),
            form,
            kinds: OrgKind::ALL,
            regions: Region::ALL,
        },
        refused,
    )
}

pub async fn new(ctx: PageCtx) -> AppResult<Response> {
    require_runner(&ctx)?;
    let today = in_helsinki(Utc::now()).0;
    let max = MAX_DAYS_BY_DEFAULT.to_string();
    let form = Form::with_values(
        ctx.lang,
        &[
            ("max_per_organisation", max.as_str()),
            ("opens_date", today.as_str()),
            ("opens_time", "09:00"),
            ("closes_time", "16:00"),
            ("reconsideration_days", "30"),
            ("kind", "municipality"),
            ("kind", "joint_authority"),
            ("kind", "wellbeing_county"),
            ("kind", "municipal_company"),
        ],
    );
    form_page(ctx, form)
}

fn parse_round(form: &mut Form) -> Option<RoundInput> {
    let name_fi = form.parse("name_fi", parse_short);
    let name_sv = form.parse("name_sv", parse_short);
    let number = |form: &mut Form, field: &str, range: std::ops::RangeInclusive<i32>, message| {
        form.parse(field, |raw| match raw.trim().parse::<i32>() {
            Ok(n) if range.contains(&n) => Ok(n),
            _ => Err(domain::Invalid {
                message_id: message,
            }),
        })
    };
    let pool_days = number(form, "pool_days", 1..=10_000, "error-sparring-pool");
    let max = number(form, "max_per_organisation", 1..=2, "error-sparring-days");
    let days = number(
        form,
        "reconsideration_days",
        7..=90,
        "error-sparring-reconsideration",
    );
    let schedule = schedule_of(form);
    let kinds: Vec<OrgKind> = form
        .values("kind")
        .into_iter()
        .filter_map(|k| OrgKind::parse(k).ok())
        .collect();
    if kinds.is_empty() {
        form.refuse("kind", "error-sparring-kinds");
    }
    let published_value = form.parse("published_value", parse_short);
    let contact_name = form.parse("contact_name", parse_short);
    let contact_email = form.parse("contact_email", |raw| {
        Email::parse(raw).map(|e| e.as_str().to_owned())
    });
    let mut floors = Vec::new();
    for line in form.listed("floors") {
        let parsed = line.split_once(':').and_then(|(r, d)| {
            Some((Region::parse(r.trim()).ok()?, d.trim().parse::<i32>().ok()?))
        });
        match parsed {
            Some((region, days)) if days > 0 => floors.push((region, days)),
            _ => form.refuse("floors", "error-sparring-floors"),
        }
    }
    let mut sparrers = Vec::new();
    let lines: Vec<String> = form
        .value("sparrers")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    for line in lines {
        let parts: Vec<&str> = line.split(';').map(str::trim).collect();
        match parts.as_slice() {
            [name, company, areas] if !name.is_empty() => {
                sparrers.push((
                    (*name).to_owned(),
                    (*company).to_owned(),
                    (*areas).to_owned(),
                ));
            }
            _ => form.refuse("sparrers", "error-sparring-sparrers"),
        }
    }
    if !form.is_valid() {
        return None;
    }
    Some(RoundInput {
        name_fi: name_fi?,
        name_sv: name_sv?,
        pool_days: pool_days?,
        max_per_organisation: max?,
        opens_at: schedule?.0,
        closes_at: schedule?.1,
        eligible_kinds: kinds,
        published_value: published_value?,
        contact_name: contact_name?,
        contact_email: contact_email?,
        reconsideration_days: days?,
        floors,
        sparrers,
    })
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = require_runner(&ctx)?;
    let Some(input) = parse_round(&mut form) else {
        return form_page(ctx, form);
    };
    let id = state
        .store
        .development()
        .create_round(&input, Some(who.user_id))
        .await?;
    ctx.flash("sparring-round-created");
    Ok(ctx.redirect(&format!("/sparring/{id}")))
}

// A round's page -----------------------------------------------------------------------------------

/// An application as the round's page lists it for coordinators.
struct AppRow {
    app: Application,
    organisation: String,
    score: Option<f64>,
    /// (reviewer's name, status)
    reviewers: Vec<(String, ReviewStatus)>,
    /// Fewer than two reviewers who are not recused.
    short: bool,
}

#[derive(Template)]
#[template(path = "development/round.html")]
struct RoundPage {
    ctx: PageCtx,
    round: Round,
    runs: bool,
    applies: bool,
    open: bool,
    rows: Vec<AppRow>,
    mine: Option<Application>,
    form: Form,
}

impl RoundPage {
    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn kind(&self, k: &OrgKind) -> String {
        kind_label(&self.ctx, k)
    }

    fn region(&self, r: &Region) -> String {
        region_label(self.ctx.lang, Some(*r))
    }

    fn score(&self, s: &Option<f64>) -> String {
        score_text(*s)
    }

    fn status(&self, s: &ReviewStatus) -> String {
        self.ctx.t(&format!("review-status-{}", s.as_str()))
    }

    fn base(&self) -> String {
        self.ctx.href(&format!("/sparring/{}", self.round.id))
    }
}

async fn round_page(
    ctx: PageCtx,
    state: &AppState,
    round: Round,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let who = ctx.require_user()?.principal();
    let development = state.store.development();
    let runs = may_run_rounds(&who);
    let applies = may_apply_for(&who, who.org_id);
    let apps = development.applications(round.id).await?;
    let mine = apps
        .iter()
        .find(|a| a.organisation_id == who.org_id && applies)
        .cloned();
    let mut rows = Vec::new();
    if runs {
        let reviews = development.reviews(round.id).await?;
        let scores = round.scores(&reviews);
        let orgs = state.store.organisations().all().await?;
        let ids: Vec<i32> = reviews.iter().map(|r| r.reviewer_id).collect();
        let people = state.store.accounts().users_by_ids(&ids).await?;
        for app in apps {
            rows.push(AppRow {
                organisation: crate::pages::org_name(&orgs, app.organisation_id, ctx.lang),
                score: scores.get(&app.id).copied().flatten(),
                reviewers: reviews
                    .iter()
                    .filter(|r| r.application_id == app.id)
                    .map(|r| {
                        let name = people
                            .iter()
                            .find(|p| p.id == r.reviewer_id)
                            .map(|p| p.name.clone())
                            .unwrap_or_default();
                        (name, r.status)
                    })
                    .collect(),
                short: needs_reviewer(&reviews, app.id),
                app,
            });
        }
    }
    let open = round.is_open(Utc::now());
    let path = format!("/sparring/{}", round.id);
    render_form(
        RoundPage {
            ctx: ctx.at(&path),
            round,
            runs,
            applies,
            open,
            rows,
            mine,
            form,
        },
        refused,
    )
}

pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !domain::development::works_with_sparring(&who) {
        return Err(AppError::not_found());
    }
    let round = round_of(&state, &round).await?;
    let (opens_date, opens_time) = in_helsinki(round.opens_at);
    let (closes_date, closes_time) = in_helsinki(round.closes_at);
    let form = Form::with_values(
        ctx.lang,
        &[
            ("weight", "1"),
            ("opens_date", &opens_date),
            ("opens_time", &opens_time),
            ("closes_date", &closes_date),
            ("closes_time", &closes_time),
        ],
    );
    round_page(ctx, &state, round, form).await
}

/// The round's opening and closing times, read and checked as a pair.
fn schedule_of(form: &mut Form) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let opens_at = form.moment("opens_date", "opens_time");
    let closes_at = form.moment("closes_date", "closes_time");
    let (opens_at, closes_at) = (opens_at?, closes_at?);
    if closes_at <= opens_at {
        form.refuse("closes_date", "error-sparring-closes");
        return None;
    }
    Some((opens_at, closes_at))
}

/// A coordinator moves the round's times until the decision: a deadline extended, or
/// the round closed early.
pub async fn schedule(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let Some((opens_at, closes_at)) = schedule_of(&mut form) else {
        return round_page(ctx, &state, round, form).await;
    };
    if !state
        .store
        .development()
        .reschedule(round.id, opens_at, closes_at)
        .await?
    {
        form.refuse("closes_date", "error-sparring-decided");
        return round_page(ctx, &state, round, form).await;
    }
    ctx.flash("sparring-rescheduled");
    Ok(ctx.redirect(&format!("/sparring/{}", round.id)))
}

pub async fn add_criterion(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let name_fi = form.parse("criterion_fi", parse_short);
    let name_sv = form.parse("criterion_sv", parse_short);
    let weight = form.parse("weight", |raw| match raw.trim().parse::<i32>() {
        Ok(n) if (1..=10).contains(&n) => Ok(n),
        _ => Err(domain::Invalid {
            message_id: "error-sparring-weight",
        }),
    });
    let anchors = |form: &mut Form, field: &str| {
        let lines: Vec<String> = form
            .value(field)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if lines.len() == 5 {
            Some(lines)
        } else {
            form.refuse(field, "error-sparring-anchors");
            None
        }
    };
    let anchors_fi = anchors(&mut form, "anchors_fi");
    let anchors_sv = anchors(&mut form, "anchors_sv");
    let (Some(name_fi), Some(name_sv), Some(weight), Some(anchors_fi), Some(anchors_sv)) =
        (name_fi, name_sv, weight, anchors_fi, anchors_sv)
    else {
        return round_page(ctx, &state, round, form).await;
    };
    let input = CriterionInput {
        name_fi,
        name_sv,
        weight,
        anchors_fi,
        anchors_sv,
    };
    match state
        .store
        .development()
        .add_criterion(round.id, &input)
        .await
    {
        Ok(_) => {
            ctx.flash("sparring-criterion-added");
            Ok(ctx.redirect(&format!("/sparring/{}", round.id)))
        }
        Err(store::StoreError::RubricInUse) => {
            form.refuse("criterion_fi", "error-sparring-rubric-in-use");
            round_page(ctx, &state, round, form).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `domain::development::short_of_reviewers` for one application of the round.
fn needs_reviewer(reviews: &[store::development::Review], application_id: i32) -> bool {
    short_of_reviewers(
        reviews
            .iter()
            .filter(|r| r.application_id == application_id)
            .map(|r| r.status),
    )
}

// The allocation board ------------------------------------------------------------------------------

/// An application's line on the board or in the decision.
struct BoardRow {
    rank: Option<usize>,
    organisation: String,
    region: String,
    eligible: bool,
    days_asked: i32,
    score: Option<f64>,
    days: i32,
}

fn board_rows(
    ctx: &PageCtx,
    apps: &[domain::development::Applicant],
    allocation: &Allocation,
    names: &BTreeMap<i32, String>,
) -> Vec<BoardRow> {
    let mut rows: Vec<BoardRow> = apps
        .iter()
        .map(|a| BoardRow {
            rank: allocation
                .ranking
                .iter()
                .position(|id| *id == a.id)
                .map(|p| p + 1),
            organisation: names.get(&a.id).cloned().unwrap_or_default(),
            region: Region::parse(&a.region).ok().map_or_else(
                || region_label(ctx.lang, None),
                |r| region_label(ctx.lang, Some(r)),
            ),
            eligible: a.eligible,
            days_asked: a.days_asked,
            score: a.score,
            days: allocation.granted.get(&a.id).copied().unwrap_or(0),
        })
        .collect();
    rows.sort_by_key(|r| (r.rank.is_none(), r.rank));
    rows
}

#[derive(Template)]
#[template(path = "development/allocation.html")]
struct BoardPage {
    ctx: PageCtx,
    round: Round,
    rows: Vec<BoardRow>,
    allocation: Allocation,
    pool: i32,
    what_if: bool,
    seed: String,
    form: Form,
    /// How many applications have fewer than two reviewers who are not recused.
    short_of_reviewers: usize,
}

impl BoardPage {
    fn score(&self, s: &Option<f64>) -> String {
        score_text(*s)
    }

    fn threshold(&self) -> String {
        score_text(self.allocation.threshold)
    }

    fn region(&self, r: &Region) -> String {
        region_label(self.ctx.lang, Some(*r))
    }

    fn base(&self) -> String {
        self.ctx.href(&format!("/sparring/{}", self.round.id))
    }

    fn granted(&self) -> i32 {
        self.allocation.granted.values().sum()
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct WhatIf {
    pool: String,
}

/// The names of the applications' organisations, by application.
fn names(apps: &[Application], orgs: &[Organisation], lang: domain::Lang) -> BTreeMap<i32, String> {
    apps.iter()
        .map(|a| (a.id, crate::pages::org_name(orgs, a.organisation_id, lang)))
        .collect()
}

async fn board(
    ctx: PageCtx,
    state: &AppState,
    round: Round,
    pool_override: Option<i32>,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let development = state.store.development();
    let apps = development.applications(round.id).await?;
    let reviews = development.reviews(round.id).await?;
    let orgs = state.store.organisations().all().await?;
    let applicants = round.applicants(&apps, &reviews, &orgs);
    let short = apps
        .iter()
        .filter(|a| needs_reviewer(&reviews, a.id))
        .count();
    let seed = round.seed(&apps);
    let mut pool = round.pool();
    if let Some(days) = pool_override {
        pool.days = days;
    }
    let allocation = allocate(&applicants, &pool, &seed);
    let rows = board_rows(
        &ctx,
        &applicants,
        &allocation,
        &names(&apps, &orgs, ctx.lang),
    );
    let path = format!("/sparring/{}/allocation", round.id);
    render_form(
        BoardPage {
            ctx: ctx.at(&path),
            what_if: pool_override.is_some_and(|p| p != round.pool_days),
            pool: pool.days,
            round,
            rows,
            allocation,
            seed,
            form,
            short_of_reviewers: short,
        },
        refused,
    )
}

pub async fn allocation(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
    Query(what_if): Query<WhatIf>,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let pool = what_if
        .pool
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|p| (0..=10_000).contains(p));
    let form = Form::with_values(ctx.lang, &[("pool", what_if.pool.as_str())]);
    board(ctx, &state, round, pool, form).await
}

/// Freezes the decision as the board shows it with the round's own pool.
pub async fn freeze(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    let who = require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let development = state.store.development();
    let apps = development.applications(round.id).await?;
    let reviews = development.reviews(round.id).await?;
    let orgs = state.store.organisations().all().await?;
    let applicants = round.applicants(&apps, &reviews, &orgs);
    let seed = round.seed(&apps);
    let allocation = allocate(&applicants, &round.pool(), &seed);
    match development
        .freeze(
            round.id,
            &applicants,
            &seed,
            &allocation,
            Utc::now(),
            Some(who.user_id),
        )
        .await?
    {
        Ok(()) => {
            ctx.flash("sparring-frozen");
            Ok(ctx.redirect(&format!("/sparring/{}/decision", round.id)))
        }
        Err(refusal) => {
            let mut form = Form::empty(ctx.lang);
            form.refuse(
                "pool",
                match refusal {
                    FreezeRefusal::Decided => "error-sparring-decided",
                    FreezeRefusal::StillOpen => "error-sparring-still-open",
                },
            );
            board(ctx, &state, round, None, form).await
        }
    }
}

// The decision ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "development/decision.html")]
struct DecisionPage {
    ctx: PageCtx,
    round: Round,
    decision: store::development::Decision,
    rows: Vec<BoardRow>,
    decided_by: String,
    /// The rule run again on the stored inputs gives the stored result.
    same: bool,
    /// The stored inputs hash to the stored hash.
    hash_holds: bool,
    rule_is_current: bool,
}

impl DecisionPage {
    fn score(&self, s: &Option<f64>) -> String {
        score_text(*s)
    }

    fn threshold(&self) -> String {
        score_text(self.decision.allocation.threshold)
    }

    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn base(&self) -> String {
        self.ctx.href(&format!("/sparring/{}", self.round.id))
    }
}

/// The frozen decision with its inputs, and the rule run again on them.
pub async fn decision(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !domain::development::works_with_sparring(&who) {
        return Err(AppError::not_found());
    }
    let round = round_of(&state, &round).await?;
    let development = state.store.development();
    let decision = development
        .decision(round.id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let again = allocate(&decision.applicants, &decision.pool, &decision.seed);
    let same = again == decision.allocation;
    let hash_holds =
        inputs_hash(&decision.applicants, &decision.pool, &decision.seed) == decision.inputs_hash;
    let apps = development.applications(round.id).await?;
    let orgs = state.store.organisations().all().await?;
    let rows = board_rows(
        &ctx,
        &decision.applicants,
        &decision.allocation,
        &names(&apps, &orgs, ctx.lang),
    );
    let decided_by = match decision.decided_by {
        Some(id) => state.store.accounts().user(id).await?.map(|u| u.name),
        None => None,
    }
    .unwrap_or_default();
    let path = format!("/sparring/{}/decision", round.id);
    render(DecisionPage {
        ctx: ctx.at(&path),
        rule_is_current: decision.rule_version == RULE_VERSION,
        round,
        decision,
        rows,
        decided_by,
        same,
        hash_holds,
    })
}

// The round's report --------------------------------------------------------------------------------

/// Applications, days asked, granted and held, by region and by kind of organisation.
async fn report_tables(ctx: &PageCtx, state: &AppState, round: &Round) -> AppResult<Vec<Table>> {
    let development = state.store.development();
    let apps = development.applications(round.id).await?;
    let held = development
        .days_held(&apps.iter().map(|a| a.id).collect::<Vec<_>>())
        .await?;
    let orgs = state.store.organisations().all().await?;
    let org = |a: &Application| orgs.iter().find(|o| o.id == a.organisation_id);
    let figures = |of: &dyn Fn(&Application) -> bool| {
        let chosen: Vec<&Application> = apps.iter().filter(|a| of(a)).collect();
        vec![
            Cell::count(chosen.len()),
            Cell::Number(f64::from(chosen.iter().map(|a| a.days_asked).sum::<i32>())),
            Cell::Number(f64::from(
                chosen.iter().map(|a| a.days_granted).sum::<i32>(),
            )),
            Cell::count(
                held.iter()
                    .filter(|d| chosen.iter().any(|a| a.id == d.application_id))
                    .count(),
            ),
        ]
    };
    let header = |first: String| {
        vec![
            first,
            ctx.t("sparring-applications"),
            ctx.t("sparring-days-asked"),
            ctx.t("sparring-days-granted"),
            ctx.t("sparring-days-held"),
        ]
    };
    let mut by_region = Vec::new();
    let mut regions: Vec<Option<Region>> = Region::ALL.iter().map(|r| Some(*r)).collect();
    regions.push(None);
    for region in regions {
        let of = |a: &Application| org(a).and_then(|o| o.region) == region;
        if !apps.iter().any(of) {
            continue;
        }
        let mut row = vec![Cell::Text(region_label(ctx.lang, region))];
        row.extend(figures(&of));
        by_region.push(row);
    }
    let mut total = vec![Cell::Text(ctx.t("report-total"))];
    total.extend(figures(&|_| true));
    by_region.push(total.clone());
    let mut by_kind = Vec::new();
    for kind in OrgKind::ALL {
        let of = |a: &Application| org(a).is_some_and(|o| o.kind == kind);
        if !apps.iter().any(of) {
            continue;
        }
        let mut row = vec![Cell::Text(kind_label(ctx, &kind))];
        row.extend(figures(&of));
        by_kind.push(row);
    }
    by_kind.push(total);
    Ok(vec![
        Table {
            title: ctx.t("sparring-report-regions"),
            header: header(ctx.t("sparring-region")),
            rows: by_region,
        },
        Table {
            title: ctx.t("sparring-report-kinds"),
            header: header(ctx.t("sparring-kind")),
            rows: by_kind,
        },
    ])
}

#[derive(Template)]
#[template(path = "development/report.html")]
struct ReportPage {
    ctx: PageCtx,
    round: Round,
    tables: Vec<(Table, String)>,
}

impl ReportPage {
    fn base(&self) -> String {
        self.ctx.href(&format!("/sparring/{}", self.round.id))
    }
}

pub async fn report(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let tables = report_tables(&ctx, &state, &round)
        .await?
        .into_iter()
        .map(|t| {
            let bars: Vec<(String, f64, String)> = t.rows[..t.rows.len().saturating_sub(1)]
                .iter()
                .filter_map(|row| match (&row[0], &row[3]) {
                    (Cell::Text(l), Cell::Number(n)) => Some((l.clone(), *n, format!("{n:.0}"))),
                    _ => None,
                })
                .collect();
            let chart = horizontal_bars(&bars, &t.title);
            (t, chart)
        })
        .collect();
    let path = format!("/sparring/{}/report", round.id);
    render(ReportPage {
        ctx: ctx.at(&path),
        round,
        tables,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Which {
    table: usize,
}

pub async fn report_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
    Query(which): Query<Which>,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let tables = report_tables(&ctx, &state, &round).await?;
    let table = tables.get(which.table).ok_or_else(AppError::not_found)?;
    export::csv(table, &format!("sparring-{}-{}.csv", round.id, which.table))
}

pub async fn report_xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    require_runner(&ctx)?;
    let round = round_of(&state, &round).await?;
    let tables = report_tables(&ctx, &state, &round).await?;
    export::xlsx(&tables, &format!("sparring-{}.xlsx", round.id))
}
