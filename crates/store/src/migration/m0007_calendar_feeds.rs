//! Personal calendar feeds: one secret address per person, kept as its SHA-256 and
//! replaced when renewed.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("calendar_feeds")
                .col(integer("user_id").primary_key())
                .col(string_uniq("token_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("calendar_feeds", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("calendar_feeds").to_owned())
            .await
    }
}
