//! What managers do with the academy: progress, ratings, private tool answers, and the
//! subscription to new themes.

use super::*;

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

/// What a manager filled in on a tool.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolAnswers {
    pub checked: Vec<usize>,
    pub notes: String,
}

impl Academy {
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

    /// The part the person opened last and has not finished, in a published theme,
    /// with its theme: one query for the person's unfinished parts (by their own
    /// index), looked up in the published academy in memory, however large it is.
    pub async fn continue_with(
        &self,
        user_id: i32,
    ) -> Result<Option<(Theme<PartTitle>, Part<PartTitle>)>> {
        let unfinished: Vec<i32> = part_progress::Entity::find()
            .select_only()
            .column(part_progress::Column::PartId)
            .filter(part_progress::Column::UserId.eq(user_id))
            .filter(part_progress::Column::FinishedAt.is_null())
            .order_by_desc(part_progress::Column::SeenAt)
            .into_tuple()
            .all(&self.db)
            .await?;
        let published = self.published().await?;
        Ok(published.first_of(unfinished))
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

    /// Who of an organisation has opened each of these parts: (part id, person id).
    pub async fn part_users_in_organisation(
        &self,
        org_id: i32,
        part_ids: &[i32],
    ) -> Result<Vec<(i32, i32)>> {
        use crate::entity::user;
        use sea_orm::sea_query::Query;
        let people = Query::select()
            .column(user::Column::Id)
            .from(user::Entity)
            .and_where(user::Column::OrganisationId.eq(org_id))
            .to_owned();
        Ok(part_progress::Entity::find()
            .select_only()
            .column(part_progress::Column::PartId)
            .column(part_progress::Column::UserId)
            .filter(part_progress::Column::UserId.in_subquery(people))
            .filter(part_progress::Column::PartId.is_in(part_ids.to_vec()))
            .into_tuple()
            .all(&self.db)
            .await?)
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
