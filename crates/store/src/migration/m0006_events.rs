//! Events: their texts per language, and registrations with a waiting list. `taken`
//! counts confirmed seats; it is changed only by conditional updates.

use sea_orm_migration::{prelude::*, schema::*};

use super::cascading_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("events")
                .col(pk_auto("id"))
                .col(string("kind"))
                .col(string("status"))
                .col(timestamp_with_time_zone("starts_at"))
                .col(timestamp_with_time_zone("ends_at"))
                .col(string_null("online_url"))
                .col(string("venue"))
                .col(integer_null("capacity"))
                .col(integer("taken").default(0))
                .col(timestamp_with_time_zone_null("registration_opens_at"))
                .col(timestamp_with_time_zone_null("registration_closes_at"))
                .col(integer_null("organisation_id"))
                .col(integer_null("theme_id"))
                .col(integer("sequence").default(0))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_events_starts")
                .table("events")
                .col("status")
                .col("starts_at")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_texts")
                .col(integer("event_id"))
                .col(string_len("lang", 2))
                .col(string("title"))
                .col(text("description"))
                .primary_key(Index::create().col("event_id").col("lang"))
                .foreign_key(&mut cascading_fk("event_texts", "event_id", "events"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("registrations")
                .col(pk_auto("id"))
                .col(integer("event_id"))
                .col(integer("user_id"))
                .col(string("standing"))
                .col(timestamp_with_time_zone("queued_at"))
                .col(timestamp_with_time_zone_null("confirmed_at"))
                .col(timestamp_with_time_zone_null("cancelled_at"))
                .col(boolean("attended").default(false))
                .foreign_key(&mut cascading_fk("registrations", "event_id", "events"))
                .foreign_key(&mut cascading_fk("registrations", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        // One registration per person and event, whatever the double clicks.
        m.create_index(
            Index::create()
                .name("ux_registrations_person")
                .table("registrations")
                .col("event_id")
                .col("user_id")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_registrations_queue")
                .table("registrations")
                .col("event_id")
                .col("standing")
                .col("queued_at")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in ["registrations", "event_texts", "events"] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
