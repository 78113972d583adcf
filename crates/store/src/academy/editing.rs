//! Writing the academy: themes and parts in each language, their order, publication,
//! and every save as a revision that can be restored.

use super::*;

/// The job kind of a [`NewThemeJob`].
pub const NEW_THEME_JOB: &str = "academy_new_theme";

/// A subscriber hears of a theme opened for the first time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewThemeJob {
    pub theme_id: i32,
    pub user_id: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub number: i32,
    pub author_id: Option<i32>,
    pub action: String,
    pub created_at: DateTime<Utc>,
}

pub(super) async fn upsert_theme_text(
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

pub(super) async fn upsert_part_text(
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

impl Academy {
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
        Ok(())
    }

    /// Publishes a theme that is complete in Finnish and Swedish, answering whether this
    /// was its first publication (kept in `first_published_at`, which later
    /// publications leave as it is); the first publication queues a [`NewThemeJob`] for
    /// every subscriber in the same transaction. Otherwise says what is missing and
    /// changes nothing.
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
        if first {
            // A theme opened for the first time is news for the subscribers.
            for subscription in theme_subscription::Entity::find().all(&txn).await? {
                let job = NewThemeJob {
                    theme_id,
                    user_id: subscription.user_id,
                };
                crate::jobs::enqueue(&txn, NEW_THEME_JOB, &job, now).await?;
            }
        }
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
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
        self.commit_change(txn).await?;
        Ok(())
    }

    /// Gives a part its file, or takes it away; a new revision of the theme.
    pub async fn set_part_file(
        &self,
        part_id: i32,
        file_id: Option<i32>,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let found = part::Entity::find_by_id(part_id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        part::Entity::update_many()
            .col_expr(part::Column::FileId, Expr::value(file_id))
            .filter(part::Column::Id.eq(part_id))
            .exec(&txn)
            .await?;
        let action = format!("part:{part_id}:file");
        record_revision(&txn, found.theme_id, author, &action).await?;
        self.commit_change(txn).await?;
        Ok(())
    }
}

impl Academy {
    /// Commits a change of the academy, so that this instance's next reader of the
    /// published academy asks for the new version at once.
    async fn commit_change(&self, txn: DatabaseTransaction) -> Result<()> {
        txn.commit().await?;
        self.published.forget();
        Ok(())
    }
}
