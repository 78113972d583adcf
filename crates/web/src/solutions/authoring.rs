//! An organisation's own solutions: writing one (a draft, or handed in at once), changing
//! it while it is a draft or returned, and the list of the organisation's solutions
//! with their states.

use askama::Template;
use axum::{
    Extension,
    extract::{Multipart, Path, Query},
    response::Response,
};
use chrono::Utc;
use domain::{
    Email, Lang,
    solutions::{
        Sector, SolutionState, Topic, may_edit_solution, parse_body, parse_contact_name,
        parse_period, parse_required_body, parse_title, parse_year,
    },
};
use serde::Deserialize;
use store::solutions::{Campaign, Solution, SolutionInput, SolutionText};

use super::{
    public::{show_page, visible},
    sector_label, state_label, topic_label,
};
use crate::{
    AppError, AppState, PageCtx, error::AppResult, files::Upload, form::Form, pages::org_name,
    render::render, render::render_form,
};

const TEXT_FIELDS: [&str; 5] = ["title", "problem", "actions", "results", "lessons"];

#[derive(Template)]
#[template(path = "solutions/form.html")]
struct FormPage {
    ctx: PageCtx,
    form: Form,
    /// The solution being changed, or none for a new one.
    editing: Option<Solution>,
    campaigns: Vec<Campaign>,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.editing {
            Some(s) => self.ctx.href(&format!("/solutions/{}/edit", s.id)),
            None => self.ctx.href("/solutions/new"),
        }
    }

    fn sectors(&self) -> Vec<(String, String)> {
        Sector::ALL
            .into_iter()
            .map(|s| (s.as_str().to_owned(), sector_label(self.ctx.lang, s)))
            .collect()
    }

    fn topics(&self) -> Vec<(String, String)> {
        Topic::ALL
            .into_iter()
            .map(|t| (t.as_str().to_owned(), topic_label(self.ctx.lang, t)))
            .collect()
    }

    /// The campaign of the solution being changed, when it has closed since (and so is
    /// not among those offered).
    fn closed_campaign(&self) -> Option<i32> {
        self.editing
            .as_ref()
            .and_then(|s| s.input.campaign_id)
            .filter(|id| !self.campaigns.iter().any(|c| c.id == *id))
    }

    /// A text field's name in one language: `title_fi`.
    fn name(&self, field: &str, lang: &str) -> String {
        format!("{field}_{lang}")
    }

    fn label(&self, field: &str) -> String {
        self.ctx.t(&format!("solution-field-{field}"))
    }

    fn fields(&self) -> [&'static str; 5] {
        TEXT_FIELDS
    }
}

fn form_page(
    ctx: PageCtx,
    form: Form,
    editing: Option<Solution>,
    campaigns: Vec<Campaign>,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = match &editing {
        Some(s) => format!("/solutions/{}/edit", s.id),
        None => "/solutions/new".to_owned(),
    };
    render_form(
        FormPage {
            ctx: ctx.at(&path),
            form,
            editing,
            campaigns,
        },
        refused,
    )
}

/// The campaigns open now, which a new solution may answer.
async fn open_campaigns(state: &AppState) -> AppResult<Vec<Campaign>> {
    let now = Utc::now();
    Ok(state
        .store
        .solutions()
        .campaigns()
        .await?
        .into_iter()
        .filter(|c| c.is_open(now))
        .collect())
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    campaign: String,
}

pub async fn new(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let campaigns = open_campaigns(&state).await?;
    let year = Utc::now().format("%Y").to_string();
    let form = Form::with_values(
        ctx.lang,
        &[
            ("year", year.as_str()),
            ("campaign", query.campaign.as_str()),
            ("contact_name", user.name.as_str()),
            ("contact_email", user.email.as_str()),
        ],
    );
    form_page(ctx, form, None, campaigns)
}

/// The form's solution, or the refusals beside its fields.
fn read(
    form: &mut Form,
    organisation_id: i32,
    campaigns: &[Campaign],
    keep: Option<i32>,
) -> Option<SolutionInput> {
    let sector = form.parse("sector", Sector::parse);
    let topic = form.parse("topic", Topic::parse);
    let year = form.parse("year", parse_year);
    let period = form.parse("period", parse_period);
    let campaign_id = form.parse("campaign", |raw| {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse::<i32>()
            .ok()
            .filter(|id| campaigns.iter().any(|c| c.id == *id) || keep == Some(*id))
            .map(Some)
            .ok_or(domain::Invalid {
                message_id: "error-solution-campaign",
            })
    });
    let consent = form.value("contact_consent") == "yes";
    let contact_name = form.parse("contact_name", |raw| parse_contact_name(raw, consent));
    let contact_email = form.parse("contact_email", |raw| {
        if raw.trim().is_empty() && !consent {
            Ok(String::new())
        } else {
            Email::parse(raw).map(|e| e.as_str().to_owned())
        }
    });
    let mut texts = Vec::new();
    for lang in [Lang::Fi, Lang::Sv] {
        let code = lang.code();
        let written = TEXT_FIELDS
            .iter()
            .any(|f| !form.value(&format!("{f}_{code}")).trim().is_empty());
        if !written {
            continue;
        }
        let title = form.parse(&format!("title_{code}"), parse_title);
        let mut body = |field: &str, required: bool| {
            let parse = if required {
                parse_required_body
            } else {
                parse_body
            };
            form.parse(&format!("{field}_{code}"), parse)
        };
        let (problem, actions, results, lessons) = (
            body("problem", true),
            body("actions", true),
            body("results", false),
            body("lessons", false),
        );
        if let (Some(title), Some(problem), Some(actions), Some(results), Some(lessons)) =
            (title, problem, actions, results, lessons)
        {
            texts.push((
                lang,
                SolutionText {
                    title,
                    problem,
                    actions,
                    results,
                    lessons,
                },
            ));
        }
    }
    if texts.is_empty() && form.is_valid() {
        form.refuse("title_fi", "error-solution-one-language");
    }
    let (
        Some(sector),
        Some(topic),
        Some(year),
        Some(period),
        Some(campaign_id),
        Some(contact_name),
        Some(contact_email),
    ) = (
        sector,
        topic,
        year,
        period,
        campaign_id,
        contact_name,
        contact_email,
    )
    else {
        return None;
    };
    if !form.is_valid() {
        return None;
    }
    Some(SolutionInput {
        organisation_id,
        campaign_id,
        original_lang: texts.first().map_or(Lang::Fi, |(l, _)| *l),
        sector,
        topic,
        year,
        period,
        contact_name,
        contact_email,
        contact_consent: consent,
        texts,
    })
}

pub async fn create(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let campaigns = open_campaigns(&state).await?;
    let hand_in = form.value("action") == "submit";
    let Some(input) = read(&mut form, who.org_id, &campaigns, None) else {
        return form_page(ctx, form, None, campaigns);
    };
    let id = state
        .store
        .solutions()
        .create(&input, who.user_id, hand_in)
        .await?;
    ctx.flash(if hand_in {
        "solution-submitted"
    } else {
        "solution-saved"
    });
    Ok(ctx.redirect(&format!("/solutions/{id}")))
}

/// The solution, when the reader may change it now; a missing page when it is not
/// their organisation's, and a refusal when it is theirs but with the moderators.
async fn editable(ctx: &PageCtx, state: &AppState, raw: &str) -> AppResult<Solution> {
    let solution = visible(ctx, state, raw).await?;
    let who = ctx.require_user()?.principal();
    if !may_edit_solution(&who, &solution.tie()) {
        return Err(if who.org_id == solution.input.organisation_id {
            AppError::forbidden()
        } else {
            AppError::not_found()
        });
    }
    Ok(solution)
}

pub async fn edit(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let solution = editable(&ctx, &state, &raw).await?;
    let campaigns = open_campaigns(&state).await?;
    let i = &solution.input;
    let (year, campaign) = (
        i.year.to_string(),
        i.campaign_id.map(|c| c.to_string()).unwrap_or_default(),
    );
    let mut values: Vec<(String, String)> = vec![
        ("sector".into(), i.sector.as_str().into()),
        ("topic".into(), i.topic.as_str().into()),
        ("year".into(), year),
        ("period".into(), i.period.clone()),
        ("campaign".into(), campaign),
        ("contact_name".into(), i.contact_name.clone()),
        ("contact_email".into(), i.contact_email.clone()),
        (
            "contact_consent".into(),
            if i.contact_consent { "yes" } else { "" }.into(),
        ),
    ];
    for (lang, t) in &i.texts {
        let code = lang.code();
        for (field, value) in [
            ("title", &t.title),
            ("problem", &t.problem),
            ("actions", &t.actions),
            ("results", &t.results),
            ("lessons", &t.lessons),
        ] {
            values.push((format!("{field}_{code}"), value.clone()));
        }
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let form = Form::with_values(ctx.lang, &pairs);
    form_page(ctx, form, Some(solution), campaigns)
}

pub async fn update(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let solution = editable(&ctx, &state, &raw).await?;
    let campaigns = open_campaigns(&state).await?;
    let hand_in = form.value("action") == "submit";
    let Some(input) = read(
        &mut form,
        solution.input.organisation_id,
        &campaigns,
        solution.input.campaign_id,
    ) else {
        return form_page(ctx, form, Some(solution), campaigns);
    };
    let who = ctx.require_user()?;
    if !state
        .store
        .solutions()
        .update(solution.id, &input, who.id, hand_in)
        .await?
    {
        form.refuse("title_fi", "error-solution-not-editable");
        return form_page(ctx, form, Some(solution), campaigns);
    }
    ctx.flash(if hand_in {
        "solution-submitted"
    } else {
        "solution-saved"
    });
    Ok(ctx.redirect(&format!("/solutions/{}", solution.id)))
}

/// Adds an attachment to a solution its authors may still change; a refused file is
/// said beside the file field on the solution's page.
pub async fn attach(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(raw): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let solution = editable(&ctx, &state, &raw).await?;
    let who = ctx.require_user()?.id;
    let upload = Upload::read(multipart).await?;
    let mut form = Form::empty(ctx.lang);
    if upload.file.is_none() {
        form.refuse("file", "error-file-missing");
    }
    let Some(file) = upload.keep(&state, &mut form, "file", who).await? else {
        return show_page(ctx, &state, solution, form).await;
    };
    if !state
        .store
        .solutions()
        .attach(solution.id, &file, who)
        .await?
    {
        form.refuse("file", "error-solution-not-editable");
        return show_page(ctx, &state, solution, form).await;
    }
    ctx.flash("solution-attached");
    Ok(ctx.redirect(&format!("/solutions/{}#attachments", solution.id)))
}

/// Takes an attachment off a solution its authors may still change.
pub async fn detach(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((raw, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let solution = editable(&ctx, &state, &raw).await?;
    let file: i32 = file.parse().map_err(|_| AppError::not_found())?;
    let who = ctx.require_user()?.id;
    if !state
        .store
        .solutions()
        .detach(solution.id, file, who)
        .await?
    {
        return Err(AppError::not_found());
    }
    ctx.flash("solution-detached");
    Ok(ctx.redirect(&format!("/solutions/{}#attachments", solution.id)))
}

#[derive(Template)]
#[template(path = "solutions/mine.html")]
struct MinePage {
    ctx: PageCtx,
    organisation: String,
    rows: Vec<(i32, String, String, SolutionState, String)>,
}

impl MinePage {
    fn state(&self, state: &SolutionState) -> String {
        state_label(self.ctx.lang, *state)
    }
}

pub async fn mine(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let orgs = state.store.organisations().all().await?;
    let rows = state
        .store
        .solutions()
        .of_organisation(who.org_id)
        .await?
        .into_iter()
        .filter(|s| domain::solutions::may_see_solution(Some(&who), &s.tie()))
        .map(|s| {
            (
                s.id,
                s.title(ctx.lang).to_owned(),
                topic_label(ctx.lang, s.input.topic),
                s.state,
                ctx.time(&s.updated_at),
            )
        })
        .collect();
    render(MinePage {
        organisation: org_name(&orgs, who.org_id, ctx.lang),
        ctx,
        rows,
    })
}
