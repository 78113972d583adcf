//! The progress arena: development solutions that organisations submit and
//! coordinators moderate, with their texts per language and history, and the challenge
//! campaigns that bring new ones.
//!
//! A solution's state moves only by a conditional update (`WHERE state = <what it
//! was>`) in the transaction that writes its history entry, its audit entry and the job
//! that tells the authors, so two moderators acting at once cannot both move it; every
//! change to what is public bumps `solutions_version`, from which each instance's
//! snapshot of the approved solutions' facts (`approved_facts`, like the published
//! academy: `crate::snapshot`) and its search index know to reload.

pub mod entity;

use std::{collections::BTreeMap, sync::Arc};

use chrono::{DateTime, Utc};
use domain::{
    Lang,
    solutions::{
        FacetIndex, Facts, Moderation, Sector, SolutionState, SolutionTie, Topic, moderate, submit,
    },
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};

use crate::{
    LiteralCondition, Organisation, Result, StoreError, StoredFile,
    entity::{solution, solution_campaign, solution_file, solution_history, solution_text},
    jobs, known,
};

repository!(
    /// The progress arena's solutions and campaigns.
    Solutions,
    solutions
);

/// The job that tells a solution's authors what a moderator did.
pub const SOLUTION_JOB: &str = "solutions.notice";

/// The setting that changes whenever the public solutions do.
pub(crate) const VERSION_KEY: &str = "solutions_version";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SolutionNotice {
    pub solution_id: i32,
    pub history_id: i32,
}

/// A solution's texts in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SolutionText {
    pub title: String,
    pub problem: String,
    pub actions: String,
    pub results: String,
    pub lessons: String,
}

/// What an author writes; the texts in fi, sv or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SolutionInput {
    pub organisation_id: i32,
    pub campaign_id: Option<i32>,
    pub original_lang: Lang,
    pub sector: Sector,
    pub topic: Topic,
    pub year: i32,
    pub period: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_consent: bool,
    pub texts: Vec<(Lang, SolutionText)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub id: i32,
    pub author_id: Option<i32>,
    pub state: SolutionState,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub input: SolutionInput,
}

impl Solution {
    pub fn tie(&self) -> SolutionTie {
        SolutionTie {
            organisation_id: self.input.organisation_id,
            author_id: self.author_id,
            state: self.state,
        }
    }

    /// The texts in the reader's language where written, else in the language it was
    /// written in, with that language.
    pub fn text(&self, lang: impl std::borrow::Borrow<Lang>) -> (Lang, &SolutionText) {
        let lang = *lang.borrow();
        text_in(&self.input.texts, lang, self.input.original_lang).unwrap_or((lang, &EMPTY))
    }

    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        &self.text(lang).1.title
    }

    /// The other language's texts, where given.
    pub fn other_text(&self, shown: Lang) -> Option<(Lang, &SolutionText)> {
        self.input
            .texts
            .iter()
            .find(|(l, _)| *l != shown)
            .map(|(l, t)| (*l, t))
    }
}

static EMPTY: SolutionText = SolutionText {
    title: String::new(),
    problem: String::new(),
    actions: String::new(),
    results: String::new(),
    lessons: String::new(),
};

/// One step in a solution's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub id: i32,
    pub at: DateTime<Utc>,
    pub actor_id: Option<i32>,
    /// `created`, `edited`, `submitted` or a moderation.
    pub action: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignInput {
    pub title_fi: String,
    pub title_sv: String,
    pub call_fi: String,
    pub call_sv: String,
    pub topic: Topic,
    pub prize_fi: String,
    pub prize_sv: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub id: i32,
    pub input: CampaignInput,
}

impl Campaign {
    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.input.title_sv
        } else {
            &self.input.title_fi
        }
    }

    pub fn call(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.input.call_sv
        } else {
            &self.input.call_fi
        }
    }

    pub fn prize(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        if *lang.borrow() == Lang::Sv {
            &self.input.prize_sv
        } else {
            &self.input.prize_fi
        }
    }

    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.input.opens_at <= now && now < self.input.closes_at
    }
}

/// Every approved solution as the facets see it, the newest first, read at a version
/// of the public solutions, with what a list shows of each: a list is drawn from
/// memory alone.
#[derive(Debug)]
pub struct Arena {
    pub version: String,
    pub facts: Vec<Facts>,
    /// The facts' values numbered, for narrowing by the facets.
    pub index: FacetIndex,
    /// Every campaign, the newest first (the facets name them).
    pub campaigns: Vec<Campaign>,
    /// Each approved solution's line, by id.
    pub lines: std::collections::HashMap<i32, Line>,
    /// The organisations of the approved solutions, to name them.
    pub organisations: Vec<Organisation>,
}

/// How many approved solutions `ApprovedPages` reads at a time: fewer than the demo
/// approves, so that the demo is read in more than one page.
const APPROVED_PAGE: u64 = 200;

/// The approved solutions with their texts, a page at a time in the order of their
/// ids (`Solutions::approved_pages`).
pub struct ApprovedPages {
    solutions: Solutions,
    /// The last id of the page before.
    after: Option<i32>,
}

impl ApprovedPages {
    /// The next page; `None` after the last.
    pub async fn next(&mut self) -> Result<Option<Vec<Solution>>> {
        let mut query = solution::Entity::find()
            .filter(solution::Column::State.eq_literal(SolutionState::Approved.as_str()));
        if let Some(after) = self.after {
            query = query.filter(solution::Column::Id.gt(after));
        }
        let rows = query
            .order_by_asc(solution::Column::Id)
            .limit(APPROVED_PAGE)
            .all(&self.solutions.db)
            .await?;
        let Some(last) = rows.last() else {
            return Ok(None);
        };
        self.after = Some(last.id);
        with_texts(&self.solutions.db, rows).await.map(Some)
    }
}

/// A solution as a list shows it: its facts, and in each language it is written in
/// its title and the start of its problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: i32,
    pub organisation_id: i32,
    pub original_lang: Lang,
    pub sector: Sector,
    pub topic: Topic,
    pub year: i32,
    /// In each language, the title and the excerpt (ending in "…" where cut).
    pub texts: Vec<(Lang, (String, String))>,
}

/// The text in the reader's language where written, else in the language it was
/// written in (else the first), with its language.
fn text_in<T>(texts: &[(Lang, T)], lang: Lang, original: Lang) -> Option<(Lang, &T)> {
    texts
        .iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| texts.iter().find(|(l, _)| *l == original))
        .or(texts.first())
        .map(|(l, t)| (*l, t))
}

impl Line {
    /// How much of the problem a list shows.
    pub const EXCERPT_CHARS: usize = 220;

    pub fn of(s: &Solution) -> Line {
        Line {
            id: s.id,
            organisation_id: s.input.organisation_id,
            original_lang: s.input.original_lang,
            sector: s.input.sector,
            topic: s.input.topic,
            year: s.input.year,
            texts: s
                .input
                .texts
                .iter()
                .map(|(lang, t)| {
                    let mut excerpt: String = t.problem.chars().take(Line::EXCERPT_CHARS).collect();
                    if excerpt.len() < t.problem.len() {
                        excerpt.push('…');
                    }
                    (*lang, (t.title.clone(), excerpt))
                })
                .collect(),
        }
    }

    /// The title and excerpt in the reader's language where written, else in the
    /// language it was written in, with that language (as `Solution::text`).
    pub fn text(&self, lang: Lang) -> (Lang, &str, &str) {
        text_in(&self.texts, lang, self.original_lang)
            .map_or((lang, "", ""), |(l, (title, excerpt))| (l, title, excerpt))
    }
}

impl crate::snapshot::Versioned for Arena {
    fn version(&self) -> &str {
        &self.version
    }
}

/// What a moderation did: the state it led to, or why it did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderated {
    To(SolutionState),
    /// The action does not apply to the solution as it is now (another moderator got
    /// there first, say).
    NotApplicable,
}

fn campaign_of(m: solution_campaign::Model) -> Result<Campaign> {
    Ok(Campaign {
        id: m.id,
        input: CampaignInput {
            topic: known(
                "solution_campaigns.topic",
                &m.topic,
                Topic::parse(&m.topic).ok(),
            )?,
            title_fi: m.title_fi,
            title_sv: m.title_sv,
            call_fi: m.call_fi,
            call_sv: m.call_sv,
            prize_fi: m.prize_fi,
            prize_sv: m.prize_sv,
            opens_at: m.opens_at,
            closes_at: m.closes_at,
        },
    })
}

fn solution_of(m: solution::Model, texts: Vec<(Lang, SolutionText)>) -> Result<Solution> {
    Ok(Solution {
        id: m.id,
        author_id: m.author_id,
        state: known("solutions.state", &m.state, SolutionState::parse(&m.state))?,
        created_at: m.created_at,
        submitted_at: m.submitted_at,
        approved_at: m.approved_at,
        updated_at: m.updated_at,
        input: SolutionInput {
            organisation_id: m.organisation_id,
            campaign_id: m.campaign_id,
            original_lang: known(
                "solutions.original_lang",
                &m.original_lang,
                Lang::parse(&m.original_lang).ok(),
            )?,
            sector: known("solutions.sector", &m.sector, Sector::parse(&m.sector).ok())?,
            topic: known("solutions.topic", &m.topic, Topic::parse(&m.topic).ok())?,
            year: m.year,
            period: m.period,
            contact_name: m.contact_name,
            contact_email: m.contact_email,
            contact_consent: m.contact_consent,
            texts,
        },
    })
}

/// The solutions of the rows, with their texts, in the rows' order.
async fn with_texts(
    db: &impl ConnectionTrait,
    rows: Vec<solution::Model>,
) -> Result<Vec<Solution>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut texts: BTreeMap<i32, Vec<(Lang, SolutionText)>> = BTreeMap::new();
    for t in crate::for_ids(db, &ids, |ids| {
        solution_text::Entity::find()
            .filter(solution_text::Column::SolutionId.is_in(ids))
            .order_by_asc(solution_text::Column::Lang)
    })
    .await?
    {
        let lang = known("solution_texts.lang", &t.lang, Lang::parse(&t.lang).ok())?;
        texts.entry(t.solution_id).or_default().push((
            lang,
            SolutionText {
                title: t.title,
                problem: t.problem,
                actions: t.actions,
                results: t.results,
                lessons: t.lessons,
            },
        ));
    }
    rows.into_iter()
        .map(|r| {
            let t = texts.remove(&r.id).unwrap_or_default();
            solution_of(r, t)
        })
        .collect()
}

async fn write_texts(
    db: &impl ConnectionTrait,
    solution_id: i32,
    texts: &[(Lang, SolutionText)],
) -> Result<()> {
    solution_text::Entity::delete_many()
        .filter(solution_text::Column::SolutionId.eq(solution_id))
        .exec(db)
        .await?;
    for (lang, t) in texts {
        solution_text::Entity::insert(solution_text::ActiveModel {
            solution_id: Set(solution_id),
            lang: Set(lang.code().to_owned()),
            title: Set(t.title.clone()),
            problem: Set(t.problem.clone()),
            actions: Set(t.actions.clone()),
            results: Set(t.results.clone()),
            lessons: Set(t.lessons.clone()),
        })
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

async fn record(
    db: &impl ConnectionTrait,
    solution_id: i32,
    actor: Option<i32>,
    action: &str,
    reason: &str,
) -> Result<i32> {
    let row = solution_history::Entity::insert(solution_history::ActiveModel {
        solution_id: Set(solution_id),
        at: Set(Utc::now()),
        actor_id: Set(actor),
        action: Set(action.to_owned()),
        reason: Set(reason.to_owned()),
        ..Default::default()
    })
    .exec_with_returning(db)
    .await?;
    crate::audit::record(
        db,
        actor,
        &format!("solution:{action}"),
        &format!("solution:{solution_id}"),
        reason,
    )
    .await?;
    Ok(row.id)
}

/// A solution's row and state as they are, inside the change that moves it.
async fn current(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<(solution::Model, SolutionState)>> {
    let Some(row) = solution::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let state = known(
        "solutions.state",
        &row.state,
        SolutionState::parse(&row.state),
    )?;
    Ok(Some((row, state)))
}

/// Marks the solution changed if its authors may still change it (a draft or a
/// returned one), holding its row for the rest of the transaction.
async fn claim_for_authors(db: &impl ConnectionTrait, id: i32) -> Result<bool> {
    let open: Vec<&str> = SolutionState::ALL
        .into_iter()
        .filter(|s| submit(*s).is_some())
        .map(SolutionState::as_str)
        .collect();
    Ok(solution::Entity::update_many()
        .col_expr(solution::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(solution::Column::Id.eq(id))
        .filter(solution::Column::State.is_in(open))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

fn entry_of(h: solution_history::Model) -> HistoryEntry {
    HistoryEntry {
        id: h.id,
        at: h.at,
        actor_id: h.actor_id,
        action: h.action,
        reason: h.reason,
    }
}

/// An author's texts written, with the history's step (`created`, `edited`) and, when
/// they handed it in, that step too.
async fn written(
    db: &impl ConnectionTrait,
    id: i32,
    texts: &[(Lang, SolutionText)],
    author: i32,
    action: &str,
    hand_in: bool,
) -> Result<()> {
    write_texts(db, id, texts).await?;
    record(db, id, Some(author), action, "").await?;
    if hand_in {
        record(db, id, Some(author), "submitted", "").await?;
    }
    Ok(())
}

/// Every instance's search finds the public solutions as they are now.
pub(crate) async fn bump_version(db: &impl ConnectionTrait) -> Result<()> {
    crate::settings::move_version(db, VERSION_KEY).await
}

fn active(input: &SolutionInput) -> solution::ActiveModel {
    solution::ActiveModel {
        organisation_id: Set(input.organisation_id),
        campaign_id: Set(input.campaign_id),
        original_lang: Set(input.original_lang.code().to_owned()),
        sector: Set(input.sector.as_str().to_owned()),
        topic: Set(input.topic.as_str().to_owned()),
        year: Set(input.year),
        period: Set(input.period.clone()),
        contact_name: Set(input.contact_name.clone()),
        contact_email: Set(input.contact_email.clone()),
        contact_consent: Set(input.contact_consent),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
}

impl Solutions {
    /// Changes whenever the public solutions do.
    pub async fn version(&self) -> Result<String> {
        crate::settings::version(&self.db, VERSION_KEY).await
    }

    /// Writes a new solution of the author's organisation, as a draft or handed in.
    pub async fn create(&self, input: &SolutionInput, author: i32, hand_in: bool) -> Result<i32> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let state = if hand_in {
            SolutionState::Submitted
        } else {
            SolutionState::Draft
        };
        let mut row = active(input);
        row.author_id = Set(Some(author));
        row.state = Set(state.as_str().to_owned());
        row.created_at = Set(now);
        row.submitted_at = Set(hand_in.then_some(now));
        let id = solution::Entity::insert(row)
            .exec(&txn)
            .await?
            .last_insert_id;
        written(&txn, id, &input.texts, author, "created", hand_in).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Saves a draft or a returned solution, and hands it in when asked. False when it
    /// is no longer the authors' to change.
    pub async fn update(
        &self,
        id: i32,
        input: &SolutionInput,
        actor: i32,
        hand_in: bool,
    ) -> Result<bool> {
        let txn = self.begin_write().await?;
        let Some((_, from)) = current(&txn, id).await? else {
            return Ok(false);
        };
        let Some(handed_in) = submit(from) else {
            return Ok(false);
        };
        let to = if hand_in { handed_in } else { from };
        let mut row = active(input);
        row.state = Set(to.as_str().to_owned());
        if hand_in {
            row.submitted_at = Set(Some(Utc::now()));
        }
        let moved = solution::Entity::update_many()
            .set(row)
            .filter(solution::Column::Id.eq(id))
            .filter(solution::Column::State.eq(from.as_str()))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !moved {
            return Ok(false);
        }
        written(&txn, id, &input.texts, actor, "edited", hand_in).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// A moderator's action, with its reason; the authors are told through the outbox
    /// in the same transaction.
    pub async fn moderate(
        &self,
        id: i32,
        action: Moderation,
        reason: &str,
        actor: Option<i32>,
    ) -> Result<Moderated> {
        let txn = self.begin_write().await?;
        let Some((current, from)) = current(&txn, id).await? else {
            return Err(StoreError::NotFound);
        };
        let Some(to) = moderate(from, action) else {
            return Ok(Moderated::NotApplicable);
        };
        let now = Utc::now();
        let mut update = solution::Entity::update_many()
            .col_expr(solution::Column::State, Expr::value(to.as_str()))
            .col_expr(solution::Column::UpdatedAt, Expr::value(now));
        if to == SolutionState::Approved && current.approved_at.is_none() {
            update = update.col_expr(solution::Column::ApprovedAt, Expr::value(now));
        }
        let moved = update
            .filter(solution::Column::Id.eq(id))
            .filter(solution::Column::State.eq(from.as_str()))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !moved {
            return Ok(Moderated::NotApplicable);
        }
        let history_id = record(&txn, id, actor, action.as_str(), reason).await?;
        if current.author_id.is_some() && action != Moderation::Restore {
            jobs::enqueue(
                &txn,
                SOLUTION_JOB,
                &SolutionNotice {
                    solution_id: id,
                    history_id,
                },
                now,
            )
            .await?;
        }
        if from == SolutionState::Approved || to == SolutionState::Approved {
            bump_version(&txn).await?;
        }
        txn.commit().await?;
        self.arena.forget();
        Ok(Moderated::To(to))
    }

    /// The solution's attachments, in the order they were added.
    pub async fn attachments(&self, solution_id: i32) -> Result<Vec<StoredFile>> {
        Ok(self
            .attachments_of(&[solution_id])
            .await?
            .remove(&solution_id)
            .unwrap_or_default())
    }

    /// The solutions' attachments by solution, each in the order they were added.
    pub async fn attachments_of(&self, ids: &[i32]) -> Result<BTreeMap<i32, Vec<StoredFile>>> {
        let links = crate::for_ids(&self.db, ids, |ids| {
            solution_file::Entity::find()
                .filter(solution_file::Column::SolutionId.is_in(ids))
                .order_by_asc(solution_file::Column::FileId)
        })
        .await?;
        let file_ids: Vec<i32> = links.iter().map(|l| l.file_id).collect();
        let mut files = crate::files::by_id(&self.db, &file_ids).await?;
        let mut found: BTreeMap<i32, Vec<StoredFile>> = BTreeMap::new();
        for link in links {
            if let Some(file) = files.remove(&link.file_id) {
                found.entry(link.solution_id).or_default().push(file);
            }
        }
        Ok(found)
    }

    /// Attaches a kept file to a solution its authors may still change; false when they
    /// no longer may (it was handed in meanwhile).
    pub async fn attach(&self, solution_id: i32, file: &StoredFile, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        if !claim_for_authors(&txn, solution_id).await? {
            return Ok(false);
        }
        solution_file::Entity::insert(solution_file::ActiveModel {
            solution_id: Set(solution_id),
            file_id: Set(file.id),
        })
        .exec_without_returning(&txn)
        .await?;
        record(&txn, solution_id, Some(actor), "attached", &file.name).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Takes an attachment off a solution its authors may still change; false when
    /// they no longer may or it was not attached.
    pub async fn detach(&self, solution_id: i32, file_id: i32, actor: i32) -> Result<bool> {
        let txn = self.begin_write().await?;
        if !claim_for_authors(&txn, solution_id).await? {
            return Ok(false);
        }
        let Some(file) = crate::files::by_id(&txn, &[file_id])
            .await?
            .remove(&file_id)
        else {
            return Ok(false);
        };
        let removed = solution_file::Entity::delete_many()
            .filter(solution_file::Column::SolutionId.eq(solution_id))
            .filter(solution_file::Column::FileId.eq(file_id))
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        if !removed {
            return Ok(false);
        }
        record(&txn, solution_id, Some(actor), "detached", &file.name).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// The solutions a file is attached to, as the rules see them.
    pub async fn file_in_solutions(&self, file_id: i32) -> Result<Vec<SolutionTie>> {
        let ids: Vec<i32> = solution_file::Entity::find()
            .filter(solution_file::Column::FileId.eq(file_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| l.solution_id)
            .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        solution::Entity::find()
            .filter(solution::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| solution_of(row, Vec::new()).map(|s| s.tie()))
            .collect()
    }

    pub async fn solution(&self, id: i32) -> Result<Option<Solution>> {
        let rows = solution::Entity::find_by_id(id).all(&self.db).await?;
        Ok(with_texts(&self.db, rows).await?.pop())
    }

    /// The solutions of the ids, with their texts, in the order of the ids.
    pub async fn solutions(&self, ids: &[i32]) -> Result<Vec<Solution>> {
        let rows = crate::for_ids(&self.db, ids, |ids| {
            solution::Entity::find().filter(solution::Column::Id.is_in(ids))
        })
        .await?;
        let order: std::collections::HashMap<i32, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut found = with_texts(&self.db, rows).await?;
        found.sort_by_key(|s| order.get(&s.id).copied());
        Ok(found)
    }

    /// Every approved solution as the facets see it, the newest first (by year, then
    /// by when it was approved): this instance's snapshot, confirmed against
    /// `solutions_version` at most once every `snapshot::RECHECK`, and at once after
    /// a moderation through this instance.
    pub async fn approved_facts(&self) -> Result<Arc<Arena>> {
        self.arena
            .get(|| self.version(), |version| self.read_arena(version))
            .await
    }

    async fn read_arena(&self, version: String) -> Result<Arena> {
        // A page at a time: the arena keeps each solution's line, not its whole texts.
        let mut solutions = Vec::new();
        let mut lines = std::collections::HashMap::new();
        let mut pages = self.approved_pages();
        while let Some(page) = pages.next().await? {
            for mut solution in page {
                lines.insert(solution.id, Line::of(&solution));
                solution.input.texts = Vec::new();
                solutions.push(solution);
            }
        }
        solutions.sort_by(|a, b| {
            (b.input.year, b.approved_at, b.id).cmp(&(a.input.year, a.approved_at, a.id))
        });
        let ids: Vec<i32> = solutions.iter().map(|s| s.input.organisation_id).collect();
        // An organisation's change moves this snapshot's version too: the organisations
        // are confirmed now, not taken as this instance held them up to a second ago.
        self.directory.forget();
        let organisations = self.organisations().some(&ids).await?;
        let facts: Vec<Facts> = solutions
            .iter()
            .map(|s| {
                let org = organisations
                    .iter()
                    .find(|o| o.id == s.input.organisation_id);
                Facts {
                    id: s.id,
                    values: [
                        s.input.sector.as_str().to_owned(),
                        s.input.topic.as_str().to_owned(),
                        org.map(|o| o.kind.as_str().to_owned()).unwrap_or_default(),
                        org.and_then(|o| o.region)
                            .map(|r| r.as_str().to_owned())
                            .unwrap_or_default(),
                        s.input
                            .campaign_id
                            .map(|c| c.to_string())
                            .unwrap_or_default(),
                        s.input.year.to_string(),
                    ],
                }
            })
            .collect();
        Ok(Arena {
            index: FacetIndex::new(&facts),
            facts,
            campaigns: self.campaigns().await?,
            lines,
            organisations,
            version,
        })
    }

    /// The newest approved solutions (of a campaign), by when they were approved.
    pub async fn newest(&self, campaign: Option<i32>, limit: u64) -> Result<Vec<Solution>> {
        let mut query = solution::Entity::find()
            .filter(solution::Column::State.eq_literal(SolutionState::Approved.as_str()));
        if let Some(c) = campaign {
            query = query.filter(solution::Column::CampaignId.eq(c));
        }
        let rows = query
            .order_by_desc(solution::Column::ApprovedAt)
            .order_by_desc(solution::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        with_texts(&self.db, rows).await
    }

    /// The approved solutions with their texts, a page at a time in the order of their
    /// ids: the arena and the search index read them so, never holding every text at
    /// once.
    pub fn approved_pages(&self) -> ApprovedPages {
        ApprovedPages {
            solutions: self.clone(),
            after: None,
        }
    }

    /// The moderators' queue: the solutions in the states asked for (of a campaign),
    /// the longest waiting first.
    pub async fn queue(
        &self,
        states: &[SolutionState],
        campaign: Option<i32>,
    ) -> Result<Vec<Solution>> {
        let mut query = solution::Entity::find().filter(
            solution::Column::State.is_in(states.iter().map(|s| s.as_str()).collect::<Vec<_>>()),
        );
        if let Some(c) = campaign {
            query = query.filter(solution::Column::CampaignId.eq(c));
        }
        let rows = query
            .order_by_asc(solution::Column::UpdatedAt)
            .order_by_asc(solution::Column::Id)
            .all(&self.db)
            .await?;
        with_texts(&self.db, rows).await
    }

    /// An organisation's solutions in every state, the newest change first.
    pub async fn of_organisation(&self, organisation_id: i32) -> Result<Vec<Solution>> {
        let rows = solution::Entity::find()
            .filter(solution::Column::OrganisationId.eq(organisation_id))
            .order_by_desc(solution::Column::UpdatedAt)
            .order_by_desc(solution::Column::Id)
            .all(&self.db)
            .await?;
        with_texts(&self.db, rows).await
    }

    pub async fn history(&self, id: i32) -> Result<Vec<HistoryEntry>> {
        Ok(solution_history::Entity::find()
            .filter(solution_history::Column::SolutionId.eq(id))
            .order_by_asc(solution_history::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(entry_of)
            .collect())
    }

    pub async fn history_entry(&self, id: i32) -> Result<Option<HistoryEntry>> {
        Ok(solution_history::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(entry_of))
    }

    pub async fn create_campaign(&self, input: &CampaignInput, author: Option<i32>) -> Result<i32> {
        let txn = self.begin_write().await?;
        let id = solution_campaign::Entity::insert(solution_campaign::ActiveModel {
            title_fi: Set(input.title_fi.clone()),
            title_sv: Set(input.title_sv.clone()),
            call_fi: Set(input.call_fi.clone()),
            call_sv: Set(input.call_sv.clone()),
            topic: Set(input.topic.as_str().to_owned()),
            prize_fi: Set(input.prize_fi.clone()),
            prize_sv: Set(input.prize_sv.clone()),
            opens_at: Set(input.opens_at),
            closes_at: Set(input.closes_at),
            created_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        crate::audit::record(
            &txn,
            author,
            "solution:campaign",
            &format!("campaign:{id}"),
            &input.title_fi,
        )
        .await?;
        // The arena's snapshot carries the campaigns.
        bump_version(&txn).await?;
        txn.commit().await?;
        self.arena.forget();
        Ok(id)
    }

    /// Every campaign, the newest first.
    pub async fn campaigns(&self) -> Result<Vec<Campaign>> {
        solution_campaign::Entity::find()
            .order_by_desc(solution_campaign::Column::OpensAt)
            .order_by_desc(solution_campaign::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(campaign_of)
            .collect()
    }

    pub async fn campaign(&self, id: i32) -> Result<Option<Campaign>> {
        solution_campaign::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(campaign_of)
            .transpose()
    }

    /// How many of a campaign's solutions are in each state.
    pub async fn funnel(&self, campaign: i32) -> Result<BTreeMap<SolutionState, u64>> {
        let rows: Vec<(String, i64)> = solution::Entity::find()
            .select_only()
            .column(solution::Column::State)
            .column_as(solution::Column::Id.count(), "n")
            .filter(solution::Column::CampaignId.eq(campaign))
            .group_by(solution::Column::State)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut funnel: BTreeMap<SolutionState, u64> =
            SolutionState::ALL.into_iter().map(|s| (s, 0)).collect();
        for (state, n) in rows {
            let state = known("solutions.state", &state, SolutionState::parse(&state))?;
            funnel.insert(state, u64::try_from(n).unwrap_or_default());
        }
        Ok(funnel)
    }
}

/// The demo's approved solutions, written straight in their final state (`demo` only).
pub(crate) async fn insert_demo(
    db: &impl ConnectionTrait,
    input: &SolutionInput,
    author: Option<i32>,
    state: SolutionState,
    at: DateTime<Utc>,
) -> Result<i32> {
    let mut row = active(input);
    row.author_id = Set(author);
    row.state = Set(state.as_str().to_owned());
    row.created_at = Set(at);
    row.updated_at = Set(at);
    row.submitted_at = Set((state != SolutionState::Draft).then_some(at));
    row.approved_at =
        Set(matches!(state, SolutionState::Approved | SolutionState::Hidden).then_some(at));
    let id = solution::Entity::insert(row).exec(db).await?.last_insert_id;
    write_texts(db, id, &input.texts).await?;
    Ok(id)
}

/// A demo solution's attachment, linked whatever the solution's state.
pub(crate) async fn attach_demo(
    db: &impl ConnectionTrait,
    solution_id: i32,
    file_id: i32,
) -> Result<()> {
    solution_file::Entity::insert(solution_file::ActiveModel {
        solution_id: Set(solution_id),
        file_id: Set(file_id),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
