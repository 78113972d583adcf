//! The events a person is invited to, found by the person: every list of events asks
//! it of those who are not organisers ("for everyone, or a group they are in"), which
//! the primary key (event first) does not serve; each such question read every
//! invitation.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("ix_event_invitees_user")
                .table("event_invitees")
                .col("user_id")
                .col("event_id")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_event_invitees_user")
                .table("event_invitees")
                .to_owned(),
        )
        .await
    }
}
