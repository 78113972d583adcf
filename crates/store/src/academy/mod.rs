//! The Manager Academy's storage: themes, parts and their texts per language, a
//! revision for every save, and what managers do with the content.

pub mod entity;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
mod editing;
mod progress;
mod published;

pub use editing::{NEW_THEME_JOB, NewThemeJob, Revision};
pub use progress::{Progress, Rating, ToolAnswers};
pub use published::{Published, RECHECK};

repository!(
    /// The Manager Academy: themes and their parts, editing and revisions, and what
    /// managers do with them.
    Academy,
    academy
);

use domain::{
    Lang, Minutes, PartKind, Usefulness,
    academy::{Missing, PartFacts, PartTextFacts, ThemeFacts, ThemeTextFacts, missing_for_publish},
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
    sea_query::{Expr, OnConflict},
};
use serde::{Deserialize, Serialize};

use crate::{
    Result, StoreError,
    entity::{
        part, part_progress, part_rating, part_text, theme, theme_revision, theme_subscription,
        theme_text, tool_answer,
    },
    files::StoredFile,
    for_ids, known,
    organisations::slugify,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeText {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub hr_note: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartText {
    pub lang: Lang,
    pub title: String,
    /// Markdown: a theory's text, a tool's instructions, a video's introduction.
    pub body: String,
    pub transcript: String,
    /// WebVTT.
    pub captions: String,
    /// A tool's checklist, one item a line.
    pub checklist: String,
    pub updated_at: DateTime<Utc>,
}

impl PartText {
    /// A tool's checklist, one item a line, without empty lines.
    pub fn checklist_items(&self) -> Vec<String> {
        self.checklist
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// A part's title in a language: all the published academy keeps in memory of a
/// part's text. The texts themselves, the bulk of the academy, are read when a part
/// is opened (`Academy::texts_of_parts`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartTitle {
    pub lang: Lang,
    pub title: String,
}

/// A part's text in a language, whole or its title alone.
pub trait InLang {
    fn lang(&self) -> Lang;
    fn title(&self) -> &str;
}

impl InLang for PartText {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn title(&self) -> &str {
        &self.title
    }
}

impl InLang for PartTitle {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn title(&self) -> &str {
        &self.title
    }
}

/// A part with its texts (`PartText`), or with their titles alone (`PartTitle`, as the
/// published academy keeps it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part<T = PartText> {
    pub id: i32,
    pub theme_id: i32,
    pub kind: PartKind,
    pub minutes: i32,
    pub position: i32,
    pub video_url: Option<String>,
    /// A video part's own video, or a tool's or theory's download.
    #[serde(default)]
    pub file: Option<StoredFile>,
    pub texts: Vec<T>,
}

/// A theme with its parts, their texts whole (`PartText`) or their titles alone
/// (`PartTitle`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme<T = PartText> {
    pub id: i32,
    pub slug: String,
    pub position: i32,
    pub source_lang: Lang,
    pub published_at: Option<DateTime<Utc>>,
    pub texts: Vec<ThemeText>,
    pub parts: Vec<Part<T>>,
}

/// Picks the text in `lang`, else in the theme's other national language.
fn text_in<T>(texts: &[T], lang: Lang, of: impl Fn(&T) -> Lang) -> Option<&T> {
    texts
        .iter()
        .find(|t| of(t) == lang)
        .or_else(|| texts.iter().find(|t| of(t) == Lang::Fi))
        .or_else(|| texts.first())
}

impl<T> Theme<T> {
    pub fn is_published(&self) -> bool {
        self.published_at.is_some()
    }

    pub fn text(&self, lang: impl std::borrow::Borrow<Lang>) -> Option<&ThemeText> {
        text_in(&self.texts, *lang.borrow(), |t| t.lang)
    }

    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        self.text(lang).map_or("", |t| t.title.as_str())
    }

    pub fn minutes(&self) -> i32 {
        self.parts.iter().map(|p| p.minutes).sum()
    }
}

impl Theme {
    /// What still keeps this theme from being published.
    pub fn missing_for_publish(&self) -> Vec<Missing> {
        let filled = |s: &str| !s.trim().is_empty();
        let facts = ThemeFacts {
            texts: self
                .texts
                .iter()
                .map(|t| {
                    (
                        t.lang,
                        ThemeTextFacts {
                            title: filled(&t.title),
                            summary: filled(&t.summary),
                        },
                    )
                })
                .collect(),
            parts: self
                .parts
                .iter()
                .map(|p| PartFacts {
                    kind: p.kind,
                    texts: p
                        .texts
                        .iter()
                        .map(|t| {
                            let facts = PartTextFacts {
                                title: filled(&t.title),
                                body: filled(&t.body),
                                transcript: filled(&t.transcript),
                                captions: filled(&t.captions),
                                checklist: filled(&t.checklist),
                            };
                            (t.lang, facts)
                        })
                        .collect(),
                })
                .collect(),
        };
        missing_for_publish(&facts)
    }

    /// The languages whose texts are older than the source language's latest edit,
    /// anywhere in the theme.
    pub fn out_of_date(&self) -> Vec<Lang> {
        let source = self.source_lang;
        let mut stale = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != source) {
            let theme_stale = match (
                self.texts.iter().find(|t| t.lang == source),
                self.texts.iter().find(|t| t.lang == lang),
            ) {
                (Some(s), Some(t)) => s.updated_at > t.updated_at,
                _ => false,
            };
            let part_stale = self.parts.iter().any(|p| {
                match (
                    p.texts.iter().find(|t| t.lang == source),
                    p.texts.iter().find(|t| t.lang == lang),
                ) {
                    (Some(s), Some(t)) => s.updated_at > t.updated_at,
                    _ => false,
                }
            });
            if theme_stale || part_stale {
                stale.push(lang);
            }
        }
        stale
    }
}

/// One piece of translation work: a theme's or a part's text in a language that is
/// missing, or older than the source language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationWork {
    pub lang: Lang,
    /// `None` for the theme's own text.
    pub part_id: Option<i32>,
    pub title: String,
    pub missing: bool,
}

impl Theme {
    /// What needs translating in this theme: Finnish and Swedish texts that are missing
    /// or out of date, and English ones that exist but are out of date.
    pub fn translation_work(&self) -> Vec<TranslationWork> {
        let source = self.source_lang;
        let mut work = Vec::new();
        let mut check = |part_id: Option<i32>, title: &str, langs: Vec<(Lang, DateTime<Utc>)>| {
            let source_at = langs.iter().find(|(l, _)| *l == source).map(|(_, at)| *at);
            for lang in Lang::ALL.into_iter().filter(|l| *l != source) {
                let own = langs.iter().find(|(l, _)| *l == lang).map(|(_, at)| *at);
                let missing = own.is_none() && lang != Lang::En;
                let stale = matches!((source_at, own), (Some(s), Some(o)) if s > o);
                if missing || stale {
                    work.push(TranslationWork {
                        lang,
                        part_id,
                        title: title.to_owned(),
                        missing,
                    });
                }
            }
        };
        check(
            None,
            self.title(source),
            self.texts.iter().map(|t| (t.lang, t.updated_at)).collect(),
        );
        for part in &self.parts {
            check(
                Some(part.id),
                part.title(source),
                part.texts.iter().map(|t| (t.lang, t.updated_at)).collect(),
            );
        }
        work
    }
}

impl<T: InLang> Part<T> {
    pub fn text(&self, lang: impl std::borrow::Borrow<Lang>) -> Option<&T> {
        text_in(&self.texts, *lang.borrow(), InLang::lang)
    }

    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        self.text(lang).map_or("", InLang::title)
    }
}

impl<T> Part<T> {
    /// The part with other texts: its texts whole for its titles, say.
    pub fn with_texts<U>(self, texts: Vec<U>) -> Part<U> {
        Part {
            id: self.id,
            theme_id: self.theme_id,
            kind: self.kind,
            minutes: self.minutes,
            position: self.position,
            video_url: self.video_url,
            file: self.file,
            texts,
        }
    }

    /// Where a video part's video plays from: its own file, else its external address.
    pub fn video_src(&self) -> Option<String> {
        self.file
            .as_ref()
            .filter(|f| f.kind().is_some_and(|k| k.is_video()))
            .map(StoredFile::href)
            .or_else(|| self.video_url.clone())
    }

    /// A tool's or theory's file to download.
    pub fn download(&self) -> Option<&StoredFile> {
        self.file
            .as_ref()
            .filter(|f| !f.kind().is_some_and(|k| k.is_video()))
    }
}

impl Part {
    pub fn checklist(&self, lang: impl std::borrow::Borrow<Lang>) -> Vec<String> {
        self.text(lang)
            .map(PartText::checklist_items)
            .unwrap_or_default()
    }
}

/// A theme's text as an editor saves it.
#[derive(Debug, Clone)]
pub struct ThemeTextInput {
    pub title: String,
    pub summary: String,
    pub hr_note: String,
}

/// A part's text as an editor saves it.
#[derive(Debug, Clone, Default)]
pub struct PartTextInput {
    pub title: String,
    pub body: String,
    pub transcript: String,
    pub captions: String,
    pub checklist: String,
}

/// How much of a theme to load.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// The theme's own texts only; `parts` stays empty.
    Headings,
    Whole,
}

/// What a part's texts are read as: whole, or their titles alone.
pub(crate) trait ReadPartTexts: Sized {
    /// The texts of the parts, each with its part's id.
    async fn of_parts(db: &impl ConnectionTrait, part_ids: &[i32]) -> Result<Vec<(i32, Self)>>;
}

fn part_text_lang(lang: &str) -> Result<Lang> {
    known("part_texts.lang", lang, Lang::parse(lang).ok())
}

impl ReadPartTexts for PartText {
    async fn of_parts(db: &impl ConnectionTrait, part_ids: &[i32]) -> Result<Vec<(i32, Self)>> {
        for_ids(db, part_ids, |ids| {
            part_text::Entity::find().filter(part_text::Column::PartId.is_in(ids))
        })
        .await?
        .into_iter()
        .map(|x| {
            Ok((
                x.part_id,
                PartText {
                    lang: part_text_lang(&x.lang)?,
                    title: x.title,
                    body: x.body,
                    transcript: x.transcript,
                    captions: x.captions,
                    checklist: x.checklist,
                    updated_at: x.updated_at,
                },
            ))
        })
        .collect()
    }
}

impl ReadPartTexts for PartTitle {
    async fn of_parts(db: &impl ConnectionTrait, part_ids: &[i32]) -> Result<Vec<(i32, Self)>> {
        let rows: Vec<(i32, String, String)> = crate::read_by_ids(part_ids, |ids| {
            part_text::Entity::find()
                .select_only()
                .columns([
                    part_text::Column::PartId,
                    part_text::Column::Lang,
                    part_text::Column::Title,
                ])
                .filter(part_text::Column::PartId.is_in(ids))
                .into_tuple()
                .all(db)
        })
        .await?;
        rows.into_iter()
            .map(|(part_id, lang, title)| {
                let lang = part_text_lang(&lang)?;
                Ok((part_id, PartTitle { lang, title }))
            })
            .collect()
    }
}

async fn load_themes<T: ReadPartTexts>(
    db: &impl ConnectionTrait,
    ids: Option<Vec<i32>>,
    depth: Depth,
) -> Result<Vec<Theme<T>>> {
    let mut query = theme::Entity::find()
        .order_by_asc(theme::Column::Position)
        .order_by_asc(theme::Column::Id);
    if let Some(ids) = &ids {
        query = query.filter(theme::Column::Id.is_in(ids.clone()));
    }
    let themes = query.all(db).await?;
    let theme_ids: Vec<i32> = themes.iter().map(|t| t.id).collect();
    let texts = for_ids(db, &theme_ids, |ids| {
        theme_text::Entity::find().filter(theme_text::Column::ThemeId.is_in(ids))
    })
    .await?;
    let parts = if depth == Depth::Headings {
        Vec::new()
    } else {
        // Asked for by theme ids, so a theme's parts come in one statement, in order.
        for_ids(db, &theme_ids, |ids| {
            part::Entity::find()
                .filter(part::Column::ThemeId.is_in(ids))
                .order_by_asc(part::Column::Position)
                .order_by_asc(part::Column::Id)
        })
        .await?
    };
    let file_ids: Vec<i32> = parts.iter().filter_map(|p| p.file_id).collect();
    let files = crate::files::by_id(db, &file_ids).await?;
    let part_ids: Vec<i32> = parts.iter().map(|p| p.id).collect();
    let part_texts = T::of_parts(db, &part_ids).await?;
    // Each row is moved into its owner, found by id, never copied.
    let mut texts = grouped(texts, |x| x.theme_id);
    let mut parts = grouped(parts, |p| p.theme_id);
    let mut part_texts = grouped(part_texts, |(part_id, _)| *part_id);
    themes
        .into_iter()
        .map(|t| {
            Ok(Theme {
                id: t.id,
                slug: t.slug,
                position: t.position,
                source_lang: known(
                    "themes.source_lang",
                    &t.source_lang,
                    Lang::parse(&t.source_lang).ok(),
                )?,
                published_at: t.published_at,
                texts: texts
                    .remove(&t.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|x| {
                        Ok(ThemeText {
                            lang: known("theme_texts.lang", &x.lang, Lang::parse(&x.lang).ok())?,
                            title: x.title,
                            summary: x.summary,
                            hr_note: x.hr_note,
                            updated_at: x.updated_at,
                        })
                    })
                    .collect::<Result<_>>()?,
                parts: parts
                    .remove(&t.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| {
                        Ok(Part {
                            id: p.id,
                            theme_id: p.theme_id,
                            kind: known("parts.kind", &p.kind, PartKind::parse(&p.kind).ok())?,
                            minutes: p.minutes,
                            position: p.position,
                            video_url: p.video_url,
                            file: p.file_id.and_then(|id| files.get(&id)).cloned(),
                            texts: part_texts
                                .remove(&p.id)
                                .unwrap_or_default()
                                .into_iter()
                                .map(|(_, text)| text)
                                .collect(),
                        })
                    })
                    .collect::<Result<_>>()?,
            })
        })
        .collect()
}

/// The rows by the id `of` each names (its owner's), each owner's in the rows' order.
fn grouped<T>(rows: Vec<T>, of: impl Fn(&T) -> i32) -> HashMap<i32, Vec<T>> {
    let mut groups: HashMap<i32, Vec<T>> = HashMap::new();
    for row in rows {
        groups.entry(of(&row)).or_default().push(row);
    }
    groups
}

/// Writes the theme as it now stands as its next revision.
pub(crate) async fn record_revision(
    txn: &DatabaseTransaction,
    theme_id: i32,
    author: Option<i32>,
    action: &str,
) -> Result<()> {
    let theme: Theme = load_themes(txn, Some(vec![theme_id]), Depth::Whole)
        .await?
        .pop()
        .ok_or(StoreError::NotFound)?;
    let last = theme_revision::Entity::find()
        .filter(theme_revision::Column::ThemeId.eq(theme_id))
        .order_by_desc(theme_revision::Column::Number)
        .limit(1)
        .one(txn)
        .await?
        .map_or(0, |r| r.number);
    let snapshot =
        serde_json::to_string(&theme).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    theme_revision::Entity::insert(theme_revision::ActiveModel {
        theme_id: Set(theme_id),
        number: Set(last + 1),
        snapshot: Set(snapshot),
        author_id: Set(author),
        action: Set(action.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    theme::Entity::update_many()
        .col_expr(theme::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(theme::Column::Id.eq(theme_id))
        .exec(txn)
        .await?;
    // Every instance's search index sees that the academy changed.
    crate::settings::move_version(txn, SEARCH_VERSION_KEY).await?;
    Ok(())
}

/// The setting that changes whenever the academy does.
pub(crate) const SEARCH_VERSION_KEY: &str = "search_version";

impl Academy {
    /// Changes whenever searchable content does; an index built from another version
    /// is out of date.
    pub async fn search_version(&self) -> Result<String> {
        crate::settings::version(&self.db, SEARCH_VERSION_KEY).await
    }

    /// Every theme, drafts included, in the editors' order.
    pub async fn themes(&self) -> Result<Vec<Theme>> {
        load_themes(&self.db, None, Depth::Whole).await
    }

    pub async fn published_themes(&self) -> Result<Vec<Theme>> {
        Ok(self
            .themes()
            .await?
            .into_iter()
            .filter(Theme::is_published)
            .collect())
    }

    /// The published themes with their own texts but without their parts, for lists
    /// that only name them.
    pub async fn published_theme_headings(&self) -> Result<Vec<Theme>> {
        Ok(load_themes(&self.db, None, Depth::Headings)
            .await?
            .into_iter()
            .filter(Theme::is_published)
            .collect())
    }

    /// The texts of the parts, by part, read from the database: the published
    /// academy in memory keeps only their titles.
    pub async fn texts_of_parts(&self, part_ids: &[i32]) -> Result<HashMap<i32, Vec<PartText>>> {
        let mut texts: HashMap<i32, Vec<PartText>> = HashMap::new();
        for (part_id, text) in PartText::of_parts(&self.db, part_ids).await? {
            texts.entry(part_id).or_default().push(text);
        }
        Ok(texts)
    }

    /// A part of the published academy with its texts whole, read from the database.
    pub async fn with_texts(&self, part: Part<PartTitle>) -> Result<Part> {
        let texts = PartText::of_parts(&self.db, &[part.id]).await?;
        Ok(part.with_texts(texts.into_iter().map(|(_, text)| text).collect()))
    }

    pub async fn theme(&self, id: i32) -> Result<Option<Theme>> {
        Ok(load_themes(&self.db, Some(vec![id]), Depth::Whole)
            .await?
            .pop())
    }

    /// The theme that holds the part, drafts included.
    pub async fn theme_of_part(&self, part_id: i32) -> Result<Option<Theme>> {
        let Some(found) = part::Entity::find_by_id(part_id).one(&self.db).await? else {
            return Ok(None);
        };
        self.theme(found.theme_id).await
    }

    pub async fn theme_by_slug(&self, slug: &str) -> Result<Option<Theme>> {
        let Some(found) = theme::Entity::find()
            .filter(theme::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.theme(found.id).await
    }
}
