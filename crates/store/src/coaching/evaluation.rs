//! The developmental evaluation: an evaluator's surveys of a cohort, their questions,
//! and the rounds they are sent in.
//!
//! When a round opens, everyone it is for gets a `round_respondents` row (their
//! organisation, and whether they have answered, with no time) and an invitation
//! queued in the same transaction. An answer is one transaction: the respondent's mark
//! turns from not answered to answered by a conditional update (so nobody answers
//! twice), and the response is written with its organisation only; the person is kept
//! with it only in a round that is not anonymous. Anonymity is fixed when the round
//! opens.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    Invalid, Role,
    coaching::{
        Enrolment,
        evaluation::{Likert, Question, QuestionKind, RoundStatus, check_ready},
    },
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, OnConflict},
};

use super::{Coaching, cohort_row};
use crate::{
    LiteralCondition, Result, StoreError,
    entity::{
        cohort_organisation, evaluation_response, participant, project_part, project_part_manager,
        round_answer, round_respondent, round_response, survey, survey_question, survey_round,
        user, user_role,
    },
    jobs, known,
};

/// The job that invites a respondent to a round, or reminds them.
pub const INVITE_JOB: &str = "evaluation.invite";

/// Whom to invite or remind of which round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invitation {
    pub round_id: i32,
    pub user_id: i32,
    pub reminder: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyQuestion {
    pub id: i32,
    pub position: i32,
    pub kind: QuestionKind,
    pub text_fi: String,
    pub text_sv: String,
    pub options_fi: Vec<String>,
    pub options_sv: Vec<String>,
}

impl SurveyQuestion {
    pub fn text(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &str {
        if *lang.borrow() == domain::Lang::Sv && !self.text_sv.is_empty() {
            &self.text_sv
        } else {
            &self.text_fi
        }
    }

    pub fn options(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &[String] {
        if *lang.borrow() == domain::Lang::Sv && !self.options_sv.is_empty() {
            &self.options_sv
        } else {
            &self.options_fi
        }
    }

    pub fn as_rule(&self) -> Question<'_> {
        Question {
            kind: self.kind,
            text_fi: &self.text_fi,
            text_sv: &self.text_sv,
            options_fi: &self.options_fi,
            options_sv: &self.options_sv,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i32,
    pub survey_id: i32,
    pub name_fi: String,
    pub name_sv: String,
    pub anonymous: bool,
    pub status: RoundStatus,
    pub closes_on: NaiveDate,
    pub opened_at: Option<DateTime<Utc>>,
}

impl Round {
    pub fn name(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &str {
        if *lang.borrow() == domain::Lang::Sv {
            &self.name_sv
        } else {
            &self.name_fi
        }
    }
}

/// A survey of a cohort with its questions and rounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: i32,
    pub cohort_id: i32,
    pub title_fi: String,
    pub title_sv: String,
    pub questions: Vec<SurveyQuestion>,
    /// In the order they were made.
    pub rounds: Vec<Round>,
}

impl Survey {
    pub fn title(&self, lang: impl std::borrow::Borrow<domain::Lang>) -> &str {
        if *lang.borrow() == domain::Lang::Sv {
            &self.title_sv
        } else {
            &self.title_fi
        }
    }

    /// Questions change only until the first round opens, so every round asks the same.
    pub fn questions_fixed(&self) -> bool {
        self.rounds.iter().any(|r| r.status != RoundStatus::Draft)
    }
}

/// A question as the evaluator writes it.
#[derive(Debug, Clone)]
pub struct QuestionInput {
    pub kind: QuestionKind,
    pub text_fi: String,
    pub text_sv: String,
    pub options_fi: Vec<String>,
    pub options_sv: Vec<String>,
}

/// One answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Likert(Likert),
    Choice(i32),
    Text(String),
}

/// A response as results read it: its organisation and answers, never its person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub round_id: i32,
    pub organisation_id: i32,
    pub answers: BTreeMap<i32, Answer>,
}

/// How many of those a round is for have answered, in all and by organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Turnout {
    pub invited: usize,
    pub answered: usize,
    /// organisation → (invited, answered)
    pub by_organisation: BTreeMap<i32, (usize, usize)>,
}

/// An organisation's response to its results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationResponse {
    pub round_id: i32,
    pub organisation_id: i32,
    pub body: String,
    pub written_by: Option<i32>,
    pub updated_at: DateTime<Utc>,
}

/// Why a round did not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenRefusal {
    /// The survey is not ready (`domain::coaching::evaluation::check_ready`).
    NotReady(Invalid),
    /// The round is open or closed already.
    NotDraft,
}

fn lines(raw: &str) -> Vec<String> {
    raw.lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

fn question_of(m: survey_question::Model) -> Result<SurveyQuestion> {
    Ok(SurveyQuestion {
        id: m.id,
        position: m.position,
        kind: known(
            "survey_questions.kind",
            &m.kind,
            QuestionKind::parse(&m.kind).ok(),
        )?,
        options_fi: lines(&m.options_fi),
        options_sv: lines(&m.options_sv),
        text_fi: m.text_fi,
        text_sv: m.text_sv,
    })
}

fn round_of(m: survey_round::Model) -> Result<Round> {
    Ok(Round {
        id: m.id,
        survey_id: m.survey_id,
        status: known(
            "survey_rounds.status",
            &m.status,
            RoundStatus::parse(&m.status).ok(),
        )?,
        name_fi: m.name_fi,
        name_sv: m.name_sv,
        anonymous: m.anonymous,
        closes_on: m.closes_on,
        opened_at: m.opened_at,
    })
}

/// Everyone a cohort's evaluation is for, with their organisation: its confirmed
/// participants, the managers responsible for a part of its projects, and the HR
/// developers of its organisations.
async fn audience(db: &impl ConnectionTrait, cohort_id: i32) -> Result<Vec<(i32, i32)>> {
    let mut people: Vec<i32> = participant::Entity::find()
        .filter(participant::Column::CohortId.eq(cohort_id))
        .filter(participant::Column::Enrolment.eq_literal(Enrolment::Confirmed.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.user_id)
        .collect();
    let projects = cohort_organisation::Entity::find()
        .filter(cohort_organisation::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?;
    let orgs: Vec<i32> = projects.iter().map(|p| p.organisation_id).collect();
    let parts: Vec<i32> = project_part::Entity::find()
        .filter(project_part::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    people.extend(
        project_part_manager::Entity::find()
            .filter(project_part_manager::Column::PartId.is_in(parts))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.user_id),
    );
    let hr = user::Entity::find()
        .filter(user::Column::OrganisationId.is_in(orgs.clone()))
        .find_with_related(user_role::Entity)
        .all(db)
        .await?;
    people.extend(
        hr.into_iter()
            .filter(|(_, roles)| roles.iter().any(|r| r.role == Role::HrDeveloper.as_str()))
            .map(|(u, _)| u.id),
    );
    people.sort_unstable();
    people.dedup();
    let found = user::Entity::find()
        .filter(user::Column::Id.is_in(people))
        .filter(user::Column::Disabled.eq_literal(false))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    Ok(found
        .into_iter()
        .filter(|u| orgs.contains(&u.organisation_id))
        .map(|u| (u.id, u.organisation_id))
        .collect())
}

impl Coaching {
    pub async fn create_survey(
        &self,
        cohort_id: i32,
        title_fi: &str,
        title_sv: &str,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        cohort_row(&txn, cohort_id).await?;
        let row = survey::Entity::insert(survey::ActiveModel {
            cohort_id: Set(cohort_id),
            title_fi: Set(title_fi.to_owned()),
            title_sv: Set(title_sv.to_owned()),
            created_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "survey:create",
            &format!("survey:{}", row.id),
            &format!("cohort:{cohort_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Surveys with their questions and rounds: of one cohort, or of every cohort.
    pub async fn surveys(&self, cohort_id: Option<i32>) -> Result<Vec<Survey>> {
        let mut query = survey::Entity::find().order_by_asc(survey::Column::Id);
        if let Some(id) = cohort_id {
            query = query.filter(survey::Column::CohortId.eq(id));
        }
        let rows = query.all(&self.db).await?;
        self.with_questions(rows).await
    }

    pub async fn survey(&self, id: i32) -> Result<Option<Survey>> {
        let rows: Vec<survey::Model> = survey::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .into_iter()
            .collect();
        Ok(self.with_questions(rows).await?.pop())
    }

    async fn with_questions(&self, rows: Vec<survey::Model>) -> Result<Vec<Survey>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = rows.iter().map(|s| s.id).collect();
        let mut questions: BTreeMap<i32, Vec<SurveyQuestion>> = BTreeMap::new();
        for q in survey_question::Entity::find()
            .filter(survey_question::Column::SurveyId.is_in(ids.clone()))
            .order_by_asc(survey_question::Column::Position)
            .all(&self.db)
            .await?
        {
            questions
                .entry(q.survey_id)
                .or_default()
                .push(question_of(q)?);
        }
        let mut rounds: BTreeMap<i32, Vec<Round>> = BTreeMap::new();
        for r in survey_round::Entity::find()
            .filter(survey_round::Column::SurveyId.is_in(ids))
            .order_by_asc(survey_round::Column::Id)
            .all(&self.db)
            .await?
        {
            rounds.entry(r.survey_id).or_default().push(round_of(r)?);
        }
        Ok(rows
            .into_iter()
            .map(|s| Survey {
                questions: questions.remove(&s.id).unwrap_or_default(),
                rounds: rounds.remove(&s.id).unwrap_or_default(),
                id: s.id,
                cohort_id: s.cohort_id,
                title_fi: s.title_fi,
                title_sv: s.title_sv,
            })
            .collect())
    }

    /// Whether any round of the survey has opened: its questions are fixed then.
    async fn questions_fixed(&self, db: &impl ConnectionTrait, survey_id: i32) -> Result<bool> {
        Ok(survey_round::Entity::find()
            .filter(survey_round::Column::SurveyId.eq(survey_id))
            .filter(survey_round::Column::Status.ne_literal(RoundStatus::Draft.as_str()))
            .one(db)
            .await?
            .is_some())
    }

    /// Adds a question at the end, while no round has opened
    /// (`StoreError::SurveyInUse` after).
    pub async fn add_question(&self, survey_id: i32, q: &QuestionInput) -> Result<i32> {
        let txn = self.begin_write().await?;
        if self.questions_fixed(&txn, survey_id).await? {
            return Err(StoreError::SurveyInUse);
        }
        let position = survey_question::Entity::find()
            .filter(survey_question::Column::SurveyId.eq(survey_id))
            .all(&txn)
            .await?
            .iter()
            .map(|q| q.position)
            .max()
            .unwrap_or(0)
            + 1;
        let row = survey_question::Entity::insert(survey_question::ActiveModel {
            survey_id: Set(survey_id),
            position: Set(position),
            kind: Set(q.kind.as_str().to_owned()),
            text_fi: Set(q.text_fi.clone()),
            text_sv: Set(q.text_sv.clone()),
            options_fi: Set(q.options_fi.join("\n")),
            options_sv: Set(q.options_sv.join("\n")),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Removes a question while no round has opened.
    pub async fn remove_question(&self, survey_id: i32, question_id: i32) -> Result<()> {
        let txn = self.begin_write().await?;
        if self.questions_fixed(&txn, survey_id).await? {
            return Err(StoreError::SurveyInUse);
        }
        survey_question::Entity::delete_many()
            .filter(survey_question::Column::SurveyId.eq(survey_id))
            .filter(survey_question::Column::Id.eq(question_id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Prepares a round: its names, last day and anonymity.
    pub async fn add_round(
        &self,
        survey_id: i32,
        (name_fi, name_sv): (&str, &str),
        closes_on: NaiveDate,
        anonymous: bool,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = survey_round::Entity::insert(survey_round::ActiveModel {
            survey_id: Set(survey_id),
            name_fi: Set(name_fi.to_owned()),
            name_sv: Set(name_sv.to_owned()),
            anonymous: Set(anonymous),
            status: Set(RoundStatus::Draft.as_str().to_owned()),
            closes_on: Set(closes_on),
            opened_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            author,
            "survey:round",
            &format!("survey:{survey_id}"),
            &format!("round:{} anonymous={anonymous}", row.id),
        )
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    pub async fn round(&self, round_id: i32) -> Result<Option<Round>> {
        survey_round::Entity::find_by_id(round_id)
            .one(&self.db)
            .await?
            .map(round_of)
            .transpose()
    }

    /// Opens a prepared round for everyone its cohort's evaluation is for, each invited
    /// by e-mail queued in the same transaction. The survey must be ready.
    pub async fn open_round(
        &self,
        round_id: i32,
        author: Option<i32>,
    ) -> Result<std::result::Result<usize, OpenRefusal>> {
        let txn = self.begin_write().await?;
        let round = survey_round::Entity::find_by_id(round_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let survey = survey::Entity::find_by_id(round.survey_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let questions = survey_question::Entity::find()
            .filter(survey_question::Column::SurveyId.eq(survey.id))
            .all(&txn)
            .await?
            .into_iter()
            .map(question_of)
            .collect::<Result<Vec<_>>>()?;
        let rules: Vec<Question<'_>> = questions.iter().map(SurveyQuestion::as_rule).collect();
        if let Err(refused) = check_ready(&rules) {
            return Ok(Err(OpenRefusal::NotReady(refused)));
        }
        let opened = survey_round::Entity::update_many()
            .col_expr(
                survey_round::Column::Status,
                Expr::value(RoundStatus::Open.as_str()),
            )
            .col_expr(
                survey_round::Column::OpenedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(survey_round::Column::Id.eq(round_id))
            .filter(survey_round::Column::Status.eq_literal(RoundStatus::Draft.as_str()))
            .exec(&txn)
            .await?
            .rows_affected;
        if opened == 0 {
            return Ok(Err(OpenRefusal::NotDraft));
        }
        let people = audience(&txn, survey.cohort_id).await?;
        for (user_id, organisation_id) in &people {
            round_respondent::Entity::insert(round_respondent::ActiveModel {
                round_id: Set(round_id),
                user_id: Set(*user_id),
                organisation_id: Set(*organisation_id),
                answered: Set(false),
            })
            .exec_without_returning(&txn)
            .await?;
            jobs::enqueue(
                &txn,
                INVITE_JOB,
                &Invitation {
                    round_id,
                    user_id: *user_id,
                    reminder: false,
                },
                Utc::now(),
            )
            .await?;
        }
        crate::audit::record(
            &txn,
            author,
            "survey:open",
            &format!("round:{round_id}"),
            &people.len().to_string(),
        )
        .await?;
        txn.commit().await?;
        Ok(Ok(people.len()))
    }

    /// Closes an open round: no more answers.
    pub async fn close_round(&self, round_id: i32, author: Option<i32>) -> Result<bool> {
        let txn = self.begin_write().await?;
        let closed = survey_round::Entity::update_many()
            .col_expr(
                survey_round::Column::Status,
                Expr::value(RoundStatus::Closed.as_str()),
            )
            .filter(survey_round::Column::Id.eq(round_id))
            .filter(survey_round::Column::Status.eq_literal(RoundStatus::Open.as_str()))
            .exec(&txn)
            .await?
            .rows_affected;
        crate::audit::record(
            &txn,
            author,
            "survey:close",
            &format!("round:{round_id}"),
            "",
        )
        .await?;
        txn.commit().await?;
        Ok(closed == 1)
    }

    /// Queues a reminder for everyone in an open round who has not answered; how many.
    pub async fn remind(&self, round_id: i32, author: Option<i32>) -> Result<usize> {
        let txn = self.begin_write().await?;
        let open = survey_round::Entity::find_by_id(round_id)
            .one(&txn)
            .await?
            .is_some_and(|r| r.status == RoundStatus::Open.as_str());
        if !open {
            return Ok(0);
        }
        let waiting = round_respondent::Entity::find()
            .filter(round_respondent::Column::RoundId.eq(round_id))
            .filter(round_respondent::Column::Answered.eq_literal(false))
            .all(&txn)
            .await?;
        for r in &waiting {
            jobs::enqueue(
                &txn,
                INVITE_JOB,
                &Invitation {
                    round_id,
                    user_id: r.user_id,
                    reminder: true,
                },
                Utc::now(),
            )
            .await?;
        }
        crate::audit::record(
            &txn,
            author,
            "survey:remind",
            &format!("round:{round_id}"),
            &waiting.len().to_string(),
        )
        .await?;
        txn.commit().await?;
        Ok(waiting.len())
    }

    /// Whether the person is among those a round is for, and whether they answered.
    pub async fn respondent(&self, round_id: i32, user_id: i32) -> Result<Option<bool>> {
        Ok(round_respondent::Entity::find()
            .filter(round_respondent::Column::RoundId.eq(round_id))
            .filter(round_respondent::Column::UserId.eq(user_id))
            .one(&self.db)
            .await?
            .map(|r| r.answered))
    }

    /// The open rounds the person has yet to answer.
    pub async fn rounds_to_answer(&self, user_id: i32) -> Result<Vec<Round>> {
        let mine: Vec<i32> = round_respondent::Entity::find()
            .filter(round_respondent::Column::UserId.eq(user_id))
            .filter(round_respondent::Column::Answered.eq_literal(false))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| r.round_id)
            .collect();
        if mine.is_empty() {
            return Ok(Vec::new());
        }
        survey_round::Entity::find()
            .filter(survey_round::Column::Id.is_in(mine))
            .filter(survey_round::Column::Status.eq_literal(RoundStatus::Open.as_str()))
            .order_by_asc(survey_round::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(round_of)
            .collect()
    }

    /// Keeps a respondent's answers to an open round, once: `false` when they have
    /// answered already, are not among those it is for, or the round is not open. In an
    /// anonymous round the response holds no person.
    pub async fn answer(
        &self,
        round_id: i32,
        user_id: i32,
        answers: &[(i32, Answer)],
    ) -> Result<bool> {
        let txn = self.begin_write().await?;
        let Some(round) = survey_round::Entity::find_by_id(round_id).one(&txn).await? else {
            return Ok(false);
        };
        if round.status != RoundStatus::Open.as_str() {
            return Ok(false);
        }
        let Some(me) = round_respondent::Entity::find()
            .filter(round_respondent::Column::RoundId.eq(round_id))
            .filter(round_respondent::Column::UserId.eq(user_id))
            .one(&txn)
            .await?
        else {
            return Ok(false);
        };
        let marked = round_respondent::Entity::update_many()
            .col_expr(round_respondent::Column::Answered, Expr::value(true))
            .filter(round_respondent::Column::RoundId.eq(round_id))
            .filter(round_respondent::Column::UserId.eq(user_id))
            .filter(round_respondent::Column::Answered.eq_literal(false))
            .exec(&txn)
            .await?
            .rows_affected;
        if marked == 0 {
            return Ok(false);
        }
        let response = round_response::Entity::insert(round_response::ActiveModel {
            round_id: Set(round_id),
            organisation_id: Set(me.organisation_id),
            user_id: Set((!round.anonymous).then_some(user_id)),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        if !answers.is_empty() {
            round_answer::Entity::insert_many(answers.iter().map(|(question_id, answer)| {
                let (rating, cannot_say, choice, body) = match answer {
                    Answer::Likert(Likert::Rating(n)) => (Some(*n), false, None, String::new()),
                    Answer::Likert(Likert::CannotSay) => (None, true, None, String::new()),
                    Answer::Choice(i) => (None, false, Some(*i), String::new()),
                    Answer::Text(t) => (None, false, None, t.clone()),
                };
                round_answer::ActiveModel {
                    response_id: Set(response.id),
                    question_id: Set(*question_id),
                    rating: Set(rating),
                    cannot_say: Set(cannot_say),
                    choice: Set(choice),
                    body: Set(body),
                }
            }))
            .exec_without_returning(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(true)
    }

    /// Every response to these rounds, by organisation, without persons.
    pub async fn responses(&self, round_ids: &[i32]) -> Result<Vec<Response>> {
        if round_ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = round_response::Entity::find()
            .filter(round_response::Column::RoundId.is_in(round_ids.iter().copied()))
            .all(&self.db)
            .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let mut answers: BTreeMap<i32, BTreeMap<i32, Answer>> = BTreeMap::new();
        for a in round_answer::Entity::find()
            .filter(round_answer::Column::ResponseId.is_in(rows.iter().map(|r| r.id)))
            .all(&self.db)
            .await?
        {
            let answer = match (a.rating, a.cannot_say, a.choice) {
                (Some(n), _, _) => Answer::Likert(Likert::Rating(n)),
                (None, true, _) => Answer::Likert(Likert::CannotSay),
                (None, false, Some(i)) => Answer::Choice(i),
                _ => Answer::Text(a.body),
            };
            answers
                .entry(a.response_id)
                .or_default()
                .insert(a.question_id, answer);
        }
        Ok(rows
            .into_iter()
            .map(|r| Response {
                round_id: r.round_id,
                organisation_id: r.organisation_id,
                answers: answers.remove(&r.id).unwrap_or_default(),
            })
            .collect())
    }

    /// How many were invited to a round and how many answered, by organisation.
    pub async fn turnout(&self, round_id: i32) -> Result<Turnout> {
        let mut turnout = Turnout::default();
        for r in round_respondent::Entity::find()
            .filter(round_respondent::Column::RoundId.eq(round_id))
            .all(&self.db)
            .await?
        {
            turnout.invited += 1;
            let entry = turnout
                .by_organisation
                .entry(r.organisation_id)
                .or_default();
            entry.0 += 1;
            if r.answered {
                turnout.answered += 1;
                entry.1 += 1;
            }
        }
        Ok(turnout)
    }

    /// The organisations' responses to a survey's results, by round.
    pub async fn organisation_responses(
        &self,
        round_ids: &[i32],
    ) -> Result<Vec<OrganisationResponse>> {
        if round_ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(evaluation_response::Entity::find()
            .filter(evaluation_response::Column::RoundId.is_in(round_ids.iter().copied()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| OrganisationResponse {
                round_id: r.round_id,
                organisation_id: r.organisation_id,
                body: r.body,
                written_by: r.written_by,
                updated_at: r.updated_at,
            })
            .collect())
    }

    /// Writes (or rewrites) an organisation's response to a round's results.
    pub async fn respond_for_organisation(
        &self,
        round_id: i32,
        organisation_id: i32,
        body: &str,
        author: i32,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        evaluation_response::Entity::insert(evaluation_response::ActiveModel {
            round_id: Set(round_id),
            organisation_id: Set(organisation_id),
            body: Set(body.to_owned()),
            written_by: Set(Some(author)),
            updated_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([
                evaluation_response::Column::RoundId,
                evaluation_response::Column::OrganisationId,
            ])
            .update_columns([
                evaluation_response::Column::Body,
                evaluation_response::Column::WrittenBy,
                evaluation_response::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        crate::audit::record(
            &txn,
            Some(author),
            "survey:respond",
            &format!("organisation:{organisation_id}"),
            &format!("round:{round_id}"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
}
