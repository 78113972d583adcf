//! A person's registrations by the person, with the event in the index: the event
//! list's past events ask "the events this person had a seat at" of every page view,
//! and with `(user_id, standing)` alone each of the person's rows was then read from
//! the table for its `event_id` (in `johto bench`, forty random reads in a million
//! rows for each view of the event list). With `event_id` in it the index answers by
//! itself, and the index without it goes.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const WITHOUT_EVENT: &str = "ix_registrations_user";
const WITH_EVENT: &str = "ix_registrations_user_event";

/// Makes the index `add` over `columns`, then drops the index `drop`.
async fn replace(
    m: &SchemaManager<'_>,
    add: &str,
    columns: &[&str],
    drop: &str,
) -> Result<(), DbErr> {
    m.create_index(super::index(add, "registrations", columns))
        .await?;
    m.drop_index(Index::drop().name(drop).table("registrations").to_owned())
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        replace(
            m,
            WITH_EVENT,
            &["user_id", "standing", "event_id"],
            WITHOUT_EVENT,
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        replace(m, WITHOUT_EVENT, &["user_id", "standing"], WITH_EVENT).await
    }
}
