//! The EKJ coaching programme: cohorts run by a training provider, the organisations
//! taking part with their development projects, the participants, the leadership
//! forums and the peer groups that mix organisations.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Invalid, Principal, Role, invalid, required_text};

/// Declares a closed set of values stored by name, with `ALL`, `as_str` and `parse`.
macro_rules! named_values {
    ($(#[$doc:meta])* $name:ident, $error:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Result<$name, Invalid> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == raw.trim())
                    .ok_or(invalid($error))
            }
        }
    };
}

pub mod assessment;
pub mod evaluation;
pub mod tasks;

named_values!(
    /// How far along a cohort is.
    CohortStatus, "error-cohort-status", {
        Planned => "planned",
        Running => "running",
        Ended => "ended",
    }
);

named_values!(
    /// The sector a participant leads in.
    Sector, "error-participant-sector", {
        Technical => "technical",
        Education => "education",
        SocialAndHealth => "social_and_health",
        HospitalCare => "hospital_care",
        Other => "other",
    }
);

named_values!(
    /// A participant's level of management.
    Level, "error-participant-level", {
        Top => "top",
        Middle => "middle",
        FirstLine => "first_line",
    }
);

named_values!(
    /// Where an enrolment stands: proposed by the organisation's HR developer, or
    /// confirmed by a coordinator. Only a confirmed participant is in the cohort.
    Enrolment, "error-enrolment", {
        Proposed => "proposed",
        Confirmed => "confirmed",
    }
);

named_values!(
    /// Where a part of a development project stands, as its progress log says.
    Progress, "error-progress-status", {
        OnTrack => "on_track",
        AtRisk => "at_risk",
        Done => "done",
    }
);

/// A cohort's code, such as `EKJ5`: 2 to 16 letters, digits or dashes, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CohortCode(String);

impl CohortCode {
    pub fn parse(raw: &str) -> Result<CohortCode, Invalid> {
        let code = raw.trim().to_uppercase();
        let valid = (2..=16).contains(&code.chars().count())
            && code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            && code.starts_with(|c: char| c.is_ascii_uppercase());
        if valid {
            Ok(CohortCode(code))
        } else {
            Err(invalid("error-cohort-code"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CohortCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A cohort's name in one language.
pub fn parse_cohort_name(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-cohort-name", "error-cohort-name-long")
}

/// A short text that may be left empty (a description, goals), at most 4,000 characters.
pub fn parse_optional_text(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.chars().count() > 4000 {
        return Err(invalid("error-text-long"));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(invalid("error-text-control"));
    }
    Ok(value.to_owned())
}

/// A title (of a project or a part of it) in one language.
pub fn parse_title(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 300, "error-title-empty", "error-title-long")
}

/// The number of leadership forums: empty for the programme's five, else 1 to 12.
pub fn parse_forum_count(raw: &str) -> Result<i32, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(FORUMS_BY_DEFAULT);
    }
    match raw.parse::<i32>() {
        Ok(n) if (1..=12).contains(&n) => Ok(n),
        _ => Err(invalid("error-cohort-forums")),
    }
}

/// Five leadership forums in a year, as the programme has always had.
pub const FORUMS_BY_DEFAULT: i32 = 5;

/// A date as forms send it (`2026-11-01`).
pub fn parse_date(raw: &str) -> Result<NaiveDate, Invalid> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| invalid("error-date"))
}

/// A cohort's year: it ends on or after the day it starts.
pub fn check_cohort_dates(starts: NaiveDate, ends: NaiveDate) -> Result<(), Invalid> {
    if ends < starts {
        Err(invalid("error-cohort-ends-before-start"))
    } else {
        Ok(())
    }
}

/// What a cohort is to the person asking: the facts its rules need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CohortTie<'a> {
    /// The training provider running the cohort (its coaches coach it).
    pub provider_id: i32,
    /// The organisations taking part.
    pub organisations: &'a [i32],
    /// Whether the person is a confirmed participant of the cohort.
    pub participant: bool,
}

/// Coordinators (and administrators) run the programme: they create cohorts, add
/// organisations, confirm participants and schedule forums, in every cohort.
pub fn may_run_cohorts(who: &Principal) -> bool {
    who.has(Role::Coordinator) || who.is_admin()
}

/// Who finds "My programme" in the navigation: managers, whom cohorts enrol.
pub fn may_take_part(who: &Principal) -> bool {
    who.has(Role::Manager)
}

/// Who finds the cohorts in the navigation: those who run or coach them, and HR
/// developers, whose organisations take part.
pub fn works_with_cohorts(who: &Principal) -> bool {
    may_run_cohorts(who) || who.has(Role::Coach) || who.has(Role::HrDeveloper)
}

/// The refusal of a provider that is not one of the organisations.
pub const fn provider_missing() -> Invalid {
    invalid("error-cohort-provider")
}

/// The refusal of an organisation that is not one of the platform's.
pub const fn organisation_missing() -> Invalid {
    invalid("error-cohort-organisation")
}

/// What was done, as a progress log's entry says: required, at most 4,000 characters.
pub fn parse_log_text(raw: &str) -> Result<String, Invalid> {
    required_long_text(raw, "error-progress-empty")
}

/// A long text that may not be left empty: `empty` names the refusal.
fn required_long_text(raw: &str, empty: &'static str) -> Result<String, Invalid> {
    let text = parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid(empty))
    } else {
        Ok(text)
    }
}

/// Whether the person coaches this cohort: a coach of its provider.
pub fn coaches(who: &Principal, tie: CohortTie<'_>) -> bool {
    who.has(Role::Coach) && who.org_id == tie.provider_id
}

/// Whether the person sees who is in the cohort and its organisations' projects:
/// coordinators and its coaches all of them, an HR developer of a participating
/// organisation that organisation's.
pub fn may_see_people_of(who: &Principal, tie: CohortTie<'_>, org_id: i32) -> bool {
    may_run_cohorts(who)
        || coaches(who, tie)
        || (who.has(Role::HrDeveloper)
            && who.org_id == org_id
            && tie.organisations.contains(&org_id))
}

/// Whether the person may see the cohort at all: those who run or coach it, its
/// participants, the HR developers of its organisations, the certifier (who reads the
/// participants' certificate work and self-assessments, and grants the certificates)
/// and the evaluators (who evaluate its organisations' development work). Anyone else
/// is answered as if it did not exist.
pub fn may_see_cohort(who: &Principal, tie: CohortTie<'_>) -> bool {
    tie.participant
        || may_see_people_of(who, tie, who.org_id)
        || who.has(Role::Certifier)
        || evaluation::may_evaluate(who)
}

/// Whether the person may enrol people of `org_id`, an organisation taking part in
/// the cohort: a coordinator, or its HR developers (what they propose waits for a
/// coordinator).
pub fn may_propose_participants(who: &Principal, tie: CohortTie<'_>, org_id: i32) -> bool {
    tie.organisations.contains(&org_id)
        && (may_run_cohorts(who) || (who.has(Role::HrDeveloper) && who.org_id == org_id))
}

/// Whether the person may read an organisation's development project and its
/// progress log: those who see its people, and the organisation's own participants.
pub fn may_see_project(who: &Principal, tie: CohortTie<'_>, org_id: i32) -> bool {
    may_see_people_of(who, tie, org_id) || (tie.participant && who.org_id == org_id)
}

/// Whether the person may write a project part's progress log: the organisation's HR
/// developers and the part's responsible managers.
pub fn may_log_progress(
    who: &Principal,
    tie: CohortTie<'_>,
    org_id: i32,
    responsible: bool,
) -> bool {
    responsible
        || (who.has(Role::HrDeveloper)
            && who.org_id == org_id
            && tie.organisations.contains(&org_id))
}

/// Whether the person may form and change the cohort's peer groups.
pub fn may_form_groups(who: &Principal, tie: CohortTie<'_>) -> bool {
    may_run_cohorts(who) || coaches(who, tie)
}

/// Whether the person may see a peer group's page and note its meetings: its members,
/// and those who form the cohort's groups.
pub fn may_see_group(who: &Principal, tie: CohortTie<'_>, member: bool) -> bool {
    member || may_form_groups(who, tie)
}

/// Whether the person may change or delete a post: its author alone.
pub fn may_change_post(who: &Principal, author_id: i32) -> bool {
    who.user_id == author_id
}

/// A post's text: required, at most 4,000 characters.
pub fn parse_post(raw: &str) -> Result<String, Invalid> {
    required_long_text(raw, "error-post-empty")
}

/// A group's size as a coach asks for it: 4 to 8, six when left empty.
pub fn parse_group_size(raw: &str) -> Result<usize, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(6);
    }
    match raw.parse::<usize>() {
        Ok(n) if (4..=8).contains(&n) => Ok(n),
        _ => Err(invalid("error-group-size")),
    }
}

/// The refusal of a meeting without a place or a link.
pub const fn place_missing() -> Invalid {
    invalid("error-group-place")
}

/// A participant as the peer-group suggestion sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCandidate {
    pub user_id: i32,
    pub org_id: i32,
    pub sector: Sector,
}

/// Peer groups of about `size` people that mix organisations and spread sectors.
/// Every group has someone from outside the largest organisation, so no group is of
/// one organisation; `None` when the participants come from one organisation only.
pub fn suggest_groups(people: &[GroupCandidate], size: usize) -> Option<Vec<Vec<i32>>> {
    let size = size.clamp(2, 50);
    let mut by_org: BTreeMap<i32, Vec<GroupCandidate>> = BTreeMap::new();
    for person in people {
        by_org.entry(person.org_id).or_default().push(*person);
    }
    if by_org.len() < 2 {
        return None;
    }
    let largest = by_org
        .iter()
        .max_by_key(|(org, members)| (members.len(), std::cmp::Reverse(**org)))
        .map(|(org, _)| *org)?;
    let (mut rest, mut main): (Vec<_>, Vec<_>) =
        people.iter().copied().partition(|p| p.org_id != largest);
    let groups = people.len().div_ceil(size).clamp(1, rest.len());
    let mut formed: Vec<Vec<GroupCandidate>> = vec![Vec::new(); groups];
    // Those outside the largest organisation first, dealt in turn by sector and
    // organisation, so every group has one of them and sectors spread.
    rest.sort_by_key(|p| (p.sector, p.org_id, p.user_id));
    for (i, person) in rest.into_iter().enumerate() {
        formed[i % groups].push(person);
    }
    // Then the largest organisation's people, each to the smallest group, preferring
    // one that lacks their sector.
    main.sort_by_key(|p| (p.sector, p.user_id));
    for person in main {
        let target = (0..groups)
            .min_by_key(|&g| {
                let same_sector = formed[g]
                    .iter()
                    .filter(|p| p.sector == person.sector)
                    .count();
                (formed[g].len(), same_sector, g)
            })
            .unwrap_or(0);
        formed[target].push(person);
    }
    Some(
        formed
            .into_iter()
            .map(|g| g.into_iter().map(|p| p.user_id).collect())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(org_id: i32, roles: &[Role]) -> Principal {
        Principal {
            user_id: 1,
            org_id,
            roles: roles.to_vec(),
        }
    }

    const FCG: i32 = 3;
    const ORGS: &[i32] = &[10, 11];

    fn tie(participant: bool) -> CohortTie<'static> {
        CohortTie {
            provider_id: FCG,
            organisations: ORGS,
            participant,
        }
    }

    #[test]
    fn codes_are_short_and_upper_case() {
        assert_eq!(CohortCode::parse(" ekj5 ").unwrap().as_str(), "EKJ5");
        assert!(CohortCode::parse("E").is_err());
        assert!(CohortCode::parse("5EKJ").is_err());
        assert!(CohortCode::parse("EKJ 5").is_err());
        assert!(CohortCode::parse("EKJ/5").is_err());
    }

    #[test]
    fn forums_are_five_unless_told_and_dates_run_forwards() {
        assert_eq!(parse_forum_count(""), Ok(5));
        assert_eq!(parse_forum_count("6"), Ok(6));
        assert!(parse_forum_count("0").is_err());
        assert!(parse_forum_count("many").is_err());
        let d = |s| parse_date(s).unwrap();
        assert!(check_cohort_dates(d("2018-11-01"), d("2019-11-30")).is_ok());
        assert!(check_cohort_dates(d("2018-11-01"), d("2018-10-31")).is_err());
        assert!(parse_date("1.11.2018").is_err());
    }

    #[test]
    fn values_parse_from_their_names() {
        for s in Sector::ALL {
            assert_eq!(Sector::parse(s.as_str()), Ok(*s));
        }
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Ok(*l));
        }
        assert!(CohortStatus::parse("paused").is_err());
    }

    #[test]
    fn a_cohort_is_seen_by_those_in_it_and_no_one_else() {
        assert!(may_see_cohort(&person(1, &[Role::Coordinator]), tie(false)));
        assert!(may_see_cohort(&person(FCG, &[Role::Coach]), tie(false)));
        assert!(!may_see_cohort(&person(99, &[Role::Coach]), tie(false)));
        assert!(may_see_cohort(&person(10, &[Role::Manager]), tie(true)));
        assert!(!may_see_cohort(&person(10, &[Role::Manager]), tie(false)));
        assert!(may_see_cohort(
            &person(11, &[Role::HrDeveloper]),
            tie(false)
        ));
        assert!(!may_see_cohort(
            &person(12, &[Role::HrDeveloper]),
            tie(false)
        ));
        assert!(may_see_cohort(&person(10, &[Role::Certifier]), tie(false)));
        assert!(may_see_cohort(&person(10, &[Role::Evaluator]), tie(false)));
        assert!(!may_see_people_of(
            &person(10, &[Role::Certifier]),
            tie(false),
            10
        ));
    }

    #[test]
    fn an_hr_developer_sees_their_own_organisations_people_and_project_only() {
        let hr = person(10, &[Role::HrDeveloper]);
        assert!(may_see_people_of(&hr, tie(false), 10));
        assert!(!may_see_people_of(&hr, tie(false), 11));
        assert!(may_see_project(&hr, tie(false), 10));
        assert!(!may_see_project(&hr, tie(false), 11));
        assert!(may_propose_participants(&hr, tie(false), 10));
        assert!(!may_propose_participants(&hr, tie(false), 11));
        let coordinator = person(1, &[Role::Coordinator]);
        assert!(may_propose_participants(&coordinator, tie(false), 11));
        assert!(!may_propose_participants(&coordinator, tie(false), 12));
        assert!(may_log_progress(&hr, tie(false), 10, false));
        assert!(!may_log_progress(&hr, tie(false), 11, false));
    }

    #[test]
    fn a_participant_reads_their_own_organisations_project_and_logs_their_part() {
        let manager = person(10, &[Role::Manager]);
        assert!(may_see_project(&manager, tie(true), 10));
        assert!(!may_see_project(&manager, tie(true), 11));
        assert!(!may_see_people_of(&manager, tie(true), 10));
        assert!(may_log_progress(&manager, tie(true), 10, true));
        assert!(!may_log_progress(&manager, tie(true), 10, false));
        assert!(!may_form_groups(&manager, tie(true)));
        assert!(may_form_groups(&person(FCG, &[Role::Coach]), tie(false)));
    }

    fn candidates(spec: &[(i32, Sector, usize)]) -> Vec<GroupCandidate> {
        let mut id = 0;
        let mut people = Vec::new();
        for &(org_id, sector, n) in spec {
            for _ in 0..n {
                id += 1;
                people.push(GroupCandidate {
                    user_id: id,
                    org_id,
                    sector,
                });
            }
        }
        people
    }

    fn check(people: &[GroupCandidate], groups: &[Vec<i32>], size: usize) {
        let mut seen: Vec<i32> = groups.iter().flatten().copied().collect();
        seen.sort_unstable();
        let mut all: Vec<i32> = people.iter().map(|p| p.user_id).collect();
        all.sort_unstable();
        assert_eq!(seen, all, "everyone is in exactly one group");
        for group in groups {
            let orgs: std::collections::BTreeSet<i32> = group
                .iter()
                .map(|id| people.iter().find(|p| p.user_id == *id).unwrap().org_id)
                .collect();
            assert!(orgs.len() >= 2, "a group of one organisation: {group:?}");
        }
        let largest = groups.iter().map(Vec::len).max().unwrap();
        let smallest = groups.iter().map(Vec::len).min().unwrap();
        assert!(largest - smallest <= 1 || groups.len() * size < people.len());
    }

    #[test]
    fn suggested_groups_mix_organisations_even_when_one_dominates() {
        use Sector::*;
        let cases: Vec<Vec<GroupCandidate>> = vec![
            candidates(&[
                (1, Technical, 6),
                (2, Education, 6),
                (3, SocialAndHealth, 6),
            ]),
            candidates(&[(1, Technical, 10), (2, Education, 2)]),
            candidates(&[(1, Technical, 30), (2, Education, 3), (3, HospitalCare, 1)]),
            candidates(&[
                (1, Technical, 5),
                (1, Education, 5),
                (2, SocialAndHealth, 4),
                (3, Other, 4),
                (4, HospitalCare, 3),
            ]),
        ];
        for people in cases {
            let groups = suggest_groups(&people, 6).unwrap();
            check(&people, &groups, 6);
        }
    }

    #[test]
    fn suggested_groups_spread_sectors() {
        use Sector::*;
        let people = candidates(&[
            (1, Technical, 4),
            (2, Education, 4),
            (3, SocialAndHealth, 4),
            (4, HospitalCare, 4),
        ]);
        let groups = suggest_groups(&people, 4).unwrap();
        assert_eq!(groups.len(), 4);
        for group in &groups {
            let sectors: std::collections::BTreeSet<Sector> = group
                .iter()
                .map(|id| people.iter().find(|p| p.user_id == *id).unwrap().sector)
                .collect();
            assert_eq!(sectors.len(), 4, "each group has every sector: {group:?}");
        }
    }

    #[test]
    fn one_organisation_cannot_be_mixed() {
        let people = candidates(&[(1, Sector::Technical, 8)]);
        assert_eq!(suggest_groups(&people, 4), None);
    }
}
