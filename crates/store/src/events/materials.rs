//! An event's recording and materials after it: an uploaded file or a link each.

use super::*;

/// A recording or material of an event: an uploaded file or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    pub id: i32,
    pub title: String,
    pub recording: bool,
    pub file: Option<crate::files::StoredFile>,
    pub url: Option<String>,
}

/// What an organiser adds: a title, and a file already saved or a link.
#[derive(Debug, Clone)]
pub struct MaterialInput {
    pub title: String,
    pub recording: bool,
    pub file_id: Option<i32>,
    pub url: Option<String>,
}

impl Events {
    pub async fn add_material(
        &self,
        event_id: i32,
        input: &MaterialInput,
        author: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let row = event_material::Entity::insert(event_material::ActiveModel {
            event_id: Set(event_id),
            title: Set(input.title.trim().to_owned()),
            recording: Set(input.recording),
            file_id: Set(input.file_id),
            url: Set(input.url.clone()),
            added_by: Set(author),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec_with_returning(&txn)
        .await?;
        let target = format!("event:{event_id}");
        crate::audit::record(&txn, author, "event:material:add", &target, &input.title).await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Takes a material away (one already gone is no error); its file stays stored,
    /// as uploads do.
    pub async fn remove_material(
        &self,
        event_id: i32,
        material_id: i32,
        author: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        let done = event_material::Entity::delete_many()
            .filter(event_material::Column::Id.eq(material_id))
            .filter(event_material::Column::EventId.eq(event_id))
            .exec(&txn)
            .await?;
        if done.rows_affected == 1 {
            let target = format!("event:{event_id}");
            crate::audit::record(&txn, author, "event:material:remove", &target, "").await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// An event's recordings first, then its materials, each in the order added.
    pub async fn materials(&self, event_id: i32) -> Result<Vec<Material>> {
        let rows = event_material::Entity::find()
            .filter(event_material::Column::EventId.eq(event_id))
            .order_by_desc(event_material::Column::Recording)
            .order_by_asc(event_material::Column::Id)
            .all(&self.db)
            .await?;
        let file_ids: Vec<i32> = rows.iter().filter_map(|m| m.file_id).collect();
        let files: Vec<crate::files::StoredFile> = if file_ids.is_empty() {
            Vec::new()
        } else {
            file::Entity::find()
                .filter(file::Column::Id.is_in(file_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(Into::into)
                .collect()
        };
        Ok(rows
            .into_iter()
            .map(|m| Material {
                id: m.id,
                title: m.title,
                recording: m.recording,
                file: m
                    .file_id
                    .and_then(|id| files.iter().find(|f| f.id == id).cloned()),
                url: m.url,
            })
            .collect())
    }
}
