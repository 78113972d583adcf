//! A newsletter's images: files kept in the file storage that its texts show.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("newsletter_images")
                .col(integer("newsletter_id"))
                .col(integer("file_id"))
                .primary_key(Index::create().col("newsletter_id").col("file_id"))
                .foreign_key(&mut cascading_fk(
                    "newsletter_images",
                    "newsletter_id",
                    "newsletters",
                ))
                .foreign_key(&mut fk(
                    "newsletter_images",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_newsletter_images_file")
                .table("newsletter_images")
                .col("file_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("newsletter_images").to_owned())
            .await
    }
}
