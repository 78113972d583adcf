//! Erasure: a person's requests and their outcome, the mark on an erased account, and
//! the mark on a certificate whose holder was erased.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("erasure_requests")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(text("message"))
                .col(string("status"))
                .col(text_null("reason"))
                .col(integer_null("decided_by"))
                .col(timestamp_with_time_zone("requested_at"))
                .col(timestamp_with_time_zone_null("decided_at"))
                // The address the outcome goes to, kept only until it has been sent:
                // the erased account no longer has one.
                .col(string_null("notify_email"))
                .foreign_key(&mut cascading_fk("erasure_requests", "user_id", "users"))
                .foreign_key(&mut fk(
                    "erasure_requests",
                    "decided_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_erasure_requests_status")
                .table("erasure_requests")
                .col("status")
                .col("requested_at")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(timestamp_with_time_zone_null("erased_at"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("certificates")
                .add_column(boolean("holder_erased").default(false))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("certificates")
                .drop_column("holder_erased")
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .drop_column("erased_at")
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table("erasure_requests").to_owned())
            .await
    }
}
