//! The newsletters: subscribers (one address in one language, confirmed by a link),
//! the newsletters with their two editions, and one delivery row per recipient of a
//! send.

use sea_orm_migration::{prelude::*, schema::*};

use super::{cascading_fk, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("newsletter_subscribers")
                .col(pk_auto("id"))
                .col(string("email"))
                .col(string("lang"))
                // The per-recipient secret of the confirmation and unsubscribe links.
                .col(string("secret"))
                .col(integer_null("user_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("confirmed_at"))
                .col(string("consent_version"))
                .col(timestamp_with_time_zone_null("unsubscribed_at"))
                .col(timestamp_with_time_zone_null("bouncing_at"))
                .foreign_key(&mut fk(
                    "newsletter_subscribers",
                    "user_id",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_newsletter_subscribers_email_lang",
            "newsletter_subscribers",
            &["email", "lang"],
        ))
        .await?;
        m.create_index(unique(
            "ux_newsletter_subscribers_secret",
            "newsletter_subscribers",
            &["secret"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("newsletters")
                .col(pk_auto("id"))
                .col(string("subject_fi"))
                .col(string("subject_sv"))
                .col(text("body_fi"))
                .col(text("body_sv"))
                .col(string("state"))
                // The editions that went out, e.g. `fi,sv`.
                .col(string("editions"))
                .col(timestamp_with_time_zone_null("scheduled_at"))
                .col(timestamp_with_time_zone_null("started_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .col(text("paused_reason"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk(
                    "newsletters",
                    "created_by",
                    "users",
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("newsletter_deliveries")
                .col(pk_auto("id"))
                .col(integer("newsletter_id"))
                .col(integer("subscriber_id"))
                .col(string("state"))
                .col(integer("attempts"))
                .col(text("error"))
                // When a worker took it to send; a claim older than a job's lease is
                // a worker that died, and the row is pending again.
                .col(timestamp_with_time_zone_null("claimed_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .foreign_key(&mut cascading_fk(
                    "newsletter_deliveries",
                    "newsletter_id",
                    "newsletters",
                ))
                .foreign_key(&mut cascading_fk(
                    "newsletter_deliveries",
                    "subscriber_id",
                    "newsletter_subscribers",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique(
            "ux_newsletter_deliveries_recipient",
            "newsletter_deliveries",
            &["newsletter_id", "subscriber_id"],
        ))
        .await?;
        m.create_index(
            Index::create()
                .name("ix_newsletter_deliveries_state")
                .table("newsletter_deliveries")
                .col("newsletter_id")
                .col("state")
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "newsletter_deliveries",
            "newsletters",
            "newsletter_subscribers",
        ] {
            m.drop_table(Table::drop().table(table.to_owned()).to_owned())
                .await?;
        }
        Ok(())
    }
}
