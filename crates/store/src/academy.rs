//! The Manager Academy's storage: themes, parts and their texts per language, a
//! revision for every save, and what managers do with the content.

use chrono::{DateTime, Utc};
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
    Result, Store, StoreError,
    entity::{
        file, part, part_progress, part_rating, part_text, theme, theme_revision,
        theme_subscription, theme_text, tool_answer,
    },
    files::StoredFile,
    known,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub id: i32,
    pub theme_id: i32,
    pub kind: PartKind,
    pub minutes: i32,
    pub position: i32,
    pub video_url: Option<String>,
    /// A video part's own video, or a tool's or theory's download.
    #[serde(default)]
    pub file: Option<StoredFile>,
    pub texts: Vec<PartText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: i32,
    pub slug: String,
    pub position: i32,
    pub source_lang: Lang,
    pub published_at: Option<DateTime<Utc>>,
    pub texts: Vec<ThemeText>,
    pub parts: Vec<Part>,
}

/// Picks the text in `lang`, else in the theme's other national language.
fn text_in<T>(texts: &[T], lang: Lang, of: impl Fn(&T) -> Lang) -> Option<&T> {
    texts
        .iter()
        .find(|t| of(t) == lang)
        .or_else(|| texts.iter().find(|t| of(t) == Lang::Fi))
        .or_else(|| texts.first())
}

impl Theme {
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

impl Part {
    pub fn text(&self, lang: impl std::borrow::Borrow<Lang>) -> Option<&PartText> {
        text_in(&self.texts, *lang.borrow(), |t| t.lang)
    }

    pub fn title(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        self.text(lang).map_or("", |t| t.title.as_str())
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

    pub fn checklist(&self, lang: impl std::borrow::Borrow<Lang>) -> Vec<String> {
        self.text(lang)
            .map(|t| {
                t.checklist
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
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

/// A manager's progress on one part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub part_id: i32,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub seen_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub user_id: i32,
    pub part_id: i32,
    pub usefulness: i32,
    pub used_with_team: bool,
    pub comment: String,
    pub rated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub number: i32,
    pub author_id: Option<i32>,
    pub action: String,
    pub created_at: DateTime<Utc>,
}

/// How much of a theme to load.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// The theme's own texts only; `parts` stays empty.
    Headings,
    Whole,
}

async fn load_themes(
    db: &impl ConnectionTrait,
    ids: Option<Vec<i32>>,
    depth: Depth,
) -> Result<Vec<Theme>> {
    let mut query = theme::Entity::find()
        .order_by_asc(theme::Column::Position)
        .order_by_asc(theme::Column::Id);
    if let Some(ids) = &ids {
        query = query.filter(theme::Column::Id.is_in(ids.clone()));
    }
    let themes = query.all(db).await?;
    let theme_ids: Vec<i32> = themes.iter().map(|t| t.id).collect();
    let texts = theme_text::Entity::find()
        .filter(theme_text::Column::ThemeId.is_in(theme_ids.clone()))
        .all(db)
        .await?;
    let parts = if depth == Depth::Headings {
        Vec::new()
    } else {
        part::Entity::find()
            .filter(part::Column::ThemeId.is_in(theme_ids))
            .order_by_asc(part::Column::Position)
            .order_by_asc(part::Column::Id)
            .all(db)
            .await?
    };
    let file_ids: Vec<i32> = parts.iter().filter_map(|p| p.file_id).collect();
    let files: Vec<StoredFile> = if file_ids.is_empty() {
        Vec::new()
    } else {
        file::Entity::find()
            .filter(file::Column::Id.is_in(file_ids))
            .all(db)
            .await?
            .into_iter()
            .map(Into::into)
            .collect()
    };
    let part_ids: Vec<i32> = parts.iter().map(|p| p.id).collect();
    let part_texts = if part_ids.is_empty() {
        Vec::new()
    } else {
        part_text::Entity::find()
            .filter(part_text::Column::PartId.is_in(part_ids))
            .all(db)
            .await?
    };
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
                    .iter()
                    .filter(|x| x.theme_id == t.id)
                    .map(|x| {
                        Ok(ThemeText {
                            lang: known("theme_texts.lang", &x.lang, Lang::parse(&x.lang).ok())?,
                            title: x.title.clone(),
                            summary: x.summary.clone(),
                            hr_note: x.hr_note.clone(),
                            updated_at: x.updated_at,
                        })
                    })
                    .collect::<Result<_>>()?,
                parts: parts
                    .iter()
                    .filter(|p| p.theme_id == t.id)
                    .map(|p| {
                        Ok(Part {
                            id: p.id,
                            theme_id: p.theme_id,
                            kind: known("parts.kind", &p.kind, PartKind::parse(&p.kind).ok())?,
                            minutes: p.minutes,
                            position: p.position,
                            video_url: p.video_url.clone(),
                            file: files.iter().find(|f| Some(f.id) == p.file_id).cloned(),
                            texts: part_texts
                                .iter()
                                .filter(|x| x.part_id == p.id)
                                .map(|x| {
                                    Ok(PartText {
                                        lang: known(
                                            "part_texts.lang",
                                            &x.lang,
                                            Lang::parse(&x.lang).ok(),
                                        )?,
                                        title: x.title.clone(),
                                        body: x.body.clone(),
                                        transcript: x.transcript.clone(),
                                        captions: x.captions.clone(),
                                        checklist: x.checklist.clone(),
                                        updated_at: x.updated_at,
                                    })
                                })
                                .collect::<Result<_>>()?,
                        })
                    })
                    .collect::<Result<_>>()?,
            })
        })
        .collect()
}

/// Writes the theme as it now stands as its next revision.
pub(crate) async fn record_revision(
    txn: &DatabaseTransaction,
    theme_id: i32,
    author: Option<i32>,
    action: &str,
) -> Result<()> {
    let theme = load_themes(txn, Some(vec![theme_id]), Depth::Whole)
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
    crate::settings::put(txn, SEARCH_VERSION_KEY, &crate::random_token()).await?;
    Ok(())
}

/// The setting that changes whenever the academy does.
pub(crate) const SEARCH_VERSION_KEY: &str = "search_version";

async fn upsert_theme_text(
    db: &impl ConnectionTrait,
    theme_id: i32,
    lang: Lang,
    input: &ThemeTextInput,
    at: DateTime<Utc>,
) -> Result<()> {
    theme_text::Entity::insert(theme_text::ActiveModel {
        theme_id: Set(theme_id),
        lang: Set(lang.code().to_owned()),
        title: Set(input.title.trim().to_owned()),
        summary: Set(input.summary.trim().to_owned()),
        hr_note: Set(input.hr_note.trim().to_owned()),
        updated_at: Set(at),
    })
    .on_conflict(
        OnConflict::columns([theme_text::Column::ThemeId, theme_text::Column::Lang])
            .update_columns([
                theme_text::Column::Title,
                theme_text::Column::Summary,
                theme_text::Column::HrNote,
                theme_text::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

async fn upsert_part_text(
    db: &impl ConnectionTrait,
    part_id: i32,
    lang: Lang,
    input: &PartTextInput,
    at: DateTime<Utc>,
) -> Result<()> {
    part_text::Entity::insert(part_text::ActiveModel {
        part_id: Set(part_id),
        lang: Set(lang.code().to_owned()),
        title: Set(input.title.trim().to_owned()),
        body: Set(input.body.trim().to_owned()),
        transcript: Set(input.transcript.trim().to_owned()),
        captions: Set(input.captions.trim().to_owned()),
        checklist: Set(input.checklist.trim().to_owned()),
        updated_at: Set(at),
    })
    .on_conflict(
        OnConflict::columns([part_text::Column::PartId, part_text::Column::Lang])
            .update_columns([
                part_text::Column::Title,
                part_text::Column::Body,
                part_text::Column::Transcript,
                part_text::Column::Captions,
                part_text::Column::Checklist,
                part_text::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

impl Store {
    /// Changes whenever searchable content does; an index built from another version
    /// is out of date.
    pub async fn search_version(&self) -> Result<String> {
        Ok(self.setting(SEARCH_VERSION_KEY).await?.unwrap_or_default())
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

    /// Creates a draft theme with its first text; returns its id.
    pub async fn create_theme(
        &self,
        lang: Lang,
        text: &ThemeTextInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let base = slugify(&text.title);
        let mut slug = base.clone();
        let mut n = 2;
        while theme::Entity::find()
            .filter(theme::Column::Slug.eq(&slug))
            .one(&self.db)
            .await?
            .is_some()
        {
            slug = format!("{base}-{n}");
            n += 1;
        }
        let now = Utc::now();
        let txn = self.begin_write().await?;
        let position = i32::try_from(theme::Entity::find().count(&txn).await?).unwrap_or(i32::MAX);
        let id = theme::Entity::insert(theme::ActiveModel {
            slug: Set(slug),
            position: Set(position),
            source_lang: Set(lang.code().to_owned()),
            published_at: Set(None),
            first_published_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        upsert_theme_text(&txn, id, lang, text, now).await?;
        record_revision(&txn, id, author, "create").await?;
        txn.commit().await?;
        Ok(id)
    }

    pub async fn save_theme_text(
        &self,
        theme_id: i32,
        lang: Lang,
        text: &ThemeTextInput,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        if theme::Entity::find_by_id(theme_id)
            .one(&txn)
            .await?
            .is_none()
        {
            return Err(StoreError::NotFound);
        }
        upsert_theme_text(&txn, theme_id, lang, text, Utc::now()).await?;
        record_revision(&txn, theme_id, author, &format!("text:{}", lang.code())).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Adds a part at the end of a theme; returns its id.
    pub async fn add_part(
        &self,
        theme_id: i32,
        kind: PartKind,
        minutes: Minutes,
        video_url: Option<&str>,
        texts: &[(Lang, PartTextInput)],
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        if theme::Entity::find_by_id(theme_id)
            .one(&txn)
            .await?
            .is_none()
        {
            return Err(StoreError::NotFound);
        }
        let position = i32::try_from(
            part::Entity::find()
                .filter(part::Column::ThemeId.eq(theme_id))
                .count(&txn)
                .await?,
        )
        .unwrap_or(i32::MAX);
        let id = part::Entity::insert(part::ActiveModel {
            theme_id: Set(theme_id),
            kind: Set(kind.as_str().to_owned()),
            minutes: Set(i32::from(minutes.get())),
            position: Set(position),
            video_url: Set(video_url.map(str::to_owned)),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        let now = Utc::now();
        for (lang, text) in texts {
            upsert_part_text(&txn, id, *lang, text, now).await?;
        }
        record_revision(&txn, theme_id, author, "part:add").await?;
        txn.commit().await?;
        Ok(id)
    }

    pub async fn save_part_text(
        &self,
        part_id: i32,
        lang: Lang,
        text: &PartTextInput,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = part::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        upsert_part_text(&txn, part_id, lang, text, Utc::now()).await?;
        record_revision(
            &txn,
            found.theme_id,
            author,
            &format!("part:{part_id}:{}", lang.code()),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Changes a part's length and video address.
    pub async fn set_part_meta(
        &self,
        part_id: i32,
        minutes: Minutes,
        video_url: Option<&str>,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = part::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        part::Entity::update_many()
            .col_expr(part::Column::Minutes, Expr::value(i32::from(minutes.get())))
            .col_expr(
                part::Column::VideoUrl,
                Expr::value(video_url.map(str::to_owned)),
            )
            .filter(part::Column::Id.eq(part_id))
            .exec(&txn)
            .await?;
        record_revision(
            &txn,
            found.theme_id,
            author,
            &format!("part:{part_id}:meta"),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Moves a part one place earlier or later in its theme.
    pub async fn move_part(&self, part_id: i32, earlier: bool, author: Option<i32>) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = part::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut parts = part::Entity::find()
            .filter(part::Column::ThemeId.eq(found.theme_id))
            .order_by_asc(part::Column::Position)
            .order_by_asc(part::Column::Id)
            .all(&txn)
            .await?;
        let Some(at) = parts.iter().position(|p| p.id == part_id) else {
            return Err(StoreError::NotFound);
        };
        let to = if earlier {
            at.checked_sub(1)
        } else {
            Some(at + 1).filter(|t| *t < parts.len())
        };
        if let Some(to) = to {
            parts.swap(at, to);
            for (position, p) in parts.iter().enumerate() {
                part::Entity::update_many()
                    .col_expr(
                        part::Column::Position,
                        Expr::value(i32::try_from(position).unwrap_or(i32::MAX)),
                    )
                    .filter(part::Column::Id.eq(p.id))
                    .exec(&txn)
                    .await?;
            }
            record_revision(
                &txn,
                found.theme_id,
                author,
                &format!("part:{part_id}:move"),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Publishes a theme that is complete in Finnish and Swedish, answering whether this
    /// was its first publication (kept in `first_published_at`, which later
    /// publications leave as it is); otherwise says what is missing and changes nothing.
    pub async fn publish_theme(
        &self,
        theme_id: i32,
        author: Option<i32>,
    ) -> Result<Result<bool, Vec<Missing>>> {
        let theme = self.theme(theme_id).await?.ok_or(StoreError::NotFound)?;
        let missing = theme.missing_for_publish();
        if !missing.is_empty() {
            return Ok(Err(missing));
        }
        let now = Utc::now();
        let txn = self.begin_write().await?;
        theme::Entity::update_many()
            .col_expr(theme::Column::PublishedAt, Expr::value(Some(now)))
            .filter(theme::Column::Id.eq(theme_id))
            .exec(&txn)
            .await?;
        let first = theme::Entity::update_many()
            .col_expr(theme::Column::FirstPublishedAt, Expr::value(Some(now)))
            .filter(theme::Column::Id.eq(theme_id))
            .filter(theme::Column::FirstPublishedAt.is_null())
            .exec(&txn)
            .await?
            .rows_affected
            == 1;
        record_revision(&txn, theme_id, author, "publish").await?;
        txn.commit().await?;
        Ok(Ok(first))
    }

    pub async fn unpublish_theme(&self, theme_id: i32, author: Option<i32>) -> Result<()> {
        let txn = self.begin_write().await?;
        let res = theme::Entity::update_many()
            .col_expr(
                theme::Column::PublishedAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(theme::Column::Id.eq(theme_id))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Err(StoreError::NotFound);
        }
        record_revision(&txn, theme_id, author, "unpublish").await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn revisions(&self, theme_id: i32) -> Result<Vec<Revision>> {
        Ok(theme_revision::Entity::find()
            .filter(theme_revision::Column::ThemeId.eq(theme_id))
            .order_by_desc(theme_revision::Column::Number)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| Revision {
                number: r.number,
                author_id: r.author_id,
                action: r.action,
                created_at: r.created_at,
            })
            .collect())
    }

    /// Brings a theme's texts and parts back to an earlier revision. Parts that still
    /// exist keep their ids (and so everyone's progress); the restore is itself a new
    /// revision, so it can be undone. Publication is left as it is.
    pub async fn restore_revision(
        &self,
        theme_id: i32,
        number: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let revision = theme_revision::Entity::find()
            .filter(theme_revision::Column::ThemeId.eq(theme_id))
            .filter(theme_revision::Column::Number.eq(number))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let old: Theme = serde_json::from_str(&revision.snapshot)
            .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        let now = Utc::now();
        theme_text::Entity::delete_many()
            .filter(theme_text::Column::ThemeId.eq(theme_id))
            .exec(&txn)
            .await?;
        for t in &old.texts {
            let input = ThemeTextInput {
                title: t.title.clone(),
                summary: t.summary.clone(),
                hr_note: t.hr_note.clone(),
            };
            upsert_theme_text(&txn, theme_id, t.lang, &input, now).await?;
        }
        let kept: Vec<i32> = old.parts.iter().map(|p| p.id).collect();
        part::Entity::delete_many()
            .filter(part::Column::ThemeId.eq(theme_id))
            .filter(part::Column::Id.is_not_in(kept))
            .exec(&txn)
            .await?;
        for p in &old.parts {
            let model = part::ActiveModel {
                id: Set(p.id),
                theme_id: Set(theme_id),
                kind: Set(p.kind.as_str().to_owned()),
                minutes: Set(p.minutes),
                position: Set(p.position),
                video_url: Set(p.video_url.clone()),
                file_id: Set(p.file.as_ref().map(|f| f.id)),
            };
            part::Entity::insert(model)
                .on_conflict(
                    OnConflict::column(part::Column::Id)
                        .update_columns([
                            part::Column::Kind,
                            part::Column::Minutes,
                            part::Column::Position,
                            part::Column::VideoUrl,
                            part::Column::FileId,
                        ])
                        .to_owned(),
                )
                .exec(&txn)
                .await?;
            part_text::Entity::delete_many()
                .filter(part_text::Column::PartId.eq(p.id))
                .exec(&txn)
                .await?;
            for t in &p.texts {
                let input = PartTextInput {
                    title: t.title.clone(),
                    body: t.body.clone(),
                    transcript: t.transcript.clone(),
                    captions: t.captions.clone(),
                    checklist: t.checklist.clone(),
                };
                upsert_part_text(&txn, p.id, t.lang, &input, now).await?;
            }
        }
        record_revision(&txn, theme_id, author, &format!("restore:{number}")).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Notes that a manager opened a part: started the first time, seen every time.
    pub async fn mark_seen(&self, user_id: i32, part_id: i32) -> Result<()> {
        let now = Utc::now();
        part_progress::Entity::insert(part_progress::ActiveModel {
            user_id: Set(user_id),
            part_id: Set(part_id),
            started_at: Set(now),
            finished_at: Set(None),
            seen_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([part_progress::Column::UserId, part_progress::Column::PartId])
                .update_column(part_progress::Column::SeenAt)
                .to_owned(),
        )
        .exec(&self.db)
        .await?;
        Ok(())
    }

    pub async fn mark_finished(&self, user_id: i32, part_id: i32, finished: bool) -> Result<()> {
        self.mark_seen(user_id, part_id).await?;
        part_progress::Entity::update_many()
            .col_expr(
                part_progress::Column::FinishedAt,
                Expr::value(finished.then(Utc::now)),
            )
            .filter(part_progress::Column::UserId.eq(user_id))
            .filter(part_progress::Column::PartId.eq(part_id))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// A manager's progress on every part they have opened, the latest first.
    pub async fn progress_of(&self, user_id: i32) -> Result<Vec<Progress>> {
        Ok(part_progress::Entity::find()
            .filter(part_progress::Column::UserId.eq(user_id))
            .order_by_desc(part_progress::Column::SeenAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| Progress {
                part_id: p.part_id,
                started_at: p.started_at,
                finished_at: p.finished_at,
                seen_at: p.seen_at,
            })
            .collect())
    }

    /// Rates a part; a second rating by the same person replaces the first.
    pub async fn rate_part(
        &self,
        user_id: i32,
        part_id: i32,
        usefulness: Usefulness,
        used_with_team: bool,
        comment: &str,
    ) -> Result<()> {
        part_rating::Entity::insert(part_rating::ActiveModel {
            user_id: Set(user_id),
            part_id: Set(part_id),
            usefulness: Set(i32::from(usefulness.get())),
            used_with_team: Set(used_with_team),
            comment: Set(comment.trim().chars().take(2000).collect()),
            rated_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([part_rating::Column::UserId, part_rating::Column::PartId])
                .update_columns([
                    part_rating::Column::Usefulness,
                    part_rating::Column::UsedWithTeam,
                    part_rating::Column::Comment,
                    part_rating::Column::RatedAt,
                ])
                .to_owned(),
        )
        .exec(&self.db)
        .await?;
        Ok(())
    }

    pub async fn ratings_of_parts(&self, part_ids: &[i32]) -> Result<Vec<Rating>> {
        Ok(part_rating::Entity::find()
            .filter(part_rating::Column::PartId.is_in(part_ids.to_vec()))
            .order_by_desc(part_rating::Column::RatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| Rating {
                user_id: r.user_id,
                part_id: r.part_id,
                usefulness: r.usefulness,
                used_with_team: r.used_with_team,
                comment: r.comment,
                rated_at: r.rated_at,
            })
            .collect())
    }

    /// A manager's own answers to a tool, private to them: the checklist items ticked
    /// (by index) and their notes.
    pub async fn tool_answers(&self, user_id: i32, part_id: i32) -> Result<ToolAnswers> {
        Ok(tool_answer::Entity::find_by_id((user_id, part_id))
            .one(&self.db)
            .await?
            .and_then(|a| serde_json::from_str(&a.answers).ok())
            .unwrap_or_default())
    }

    pub async fn save_tool_answers(
        &self,
        user_id: i32,
        part_id: i32,
        answers: &ToolAnswers,
    ) -> Result<()> {
        let json =
            serde_json::to_string(answers).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
        tool_answer::Entity::insert(tool_answer::ActiveModel {
            user_id: Set(user_id),
            part_id: Set(part_id),
            answers: Set(json),
            updated_at: Set(Utc::now()),
        })
        .on_conflict(
            OnConflict::columns([tool_answer::Column::UserId, tool_answer::Column::PartId])
                .update_columns([tool_answer::Column::Answers, tool_answer::Column::UpdatedAt])
                .to_owned(),
        )
        .exec(&self.db)
        .await?;
        Ok(())
    }

    /// How many people of an organisation have opened each part, by part id.
    pub async fn part_users_in_organisation(&self, org_id: i32) -> Result<Vec<(i32, i32)>> {
        use crate::entity::user;
        let people: Vec<i32> = user::Entity::find()
            .filter(user::Column::OrganisationId.eq(org_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| u.id)
            .collect();
        Ok(part_progress::Entity::find()
            .filter(part_progress::Column::UserId.is_in(people))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.part_id, p.user_id))
            .collect())
    }

    pub async fn set_theme_subscription(&self, user_id: i32, subscribed: bool) -> Result<()> {
        if subscribed {
            theme_subscription::Entity::insert(theme_subscription::ActiveModel {
                user_id: Set(user_id),
                created_at: Set(Utc::now()),
            })
            .on_conflict_do_nothing()
            .exec(&self.db)
            .await?;
        } else {
            theme_subscription::Entity::delete_by_id(user_id)
                .exec(&self.db)
                .await?;
        }
        Ok(())
    }

    pub async fn is_subscribed_to_themes(&self, user_id: i32) -> Result<bool> {
        Ok(theme_subscription::Entity::find_by_id(user_id)
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Everyone who wants to hear of new themes.
    pub async fn theme_subscribers(&self) -> Result<Vec<i32>> {
        Ok(theme_subscription::Entity::find()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| s.user_id)
            .collect())
    }
}

/// What a manager filled in on a tool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolAnswers {
    pub checked: Vec<usize>,
    pub notes: String,
}
