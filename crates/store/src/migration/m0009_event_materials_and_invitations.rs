//! After an event, its recording and materials (an uploaded file or a link each), for
//! those who had a seat; and the people an event is for when it is for a named group
//! rather than everyone or one organisation.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("event_materials")
                .col(pk_auto("id"))
                .col(integer("event_id"))
                .col(string("title"))
                .col(boolean("recording").default(false))
                .col(integer_null("file_id"))
                .col(string_null("url"))
                .col(integer_null("added_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascading_fk("event_materials", "event_id", "events"))
                .foreign_key(&mut fk(
                    "event_materials",
                    "file_id",
                    "files",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_event_materials_file")
                .table("event_materials")
                .col("file_id")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("events")
                .add_column(boolean("invited_only").default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_invitees")
                .col(integer("event_id"))
                .col(integer("user_id"))
                .primary_key(Index::create().col("event_id").col("user_id"))
                .foreign_key(&mut cascading_fk("event_invitees", "event_id", "events"))
                .foreign_key(&mut cascading_fk("event_invitees", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("event_invitees").to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table("events")
                .drop_column("invited_only")
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table("event_materials").to_owned())
            .await
    }
}
