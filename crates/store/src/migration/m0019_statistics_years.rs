//! The yearly statistics' records, counted by a job and kept per year, so the page reads
//! a year of a million participations at once and says when it was counted.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("statistics_years")
                .col(integer("year").primary_key())
                .col(text("records"))
                .col(timestamp_with_time_zone("counted_at"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("statistics_years").to_owned())
            .await
    }
}
