//! A person's registrations found by the person: the event list's past events, their
//! places and their programme ask by `user_id`, which the unique index (event first)
//! does not serve; with a million registrations each such question read them all.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("ix_registrations_user")
                .table("registrations")
                .col("user_id")
                .col("standing")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_registrations_user")
                .table("registrations")
                .to_owned(),
        )
        .await
    }
}
