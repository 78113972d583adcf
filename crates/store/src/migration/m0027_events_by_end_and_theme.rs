//! The events by their end and by their theme. The event list asks for the events
//! that have not ended at every view, and a theme's page for the theme's events; with
//! neither column indexed, each was a scan of every event the table had ever held
//! (PostgreSQL, 10,000 events: 7 ms for the list's statement, which also joined every
//! event's texts, and 1.6 ms for a theme's; with these indexes, and the list's ids
//! asked apart, 0.7 ms and 0.1 ms).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const BY_END: &str = "ix_events_ends";
const BY_THEME: &str = "ix_events_theme";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(super::index(BY_END, "events", &["ends_at"]))
            .await?;
        m.create_index(super::index(BY_THEME, "events", &["theme_id"]))
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in [BY_END, BY_THEME] {
            m.drop_index(Index::drop().name(name).table("events").to_owned())
                .await?;
        }
        Ok(())
    }
}
