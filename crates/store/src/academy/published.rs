//! The published academy held in memory: what managers read is the same for everyone
//! and changes only when an editor saves, so every instance keeps one immutable
//! snapshot of it and the reading pages, the bank and search make no query for it.
//!
//! A snapshot names the search version (the setting every academy change moves) it was read at. An
//! instance asks the database for the version at most once every `RECHECK` and
//! reloads when it has moved, so a change made on another instance is seen within
//! that time; a change made through this instance's store is seen at once, because
//! the academy's writes forget the snapshot after they commit.

use std::{collections::HashMap, sync::Arc};

pub use crate::snapshot::RECHECK;

use super::{Academy, Depth, Part, PartTitle, Theme, load_themes};
use crate::{Result, entity::theme, snapshot::Versioned};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

/// Every published theme with its parts, in the editors' order. A part's texts are
/// kept by their titles alone: the texts are most of the academy, and only a part's
/// own page (and the search index's build) reads them.
#[derive(Debug)]
pub struct Published {
    /// The search version this snapshot was read at.
    pub version: String,
    pub themes: Vec<Theme<PartTitle>>,
    by_slug: HashMap<String, usize>,
    by_part: HashMap<i32, usize>,
}

impl Versioned for Published {
    fn version(&self) -> &str {
        &self.version
    }
}

impl Published {
    fn new(version: String, themes: Vec<Theme<PartTitle>>) -> Published {
        let by_slug = themes
            .iter()
            .enumerate()
            .map(|(i, t)| (t.slug.clone(), i))
            .collect();
        let by_part = themes
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.parts.iter().map(move |p| (p.id, i)))
            .collect();
        Published {
            version,
            themes,
            by_slug,
            by_part,
        }
    }

    pub fn theme_by_slug(&self, slug: &str) -> Option<&Theme<PartTitle>> {
        self.by_slug.get(slug).map(|&i| &self.themes[i])
    }

    /// The part to continue with, as `Academy::continue_with` finds it, from the
    /// person's progress as `Academy::progress_of` read it (newest first): for a page
    /// that has read that already.
    pub fn continue_in(
        &self,
        progress: &[super::Progress],
    ) -> Option<(Theme<PartTitle>, Part<PartTitle>)> {
        self.first_of(
            progress
                .iter()
                .filter(|p| p.finished_at.is_none())
                .map(|p| p.part_id),
        )
    }

    /// The first of the parts that is in a published theme, with its theme.
    pub(crate) fn first_of(
        &self,
        part_ids: impl IntoIterator<Item = i32>,
    ) -> Option<(Theme<PartTitle>, Part<PartTitle>)> {
        part_ids
            .into_iter()
            .find_map(|part_id| self.part(part_id))
            .map(|(theme, part)| (theme.clone(), part.clone()))
    }

    /// The published theme that holds the part, with the part.
    pub fn part(&self, part_id: i32) -> Option<(&Theme<PartTitle>, &Part<PartTitle>)> {
        let theme = &self.themes[*self.by_part.get(&part_id)?];
        Some((theme, theme.parts.iter().find(|p| p.id == part_id)?))
    }
}

impl Academy {
    /// The published academy: from memory, confirmed against the database at most
    /// once every `RECHECK`, reloaded when it has changed.
    pub async fn published(&self) -> Result<Arc<Published>> {
        self.published
            .get(
                || self.search_version(),
                |version| async move {
                    let ids: Vec<i32> = theme::Entity::find()
                        .select_only()
                        .column(theme::Column::Id)
                        .filter(theme::Column::PublishedAt.is_not_null())
                        .into_tuple()
                        .all(&self.db)
                        .await?;
                    let themes = load_themes(&self.db, Some(ids), Depth::Whole).await?;
                    Ok(Published::new(version, themes))
                },
            )
            .await
    }
}
