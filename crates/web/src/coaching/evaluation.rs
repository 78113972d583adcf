//! The developmental evaluation, the evaluator's workspace: surveys of a cohort built
//! from Likert, choice and free-text questions in Finnish and Swedish, sent in rounds
//! (anonymous or not, fixed when the round opens) to the cohort's participants and its
//! organisations' project people, who answer once; results per organisation and for the
//! cohort, per round and their change, where no group of fewer than five shows or can
//! be worked out; each organisation's page shown back to its HR developers and
//! responsible managers, who write their response.

use std::collections::BTreeMap;

use askama::Template;
use axum::{
    Extension,
    extract::{Path, Query},
    response::Response,
};
use domain::{
    Principal,
    coaching::{
        CohortTie,
        evaluation::{
            Likert, QuestionKind, RoundStatus, check_question, may_evaluate, may_respond_for,
            may_see_results_of, mean, parse_likert, parse_options, parse_question_text,
            parse_response, parse_survey_title,
        },
        may_run_cohorts, parse_date,
    },
    disclosure,
};
use store::{
    Organisation,
    coaching::{
        Answer, Cohort, OpenRefusal, OrganisationResponse, QuestionInput, Response as Reply, Round,
        Survey, SurveyQuestion, Turnout,
    },
};

use crate::{
    AppError, AppState, PageCtx,
    charts::horizontal_bars,
    error::AppResult,
    export::{self, Cell, Table},
    form::Form,
    render::{render, render_form},
};

/// Free texts by round: (round's name, the texts).
type Comments = Vec<(String, Vec<String>)>;

fn kind_label(ctx: &PageCtx, kind: QuestionKind) -> String {
    ctx.t(&format!("question-kind-{}", kind.as_str()))
}

fn status_label(ctx: &PageCtx, status: RoundStatus) -> String {
    ctx.t(&format!("round-status-{}", status.as_str()))
}

/// The evaluator (or an administrator); 404 for everyone else.
fn require_evaluator(ctx: &PageCtx) -> AppResult<Principal> {
    let who = ctx.require_user()?.principal();
    if may_evaluate(&who) {
        Ok(who)
    } else {
        Err(AppError::not_found())
    }
}

async fn survey_of(state: &AppState, id: &str) -> AppResult<(Survey, Cohort)> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    let survey = state
        .store
        .coaching()
        .survey(id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let cohort = state
        .store
        .coaching()
        .cohort(survey.cohort_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((survey, cohort))
}

// The workspace --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/evaluation.html")]
struct HomePage {
    ctx: PageCtx,
    surveys: Vec<(Survey, String)>,
    cohorts: Vec<Cohort>,
    form: Form,
}

impl HomePage {
    fn status(&self, s: &RoundStatus) -> String {
        status_label(&self.ctx, *s)
    }
}

async fn home_page(ctx: PageCtx, state: &AppState, form: Form) -> AppResult<Response> {
    let refused = !form.is_valid();
    let coaching = state.store.coaching();
    let cohorts = coaching.cohorts().await?;
    let surveys = coaching
        .surveys(None)
        .await?
        .into_iter()
        .map(|s| {
            let code = cohorts
                .iter()
                .find(|c| c.id == s.cohort_id)
                .map(|c| c.code.to_string())
                .unwrap_or_default();
            (s, code)
        })
        .collect();
    render_form(
        HomePage {
            ctx: ctx.at("/evaluation"),
            surveys,
            cohorts,
            form,
        },
        refused,
    )
}

pub async fn home(ctx: PageCtx, Extension(state): Extension<AppState>) -> AppResult<Response> {
    require_evaluator(&ctx)?;
    let form = Form::empty(ctx.lang);
    home_page(ctx, &state, form).await
}

pub async fn create_survey(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    mut form: Form,
) -> AppResult<Response> {
    let who = require_evaluator(&ctx)?;
    let cohorts = state.store.coaching().cohorts().await?;
    let cohort = form.parse("cohort", |raw| {
        raw.trim()
            .parse::<i32>()
            .ok()
            .filter(|id| cohorts.iter().any(|c| c.id == *id))
            .ok_or(domain::coaching::organisation_missing())
    });
    let title_fi = form.parse("title_fi", parse_survey_title);
    let title_sv = form.parse("title_sv", parse_survey_title);
    let (Some(cohort), Some(title_fi), Some(title_sv)) = (cohort, title_fi, title_sv) else {
        return home_page(ctx, &state, form).await;
    };
    let id = state
        .store
        .coaching()
        .create_survey(cohort, &title_fi, &title_sv, Some(who.user_id))
        .await?;
    ctx.flash("survey-created");
    Ok(ctx.redirect(&format!("/evaluation/surveys/{id}")))
}

// A survey: its questions and rounds -------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/survey.html")]
struct SurveyPage {
    ctx: PageCtx,
    survey: Survey,
    cohort: Cohort,
    turnout: Vec<(i32, Turnout)>,
    kinds: &'static [QuestionKind],
    form: Form,
}

impl SurveyPage {
    fn kind(&self, k: &QuestionKind) -> String {
        kind_label(&self.ctx, *k)
    }

    fn status(&self, s: &RoundStatus) -> String {
        status_label(&self.ctx, *s)
    }

    fn base(&self) -> String {
        self.ctx
            .href(&format!("/evaluation/surveys/{}", self.survey.id))
    }

    fn round_base(&self, r: &Round) -> String {
        self.ctx.href(&format!("/evaluation/rounds/{}", r.id))
    }

    fn turnout_of(&self, r: &Round) -> Option<&Turnout> {
        self.turnout
            .iter()
            .find(|(id, _)| *id == r.id)
            .map(|(_, t)| t)
    }

    fn date(&self, r: &Round) -> String {
        r.closes_on.format("%-d.%-m.%Y").to_string()
    }

    /// The field a round's refusal is kept under.
    fn round_key(&self, r: &Round) -> String {
        format!("round-{}", r.id)
    }
}

async fn survey_page(
    ctx: PageCtx,
    state: &AppState,
    survey: Survey,
    cohort: Cohort,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let mut turnout = Vec::new();
    for r in &survey.rounds {
        turnout.push((r.id, state.store.coaching().turnout(r.id).await?));
    }
    let path = format!("/evaluation/surveys/{}", survey.id);
    render_form(
        SurveyPage {
            ctx: ctx.at(&path),
            survey,
            cohort,
            turnout,
            kinds: QuestionKind::ALL,
            form,
        },
        refused,
    )
}

pub async fn survey(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    require_evaluator(&ctx)?;
    let (survey, cohort) = survey_of(&state, &id).await?;
    let form = Form::with_values(ctx.lang, &[("kind", "likert"), ("anonymous", "yes")]);
    survey_page(ctx, &state, survey, cohort, form).await
}

pub async fn add_question(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    require_evaluator(&ctx)?;
    let (survey, cohort) = survey_of(&state, &id).await?;
    let kind = form.parse("kind", QuestionKind::parse);
    let text_fi = form.parse("text_fi", parse_question_text);
    let text_sv = form.parse("text_sv", parse_question_text);
    let options_fi = parse_options(form.value("options_fi"));
    let options_sv = parse_options(form.value("options_sv"));
    if survey.questions_fixed() {
        form.refuse("text_fi", "error-survey-in-use");
    }
    if let (Some(kind), Some(fi), Some(sv)) = (kind, &text_fi, &text_sv)
        && let Err((field, invalid)) = check_question(domain::coaching::evaluation::Question {
            kind,
            text_fi: fi,
            text_sv: sv,
            options_fi: &options_fi,
            options_sv: &options_sv,
        })
    {
        form.refuse(field, invalid.message_id);
    }
    let (Some(kind), Some(text_fi), Some(text_sv), true) =
        (kind, text_fi, text_sv, form.is_valid())
    else {
        return survey_page(ctx, &state, survey, cohort, form).await;
    };
    let input = QuestionInput {
        kind,
        text_fi,
        text_sv,
        options_fi: if kind == QuestionKind::Choice {
            options_fi
        } else {
            Vec::new()
        },
        options_sv: if kind == QuestionKind::Choice {
            options_sv
        } else {
            Vec::new()
        },
    };
    match state.store.coaching().add_question(survey.id, &input).await {
        Ok(_) => {
            ctx.flash("question-added");
            Ok(ctx.redirect(&format!("/evaluation/surveys/{}", survey.id)))
        }
        Err(store::StoreError::SurveyInUse) => {
            form.refuse("text_fi", "error-survey-in-use");
            survey_page(ctx, &state, survey, cohort, form).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_question(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, question)): Path<(String, String)>,
) -> AppResult<Response> {
    require_evaluator(&ctx)?;
    let (survey, cohort) = survey_of(&state, &id).await?;
    let question: i32 = question.parse().map_err(|_| AppError::not_found())?;
    match state
        .store
        .coaching()
        .remove_question(survey.id, question)
        .await
    {
        Ok(()) => {
            ctx.flash("question-removed");
            Ok(ctx.redirect(&format!("/evaluation/surveys/{}", survey.id)))
        }
        Err(store::StoreError::SurveyInUse) => {
            let mut form = Form::empty(ctx.lang);
            form.refuse("text_fi", "error-survey-in-use");
            survey_page(ctx, &state, survey, cohort, form).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_round(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let who = require_evaluator(&ctx)?;
    let (survey, cohort) = survey_of(&state, &id).await?;
    let name_fi = form.parse("round_fi", parse_survey_title);
    let name_sv = form.parse("round_sv", parse_survey_title);
    let closes_on = form.parse("closes_on", parse_date);
    let anonymous = form.has("anonymous", "yes");
    let (Some(name_fi), Some(name_sv), Some(closes_on)) = (name_fi, name_sv, closes_on) else {
        return survey_page(ctx, &state, survey, cohort, form).await;
    };
    state
        .store
        .coaching()
        .add_round(
            survey.id,
            (&name_fi, &name_sv),
            closes_on,
            anonymous,
            Some(who.user_id),
        )
        .await?;
    ctx.flash("round-added");
    Ok(ctx.redirect(&format!("/evaluation/surveys/{}", survey.id)))
}

async fn round_of(state: &AppState, id: &str) -> AppResult<Round> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found())?;
    state
        .store
        .coaching()
        .round(id)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn open_round(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let who = require_evaluator(&ctx)?;
    let round = round_of(&state, &id).await?;
    match state
        .store
        .coaching()
        .open_round(round.id, Some(who.user_id))
        .await?
    {
        Ok(_) => {
            ctx.flash("round-opened");
            Ok(ctx.redirect(&format!("/evaluation/surveys/{}", round.survey_id)))
        }
        Err(refusal) => {
            let (survey, cohort) = survey_of(&state, &round.survey_id.to_string()).await?;
            let mut form = Form::empty(ctx.lang);
            let message = match refusal {
                OpenRefusal::NotReady(invalid) => invalid.message_id,
                OpenRefusal::NotDraft => "error-round-not-draft",
            };
            form.refuse(&format!("round-{}", round.id), message);
            survey_page(ctx, &state, survey, cohort, form).await
        }
    }
}

pub async fn close_round(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let who = require_evaluator(&ctx)?;
    let round = round_of(&state, &id).await?;
    state
        .store
        .coaching()
        .close_round(round.id, Some(who.user_id))
        .await?;
    ctx.flash("round-closed");
    Ok(ctx.redirect(&format!("/evaluation/surveys/{}", round.survey_id)))
}

pub async fn remind(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let who = require_evaluator(&ctx)?;
    let round = round_of(&state, &id).await?;
    state
        .store
        .coaching()
        .remind(round.id, Some(who.user_id))
        .await?;
    ctx.flash("round-reminded");
    Ok(ctx.redirect(&format!("/evaluation/surveys/{}", round.survey_id)))
}

// Answering -------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/survey_answer.html")]
struct AnswerPage {
    ctx: PageCtx,
    survey: Survey,
    round: Round,
    /// Whether the reader may still answer (invited, not answered, the round open).
    open: bool,
    form: Form,
}

impl AnswerPage {
    fn field(&self, q: &SurveyQuestion) -> String {
        format!("q-{}", q.id)
    }

    fn checked(&self, q: &SurveyQuestion, value: &str) -> bool {
        self.form.value(&format!("q-{}", q.id)) == value
    }

    fn date(&self) -> String {
        self.round.closes_on.format("%-d.%-m.%Y").to_string()
    }

    fn action(&self) -> String {
        self.ctx
            .href(&format!("/evaluation/rounds/{}/answer", self.round.id))
    }
}

/// The round for someone it is for; 404 for everyone else.
async fn round_for_respondent(
    ctx: &PageCtx,
    state: &AppState,
    id: &str,
) -> AppResult<(Round, Survey, bool)> {
    let who = ctx.require_user()?.principal();
    let round = round_of(state, id).await?;
    let answered = state
        .store
        .coaching()
        .respondent(round.id, who.user_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let (survey, _) = survey_of(state, &round.survey_id.to_string()).await?;
    let open = !answered && round.status == RoundStatus::Open;
    Ok((round, survey, open))
}

fn answer_page(
    ctx: PageCtx,
    (round, survey, open): (Round, Survey, bool),
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let path = format!("/evaluation/rounds/{}/answer", round.id);
    render_form(
        AnswerPage {
            ctx: ctx.at(&path),
            survey,
            round,
            open,
            form,
        },
        refused,
    )
}

pub async fn answer_form(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let found = round_for_respondent(&ctx, &state, &id).await?;
    let form = Form::empty(ctx.lang);
    answer_page(ctx, found, form)
}

pub async fn answer(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    mut form: Form,
) -> AppResult<Response> {
    let (round, survey, open) = round_for_respondent(&ctx, &state, &id).await?;
    if !open {
        return answer_page(ctx, (round, survey, open), form);
    }
    let mut answers = Vec::new();
    for q in &survey.questions {
        let field = format!("q-{}", q.id);
        match q.kind {
            QuestionKind::Likert => {
                if let Some(Some(a)) = form.parse(&field, parse_likert) {
                    answers.push((q.id, Answer::Likert(a)));
                }
            }
            QuestionKind::Choice => {
                let raw = form.value(&field).trim().to_owned();
                if raw.is_empty() {
                    continue;
                }
                match raw.parse::<i32>() {
                    Ok(i) if i >= 0 && (i as usize) < q.options_fi.len() => {
                        answers.push((q.id, Answer::Choice(i)));
                    }
                    _ => form.refuse(&field, "error-answer-choice"),
                }
            }
            QuestionKind::Text => {
                if let Some(text) = form.parse(&field, domain::coaching::parse_optional_text)
                    && !text.is_empty()
                {
                    answers.push((q.id, Answer::Text(text)));
                }
            }
        }
    }
    if !form.is_valid() {
        return answer_page(ctx, (round, survey, open), form);
    }
    let who = ctx.require_user()?.id;
    let taken = state
        .store
        .coaching()
        .answer(round.id, who, &answers)
        .await?;
    ctx.flash(if taken {
        "survey-answered"
    } else {
        "error-survey-answered"
    });
    Ok(ctx.redirect("/programme"))
}

// Results ---------------------------------------------------------------------------------

/// The figures of one group (an organisation, or the cohort) in one round.
struct Group<'a> {
    replies: Vec<&'a Reply>,
}

impl Group<'_> {
    fn likert(&self, q: i32) -> Vec<Likert> {
        self.replies
            .iter()
            .filter_map(|r| match r.answers.get(&q) {
                Some(Answer::Likert(a)) => Some(*a),
                _ => None,
            })
            .collect()
    }

    /// The ratings given (not "cannot say").
    fn rated(&self, q: i32) -> usize {
        self.likert(q)
            .iter()
            .filter(|a| matches!(a, Likert::Rating(_)))
            .count()
    }
}

/// A survey's results: for each round, each organisation's replies, with which are
/// hidden (`domain::disclosure`), per question.
struct Results<'a> {
    survey: &'a Survey,
    organisations: &'a [i32],
    replies: &'a [Reply],
}

impl<'a> Results<'a> {
    fn group(&self, round: i32, org: Option<i32>) -> Group<'a> {
        Group {
            replies: self
                .replies
                .iter()
                .filter(|r| r.round_id == round && org.is_none_or(|o| r.organisation_id == o))
                .collect(),
        }
    }

    /// Which organisations' figures of a question are hidden in a round: those of fewer
    /// than five ratings, and those that would reveal them beside the cohort's.
    fn hidden(&self, round: i32, q: i32) -> Vec<bool> {
        let counts: Vec<usize> = self
            .organisations
            .iter()
            .map(|o| self.group(round, Some(*o)).rated(q))
            .collect();
        disclosure::hidden_groups(&counts)
    }

    /// Whether an organisation's replies (their count, their free text) show in a round.
    fn shows_org(&self, round: i32, org: i32) -> bool {
        let counts: Vec<usize> = self
            .organisations
            .iter()
            .map(|o| self.group(round, Some(*o)).replies.len())
            .collect();
        let hidden = disclosure::hidden_groups(&counts);
        self.organisations
            .iter()
            .position(|o| *o == org)
            .is_some_and(|i| !hidden[i] && disclosure::shows(counts[i]))
    }

    /// A question's mean in a group: the mean, or "< 5".
    fn mean_cell(&self, ctx: &PageCtx, round: i32, q: i32, org: Option<i32>) -> Cell {
        let group = self.group(round, org);
        let hidden = match org {
            None => !disclosure::shows(group.rated(q)),
            Some(o) => {
                let i = self.organisations.iter().position(|x| *x == o);
                i.is_none_or(|i| self.hidden(round, q)[i]) || !disclosure::shows(group.rated(q))
            }
        };
        if hidden {
            return Cell::Text(ctx.t("figure-too-few"));
        }
        mean(&group.likert(q)).map_or(Cell::Text("–".into()), Cell::Number)
    }

    fn likert_questions(&self) -> Vec<&'a SurveyQuestion> {
        self.survey
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Likert)
            .collect()
    }

    fn opened_rounds(&self) -> Vec<&'a Round> {
        self.survey
            .rounds
            .iter()
            .filter(|r| r.status != RoundStatus::Draft)
            .collect()
    }
}

/// The tables of the evaluator's results page: per round, the Likert means of the
/// cohort and each organisation; the cohort's means across rounds with the change; the
/// choices' counts for the cohort; and who answered.
fn result_tables(
    ctx: &PageCtx,
    results: &Results<'_>,
    names: &BTreeMap<i32, String>,
    turnout: &[(i32, Turnout)],
) -> Vec<Table> {
    let lang = ctx.lang;
    let mut tables = Vec::new();
    let rounds = results.opened_rounds();
    for round in &rounds {
        let mut header = vec![ctx.t("question"), ctx.t("evaluation-cohort")];
        header.extend(results.organisations.iter().map(|o| names[o].clone()));
        let rows = results
            .likert_questions()
            .iter()
            .map(|q| {
                let mut row = vec![
                    Cell::Text(q.text(lang).to_owned()),
                    results.mean_cell(ctx, round.id, q.id, None),
                ];
                row.extend(
                    results
                        .organisations
                        .iter()
                        .map(|o| results.mean_cell(ctx, round.id, q.id, Some(*o))),
                );
                row
            })
            .collect();
        tables.push(Table {
            title: format!("{}: {}", round.name(lang), ctx.t("evaluation-means")),
            header,
            rows,
        });
    }
    if rounds.len() > 1 {
        let mut header = vec![ctx.t("question")];
        header.extend(rounds.iter().map(|r| r.name(lang).to_owned()));
        header.push(ctx.t("evaluation-change"));
        let rows = results
            .likert_questions()
            .iter()
            .map(|q| {
                let cells: Vec<Cell> = rounds
                    .iter()
                    .map(|r| results.mean_cell(ctx, r.id, q.id, None))
                    .collect();
                let numbers: Vec<f64> = cells
                    .iter()
                    .filter_map(|c| match c {
                        Cell::Number(n) => Some(*n),
                        Cell::Text(_) => None,
                    })
                    .collect();
                let change = match (numbers.first(), numbers.last()) {
                    (Some(a), Some(b)) if numbers.len() > 1 => Cell::Text(format!("{:+.1}", b - a)),
                    _ => Cell::Text("–".into()),
                };
                let mut row = vec![Cell::Text(q.text(lang).to_owned())];
                row.extend(cells);
                row.push(change);
                row
            })
            .collect();
        tables.push(Table {
            title: ctx.t("evaluation-across-rounds"),
            header,
            rows,
        });
    }
    for q in results
        .survey
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice)
    {
        let mut header = vec![ctx.t("evaluation-option")];
        header.extend(rounds.iter().map(|r| r.name(lang).to_owned()));
        let rows = q
            .options(lang)
            .iter()
            .enumerate()
            .map(|(i, option)| {
                let mut row = vec![Cell::Text(option.clone())];
                row.extend(rounds.iter().map(|r| {
                    let group = results.group(r.id, None);
                    if !disclosure::shows(group.replies.len()) {
                        return Cell::Text(ctx.t("figure-too-few"));
                    }
                    Cell::count(
                        group
                            .replies
                            .iter()
                            .filter(|x| x.answers.get(&q.id) == Some(&Answer::Choice(i as i32)))
                            .count(),
                    )
                }));
                row
            })
            .collect();
        tables.push(Table {
            title: q.text(lang).to_owned(),
            header,
            rows,
        });
    }
    let mut header = vec![ctx.t("cohort-organisation")];
    for r in &rounds {
        header.push(format!("{}: {}", r.name(lang), ctx.t("evaluation-invited")));
        header.push(format!(
            "{}: {}",
            r.name(lang),
            ctx.t("evaluation-answered")
        ));
    }
    let mut rows = Vec::new();
    let mut total = vec![Cell::Text(ctx.t("report-total"))];
    for r in &rounds {
        let t = turnout.iter().find(|(id, _)| *id == r.id).map(|(_, t)| t);
        total.push(Cell::count(t.map_or(0, |t| t.invited)));
        total.push(Cell::count(t.map_or(0, |t| t.answered)));
    }
    rows.push(total);
    for o in results.organisations {
        let mut row = vec![Cell::Text(names[o].clone())];
        for r in &rounds {
            let t = turnout
                .iter()
                .find(|(id, _)| *id == r.id)
                .and_then(|(_, t)| t.by_organisation.get(o))
                .copied()
                .unwrap_or_default();
            row.push(Cell::count(t.0));
            row.push(Cell::count(t.1));
        }
        rows.push(row);
    }
    tables.push(Table {
        title: ctx.t("evaluation-turnout"),
        header,
        rows,
    });
    tables
}

/// Free texts of the cohort per round, without organisation or name, where at least
/// five replied.
fn cohort_comments(ctx: &PageCtx, results: &Results<'_>) -> Comments {
    let mut out = Vec::new();
    for r in results.opened_rounds() {
        let group = results.group(r.id, None);
        if !disclosure::shows(group.replies.len()) {
            continue;
        }
        let texts: Vec<String> = results
            .survey
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Text)
            .flat_map(|q| {
                group
                    .replies
                    .iter()
                    .filter_map(move |x| match x.answers.get(&q.id) {
                        Some(Answer::Text(t)) => Some(format!("{}: {t}", q.text(ctx.lang))),
                        _ => None,
                    })
            })
            .collect();
        if !texts.is_empty() {
            out.push((r.name(ctx.lang).to_owned(), texts));
        }
    }
    out
}

struct Loaded {
    survey: Survey,
    cohort: Cohort,
    replies: Vec<Reply>,
    names: BTreeMap<i32, String>,
    turnout: Vec<(i32, Turnout)>,
    responses: Vec<OrganisationResponse>,
}

async fn load(ctx: &PageCtx, state: &AppState, id: &str) -> AppResult<Loaded> {
    let (survey, cohort) = survey_of(state, id).await?;
    let coaching = state.store.coaching();
    let round_ids: Vec<i32> = survey.rounds.iter().map(|r| r.id).collect();
    let replies = coaching.responses(&round_ids).await?;
    let organisations: Vec<Organisation> = state.store.organisations().all().await?;
    let names = cohort
        .organisations
        .iter()
        .map(|o| (*o, super::org_name(&organisations, *o, ctx.lang)))
        .collect();
    let mut turnout = Vec::new();
    for r in &survey.rounds {
        turnout.push((r.id, coaching.turnout(r.id).await?));
    }
    let responses = coaching.organisation_responses(&round_ids).await?;
    Ok(Loaded {
        survey,
        cohort,
        replies,
        names,
        turnout,
        responses,
    })
}

/// Who reads every organisation's results: the evaluators and those who run the
/// programme.
fn require_results_reader(ctx: &PageCtx) -> AppResult<Principal> {
    let who = ctx.require_user()?.principal();
    if may_evaluate(&who) || may_run_cohorts(&who) {
        Ok(who)
    } else {
        Err(AppError::not_found())
    }
}

#[derive(Template)]
#[template(path = "coaching/survey_results.html")]
struct ResultsPage {
    ctx: PageCtx,
    loaded: Loaded,
    tables: Vec<Table>,
    chart: Option<String>,
    comments: Comments,
}

impl ResultsPage {
    fn base(&self) -> String {
        self.ctx
            .href(&format!("/evaluation/surveys/{}", self.loaded.survey.id))
    }

    fn org_name(&self, id: &i32) -> String {
        self.loaded.names.get(id).cloned().unwrap_or_default()
    }

    fn round_name(&self, id: &i32) -> String {
        self.loaded
            .survey
            .rounds
            .iter()
            .find(|r| r.id == *id)
            .map(|r| r.name(self.ctx.lang).to_owned())
            .unwrap_or_default()
    }
}

fn results_of(ctx: &PageCtx, loaded: &Loaded) -> (Vec<Table>, Option<String>, Comments) {
    let results = Results {
        survey: &loaded.survey,
        organisations: &loaded.cohort.organisations,
        replies: &loaded.replies,
    };
    let tables = result_tables(ctx, &results, &loaded.names, &loaded.turnout);
    let latest = results.opened_rounds().last().map(|r| r.id);
    let chart = latest.and_then(|round| {
        let bars: Vec<(String, f64, String)> = results
            .likert_questions()
            .iter()
            .filter_map(|q| match results.mean_cell(ctx, round, q.id, None) {
                Cell::Number(m) => Some((q.text(ctx.lang).to_owned(), m, format!("{m:.1}"))),
                Cell::Text(_) => None,
            })
            .collect();
        (!bars.is_empty()).then(|| horizontal_bars(&bars, &ctx.t("evaluation-means")))
    });
    let comments = cohort_comments(ctx, &results);
    (tables, chart, comments)
}

pub async fn results(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    require_results_reader(&ctx)?;
    let loaded = load(&ctx, &state, &id).await?;
    let (tables, chart, comments) = results_of(&ctx, &loaded);
    let path = format!("/evaluation/surveys/{}/results", loaded.survey.id);
    render(ResultsPage {
        ctx: ctx.at(&path),
        loaded,
        tables,
        chart,
        comments,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Which {
    table: usize,
}

/// One of the results' tables as CSV (`?table=N`, from 0).
pub async fn results_csv(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
    Query(which): Query<Which>,
) -> AppResult<Response> {
    require_results_reader(&ctx)?;
    let loaded = load(&ctx, &state, &id).await?;
    let (tables, _, _) = results_of(&ctx, &loaded);
    let table = tables.get(which.table).ok_or_else(AppError::not_found)?;
    export::csv(
        table,
        &format!("evaluation-{}-{}.csv", loaded.survey.id, which.table),
    )
}

pub async fn results_xlsx(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    require_results_reader(&ctx)?;
    let loaded = load(&ctx, &state, &id).await?;
    let (tables, _, _) = results_of(&ctx, &loaded);
    export::xlsx(&tables, &format!("evaluation-{}.xlsx", loaded.survey.id))
}

// One organisation's results, shown back ----------------------------------------------------

#[derive(Template)]
#[template(path = "coaching/survey_organisation.html")]
struct OrganisationPage {
    ctx: PageCtx,
    loaded: Loaded,
    org_id: i32,
    table: Table,
    chart: Option<String>,
    /// The organisation's free texts, in the rounds where it shows.
    comments: Comments,
    responds: bool,
    form: Form,
}

impl OrganisationPage {
    fn org_name(&self) -> String {
        self.loaded
            .names
            .get(&self.org_id)
            .cloned()
            .unwrap_or_default()
    }

    fn response_of(&self, round: &i32) -> Option<&OrganisationResponse> {
        self.loaded
            .responses
            .iter()
            .find(|r| r.round_id == *round && r.organisation_id == self.org_id)
    }

    fn rounds(&self) -> Vec<&Round> {
        self.loaded
            .survey
            .rounds
            .iter()
            .filter(|r| r.status != RoundStatus::Draft)
            .collect()
    }

    fn action(&self) -> String {
        self.ctx.href(&format!(
            "/evaluation/surveys/{}/organisations/{}/response",
            self.loaded.survey.id, self.org_id
        ))
    }

    fn field(&self, round: &i32) -> String {
        format!("response-{round}")
    }

    fn time(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.ctx.time(at)
    }
}

/// Whether the person answers for a part of the organisation's project in the cohort.
async fn responsible(state: &AppState, cohort: &Cohort, org: i32, user: i32) -> AppResult<bool> {
    Ok(state
        .store
        .coaching()
        .project(cohort.id, org)
        .await?
        .is_some_and(|p| p.parts.iter().any(|part| part.managers.contains(&user))))
}

async fn organisation_page(
    ctx: PageCtx,
    state: &AppState,
    id: &str,
    org: &str,
    form: Form,
) -> AppResult<Response> {
    let refused = !form.is_valid();
    let who = ctx.require_user()?.principal();
    let loaded = load(&ctx, state, id).await?;
    let org_id: i32 = org.parse().map_err(|_| AppError::not_found())?;
    let tie: CohortTie<'_> = loaded.cohort.tie(false);
    let is_responsible = responsible(state, &loaded.cohort, org_id, who.user_id).await?;
    if !tie.organisations.contains(&org_id)
        || !may_see_results_of(&who, tie, org_id, is_responsible)
    {
        return Err(AppError::not_found());
    }
    let responds = may_respond_for(&who, tie, org_id, is_responsible);
    let results = Results {
        survey: &loaded.survey,
        organisations: &loaded.cohort.organisations,
        replies: &loaded.replies,
    };
    let lang = ctx.lang;
    let rounds = results.opened_rounds();
    let org_name = loaded.names.get(&org_id).cloned().unwrap_or_default();
    let mut header = vec![ctx.t("question")];
    for r in &rounds {
        header.push(format!("{}: {org_name}", r.name(lang)));
        header.push(format!("{}: {}", r.name(lang), ctx.t("evaluation-cohort")));
    }
    let rows = results
        .likert_questions()
        .iter()
        .map(|q| {
            let mut row = vec![Cell::Text(q.text(lang).to_owned())];
            for r in &rounds {
                row.push(results.mean_cell(&ctx, r.id, q.id, Some(org_id)));
                row.push(results.mean_cell(&ctx, r.id, q.id, None));
            }
            row
        })
        .collect();
    let table = Table {
        title: format!("{}: {org_name}", ctx.t("evaluation-means")),
        header,
        rows,
    };
    let chart = rounds.last().and_then(|r| {
        let mut bars = Vec::new();
        for q in results.likert_questions() {
            for (label, cell) in [
                (
                    org_name.clone(),
                    results.mean_cell(&ctx, r.id, q.id, Some(org_id)),
                ),
                (
                    ctx.t("evaluation-cohort"),
                    results.mean_cell(&ctx, r.id, q.id, None),
                ),
            ] {
                if let Cell::Number(m) = cell {
                    bars.push((format!("{} – {label}", q.text(lang)), m, format!("{m:.1}")));
                }
            }
        }
        (!bars.is_empty()).then(|| horizontal_bars(&bars, &table.title))
    });
    let mut comments = Vec::new();
    for r in &rounds {
        if !results.shows_org(r.id, org_id) {
            continue;
        }
        let group = results.group(r.id, Some(org_id));
        let texts: Vec<String> = loaded
            .survey
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Text)
            .flat_map(|q| {
                group
                    .replies
                    .iter()
                    .filter_map(move |x| match x.answers.get(&q.id) {
                        Some(Answer::Text(t)) => Some(format!("{}: {t}", q.text(lang))),
                        _ => None,
                    })
            })
            .collect();
        if !texts.is_empty() {
            comments.push((r.name(lang).to_owned(), texts));
        }
    }
    let path = format!(
        "/evaluation/surveys/{}/organisations/{org_id}",
        loaded.survey.id
    );
    render_form(
        OrganisationPage {
            ctx: ctx.at(&path),
            loaded,
            org_id,
            table,
            chart,
            comments,
            responds,
            form,
        },
        refused,
    )
}

pub async fn organisation(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, org)): Path<(String, String)>,
) -> AppResult<Response> {
    let form = Form::empty(ctx.lang);
    organisation_page(ctx, &state, &id, &org, form).await
}

/// The organisation's response to a round's results: its HR developers and responsible
/// managers.
pub async fn respond(
    ctx: PageCtx,
    Extension(state): Extension<AppState>,
    Path((id, org)): Path<(String, String)>,
    mut form: Form,
) -> AppResult<Response> {
    let who = ctx.require_user()?.principal();
    let (survey, cohort) = survey_of(&state, &id).await?;
    let org_id: i32 = org.parse().map_err(|_| AppError::not_found())?;
    let is_responsible = responsible(&state, &cohort, org_id, who.user_id).await?;
    let tie = cohort.tie(false);
    if !tie.organisations.contains(&org_id)
        || !may_see_results_of(&who, tie, org_id, is_responsible)
    {
        return Err(AppError::not_found());
    }
    if !may_respond_for(&who, tie, org_id, is_responsible) {
        return Err(AppError::forbidden());
    }
    let round: i32 = form
        .value("round")
        .parse()
        .ok()
        .filter(|r| {
            survey
                .rounds
                .iter()
                .any(|x| x.id == *r && x.status != RoundStatus::Draft)
        })
        .ok_or_else(AppError::not_found)?;
    let field = format!("response-{round}");
    let Some(body) = form.parse(&field, parse_response) else {
        return organisation_page(ctx, &state, &id, &org, form).await;
    };
    state
        .store
        .coaching()
        .respond_for_organisation(round, org_id, &body, who.user_id)
        .await?;
    ctx.flash("evaluation-responded");
    Ok(ctx.redirect(&format!(
        "/evaluation/surveys/{}/organisations/{org_id}",
        survey.id
    )))
}
