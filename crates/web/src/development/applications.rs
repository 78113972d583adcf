//! Applications for sparring: an HR developer's form (one per organisation and round,
//! changed until the round closes), the application's page with its reviewers, the
//! reviewer's scores, the letter of the decision with the applicant's own figures, a
//! reconsideration request and its answer, more days granted, and the days held.

use std::collections::BTreeMap;

use askama::Template;
use axum::{Extension, extract::Path, response::Response};
use chrono::{DateTime, Duration, Utc};
use domain::{
    Email, Lang,
    development::{
        ReviewStatus, may_apply_for, may_run_rounds, may_see_application, parse_aim,
        parse_days_asked, parse_score, parse_short, parse_staff,
    },
};
use store::development::{
    Application, ApplicationInput, Decision, GrantRefusal, HeldDay, Reconsideration, Review, Round,
};

use super::{rounds::round_of, score_text};
use crate::{AppError, AppState, PageCtx, error::AppResult, form::Form, i18n, render::render_form};

// Applying -----------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "development/apply.html")]
struct ApplyPage {
    ctx: PageCtx,
    round: Round,
    form: Form,
    editing: bool,
}

impl ApplyPage {
    fn base(&self) -> String {
        self.ctx.href(&format!("/sparring/{}", self.round.id))
    }
}

/// The round, open, for an HR developer of an eligible organisation; 404 otherwise.
async fn open_round_for(
    ctx: &PageCtx,
    state: &AppState,
    round: &str,
) -> AppResult<(Round, i32, i32)> {
    let who = ctx.require_user()?.principal();
    if !may_apply_for(&who, who.org_id) {
        return Err(AppError::not_found());
    }
    let round = round_of(state, round).await?;
    let org = state
        .store
        .organisations()
        .organisation(who.org_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if !round.eligible(org.kind) {
        return Err(AppError::not_found());
    }
    Ok((round, who.org_id, who.user_id))
}

fn apply_page(ctx: PageCtx, round: Round, form: Form, editing: bool) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = format!("/sparring/{}/apply", round.id);
    render_form(
        ApplyPage {
            ctx: ctx.at(&path),
            round,
            form,
            editing,
        },
        refused,
    )
}

pub async fn form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
) -> AppResult<Response> {
    let (round, org, _) = open_round_for(&ctx, &state, &round).await?;
    let existing = state
        .store
        .development()
        .applications(round.id)
        .await?
        .into_iter()
        .find(|a| a.organisation_id == org);
    let form = match &existing {
        Some(a) => {
            let (staff, days, sparrer) = (
                a.staff.to_string(),
                a.days_asked.to_string(),
                a.sparrer_id.map(|s| s.to_string()).unwrap_or_default(),
            );
            Form::with_values(
                ctx.lang,
                &[
                    ("aim", a.aim.as_str()),
                    ("workplace", &a.workplace),
                    ("staff", &staff),
                    ("days_asked", &days),
                    ("sparrer", &sparrer),
                    ("contact_name", &a.contact_name),
                    ("contact_email", &a.contact_email),
                    ("lang", a.lang.code()),
                ],
            )
        }
        None => {
            let user = ctx.require_user()?;
            Form::with_values(
                ctx.lang,
                &[
                    ("days_asked", "2"),
                    ("contact_name", user.name.as_str()),
                    ("contact_email", user.email.as_str()),
                    ("lang", ctx.lang.code()),
                ],
            )
        }
    };
    apply_page(ctx, round, form, existing.is_some())
}

pub async fn apply(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(round): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (round, org, author) = open_round_for(&ctx, &state, &round).await?;
    if !round.is_open(Utc::now()) {
        form.refuse("aim", "error-sparring-closed");
    }
    let aim = form.parse("aim", parse_aim);
    let workplace = form.parse("workplace", parse_short);
    let staff = form.parse("staff", parse_staff);
    let days_asked = form.parse("days_asked", parse_days_asked);
    let sparrer_id = form.parse("sparrer", |raw| {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        raw.trim()
            .parse::<i32>()
            .ok()
            .filter(|id| round.sparrers.iter().any(|s| s.id == *id))
            .map(Some)
            .ok_or(domain::Invalid {
                message_id: "error-sparring-sparrer",
            })
    });
    let contact_name = form.parse("contact_name", parse_short);
    let contact_email = form.parse("contact_email", |raw| {
        Email::parse(raw).map(|e| e.as_str().to_owned())
    });
    let lang = form.parse("lang", |raw| match Lang::parse(raw) {
        Ok(Lang::En) | Err(_) => Err(domain::Invalid {
            message_id: "error-sparring-lang",
        }),
        Ok(l) => Ok(l),
    });
    let editing = state
        .store
        .development()
        .applications(round.id)
        .await?
        .iter()
        .any(|a| a.organisation_id == org);
    if !form.is_valid() {
        return apply_page(ctx, round, form, editing);
    }
    let (
        Some(aim),
        Some(workplace),
        Some(staff),
        Some(days_asked),
        Some(sparrer_id),
        Some(contact_name),
        Some(contact_email),
        Some(lang),
    ) = (
        aim,
        workplace,
        staff,
        days_asked,
        sparrer_id,
        contact_name,
        contact_email,
        lang,
    )
    else {
        return apply_page(ctx, round, form, editing);
    };
    let id = state
        .store
        .development()
        .apply(
            round.id,
            org,
            &ApplicationInput {
                aim,
                workplace,
                staff,
                days_asked,
                sparrer_id,
                contact_name,
                contact_email,
                lang,
            },
            Some(author),
            Utc::now(),
        )
        .await?;
    ctx.flash("sparring-applied");
    Ok(ctx.redirect(&format!("/sparring/applications/{id}")))
}

// An application's page --------------------------------------------------------------------------

/// The letter of the decision, as the applicant reads it and is mailed it: their own
/// figures, who decided, when, the contact person, and how to ask for reconsideration.
pub(crate) fn letter(
    lang: Lang,
    round: &Round,
    app: &Application,
    decision: &Decision,
    decided_by: &str,
) -> Vec<String> {
    let score = decision
        .applicants
        .iter()
        .find(|a| a.id == app.id)
        .and_then(|a| a.score);
    let eligible = decision
        .applicants
        .iter()
        .find(|a| a.id == app.id)
        .is_some_and(|a| a.eligible);
    let granted = decision
        .allocation
        .granted
        .get(&app.id)
        .copied()
        .unwrap_or(0);
    let args = |extra: &[(&'static str, String)]| {
        let mut a: Vec<(&'static str, String)> = vec![
            ("round", round.name(lang).to_owned()),
            ("score", score_text(score)),
            ("threshold", score_text(decision.allocation.threshold)),
            ("pool", decision.pool.days.to_string()),
            ("asked", app.days_asked.to_string()),
            ("granted", granted.to_string()),
            ("applications", decision.applicants.len().to_string()),
        ];
        a.extend_from_slice(extra);
        a
    };
    let t = |key: &str, extra: &[(&'static str, String)]| i18n::t_args(lang, key, &args(extra));
    let deadline = i18n::local_date(
        decision.decided_at + Duration::days(i64::from(round.reconsideration_days)),
    );
    let mut paragraphs = vec![t("letter-opening", &[])];
    paragraphs.push(if !eligible {
        t("letter-ineligible", &[])
    } else if score.is_none() {
        t("letter-unscored", &[])
    } else if granted == 0 {
        t("letter-not-granted", &[])
    } else if granted < app.days_asked {
        t("letter-partly-granted", &[])
    } else {
        t("letter-granted", &[])
    });
    paragraphs.push(t("letter-rule", &[("rule", decision.rule_version.clone())]));
    paragraphs.push(t(
        "letter-decided",
        &[
            ("decider", decided_by.to_owned()),
            ("date", i18n::local_date(decision.decided_at)),
        ],
    ));
    paragraphs.push(t(
        "letter-contact",
        &[
            ("contact", round.contact_name.clone()),
            ("email", round.contact_email.clone()),
        ],
    ));
    paragraphs.push(t(
        "letter-reconsideration",
        &[
            ("days", round.reconsideration_days.to_string()),
            ("deadline", deadline),
        ],
    ));
    paragraphs
}

#[derive(Template)]
#[template(path = "development/application.html")]
struct ApplicationPage {
    ctx: PageCtx,
    round: Round,
    app: Application,
    organisation: String,
    sparrer: String,
    /// The reader's organisation's own application.
    own: bool,
    runs: bool,
    /// The reader's own review, if they review it.
    my_review: Option<Review>,
    /// For coordinators: (reviewer's name, review).
    reviews: Vec<(String, Review)>,
    score: Option<f64>,
    letter: Vec<String>,
    reconsiderations: Vec<Reconsideration>,
    held: Vec<HeldDay>,
    decided: bool,
    form: Form,
}

impl ApplicationPage {
    fn base(&self) -> String {
        self.ctx
            .href(&format!("/sparring/applications/{}", self.app.id))
    }

    fn time(&self, at: &DateTime<Utc>) -> String {
        self.ctx.time(at)
    }

    fn day(&self, d: &chrono::NaiveDate) -> String {
        crate::pages::day(*d)
    }

    fn score(&self) -> String {
        score_text(self.score)
    }

    fn status(&self, s: &ReviewStatus) -> String {
        self.ctx.t(&format!("review-status-{}", s.as_str()))
    }

    fn field(&self, criterion: &i32) -> String {
        format!("score-{criterion}")
    }

    fn checked(&self, criterion: &i32, n: &i32) -> bool {
        self.form.value(&format!("score-{criterion}")) == n.to_string()
    }

    /// The score the reader gave a criterion, for reading once the round is decided.
    fn given(&self, criterion: &i32) -> String {
        self.my_review
            .as_ref()
            .and_then(|r| r.scores.get(criterion))
            .map_or_else(|| "–".to_owned(), i32::to_string)
    }

    fn answer_field(&self, r: &Reconsideration) -> String {
        format!("answer-{}", r.id)
    }
}

async fn page_of(
    ctx: PageCtx,
    state: &AppState,
    app: Application,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let who = ctx.require_user()?.principal();
    let development = state.store.development();
    let round = development
        .round(app.round_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let all_reviews = development.reviews(round.id).await?;
    let mine = all_reviews
        .iter()
        .find(|r| r.application_id == app.id && r.reviewer_id == who.user_id)
        .cloned();
    if !may_see_application(&who, app.organisation_id, mine.as_ref().map(|r| r.status)) {
        return Err(AppError::not_found());
    }
    let runs = may_run_rounds(&who);
    let own = may_apply_for(&who, app.organisation_id);
    let of_app: Vec<Review> = all_reviews
        .iter()
        .filter(|r| r.application_id == app.id)
        .cloned()
        .collect();
    let mut reviews = Vec::new();
    if runs {
        let people = state
            .store
            .accounts()
            .users_by_ids(&of_app.iter().map(|r| r.reviewer_id).collect::<Vec<_>>())
            .await?;
        for r in &of_app {
            let name = people
                .iter()
                .find(|p| p.id == r.reviewer_id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            reviews.push((name, r.clone()));
        }
    }
    let score = round.scores(&all_reviews).get(&app.id).copied().flatten();
    let decision = development.decision(round.id).await?;
    let letter = match &decision {
        Some(d) if own || runs => {
            let decider = match d.decided_by {
                Some(id) => state.store.accounts().user(id).await?.map(|u| u.name),
                None => None,
            }
            .unwrap_or_default();
            letter(ctx.lang, &round, &app, d, &decider)
        }
        _ => Vec::new(),
    };
    let reconsiderations = development.reconsiderations(&[app.id]).await?;
    let held = development.days_held(&[app.id]).await?;
    let orgs = state.store.organisations().all().await?;
    let organisation = crate::pages::org_name(&orgs, app.organisation_id, ctx.lang);
    let path = format!("/sparring/applications/{}", app.id);
    render_form(
        ApplicationPage {
            ctx: ctx.at(&path),
            organisation,
            sparrer: app
                .sparrer_id
                .and_then(|s| round.sparrers.iter().find(|x| x.id == s))
                .map(|s| format!("{} ({})", s.name, s.company))
                .unwrap_or_default(),
            decided: decision.is_some(),
            round,
            app,
            own,
            runs,
            my_review: mine,
            reviews,
            score,
            letter,
            reconsiderations,
            held,
            form,
        },
        refused,
    )
}

async fn application_of(state: &AppState, id: &str) -> AppResult<Application> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .development()
        .application(id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn show(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
) -> AppResult<Response> {
    let app = application_of(&state, &app).await?;
    let who = ctx.require_user()?.principal();
    let mine = state
        .store
        .development()
        .reviews(app.round_id)
        .await?
        .into_iter()
        .find(|r| r.application_id == app.id && r.reviewer_id == who.user_id);
    let mut values: Vec<(String, String)> = Vec::new();
    if let Some(r) = &mine {
        values.extend(
            r.scores
                .iter()
                .map(|(c, s)| (format!("score-{c}"), s.to_string())),
        );
        values.push(("comment".into(), r.comment.clone()));
    }
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let form = Form::with_values(ctx.lang, &pairs);
    page_of(ctx, &state, app, form).await
}

/// An application the reader may see, for a change that only `allowed` people make;
/// 404 for those who may not see it, 403 for those who see it but may not.
async fn for_change(
    ctx: &PageCtx,
    state: &AppState,
    app: &str,
    allowed: impl Fn(&domain::Principal, &Application) -> bool,
) -> AppResult<(Application, domain::Principal)> {
    let who = ctx.require_user()?.principal();
    let app = application_of(state, app).await?;
    let review = state
        .store
        .development()
        .reviews(app.round_id)
        .await?
        .into_iter()
        .find(|r| r.application_id == app.id && r.reviewer_id == who.user_id)
        .map(|r| r.status);
    if !may_see_application(&who, app.organisation_id, review) {
        return Err(AppError::not_found());
    }
    if !allowed(&who, &app) {
        return Err(AppError::forbidden());
    }
    Ok((app, who))
}

/// A coordinator makes someone (by e-mail address) a reviewer of the application.
pub async fn assign(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (app, who) = for_change(&ctx, &state, &app, |w, _| may_run_rounds(w)).await?;
    let reviewer = match Email::parse(form.value("reviewer")) {
        Ok(email) => state
            .store
            .accounts()
            .user_by_email(&email)
            .await?
            .filter(|u| !u.disabled),
        Err(_) => None,
    };
    let Some(reviewer) = reviewer else {
        form.refuse("reviewer", "error-sparring-reviewer");
        return page_of(ctx, &state, app, form).await;
    };
    state
        .store
        .development()
        .assign_reviewer(app.id, reviewer.id, Some(who.user_id))
        .await?;
    ctx.flash("sparring-reviewer-assigned");
    Ok(ctx.redirect(&format!("/sparring/applications/{}", app.id)))
}

/// A reviewer's scores, or abstaining, or recusal.
pub async fn review(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let app = application_of(&state, &app).await?;
    let development = state.store.development();
    let mine = development
        .reviews(app.round_id)
        .await?
        .into_iter()
        .find(|r| r.application_id == app.id && r.reviewer_id == who.user_id)
        .filter(|r| r.status != ReviewStatus::Recused)
        .ok_or_else(AppError::not_found)?;
    let round = development
        .round(app.round_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    if round.decided_at.is_some() {
        form.refuse("comment", "error-sparring-decided");
    }
    let status = match form.value("action") {
        "abstain" => ReviewStatus::Abstained,
        "recuse" => ReviewStatus::Recused,
        _ => ReviewStatus::Scored,
    };
    let mut scores = BTreeMap::new();
    if status == ReviewStatus::Scored {
        for c in &round.rubric {
            if let Some(s) = form.parse(&format!("score-{}", c.id), parse_score) {
                scores.insert(c.id, s);
            }
        }
    }
    let comment = form.parse("comment", domain::coaching::parse_optional_text);
    let (Some(comment), true) = (comment, form.is_valid()) else {
        return page_of(ctx, &state, app, form).await;
    };
    development
        .review(app.id, mine.reviewer_id, status, &scores, &comment)
        .await?;
    ctx.flash("sparring-reviewed");
    Ok(ctx.redirect(
        if status == ReviewStatus::Recused {
            "/sparring".to_owned()
        } else {
            format!("/sparring/applications/{}", app.id)
        }
        .as_str(),
    ))
}

/// A coordinator grants more days after the decision, if the pool has them.
pub async fn grant_days(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (app, who) = for_change(&ctx, &state, &app, |w, _| may_run_rounds(w)).await?;
    let Some(days) = form.parse("days", parse_days_asked) else {
        return page_of(ctx, &state, app, form).await;
    };
    let development = state.store.development();
    if development.decision(app.round_id).await?.is_none() {
        form.refuse("days", "error-sparring-not-decided");
        return page_of(ctx, &state, app, form).await;
    }
    if let Err(refusal) = development
        .grant_days(app.id, days, Some(who.user_id))
        .await?
    {
        form.refuse(
            "days",
            match refusal {
                GrantRefusal::PoolEmpty => "error-sparring-pool-empty",
                GrantRefusal::OverCap => "error-sparring-over-cap",
            },
        );
        return page_of(ctx, &state, app, form).await;
    }
    ctx.flash("sparring-days-granted-flash");
    Ok(ctx.redirect(&format!("/sparring/applications/{}", app.id)))
}

/// The applicant asks for the decision to be reconsidered.
pub async fn reconsider(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (app, who) = for_change(&ctx, &state, &app, |w, a| {
        may_apply_for(w, a.organisation_id)
    })
    .await?;
    let decided = state
        .store
        .development()
        .decision(app.round_id)
        .await?
        .is_some();
    if !decided {
        form.refuse("reconsideration", "error-sparring-not-decided");
    }
    let body = form.parse("reconsideration", parse_aim);
    let (Some(body), true) = (body, form.is_valid()) else {
        return page_of(ctx, &state, app, form).await;
    };
    state
        .store
        .development()
        .ask_reconsideration(app.id, &body, Some(who.user_id), Utc::now())
        .await?;
    ctx.flash("sparring-reconsideration-filed");
    Ok(ctx.redirect(&format!("/sparring/applications/{}", app.id)))
}

/// A coordinator answers a reconsideration request.
pub async fn answer(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    if !may_run_rounds(&who) {
        return Err(AppError::not_found());
    }
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    let application_id: i32 = form
        .value("application")
        .parse()
        .map_err(|_| AppError::not_found())?;
    let app = application_of(&state, &application_id.to_string()).await?;
    let request = state
        .store
        .development()
        .reconsiderations(&[app.id])
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(AppError::not_found)?;
    let field = format!("answer-{}", request.id);
    let Some(text) = form.parse(&field, parse_aim) else {
        return page_of(ctx, &state, app, form).await;
    };
    state
        .store
        .development()
        .answer_reconsideration(request.id, &text, who.user_id, Utc::now())
        .await?;
    ctx.flash("sparring-reconsideration-answered");
    Ok(ctx.redirect(&format!("/sparring/applications/{}", app.id)))
}

/// The applicant records a sparring day held, with its sparrer and a short report.
pub async fn held(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(app): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (app, who) = for_change(&ctx, &state, &app, |w, a| {
        may_apply_for(w, a.organisation_id) && a.days_granted > 0
    })
    .await?;
    let held_on = form.parse("held_on", domain::coaching::parse_date);
    let sparrer = form.parse("held_sparrer", parse_short);
    let report = form.parse("report", parse_aim);
    let (Some(held_on), Some(sparrer), Some(report)) = (held_on, sparrer, report) else {
        return page_of(ctx, &state, app, form).await;
    };
    state
        .store
        .development()
        .record_day(app.id, held_on, &sparrer, &report, Some(who.user_id))
        .await?;
    ctx.flash("sparring-day-recorded");
    Ok(ctx.redirect(&format!("/sparring/applications/{}", app.id)))
}
