//! A solution's attachments: files kept in the file storage, linked to the solution.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("solution_files")
                .col(integer("solution_id"))
                .col(integer("file_id"))
                .primary_key(Index::create().col("solution_id").col("file_id"))
                .foreign_key(&mut cascading_fk(
                    "solution_files",
                    "solution_id",
                    "solutions",
                ))
                .foreign_key(&mut fk(
                    "solution_files",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_solution_files_file")
                .table("solution_files")
                .col("file_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("solution_files").to_owned())
            .await
    }
}
