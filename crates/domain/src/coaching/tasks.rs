//! Interim tasks and the certificate work: when a participant may hand in, whether it
//! is late, where their work stands, and who sets tasks, reads the work and gives
//! feedback.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CohortTie, coaches, may_run_cohorts, parse_optional_text};
use crate::{Invalid, Principal, invalid, required_text};

named_values!(
    /// An interim task, or the one certificate work (the final work) of a cohort.
    TaskKind, "error-task-kind", {
        Interim => "interim",
        CertificateWork => "certificate_work",
    }
);

named_values!(
    /// What a coach's feedback on a handed-in work decides.
    Outcome, "error-feedback-outcome", {
        Approved => "approved",
        Revise => "revise",
    }
);

/// Where a participant's (or their peer group's) work on a task stands, as the task
/// lists show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaskState {
    NotStarted,
    Draft,
    Submitted,
    /// Handed in after the due date, before the cut-off; waiting for feedback.
    Late,
    /// The coach asked for a revision.
    Revise,
    Approved,
}

impl TaskState {
    pub const ALL: [TaskState; 6] = [
        TaskState::NotStarted,
        TaskState::Draft,
        TaskState::Submitted,
        TaskState::Late,
        TaskState::Revise,
        TaskState::Approved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::NotStarted => "not_started",
            TaskState::Draft => "draft",
            TaskState::Submitted => "submitted",
            TaskState::Late => "late",
            TaskState::Revise => "revise",
            TaskState::Approved => "approved",
        }
    }

    /// Whether the work waits for a coach's feedback.
    pub fn awaits_feedback(self) -> bool {
        matches!(self, TaskState::Submitted | TaskState::Late)
    }

    /// Whether the participant may still write and hand in (time permitting).
    pub fn is_open_to_work(self) -> bool {
        matches!(
            self,
            TaskState::NotStarted | TaskState::Draft | TaskState::Revise
        )
    }
}

/// The latest handing-in of a work: whether it was late, and the feedback's outcome
/// once given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    pub late: bool,
    pub outcome: Option<Outcome>,
}

/// The state of a work from what is stored of it: whether a draft exists and its
/// latest attempt.
pub fn task_state(has_work: bool, latest: Option<Attempt>) -> TaskState {
    match latest {
        None if has_work => TaskState::Draft,
        None => TaskState::NotStarted,
        Some(Attempt {
            outcome: Some(Outcome::Approved),
            ..
        }) => TaskState::Approved,
        Some(Attempt {
            outcome: Some(Outcome::Revise),
            ..
        }) => TaskState::Revise,
        Some(Attempt {
            late: true,
            outcome: None,
        }) => TaskState::Late,
        Some(Attempt {
            late: false,
            outcome: None,
        }) => TaskState::Submitted,
    }
}

/// A task's times: it opens, is due, and is closed at the hard cut-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    pub opens_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

impl Deadlines {
    /// The times in order: opens ≤ due ≤ cut-off.
    pub fn new(
        opens_at: DateTime<Utc>,
        due_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    ) -> Result<Deadlines, (&'static str, Invalid)> {
        if due_at < opens_at {
            return Err(("due_at", invalid("error-task-due-before-open")));
        }
        if closes_at < due_at {
            return Err(("closes_at", invalid("error-task-closes-before-due")));
        }
        Ok(Deadlines {
            opens_at,
            due_at,
            closes_at,
        })
    }

    /// One person's times with their extension: a new due date that moves the cut-off
    /// along when it is later.
    pub fn extended(self, until: Option<DateTime<Utc>>) -> Deadlines {
        match until {
            Some(until) => Deadlines {
                due_at: until.max(self.due_at),
                closes_at: until.max(self.closes_at),
                ..self
            },
            None => self,
        }
    }
}

/// Whether a work may be handed in now, and if so whether it is late. A first
/// handing-in is taken from the opening to the cut-off, marked late after the due
/// date; a revision the coach asked for is taken even after the cut-off. A work that
/// waits for feedback or is approved is not handed in again.
pub fn hand_in(now: DateTime<Utc>, times: Deadlines, state: TaskState) -> Result<bool, Invalid> {
    if !state.is_open_to_work() {
        return Err(invalid("error-task-handed-in"));
    }
    if now < times.opens_at {
        return Err(invalid("error-task-not-open"));
    }
    if state != TaskState::Revise && now > times.closes_at {
        return Err(invalid("error-task-closed"));
    }
    Ok(now > times.due_at)
}

/// When a coach hears of works handed in: one digest a day, at 7 in the morning in
/// Helsinki, the first such moment after `now`.
pub fn next_digest_at(now: DateTime<Utc>) -> DateTime<Utc> {
    let (today, _) = crate::events::in_helsinki(now);
    let mut at = crate::events::helsinki_time(&today, "07:00").unwrap_or(now);
    while at <= now {
        at += chrono::Duration::days(1);
        // Keep 7 o'clock across a change of daylight saving time.
        let (day, _) = crate::events::in_helsinki(at);
        at = crate::events::helsinki_time(&day, "07:00").unwrap_or(at);
    }
    at
}

/// Who sets a cohort's tasks, grants extensions and gives feedback: those who run the
/// programme, and the cohort's coaches.
pub fn may_set_tasks(who: &Principal, tie: CohortTie<'_>) -> bool {
    may_run_cohorts(who) || coaches(who, tie)
}

/// Who finds the queue of works waiting for feedback in the navigation: the coaches.
pub fn gives_feedback(who: &Principal) -> bool {
    who.has(crate::Role::Coach)
}

/// Who reads a work and its feedback: whoever handed it in (a member of the peer group,
/// for a group's task), and those who give feedback.
pub fn may_read_work(who: &Principal, tie: CohortTie<'_>, own: bool) -> bool {
    own || may_set_tasks(who, tie)
}

/// Who works on a cohort's tasks: its confirmed participants.
pub fn may_work_on_tasks(tie: CohortTie<'_>) -> bool {
    tie.participant
}

/// A task's title in one language.
pub fn parse_task_title(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-task-title", "error-task-title-long")
}

/// Instructions (Markdown) in one language: required.
pub fn parse_instructions(raw: &str) -> Result<String, Invalid> {
    let text = parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid("error-task-instructions"))
    } else {
        Ok(text)
    }
}

/// The text of a work: at most 20,000 characters, may be empty when files carry it.
pub fn parse_work_text(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.chars().count() > 20_000 {
        return Err(invalid("error-work-long"));
    }
    Ok(value.to_owned())
}

/// A work handed in needs something in it: text or a file.
pub fn check_work_has_content(text: &str, files: usize) -> Result<(), Invalid> {
    if text.trim().is_empty() && files == 0 {
        Err(invalid("error-work-empty"))
    } else {
        Ok(())
    }
}

/// A coach's feedback: required, at most 4,000 characters.
pub fn parse_feedback(raw: &str) -> Result<String, Invalid> {
    let text = parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid("error-feedback-empty"))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;
    use crate::Role;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 12, 0, 0).unwrap()
    }

    fn times() -> Deadlines {
        Deadlines::new(at(1), at(10), at(15)).unwrap()
    }

    #[test]
    fn times_run_in_order() {
        assert_eq!(
            Deadlines::new(at(10), at(1), at(15)).unwrap_err().0,
            "due_at"
        );
        assert_eq!(
            Deadlines::new(at(1), at(10), at(5)).unwrap_err().0,
            "closes_at"
        );
    }

    #[test]
    fn a_work_is_late_after_the_due_date_and_refused_after_the_cut_off() {
        let t = times();
        assert_eq!(
            hand_in(at(1) - Duration::hours(1), t, TaskState::Draft)
                .unwrap_err()
                .message_id,
            "error-task-not-open"
        );
        assert_eq!(hand_in(at(5), t, TaskState::Draft), Ok(false));
        assert_eq!(hand_in(at(12), t, TaskState::NotStarted), Ok(true));
        assert_eq!(
            hand_in(at(16), t, TaskState::Draft).unwrap_err().message_id,
            "error-task-closed"
        );
    }

    #[test]
    fn an_extension_lets_one_person_hand_in_after_the_cut_off() {
        let mine = times().extended(Some(at(20)));
        assert_eq!(hand_in(at(16), mine, TaskState::Draft), Ok(false));
        assert!(hand_in(at(21), mine, TaskState::Draft).is_err());
        let shorter = times().extended(Some(at(12)));
        assert_eq!(hand_in(at(11), shorter, TaskState::Draft), Ok(false));
        assert_eq!(hand_in(at(13), shorter, TaskState::Draft), Ok(true));
        // An extension earlier than the task's own times changes nothing.
        assert_eq!(times().extended(Some(at(2))), times());
    }

    #[test]
    fn a_revision_is_taken_after_the_cut_off_but_nothing_is_handed_in_twice() {
        assert_eq!(hand_in(at(20), times(), TaskState::Revise), Ok(true));
        for state in [TaskState::Submitted, TaskState::Late, TaskState::Approved] {
            assert!(hand_in(at(5), times(), state).is_err());
        }
    }

    #[test]
    fn the_state_follows_the_latest_attempt() {
        assert_eq!(task_state(false, None), TaskState::NotStarted);
        assert_eq!(task_state(true, None), TaskState::Draft);
        let attempt = |late, outcome| Some(Attempt { late, outcome });
        assert_eq!(task_state(true, attempt(false, None)), TaskState::Submitted);
        assert_eq!(task_state(true, attempt(true, None)), TaskState::Late);
        assert_eq!(
            task_state(true, attempt(true, Some(Outcome::Revise))),
            TaskState::Revise
        );
        assert_eq!(
            task_state(true, attempt(false, Some(Outcome::Approved))),
            TaskState::Approved
        );
    }

    #[test]
    fn coaches_and_coordinators_read_every_work_a_participant_their_own() {
        let tie = CohortTie {
            provider_id: 3,
            organisations: &[10],
            participant: true,
        };
        let person = |org_id, role| Principal {
            user_id: 1,
            org_id,
            roles: vec![role],
        };
        assert!(may_read_work(&person(3, Role::Coach), tie, false));
        assert!(!may_read_work(&person(4, Role::Coach), tie, false));
        assert!(may_read_work(&person(1, Role::Coordinator), tie, false));
        assert!(may_read_work(&person(10, Role::Manager), tie, true));
        assert!(!may_read_work(&person(10, Role::Manager), tie, false));
        assert!(!may_read_work(&person(10, Role::HrDeveloper), tie, false));
        assert!(!may_set_tasks(&person(10, Role::Manager), tie));
    }

    #[test]
    fn a_coachs_digest_comes_at_seven_in_the_morning_in_helsinki() {
        // 12:00 UTC is 14:00 in Helsinki in March (before summer time): the next day.
        assert_eq!(
            next_digest_at(at(3)),
            Utc.with_ymd_and_hms(2026, 3, 4, 5, 0, 0).unwrap()
        );
        let early = Utc.with_ymd_and_hms(2026, 3, 3, 4, 0, 0).unwrap();
        assert_eq!(
            next_digest_at(early),
            Utc.with_ymd_and_hms(2026, 3, 3, 5, 0, 0).unwrap()
        );
        // Across the change to summer time, still 7 o'clock: 04:00 UTC.
        let before_change = Utc.with_ymd_and_hms(2026, 3, 28, 10, 0, 0).unwrap();
        assert_eq!(
            next_digest_at(before_change),
            Utc.with_ymd_and_hms(2026, 3, 29, 4, 0, 0).unwrap()
        );
    }

    #[test]
    fn a_work_needs_text_or_a_file() {
        assert!(check_work_has_content("  ", 0).is_err());
        assert!(check_work_has_content("", 1).is_ok());
        assert!(check_work_has_content("Pohdintaa", 0).is_ok());
    }
}
