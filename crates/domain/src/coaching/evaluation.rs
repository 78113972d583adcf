//! The developmental evaluation of the organisations' development work: an evaluator's
//! surveys, sent for a cohort in rounds; what a survey needs before a round opens; who
//! answers, who sees the results, and who writes the organisation's response.

use super::{CohortTie, may_run_cohorts, parse_optional_text};
use crate::{Invalid, Principal, Role, invalid, required_text};
use serde::{Deserialize, Serialize};

named_values!(
    /// A question: a statement rated 1–5 (with "cannot say"), a choice of options, or
    /// free text.
    QuestionKind, "error-question-kind", {
        Likert => "likert",
        Choice => "choice",
        Text => "text",
    }
);

named_values!(
    /// A round is prepared, then open for answers, then closed. Its anonymity is chosen
    /// while it is prepared and never changes after it opens.
    RoundStatus, "error-round-status", {
        Draft => "draft",
        Open => "open",
        Closed => "closed",
    }
);

/// An answer to a 1–5 statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likert {
    Rating(i32),
    CannotSay,
}

/// "1" to "5", or "cannot_say"; an empty answer is no answer.
pub fn parse_likert(raw: &str) -> Result<Option<Likert>, Invalid> {
    match raw.trim() {
        "" => Ok(None),
        "cannot_say" => Ok(Some(Likert::CannotSay)),
        n => match n.parse::<i32>() {
            Ok(n) if (1..=5).contains(&n) => Ok(Some(Likert::Rating(n))),
            _ => Err(invalid("error-answer-likert")),
        },
    }
}

/// The evaluators (and administrators) build surveys, open rounds and read every
/// organisation's results.
pub fn may_evaluate(who: &Principal) -> bool {
    who.has(Role::Evaluator) || who.is_admin()
}

/// Who writes an organisation's response to its results: its HR developers, when it
/// takes part in the cohort, and the managers responsible for a part of its project.
pub fn may_respond_for(
    who: &Principal,
    tie: CohortTie<'_>,
    org_id: i32,
    responsible: bool,
) -> bool {
    tie.organisations.contains(&org_id)
        && who.org_id == org_id
        && (who.has(Role::HrDeveloper) || responsible)
}

/// Who sees an organisation's results page: the evaluators and those who run the
/// programme, and the organisation's own project people.
pub fn may_see_results_of(
    who: &Principal,
    tie: CohortTie<'_>,
    org_id: i32,
    responsible: bool,
) -> bool {
    may_evaluate(who) || may_run_cohorts(who) || may_respond_for(who, tie, org_id, responsible)
}

/// A survey's title in one language.
pub fn parse_survey_title(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-survey-title", "error-survey-title-long")
}

/// A question's text in one language: may be left empty until the round opens.
pub fn parse_question_text(raw: &str) -> Result<String, Invalid> {
    let text = parse_optional_text(raw)?;
    if text.chars().count() > 500 {
        Err(invalid("error-question-long"))
    } else {
        Ok(text)
    }
}

/// A choice question's options, one per line.
pub fn parse_options(raw: &str) -> Vec<String> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A question as the survey holds it, for checking that it can be asked.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    pub kind: QuestionKind,
    pub text_fi: &'a str,
    pub text_sv: &'a str,
    pub options_fi: &'a [String],
    pub options_sv: &'a [String],
}

/// A question being added: a text in at least one language, and for a choice at least
/// two options in the language it is written in. The field a refusal belongs to comes
/// with it.
pub fn check_question(q: Question<'_>) -> Result<(), (&'static str, Invalid)> {
    if q.text_fi.is_empty() && q.text_sv.is_empty() {
        return Err(("text_fi", invalid("error-question-text")));
    }
    if q.kind == QuestionKind::Choice {
        let given = |text: &str, options: &[String]| text.is_empty() || options.len() >= 2;
        if !given(q.text_fi, q.options_fi) {
            return Err(("options_fi", invalid("error-question-options")));
        }
        if !given(q.text_sv, q.options_sv) {
            return Err(("options_sv", invalid("error-question-options")));
        }
    }
    Ok(())
}

/// A survey can open only with questions, each with its Finnish and Swedish text and,
/// for a choice, the same options in both languages.
pub fn check_ready(questions: &[Question<'_>]) -> Result<(), Invalid> {
    if questions.is_empty() {
        return Err(invalid("error-survey-empty"));
    }
    let complete = questions.iter().all(|q| {
        !q.text_fi.is_empty()
            && !q.text_sv.is_empty()
            && (q.kind != QuestionKind::Choice
                || (q.options_fi.len() >= 2 && q.options_fi.len() == q.options_sv.len()))
    });
    if complete {
        Ok(())
    } else {
        Err(invalid("error-survey-incomplete"))
    }
}

/// An organisation's response to its results: what it will do next.
pub fn parse_response(raw: &str) -> Result<String, Invalid> {
    let text = parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid("error-evaluation-response-empty"))
    } else {
        Ok(text)
    }
}

/// The mean of the ratings, "cannot say" left out; `None` without ratings.
pub fn mean(answers: &[Likert]) -> Option<f64> {
    let ratings: Vec<i32> = answers
        .iter()
        .filter_map(|a| match a {
            Likert::Rating(n) => Some(*n),
            Likert::CannotSay => None,
        })
        .collect();
    (!ratings.is_empty()).then(|| f64::from(ratings.iter().sum::<i32>()) / ratings.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q<'a>(kind: QuestionKind, fi: &'a str, sv: &'a str, o: &'a [String]) -> Question<'a> {
        Question {
            kind,
            text_fi: fi,
            text_sv: sv,
            options_fi: o,
            options_sv: o,
        }
    }

    #[test]
    fn a_survey_opens_only_with_both_languages_on_every_question() {
        let options = vec!["Kyllä".to_owned(), "Ei".to_owned()];
        assert!(check_ready(&[]).is_err());
        assert!(check_ready(&[q(QuestionKind::Likert, "Väite", "", &[])]).is_err());
        assert!(check_ready(&[q(QuestionKind::Likert, "Väite", "Påstående", &[])]).is_ok());
        let one = vec!["Kyllä".to_owned()];
        assert!(check_ready(&[q(QuestionKind::Choice, "Valinta", "Val", &one)]).is_err());
        assert!(check_ready(&[q(QuestionKind::Choice, "Valinta", "Val", &options)]).is_ok());
    }

    #[test]
    fn a_question_needs_a_text_and_a_choice_two_options() {
        assert_eq!(
            check_question(q(QuestionKind::Text, "", "", &[]))
                .unwrap_err()
                .0,
            "text_fi"
        );
        assert!(check_question(q(QuestionKind::Text, "", "Fråga", &[])).is_ok());
        assert_eq!(
            check_question(q(QuestionKind::Choice, "Valinta", "", &[]))
                .unwrap_err()
                .0,
            "options_fi"
        );
    }

    #[test]
    fn cannot_say_is_an_answer_but_not_a_rating() {
        assert_eq!(parse_likert(""), Ok(None));
        assert_eq!(parse_likert("cannot_say"), Ok(Some(Likert::CannotSay)));
        assert!(parse_likert("7").is_err());
        assert_eq!(
            mean(&[Likert::Rating(4), Likert::CannotSay, Likert::Rating(5)]),
            Some(4.5)
        );
        assert_eq!(mean(&[Likert::CannotSay]), None);
    }

    #[test]
    fn an_organisations_results_are_its_own_project_peoples_and_the_evaluators() {
        let tie = CohortTie {
            provider_id: 3,
            organisations: &[10, 11],
            participant: false,
        };
        let person = |org_id, role| Principal {
            user_id: 1,
            org_id,
            roles: vec![role],
        };
        assert!(may_see_results_of(
            &person(20, Role::Evaluator),
            tie,
            10,
            false
        ));
        assert!(may_see_results_of(
            &person(10, Role::HrDeveloper),
            tie,
            10,
            false
        ));
        assert!(!may_see_results_of(
            &person(11, Role::HrDeveloper),
            tie,
            10,
            false
        ));
        assert!(may_see_results_of(
            &person(10, Role::Manager),
            tie,
            10,
            true
        ));
        assert!(!may_see_results_of(
            &person(10, Role::Manager),
            tie,
            10,
            false
        ));
        assert!(!may_respond_for(
            &person(20, Role::Evaluator),
            tie,
            10,
            false
        ));
    }
}
