//! Browsers a person has logged in with before. They are exempt from the lock that
//! other people's wrong guesses put on the account.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("trusted_devices")
                .col(string("token_hash").primary_key())
                .col(integer("user_id"))
                .col(integer("failures").default(0))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("trusted_devices", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_trusted_devices_user")
                .table("trusted_devices")
                .col("user_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("trusted_devices").to_owned())
            .await
    }
}
