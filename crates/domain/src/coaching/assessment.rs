//! The self-assessment of one's own leadership, taken at the start of the programme
//! and again at its end: statements grouped into areas, each rated 1–5 with an optional
//! comment. The statements' texts are in the Fluent files (`statement-{key}`), so
//! they are Finnish, Swedish and English like every other text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CohortTie, coaches};
use crate::{Invalid, Principal, Role, invalid};

named_values!(
    /// The areas of leadership the statements are grouped into.
    Area, "error-assessment-area", {
        CustomerOrientation => "customer_orientation",
        LeadingPeople => "leading_people",
        LeadingChange => "leading_change",
        Networks => "networks",
        Strategy => "strategy",
        Results => "results",
    }
);

named_values!(
    /// When the self-assessment is taken.
    Phase, "error-assessment-phase", {
        Start => "start",
        End => "end",
    }
);

/// The instrument's version, stored with every assessment: a later change of
/// statements does not mix with answers given to these.
pub const INSTRUMENT: i32 = 1;

/// The statements, each with its area and its key (its Fluent text is
/// `statement-{key}`), in the order they are asked.
pub const STATEMENTS: [(Area, &str); 18] = [
    (Area::CustomerOrientation, "customer-needs"),
    (Area::CustomerOrientation, "customer-feedback"),
    (Area::CustomerOrientation, "customer-involvement"),
    (Area::LeadingPeople, "people-conversations"),
    (Area::LeadingPeople, "people-feedback"),
    (Area::LeadingPeople, "people-wellbeing"),
    (Area::LeadingChange, "change-reasons"),
    (Area::LeadingChange, "change-involvement"),
    (Area::LeadingChange, "change-follow-up"),
    (Area::Networks, "networks-cooperation"),
    (Area::Networks, "networks-expertise"),
    (Area::Networks, "networks-sharing"),
    (Area::Strategy, "strategy-knowing"),
    (Area::Strategy, "strategy-goals"),
    (Area::Strategy, "strategy-meaning"),
    (Area::Results, "results-goals"),
    (Area::Results, "results-follow-up"),
    (Area::Results, "results-information"),
];

/// The area of a statement, or `None` for a key that is not one of the instrument's.
pub fn area_of(statement: &str) -> Option<Area> {
    STATEMENTS
        .iter()
        .find(|(_, key)| *key == statement)
        .map(|(area, _)| *area)
}

/// A rating of a statement: 1 (not at all like me) to 5 (entirely like me).
pub fn parse_rating(raw: &str) -> Result<i32, Invalid> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=5).contains(&n) => Ok(n),
        _ => Err(invalid("error-assessment-rating")),
    }
}

/// An optional comment on a statement, at most 1,000 characters.
pub fn parse_comment(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.chars().count() > 1000 {
        Err(invalid("error-assessment-comment-long"))
    } else {
        Ok(value.to_owned())
    }
}

/// How long before a cohort ends its end assessment opens, unless the cohort sets a
/// date of its own.
pub const END_OPENS_DAYS_BEFORE_END: i64 = 60;

/// The day the end assessment opens: the cohort's own date, or two months before it
/// ends.
pub fn end_opens_on(set: Option<NaiveDate>, cohort_ends_on: NaiveDate) -> NaiveDate {
    set.unwrap_or(cohort_ends_on - chrono::Duration::days(END_OPENS_DAYS_BEFORE_END))
}

/// The end assessment is taken from the cohort's set date on; the start one at any
/// time.
pub fn may_take(phase: Phase, today: NaiveDate, end_opens_on: NaiveDate) -> Result<(), Invalid> {
    if phase == Phase::End && today < end_opens_on {
        Err(invalid("error-assessment-end-early"))
    } else {
        Ok(())
    }
}

/// Who sees one person's answers: the person, the cohort's coaches and the certifier.
/// Everyone else sees only figures of at least five people.
pub fn may_see_answers_of(who: &Principal, tie: CohortTie<'_>, person: i32) -> bool {
    who.user_id == person || coaches(who, tie) || who.has(Role::Certifier)
}

/// The mean rating of each area that has ratings, in the instrument's order.
pub fn area_means(ratings: &[(&str, i32)]) -> Vec<(Area, f64)> {
    Area::ALL
        .iter()
        .filter_map(|area| {
            let of_area: Vec<i32> = ratings
                .iter()
                .filter(|(key, _)| area_of(key) == Some(*area))
                .map(|(_, r)| *r)
                .collect();
            (!of_area.is_empty()).then(|| {
                (
                    *area,
                    f64::from(of_area.iter().sum::<i32>()) / of_area.len() as f64,
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_has_statements_and_keys_are_unique() {
        for area in Area::ALL {
            assert!(STATEMENTS.iter().filter(|(a, _)| a == area).count() >= 2);
        }
        let mut keys: Vec<&str> = STATEMENTS.iter().map(|(_, k)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), STATEMENTS.len());
    }

    #[test]
    fn the_end_is_not_taken_before_its_date() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(may_take(Phase::End, d("2026-05-31"), d("2026-06-01")).is_err());
        assert!(may_take(Phase::End, d("2026-06-01"), d("2026-06-01")).is_ok());
        assert!(may_take(Phase::Start, d("2026-01-01"), d("2026-06-01")).is_ok());
    }

    #[test]
    fn ratings_are_one_to_five_and_areas_are_averaged() {
        assert!(parse_rating("0").is_err());
        assert!(parse_rating("6").is_err());
        assert_eq!(parse_rating(" 4 "), Ok(4));
        let means = area_means(&[
            ("customer-needs", 4),
            ("customer-feedback", 3),
            ("results-goals", 5),
        ]);
        assert_eq!(
            means,
            vec![(Area::CustomerOrientation, 3.5), (Area::Results, 5.0)]
        );
    }

    #[test]
    fn answers_are_the_persons_their_coachs_and_the_certifiers() {
        let tie = CohortTie {
            provider_id: 3,
            organisations: &[10],
            participant: false,
        };
        let person = |user_id, org_id, role| Principal {
            user_id,
            org_id,
            roles: vec![role],
        };
        assert!(may_see_answers_of(&person(7, 10, Role::Manager), tie, 7));
        assert!(!may_see_answers_of(&person(8, 10, Role::Manager), tie, 7));
        assert!(!may_see_answers_of(
            &person(8, 10, Role::HrDeveloper),
            tie,
            7
        ));
        assert!(!may_see_answers_of(
            &person(8, 1, Role::Coordinator),
            tie,
            7
        ));
        assert!(may_see_answers_of(&person(8, 3, Role::Coach), tie, 7));
        assert!(may_see_answers_of(&person(8, 2, Role::Certifier), tie, 7));
    }
}
