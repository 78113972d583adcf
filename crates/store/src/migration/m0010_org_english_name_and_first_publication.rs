//! An organisation's optional English name, and when a theme was first published: the
//! "new theme" mail goes out once, on that first publication, decided by this column
//! (an earlier publication is read back from the revisions written before it existed).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("organisations")
                .add_column(string_null("name_en"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("themes")
                .add_column(timestamp_with_time_zone_null("first_published_at"))
                .to_owned(),
        )
        .await?;
        // Themes published before this column: their earliest publishing revision, or
        // the current publication.
        m.get_connection()
            .execute_unprepared(
                "UPDATE themes SET first_published_at = COALESCE(
                    (SELECT MIN(r.created_at) FROM theme_revisions r
                      WHERE r.theme_id = themes.id AND r.action = 'publish'),
                    published_at)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("themes")
                .drop_column("first_published_at")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("organisations")
                .drop_column("name_en")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
