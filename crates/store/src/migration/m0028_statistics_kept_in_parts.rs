//! A year's kept statistics records are kept in parts of a few thousand records each
//! (`store::statistics::PART`), so that a page reads one part's text at a time instead
//! of the whole year's: a year of a million registrations was one value of 2.2 MB, and
//! its page took the SQLite server 6–9 MB over what it held before it (1–3 MB in
//! parts). The years kept whole go: until the next night's refresh keeps them again, a
//! page counts them from the rows, as it does a year never counted.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "statistics_years";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(TABLE).to_owned()).await?;
        m.create_table(
            Table::create()
                .table(TABLE)
                .col(integer("year"))
                .col(integer("part"))
                .col(text("records"))
                .col(timestamp_with_time_zone("counted_at"))
                .primary_key(Index::create().col("year").col("part"))
                .to_owned(),
        )
        .await
    }

    /// The years kept in parts go too, and are counted from the rows.
    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(TABLE).to_owned()).await?;
        m.create_table(
            Table::create()
                .table(TABLE)
                .col(integer("year").primary_key())
                .col(text("records"))
                .col(timestamp_with_time_zone("counted_at"))
                .to_owned(),
        )
        .await
    }
}
