//! After an event: who was asked for feedback, and the feedback (1–5 and free text)
//! of those who attended.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("registrations")
                .add_column(timestamp_with_time_zone_null("feedback_asked_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_feedback")
                .col(integer("event_id"))
                .col(integer("user_id"))
                .col(integer("rating"))
                .col(text("comment"))
                .col(timestamp_with_time_zone("created_at"))
                .primary_key(Index::create().col("event_id").col("user_id"))
                .foreign_key(&mut cascading_fk("event_feedback", "event_id", "events"))
                .foreign_key(&mut cascading_fk("event_feedback", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("event_feedback").to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table("registrations")
                .drop_column("feedback_asked_at")
                .to_owned(),
        )
        .await
    }
}
