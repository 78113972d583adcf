//! The KunTeko workplace-development programme's sparring: a round's scarce days shared
//! among the organisations that apply.
//!
//! The allocation is one pure, versioned rule (`RULE_VERSION`), so that anyone can run
//! it again from the decision's stored inputs and get the same days: only eligible
//! applications with a score take part; each application's score is the mean of its
//! reviewers' weighted scores (an abstaining reviewer's left out); applications are
//! ranked by score, ties broken by a draw from a seed that was fixed before the round
//! closed (the SHA-256 of the ordered application list and a value the coordinator
//! published in advance); the days go first to the floors of the regions that have
//! one, then down the ranking, each application its days asked (at most the cap per
//! organisation), until the pool runs out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Invalid, Principal, Role, invalid, required_text};

/// The allocation rule's name and version, stored with every decision.
pub const RULE_VERSION: &str = "kunteko-sparring-allocation/1";

/// The most days one organisation gets, unless the round says otherwise.
pub const MAX_DAYS_BY_DEFAULT: i32 = 2;

/// An application as the allocation sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Applicant {
    pub id: i32,
    pub eligible: bool,
    /// The organisation's region, for the floors.
    pub region: String,
    pub days_asked: i32,
    /// The mean weighted score; `None` until a reviewer has scored it.
    pub score: Option<f64>,
}

/// What the round decides with: its pool, the cap per organisation and the floors of
/// days per region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pool {
    pub days: i32,
    pub max_per_organisation: i32,
    /// (region, days at the least) in the round's order.
    pub floors: Vec<(String, i32)>,
}

/// The allocation: days granted by application, the ranking, the lowest score that
/// was granted days, and the days left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Allocation {
    pub granted: BTreeMap<i32, i32>,
    /// Eligible, scored applications, the best first.
    pub ranking: Vec<i32>,
    pub threshold: Option<f64>,
    pub left: i32,
}

/// The seed of the round's draw: the SHA-256 of the applications' ids in order and
/// the value the coordinator published before the round closed.
pub fn seed(application_ids: &[i32], published: &str) -> String {
    let mut hasher = Sha256::new();
    for id in application_ids {
        hasher.update(id.to_string().as_bytes());
        hasher.update(b",");
    }
    hasher.update(b"|");
    hasher.update(published.as_bytes());
    hex(&hasher.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// An application's place in the draw that breaks ties: the hash of the seed and its id.
fn draw(seed: &str, id: i32) -> String {
    hex(&Sha256::digest(format!("{seed}:{id}").as_bytes()))
}

/// The hash of a decision's inputs, as canonical JSON, so a changed input shows.
pub fn inputs_hash(applicants: &[Applicant], pool: &Pool, seed: &str) -> String {
    let inputs = serde_json::json!({
        "rule": RULE_VERSION,
        "applicants": applicants,
        "pool": pool,
        "seed": seed,
    });
    hex(&Sha256::digest(inputs.to_string().as_bytes()))
}

/// The allocation rule (see the module's documentation).
pub fn allocate(applicants: &[Applicant], pool: &Pool, seed: &str) -> Allocation {
    let mut ranked: Vec<&Applicant> = applicants
        .iter()
        .filter(|a| a.eligible && a.score.is_some() && a.days_asked > 0)
        .collect();
    ranked.sort_by(|a, b| {
        let (sa, sb) = (a.score.unwrap_or(0.0), b.score.unwrap_or(0.0));
        sb.total_cmp(&sa)
            .then_with(|| draw(seed, a.id).cmp(&draw(seed, b.id)))
    });
    let mut granted: BTreeMap<i32, i32> = BTreeMap::new();
    let mut left = pool.days.max(0);
    let wants = |a: &Applicant| a.days_asked.min(pool.max_per_organisation).max(0);
    for (region, floor) in &pool.floors {
        let mut given = 0;
        for a in ranked.iter().filter(|a| &a.region == region) {
            if given >= *floor || left == 0 {
                break;
            }
            let days = wants(a).min(left).min(floor - given);
            if days > 0 {
                *granted.entry(a.id).or_default() += days;
                given += days;
                left -= days;
            }
        }
    }
    for a in &ranked {
        if left == 0 {
            break;
        }
        let already = granted.get(&a.id).copied().unwrap_or(0);
        let days = (wants(a) - already).min(left);
        if days > 0 {
            *granted.entry(a.id).or_default() += days;
            left -= days;
        }
    }
    let threshold = ranked
        .iter()
        .filter(|a| granted.contains_key(&a.id))
        .filter_map(|a| a.score)
        .fold(None, |low: Option<f64>, s| {
            Some(low.map_or(s, |l| l.min(s)))
        });
    Allocation {
        granted,
        ranking: ranked.iter().map(|a| a.id).collect(),
        threshold,
        left,
    }
}

/// A reviewer's weighted score: the criteria's scores (1–5) weighted.
pub fn weighted(scores: &[(f64, i32)]) -> Option<f64> {
    let weights: f64 = scores.iter().map(|(w, _)| *w).sum();
    (weights > 0.0).then(|| scores.iter().map(|(w, s)| w * f64::from(*s)).sum::<f64>() / weights)
}

/// The application's score: the mean of its reviewers' weighted scores.
pub fn mean_score(reviewers: &[f64]) -> Option<f64> {
    (!reviewers.is_empty()).then(|| reviewers.iter().sum::<f64>() / reviewers.len() as f64)
}

/// Who runs the rounds: the programme's coordinators.
pub fn may_run_rounds(who: &Principal) -> bool {
    who.has(Role::Coordinator) || who.is_admin()
}

/// Who finds the sparring rounds in the navigation: those who run them and the HR
/// developers who apply.
pub fn works_with_sparring(who: &Principal) -> bool {
    may_run_rounds(who) || who.has(Role::HrDeveloper)
}

/// Who applies for an organisation: its HR developers.
pub fn may_apply_for(who: &Principal, org_id: i32) -> bool {
    who.has(Role::HrDeveloper) && who.org_id == org_id
}

/// Who sees an application: those who run the rounds, its reviewers, and its own
/// organisation's HR developers; never a reviewer recused for a conflict of interest,
/// even one who runs the rounds (the administrative rule of disqualification: who is
/// disqualified takes no part in the matter).
pub fn may_see_application(who: &Principal, org_id: i32, review: Option<ReviewStatus>) -> bool {
    match review {
        Some(ReviewStatus::Recused) => false,
        Some(_) => true,
        None => may_run_rounds(who) || may_apply_for(who, org_id),
    }
}

/// How many reviewers each application needs, not counting the recused.
pub const MIN_REVIEWERS: usize = 2;

/// Whether an application still needs a reviewer: fewer than `MIN_REVIEWERS` who are
/// not recused.
pub fn short_of_reviewers(statuses: impl IntoIterator<Item = ReviewStatus>) -> bool {
    statuses
        .into_iter()
        .filter(|s| *s != ReviewStatus::Recused)
        .count()
        < MIN_REVIEWERS
}

/// A reviewer's standing on one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    Assigned,
    Scored,
    Abstained,
    Recused,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 4] = [
        ReviewStatus::Assigned,
        ReviewStatus::Scored,
        ReviewStatus::Abstained,
        ReviewStatus::Recused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Assigned => "assigned",
            ReviewStatus::Scored => "scored",
            ReviewStatus::Abstained => "abstained",
            ReviewStatus::Recused => "recused",
        }
    }

    pub fn parse(raw: &str) -> Result<ReviewStatus, Invalid> {
        ReviewStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or(invalid("error-review-status"))
    }
}

/// Days asked: one or two.
pub fn parse_days_asked(raw: &str) -> Result<i32, Invalid> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=2).contains(&n) => Ok(n),
        _ => Err(invalid("error-sparring-days")),
    }
}

/// A score of one criterion, 1 to 5.
pub fn parse_score(raw: &str) -> Result<i32, Invalid> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=5).contains(&n) => Ok(n),
        _ => Err(invalid("error-sparring-score")),
    }
}

/// The staff a development involves: 1 to 100 000.
pub fn parse_staff(raw: &str) -> Result<i32, Invalid> {
    match raw.trim().parse::<i32>() {
        Ok(n) if (1..=100_000).contains(&n) => Ok(n),
        _ => Err(invalid("error-sparring-staff")),
    }
}

/// What the organisation wants to develop: required, at most 4,000 characters.
pub fn parse_aim(raw: &str) -> Result<String, Invalid> {
    let text = crate::coaching::parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid("error-sparring-aim"))
    } else {
        Ok(text)
    }
}

/// A short required text (a workplace, a name).
pub fn parse_short(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-sparring-required", "error-sparring-long")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn a(id: i32, score: f64, days: i32) -> Applicant {
        Applicant {
            id,
            eligible: true,
            region: "Uusimaa".into(),
            days_asked: days,
            score: Some(score),
        }
    }

    fn pool(days: i32) -> Pool {
        Pool {
            days,
            max_per_organisation: 2,
            floors: Vec::new(),
        }
    }

    #[test]
    fn an_application_needs_two_reviewers_who_are_not_recused() {
        use ReviewStatus::{Abstained, Assigned, Recused, Scored};
        assert!(short_of_reviewers([]));
        assert!(short_of_reviewers([Scored]));
        assert!(short_of_reviewers([Scored, Recused]));
        assert!(!short_of_reviewers([Scored, Abstained]));
        assert!(!short_of_reviewers([Assigned, Recused, Scored]));
    }

    #[test]
    fn the_best_scored_get_their_days_until_the_pool_runs_out() {
        let apps = vec![a(1, 3.0, 2), a(2, 4.5, 2), a(3, 4.0, 2), a(4, 2.0, 1)];
        let out = allocate(&apps, &pool(5), "s");
        assert_eq!(out.ranking, vec![2, 3, 1, 4]);
        assert_eq!(out.granted, BTreeMap::from([(2, 2), (3, 2), (1, 1)]));
        assert_eq!(out.threshold, Some(3.0));
        assert_eq!(out.left, 0);
    }

    #[test]
    fn an_application_is_seen_by_its_own_organisation_the_coordinators_and_reviewers_not_recused() {
        let person = |org_id, role| Principal {
            user_id: 1,
            org_id,
            roles: vec![role],
        };
        let coordinator = person(1, Role::Coordinator);
        assert!(may_see_application(&coordinator, 5, None));
        assert!(may_see_application(&person(5, Role::HrDeveloper), 5, None));
        assert!(!may_see_application(&person(6, Role::HrDeveloper), 5, None));
        assert!(!may_see_application(&person(5, Role::Manager), 5, None));
        let evaluator = person(2, Role::Evaluator);
        assert!(may_see_application(
            &evaluator,
            5,
            Some(ReviewStatus::Assigned)
        ));
        assert!(may_see_application(
            &evaluator,
            5,
            Some(ReviewStatus::Abstained)
        ));
        assert!(!may_see_application(
            &evaluator,
            5,
            Some(ReviewStatus::Recused)
        ));
        assert!(!may_see_application(
            &coordinator,
            5,
            Some(ReviewStatus::Recused)
        ));
    }

    #[test]
    fn the_ineligible_and_the_unscored_get_nothing() {
        let mut ineligible = a(1, 5.0, 2);
        ineligible.eligible = false;
        let unscored = Applicant {
            score: None,
            ..a(2, 0.0, 2)
        };
        let out = allocate(&[ineligible, unscored, a(3, 1.0, 2)], &pool(10), "s");
        assert_eq!(out.granted, BTreeMap::from([(3, 2)]));
        assert_eq!(out.left, 8);
    }

    #[test]
    fn a_regions_floor_comes_before_the_ranking() {
        let mut north = a(9, 2.0, 2);
        north.region = "Lappi".into();
        let apps = vec![a(1, 5.0, 2), a(2, 4.0, 2), north];
        let with_floor = Pool {
            floors: vec![("Lappi".into(), 1)],
            ..pool(4)
        };
        let out = allocate(&apps, &with_floor, "s");
        assert_eq!(out.granted, BTreeMap::from([(1, 2), (2, 1), (9, 1)]));
    }

    #[test]
    fn ties_are_drawn_from_the_seed_and_the_same_seed_draws_the_same() {
        let apps: Vec<Applicant> = (1..=6).map(|i| a(i, 3.0, 2)).collect();
        let one = allocate(&apps, &pool(4), &seed(&[1, 2, 3, 4, 5, 6], "julkaistu"));
        let again = allocate(&apps, &pool(4), &seed(&[1, 2, 3, 4, 5, 6], "julkaistu"));
        assert_eq!(one, again);
        let other = allocate(&apps, &pool(4), &seed(&[1, 2, 3, 4, 5, 6], "toinen"));
        assert_ne!(
            one.ranking, other.ranking,
            "another seed draws another order"
        );
    }

    #[test]
    fn changing_an_input_changes_the_hash() {
        let apps = vec![a(1, 3.0, 2), a(2, 4.0, 1)];
        let base = inputs_hash(&apps, &pool(3), "s");
        assert_eq!(base, inputs_hash(&apps, &pool(3), "s"));
        assert_ne!(base, inputs_hash(&apps, &pool(4), "s"));
        assert_ne!(
            base,
            inputs_hash(&[a(1, 3.1, 2), a(2, 4.0, 1)], &pool(3), "s")
        );
        assert_ne!(base, inputs_hash(&apps, &pool(3), "t"));
    }

    #[test]
    fn weighted_scores_and_their_mean() {
        assert_eq!(weighted(&[(2.0, 5), (1.0, 2)]), Some(4.0));
        assert_eq!(weighted(&[]), None);
        assert_eq!(mean_score(&[4.0, 3.0]), Some(3.5));
        assert_eq!(mean_score(&[]), None);
    }

    fn applicants() -> impl Strategy<Value = Vec<Applicant>> {
        proptest::collection::vec(
            (
                any::<bool>(),
                0usize..3,
                1i32..=2,
                proptest::option::of(1u8..=50),
            ),
            0..30,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (eligible, region, days, score))| Applicant {
                    id: i32::try_from(i).unwrap() + 1,
                    eligible,
                    region: ["Uusimaa", "Lappi", "Pirkanmaa"][region].to_owned(),
                    days_asked: days,
                    score: score.map(|s| f64::from(s) / 10.0),
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn never_more_than_the_pool_or_the_cap_and_a_better_score_never_gets_less(
            apps in applicants(),
            days in 0i32..40,
            cap in 1i32..=2,
            floor in 0i32..4,
            seed_value in "[a-z]{1,8}",
        ) {
            let pool = Pool { days, max_per_organisation: cap, floors: vec![("Lappi".into(), floor)] };
            let out = allocate(&apps, &pool, &seed_value);
            let total: i32 = out.granted.values().sum();
            prop_assert!(total <= days);
            prop_assert_eq!(out.left, days - total);
            for (id, given) in &out.granted {
                let app = apps.iter().find(|a| a.id == *id).unwrap();
                prop_assert!(*given <= cap && *given <= app.days_asked && *given > 0);
                prop_assert!(app.eligible);
            }
            // Within the same quota (no floor region), a higher score never gets fewer
            // days than a lower one that asked as many.
            let outside: Vec<&Applicant> = apps.iter().filter(|a| a.region != "Lappi" && a.eligible && a.score.is_some()).collect();
            for x in &outside {
                for y in &outside {
                    if x.score > y.score && x.days_asked >= y.days_asked {
                        let gx = out.granted.get(&x.id).copied().unwrap_or(0);
                        let gy = out.granted.get(&y.id).copied().unwrap_or(0);
                        prop_assert!(gx >= gy, "{x:?} got {gx}, {y:?} got {gy}");
                    }
                }
            }
            prop_assert_eq!(out.clone(), allocate(&apps, &pool, &seed_value));
        }
    }
}
