//! Trainings as courses: an event's sessions, each with its own time, the attendance
//! of each session, and the region of an event's venue for the events list's filter.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("events")
                .add_column(string_null("region"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("event_sessions")
                .col(integer("event_id"))
                .col(integer("position"))
                .col(timestamp_with_time_zone("starts_at"))
                .col(timestamp_with_time_zone("ends_at"))
                .primary_key(Index::create().col("event_id").col("position"))
                .foreign_key(&mut cascading_fk("event_sessions", "event_id", "events"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("session_attendance")
                .col(integer("event_id"))
                .col(integer("position"))
                .col(integer("user_id"))
                .primary_key(
                    Index::create()
                        .col("event_id")
                        .col("position")
                        .col("user_id"),
                )
                .foreign_key(&mut cascading_fk(
                    "session_attendance",
                    "event_id",
                    "events",
                ))
                .foreign_key(&mut fk(
                    "session_attendance",
                    "user_id",
                    "users",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in ["session_attendance", "event_sessions"] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table("events")
                .drop_column("region")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
