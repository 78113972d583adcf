//! The yearly statistics across the services, counted by written rules.
//!
//! The store reads the year's [`Record`]s (who did what, in which organisation, how
//! many times), and a [`Tally`] turns them into [`Figure`]s by the [`Rule`]s the
//! statistics page writes out: an organisation counts once by its business ID, a
//! person once by their account, participations and distinct participants are separate
//! figures, a record belongs to the year of its event date, an organisation's group
//! companies come in only when asked, and a figure of one to four people shows as
//! "< 5" ([`crate::disclosure`]). A report's [`Counts`] gives each record, as the
//! store reads it, to every tally it belongs to (the whole, its year, one's own
//! organisation, its kind and region), so a span's records are never held together.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::{
    Invalid,
    access::{Principal, Role},
    disclosure,
    events::EventKind,
    invalid,
    org::{OrgKind, Region},
};

/// The services the figures are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    Academy,
    Events,
    Coaching,
    Sparring,
    Arena,
    Newsletters,
}

impl Service {
    pub const ALL: [Service; 6] = [
        Service::Academy,
        Service::Events,
        Service::Coaching,
        Service::Sparring,
        Service::Arena,
        Service::Newsletters,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Service::Academy => "academy",
            Service::Events => "events",
            Service::Coaching => "coaching",
            Service::Sparring => "sparring",
            Service::Arena => "arena",
            Service::Newsletters => "newsletters",
        }
    }

    /// Its figures, in the order the page lists them.
    pub fn figures(self) -> Vec<Figure> {
        match self {
            Service::Academy => vec![
                Figure::AcademyPeople,
                Figure::AcademyParts,
                Figure::ThemesPublished,
            ],
            Service::Events => EventKind::ALL
                .into_iter()
                .flat_map(|k| {
                    [
                        Figure::Registrations(k),
                        Figure::Attendees(k),
                        Figure::EventOrganisations(k),
                    ]
                })
                .collect(),
            Service::Coaching => vec![
                Figure::CohortsRunning,
                Figure::Participants,
                Figure::CoachingOrganisations,
                Figure::Certificates,
            ],
            Service::Sparring => vec![
                Figure::Applications,
                Figure::OrganisationsGranted,
                Figure::DaysGranted,
                Figure::DaysHeld,
            ],
            Service::Arena => vec![
                Figure::SolutionsSubmitted,
                Figure::SolutionsApproved,
                Figure::Campaigns,
            ],
            Service::Newsletters => vec![Figure::NewslettersSent, Figure::Subscribers],
        }
    }
}

/// What one record tells of. The store reads one record per year, person (where there
/// is one), organisation (where there is one) and thing (where it matters), with the
/// number of times in `amount`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Activity {
    /// A person started parts of the academy's themes (amount: parts started).
    AcademyUse,
    /// Themes published for the first time.
    ThemePublished,
    /// Confirmed registrations of a person to events of a kind that were held.
    Registration(EventKind),
    /// A person marked present at events of a kind.
    Attendance(EventKind),
    /// A cohort running during the year (`item`: the cohort).
    CohortRunning,
    /// A person enrolled (confirmed) in a running cohort (`item`: the cohort).
    Enrolment,
    /// An organisation taking part in a running cohort (`item`: the cohort).
    CohortOrganisation,
    /// Certificates granted and not revoked.
    Certificate,
    /// Sparring applications handed in (the person: who handed it in).
    Application,
    /// Sparring days granted to an organisation (amount: days).
    DaysGranted,
    /// Sparring days held.
    DayHeld,
    /// Solutions handed in to the progress arena (the person: the author).
    SolutionSubmitted,
    /// Solutions approved for the bank.
    SolutionApproved,
    /// Challenge campaigns opened.
    Campaign,
    /// Newsletters sent.
    NewsletterSent,
    /// Confirmed subscribers at the end of the year.
    Subscribers,
}

impl Activity {
    /// A record of these is a stretch of time (a cohort), read again for each year it
    /// covers: over several years it counts once.
    fn spans_years(self) -> bool {
        matches!(
            self,
            Activity::CohortRunning | Activity::Enrolment | Activity::CohortOrganisation
        )
    }

    /// Whether a record of this is taking part, and how many participations it makes
    /// when a person did it: using the academy in a year is one, every registration, enrolment,
    /// application and solution handed in is one.
    fn participations(self, amount: u64) -> Option<u64> {
        match self {
            Activity::AcademyUse => Some(1),
            Activity::Registration(_)
            | Activity::Enrolment
            | Activity::Application
            | Activity::SolutionSubmitted => Some(amount),
            _ => None,
        }
    }

    /// What it adds to, and how.
    fn feeds(self) -> Vec<(Figure, How)> {
        use How::{Last, Organisations, People, Sum};
        let mut feeds = match self {
            Activity::AcademyUse => {
                vec![(Figure::AcademyPeople, People), (Figure::AcademyParts, Sum)]
            }
            Activity::ThemePublished => vec![(Figure::ThemesPublished, Sum)],
            Activity::Registration(k) => vec![
                (Figure::Registrations(k), Sum),
                (Figure::EventOrganisations(k), Organisations),
            ],
            Activity::Attendance(k) => vec![(Figure::Attendees(k), People)],
            Activity::CohortRunning => vec![(Figure::CohortsRunning, Sum)],
            Activity::Enrolment => vec![(Figure::Participants, People)],
            Activity::CohortOrganisation => vec![(Figure::CoachingOrganisations, Organisations)],
            Activity::Certificate => vec![(Figure::Certificates, Sum)],
            Activity::Application => vec![(Figure::Applications, Sum)],
            Activity::DaysGranted => vec![
                (Figure::DaysGranted, Sum),
                (Figure::OrganisationsGranted, Organisations),
            ],
            Activity::DayHeld => vec![(Figure::DaysHeld, Sum)],
            Activity::SolutionSubmitted => vec![(Figure::SolutionsSubmitted, Sum)],
            Activity::SolutionApproved => vec![(Figure::SolutionsApproved, Sum)],
            Activity::Campaign => vec![(Figure::Campaigns, Sum)],
            Activity::NewsletterSent => vec![(Figure::NewslettersSent, Sum)],
            Activity::Subscribers => vec![(Figure::Subscribers, Last)],
        };
        feeds.push((Figure::Organisations, Organisations));
        if self.participations(1).is_some() {
            feeds.push((Figure::People, People));
        }
        feeds
    }
}

/// How a record adds to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// Its amount.
    Sum,
    /// Its person, once.
    People,
    /// Its organisation, once by business ID.
    Organisations,
    /// Its amount, from the last year only (a stock at the year's end).
    Last,
}

/// One line of what happened, as the store reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The year of its event date, in Helsinki.
    pub year: i32,
    pub activity: Activity,
    /// The person's account, where a person did it.
    pub person: Option<i32>,
    /// The organisation, where it belongs to one.
    pub organisation: Option<i32>,
    /// The cohort, for what spans years.
    pub item: Option<i32>,
    pub amount: u64,
}

/// A figure on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// Across all services: organisations once each.
    Organisations,
    /// Across all services: people once each.
    People,
    /// Across all services: every participation.
    Participations,
    AcademyPeople,
    AcademyParts,
    ThemesPublished,
    Registrations(EventKind),
    Attendees(EventKind),
    EventOrganisations(EventKind),
    CohortsRunning,
    Participants,
    CoachingOrganisations,
    Certificates,
    Applications,
    OrganisationsGranted,
    DaysGranted,
    DaysHeld,
    SolutionsSubmitted,
    SolutionsApproved,
    Campaigns,
    NewslettersSent,
    Subscribers,
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    People,
    Participations,
    Organisations,
    Things,
}

impl Figure {
    /// The figures across all services.
    pub const ACROSS: [Figure; 3] = [
        Figure::Organisations,
        Figure::People,
        Figure::Participations,
    ];

    /// Its Fluent label's id; a kind of event is given as `$kind`.
    pub fn label(self) -> &'static str {
        match self {
            Figure::Organisations => "statistics-organisations",
            Figure::People => "statistics-people",
            Figure::Participations => "statistics-participations",
            Figure::AcademyPeople => "statistics-academy-people",
            Figure::AcademyParts => "statistics-academy-parts",
            Figure::ThemesPublished => "statistics-themes-published",
            Figure::Registrations(_) => "statistics-registrations",
            Figure::Attendees(_) => "statistics-attendees",
            Figure::EventOrganisations(_) => "statistics-event-organisations",
            Figure::CohortsRunning => "statistics-cohorts-running",
            Figure::Participants => "statistics-coaching-participants",
            Figure::CoachingOrganisations => "statistics-coaching-organisations",
            Figure::Certificates => "statistics-certificates",
            Figure::Applications => "statistics-applications",
            Figure::OrganisationsGranted => "statistics-organisations-granted",
            Figure::DaysGranted => "statistics-days-granted",
            Figure::DaysHeld => "statistics-days-held",
            Figure::SolutionsSubmitted => "statistics-solutions-submitted",
            Figure::SolutionsApproved => "statistics-solutions-approved",
            Figure::Campaigns => "statistics-campaigns",
            Figure::NewslettersSent => "statistics-newsletters-sent",
            Figure::Subscribers => "statistics-subscribers",
        }
    }

    /// A name for it in the API and the files: `registrations_webinar`.
    pub fn key(self) -> String {
        let base = self
            .label()
            .trim_start_matches("statistics-")
            .replace('-', "_");
        match self.kind() {
            Some(k) => format!("{base}_{}", k.as_str()),
            None => base,
        }
    }

    /// The kind of event it is about.
    pub fn kind(self) -> Option<EventKind> {
        match self {
            Figure::Registrations(k) | Figure::Attendees(k) | Figure::EventOrganisations(k) => {
                Some(k)
            }
            _ => None,
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            Figure::People
            | Figure::AcademyPeople
            | Figure::Attendees(_)
            | Figure::Participants => Unit::People,
            Figure::Participations | Figure::AcademyParts | Figure::Registrations(_) => {
                Unit::Participations
            }
            Figure::Organisations
            | Figure::EventOrganisations(_)
            | Figure::CoachingOrganisations
            | Figure::OrganisationsGranted => Unit::Organisations,
            _ => Unit::Things,
        }
    }

    /// Whether it can be told for one organisation: what belongs to no organisation
    /// (themes, cohorts, campaigns, newsletters) cannot.
    pub fn per_organisation(self) -> bool {
        !matches!(
            self,
            Figure::ThemesPublished
                | Figure::CohortsRunning
                | Figure::Campaigns
                | Figure::NewslettersSent
                | Figure::Subscribers
        )
    }

    /// The rules it is counted by, as the page links them.
    pub fn rules(self) -> Vec<Rule> {
        let mut rules = vec![Rule::EventDate];
        match self.unit() {
            Unit::People => rules.extend([Rule::PersonOnce, Rule::SmallGroups]),
            Unit::Participations => rules.extend([Rule::Participations, Rule::SmallGroups]),
            Unit::Organisations => rules.push(Rule::OrganisationOnce),
            Unit::Things => {}
        }
        if matches!(
            self,
            Figure::CohortsRunning | Figure::Participants | Figure::CoachingOrganisations
        ) {
            rules.push(Rule::Running);
        }
        if self == Figure::Subscribers {
            rules.push(Rule::AtYearEnd);
        }
        rules
    }
}

/// A counting rule, written out on the page (its Fluent id) with an anchor each
/// figure links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    OrganisationOnce,
    PersonOnce,
    Participations,
    EventDate,
    Group,
    SmallGroups,
    Running,
    AtYearEnd,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::OrganisationOnce,
        Rule::PersonOnce,
        Rule::Participations,
        Rule::EventDate,
        Rule::Group,
        Rule::SmallGroups,
        Rule::Running,
        Rule::AtYearEnd,
    ];

    /// Its anchor on the page, and the end of its Fluent ids (`statistics-rule-…`).
    pub fn anchor(self) -> &'static str {
        match self {
            Rule::OrganisationOnce => "organisation-once",
            Rule::PersonOnce => "person-once",
            Rule::Participations => "participations",
            Rule::EventDate => "event-date",
            Rule::Group => "group",
            Rule::SmallGroups => "small-groups",
            Rule::Running => "running",
            Rule::AtYearEnd => "year-end",
        }
    }
}

/// An organisation as the counting rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i32,
    pub business_id: Option<String>,
    pub kind: OrgKind,
    pub region: Option<Region>,
    pub parent_id: Option<i32>,
}

/// The organisations by id, and who each is once.
#[derive(Debug, Clone, Default)]
pub struct Register {
    by_id: HashMap<i32, Organisation>,
    /// Each organisation with a business ID, and the first organisation (by id) of
    /// that business ID, which stands for all of them.
    once: HashMap<i32, i32>,
}

impl Register {
    pub fn new(organisations: Vec<Organisation>) -> Register {
        fn business_id(o: &Organisation) -> Option<&str> {
            o.business_id
                .as_deref()
                .map(str::trim)
                .filter(|b| !b.is_empty())
        }
        let mut first: HashMap<&str, i32> = HashMap::new();
        for o in &organisations {
            if let Some(b) = business_id(o) {
                let id = first.entry(b).or_insert(o.id);
                *id = (*id).min(o.id);
            }
        }
        let once = organisations
            .iter()
            .filter_map(|o| Some((o.id, *first.get(business_id(o)?)?)))
            .collect();
        Register {
            by_id: organisations.into_iter().map(|o| (o.id, o)).collect(),
            once,
        }
    }

    pub fn get(&self, id: i32) -> Option<&Organisation> {
        self.by_id.get(&id)
    }

    /// Who an organisation is once: the organisation that stands for its business ID,
    /// or itself where it has none.
    fn once(&self, id: i32) -> i32 {
        self.once.get(&id).copied().unwrap_or(id)
    }

    /// The organisations an organisation's figures cover: its units (every
    /// organisation of its business ID), and with `group` also the companies of its
    /// group (those whose parent is one of them, and theirs in turn).
    pub fn covered_by(&self, id: i32, group: bool) -> HashSet<i32> {
        let once = self.once(id);
        let mut covered: HashSet<i32> = self
            .by_id
            .keys()
            .copied()
            .filter(|o| self.once(*o) == once)
            .collect();
        covered.insert(id);
        if group {
            loop {
                let more: Vec<i32> = self
                    .by_id
                    .values()
                    .filter(|o| !covered.contains(&o.id))
                    .filter(|o| o.parent_id.is_some_and(|p| covered.contains(&p)))
                    .map(|o| o.id)
                    .collect();
                if more.is_empty() {
                    break;
                }
                covered.extend(more);
            }
        }
        covered
    }
}

/// The figures counted from some records: each figure's value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures(HashMap<Figure, u64>);

impl Figures {
    pub fn get(&self, figure: Figure) -> u64 {
        self.0.get(&figure).copied().unwrap_or(0)
    }
}

/// A record that spans years, by what it is apart from its year.
type Spanning = (Activity, Option<i32>, Option<i32>, Option<i32>);

/// Counts figures by the rules, a record at a time, so that a span's records are
/// never held together. `last_year` is the year whose stocks (subscribers at the
/// year's end) stand for the whole span.
#[derive(Debug)]
pub struct Tally<'a> {
    register: &'a Register,
    last_year: i32,
    sums: HashMap<Figure, u64>,
    people: HashMap<Figure, HashSet<i32>>,
    /// Each organisation once ([`Register::once`]).
    organisations: HashMap<Figure, HashSet<i32>>,
    spanning_seen: HashSet<Spanning>,
    participations: u64,
}

impl<'a> Tally<'a> {
    pub fn new(register: &'a Register, last_year: i32) -> Tally<'a> {
        Tally {
            register,
            last_year,
            sums: HashMap::new(),
            people: HashMap::new(),
            organisations: HashMap::new(),
            spanning_seen: HashSet::new(),
            participations: 0,
        }
    }

    pub fn add(&mut self, r: &Record) {
        if r.activity.spans_years()
            && !self
                .spanning_seen
                .insert((r.activity, r.person, r.organisation, r.item))
        {
            return;
        }
        if let (Some(n), Some(_)) = (r.activity.participations(r.amount), r.person) {
            self.participations += n;
        }
        for (figure, how) in r.activity.feeds() {
            match how {
                How::Sum => *self.sums.entry(figure).or_default() += r.amount,
                How::Last if r.year == self.last_year => {
                    *self.sums.entry(figure).or_default() += r.amount;
                }
                How::Last => {}
                How::People => {
                    if let Some(p) = r.person {
                        self.people.entry(figure).or_default().insert(p);
                    }
                }
                How::Organisations => {
                    if let Some(o) = r.organisation {
                        let once = self.register.once(o);
                        self.organisations.entry(figure).or_default().insert(once);
                    }
                }
            }
        }
    }

    pub fn figures(self) -> Figures {
        let mut figures = self.sums;
        figures.insert(Figure::Participations, self.participations);
        let distinct = self.people.into_iter().chain(self.organisations);
        figures.extend(distinct.map(|(f, s)| (f, s.len() as u64)));
        Figures(figures)
    }
}

/// Everything a report of a span of years counts, from one reading of its records:
/// the whole, one organisation's figures beside it where asked, each year's, and the
/// breakdowns by organisation kind and by region.
#[derive(Debug)]
pub struct Counts<'a> {
    whole: Tally<'a>,
    /// The organisations one organisation's figures cover, and their figures.
    own: Option<(HashSet<i32>, Tally<'a>)>,
    years: Vec<(i32, Tally<'a>)>,
    by_kind: GroupTally<'a>,
    by_region: GroupTally<'a>,
}

/// What [`Counts`] counted.
#[derive(Debug, Clone)]
pub struct Counted {
    pub whole: Figures,
    pub own: Option<Figures>,
    /// Each year of the span, counted alone.
    pub by_year: Vec<(i32, Figures)>,
    pub by_kind: Vec<GroupRow>,
    pub by_region: Vec<GroupRow>,
}

impl<'a> Counts<'a> {
    /// `own`: the organisation to count beside the whole, and whether its group's
    /// companies come in ([`Register::covered_by`]).
    pub fn new(register: &'a Register, years: Years, own: Option<(i32, bool)>) -> Counts<'a> {
        Counts {
            whole: Tally::new(register, years.last),
            own: own.map(|(id, group)| {
                let covered = register.covered_by(id, group);
                (covered, Tally::new(register, years.last))
            }),
            years: years
                .iter()
                .map(|year| (year, Tally::new(register, year)))
                .collect(),
            by_kind: GroupTally::new(Breakdown::Kind, register, years.last),
            by_region: GroupTally::new(Breakdown::Region, register, years.last),
        }
    }

    pub fn add(&mut self, r: &Record) {
        self.whole.add(r);
        if let Some((covered, own)) = &mut self.own
            && r.organisation.is_some_and(|o| covered.contains(&o))
        {
            own.add(r);
        }
        if let Some((_, year)) = self.years.iter_mut().find(|(y, _)| *y == r.year) {
            year.add(r);
        }
        self.by_kind.add(r);
        self.by_region.add(r);
    }

    pub fn counted(self) -> Counted {
        Counted {
            whole: self.whole.figures(),
            own: self.own.map(|(_, own)| own.figures()),
            by_year: self
                .years
                .into_iter()
                .map(|(year, tally)| (year, tally.figures()))
                .collect(),
            by_kind: self.by_kind.rows(),
            by_region: self.by_region.rows(),
        }
    }
}

/// A figure as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// One to four people, or what would reveal them.
    FewerThanFive,
    /// The figure is not told for one organisation.
    NotApplicable,
}

impl Shown {
    /// The number, where it may be shown.
    pub fn number(self) -> Option<u64> {
        match self {
            Shown::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// A figure of the whole: about people, one to four shows as "< 5".
pub fn shown(figure: Figure, value: u64) -> Shown {
    let about_people = matches!(figure.unit(), Unit::People | Unit::Participations);
    if about_people && value > 0 && !disclosure::shows(usize::try_from(value).unwrap_or(usize::MAX))
    {
        Shown::FewerThanFive
    } else {
        Shown::Count(value)
    }
}

/// One organisation's figure beside the whole's: hidden when it is small, and also
/// when the rest (the whole minus it) is small, which it would reveal.
pub fn shown_beside(figure: Figure, own: u64, whole: u64) -> Shown {
    if !figure.per_organisation() {
        return Shown::NotApplicable;
    }
    if !matches!(figure.unit(), Unit::People | Unit::Participations) {
        return Shown::Count(own);
    }
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    let hidden = disclosure::hidden_groups(&[size(own), size(whole.saturating_sub(own))]);
    if hidden[0] {
        Shown::FewerThanFive
    } else {
        Shown::Count(own)
    }
}

/// A group of organisations a breakdown is by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Breakdown {
    Kind,
    Region,
}

/// One group of a breakdown: an organisation kind, a region, or no known region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Kind(OrgKind),
    Region(Region),
    NoRegion,
}

impl Breakdown {
    pub fn groups(self) -> Vec<Group> {
        match self {
            Breakdown::Kind => OrgKind::ALL.into_iter().map(Group::Kind).collect(),
            Breakdown::Region => Region::ALL
                .into_iter()
                .map(Group::Region)
                .chain([Group::NoRegion])
                .collect(),
        }
    }

    fn group_of(self, o: &Organisation) -> Group {
        match self {
            Breakdown::Kind => Group::Kind(o.kind),
            Breakdown::Region => o.region.map_or(Group::NoRegion, Group::Region),
        }
    }
}

/// A row of a breakdown: the group and its figures across all services, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRow {
    pub group: Group,
    pub organisations: Shown,
    pub people: Shown,
    pub participations: Shown,
}

/// The figures across all services by organisation kind or region, a record at a
/// time.
#[derive(Debug)]
pub struct GroupTally<'a> {
    by: Breakdown,
    register: &'a Register,
    /// Each group, in the order the page lists them.
    groups: Vec<(Group, Tally<'a>)>,
}

impl<'a> GroupTally<'a> {
    pub fn new(by: Breakdown, register: &'a Register, last_year: i32) -> GroupTally<'a> {
        GroupTally {
            by,
            register,
            groups: by
                .groups()
                .into_iter()
                .map(|group| (group, Tally::new(register, last_year)))
                .collect(),
        }
    }

    /// Counts a record in its organisation's group; one of no known organisation is in
    /// none.
    pub fn add(&mut self, r: &Record) {
        let Some(group) = r
            .organisation
            .and_then(|o| self.register.get(o))
            .map(|o| self.by.group_of(o))
        else {
            return;
        };
        if let Some((_, tally)) = self.groups.iter_mut().find(|(g, _)| *g == group) {
            tally.add(r);
        }
    }

    /// The rows as shown. People and participations of groups under five are hidden,
    /// and so are the groups that would let them be worked out from the total; groups
    /// with nothing are left out.
    pub fn rows(self) -> Vec<GroupRow> {
        let counted: Vec<(Group, Figures)> = self
            .groups
            .into_iter()
            .map(|(group, tally)| (group, tally.figures()))
            .filter(|(_, f)| f.get(Figure::Organisations) > 0)
            .collect();
        let people: Vec<usize> = counted
            .iter()
            .map(|(_, f)| usize::try_from(f.get(Figure::People)).unwrap_or(usize::MAX))
            .collect();
        let hidden = disclosure::hidden_groups(&people);
        counted
            .into_iter()
            .zip(hidden)
            .map(|((group, f), hidden)| {
                let about_people = |figure| {
                    if hidden {
                        Shown::FewerThanFive
                    } else {
                        Shown::Count(f.get(figure))
                    }
                };
                GroupRow {
                    group,
                    organisations: Shown::Count(f.get(Figure::Organisations)),
                    people: about_people(Figure::People),
                    participations: about_people(Figure::Participations),
                }
            })
            .collect()
    }
}

/// How far a person sees the statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The totals across all services, of past years.
    Public,
    /// Every service's figures, of every organisation.
    Everything,
    /// Every service's figures, and beside them their own organisation's.
    Own(i32),
}

/// Coordinators (and administrators) see everything, an HR developer their own
/// organisation beside the totals, everyone else what is public.
pub fn reach(who: Option<&Principal>) -> Reach {
    match who {
        Some(p) if p.is_admin() || p.has(Role::Coordinator) => Reach::Everything,
        Some(p) if p.has(Role::HrDeveloper) => Reach::Own(p.org_id),
        _ => Reach::Public,
    }
}

/// Whether a person may see one organisation's figures.
pub fn may_see_figures_of(who: Option<&Principal>, organisation: i32) -> bool {
    match reach(who) {
        Reach::Everything => true,
        Reach::Own(own) => own == organisation,
        Reach::Public => false,
    }
}

/// The most years one page covers.
pub const LONGEST_SPAN: i32 = 20;

/// A span of whole years, first to last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    pub first: i32,
    pub last: i32,
}

impl Years {
    /// The span typed into the form. The public sees past years only.
    pub fn parse(first: &str, last: &str, this_year: i32, reach: Reach) -> Result<Years, Invalid> {
        let year = |raw: &str| -> Result<i32, Invalid> {
            raw.trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=this_year).contains(y))
                .ok_or(invalid("statistics-error-year"))
        };
        let first = year(first)?;
        let last = if last.trim().is_empty() {
            first
        } else {
            year(last)?
        };
        if last < first {
            return Err(invalid("statistics-error-order"));
        }
        if last - first >= LONGEST_SPAN {
            return Err(invalid("statistics-error-span"));
        }
        if reach == Reach::Public && last >= this_year {
            return Err(invalid("statistics-error-public-year"));
        }
        Ok(Years { first, last })
    }

    /// The year a person first sees: last year for the public, this year for the rest.
    pub fn default_for(this_year: i32, reach: Reach) -> Years {
        let year = if reach == Reach::Public {
            this_year - 1
        } else {
            this_year
        };
        Years {
            first: year,
            last: year,
        }
    }

    pub fn iter(self) -> impl DoubleEndedIterator<Item = i32> {
        self.first..=self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: i32, business_id: &str, kind: OrgKind, parent_id: Option<i32>) -> Organisation {
        Organisation {
            id,
            business_id: Some(business_id.to_owned()),
            kind,
            region: None,
            parent_id,
        }
    }

    fn record(activity: Activity, person: i32, organisation: i32, amount: u64) -> Record {
        Record {
            year: 2018,
            activity,
            person: Some(person),
            organisation: Some(organisation),
            item: None,
            amount,
        }
    }

    fn count(records: &[Record], register: &Register, last_year: i32) -> Figures {
        let mut tally = Tally::new(register, last_year);
        records.iter().for_each(|r| tally.add(r));
        tally.figures()
    }

    fn breakdown(
        records: &[Record],
        register: &Register,
        by: Breakdown,
        last_year: i32,
    ) -> Vec<GroupRow> {
        let mut tally = GroupTally::new(by, register, last_year);
        records.iter().for_each(|r| tally.add(r));
        tally.rows()
    }

    fn register() -> Register {
        Register::new(vec![
            org(1, "0101263-6", OrgKind::Municipality, None),
            // A unit of the same business ID.
            org(2, "0101263-6", OrgKind::Municipality, None),
            org(3, "0204819-8", OrgKind::Municipality, None),
            org(4, "2345678-9", OrgKind::MunicipalGroupCompany, Some(1)),
        ])
    }

    #[test]
    fn one_person_at_three_events_is_one_participant_and_three_participations() {
        let records = [
            record(Activity::Registration(EventKind::Webinar), 7, 1, 2),
            record(Activity::Registration(EventKind::Workshop), 7, 1, 1),
        ];
        let f = count(&records, &register(), 2018);
        assert_eq!(f.get(Figure::People), 1);
        assert_eq!(f.get(Figure::Participations), 3);
        assert_eq!(f.get(Figure::Registrations(EventKind::Webinar)), 2);
    }

    #[test]
    fn two_units_of_one_business_id_are_one_organisation() {
        let records = [
            record(Activity::Registration(EventKind::Webinar), 7, 1, 1),
            record(Activity::Registration(EventKind::Webinar), 8, 2, 1),
            record(Activity::Registration(EventKind::Webinar), 9, 3, 1),
        ];
        let f = count(&records, &register(), 2018);
        assert_eq!(f.get(Figure::Organisations), 2);
        assert_eq!(f.get(Figure::EventOrganisations(EventKind::Webinar)), 2);
        assert_eq!(f.get(Figure::People), 3);
    }

    #[test]
    fn one_reading_counts_the_whole_each_year_and_ones_own() {
        let mut records = vec![
            record(Activity::Registration(EventKind::Webinar), 7, 1, 1),
            record(Activity::Registration(EventKind::Webinar), 8, 3, 1),
        ];
        let mut later = record(Activity::Registration(EventKind::Webinar), 7, 2, 2);
        later.year = 2019;
        records.push(later);
        let register = register();
        let years = Years {
            first: 2018,
            last: 2019,
        };
        let mut counts = Counts::new(&register, years, Some((1, false)));
        records.iter().for_each(|r| counts.add(r));
        let counted = counts.counted();
        assert_eq!(counted.whole, count(&records, &register, 2019));
        assert_eq!(counted.whole.get(Figure::People), 2);
        assert_eq!(counted.whole.get(Figure::Participations), 4);
        // Organisations 1 and 2 are one business ID: person 7's three registrations.
        let own = counted.own.expect("asked");
        assert_eq!(own.get(Figure::Participations), 3);
        assert_eq!(own.get(Figure::Organisations), 1);
        let by_year: Vec<(i32, u64)> = counted
            .by_year
            .iter()
            .map(|(year, f)| (*year, f.get(Figure::Participations)))
            .collect();
        assert_eq!(by_year, [(2018, 2), (2019, 2)]);
        assert_eq!(
            counted.by_kind,
            breakdown(&records, &register, Breakdown::Kind, 2019)
        );
    }

    #[test]
    fn a_group_company_comes_in_only_when_asked() {
        let r = register();
        let alone = r.covered_by(1, false);
        assert_eq!(alone, HashSet::from([1, 2]));
        assert_eq!(r.covered_by(1, true), HashSet::from([1, 2, 4]));
        assert_eq!(r.covered_by(3, true), HashSet::from([3]));
    }

    #[test]
    fn a_cohort_over_two_years_counts_once_in_the_span() {
        let mut a = record(Activity::Enrolment, 7, 1, 1);
        a.item = Some(5);
        let mut b = a.clone();
        b.year = 2019;
        let f = count(&[a.clone(), b.clone()], &register(), 2019);
        assert_eq!(f.get(Figure::Participants), 1);
        assert_eq!(f.get(Figure::Participations), 1);
        assert_eq!(
            count(&[b], &register(), 2019).get(Figure::Participations),
            1
        );
    }

    #[test]
    fn subscribers_are_those_at_the_end_of_the_span() {
        let at = |year, amount| Record {
            year,
            activity: Activity::Subscribers,
            person: None,
            organisation: None,
            item: None,
            amount,
        };
        let f = count(&[at(2018, 300), at(2019, 320)], &register(), 2019);
        assert_eq!(f.get(Figure::Subscribers), 320);
    }

    #[test]
    fn small_figures_of_people_show_as_fewer_than_five() {
        assert_eq!(shown(Figure::People, 4), Shown::FewerThanFive);
        assert_eq!(shown(Figure::People, 0), Shown::Count(0));
        assert_eq!(shown(Figure::People, 5), Shown::Count(5));
        assert_eq!(shown(Figure::Organisations, 2), Shown::Count(2));
        // Seven in all and five of one's own: the other two would show by subtraction.
        assert_eq!(shown_beside(Figure::People, 5, 7), Shown::FewerThanFive);
        assert_eq!(shown_beside(Figure::People, 5, 12), Shown::Count(5));
        assert_eq!(shown_beside(Figure::Campaigns, 1, 1), Shown::NotApplicable);
    }

    #[test]
    fn a_small_kind_is_hidden_and_so_is_the_kind_that_would_reveal_it() {
        let mut records = Vec::new();
        for p in 0..12 {
            records.push(record(Activity::Registration(EventKind::Webinar), p, 1, 1));
        }
        for p in 20..23 {
            records.push(record(Activity::Registration(EventKind::Webinar), p, 4, 1));
        }
        let rows = breakdown(&records, &register(), Breakdown::Kind, 2018);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].people, Shown::FewerThanFive);
        assert_eq!(rows[1].people, Shown::FewerThanFive);
        assert_eq!(rows[1].organisations, Shown::Count(1));
    }

    #[test]
    fn the_public_sees_past_years_only() {
        assert!(Years::parse("2018", "2019", 2026, Reach::Public).is_ok());
        assert_eq!(
            Years::parse("2026", "", 2026, Reach::Public)
                .unwrap_err()
                .message_id,
            "statistics-error-public-year"
        );
        assert!(Years::parse("2026", "", 2026, Reach::Everything).is_ok());
        assert_eq!(
            Years::parse("2019", "2018", 2026, Reach::Everything)
                .unwrap_err()
                .message_id,
            "statistics-error-order"
        );
        assert_eq!(
            Years::parse("x", "", 2026, Reach::Everything)
                .unwrap_err()
                .message_id,
            "statistics-error-year"
        );
    }

    #[test]
    fn who_sees_what() {
        let hr = Principal {
            user_id: 1,
            org_id: 3,
            roles: vec![Role::HrDeveloper],
        };
        assert_eq!(reach(Some(&hr)), Reach::Own(3));
        assert!(may_see_figures_of(Some(&hr), 3));
        assert!(!may_see_figures_of(Some(&hr), 4));
        assert!(!may_see_figures_of(None, 3));
        let manager = Principal {
            roles: vec![Role::Manager],
            ..hr
        };
        assert_eq!(reach(Some(&manager)), Reach::Public);
    }
}
