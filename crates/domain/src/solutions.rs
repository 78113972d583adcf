//! The progress arena: a public bank of development solutions that organisations
//! submit and coordinators moderate, and the challenge campaigns that bring new ones.
//!
//! A solution moves draft → submitted → approved (public), or back to its authors as
//! returned, or out of sight as hidden; `submit` and `moderate` are the only ways it
//! moves. Only an approved solution is public; the rest is seen by its organisation's
//! author and HR developers and by the moderators. The public list filters by facets,
//! several values of one facet widening it and each facet's counts computed with the
//! other facets' choices (`facet_counts`).

use std::collections::{BTreeMap, BTreeSet};

use crate::{Invalid, Principal, Role, invalid, required_text};

/// The sector of the municipal organisation a solution comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    SocialHealth,
    Education,
    Technical,
    Administration,
    Culture,
    WholeOrganisation,
}

impl Sector {
    pub const ALL: [Sector; 6] = [
        Sector::SocialHealth,
        Sector::Education,
        Sector::Technical,
        Sector::Administration,
        Sector::Culture,
        Sector::WholeOrganisation,
    ];

    /// Its stored name, also the end of its Fluent label's id (`solution-sector-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::SocialHealth => "social-health",
            Sector::Education => "education",
            Sector::Technical => "technical",
            Sector::Administration => "administration",
            Sector::Culture => "culture",
            Sector::WholeOrganisation => "whole-organisation",
        }
    }

    pub fn parse(raw: &str) -> Result<Sector, Invalid> {
        Sector::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or(invalid("error-solution-sector"))
    }
}

/// What a solution develops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    Wellbeing,
    Leadership,
    Collaboration,
    Digitalisation,
    WorkArrangements,
    CustomerService,
    Competence,
    Change,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Topic::Wellbeing,
        Topic::Leadership,
        Topic::Collaboration,
        Topic::Digitalisation,
        Topic::WorkArrangements,
        Topic::CustomerService,
        Topic::Competence,
        Topic::Change,
    ];

    /// Its stored name, also the end of its Fluent label's id (`topic-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Wellbeing => "wellbeing",
            Topic::Leadership => "leadership",
            Topic::Collaboration => "collaboration",
            Topic::Digitalisation => "digitalisation",
            Topic::WorkArrangements => "work-arrangements",
            Topic::CustomerService => "customer-service",
            Topic::Competence => "competence",
            Topic::Change => "change",
        }
    }

    pub fn parse(raw: &str) -> Result<Topic, Invalid> {
        Topic::ALL
            .into_iter()
            .find(|t| t.as_str() == raw.trim())
            .ok_or(invalid("error-solution-topic"))
    }
}

/// Where a solution is on its way to the public bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SolutionState {
    Draft,
    Submitted,
    Returned,
    Approved,
    Hidden,
}

impl SolutionState {
    pub const ALL: [SolutionState; 5] = [
        SolutionState::Draft,
        SolutionState::Submitted,
        SolutionState::Returned,
        SolutionState::Approved,
        SolutionState::Hidden,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SolutionState::Draft => "draft",
            SolutionState::Submitted => "submitted",
            SolutionState::Returned => "returned",
            SolutionState::Approved => "approved",
            SolutionState::Hidden => "hidden",
        }
    }

    pub fn parse(raw: &str) -> Option<SolutionState> {
        SolutionState::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// What a moderator does to a solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Approve,
    Return,
    Hide,
    Restore,
}

impl Moderation {
    pub const ALL: [Moderation; 4] = [
        Moderation::Approve,
        Moderation::Return,
        Moderation::Hide,
        Moderation::Restore,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Moderation::Approve => "approve",
            Moderation::Return => "return",
            Moderation::Hide => "hide",
            Moderation::Restore => "restore",
        }
    }

    pub fn parse(raw: &str) -> Option<Moderation> {
        Moderation::ALL.into_iter().find(|m| m.as_str() == raw)
    }

    /// Returning and hiding say why: the authors are told, the history keeps it.
    pub fn needs_reason(self) -> bool {
        matches!(self, Moderation::Return | Moderation::Hide)
    }
}

/// The state a moderation leads to, or `None` when it does not apply to `from`.
pub fn moderate(from: SolutionState, action: Moderation) -> Option<SolutionState> {
    use SolutionState::*;
    match (action, from) {
        (Moderation::Approve, Submitted | Returned) => Some(Approved),
        (Moderation::Return, Submitted) => Some(Returned),
        (Moderation::Hide, Submitted | Approved) => Some(Hidden),
        (Moderation::Restore, Hidden) => Some(Approved),
        _ => None,
    }
}

/// The state handing in leads to: a draft or a returned solution goes to the
/// moderators; anything else is already theirs.
pub fn submit(from: SolutionState) -> Option<SolutionState> {
    matches!(from, SolutionState::Draft | SolutionState::Returned)
        .then_some(SolutionState::Submitted)
}

/// What the access rules need to know of a solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolutionTie {
    pub organisation_id: i32,
    pub author_id: Option<i32>,
    pub state: SolutionState,
}

/// Who moderates the bank and runs its campaigns: the programme's coordinators.
pub fn may_moderate_solutions(who: &Principal) -> bool {
    who.has(Role::Coordinator) || who.is_admin()
}

/// The organisation's own people who answer for its solutions: the author and its HR
/// developers.
fn answers_for(who: &Principal, s: &SolutionTie) -> bool {
    who.org_id == s.organisation_id
        && (s.author_id == Some(who.user_id) || who.has(Role::HrDeveloper))
}

/// An approved solution is public; the others are their organisation's author's and
/// HR developers', and the moderators'.
pub fn may_see_solution(who: Option<&Principal>, s: &SolutionTie) -> bool {
    s.state == SolutionState::Approved
        || who.is_some_and(|w| may_moderate_solutions(w) || answers_for(w, s))
}

/// A draft or a returned solution is changed by those who answer for it.
pub fn may_edit_solution(who: &Principal, s: &SolutionTie) -> bool {
    answers_for(who, s) && submit(s.state).is_some()
}

/// A solution's title, in one language.
pub fn parse_title(raw: &str) -> Result<String, Invalid> {
    required_text(raw, 200, "error-solution-title", "error-text-too-long")
}

/// A solution's long text (the problem, what was done, results, lessons); empty is
/// allowed here, the form asks for the required ones in at least one language.
pub fn parse_body(raw: &str) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.chars().count() > 8_000 {
        return Err(invalid("error-text-too-long"));
    }
    Ok(value.replace("\r\n", "\n"))
}

/// A long text that must be written (the problem and what was done, a campaign's call).
pub fn parse_required_body(raw: &str) -> Result<String, Invalid> {
    if raw.trim().is_empty() {
        return Err(invalid("error-solution-required"));
    }
    parse_body(raw)
}

/// When the work was done, in words ("syksy 2018"); may be empty.
pub fn parse_period(raw: &str) -> Result<String, Invalid> {
    let period = raw.trim();
    if period.chars().count() > 100 {
        return Err(invalid("error-text-too-long"));
    }
    Ok(period.to_owned())
}

/// The contact person's name: needed when they consent to be shown.
pub fn parse_contact_name(raw: &str, consent: bool) -> Result<String, Invalid> {
    let name = raw.trim();
    if consent && name.is_empty() {
        return Err(invalid("error-solution-contact"));
    }
    if name.chars().count() > 200 {
        return Err(invalid("error-text-too-long"));
    }
    Ok(name.to_owned())
}

/// The year the work was done.
pub fn parse_year(raw: &str) -> Result<i32, Invalid> {
    raw.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or(invalid("error-solution-year"))
}

/// The ways the public list narrows, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Sector,
    Topic,
    OrgKind,
    Region,
    Campaign,
    Year,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Sector,
        Facet::Topic,
        Facet::OrgKind,
        Facet::Region,
        Facet::Campaign,
        Facet::Year,
    ];

    /// Its name in the list's address (`?sector=education&sector=culture`).
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Sector => "sector",
            Facet::Topic => "topic",
            Facet::OrgKind => "kind",
            Facet::Region => "region",
            Facet::Campaign => "campaign",
            Facet::Year => "year",
        }
    }

    fn index(self) -> usize {
        Facet::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// An approved solution as the facets see it: its value for each facet, empty where it
/// has none (no campaign, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub id: i32,
    pub values: [String; 6],
}

impl Facts {
    pub fn value(&self, facet: Facet) -> &str {
        &self.values[facet.index()]
    }
}

/// The values chosen in each facet. Within a facet any chosen value matches; across
/// facets every facet with a choice must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub chosen: BTreeMap<Facet, BTreeSet<String>>,
}

impl Filter {
    pub fn choose(&mut self, facet: Facet, value: &str) {
        if !value.is_empty() {
            self.chosen
                .entry(facet)
                .or_default()
                .insert(value.to_owned());
        }
    }

    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        self.chosen.get(&facet).is_some_and(|v| v.contains(value))
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.values().all(BTreeSet::is_empty)
    }

    /// Whether a solution passes every facet's choice but `except`'s.
    pub fn matches_except(&self, facts: &Facts, except: Option<Facet>) -> bool {
        self.chosen.iter().all(|(facet, values)| {
            Some(*facet) == except || values.is_empty() || values.contains(facts.value(*facet))
        })
    }

    pub fn matches(&self, facts: &Facts) -> bool {
        self.matches_except(facts, None)
    }
}

/// What the facets' choices make of the solutions: each facet's values with how many
/// solutions choosing them would show, and the solutions every choice lets through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowed<'a> {
    pub counts: BTreeMap<Facet, BTreeMap<String, usize>>,
    /// In the rows' order.
    pub shown: Vec<&'a Facts>,
}

/// The solutions' facet values numbered: each facet's distinct values once, and each
/// solution's values as their numbers, so narrowing compares numbers, not text. Built
/// once with a snapshot of the solutions and used for every request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetIndex {
    /// Each facet's distinct values, in the order first seen.
    values: [Vec<String>; 6],
    /// Each solution's value numbers, in the rows' order; `NONE` where it has none.
    codes: Vec<[u32; 6]>,
}

const NONE: u32 = u32::MAX;

impl FacetIndex {
    pub fn new(rows: &[Facts]) -> FacetIndex {
        let mut index = FacetIndex::default();
        let mut numbers: [BTreeMap<&str, u32>; 6] = Default::default();
        for row in rows {
            let mut codes = [NONE; 6];
            for (facet, code) in codes.iter_mut().enumerate() {
                let value = row.values[facet].as_str();
                if value.is_empty() {
                    continue;
                }
                let known = &mut numbers[facet];
                let next = u32::try_from(known.len()).unwrap_or(NONE);
                *code = *known.entry(value).or_insert_with(|| {
                    index.values[facet].push(value.to_owned());
                    next
                });
            }
            index.codes.push(codes);
        }
        index
    }

    /// Counts each facet's values over the solutions that pass the other facets'
    /// choices (so choosing in one facet updates the others, and a facet's own choices
    /// never hide its other values), and keeps the solutions that pass them all, in
    /// one pass: a solution that fails no choice counts in every facet, one that fails
    /// a single facet's choice counts in that facet alone, one that fails two counts
    /// nowhere. With `found` (the ids the search words find), a solution the words do
    /// not find counts nowhere and is not kept. `rows` are the ones the index was
    /// built from.
    pub fn narrow<'a>(
        &self,
        rows: &'a [Facts],
        filter: &Filter,
        found: Option<&Found>,
    ) -> Narrowed<'a> {
        // For each facet with a choice, which value numbers it lets through.
        let chosen: Vec<(usize, Vec<bool>)> = filter
            .chosen
            .iter()
            .filter(|(_, values)| !values.is_empty())
            .map(|(facet, values)| {
                let i = facet.index();
                let allowed = self.values[i].iter().map(|v| values.contains(v)).collect();
                (i, allowed)
            })
            .collect();
        let passes = |allowed: &[bool], code: u32| {
            usize::try_from(code).is_ok_and(|c| allowed.get(c).copied().unwrap_or(false))
        };
        let mut counted: [Vec<usize>; 6] =
            std::array::from_fn(|facet| vec![0; self.values[facet].len()]);
        let mut count = |codes: &[u32; 6], facet: usize| {
            if let Some(n) = usize::try_from(codes[facet])
                .ok()
                .and_then(|c| counted[facet].get_mut(c))
            {
                *n += 1;
            }
        };
        let mut shown = Vec::new();
        for (row, codes) in rows.iter().zip(&self.codes) {
            if found.is_some_and(|found| !found.contains(&row.id)) {
                continue;
            }
            let mut failed = chosen
                .iter()
                .filter(|(facet, allowed)| !passes(allowed, codes[*facet]))
                .map(|(facet, _)| *facet);
            match (failed.next(), failed.next()) {
                (None, _) => {
                    shown.push(row);
                    (0..Facet::ALL.len()).for_each(|facet| count(codes, facet));
                }
                (Some(only), None) => count(codes, only),
                (Some(_), Some(_)) => {}
            }
        }
        let counts = Facet::ALL
            .into_iter()
            .enumerate()
            .map(|(i, facet)| {
                let values = self.values[i]
                    .iter()
                    .zip(&counted[i])
                    .filter(|(_, n)| **n > 0)
                    .map(|(value, n)| (value.clone(), *n))
                    .collect();
                (facet, values)
            })
            .collect();
        Narrowed { counts, shown }
    }
}

/// The ids of the solutions the search words found: a bit per id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found(Vec<bool>);

impl Found {
    pub fn contains(&self, id: &i32) -> bool {
        usize::try_from(*id).is_ok_and(|i| self.0.get(i).copied().unwrap_or(false))
    }
}

impl FromIterator<i32> for Found {
    fn from_iter<I: IntoIterator<Item = i32>>(ids: I) -> Found {
        let ids: Vec<usize> = ids
            .into_iter()
            .filter_map(|id| usize::try_from(id).ok())
            .collect();
        let mut bits = vec![false; ids.iter().max().map_or(0, |m| m + 1)];
        for i in ids {
            bits[i] = true;
        }
        Found(bits)
    }
}

/// `FacetIndex::narrow` over rows not indexed before.
pub fn narrow<'a>(rows: &'a [Facts], filter: &Filter) -> Narrowed<'a> {
    FacetIndex::new(rows).narrow(rows, filter, None)
}

/// Each facet's values with how many solutions choosing them would show (`narrow`).
pub fn facet_counts(rows: &[Facts], filter: &Filter) -> BTreeMap<Facet, BTreeMap<String, usize>> {
    narrow(rows, filter).counts
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn person(user_id: i32, org_id: i32, roles: &[Role]) -> Principal {
        Principal {
            user_id,
            org_id,
            roles: roles.to_vec(),
        }
    }

    fn tie(state: SolutionState) -> SolutionTie {
        SolutionTie {
            organisation_id: 1,
            author_id: Some(10),
            state,
        }
    }

    #[test]
    fn only_an_approved_solution_is_public() {
        let stranger = person(20, 2, &[Role::HrDeveloper]);
        for state in SolutionState::ALL {
            let public = state == SolutionState::Approved;
            assert_eq!(may_see_solution(None, &tie(state)), public);
            assert_eq!(may_see_solution(Some(&stranger), &tie(state)), public);
            let author = person(10, 1, &[Role::Manager]);
            assert!(may_see_solution(Some(&author), &tie(state)));
            let colleague = person(11, 1, &[Role::Manager]);
            assert_eq!(may_see_solution(Some(&colleague), &tie(state)), public);
            let hr = person(12, 1, &[Role::HrDeveloper]);
            assert!(may_see_solution(Some(&hr), &tie(state)));
            let coordinator = person(30, 3, &[Role::Coordinator]);
            assert!(may_see_solution(Some(&coordinator), &tie(state)));
        }
    }

    #[test]
    fn the_authors_edit_while_it_is_theirs() {
        let author = person(10, 1, &[Role::Manager]);
        assert!(may_edit_solution(&author, &tie(SolutionState::Draft)));
        assert!(may_edit_solution(&author, &tie(SolutionState::Returned)));
        assert!(!may_edit_solution(&author, &tie(SolutionState::Submitted)));
        assert!(!may_edit_solution(&author, &tie(SolutionState::Approved)));
        let coordinator = person(30, 3, &[Role::Coordinator]);
        assert!(!may_edit_solution(&coordinator, &tie(SolutionState::Draft)));
    }

    #[test]
    fn moderation_moves_only_where_it_applies() {
        use SolutionState::*;
        assert_eq!(moderate(Submitted, Moderation::Approve), Some(Approved));
        assert_eq!(moderate(Submitted, Moderation::Return), Some(Returned));
        assert_eq!(moderate(Approved, Moderation::Hide), Some(Hidden));
        assert_eq!(moderate(Hidden, Moderation::Restore), Some(Approved));
        assert_eq!(moderate(Draft, Moderation::Approve), None);
        assert_eq!(moderate(Approved, Moderation::Return), None);
        assert_eq!(moderate(Approved, Moderation::Restore), None);
        assert_eq!(submit(Returned), Some(Submitted));
        assert_eq!(submit(Approved), None);
    }

    fn facts(id: i32, values: [&str; 6]) -> Facts {
        Facts {
            id,
            values: values.map(str::to_owned),
        }
    }

    #[test]
    fn several_values_widen_a_facet_and_narrow_the_others() {
        let rows = [
            facts(
                1,
                [
                    "education",
                    "wellbeing",
                    "municipality",
                    "uusimaa",
                    "",
                    "2018",
                ],
            ),
            facts(
                2,
                ["culture", "wellbeing", "municipality", "lappi", "1", "2018"],
            ),
            facts(
                3,
                [
                    "education",
                    "change",
                    "joint-authority",
                    "lappi",
                    "1",
                    "2017",
                ],
            ),
        ];
        let mut filter = Filter::default();
        filter.choose(Facet::Sector, "education");
        let counts = facet_counts(&rows, &filter);
        // The sector's own counts ignore its choice.
        assert_eq!(counts[&Facet::Sector]["culture"], 1);
        assert_eq!(counts[&Facet::Sector]["education"], 2);
        // The others count only education's solutions.
        assert_eq!(counts[&Facet::Topic].get("wellbeing"), Some(&1));
        assert_eq!(counts[&Facet::Campaign].get("1"), Some(&1));
        filter.choose(Facet::Sector, "culture");
        assert_eq!(rows.iter().filter(|r| filter.matches(r)).count(), 3);
        filter.choose(Facet::Year, "2018");
        assert_eq!(rows.iter().filter(|r| filter.matches(r)).count(), 2);
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![Just(""), Just("a"), Just("b"), Just("c")].prop_map(str::to_owned)
    }

    proptest! {
        #[test]
        fn a_value_counts_what_choosing_it_alone_in_its_facet_would_show(
            rows in prop::collection::vec(prop::array::uniform6(value()), 0..30),
            choices in prop::collection::vec((0usize..6, value()), 0..5),
            found in prop::option::of(prop::collection::hash_set(0i32..30, 0..30)),
        ) {
            let all: Vec<Facts> = rows
                .into_iter()
                .enumerate()
                .map(|(i, values)| Facts { id: i32::try_from(i).unwrap(), values })
                .collect();
            let mut filter = Filter::default();
            for (facet, value) in &choices {
                filter.choose(Facet::ALL[*facet], value);
            }
            let found_bits: Option<Found> = found.as_ref().map(|f| f.iter().copied().collect());
            let Narrowed { counts, shown } =
                FacetIndex::new(&all).narrow(&all, &filter, found_bits.as_ref());
            // What the words found is all there is to count and show.
            let rows: Vec<Facts> = all
                .iter()
                .filter(|r| found.as_ref().is_none_or(|found| found.contains(&r.id)))
                .cloned()
                .collect();
            for facet in Facet::ALL {
                for (value, count) in &counts[&facet] {
                    let mut alone = filter.clone();
                    alone.chosen.insert(facet, BTreeSet::from([value.clone()]));
                    prop_assert_eq!(rows.iter().filter(|r| alone.matches(r)).count(), *count);
                }
                // Every value a solution shown with the facet's choice left out has is
                // counted.
                let mut without = filter.clone();
                without.chosen.remove(&facet);
                for row in rows.iter().filter(|r| without.matches(r)) {
                    let value = row.value(facet);
                    prop_assert!(value.is_empty() || counts[&facet].contains_key(value));
                }
            }
            let expected: Vec<&Facts> = rows.iter().filter(|r| filter.matches(r)).collect();
            prop_assert_eq!(shown, expected);
        }
    }
}
